"""PyInstaller entry point of the console ``tracker`` executable (``tracker.cli:main``)."""

from __future__ import annotations

import multiprocessing
import sys


def run() -> int:
    from tracker.cli import main

    return int(main() or 0)


if __name__ == "__main__":
    # A frozen program is also what the import's worker processes run: let them be workers.
    multiprocessing.freeze_support()
    sys.exit(run())
