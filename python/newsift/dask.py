"""newsift on a Dask cluster: the records of ``newsift ingest``, computed by many workers.

    from distributed import Client
    import newsift.dask

    client = Client("tcp://scheduler:8786")
    summary = newsift.dask.ingest(["/data/crawl/"], client, out="/data/out")
    newsift.dask.load("/data/out", "news.db")

The result is the single-process ingest's, record for record (ids, statuses,
duplicate_of, dup_cluster, site-boilerplate cleaning), because every decision
is made by the same C++ code and every tie is broken by the same global input
order. Only the orchestration is Python:

1. plan (client): the C++ reader's input expansion lists the files in its
   order (sorted directory walk). A document's global order is the pair
   (file index, record index in the file), known without reading ahead, so
   partitions can be planned from file sizes alone. Small files are grouped;
   a large JSONL or WARC file is split into ``k`` partitions taking every
   k-th record.
2. extract (per partition): C++ reader + extraction, as in ``newsift ingest``.
3. site boilerplate: per-site block counts are shuffled by site and reduced
   over the whole corpus to the table of boilerplate blocks, with which every
   ok article of the site is cleaned.
4. exact duplicates: a shuffle on body_hash; the lowest order wins.
5. near duplicates: a shuffle on LSH band keys gives candidate pairs; each
   pair is verified with the exact Jaccard of the shingle sets (the shingles
   of the pair's second member are shipped to the first member's partition);
   the verified edges are clustered by connected components; the
   representative is the engine's ordering (earliest published, then first
   seen).
6. write: one JSON-lines shard per partition (gzip, or zstd when the
   ``zstandard`` module exists) with internals (paragraphs, explain,
   body_hash, candidate paragraphs), sorted by global order, plus
   ``manifest.json``. ``load`` merges the shards in global order into a store.

Shuffles are explicit all-to-all exchanges of futures: partition ``p``'s task
returns one bucket per reducer, and reducer ``j`` takes bucket ``j`` of every
partition. Every intermediate result is a future the client holds, so when a
worker dies the scheduler recomputes what was lost from the inputs.

Workers and the client must see the input files and the output directory at
the same paths (a shared or replicated file system).
"""

from __future__ import annotations

import dataclasses
import gzip
import heapq
import io
import json
import math
import operator
import os
import time
import zlib
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

from . import _newsift

__all__ = ["ingest", "load", "plan_partitions", "read_shards"]

# The store's near-duplicate threshold (src/dedup/sketch.h): shingles and
# band keys come from the engine with its parameters, so only a different
# threshold can make the result differ from `newsift ingest`.
DEFAULT_THRESHOLD = _newsift.NEAR_DUPLICATE_THRESHOLD

# Without an explicit partition count: this many partitions per worker thread,
# so a slow partition does not leave the others idle at the end.
PARTITIONS_PER_THREAD = 2
# A multi-record file (JSONL, WARC) larger than this share of the target
# partition size is split into several partitions by record stride.
SPLIT_FACTOR = 1.5
# Extensions of inputs holding many documents (the reader's own list).
MULTI_RECORD_SUFFIXES = (
    ".jsonl", ".jsonl.gz", ".jsonl.zst", ".ndjson", ".warc", ".warc.gz",
)

# Reducers per shuffle, at most: every shuffle makes partitions x buckets
# small routing tasks, which must stay within what one scheduler handles
# (about 1 ms each) when there are thousands of partitions.
MAX_BUCKETS = 64

MANIFEST = "manifest.json"
SHARD_PREFIX = "part-"
ORDER_KEY = "seq"  # [file index, record index]: the global input order
STORE_BATCH = 512  # records per transaction when loading

Seq = Tuple[int, int]
Row = Tuple[Seq, dict]


@dataclasses.dataclass(frozen=True)
class Piece:
    """Part of one input file: the records whose index % stride == offset."""

    file_index: int
    path: str
    stride: int = 1
    offset: int = 0
    size: int = 0
    error_record: Optional[dict] = None


# --------------------------------------------------------------------------
# Planning (client side)


def _is_multi_record(path: str) -> bool:
    return path.lower().endswith(MULTI_RECORD_SUFFIXES)


def plan_partitions(paths: Sequence[str], partitions: int) -> List[List[Piece]]:
    """Splits the inputs of ``paths`` into about ``partitions`` lists of pieces,
    balanced by input bytes, each list in global order."""
    if partitions < 1:
        raise ValueError("partitions must be >= 1")
    for p in paths:
        if p == "-":
            raise ValueError("standard input cannot be distributed; write it to a file first")
    items = _newsift.expand_inputs([str(p) for p in paths])
    total = sum(max(1, item["size"]) for item in items)
    target = max(1, total // partitions)
    plan: List[List[Piece]] = []
    current: List[Piece] = []
    current_bytes = 0
    for index, item in enumerate(items):
        size = max(1, item["size"])
        if item["error_record"] is None and _is_multi_record(item["path"]) and (
            size > SPLIT_FACTOR * target
        ):
            if current:
                plan.append(current)
                current, current_bytes = [], 0
            stride = min(partitions, math.ceil(size / target))
            for offset in range(stride):
                plan.append([Piece(index, item["path"], stride, offset, size)])
            continue
        current.append(Piece(index, item["path"], 1, 0, size, item["error_record"]))
        current_bytes += size
        if current_bytes >= target:
            plan.append(current)
            current, current_bytes = [], 0
    if current:
        plan.append(current)
    return plan


# --------------------------------------------------------------------------
# Tasks (run on the workers; module-level so they pickle by reference)


def _extract(pieces: List[Piece], min_body_chars: int, drop_listings: bool) -> List[Row]:
    rows: List[Row] = []
    for piece in pieces:
        if piece.error_record is not None:
            rows.append(((piece.file_index, 0), dict(piece.error_record)))
            continue
        for index, record in _newsift.read_records(
            piece.path, piece.stride, piece.offset, min_body_chars, drop_listings
        ):
            rows.append(((piece.file_index, index), record))
    rows.sort(key=operator.itemgetter(0))
    return rows


def _site_counts(rows: List[Row]) -> Dict[str, list]:
    """site -> [ok pages, {block hash: pages containing it}]. Runs before exact
    dedup, so status ok here is the contract's extraction-ok."""
    counts: Dict[str, list] = {}
    for _, record in rows:
        if record["status"] != "ok":
            continue
        site, blocks = _newsift.site_blocks(record)
        if not site:
            continue
        entry = counts.setdefault(site, [0, {}])
        entry[0] += 1
        pages = entry[1]
        for block in blocks:
            pages[block] = pages.get(block, 0) + 1
    return counts


def _merge_site_counts(*parts: Dict[str, list]) -> Dict[str, list]:
    merged: Dict[str, list] = {}
    for part in parts:
        for site, (site_pages, pages) in part.items():
            entry = merged.setdefault(site, [0, {}])
            entry[0] += site_pages
            into = entry[1]
            for block, n in pages.items():
                into[block] = into.get(block, 0) + n
    return merged


def _boilerplate_table(counts: Dict[str, list]) -> Dict[str, dict]:
    """Keeps per site only the blocks that are boilerplate there: the rest
    count as zero pages, which the engine's rule reads the same way."""
    table = {}
    for site, (site_pages, pages) in counts.items():
        kept = {
            block: n for block, n in pages.items()
            if _newsift.is_site_boilerplate(n, site_pages)
        }
        if kept:
            table[site] = kept
    return table


def _site_pages(counts: Dict[str, list]) -> Dict[str, int]:
    return {site: entry[0] for site, entry in counts.items()}


def _site_emit(rows: List[Row], buckets: int) -> List[dict]:
    """A partition's site counts, split by site over the reducers."""
    out: List[dict] = [{} for _ in range(buckets)]
    for site, entry in _site_counts(rows).items():
        out[zlib.crc32(site.encode("utf-8")) % buckets][site] = entry
    return out


def _site_reduce(*parts: Dict[str, list]) -> tuple:
    """The global counts of this reducer's sites, pruned to (boilerplate
    table, pages per site): only boilerplate blocks leave the reducer."""
    merged = _merge_site_counts(*parts)
    return _boilerplate_table(merged), _site_pages(merged)


def _site_union(*reduced: tuple) -> tuple:
    table: Dict[str, dict] = {}
    pages: Dict[str, int] = {}
    for part_table, part_pages in reduced:
        table.update(part_table)
        pages.update(part_pages)
    return table, pages


def _apply_site(rows: List[Row], tables: tuple) -> List[Row]:
    """Cleans every extraction-ok article of a site with boilerplate using the
    global table (elsewhere there is nothing to drop, and dropping nothing
    leaves a record as extraction made it)."""
    table, site_pages = tables
    out: List[Row] = []
    for seq, record in rows:
        if record["status"] == "ok":
            site, _ = _newsift.site_blocks(record)
            pages = table.get(site)
            if pages:
                record = _newsift.apply_site_boilerplate(record, pages, site_pages[site])
        out.append((seq, record))
    return out


def _exact_emit(part: int, rows: List[Row], buckets: int) -> List[list]:
    out: List[list] = [[] for _ in range(buckets)]
    for seq, record in rows:
        body_hash = record.get("body_hash")
        if record["status"] in ("ok", "duplicate") and body_hash and record["body"]:
            out[_bucket_of(body_hash, buckets)].append((body_hash, seq, record["id"], part))
    return out


def _bucket_of(body_hash: str, buckets: int) -> int:
    # Not hash(): str hashes differ between processes (PYTHONHASHSEED).
    try:
        return int(body_hash, 16) % buckets
    except ValueError:
        return zlib.crc32(body_hash.encode("utf-8")) % buckets


def _exact_reduce(partitions: int, *buckets: list) -> List[list]:
    """For every body seen more than once: (loser seq, winner seq, winner id),
    routed to the loser's partition."""
    groups: Dict[str, list] = {}
    for bucket in buckets:
        for body_hash, seq, ident, part in bucket:
            groups.setdefault(body_hash, []).append((seq, ident, part))
    out: List[list] = [[] for _ in range(partitions)]
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort()
        winner_seq, winner_id, _ = members[0]
        for seq, _, part in members[1:]:
            out[part].append((seq, winner_seq, winner_id))
    return out


def _exact_apply(rows: List[Row], *routed: list) -> Tuple[List[Row], Dict[Seq, tuple]]:
    """Marks the losers duplicate; returns the rows and {loser: (winner seq, id)}."""
    losers: Dict[Seq, tuple] = {}
    for part in routed:
        for seq, winner_seq, winner_id in part:
            losers[tuple(seq)] = (tuple(winner_seq), winner_id)
    out: List[Row] = []
    for seq, record in rows:
        winner = losers.get(seq)
        if winner is not None:
            record = dict(record)
            record["status"] = "duplicate"
            record["duplicate_of"] = winner[1]
        out.append((seq, record))
    return out, losers


def _first(pair: tuple):
    return pair[0]


def _second(pair: tuple):
    return pair[1]


def _near_state(rows: List[Row]) -> Dict[Seq, tuple]:
    """seq -> (packed shingles, band keys, representative key, id) of ok articles."""
    state: Dict[Seq, tuple] = {}
    for seq, record in rows:
        if record["status"] != "ok" or not record["body"]:
            continue
        shingles, keys = _newsift.sketch(record["body"])
        state[seq] = (shingles, keys, _representative_key(record, seq), record["id"])
    return state


def _representative_key(record: dict, seq: Seq) -> tuple:
    """The engine's order (undated, published UTC, seq); our seq is the pair
    (file, record), which orders as the single-process seq does."""
    return tuple(_newsift.published_key(record.get("published") or "")) + (seq,)


def _band_emit(part: int, state: Dict[Seq, tuple], buckets: int) -> List[list]:
    out: List[list] = [[] for _ in range(buckets)]
    for seq, (_, keys, _, _) in state.items():
        for key in keys:
            out[key % buckets].append((key, seq, part))
    return out


def _band_reduce(partitions: int, *buckets: list) -> List[list]:
    """Candidate pairs (a < b) of every band key shared by several articles,
    routed to b's partition: (b, a, a's partition)."""
    groups: Dict[int, list] = {}
    for bucket in buckets:
        for key, seq, part in bucket:
            groups.setdefault(key, []).append((seq, part))
    out: List[set] = [set() for _ in range(partitions)]
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort()
        for i, (a, part_a) in enumerate(members):
            for b, part_b in members[i + 1:]:
                out[part_b].add((b, a, part_a))
    return [sorted(s) for s in out]


def _attach(buckets: int, state: Dict[Seq, tuple], *routed: list) -> List[list]:
    """Sends b's shingles and representative key towards a's partition (via
    bucket part_a % buckets), once per pair."""
    pairs = set()
    for part in routed:
        pairs.update((tuple(b), tuple(a), part_a) for b, a, part_a in part)
    out: List[list] = [[] for _ in range(buckets)]
    for b, a, part_a in sorted(pairs):
        shingles, _, key, ident = state[b]
        out[part_a % buckets].append((part_a, a, b, shingles, key, ident))
    return out


def _by_partition(*buckets: list) -> Dict[int, list]:
    grouped: Dict[int, list] = {}
    for bucket in buckets:
        for part, *item in bucket:
            grouped.setdefault(part, []).append(item)
    return grouped


def _pick(grouped: Dict[int, list], part: int) -> list:
    return grouped.get(part, [])


def _verify(part: int, state: Dict[Seq, tuple], threshold: float, *routed: list) -> list:
    """Verified edges (a, key a, id a, b, key b, id b): exact Jaccard >= threshold."""
    edges = []
    for bucket in routed:
        for a, b, shingles_b, key_b, id_b in bucket:
            a = tuple(a)
            shingles_a, _, key_a, id_a = state[a]
            if _newsift.jaccard_packed(shingles_a, shingles_b) >= threshold:
                edges.append((a, key_a, id_a, b, key_b, id_b))
    return edges


def _clusters(edge_lists: Iterable[list]) -> Dict[Seq, str]:
    """Connected components of the verified edges: member seq -> id of its
    representative (the smallest representative key)."""
    parent: Dict[Seq, Seq] = {}
    key_of: Dict[Seq, tuple] = {}
    id_of: Dict[Seq, str] = {}

    def find(x: Seq) -> Seq:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for edges in edge_lists:
        for a, key_a, id_a, b, key_b, id_b in edges:
            a, b = tuple(a), tuple(b)
            for seq, key, ident in ((a, key_a, id_a), (b, key_b, id_b)):
                if seq not in parent:
                    parent[seq] = seq
                    key_of[seq] = _as_tuple(key)
                    id_of[seq] = ident
            root_a, root_b = find(a), find(b)
            if root_a == root_b:
                continue
            # The root is the member with the smallest key: the representative.
            if key_of[root_b] < key_of[root_a]:
                root_a, root_b = root_b, root_a
            parent[root_b] = root_a
    return {seq: id_of[find(seq)] for seq in parent}


def _as_tuple(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return tuple(_as_tuple(v) for v in value)
    return value


def _open_shard_writer(path: str):
    try:
        import zstandard  # optional (python3-zstandard)
    except ImportError:
        return gzip.open(path, "wt", encoding="utf-8", compresslevel=6)
    return io.TextIOWrapper(zstandard.ZstdCompressor().stream_writer(open(path, "wb")),
                            encoding="utf-8")


def _shard_suffix() -> str:
    try:
        import zstandard  # noqa: F401
    except ImportError:
        return ".jsonl.gz"
    return ".jsonl.zst"


def _finish(part: int, exact: tuple, clusters: Dict[Seq, str], out: str) -> dict:
    """Sets dup_cluster, writes the partition's shard, returns its counts."""
    rows, losers = exact
    counts = {"read": 0, "ok": 0, "empty": 0, "duplicate": 0, "error": 0, "listing": 0}
    name = f"{SHARD_PREFIX}{part:05d}{_shard_suffix()}"
    path = os.path.join(out, name)
    tmp = f"{path}.tmp-{os.getpid()}"
    with _open_shard_writer(tmp) as f:
        for seq, record in rows:
            record = dict(record)
            if record["status"] == "ok":
                record["dup_cluster"] = clusters.get(seq, record["id"])
            elif record["status"] == "duplicate":
                winner_seq, winner_id = losers[seq]
                record["dup_cluster"] = clusters.get(winner_seq, winner_id)
            record[ORDER_KEY] = list(seq)
            f.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
            f.write("\n")
            counts["read"] += 1
            counts[record["status"]] += 1
            counts["listing"] += record.get("page_type") == "listing"
    os.replace(tmp, path)
    counts["shard"] = name
    return counts


# --------------------------------------------------------------------------
# The driver


def _shuffle(client, emitted: list, reduce_fn, buckets: int, *args) -> list:
    """All-to-all: reducer j gets bucket j of every emitted future."""
    reduced = []
    for j in range(buckets):
        parts = [client.submit(operator.getitem, f, j, pure=True) for f in emitted]
        reduced.append(client.submit(reduce_fn, *args, *parts, pure=True))
    return reduced


def _route(client, reduced: list, part: int) -> list:
    return [client.submit(operator.getitem, f, part, pure=True) for f in reduced]


def ingest(
    paths: Union[str, Sequence[str]],
    client,
    out: str,
    partitions: Optional[int] = None,
    threshold: float = DEFAULT_THRESHOLD,
    *,
    min_body_chars: int = 1,
    drop_listings: bool = False,
    timeout: Optional[float] = None,
) -> dict:
    """Ingests ``paths`` on the cluster of ``client`` (a ``distributed.Client``)
    and writes the records as shards in ``out`` (created if needed).

    ``partitions``: how many pieces the input is cut into (default: two per
    worker thread). ``threshold``: minimum exact Jaccard of near duplicates.
    ``min_body_chars`` and ``drop_listings`` as in ``newsift ingest``.
    ``timeout``: seconds to wait for the result (None: no limit); raises
    ``TimeoutError`` when exceeded. Returns the summary counts (read, ok,
    empty, duplicate, error, listing, clusters, partitions, bytes, seconds).
    """
    start = time.monotonic()
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = [str(p) for p in paths]
    if partitions is None:
        threads = sum(client.nthreads().values()) or 1
        partitions = PARTITIONS_PER_THREAD * threads
    plan = plan_partitions(paths, partitions)
    out = os.path.abspath(out)
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(out):
        if name.startswith(SHARD_PREFIX) or name == MANIFEST:
            os.remove(os.path.join(out, name))
    n = len(plan)
    summary = {"read": 0, "ok": 0, "empty": 0, "duplicate": 0, "error": 0, "listing": 0,
               "clusters": 0, "partitions": n,
               "bytes": sum(p.size for pieces in plan for p in pieces if p.offset == 0)}
    if n == 0:
        _write_manifest(out, [], summary)
        summary["seconds"] = time.monotonic() - start
        return summary

    rows = [client.submit(_extract, pieces, min_body_chars, drop_listings, pure=True)
            for pieces in plan]
    k = min(n, MAX_BUCKETS)
    site_counts = [client.submit(_site_emit, r, k, pure=True) for r in rows]
    site_tables = client.submit(_site_union, *_shuffle(client, site_counts, _site_reduce, k),
                                pure=True)
    rows = [client.submit(_apply_site, r, site_tables, pure=True) for r in rows]

    emitted = [client.submit(_exact_emit, p, r, k, pure=True) for p, r in enumerate(rows)]
    reduced = _shuffle(client, emitted, _exact_reduce, k, n)
    exact = [client.submit(_exact_apply, r, *_route(client, reduced, p), pure=True)
             for p, r in enumerate(rows)]

    deduped = [client.submit(_first, e, pure=True) for e in exact]
    state = [client.submit(_near_state, r, pure=True) for r in deduped]
    bands = [client.submit(_band_emit, p, s, k, pure=True) for p, s in enumerate(state)]
    candidates = _shuffle(client, bands, _band_reduce, k, n)
    attached = [client.submit(_attach, k, s, *_route(client, candidates, p), pure=True)
                for p, s in enumerate(state)]
    regrouped = _shuffle(client, attached, _by_partition, k)
    edges = [client.submit(_verify, p, s, threshold,
                           client.submit(_pick, regrouped[p % k], p, pure=True), pure=True)
             for p, s in enumerate(state)]
    _wait(client, edges, timeout, start)
    clusters = _clusters(client.gather(edges))
    cluster_future = client.scatter(clusters, broadcast=True) if clusters else {}

    finished = [client.submit(_finish, p, e, cluster_future, out, pure=True)
                for p, e in enumerate(exact)]
    _wait(client, finished, timeout, start)
    results = client.gather(finished)
    for counts in results:
        for key in ("read", "ok", "empty", "duplicate", "error", "listing"):
            summary[key] += counts[key]
    for name in os.listdir(out):  # left by a worker that died while writing
        if name.startswith(SHARD_PREFIX) and ".tmp-" in name:
            os.remove(os.path.join(out, name))
    summary["clusters"] = len(set(clusters.values()))  # clusters of 2+ ok articles
    summary["seconds"] = time.monotonic() - start
    _write_manifest(out, [r["shard"] for r in results], summary)
    return summary


def _wait(client, futures: list, timeout: Optional[float], start: float) -> None:
    """Waits for futures within what is left of timeout; on timeout cancels
    them (the cluster stops working for nobody) and raises TimeoutError."""
    from distributed import wait

    left = None if timeout is None else max(0.0, timeout - (time.monotonic() - start))
    try:
        wait(futures, timeout=left)
    except TimeoutError:
        client.cancel(futures)
        raise TimeoutError(f"newsift.dask.ingest: not done after {timeout} s") from None


def _write_manifest(out: str, shards: List[str], summary: dict) -> None:
    manifest = {
        "format": "newsift-shards/1",
        "shards": shards,
        "summary": summary,
    }
    tmp = os.path.join(out, MANIFEST + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
    os.replace(tmp, os.path.join(out, MANIFEST))


# --------------------------------------------------------------------------
# Reading the output


def _open_shard_reader(path: str):
    if path.endswith(".zst"):
        import zstandard

        return io.TextIOWrapper(zstandard.ZstdDecompressor().stream_reader(open(path, "rb")),
                                encoding="utf-8")
    return gzip.open(path, "rt", encoding="utf-8")


def _shard_records(path: str) -> Iterator[Tuple[list, dict]]:
    with _open_shard_reader(path) as f:
        for line in f:
            record = json.loads(line)
            yield record[ORDER_KEY], record


def read_shards(out: str) -> Iterator[dict]:
    """Every record of an ingest's output directory, in global input order."""
    manifest_path = os.path.join(out, MANIFEST)
    if not os.path.isfile(manifest_path):
        raise FileNotFoundError(f"{out}: not the output of newsift-dask ingest (no {MANIFEST})")
    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)
    streams = [_shard_records(os.path.join(out, name)) for name in manifest["shards"]]
    return _without_order(heapq.merge(*streams, key=operator.itemgetter(0)))


def _without_order(merged: Iterator[Tuple[list, dict]]) -> Iterator[dict]:
    for _, record in merged:
        del record[ORDER_KEY]
        yield record


def load(out: str, db: str, *, batch_size: int = STORE_BATCH) -> int:
    """Stores the records of an ingest's output directory into the newsift
    database ``db`` (created if needed), in global input order. Returns how
    many records were stored."""
    records = read_shards(out)  # fails before the database is created
    store = _newsift.Store(str(db))
    stored = 0
    batch: List[dict] = []
    for record in records:
        batch.append(record)
        if len(batch) >= batch_size:
            stored += store.put_records(batch, batch_size)
            batch = []
    if batch:
        stored += store.put_records(batch, batch_size)
    return stored
