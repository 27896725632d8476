"""Judgements on excerpts in process: what each does to the reading and to the status, its
refusals, its undo, and how judgements survive re-extraction."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tracker.domain.errors import NotFoundError, UsageError, UserError
from tracker.domain.models import Evidence
from tracker.infer.claims import reading_weight
from tracker.services import judgements, undo
from tracker.services.database import Store
from tracker.services.documents import edit_document, get_document
from tracker.services.evidence import evidence_for
from tracker.services.ingest import ingest_paths
from tracker.services.review import review_queue
from tracker.services.status import track_status
from tracker.services.track_admin import edit_track
from tracker.services.verify import verify

SUMMIT = "trump-putin-summit"
CHANNEL = "rubio-lavrov-channel"
NO_PLANS = "no plans for President Trump to meet President Putin soon"


def excerpt_with(store: Store, track: str, words: str) -> Evidence:
    """The track's (machine) excerpt holding ``words``."""
    found = [e for e in evidence_for(store, track, include_rejected=True) if words in e.exact]
    assert len(found) == 1, [e.exact for e in found]
    return found[0]


def ids_of(store: Store, track: str) -> set[int]:
    return {e.id for e in evidence_for(store, track)}


def test_rejecting_the_decisive_excerpts_moves_the_status_and_undo_restores_it(
    seed_db: Store,
) -> None:
    before = track_status(seed_db, SUMMIT)
    assert (before.status, before.since) == ("on_hold", date(2025, 10, 21))
    assert before.rests_on_unreviewed
    decisive = list(before.unreviewed_ids)
    assert len(decisive) == 4
    for excerpt_id in decisive:
        view = judgements.judge_excerpt(
            seed_db, excerpt_id, reject=True, reason="not evidence", analyst="alice"
        )
        assert (view.reading, view.reject_reason, view.tracks) == ("rejected", "not_evidence", [])
    after = track_status(seed_db, SUMMIT)
    assert (after.status, after.since) == ("on_hold", date(2025, 10, 22))
    assert after.explanation != before.explanation
    assert all(f"excerpt {i} (" not in after.explanation.split("Contested")[0] for i in decisive)
    assert after.explanation.endswith(
        f"Left out by analysts: 4 excerpts rejected ({', '.join(map(str, sorted(decisive)))})."
    )
    assert after.evidence_count == before.evidence_count - len(decisive)
    assert not ids_of(seed_db, SUMMIT) & set(decisive)
    for _ in decisive:
        undo.undo_last(seed_db)
    restored = track_status(seed_db, SUMMIT)
    assert (restored.status, restored.since, restored.explanation) == (
        before.status,
        before.since,
        before.explanation,
    )


def test_a_confirmed_reading_weighs_more_and_leaves_the_queue(seed_db: Store) -> None:
    e = excerpt_with(seed_db, SUMMIT, NO_PLANS)
    assert reading_weight(e) == 1.0
    queued = {i.excerpt for i in review_queue(seed_db).items}
    assert e.id in queued
    view = judgements.judge_excerpt(seed_db, e.id, confirm=True, analyst="alice")
    assert (view.reading, view.judged_by, view.waiting_for_review) == ("confirmed", "alice", False)
    judged = excerpt_with(seed_db, SUMMIT, NO_PLANS)
    assert reading_weight(judged) == 1.5
    assert e.id not in {i.excerpt for i in review_queue(seed_db).items}
    status = track_status(seed_db, SUMMIT)
    assert e.id not in status.unreviewed_ids
    assert f"excerpt {e.id} (document {e.document_id}, confirmed by alice)" in status.explanation
    undo.undo_last(seed_db)
    assert e.id in {i.excerpt for i in review_queue(seed_db).items}


def test_a_redated_excerpt_moves_on_the_timeline(seed_db: Store) -> None:
    status = track_status(seed_db, SUMMIT)
    for excerpt_id in status.unreviewed_ids:
        view = judgements.judge_excerpt(
            seed_db, excerpt_id, event_date="2025-10-25", analyst="alice"
        )
        assert (view.judged.event_date, view.judged.date_precision, view.judged.date_basis) == (
            date(2025, 10, 25),
            "day",
            "analyst",
        )
        assert view.machine.event_date == date(2025, 10, 21)
        assert view.reading == "corrected"
    assert track_status(seed_db, SUMMIT).since == date(2025, 10, 22)
    e = excerpt_with(seed_db, SUMMIT, NO_PLANS)
    assert e.machine == {"event_date": "2025-10-21", "date_precision": "day"}
    month = judgements.judge_excerpt(seed_db, e.id, event_date="2025-10", analyst="alice")
    assert (month.judged.event_date, month.judged.date_precision) == (date(2025, 10, 1), "month")
    week = judgements.judge_excerpt(seed_db, e.id, precision="week", analyst="alice")
    assert (week.judged.event_date, week.judged.date_precision) == (date(2025, 9, 29), "week")


def test_a_changed_signal_and_modality_are_the_analysts_reading(seed_db: Store) -> None:
    e = excerpt_with(seed_db, SUMMIT, NO_PLANS)
    view = judgements.judge_excerpt(
        seed_db, e.id, signal="cancelled", modality="asserted", analyst="ben"
    )
    assert (view.judged.signal, view.judged.status, view.judged.modality) == (
        "cancelled",
        "cancelled",
        "asserted",
    )
    assert (view.machine.signal, view.machine.modality) == ("on_hold", e.modality)
    assert view.judgements[-1].signal == "cancelled"
    status = judgements.judge_excerpt(seed_db, e.id, signal="on hold", analyst="ben")
    assert status.judged.signal == "on_hold"
    nothing = judgements.judge_excerpt(seed_db, e.id, signal="none", analyst="ben")
    assert (nothing.judged.signal, nothing.judged.status) == (None, None)


def test_moving_an_excerpt_to_another_track_and_adding_it_to_a_second(seed_db: Store) -> None:
    e = excerpt_with(seed_db, SUMMIT, NO_PLANS)
    moved = judgements.judge_excerpt(seed_db, e.id, track=CHANNEL, analyst="cy")
    assert moved.tracks == [CHANNEL]
    assert e.id not in ids_of(seed_db, SUMMIT)
    on_channel = [x for x in evidence_for(seed_db, CHANNEL) if x.id == e.id]
    assert [(x.track_id, x.home_track, x.reading) for x in on_channel] == [
        (CHANNEL, SUMMIT, "corrected")
    ]
    shown = [x for x in evidence_for(seed_db, SUMMIT, include_rejected=True) if x.id == e.id]
    assert shown[0].judged_tracks == [CHANNEL]
    both = judgements.judge_excerpt(seed_db, e.id, add_track=SUMMIT, analyst="cy")
    assert both.tracks == [CHANNEL, SUMMIT]
    assert e.id in ids_of(seed_db, SUMMIT) and e.id in ids_of(seed_db, CHANNEL)
    undo.undo_last(seed_db)
    undo.undo_last(seed_db)
    assert e.id in ids_of(seed_db, SUMMIT) and e.id not in ids_of(seed_db, CHANNEL)


def test_a_note_alone_keeps_the_machine_reading(seed_db: Store) -> None:
    e = excerpt_with(seed_db, SUMMIT, NO_PLANS)
    view = judgements.judge_excerpt(seed_db, e.id, note="  Check  with the desk ", analyst="di")
    assert (view.reading, view.notes) == ("machine", ["Check with the desk"])
    assert view.waiting_for_review


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({}, UsageError, "say what to record"),
        ({"confirm": True, "reject": True, "reason": "boilerplate"}, UsageError, "not both"),
        ({"reject": True}, UsageError, "needs a reason"),
        ({"reason": "boilerplate"}, UsageError, "goes with --reject"),
        ({"reject": True, "reason": "dull"}, UsageError, "not a reason"),
        ({"signal": "maybe"}, UsageError, "not a signal or a status"),
        ({"modality": "perhaps"}, UsageError, "not a modality"),
        ({"event_date": "next week"}, UsageError, "is not a date"),
        ({"track": "no-such-track"}, NotFoundError, "no track"),
        ({"track": SUMMIT}, UserError, "is evidence of trump-putin-summit already"),
        ({"signal": "on_hold"}, UserError, "nothing changes"),
    ],
)
def test_refusals_change_nothing(
    seed_db: Store, kwargs: dict[str, object], error: type[Exception], message: str
) -> None:
    e = excerpt_with(seed_db, SUMMIT, NO_PLANS)
    before = track_status(seed_db, SUMMIT)
    with pytest.raises(error, match=message):
        judgements.judge_excerpt(seed_db, e.id, **kwargs)  # type: ignore[arg-type]
    assert track_status(seed_db, SUMMIT) == before
    assert judgements.excerpt_view(seed_db, e.id).judgements == []


def test_an_unknown_excerpt_is_refused(seed_db: Store) -> None:
    with pytest.raises(NotFoundError, match="no excerpt 99999"):
        judgements.judge_excerpt(seed_db, 99999, confirm=True)


def test_evidence_the_machine_missed_is_anchored_counted_and_undone(seed_db: Store) -> None:
    words = "The U.S. had proposed freezing the battle lines at their current positions"
    doc = excerpt_with(seed_db, SUMMIT, "did not want to have a").document_id
    view = judgements.add_evidence(
        seed_db, doc, words, track=SUMMIT, signal="preparing", event_date="2025-10-23"
    )
    assert (view.origin, view.reading, view.quote, view.track) == (
        "analyst",
        "added",
        words,
        SUMMIT,
    )
    assert (view.judged.signal, view.judged.event_date, view.judged.date_basis) == (
        "preparing",
        date(2025, 10, 23),
        "analyst",
    )
    assert view.id in ids_of(seed_db, SUMMIT)
    report = verify(seed_db)
    assert report.ok and report.excerpts.orphan == 0
    with pytest.raises(UserError, match="already holds these words"):
        judgements.add_evidence(seed_db, doc, words, track=SUMMIT, signal="held")
    undo.undo_last(seed_db)
    assert view.id not in ids_of(seed_db, SUMMIT)
    assert verify(seed_db).ok


def test_added_evidence_takes_the_machines_guess_for_what_is_left_out(seed_db: Store) -> None:
    doc = excerpt_with(seed_db, SUMMIT, "did not want to have a").document_id
    view = judgements.add_evidence(
        seed_db, doc, "“No Point in a Wasted Meeting”", track=SUMMIT, signal="on_hold"
    )
    assert (view.judged.event_date, view.judged.date_basis) == (date(2025, 10, 22), "inferred")
    # typed with straight quotes, found with the article's curly ones
    straight = judgements.add_evidence(
        seed_db,
        doc,
        'there are now "no plans for President Trump',
        track=CHANNEL,
        signal="stalled",
    )
    assert straight.quote == "there are now “no plans for President Trump"


@pytest.mark.parametrize(
    ("quote", "track", "message"),
    [
        ("words that are nowhere in it", SUMMIT, "not in document"),
        ("  ", SUMMIT, "give the words"),
        ("The U.S. had proposed freezing", "no-such-track", "no track"),
    ],
)
def test_adding_evidence_refusals(seed_db: Store, quote: str, track: str, message: str) -> None:
    doc = excerpt_with(seed_db, SUMMIT, "did not want to have a").document_id
    with pytest.raises(UserError, match=message):
        judgements.add_evidence(seed_db, doc, quote, track=track)


def test_suggestion_reads_the_selected_words(seed_db: Store) -> None:
    e = excerpt_with(seed_db, SUMMIT, NO_PLANS)
    guess = judgements.suggest_evidence(seed_db, e.document_id, e.start, e.end, SUMMIT)
    assert (guess.track, guess.signal, guess.event_date, guess.from_excerpt) == (
        SUMMIT,
        e.signal,
        e.event_date,
        True,
    )


# --- judgements survive ---------------------------------------------------------------------


def test_a_judgement_survives_a_document_date_edit(seed_db: Store) -> None:
    e = excerpt_with(seed_db, SUMMIT, NO_PLANS)
    judgements.judge_excerpt(seed_db, e.id, reject=True, reason="not-evidence")
    edit_document(seed_db, e.document_id, published="2025-10-23")
    again = excerpt_with(seed_db, SUMMIT, NO_PLANS)
    assert again.reading == "rejected"
    assert again.id not in ids_of(seed_db, SUMMIT)


def test_a_judgement_is_orphaned_then_found_again_under_a_new_excerpt_id(
    seed_db: Store,
) -> None:
    e = excerpt_with(seed_db, SUMMIT, NO_PLANS)
    judgements.judge_excerpt(seed_db, e.id, signal="cancelled", note="orphan me")
    edit_track(seed_db, SUMMIT, actors=[], keywords=["zzzz"], parties=[], places=[])
    queue = review_queue(seed_db)
    orphan = [o for o in queue.orphaned_judgements if o.judgement.note == "orphan me"]
    assert len(orphan) == 1
    assert orphan[0].problem.startswith("no excerpt of trump-putin-summit covers its quote")
    report = verify(seed_db)  # an orphaned judgement is listed, not a fault
    assert report.ok, report.lines
    assert any("judgements without an excerpt: 1" in line for line in report.lines)
    undo.undo_last(seed_db)  # the track edit
    found = excerpt_with(seed_db, SUMMIT, NO_PLANS)
    assert found.id != e.id
    assert (found.reading, found.signal, found.notes) == ("corrected", "cancelled", ["orphan me"])
    assert review_queue(seed_db).orphaned_judgements == []
    assert verify(seed_db).ok  # relinked under its new excerpt, the seals kept up


def test_a_copy_of_the_article_takes_the_judgement(seed_db: Store, tmp_path: Path) -> None:
    e = excerpt_with(seed_db, SUMMIT, NO_PLANS)
    judgements.judge_excerpt(seed_db, e.id, reject=True, reason="not evidence")
    doc = get_document(seed_db, e.document_id)
    copy = tmp_path / "copy.txt"
    copy.write_text(doc.text + "\n\nRepublished with permission.\n", encoding="utf-8")
    report = ingest_paths(seed_db, [copy])
    assert report.count("new") == 1
    readings = [
        x for x in evidence_for(seed_db, SUMMIT, include_rejected=True) if NO_PLANS in x.exact
    ]
    assert len(readings) == 2
    assert {(x.reading, x.judged_via) for x in readings} == {("rejected", None), ("rejected", e.id)}
    assert not any(NO_PLANS in x.exact for x in evidence_for(seed_db, SUMMIT))


def test_verify_catches_a_judgement_changed_behind_the_trackers_back(seed_db: Store) -> None:
    e = excerpt_with(seed_db, SUMMIT, NO_PLANS)
    judgements.judge_excerpt(seed_db, e.id, reject=True, reason="boilerplate")
    assert verify(seed_db).ok
    seed_db.conn.execute("UPDATE judgements SET verdict = 'confirmed', reason = NULL")
    seed_db.conn.commit()
    report = verify(seed_db)
    assert not report.ok
    assert report.judgements is not None
    assert report.judgements.problems == [
        "judgement 1 differs from its audit entry (reason, verdict)"
    ]
