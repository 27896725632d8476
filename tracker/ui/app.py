"""``tracker-gui``: the desktop application.

``tracker-gui [--db PATH] [--self-test] [FILE …]``. A database that does not exist yet is
created (in the user data folder unless ``--db`` is given) and the bundled seed articles
are imported behind a progress dialog. Files or folders given are imported once the
database is open; when another window is already writing the database they are handed to
it. ``--self-test`` builds the window on the given database (or a fresh temporary one),
loads and renders every view and dialog once, and exits 0 — the smoke test of the tests
and of the packaged installer.

One window writes a database (``tracker.ui.window_lock``); a second one opens it
read-only and says so. With no display to open a window on, the command says why in one
line and exits with status 3 (``tracker.ui.display``).
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from tracker.app_info import APP_ID, APP_NAME, ORG_DOMAIN, ORG_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    # Imported when the window is built: the module loads before Qt is set up.
    from tracker.ui.controller import TrackerController
    from tracker.ui.main_window import MainWindow
    from tracker.ui.tasks import TaskRunner

log = logging.getLogger("tracker.ui")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tracker-gui", description=f"{APP_NAME} (desktop app)")
    parser.add_argument(
        "--db", type=Path, help="database file (default: $TRACKER_DB or the user data folder)"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="build the window, render every view once and exit (0 = ok)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    parser.add_argument(
        "paths", nargs="*", type=Path, metavar="FILE", help="article files or folders to import"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _setup_logging(verbose: bool) -> Path | None:
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    log_file: Path | None = None
    try:
        from platformdirs import user_log_dir

        folder = Path(user_log_dir(APP_ID, appauthor=False))
        folder.mkdir(parents=True, exist_ok=True)
        log_file = folder / "tracker-gui.log"
        file_handler = logging.FileHandler(log_file, encoding="utf-8")
        file_handler.setLevel(logging.INFO)
        handlers.append(file_handler)
    except OSError:
        log_file = None
    handlers[0].setLevel(logging.INFO if verbose else logging.WARNING)
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=handlers,
        force=True,
    )
    return log_file


def app_icon_path() -> Path | None:
    try:
        from tracker.paths import resources_dir

        path = resources_dir() / "icons" / "tracker.svg"
    except FileNotFoundError:
        return None
    return path if path.is_file() else None


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication, named for QSettings, following the system palette."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is not None:
        app = cast("QApplication", existing)
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    # The database worker is CPU-bound Python; the UI thread gives up the GIL on most Qt
    # calls and waits up to a switch interval to get it back. 1 ms instead of 5 ms keeps
    # the window answering during an import (measured: worst stall 186 -> 115 ms).
    sys.setswitchinterval(0.001)
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    icon = app_icon_path()
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))
    return app


@dataclass
class AppParts:
    window: MainWindow
    controller: TrackerController
    runner: TaskRunner


def build_window(
    db_path: Path,
    *,
    today: date | None = None,
    start: bool = True,
    readonly: bool = False,
    views: bool = True,
) -> AppParts:
    """The runner (worker thread with its own Store), the controller and the window.

    With ``start`` the database is opened (and created with the seeds when it is new);
    ``readonly`` opens it for reading only (another window holds it); without ``views``
    the window's panes wait for ``MainWindow.build_views()``.
    """
    from tracker.ui.controller import TrackerController
    from tracker.ui.main_window import MainWindow
    from tracker.ui.tasks import TaskRunner

    db_path = Path(db_path).expanduser()
    create = not db_path.exists() or db_path.stat().st_size == 0
    runner = TaskRunner(db_path, readonly=readonly)
    controller = TrackerController(runner)
    window = MainWindow(controller, today=today, views=views)
    runner.setParent(window)
    controller.setParent(window)
    if start:
        controller.start(create=create)
    return AppParts(window, controller, runner)


def _db_path(args: argparse.Namespace) -> tuple[Path, tempfile.TemporaryDirectory[str] | None]:
    if args.db is not None:
        return args.db.expanduser(), None
    if args.self_test:
        temp = tempfile.TemporaryDirectory(prefix="tracker-selftest-")
        return Path(temp.name) / "tracker.db", temp
    from tracker.paths import default_db_path

    return default_db_path(), None


def _start_reading_workers(
    controller: TrackerController, *, paths: Sequence[Path], readonly: bool
) -> None:
    """Start the import's reading workers' fork server (1.3-1.7 s of its own start-up that
    an import would otherwise wait for before its first document) once the window's frame
    is on screen: at once when the files given will be read with workers, else when the
    window is ready, so that it does not compete with loading the window. A read-only
    window imports nothing."""
    if readonly:
        return
    from tracker.services.workers import start_early, start_for_window

    if paths and start_early(paths):
        log.info("reading workers' fork server starting for %d paths", len(paths))

    def when_ready() -> None:
        pid = start_for_window()
        if pid is not None:
            log.info("reading workers' fork server running (process %d)", pid)

    controller.ready.connect(when_ready)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    log_file = _setup_logging(args.verbose)
    from tracker.ui.display import EXIT_NO_DISPLAY, display_problem

    missing = [p for p in args.paths if not p.exists()]
    if missing:
        print(f"tracker-gui: no such file or folder: {missing[0]}", file=sys.stderr)
        return 2
    problem = display_problem()
    if problem is not None:
        print(f"tracker-gui: {problem}", file=sys.stderr)
        return EXIT_NO_DISPLAY
    from tracker.ui.timing import FirstPaint, since_start_ms

    app = create_application()
    from tracker.ui.errors import install_excepthook

    install_excepthook()
    db_path, temp = _db_path(args)
    log.info("database %s; log %s", db_path, log_file)

    # One window writes a database; a second one reads it (or hands its files over).
    from tracker.ui.window_lock import HandOffServer, WindowLock, hand_off

    lock = WindowLock(db_path)
    readonly = not lock.try_lock() and db_path.exists()
    if readonly and args.paths and hand_off(db_path, args.paths):
        n = len(args.paths)
        print(
            f"tracker-gui: handed {n} path{'s' if n != 1 else ''} to the window open on {db_path}"
        )
        return 0
    parts = build_window(db_path, start=False, readonly=readonly, views=False)
    window = parts.window
    if not readonly:
        window.hold_lock(lock)
        server = HandOffServer(db_path, window)
        server.files_received.connect(lambda paths: window.import_paths([Path(p) for p in paths]))
    if args.paths:
        paths = list(args.paths)
        parts.controller.ready.connect(lambda: window.import_paths(paths))
    first_paint = FirstPaint(window)
    window.installEventFilter(first_paint)
    create = not db_path.exists() or db_path.stat().st_size == 0

    def painted() -> None:
        # The panes, then the database, once the window's frame is on screen: building
        # them first (and the worker loading the services meanwhile) delays that frame.
        window.build_views()
        if readonly:
            window.show_read_only(lock.holder(), lock)
        parts.controller.start(create=create)
        _start_reading_workers(parts.controller, paths=args.paths, readonly=readonly)

    first_paint.painted.connect(painted)
    window.show()
    app.aboutToQuit.connect(parts.runner.shutdown)
    try:
        if args.self_test:
            from tracker.ui.selftest import run_self_test

            code = run_self_test(app, parts, first_paint)
            parts.runner.shutdown()
            return code
        log.info("window shown after %.0f ms", since_start_ms())
        return int(app.exec())
    finally:
        lock.release()
        if temp is not None:
            temp.cleanup()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
