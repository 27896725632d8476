"""PyInstaller entry point of the windowed ``tracker-gui`` executable.

Kept outside the package so the frozen program starts exactly like the installed
``tracker-gui`` script (``tracker.ui.app:main`` in pyproject.toml).
"""

from __future__ import annotations

import multiprocessing
import sys


def run() -> int:
    from tracker.ui.app import main

    return int(main() or 0)


if __name__ == "__main__":
    # A frozen program is also what the import's worker processes run: let them be workers.
    multiprocessing.freeze_support()
    sys.exit(run())
