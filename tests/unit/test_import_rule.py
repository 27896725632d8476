"""The one import rule: only tracker/ui (and the briefing's PDF helper) import Qt."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "tracker"
CORE = [
    "tracker.domain",
    "tracker.ingest",
    "tracker.storage",
    "tracker.extract",
    "tracker.infer",
    "tracker.services",
    "tracker.cli",
]


def test_core_imports_without_qt() -> None:
    code = (
        "import sys, importlib\n"
        + "".join(f"importlib.import_module({name!r})\n" for name in CORE)
        + "import tracker.services.status, tracker.services.overrides, tracker.services.assessments\n"
        + "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        + "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_no_qt_import_statements_outside_ui() -> None:
    pattern = re.compile(r"^\s*(from|import)\s+PySide6", re.MULTILINE)
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("ui/") or rel.startswith("briefing/pdf"):
            continue
        if pattern.search(path.read_text(encoding="utf-8")):
            offenders.append(rel)
    assert offenders == []
