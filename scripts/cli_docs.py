"""Regenerate the reference part of docs/cli.md from the ``tracker`` parser.

    python scripts/cli_docs.py          # rewrite it
    python scripts/cli_docs.py --check  # exit 1 if it is out of date

Works from any Python: it re-runs itself with the project's .venv when ``tracker`` cannot
be imported.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.project_python import ensure_project_python  # noqa: E402

ensure_project_python(__file__)

from tracker.cli import COMMANDS, build_parser  # noqa: E402
from tracker.clitools.reference import generated_part, render  # noqa: E402

DOC = ROOT / "docs" / "cli.md"


def main(argv: list[str]) -> int:
    parser = build_parser()
    if "--check" in argv:
        if generated_part(DOC) != render(parser, COMMANDS):
            print(f"{DOC} is out of date: run python scripts/cli_docs.py", file=sys.stderr)
            return 1
        return 0
    from tracker.clitools.reference import update

    changed = update(DOC, parser, COMMANDS)
    print(f"{DOC} {'updated' if changed else 'already current'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
