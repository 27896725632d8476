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


# ---- the analyst's judgements, review settings and lexicon rules


def test_redo_of_a_rejection_rejects_again_and_verify_holds(seed_db: Store) -> None:
    from tracker.services import judgements
    from tracker.services.evidence import evidence_for
    from tracker.services.verify import verify

    decisive = list(track_status(seed_db, SUMMIT).unreviewed_ids)
    judgements.judge_excerpt(seed_db, decisive[0], reject=True, reason="not evidence")
    rejected = track_status(seed_db, SUMMIT)
    undo.undo_last(seed_db)
    assert decisive[0] in {e.id for e in evidence_for(seed_db, SUMMIT)}
    assert undo.redo_label(seed_db) is not None
    result = undo.redo_last(seed_db)
    assert result.action == "excerpt.judge"
    assert decisive[0] not in {e.id for e in evidence_for(seed_db, SUMMIT)}
    assert track_status(seed_db, SUMMIT).explanation == rejected.explanation
    assert verify(seed_db).ok  # the judgements replayed from the log match the table
    undo.undo_last(seed_db)
    assert decisive[0] in {e.id for e in evidence_for(seed_db, SUMMIT)}
    assert verify(seed_db).ok


def test_redo_of_added_evidence_stores_it_again(seed_db: Store) -> None:
    from tracker.services import judgements
    from tracker.services.evidence import evidence_for
    from tracker.services.verify import verify

    words = "The U.S. had proposed freezing the battle lines at their current positions"
    doc = next(
        e for e in evidence_for(seed_db, SUMMIT) if "did not want to have a" in e.exact
    ).document_id
    judgements.add_evidence(seed_db, doc, words, track=SUMMIT, signal="preparing")
    undo.undo_last(seed_db)
    assert words not in [e.exact for e in evidence_for(seed_db, SUMMIT)]
    undo.redo_last(seed_db)
    again = [e for e in evidence_for(seed_db, SUMMIT) if e.exact == words]
    assert len(again) == 1 and again[0].reading == "added"
    assert again[0].signal == "preparing"
    assert verify(seed_db).ok
    undo.undo_last(seed_db)  # the redone evidence is taken out again
    assert words not in [e.exact for e in evidence_for(seed_db, SUMMIT)]
    assert verify(seed_db).ok


def test_redo_of_a_review_setting_and_of_a_lexicon_rule(seed_db: Store) -> None:
    from tracker.services import teach
    from tracker.services.review import review_mode, set_review_mode
    from tracker.services.verify import verify

    set_review_mode(seed_db, SUMMIT, "hold")
    undo.undo_last(seed_db)
    assert review_mode(seed_db, SUMMIT)[0] == "apply"
    undo.redo_last(seed_db)
    assert review_mode(seed_db, SUMMIT)[0] == "hold"
    rule = teach.make_rule(phrase="wasted meeting", signal="on_hold", kinds=["summit"])
    teach.add_rule(seed_db, rule, reextract=False)
    undo.undo_last(seed_db)
    assert teach.list_rules(seed_db) == []
    undo.redo_last(seed_db)
    assert [r.phrase for r in teach.list_rules(seed_db)] == ["wasted meeting"]
    assert verify(seed_db).ok
