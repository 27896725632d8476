"""After a track edit or a lexicon change, only the edited track and the tracks whose
evidence the re-reading changed are recomputed, and every assessment is then what
recomputing every track gives (a full recomputation afterwards changes none)."""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest

from tests.unit.test_track_edit_prefilter import (  # noqa: F401 - the fixtures
    GOLDEN,
    HELD_BACK,
    _corpus_template,
    corpus_db,
)
from tracker.domain.models import Track
from tracker.services import assessments, teach
from tracker.services.assessments import refresh
from tracker.services.track_admin import add_track, edit_track
from tracker.services.tracks import get_track
from tracker.storage import excerpts as excerpt_rows
from tracker.storage import tracks as track_rows

with gzip.open(GOLDEN, "rt", encoding="utf-8") as _handle:
    TRACKS = {t["id"]: Track.model_validate(t) for t in json.load(_handle)["tracks"]}


@pytest.fixture
def db(corpus_db: Any) -> Any:  # noqa: F811 - the corpus database, its assessments made
    refresh(corpus_db)
    return corpus_db


def _recomputed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The tracks recomputed from now on, in order."""
    seen: list[str] = []
    real = assessments._recompute

    def counting(store: Any, track_id: str) -> bool:
        seen.append(track_id)
        return real(store, track_id)

    monkeypatch.setattr(assessments, "_recompute", counting)
    return seen


def _evidence(store: Any) -> dict[str, set[tuple[Any, ...]]]:
    """Per track, its excerpts as stored (every field the reading writes)."""
    out: dict[str, set[tuple[Any, ...]]] = {}
    for track in track_rows.list_tracks(store):
        out[track.id] = {
            (e.id, e.document_id, e.start, e.end, e.signal, e.modality, e.event_date, e.rule)
            for e in excerpt_rows.evidence_for(store, track.id)
        }
    return out


def _changed(before: dict[str, set[Any]], after: dict[str, set[Any]]) -> set[str]:
    return {t for t in after if before.get(t, set()) != after[t]}


def test_an_added_track_recomputes_itself_and_the_tracks_it_took_evidence_from(
    db: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _evidence(db)
    recomputed = _recomputed(monkeypatch)
    track = TRACKS[HELD_BACK]
    add_track(
        db,
        title=track.title,
        kind=track.kind,
        track_id=track.id,
        description=track.description,
        actors=track.actors,
        keywords=track.keywords,
        parties=track.parties,
        places=track.places,
        context_terms=track.context_terms,
        min_actors=track.min_actors,
        analyst="test",
    )
    changed = _changed(before, _evidence(db))
    assert HELD_BACK in recomputed
    assert set(recomputed) == {HELD_BACK} | changed
    assert len(recomputed) < len(track_rows.list_tracks(db)) // 2
    recomputed.clear()
    assert refresh(db) == []  # nothing a full recomputation would change
    assert len(recomputed) == len(track_rows.list_tracks(db))


def test_an_edit_that_moves_no_evidence_recomputes_the_track_alone(
    db: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    recomputed = _recomputed(monkeypatch)
    track = get_track(db, "trump-putin-summit")
    edit_track(db, track.id, title=f"{track.title} (renamed)", analyst="test")
    assert recomputed == ["trump-putin-summit"]
    assert refresh(db) == []


def test_an_edit_that_changes_the_kind_is_recomputed_though_no_evidence_moved(
    db: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    track = get_track(db, "istanbul-russia-ukraine-talks")
    recomputed = _recomputed(monkeypatch)
    kind = "channel" if track.kind != "channel" else "talks"
    edit_track(db, track.id, kind=kind, analyst="test")
    assert track.id in recomputed
    assert refresh(db) == []


def test_a_lexicon_rule_recomputes_only_the_tracks_whose_evidence_it_changed(
    db: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _evidence(db)
    recomputed = _recomputed(monkeypatch)
    rule = teach.make_rule(phrase="hosted", not_cue=True, note="a host is not a meeting held")
    teach.add_rule(db, rule, analyst="test")
    changed = _changed(before, _evidence(db))
    assert changed
    assert set(recomputed) == changed
    assert refresh(db) == []


def test_the_edited_track_is_recomputed_when_every_document_is_read(
    db: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.services.evidence import forget_full_reading

    with db.write():
        forget_full_reading(db)  # as after an upgrade: the stored reading is stale
    recomputed = _recomputed(monkeypatch)
    track: Track = get_track(db, "trump-putin-summit")
    edit_track(db, track.id, keywords=[*track.keywords, "Budapest summit"], analyst="t")
    assert len(recomputed) == len(track_rows.list_tracks(db))
