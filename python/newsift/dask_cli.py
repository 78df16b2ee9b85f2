"""newsift-dask: the newsift ingest on a Dask cluster, from the command line.

    newsift-dask ingest PATH... --scheduler tcp://HOST:8786 --out DIR [--partitions N]
    newsift-dask load DIR --db newsift.db

``ingest`` writes JSON-lines shards of article records (with their duplicate
clusters) and a manifest into DIR and prints the summary as JSON; ``load``
stores a DIR's records into a newsift database, in input order. Exit status:
0 done, 1 failed (message on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import List, Optional

# Exit codes, as the newsift command uses them.
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
# Seconds to wait for the scheduler before giving up.
CONNECT_TIMEOUT = 30


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsift-dask",
        description="Run newsift ingest on a Dask cluster and load its output.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    ingest = sub.add_parser("ingest", help="extract and deduplicate PATHs on the cluster")
    ingest.add_argument("paths", nargs="+", metavar="PATH",
                        help="files or directories (HTML, text, JSONL, WARC)")
    ingest.add_argument("--scheduler", required=True, metavar="tcp://HOST:PORT",
                        help="address of the Dask scheduler")
    ingest.add_argument("--out", required=True, metavar="DIR",
                        help="output directory for the shards (visible to every worker)")
    ingest.add_argument("--partitions", type=int, default=None, metavar="N",
                        help="input partitions (default: two per worker thread)")
    ingest.add_argument("--threshold", type=float, default=None, metavar="J",
                        help="near-duplicate Jaccard threshold (default 0.8)")
    ingest.add_argument("--min-body-chars", type=int, default=1, metavar="N",
                        help="shorter bodies are status empty (default 1)")
    ingest.add_argument("--drop-listings", action="store_true",
                        help="record pages that list other articles (section fronts, "
                             "archives, search results) as empty, with the reason")
    ingest.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                        help="give up after this long (default: no limit)")

    load = sub.add_parser("load", help="store an ingest's shards in a newsift database")
    load.add_argument("out", metavar="DIR", help="output directory of newsift-dask ingest")
    load.add_argument("--db", default="newsift.db", help="database file (default newsift.db)")
    return parser


def _ingest(args: argparse.Namespace) -> int:
    from distributed import Client

    import newsift.dask

    if args.partitions is not None and args.partitions < 1:
        print("newsift-dask: --partitions must be >= 1", file=sys.stderr)
        return EXIT_USAGE
    threshold = newsift.dask.DEFAULT_THRESHOLD if args.threshold is None else args.threshold
    if not 0 < threshold <= 1:
        print("newsift-dask: --threshold must be in (0, 1]", file=sys.stderr)
        return EXIT_USAGE
    with Client(args.scheduler, timeout=CONNECT_TIMEOUT) as client:
        summary = newsift.dask.ingest(
            args.paths, client, out=args.out, partitions=args.partitions,
            threshold=threshold, min_body_chars=args.min_body_chars,
            drop_listings=args.drop_listings, timeout=args.timeout,
        )
    print(json.dumps(summary, sort_keys=True))
    return EXIT_OK


def _load(args: argparse.Namespace) -> int:
    import newsift.dask

    stored = newsift.dask.load(args.out, args.db)
    print(json.dumps({"stored": stored, "db": args.db}))
    return EXIT_OK


def main(argv: Optional[List[str]] = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "ingest":
            return _ingest(args)
        return _load(args)
    except (OSError, TimeoutError, ValueError) as e:
        print(f"newsift-dask: {e}", file=sys.stderr)
        return EXIT_FAILED
    except Exception as e:  # newsift.Error and the cluster's own failures
        print(f"newsift-dask: {type(e).__name__}: {e}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
