"""PyInstaller entry point of the console ``tracker`` executable (``tracker.cli:main``)."""

from __future__ import annotations

import sys


def run() -> int:
    from tracker.cli import main

    return int(main() or 0)


if __name__ == "__main__":
    sys.exit(run())
