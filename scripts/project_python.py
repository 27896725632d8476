"""Run a project script with the project's Python, whichever ``python`` started it.

A script calls ``ensure_project_python(__file__)`` before importing the tracker or its
dependencies. If they cannot be imported (a system ``python3``), the script is run again
with ``.venv/bin/python`` of this checkout; if there is no ``.venv`` yet, one line says how
to make it. Standard library only.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEEDED = ("sqlite_utils", "pydantic", "platformdirs", "jinja2")


def venv_python(root: Path = ROOT) -> Path:
    folder = "Scripts" if os.name == "nt" else "bin"
    return root / ".venv" / folder / ("python.exe" if os.name == "nt" else "python")


def has_dependencies(needs: tuple[str, ...] = NEEDED) -> bool:
    return all(importlib.util.find_spec(name) is not None for name in needs)


def ensure_project_python(
    script: str, argv: list[str] | None = None, *, needs: tuple[str, ...] = NEEDED
) -> None:
    """Re-run ``script`` with the project's Python unless this one has what it needs."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    if has_dependencies(needs):
        return
    python = venv_python()
    if not python.exists():
        sys.stderr.write(
            f"{Path(script).name}: the tracker's dependencies are not installed for "
            f"{sys.executable}; run scripts/setup.sh first (it creates .venv)\n"
        )
        raise SystemExit(1)
    if Path(sys.prefix).resolve() == (ROOT / ".venv").resolve():  # a broken .venv
        sys.stderr.write(f"{python} lacks the dependencies; run scripts/setup.sh again\n")
        raise SystemExit(1)
    args = sys.argv[1:] if argv is None else argv
    os.execv(str(python), [str(python), str(Path(script).resolve()), *args])
