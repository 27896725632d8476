"""Long work does not hold the write lock: an analyst's action from another connection gets
through while a big document is read and while the assessments are recomputed.

Each test pauses the long work at a point inside it and, from another thread with its own
connection, applies an override; the long work goes on only when that override has
finished. Were the write lock held at that point, the override would wait out its busy
timeout and fail with "busy" (the long work is waiting for it, so the lock is never
released): the outcome, not a duration, is what is checked.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tracker.domain.errors import TrackerError
from tracker.services import reading
from tracker.services.assessments import pending_tracks, refresh
from tracker.services.ingest import ingest_paths, ingest_text
from tracker.services.overrides import apply_override
from tracker.services.setup import initialise
from tracker.storage import open_db
from tracker.storage.db import Store

ARTICLE = (
    "Budapest summit on hold\n\n"
    "The planned summit between Trump and Putin in Budapest has been put on hold, "
    "officials said on Tuesday.\n\n"
    "Russian Foreign Minister Sergey Lavrov and Secretary of State Marco Rubio spoke by "
    "phone on Monday, the State Department said.\n"
)


@pytest.fixture
def two_connections(tmp_path: Path) -> Iterator[tuple[Store, Path]]:
    """The importer's store, and the path for a second connection (the analyst's)."""
    path = tmp_path / "t.db"
    store = open_db(path)
    initialise(store, with_seeds=False)
    yield store, path
    store.close()


def _override_from_another_connection(path: Path) -> tuple[bool, str]:
    """Apply an override through a second connection in another thread (with a short busy
    timeout); whether it got through, and what it said if not."""
    outcome: list[tuple[bool, str]] = []

    def run() -> None:
        analyst = open_db(path)
        try:
            analyst.conn.execute("PRAGMA busy_timeout = 2000")
            apply_override(
                analyst,
                "trump-putin-summit",
                "postponed",
                reason="Moscow confirmed the delay",
                analyst="alice",
            )
            outcome.append((True, ""))
        except TrackerError as exc:
            outcome.append((False, str(exc)))
        finally:
            analyst.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=120)
    assert outcome, "the override never finished"
    return outcome[0]


def _pausing(real: Callable[..., Any], path: Path, seen: list[tuple[bool, str]]) -> Any:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if not seen:
            seen.append(_override_from_another_connection(path))
        return real(*args, **kwargs)

    return wrapper


def test_an_override_gets_through_while_a_document_is_read(
    two_connections: tuple[Store, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, path = two_connections
    article = tmp_path / "big.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    seen: list[tuple[bool, str]] = []
    monkeypatch.setattr(reading, "extract_document", _pausing(reading.extract_document, path, seen))
    report = ingest_paths(store, [article])
    assert seen == [(True, "")]
    assert report.count("new") == 1
    counts = store.counts()
    assert counts["overrides"] == 1 and counts["excerpts"] > 0


def test_an_override_gets_through_between_the_tracks_of_a_recomputation(
    two_connections: tuple[Store, Path],
) -> None:
    store, path = two_connections
    ingest_text(store, ARTICLE, title="Budapest summit on hold", published="2025-10-21")
    seen: list[tuple[bool, str]] = []

    def progress(done: int, total: int, label: str) -> None:
        if done == 2 and not seen:
            seen.append(_override_from_another_connection(path))

    refresh(store, track_ids=None, progress=progress)
    assert seen == [(True, "")]
    assert store.counts()["overrides"] == 1
    assert pending_tracks(store) == []


def test_a_recomputation_cut_short_is_finished_by_the_next(
    two_connections: tuple[Store, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed between two tracks, a recomputation leaves the rest queued and the pending
    flag set; the next import's recomputation finishes them."""
    from tracker.services import assessments

    store, _path = two_connections
    ingest_text(store, ARTICLE, title="Budapest summit on hold", published="2025-10-21")
    real = assessments._recompute
    calls: list[str] = []

    def dies_on_the_second(store: Store, track_id: str) -> bool:
        calls.append(track_id)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(store, track_id)

    monkeypatch.setattr(assessments, "_recompute", dies_on_the_second)
    with pytest.raises(KeyboardInterrupt):
        refresh(store, track_ids=None)
    monkeypatch.setattr(assessments, "_recompute", real)
    left = pending_tracks(store)
    assert calls[0] not in left and calls[1] in left
    assert assessments.analysis_pending(store)
    refresh(store, track_ids=left)
    assert pending_tracks(store) == []
    assert not assessments.analysis_pending(store)
