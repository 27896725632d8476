"""The longest stall of the window's main thread (a 10 ms QTimer heartbeat) while articles
import in the background through the app's own worker (``TrackerController.import_paths``).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a plain script

from bench.common import WORK, parser, percentile, report
from bench.corpus import write_corpus


def main() -> None:
    p = parser(__doc__ or "")
    p.add_argument("--docs", type=int, default=1000)
    args = p.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="tracker-resp-"))
    os.environ.setdefault("XDG_CONFIG_HOME", str(scratch / "config"))
    from PySide6.QtCore import QTimer

    from tracker.services.setup import initialise
    from tracker.storage.db import open_db
    from tracker.ui.app import build_window, create_application

    folder = WORK / f"corpus-{args.docs}-7"
    if not (folder / ".complete").exists():
        write_corpus(folder, args.docs, seed=7)
        (folder / ".complete").write_text("ok")
    db = scratch / "t.db"
    store = open_db(db)
    initialise(store, with_seeds=False)
    store.close()

    app = create_application()
    parts = build_window(db, start=False)
    window, controller, runner = parts.window, parts.controller, parts.runner
    window.show()  # type: ignore[attr-defined]
    controller.start(create=False)  # type: ignore[attr-defined]
    while runner.busy:  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[attr-defined]
    gaps: list[float] = []
    last = [time.monotonic()]

    def beat() -> None:
        now = time.monotonic()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(beat)
    done: list[object] = []
    controller.import_finished.connect(done.append)  # type: ignore[attr-defined]
    started = time.monotonic()
    last[0] = started
    timer.start()
    controller.import_paths([folder])  # type: ignore[attr-defined]
    while not done or runner.busy:  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)
    # Keep beating a moment longer, so the stall of showing the result (the new snapshot
    # applied on the UI thread) is measured too.
    settle = time.monotonic() + 0.3
    while time.monotonic() < settle:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)
    timer.stop()
    seconds = time.monotonic() - started
    longest = max(gaps, default=0.0)
    report(
        "responsiveness",
        [
            {
                "docs": args.docs,
                "import_s": seconds,
                "beats": len(gaps),
                "p99_gap_ms": percentile(gaps, 0.99),
                "longest_gap_ms": longest,
            }
        ],
        {"docs": args.docs, "longest_stall_ms": longest, "ratio_to_target": longest / 50},
        as_json=args.json,
        target="longest main-thread stall <= 50 ms (a 10 ms heartbeat)",
    )
    runner.shutdown()  # type: ignore[attr-defined]
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
