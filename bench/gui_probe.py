"""A child process of the GUI benchmarks (not run by hand): ``bare`` paints a plain
QMainWindow; ``app`` starts the tracker's window on ``--db`` the way ``tracker-gui`` does.
Prints one JSON line: milliseconds since process start to the first paint, and for ``app``
to the window being usable (the tracks, the chosen track's evidence and the first page of
documents shown) and to every start-up job being done, with resident memory (``VmRSS``,
peak ``VmHWM``) then."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a plain script


def _memory() -> dict[str, int]:
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS", "VmHWM")):
            key, value = line.split(":", 1)
            out[key.lower() + "_mb"] = int(value.split()[0]) // 1024
    return out


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["bare", "app"])
    p.add_argument("--db", type=Path)
    p.add_argument("--settle", type=float, default=0.0, help="seconds to wait after loading")
    args = p.parse_args()
    if args.mode == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow

        from tracker.ui.timing import FirstPaint

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1280, 800)
        painted = FirstPaint(window)
        window.installEventFilter(painted)
        window.show()
        while painted.ms is None:
            app.processEvents()
        print(json.dumps({"first_paint_ms": painted.ms}))
        return
    from tracker.ui.app import build_window, create_application
    from tracker.ui.timing import FirstPaint, since_start_ms

    app = create_application()
    parts = build_window(args.db, start=False, views=False)
    window = parts.window
    painted = FirstPaint(window)
    window.installEventFilter(painted)  # type: ignore[attr-defined]
    window.show()  # type: ignore[attr-defined]
    ready: dict[str, float] = {}
    parts.controller.ready.connect(lambda: ready.setdefault("ms", since_start_ms()))  # type: ignore[attr-defined]
    # as tracker-gui does: the database is opened once the window has painted
    painted.painted.connect(  # type: ignore[attr-defined]
        lambda: (parts.window.build_views(), parts.controller.start(create=False))
    )
    while painted.ms is None:
        app.processEvents()  # type: ignore[attr-defined]
    first = painted.ms
    deadline = time.monotonic() + 600
    while ("ms" not in ready or parts.runner.busy) and time.monotonic() < deadline:  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.002)
    loaded = since_start_ms()
    settle_until = time.monotonic() + args.settle
    while time.monotonic() < settle_until:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)
    usable = ready.get("ms", loaded)
    print(
        json.dumps({"first_paint_ms": first, "usable_ms": usable, "loaded_ms": loaded, **_memory()})
    )
    parts.runner.shutdown()  # type: ignore[attr-defined]
    sys.stdout.flush()
    os._exit(0)  # interpreter teardown of a large Qt session can crash; the figures are out


if __name__ == "__main__":
    main()
