"""newsift: raw news pages in, clean deduplicated article records out.

The records are the same dicts the ``newsift`` command prints as JSON::

    import newsift
    record = newsift.extract(open("page.html", "rb").read(), url="https://example.com/a")
    print(record["title"], record["published"], record["body"][:200])

    store = newsift.Store("news.db")
    store.ingest(["crawl.warc.gz", "dumps/"])
    for hit in store.search("election", since="2024-01-01"):
        print(hit["title"], hit["snippet"])

On a Dask cluster, ``newsift.dask.ingest(paths, client, out=DIR)`` gives the
same records as ``Store.ingest`` (see docs/scaling.md).

Expected failures (an unreadable database, a bad query) raise ``newsift.Error``
with the same message the command line prints. The C++ work runs without the
GIL, so extraction in a thread pool uses every core.
"""

from __future__ import annotations

from typing import Iterable, Iterator, Optional, Sequence, Union

from . import _newsift
from ._newsift import Error

__all__ = [
    "Error",
    "Store",
    "band_keys",
    "candidate_pairs",
    "extract",
    "jaccard",
    "shingles",
    "signature",
]


def extract(
    data: Union[bytes, str],
    url: Optional[str] = None,
    *,
    fetched_at: Optional[str] = None,
    format: Optional[str] = None,
    source: Optional[str] = None,
    explain: bool = False,
    min_body_chars: int = 1,
    drop_listings: bool = False,
) -> dict:
    """Extracts one article record from an HTML page or a text dump.

    ``data`` is the raw page (bytes in any encoding, or str). ``format`` forces
    "html" or "text"; by default the content decides. ``fetched_at`` (ISO 8601)
    bounds the published date from above. With ``explain=True`` the record has
    an "explain" list saying why each block was kept or dropped. The record's
    "page_type" is "article" or "listing" (a section front, tag or author
    archive, search results); ``drop_listings=True`` records listings as
    empty, with the reason. Never raises for bad input: the record's "status"
    says ok, empty or error, and "error" why.
    """
    return _newsift.extract(
        data,
        url=url or "",
        fetched_at=fetched_at or "",
        format=format or "",
        source=source or "",
        explain=explain,
        min_body_chars=min_body_chars,
        drop_listings=drop_listings,
    )


class Store:
    """An embedded newsift database (SQLite with a full-text index).

    Opening creates the file if needed and upgrades its schema. One Store per
    thread.
    """

    def __init__(self, path: str) -> None:
        self._store = _newsift.Store(str(path))
        self.path = str(path)

    def ingest(
        self,
        paths: Union[str, Iterable[str]],
        *,
        threads: int = 0,
        batch_size: int = 256,
        min_body_chars: int = 1,
        drop_listings: bool = False,
    ) -> dict:
        """Reads files, directories, JSONL and WARC, extracts and stores every
        document. Returns the summary counts (read, ok, empty, duplicate,
        error, skipped_existing, ...). Re-running skips what is stored."""
        if isinstance(paths, str):
            paths = [paths]
        return self._store.ingest(
            [str(p) for p in paths],
            threads=threads,
            batch_size=batch_size,
            min_body_chars=min_body_chars,
            drop_listings=drop_listings,
        )

    def search(
        self,
        query: str,
        *,
        site: Optional[str] = None,
        since: Optional[str] = None,
        until: Optional[str] = None,
        limit: int = 10,
        page_type: Optional[str] = None,
    ) -> list:
        """Full-text search (BM25) over titles and bodies of ok records,
        optionally of one page type (article, listing); snippets mark matches
        with [ and ]."""
        return self._store.search(
            query,
            site=site or "",
            since=since or "",
            until=until or "",
            limit=limit,
            page_type=page_type or "",
        )

    def get(self, id_or_url: str, *, explain: bool = False) -> Optional[dict]:
        """The record with this id, URL or source, or None."""
        return self._store.get(id_or_url, explain=explain)

    def articles(
        self, status: Optional[str] = None, *, page_type: Optional[str] = None
    ) -> Iterator[dict]:
        """Every record in ingest order, optionally only those with a status
        (ok, empty, duplicate, error) and of a page type (article, listing)."""
        return iter(self._store.articles(status or "", page_type or ""))

    def put_records(self, records: Iterable[dict], *, batch_size: int = 256) -> int:
        """Stores finished records as they are (e.g. those of
        ``newsift.dask.read_shards``), with their dedup bookkeeping, in
        transactions of batch_size. Returns how many were stored."""
        return self._store.put_records(list(records), batch_size)

    def stats(self) -> dict:
        """Counts by status, format, page type, language and site."""
        return self._store.stats()

    def __repr__(self) -> str:
        return f"newsift.Store({self.path!r})"


def shingles(text: str, ngram: int = 5) -> list:
    """Sorted unique 64-bit hashes of the word n-grams of text."""
    return _newsift.shingles(text, ngram)


def jaccard(a: Sequence[int], b: Sequence[int]) -> float:
    """Exact Jaccard similarity of two sorted shingle-hash lists."""
    return _newsift.jaccard(list(a), list(b))


def signature(text: str, num_hashes: int = 128, ngram: int = 5, seed: int = 1) -> list:
    """MinHash signature (one-permutation hashing, densified) of text."""
    return _newsift.signature(text, num_hashes, ngram, seed)


def band_keys(sig: Sequence[int], bands: int = 32, rows: int = 4) -> list:
    """One 64-bit LSH key per band of a signature."""
    return _newsift.band_keys(list(sig), bands, rows)


def candidate_pairs(signatures: Sequence[Sequence[int]], bands: int = 32, rows: int = 4) -> list:
    """Index pairs (i, j), i < j, that share at least one LSH band."""
    return _newsift.candidate_pairs([list(s) for s in signatures], bands, rows)
