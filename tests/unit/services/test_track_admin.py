"""Tracks the analyst adds and edits, in process: evidence picked up, undo."""

from __future__ import annotations

import pytest

from tracker.domain.errors import UserError
from tracker.services import track_admin, undo
from tracker.services.database import Store
from tracker.services.evidence import evidence_count
from tracker.services.tracks import get_track, list_tracks


def test_a_new_track_picks_up_evidence_already_held(seed_db: Store) -> None:
    track = track_admin.add_track(
        seed_db,
        title="Budapest meeting",
        kind="meeting",
        actors=track_admin.parse_actors(["Donald Trump|Trump", "Vladimir Putin|Putin"]),
        keywords=["Budapest"],
        analyst="ana",
    )
    assert (track.id, track.kind, track.min_actors) == ("budapest-meeting", "meeting", 2)
    assert evidence_count(seed_db, track.id) > 0
    with pytest.raises(UserError, match="exists already"):
        track_admin.add_track(seed_db, title="Budapest meeting", kind="meeting")


def test_an_edit_is_undone_to_what_it_was(seed_db: Store) -> None:
    before = get_track(seed_db, "coalition-of-the-willing")
    edited = track_admin.edit_track(
        seed_db, "coalition-of-the-willing", title="Coalition", analyst="ana"
    )
    assert edited.title == "Coalition"
    assert undo.undo_last(seed_db).action == "track.edit"
    assert get_track(seed_db, "coalition-of-the-willing") == before


def test_archiving_hides_a_track_and_undo_brings_it_back(seed_db: Store) -> None:
    track_admin.archive_track(seed_db, "rubio-lavrov-channel")
    assert "rubio-lavrov-channel" not in [t.id for t in list_tracks(seed_db)]
    undo.undo_last(seed_db)
    assert "rubio-lavrov-channel" in [t.id for t in list_tracks(seed_db)]


def test_unknown_fields_are_refused(seed_db: Store) -> None:
    with pytest.raises(UserError, match="cannot edit colour of a track"):
        track_admin.edit_track(seed_db, "rubio-lavrov-channel", colour="red")
