"""The compiled reading engine (scripts/build_compiled.py) lives out of the source tree and
is rebuilt whenever a source changes: the checkout always reads its own .py files."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_compiled", ROOT / "scripts" / "build_compiled.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_no_compiled_module_in_the_source_tree() -> None:
    """An extension module next to a .py would be imported instead of it."""
    assert not [p for p in (ROOT / "tracker").rglob("*") if p.suffix in {".so", ".pyd"}]


def test_compiled_modules_exist_and_are_pure_reading_modules() -> None:
    build = _script()
    for path in build.sources():
        assert path.is_file(), path
        text = path.read_text(encoding="utf-8")
        assert "PySide6" not in text and "sqlite" not in text, path.name


def test_build_key_follows_every_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build = _script()
    package = tmp_path / "tracker" / "extract"
    package.mkdir(parents=True)
    (package / "matching.py").write_text("X = 1\n")
    monkeypatch.setattr(build, "ROOT", tmp_path)
    first = build.build_key()
    assert build.build_key() == first
    (package / "matching.py").write_text("X = 2\n")
    assert build.build_key() != first
    out = tmp_path / "out"
    out.mkdir()
    (out / build.STAMP).write_text(first + "\n")
    assert not build.is_current(out, build.build_key())
