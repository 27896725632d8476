"""Redo: an undone action holds again, recorded; a new action ends what can be redone."""

from __future__ import annotations

import pytest

from tracker.domain.errors import UserError
from tracker.services import documents, overrides, track_admin, undo
from tracker.services.database import Store
from tracker.services.status import track_status
from tracker.storage import audit

SUMMIT = "trump-putin-summit"


def test_redo_brings_back_an_undone_override_and_undo_takes_it_off_again(seed_db: Store) -> None:
    overrides.apply_override(seed_db, SUMMIT, "postponed", reason="Desk", analyst="ana")
    assert undo.undo_label(seed_db) == "override to Postponed on Trump–Putin summit in Budapest"
    undo.undo_last(seed_db, analyst="ana")
    assert track_status(seed_db, SUMMIT).status == "on_hold"
    assert undo.redo_label(seed_db) == "override to Postponed on Trump–Putin summit in Budapest"
    result = undo.redo_last(seed_db, analyst="ana")
    assert result.action == "override.apply"
    s = track_status(seed_db, SUMMIT)
    assert (s.status, s.source) == ("postponed", "override")
    assert undo.redo_label(seed_db) is None
    with pytest.raises(UserError, match="nothing to redo"):
        undo.redo_last(seed_db)
    undo.undo_last(seed_db, analyst="ana")
    assert track_status(seed_db, SUMMIT).status == "on_hold"
    actions = [e.action for e in audit.entries(seed_db)][-4:]
    assert actions == ["override.apply", "undo", "redo", "undo"]


def test_a_new_action_after_an_undo_ends_redo(seed_db: Store) -> None:
    overrides.apply_override(seed_db, SUMMIT, "postponed", reason="one", analyst="ana")
    undo.undo_last(seed_db, analyst="ana")
    overrides.apply_override(seed_db, SUMMIT, "cancelled", reason="two", analyst="ana")
    assert undo.redo_label(seed_db) is None


def test_redo_of_a_revoke_and_of_two_undos_in_turn(seed_db: Store) -> None:
    overrides.apply_override(seed_db, SUMMIT, "postponed", reason="one", analyst="ana")
    overrides.revoke_override(seed_db, SUMMIT, reason="no", analyst="ana")
    undo.undo_last(seed_db)  # the revoke: the override is back
    undo.undo_last(seed_db)  # the override: inferred again
    assert track_status(seed_db, SUMMIT).source == "inferred"
    undo.redo_last(seed_db)  # the override again
    assert track_status(seed_db, SUMMIT).status == "postponed"
    undo.redo_last(seed_db)  # the revoke again
    s = track_status(seed_db, SUMMIT)
    assert (s.status, s.source) == ("on_hold", "inferred")


def test_redo_of_a_document_edit_and_a_track_archive(seed_db: Store) -> None:
    documents.edit_document(seed_db, 1, outlet="Desk Wire", analyst="ana")
    undo.undo_last(seed_db)
    assert documents.get_document(seed_db, 1).outlet != "Desk Wire"
    assert undo.redo_label(seed_db) == (
        f"edit of document #1 “{documents.get_document(seed_db, 1).title}” (outlet)"
    )
    undo.redo_last(seed_db)
    assert documents.get_document(seed_db, 1).outlet == "Desk Wire"
    track_admin.archive_track(seed_db, SUMMIT, analyst="ana")
    undo.undo_last(seed_db)
    assert not track_status(seed_db, SUMMIT).archived
    undo.redo_last(seed_db)
    assert track_status(seed_db, SUMMIT).archived
