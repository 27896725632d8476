"""A golden Markdown briefing from a database built deterministically.

Record times come from a fixed clock, the analyst is fixed and the seeds are ingested by
relative path, so every hash in the audit chain — and the head hash the briefing prints —
is the same on every run. Regenerate after an intended change with
``UPDATE_GOLDEN=1 .venv/bin/pytest tests/unit/test_briefing_golden.py`` and review the diff.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil
from pathlib import Path

import pytest

from tracker.briefing import build_briefing
from tracker.briefing.render import render_markdown
from tracker.services.ingest import ingest_paths, ingest_text
from tracker.services.overrides import apply_override
from tracker.services.setup import initialise
from tracker.storage import open_db
from tracker.storage.db import Store, format_time

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "briefing.md"
CLOCK_START = dt.datetime(2025, 10, 23, 8, 0, tzinfo=dt.UTC)
NOW = dt.datetime(2025, 10, 25, 12, 0, tzinfo=dt.UTC)
NEW_ARTICLE = (
    "Budapest summit stays frozen\n\n"
    "Kremlin spokesman Dmitry Peskov said on Friday that the summit between Trump and Putin "
    "in Budapest remains on hold.\n"
)


def golden_markdown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    ticks = itertools.count()
    monkeypatch.setattr(
        Store, "now", lambda self: format_time(CLOCK_START + dt.timedelta(minutes=next(ticks)))
    )
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    store = open_db(tmp_path / "golden.db")
    try:
        with store.write():
            store.db["settings"].insert({"key": "analyst", "value": "golden-analyst"})
        initialise(store, with_seeds=False)
        ingest_paths(store, [Path("seeds")])
        cut = store.now()
        apply_override(
            store,
            "trump-putin-summit",
            "cancelled",
            reason="White House says there are no plans to meet",
            analyst="Ana",
            likelihood="likely",
            confidence="moderate",
            review_by="2099-12-31",
        )
        ingest_text(
            store,
            NEW_ARTICLE,
            title="Budapest summit stays frozen",
            outlet="Test Wire",
            published="2025-10-25",
        )
        return render_markdown(build_briefing(store, new_since=cut, now=NOW, first=False))
    finally:
        store.close()


def test_markdown_matches_golden(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = golden_markdown(tmp_path, monkeypatch)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8", newline="\n")
    assert GOLDEN.exists(), "no golden file: run with UPDATE_GOLDEN=1"
    expected = GOLDEN.read_text(encoding="utf-8")
    assert text == expected
