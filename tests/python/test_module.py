"""Tests of the Python module: same records as the CLI, errors as exceptions."""

import concurrent.futures
import json
import os
import pathlib

import pytest

import newsift

SHARED = pathlib.Path(
    os.environ.get("NEWSIFT_SHARED")
    or pathlib.Path(os.environ.get("NEWSIFT_SOURCE_DIR", ".")) / ".." / "shared"
)

PAGE = b"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour bridge reopens after repairs | The Test Gazette</title>
<meta property="og:site_name" content="The Test Gazette"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour bridge reopens after repairs</h1>
<p>The harbour bridge reopened to traffic on Monday morning after eight months of repairs,
the city transport office said, with buses returning to their old routes.</p>
<p>Engineers replaced the worn bearings and resurfaced the deck, and the work finished two
weeks ahead of schedule and slightly under its budget, according to the office.</p>
</article><footer>All rights reserved.</footer></body></html>"""


def test_extract_html_bytes_and_str_agree():
    from_bytes = newsift.extract(PAGE, url="https://www.gazette.example/a")
    from_str = newsift.extract(PAGE.decode("utf-8"), url="https://www.gazette.example/a")
    assert from_bytes["status"] == "ok"
    assert from_bytes["title"] == "Harbour bridge reopens after repairs"
    assert "bearings" in from_bytes["body"]
    assert "All rights reserved" not in from_bytes["body"]
    assert from_bytes["domain"] == "gazette.example"
    assert from_bytes["input_format"] == "html"
    assert from_bytes["body"] == from_str["body"]


def test_extract_bad_input_is_a_record_not_an_exception():
    empty = newsift.extract(b"")
    assert empty["status"] == "empty"
    binary = newsift.extract(bytes(range(256)) * 20)
    assert binary["status"] == "error"
    assert "binary" in binary["error"]
    with pytest.raises(TypeError):
        newsift.extract(12)
    with pytest.raises(ValueError):
        newsift.extract(PAGE, format="pdf")


def test_listing_page_is_labelled_and_dropped_on_request():
    items = "".join(
        f'<div class="post"><h2><a href="/2024/03/story-{i}">Invented harbour story '
        f"number {i} for the archive</a></h2><p>The council met again and talked for a "
        f"long time about story {i}.</p></div>"
        for i in range(10)
    )
    listing = f"<html><body><main>{items}</main></body></html>"
    labelled = newsift.extract(listing, url="https://www.gazette.example/")
    assert labelled["page_type"] == "listing"
    assert labelled["status"] == "ok"
    dropped = newsift.extract(listing, url="https://www.gazette.example/", drop_listings=True)
    assert dropped["status"] == "empty"
    assert dropped["error"].startswith("a listing page, not an article: ")
    article = newsift.extract(PAGE, url="https://www.gazette.example/a", drop_listings=True)
    assert article["page_type"] == "article"
    assert article["status"] == "ok"


def test_store_filters_and_counts_page_types(tmp_path):
    items = "".join(
        f'<div class="post"><h2><a href="/2024/03/story-{i}">Invented harbour story '
        f"number {i} for the archive</a></h2><p>The council met again and talked for a "
        f"long time about story {i}.</p></div>"
        for i in range(10)
    )
    (tmp_path / "front.html").write_text(f"<html><body><main>{items}</main></body></html>")
    (tmp_path / "article.html").write_bytes(PAGE)
    store = newsift.Store(tmp_path / "news.db")
    summary = store.ingest([str(tmp_path / "front.html"), str(tmp_path / "article.html")])
    assert summary["listing"] == 1
    listings = list(store.articles(page_type="listing"))
    assert [r["source"].rsplit("/", 1)[-1] for r in listings] == ["front.html"]
    assert [r["page_type"] for r in store.articles(page_type="article")] == ["article"]
    assert store.stats()["by_page_type"] == {"article": 1, "listing": 1}
    # The listing's summaries speak of the council; the article does not.
    assert [h["id"] for h in store.search("council", page_type="listing")] == [
        listings[0]["id"]
    ]
    assert store.search("council", page_type="article") == []
    with pytest.raises(ValueError):
        list(store.articles(page_type="index"))


def test_explain_lists_labels():
    record = newsift.extract(PAGE, explain=True)
    labels = {entry["label"] for entry in record["explain"]}
    assert "body" in labels


@pytest.mark.parametrize("seed", sorted((SHARED / "seeds").glob("*.txt")) or [None])
def test_seed_titles(seed):
    if seed is None:
        pytest.skip(f"no seeds under {SHARED}/seeds (set NEWSIFT_SHARED)")
    gold = json.loads(seed.with_suffix(".gold.json").read_text())
    record = newsift.extract(seed.read_bytes())
    assert record["title"] == gold["title"]


def test_threads_give_the_same_records():
    pages = [PAGE.replace(b"eight", str(i).encode()) for i in range(32)]
    serial = [newsift.extract(p)["body"] for p in pages]
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        parallel = list(pool.map(lambda p: newsift.extract(p)["body"], pages))
    assert parallel == serial


def test_store_ingest_search_get(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.html").write_bytes(PAGE)
    (corpus / "copy.html").write_bytes(PAGE)
    (corpus / "empty.html").write_bytes(b"")
    store = newsift.Store(tmp_path / "news.db")
    summary = store.ingest(str(corpus), threads=2)
    assert summary["read"] == 3
    assert summary["ok"] == 1 and summary["duplicate"] == 1 and summary["empty"] == 1
    hits = store.search("bearings")
    assert len(hits) == 1 and "[bearings]" in hits[0]["snippet"].lower()
    record = store.get(hits[0]["id"])
    assert record["title"] == "Harbour bridge reopens after repairs"
    assert store.get("no-such-id") is None
    assert [a["status"] for a in store.articles()] == ["ok", "duplicate", "empty"]
    assert store.stats()["documents"] == 3
    again = newsift.Store(tmp_path / "news.db").ingest(str(corpus))
    assert again["skipped_existing"] == 3


def test_store_errors_raise_newsift_error(tmp_path):
    bad = tmp_path / "not.db"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(newsift.Error):
        newsift.Store(bad).stats()


def test_dedup_building_blocks():
    base = " ".join(f"word{i}" for i in range(200))
    edited = base.replace("word100", "changed")
    other = " ".join(f"other{i}" for i in range(200))
    sigs = [newsift.signature(t) for t in (base, edited, other)]
    assert len(sigs[0]) == 128
    assert newsift.candidate_pairs(sigs) == [(0, 1)]
    a, b = newsift.shingles(base), newsift.shingles(edited)
    assert 0.9 < newsift.jaccard(a, b) < 1.0
    assert len(newsift.band_keys(sigs[0])) == 32
