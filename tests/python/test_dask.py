"""newsift.dask on a real cluster: a dask scheduler and two workers on
127.0.0.1 (free ports chosen at run time), compared record for record with the
single-process ingest (Store.ingest) of the same input.

Every wait is bounded; the cluster's processes are stopped at the end whatever
happens. The shared corpus (scrapinghub pages and text dumps, the Reuters
stories converted to JSONL in a temp dir) is used when NEWSIFT_SHARED has it.
"""

import contextlib
import json
import os
import pathlib
import signal
import socket
import subprocess
import sys
import threading
import time

import pytest

distributed = pytest.importorskip("distributed")

import newsift  # noqa: E402
import newsift.dask  # noqa: E402
from newsift import dask_cli  # noqa: E402

SOURCE = pathlib.Path(os.environ.get("NEWSIFT_SOURCE_DIR", pathlib.Path(__file__).parents[2]))
SHARED = pathlib.Path(os.environ.get("NEWSIFT_SHARED") or SOURCE / ".." / "shared")
EXAMPLES = SOURCE / "examples"
PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable

HOST = "127.0.0.1"
START_TIMEOUT = 60  # seconds for the scheduler and workers to come up
JOB_TIMEOUT = 120  # seconds for one ingest on the test corpus
STOP_TIMEOUT = 10  # seconds for a process to exit after SIGTERM
POLL = 0.05


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class Cluster:
    """A scheduler and workers as separate processes (process groups), so a
    test can kill one worker the way a machine dies."""

    def __init__(self, tmp: pathlib.Path):
        self.tmp = tmp
        self.address = f"tcp://{HOST}:{free_port()}"
        self.processes = []
        self.env = dict(os.environ)
        self.env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
        self.env["DASK_DISTRIBUTED__WORKER__DAEMON"] = "False"
        self.env.pop("DASK_SCHEDULER_ADDRESS", None)

    def _spawn(self, name: str, args: list) -> subprocess.Popen:
        log = open(self.tmp / f"{name}.log", "wb")
        process = subprocess.Popen(
            [PYTHON, "-m", *args], stdout=log, stderr=subprocess.STDOUT, env=self.env,
            cwd=self.tmp, start_new_session=True,
        )
        log.close()
        self.processes.append(process)
        return process

    def start_scheduler(self) -> None:
        port = self.address.rsplit(":", 1)[1]
        self._spawn("scheduler", ["distributed.cli.dask_scheduler", "--host", HOST,
                                  "--port", port, "--no-dashboard", "--no-show"])

    def start_worker(self, name: str) -> subprocess.Popen:
        return self._spawn(name, [
            "distributed.cli.dask_worker", self.address, "--host", HOST, "--nthreads", "1",
            "--no-nanny", "--no-dashboard", "--memory-limit", "0", "--name", name,
            "--local-directory", str(self.tmp / name), "--death-timeout", str(START_TIMEOUT),
        ])

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGTERM)
        for process in reversed(self.processes):
            try:
                process.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=STOP_TIMEOUT)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cluster")
    c = Cluster(tmp)
    client = None
    try:
        c.start_scheduler()
        c.start_worker("worker-1")
        c.start_worker("worker-2")
        client = distributed.Client(c.address, timeout=START_TIMEOUT)
        client.wait_for_workers(2, timeout=START_TIMEOUT)
        yield c, client
    finally:
        try:
            if client is not None:
                # A close that times out must not keep the processes alive.
                with contextlib.suppress(TimeoutError, OSError):
                    client.close(timeout=STOP_TIMEOUT)
        finally:
            c.stop()


def reuters_jsonl(tmp: pathlib.Path) -> pathlib.Path:
    """The Reuters stories as newsift JSONL (text records with invented URLs)."""
    out = tmp / "reuters.jsonl"
    source = SHARED / "data" / "dedup" / "reuters21578" / "reuters21578_body.jsonl"
    with open(source, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as g:
        for line in f:
            story = json.loads(line)
            g.write(json.dumps({"url": f"https://reuters21578.example/story/{story['id']}",
                                "text": story["text"]}) + "\n")
    return out


def pages_corpus() -> list:
    """examples/, plus the scrapinghub pages and text dumps when present."""
    paths = [str(EXAMPLES)]
    scrapinghub = SHARED / "data" / "extraction" / "scrapinghub"
    if (scrapinghub / "html").is_dir():
        paths += [str(scrapinghub / "html"), str(scrapinghub / "textdump")]
    return paths


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The comparison corpus: the pages, plus the Reuters stories when present."""
    paths = pages_corpus()
    if (SHARED / "data" / "dedup" / "reuters21578").is_dir():
        paths.append(str(reuters_jsonl(tmp_path_factory.mktemp("reuters"))))
    return paths


def single_process(paths, db: pathlib.Path) -> list:
    store = newsift.Store(str(db))
    store.ingest(paths)
    return list(store.articles())


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    return single_process(corpus, tmp_path_factory.mktemp("reference") / "single.db")


def dask_records(out: pathlib.Path, db: pathlib.Path) -> list:
    newsift.dask.load(str(out), str(db))
    return list(newsift.Store(str(db)).articles())


def assert_same_records(got: list, want: list) -> None:
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert g["source"] == w["source"]
        assert g == w, f"record {w['source']} differs"


def test_plan_keeps_reader_order_and_covers_every_input(corpus):
    items = [item["path"] for item in newsift._newsift.expand_inputs(corpus)]
    plan = newsift.dask.plan_partitions(corpus, 7)
    assert plan
    covered = {}
    for pieces in plan:
        for piece in pieces:
            assert items[piece.file_index] == piece.path
            covered.setdefault(piece.file_index, set()).add((piece.stride, piece.offset))
    assert sorted(covered) == list(range(len(items)))
    for strides in covered.values():
        (stride,) = {s for s, _ in strides}
        assert {o for _, o in strides} == set(range(stride))


def test_matches_single_process_on_corpus(cluster, corpus, reference, tmp_path):
    _, client = cluster
    summary = newsift.dask.ingest(corpus, client, out=str(tmp_path / "out"), partitions=6,
                                  timeout=JOB_TIMEOUT)
    got = dask_records(tmp_path / "out", tmp_path / "dask.db")
    assert_same_records(got, reference)
    statuses = {}
    for record in reference:
        statuses[record["status"]] = statuses.get(record["status"], 0) + 1
    for status, n in statuses.items():
        assert summary[status] == n
    assert summary["read"] == len(reference)
    assert summary["listing"] == sum(r["page_type"] == "listing" for r in reference)
    assert statuses.get("duplicate", 0) > 0  # the corpus has exact duplicates to decide


def test_explain_and_lookups_survive_the_shards(cluster, tmp_path):
    _, client = cluster
    paths = [str(EXAMPLES)]
    single = newsift.Store(str(tmp_path / "single.db"))
    single.ingest(paths)
    newsift.dask.ingest(paths, client, out=str(tmp_path / "out"), partitions=3,
                        timeout=JOB_TIMEOUT)
    newsift.dask.load(str(tmp_path / "out"), str(tmp_path / "dask.db"))
    loaded = newsift.Store(str(tmp_path / "dask.db"))
    for record in single.articles():
        assert loaded.get(record["id"], explain=True) == single.get(record["id"], explain=True)
    hits = single.search("harbour")
    assert hits and loaded.search("harbour") == hits


def test_loaded_store_is_settled(cluster, tmp_path):
    """`load` records what later runs need (band keys, site counts): a reclean
    of the loaded store changes nothing."""
    newsift_bin = os.environ.get("NEWSIFT_BIN")
    if not newsift_bin or not os.path.exists(newsift_bin):
        pytest.skip("NEWSIFT_BIN (the newsift command) is not set")
    _, client = cluster
    newsift.dask.ingest([str(EXAMPLES)], client, out=str(tmp_path / "out"), partitions=2,
                        timeout=JOB_TIMEOUT)
    newsift.dask.load(str(tmp_path / "out"), str(tmp_path / "dask.db"))
    before = list(newsift.Store(str(tmp_path / "dask.db")).articles())
    run = subprocess.run([newsift_bin, "reclean", "--db", str(tmp_path / "dask.db")],
                         capture_output=True, text=True, timeout=JOB_TIMEOUT)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["changed"] == 0
    assert list(newsift.Store(str(tmp_path / "dask.db")).articles()) == before


def test_cli_ingest_and_load(cluster, tmp_path, capsys):
    c, _ = cluster
    out = tmp_path / "out"
    code = dask_cli.main(["ingest", str(EXAMPLES), "--scheduler", c.address, "--out", str(out),
                          "--partitions", "2", "--timeout", str(JOB_TIMEOUT)])
    assert code == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["partitions"] >= 1 and summary["read"] > 0
    assert (out / newsift.dask.MANIFEST).exists()
    assert dask_cli.main(["load", str(out), "--db", str(tmp_path / "cli.db")]) == 0
    loaded = json.loads(capsys.readouterr().out)
    assert loaded["stored"] == summary["read"]
    want = single_process([str(EXAMPLES)], tmp_path / "single.db")
    assert_same_records(list(newsift.Store(str(tmp_path / "cli.db")).articles()), want)


def test_cli_errors_are_messages(tmp_path, capsys):
    with pytest.raises(SystemExit) as usage:
        dask_cli.main(["ingest", str(EXAMPLES)])  # no --scheduler, no --out
    assert usage.value.code == 2
    assert dask_cli.main(["load", str(tmp_path / "missing"), "--db",
                          str(tmp_path / "x.db")]) == 1
    assert "newsift-dask:" in capsys.readouterr().err


def test_job_completes_when_a_worker_dies(cluster, tmp_path):
    """A third worker joins, takes part of the job, and is killed (SIGKILL)
    while the job runs: the scheduler recomputes what it held. (The pages
    without the Reuters stories: long enough to kill midway, quick to check.)"""
    c, client = cluster
    corpus = pages_corpus()
    reference = single_process(corpus, tmp_path / "single.db")
    victim = c.start_worker("victim")
    client.wait_for_workers(3, timeout=START_TIMEOUT)
    victim_address = next(w for w, info in client.scheduler_info()["workers"].items()
                          if info.get("name") == "victim")
    result = {}

    def run():
        try:
            result["summary"] = newsift.dask.ingest(
                corpus, client, out=str(tmp_path / "out"), partitions=9, timeout=JOB_TIMEOUT)
        except BaseException as e:  # reported by the main thread
            result["error"] = e

    job = threading.Thread(target=run, daemon=True)
    job.start()
    killed_holding = 0
    deadline = time.monotonic() + JOB_TIMEOUT
    while time.monotonic() < deadline and job.is_alive():
        held = client.has_what().get(victim_address, ())
        if held:
            killed_holding = len(held)
            os.killpg(victim.pid, signal.SIGKILL)
            break
        time.sleep(POLL)
    job.join(timeout=JOB_TIMEOUT)
    assert not job.is_alive(), "the job did not finish after the worker died"
    assert "error" not in result, result.get("error")
    assert killed_holding > 0, "the victim was killed before it held any result"
    assert victim.wait(timeout=STOP_TIMEOUT) == -signal.SIGKILL
    got = dask_records(tmp_path / "out", tmp_path / "dask.db")
    assert_same_records(got, reference)
