"""The longest stall of the window's main thread (a 10 ms QTimer heartbeat) while articles
import in the background through the app's own worker (``TrackerController.import_paths``)
and the result is shown.

Each gap between beats is measured in wall time and in the main thread's own CPU time:
on a shared machine the wall gap also holds the time the operating system gave the thread
no core (measured alone by ``--idle``: the same heartbeat with nothing to do), while the
CPU time is what the window itself spent. Both are reported.
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


def _idle_heartbeat(app: object, seconds: float) -> list[float]:
    """The same heartbeat with nothing else to do: the machine's own noise."""
    from PySide6.QtCore import QTimer

    gaps: list[float] = []
    last = [time.monotonic()]

    def beat() -> None:
        now = time.monotonic()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(beat)
    timer.start()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)
    timer.stop()
    return gaps


def main() -> None:
    p = parser(__doc__ or "")
    p.add_argument("--docs", type=int, default=1000)
    p.add_argument(
        "--idle", action="store_true", help="also beat idle for a while: the machine's noise"
    )
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
    busy: list[float] = []
    last = [time.monotonic(), time.thread_time()]

    def beat() -> None:
        now, cpu = time.monotonic(), time.thread_time()
        gaps.append((now - last[0]) * 1000)
        busy.append((cpu - last[1]) * 1000)
        last[0], last[1] = now, cpu

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(beat)
    done: list[object] = []
    controller.import_finished.connect(done.append)  # type: ignore[attr-defined]
    started = time.monotonic()
    last[0], last[1] = started, time.thread_time()
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
    longest_busy = max(busy, default=0.0)
    idle = _idle_heartbeat(app, min(seconds, 20.0)) if args.idle else []
    report(
        "responsiveness",
        [
            {
                "docs": args.docs,
                "import_s": seconds,
                "beats": len(gaps),
                "p99_gap_ms": percentile(gaps, 0.99),
                "longest_gap_ms": longest,
                "longest_busy_ms": longest_busy,
                "idle_longest_gap_ms": max(idle, default=0.0),
            }
        ],
        {
            "docs": args.docs,
            "longest_stall_ms": longest,
            "longest_busy_ms": longest_busy,
            "idle_longest_gap_ms": max(idle, default=0.0),
            "ratio_to_target": longest / 50,
        },
        as_json=args.json,
        target="longest main-thread stall <= 50 ms (a 10 ms heartbeat)",
    )
    runner.shutdown()  # type: ignore[attr-defined]
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
