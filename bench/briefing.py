"""A PDF briefing of all tracks on a large database (``tracker.briefing.export_briefing``):
the export timed, then what it printed counted (quotes, sources, "and N more" lines) from
one more build of the same content, untimed."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a plain script

from bench.common import median, parser, report


def main() -> None:
    p = parser(__doc__ or "")
    p.add_argument("--docs", type=int, default=10_000)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--format", default="pdf")
    args = p.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bench.bulkdb import build_db
    from tracker.briefing import build_briefing, export_briefing
    from tracker.storage.db import open_db

    source = build_db(args.docs)
    times = []
    with tempfile.TemporaryDirectory(prefix="tracker-brief-") as tmp:
        for i in range(args.repeat):
            # The export records itself, and the next briefing would cover only what came
            # after it: every run exports from a fresh copy, so each is the same briefing
            # (the first of the database: everything on record).
            db = Path(tmp) / f"t{i}.db"
            shutil.copy(source, db)
            store = open_db(db)
            printed = _printed(build_briefing(store))
            out = Path(tmp) / f"b{i}.{args.format}"
            started = time.perf_counter()
            export_briefing(store, args.format, out)
            times.append(time.perf_counter() - started)
            store.close()
            db.unlink()
        size = out.stat().st_size
    rows = [{"run": i + 1, "seconds": t} for i, t in enumerate(times)]
    report(
        "briefing",
        rows,
        {
            "docs": args.docs,
            "format": args.format,
            "first_s": times[0],
            "median_s": median(times),
            "bytes": size,
            **printed,
            "ratio_to_target": times[0] / 1.0,
        },
        as_json=args.json,
        target="<= 1 s",
    )
    sys.stdout.flush()
    os._exit(0)  # skip tearing down the QGuiApplication the PDF renderer made (it can crash)


def _printed(briefing: Any) -> dict[str, int]:
    """What a briefing prints that grows with the record: quotes (key evidence, changes and
    both sides of the contested table), sources, status changes and the "more" lines."""
    quotes = changes = more = 0
    for t in briefing.tracks:
        quotes += len(t.key_evidence) + sum(1 for c in t.changes if c.quote)
        quotes += sum(
            (r.decisive is not None) + (r.contested is not None) for r in t.contested_rows
        )
        changes += sum(1 for c in t.changes if c.category == "transition")
        more += int(t.contested_note is not None)
    return {
        "quotes": quotes,
        "sources": len(briefing.sources),
        "status_change_lines": changes,
        "contested_notes": more,
    }


if __name__ == "__main__":
    main()
