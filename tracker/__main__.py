"""``python -m tracker`` starts the desktop app (``python -m tracker.cli`` is the CLI)."""

from __future__ import annotations

import sys


def main() -> int:
    from tracker.ui.app import main as gui_main

    return int(gui_main() or 0)


if __name__ == "__main__":
    sys.exit(main())
