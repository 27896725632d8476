"""Overrides in process: apply, supersede, revoke, acknowledge, undo — and what the track
shows after each."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tracker.domain.errors import IllegalStatusError, NotFoundError, UsageError, UserError
from tracker.domain.times import format_time, parse_time
from tracker.services import overrides, undo
from tracker.services import status as status_service
from tracker.services.database import Store
from tracker.services.status import history, track_status

SUMMIT = "trump-putin-summit"


def test_an_override_replaces_the_inferred_status_until_revoked(seed_db: Store) -> None:
    made = overrides.apply_override(
        seed_db, SUMMIT, "cancelled", reason="Briefed by the desk", analyst="ana"
    )
    assert (made.status, made.analyst, made.ended_at) == ("cancelled", "ana", None)
    status = track_status(seed_db, SUMMIT)
    assert (status.status, status.inferred_status, status.source) == (
        "cancelled",
        "on_hold",
        "override",
    )
    overrides.revoke_override(seed_db, SUMMIT, reason="Not confirmed", analyst="ana")
    status = track_status(seed_db, SUMMIT)
    assert (status.status, status.source, status.override) == ("on_hold", "inferred", None)
    manual = [(h.origin, h.status, h.from_status) for h in history(seed_db, SUMMIT)]
    assert manual[-2:] == [("override", "cancelled", "on_hold"), ("revoke", "on_hold", "cancelled")]


def test_a_new_override_supersedes_the_one_in_force(seed_db: Store) -> None:
    first = overrides.apply_override(seed_db, SUMMIT, "cancelled", reason="one", analyst="ana")
    overrides.apply_override(seed_db, SUMMIT, "postponed", reason="two", analyst="ben")
    ended = overrides.get_override(seed_db, first.id or 0)
    assert ended.ended_action == "superseded"
    assert ended.ended_reason == "superseded by a new override: two"
    assert [o.status for o in overrides.overrides_for(seed_db, SUMMIT)] == [
        "cancelled",
        "postponed",
    ]


@pytest.mark.parametrize(
    ("status", "reason", "error"),
    [
        ("active", "a reason", IllegalStatusError),
        ("cancelled", "   ", UserError),
    ],
)
def test_refusals(seed_db: Store, status: str, reason: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        overrides.apply_override(seed_db, SUMMIT, status, reason=reason)
    assert overrides.active_override(seed_db, SUMMIT) is None


def test_evidence_of_another_track_is_refused(seed_db: Store) -> None:
    with pytest.raises(NotFoundError, match="no excerpt 999999"):
        overrides.apply_override(seed_db, SUMMIT, "cancelled", reason="r", evidence_ids=[999999])


def test_a_passed_review_date_flags_the_override_and_an_acknowledgement_clears_it(
    seed_db: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(overrides, "today", lambda: date(2025, 11, 1))
    monkeypatch.setattr(status_service, "today", lambda: date(2025, 11, 1))
    overrides.apply_override(
        seed_db, SUMMIT, "cancelled", reason="r", analyst="ana", review_by="+2w"
    )
    assert overrides.active_override(seed_db, SUMMIT).review_by == date(2025, 11, 15)
    assert not track_status(seed_db, SUMMIT).needs_review
    monkeypatch.setattr(status_service, "today", lambda: date(2025, 11, 16))
    status = track_status(seed_db, SUMMIT)
    assert status.needs_review
    assert status.review_reason == (
        "the review-by date 15 Nov 2025 has passed; the override says Cancelled, "
        "the evidence alone On hold"
    )
    assert status.review is not None and status.review.kind == "review_by"
    kept = overrides.acknowledge(seed_db, SUMMIT, note="Keeping it", analyst="ana")
    assert kept.ack_note == "Keeping it"
    assert not track_status(seed_db, SUMMIT).needs_review


def test_undo_of_an_apply_ends_it_and_undo_is_recorded(seed_db: Store) -> None:
    overrides.apply_override(seed_db, SUMMIT, "cancelled", reason="r", analyst="ana")
    assert undo.undo_label(seed_db) is not None
    result = undo.undo_last(seed_db, analyst="ana")
    assert (result.action, result.entity) == ("override.apply", f"track:{SUMMIT}")
    assert overrides.active_override(seed_db, SUMMIT) is None
    assert track_status(seed_db, SUMMIT).status == "on_hold"


def test_known_at_replays_what_was_shown(seed_db: Store) -> None:
    made = overrides.apply_override(seed_db, SUMMIT, "cancelled", reason="r", analyst="ana")
    just_before = format_time(parse_time(made.created_at) - timedelta(microseconds=1))
    before = track_status(seed_db, SUMMIT, known_at=just_before)
    at = track_status(seed_db, SUMMIT, known_at=made.created_at)
    assert (before.status, at.status) == ("on_hold", "cancelled")


def test_as_of_reads_the_evidence_up_to_a_date(seed_db: Store) -> None:
    assert track_status(seed_db, SUMMIT, as_of=date(2025, 10, 14)).status == "proposed"
    assert track_status(seed_db, SUMMIT, as_of=date(2025, 10, 22)).status == "on_hold"


def test_a_review_date_already_past_is_refused_and_nothing_is_recorded(
    seed_db: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(overrides, "today", lambda: date(2025, 11, 20))
    with pytest.raises(
        UsageError, match=r"review-by 2025-11-15 is already past \(today is 2025-11-20\)"
    ):
        overrides.apply_override(seed_db, SUMMIT, "cancelled", reason="r", review_by="2025-11-15")
    assert overrides.active_override(seed_db, SUMMIT) is None
    made = overrides.apply_override(seed_db, SUMMIT, "cancelled", reason="r", review_by="today")
    assert made.review_by == date(2025, 11, 20)
