"""Since you last looked: new documents, new evidence and status changes per analyst."""

from __future__ import annotations

from tracker.services import changes, overrides
from tracker.services.database import Store
from tracker.services.ingest import ingest_text

SUMMIT = "trump-putin-summit"

ARTICLE = """Budapest summit back on, officials say

Published 30 October 2025

President Trump and President Putin will meet in Budapest on 20 November, the White House said on Thursday. The summit has been scheduled after weeks of uncertainty, officials confirmed.
"""


def test_a_first_look_sets_the_marks_and_nothing_is_new(seed_db: Store) -> None:
    report = changes.changes_since_seen(seed_db, analyst="ana")
    assert report.first_look and report.total == 0
    again = changes.changes_since_seen(seed_db, analyst="ana")
    assert not again.first_look and again.total == 0


def test_new_documents_evidence_and_status_changes_are_reported_until_seen(
    seed_db: Store,
) -> None:
    changes.changes_since_seen(seed_db, analyst="ana")
    item = ingest_text(seed_db, ARTICLE, title="Back on", outlet="Test Wire")
    overrides.apply_override(seed_db, SUMMIT, "postponed", reason="Desk", analyst="ben")
    report = changes.changes_since_seen(seed_db, analyst="ana")
    assert report.new_documents == 1 and report.new_document_ids == [item.document_id]
    summit = report.for_track(SUMMIT)
    assert summit is not None
    assert (summit.status_before, summit.status_now, summit.status_changed) == (
        "on_hold",
        "postponed",
        True,
    )
    assert summit.new_evidence >= 1 and len(summit.new_excerpt_ids) == summit.new_evidence
    assert summit.count == summit.new_evidence + 1
    # another analyst's marks are their own
    assert changes.changes_since_seen(seed_db, analyst="ben").first_look
    # seeing the summit (at the time the report was read) clears it, not the documents
    changes.mark_seen(
        seed_db, [(changes.track_scope(SUMMIT), "postponed")], upto=report.read_at, analyst="ana"
    )
    after = changes.changes_since_seen(seed_db, analyst="ana")
    assert after.for_track(SUMMIT) is None and after.new_documents == 1
    changes.mark_all_seen(seed_db, analyst="ana")
    assert changes.changes_since_seen(seed_db, analyst="ana").total == 0


def test_a_mark_never_moves_back(seed_db: Store) -> None:
    report = changes.changes_since_seen(seed_db, analyst="ana")
    ingest_text(seed_db, ARTICLE, title="Back on", outlet="Test Wire")
    later = changes.changes_since_seen(seed_db, analyst="ana")
    changes.mark_seen(seed_db, [(changes.DOCUMENTS, None)], upto=later.read_at, analyst="ana")
    changes.mark_seen(seed_db, [(changes.DOCUMENTS, None)], upto=report.read_at, analyst="ana")
    assert changes.changes_since_seen(seed_db, analyst="ana").new_documents == 0
