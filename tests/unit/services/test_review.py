"""The review queue and the per-track setting "hold new machine readings for review"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tracker.domain.errors import UserError
from tracker.services import judgements, undo
from tracker.services.database import Store
from tracker.services.ingest import ingest_paths
from tracker.services.review import review_queue, set_review_mode
from tracker.services.status import track_status

SUMMIT = "trump-putin-summit"
BACK_ON = """Budapest summit back on, officials say

Published 30 October 2025

President Trump and President Putin will meet in Budapest on 20 November, the White House said on Thursday. The summit has been scheduled after weeks of uncertainty, officials confirmed.
"""


def _import_back_on(store: Store, folder: Path) -> None:
    article = folder / "back-on.txt"
    article.write_text(BACK_ON, encoding="utf-8")
    assert ingest_paths(store, [article]).count("new") == 1


def test_decisive_machine_readings_wait_for_review(seed_db: Store) -> None:
    queue = review_queue(seed_db)
    summit = [i for i in queue.items if i.track == SUMMIT]
    status = track_status(seed_db, SUMMIT)
    assert [i.excerpt for i in summit] == sorted(status.unreviewed_ids)  # queued together
    assert {i.why for i in summit} == {"decisive for on hold since 21 Oct 2025"}
    assert all(not i.held and i.status == "on_hold" for i in summit)
    assert queue.count == len(queue.items)
    review = next(t for t in queue.tracks if t.track == SUMMIT)
    assert (review.review_mode, review.rests_on_unreviewed) == ("apply", True)


def test_rejecting_the_decisive_readings_queues_the_next_ones(seed_db: Store) -> None:
    first = track_status(seed_db, SUMMIT).unreviewed_ids
    for excerpt_id in first:
        judgements.judge_excerpt(seed_db, excerpt_id, reject=True, reason="not evidence")
    status = track_status(seed_db, SUMMIT)
    waiting = {i.excerpt for i in review_queue(seed_db).items if i.track == SUMMIT}
    assert not waiting & set(first)
    assert set(status.unreviewed_ids) <= waiting
    for excerpt_id in status.unreviewed_ids:
        judgements.judge_excerpt(seed_db, excerpt_id, confirm=True)
    status = track_status(seed_db, SUMMIT)
    assert (status.rests_on_unreviewed, status.unreviewed_ids) == (False, [])


def test_apply_at_once_lets_new_readings_change_the_status(seed_db: Store, tmp_path: Path) -> None:
    _import_back_on(seed_db, tmp_path)
    status = track_status(seed_db, SUMMIT)
    assert (status.status, status.held_ids, status.review_mode) == ("scheduled", [], "apply")
    assert status.rests_on_unreviewed


def test_hold_for_review_keeps_the_status_until_an_analyst_confirms(
    seed_db: Store, tmp_path: Path
) -> None:
    setting = set_review_mode(seed_db, SUMMIT, "hold", analyst="ana")
    assert (setting.review_mode, setting.since is not None) == ("hold", True)
    _import_back_on(seed_db, tmp_path)
    status = track_status(seed_db, SUMMIT)
    assert (status.status, status.since, status.review_mode) == (
        "on_hold",
        date(2025, 10, 21),
        "hold",
    )
    assert len(status.held_ids) == 2
    assert status.explanation.endswith(
        f"Held for review: 2 new machine readings ({status.held_ids[0]}, "
        f"{status.held_ids[1]}) that would make it scheduled."
    )
    held = [i for i in review_queue(seed_db).items if i.held]
    assert [(i.excerpt, i.why) for i in held] == [
        (i, "would make the status scheduled") for i in status.held_ids
    ]
    judgements.judge_excerpt(seed_db, status.held_ids[0], confirm=True, analyst="ana")
    now = track_status(seed_db, SUMMIT)
    assert now.status == "scheduled"
    assert status.held_ids[0] not in now.held_ids
    undo.undo_last(seed_db)
    assert track_status(seed_db, SUMMIT).status == "on_hold"
    undo.undo_last(seed_db)  # the setting itself
    back = track_status(seed_db, SUMMIT)
    assert (back.status, back.review_mode, back.held_ids) == ("scheduled", "apply", [])


def test_the_setting_refuses_nonsense(seed_db: Store) -> None:
    with pytest.raises(UserError, match="not a review setting"):
        set_review_mode(seed_db, SUMMIT, "sometimes")
    with pytest.raises(UserError, match="already applies machine readings at once"):
        set_review_mode(seed_db, SUMMIT, "apply")
