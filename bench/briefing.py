"""A PDF briefing of all tracks on a large database (``tracker.briefing.export_briefing``)."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

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
    from tracker.briefing import export_briefing
    from tracker.storage.db import open_db

    source = build_db(args.docs)
    times = []
    with tempfile.TemporaryDirectory(prefix="tracker-brief-") as tmp:
        db = Path(tmp) / "t.db"
        shutil.copy(source, db)  # the export records itself; keep the cached database clean
        store = open_db(db)
        for i in range(args.repeat):
            out = Path(tmp) / f"b{i}.{args.format}"
            started = time.perf_counter()
            export_briefing(store, args.format, out)
            times.append(time.perf_counter() - started)
        size = out.stat().st_size
        store.close()
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
            "ratio_to_target": times[0] / 1.0,
        },
        as_json=args.json,
        target="<= 1 s",
    )
    sys.stdout.flush()
    os._exit(0)  # skip tearing down the QGuiApplication the PDF renderer made (it can crash)


if __name__ == "__main__":
    main()
