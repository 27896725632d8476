"""A track edit reads the documents as an import does: with every live track, so a sentence
two tracks could claim goes to the one it is about, and reading every document again after
the edit changes nothing."""

from __future__ import annotations

from typing import Any

from tracker.services import teach
from tracker.services.evidence import evidence_for
from tracker.services.track_admin import edit_track
from tracker.services.tracks import get_track

TRACKS = ("trump-putin-summit", "rubio-lavrov-channel", "coalition-of-the-willing")


def _evidence(store: Any) -> dict[str, set[tuple[int, int, int, str | None]]]:
    return {
        t: {(e.document_id, e.start, e.end, e.signal) for e in evidence_for(store, t)}
        for t in TRACKS
    }


def test_narrowing_keywords_then_reading_again_changes_nothing(seed_db: Any) -> None:
    track = get_track(seed_db, "trump-putin-summit")
    edit_track(seed_db, track.id, keywords=["summit"], analyst="test")
    edited = _evidence(seed_db)
    teach.reextract_all(seed_db)
    assert _evidence(seed_db) == edited
    # The ministers' ASEAN trip stays the channel's, not the leaders' summit's.
    summit_quotes = [e.exact for e in evidence_for(seed_db, "trump-putin-summit")]
    assert not any("ASEAN" in q for q in summit_quotes)


def test_widening_keywords_back_restores_the_reading(seed_db: Any) -> None:
    before = _evidence(seed_db)
    track = get_track(seed_db, "trump-putin-summit")
    edit_track(seed_db, track.id, keywords=["summit"], analyst="test")
    edit_track(seed_db, track.id, keywords=track.keywords, analyst="test")
    assert _evidence(seed_db) == before
