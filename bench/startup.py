"""Cold start of the desktop app to its first painted window on a large database, beside a
bare PySide6 QMainWindow in the same interpreter (each in its own process, offscreen,
taken in turns); and to the window being usable: the tracks with their status, the chosen
track's evidence and the first page of documents shown, and no job left."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a plain script

from bench.common import WORK, median, parser, report

PROBE = Path(__file__).resolve().parent / "gui_probe.py"


def probe(*args: str) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    scratch = WORK / "gui-home"
    env.setdefault("XDG_CONFIG_HOME", str(scratch / "config"))
    env.setdefault("XDG_DATA_HOME", str(scratch / "data"))
    out = subprocess.run(
        [sys.executable, str(PROBE), *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=900,
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main() -> None:
    p = parser(__doc__ or "")
    p.add_argument("--docs", type=int, default=10_000)
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args()
    from bench.bulkdb import build_db

    db = build_db(args.docs)
    probe("app", "--db", str(db))  # warm the file cache: "cold" is the process, not the disk
    # interleaved, so a busy moment of a shared machine weighs on both alike
    bare: list[float] = []
    runs: list[dict[str, float]] = []
    for _ in range(args.repeat):
        bare.append(probe("bare")["first_paint_ms"])
        runs.append(probe("app", "--db", str(db)))
    app = [r["first_paint_ms"] for r in runs]
    usable = [r["usable_ms"] for r in runs]
    loaded = [r["loaded_ms"] for r in runs]
    rows = [
        {"what": "bare QMainWindow", "first_paint_ms": median(bare), "usable_ms": None,
         "loaded_ms": None},
        {"what": f"tracker ({args.docs} docs)", "first_paint_ms": median(app),
         "usable_ms": median(usable), "loaded_ms": median(loaded)},
    ]  # fmt: skip
    report(
        "startup",
        rows,
        {
            "docs": args.docs,
            "bare_ms": median(bare),
            "app_ms": median(app),
            "usable_ms": median(usable),
            "loaded_ms": median(loaded),
            "ratio": median(app) / median(bare),
        },
        as_json=args.json,
        target="first paint <= 2x bare; usable <= 2 s (100,000 documents)",
    )


if __name__ == "__main__":
    main()
