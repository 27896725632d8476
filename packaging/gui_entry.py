"""PyInstaller entry point of the windowed ``tracker-gui`` executable.

Kept outside the package so the frozen program starts exactly like the installed
``tracker-gui`` script (``tracker.ui.app:main`` in pyproject.toml).
"""

from __future__ import annotations

import sys


def run() -> int:
    from tracker.ui.app import main

    return int(main() or 0)


if __name__ == "__main__":
    # A large import runs in a child process (tracker.ui.import_process, the "spawn" way):
    # in the frozen program that child starts this executable again, and this call makes
    # it run the import instead of a second window.
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(run())
