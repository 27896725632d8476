"""Resident memory of the desktop app with a large database open (loaded and settled).

The database is built by ``bench.bulkdb``: a sample imported in full, then its documents and
excerpts bulk-replicated with shifted dates — a full import of 100,000 articles would take
hours here.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a plain script

from bench.common import parser, report
from bench.startup import probe


def main() -> None:
    p = parser(__doc__ or "")
    p.add_argument("--docs", type=int, default=100_000)
    args = p.parse_args()
    from bench.bulkdb import build_db

    db = build_db(args.docs)
    bare = probe("app", "--db", str(build_db(min(args.docs, 200))), "--settle", "1")
    got = probe("app", "--db", str(db), "--settle", "1")
    rows = [
        {"database": "200 docs", **bare},
        {"database": f"{args.docs} docs", **got},
    ]
    report(
        "memory",
        rows,
        {
            "docs": args.docs,
            "rss_mb": got["vmrss_mb"],
            "peak_mb": got["vmhwm_mb"],
            "small_db_rss_mb": bare["vmrss_mb"],
            "ratio_to_target": got["vmhwm_mb"] / 300,
        },
        as_json=args.json,
        target="resident memory <= 300 MB",
    )


if __name__ == "__main__":
    main()
