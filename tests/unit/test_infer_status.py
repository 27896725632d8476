"""Status inference rules on hand-made evidence."""

from __future__ import annotations

import hashlib
from datetime import date
from itertools import count
from typing import Any

from tracker.domain.models import Actor, Evidence, Track
from tracker.extract.lexicon import Lexicon, load_lexicon
from tracker.infer import grade_credibility, infer_track
from tracker.infer.claims import claim_date

SUMMIT = Track(
    id="s",
    title="Summit",
    kind="summit",
    actors=[Actor(name="A"), Actor(name="B")],
    keywords=["summit"],
)
CHANNEL = Track(
    id="c", title="Channel", kind="channel", actors=[Actor(name="A")], keywords=["call"]
)
COALITION = Track(id="g", title="Group", kind="coalition", actors=[Actor(name="G")], keywords=["g"])
_ids = count(1)


def _words(doc: int) -> list[str]:
    """Words no other document's default sentence shares (so they are not near-duplicates)."""
    return [hashlib.sha256(f"{doc}-{i}".encode()).hexdigest()[:7] for i in range(6)]


def ev(signal: str | None, day: date | None, doc: int, **kw: Any) -> Evidence:
    """Evidence on the summit track unless ``track_id`` says otherwise."""
    exact = kw.pop("exact", f"{signal}: " + " ".join(_words(doc)))
    values: dict[str, Any] = {
        "id": next(_ids),
        "document_id": doc,
        "track_id": "s",
        "start": 0,
        "end": len(exact),
        "exact": exact,
        "signal": signal,
        "cue": signal,
        "event_date": day,
        "date_precision": "day" if day else None,
        "date_basis": "stated" if day else "unknown",
        "published": date(2025, 10, 22),
        "reliability": "B",
    }
    values.update(kw)
    return Evidence(**values)


D13, D16, D20, D21, D22 = (date(2025, 10, d) for d in (13, 16, 20, 21, 22))


def test_no_evidence() -> None:
    a = infer_track(SUMMIT, [])
    assert a.status is None and a.evidence_count == 0 and a.explanation


def test_history_proposed_then_on_hold() -> None:
    evidence = [
        ev("proposed", D13, 1, date_precision="week"),
        ev("on_hold", D21, 2),
        ev("on_hold", D22, 3, date_basis="inferred"),
        ev("postponed", D22, 4, date_basis="inferred"),
    ]
    a = infer_track(SUMMIT, evidence)
    assert a.status == "on_hold" and a.since == D21 and a.as_of == D22
    assert [(h.status, h.event_date) for h in a.history] == [("proposed", D13), ("on_hold", D21)]
    assert a.decisive_ids == [evidence[1].id]
    assert a.independent_sources == 3  # "postponed" agrees with "on hold"
    assert not a.contested
    assert "On hold since 21 Oct 2025" in a.explanation
    assert "the week of 13 Oct 2025" in a.explanation


def test_as_of_restricts_to_earlier_evidence() -> None:
    evidence = [ev("proposed", D13, 1), ev("on_hold", D21, 2)]
    a = infer_track(SUMMIT, evidence, as_of=D16)
    assert (a.status, a.as_of, a.evidence_count) == ("proposed", D13, 1)


def test_context_never_makes_the_summit_held() -> None:
    evidence = [ev("held", date(2025, 8, 1), 1, context=True), ev("on_hold", D21, 2)]
    a = infer_track(SUMMIT, evidence)
    assert a.status == "on_hold"
    assert all(h.status != "held" for h in a.history)


def test_hypothetical_and_negated_do_not_set_status() -> None:
    evidence = [
        ev("proposed", D13, 1),
        ev("cancelled", D21, 2, modality="hypothetical"),
        ev("scheduled", D21, 3, modality="negated"),
    ]
    a = infer_track(SUMMIT, evidence)
    assert a.status == "proposed" and not a.contested


def test_denial_of_a_delay_contests_on_hold() -> None:
    denial = ev(
        "postponed",
        D22,
        3,
        modality="denied",
        exact="“We cannot postpone what has not been agreed upon.”",
    )
    evidence = [ev("on_hold", D21, 1), ev("on_hold", D22, 2), denial]
    a = infer_track(SUMMIT, evidence)
    assert a.status == "on_hold" and a.contested and a.contested_ids == [denial.id]
    assert "denies" in a.explanation


def test_cancelled_headline_contests_on_hold_and_is_improbable() -> None:
    head = ev("cancelled", D22, 3, exact="Trump Cancels Putin Meeting", date_basis="inferred")
    evidence = [ev("on_hold", D21, 1), ev("on_hold", D22, 2, date_basis="inferred"), head]
    a = infer_track(SUMMIT, evidence)
    assert a.status == "on_hold" and a.contested and head.id in a.contested_ids
    assert grade_credibility(evidence)[head.id] == 5
    assert a.confidence == "low"  # two sources (moderate), contested


def test_implausible_move_is_kept_and_contested() -> None:
    # a plan for a day well after the summit told held (not its own days: those restate it)
    evidence = [ev("held", D16, 1), ev("scheduled", date(2025, 10, 30), 2)]
    a = infer_track(SUMMIT, evidence)
    assert a.status == "scheduled" and a.contested
    assert a.history[-1].contested


def test_copies_do_not_corroborate() -> None:
    original = ev("on_hold", D21, 1, exact="The summit has been put on hold, officials said.")
    copy = ev(
        "on_hold",
        D21,
        2,
        exact="The summit has been put on hold, officials said.",
        document_duplicate_of=1,
    )
    same_outlet = ev("on_hold", D21, 3, outlet="Reuters")
    same_outlet2 = ev("on_hold", D21, 4, outlet="reuters")
    a = infer_track(SUMMIT, [original, copy, same_outlet, same_outlet2])
    assert a.independent_sources == 2
    grades = grade_credibility([original, copy])
    assert grades[original.id] != 1 and grades[copy.id] == grades[original.id]


def test_near_identical_quotes_in_two_documents_are_one_source() -> None:
    quote = "“Rubio and Lavrov had a productive call,” an official said on Tuesday."
    a = infer_track(
        CHANNEL,
        [
            ev("call", D21, 1, exact=quote, track_id="c"),
            ev("call", D21, 2, exact=quote, track_id="c"),
        ],
    )
    assert a.independent_sources == 1


def test_channel_cancelled_meeting_is_latest_development_not_closure() -> None:
    evidence = [
        ev("call", D20, 1, track_id="c"),
        ev("call", D22, 2, track_id="c", date_basis="inferred"),
        ev("cancelled", D21, 3, track_id="c", exact="An in-person meeting is not necessary."),
    ]
    a = infer_track(CHANNEL, evidence)
    assert (a.status, a.since, a.as_of) == ("active", D20, D22)
    assert a.latest is not None and (a.latest.signal, a.latest.date) == ("cancelled", D21)
    assert a.latest.effect == "development"
    assert "does not change the status" in a.explanation
    assert not a.contested


def test_a_newer_confirmation_moves_as_of_but_not_since() -> None:
    first = [ev("on_hold", D21, 1), ev("on_hold", D21, 2)]
    later = [*first, ev("postponed", date(2025, 10, 28), 3, published=date(2025, 10, 28))]
    a, b = infer_track(SUMMIT, first), infer_track(SUMMIT, later)
    assert (a.status, a.since, a.as_of) == ("on_hold", D21, D21)
    assert (b.status, b.since, b.as_of) == ("on_hold", D21, date(2025, 10, 28))


def test_an_older_claim_outweighed_by_the_status_says_so() -> None:
    evidence = [
        ev("on_hold", D22, 1),
        ev("on_hold", D22, 2),
        ev("scheduled", D22, 3, exact="Officials insist the summit is still scheduled."),
    ]
    a = infer_track(SUMMIT, evidence)
    assert a.status == "on_hold"
    assert a.latest is not None and a.latest.signal == "scheduled"
    assert a.latest.effect == "outweighed" and "rests on more or better sources" in a.explanation


def test_a_next_event_whose_day_passed_is_overdue() -> None:
    from tracker.domain.models import NextEvent

    event = NextEvent(date=date(2025, 10, 24), place="London")
    assert not event.overdue_on(date(2025, 10, 24))
    assert event.overdue_on(date(2025, 10, 25))
    assert not NextEvent(place="London").overdue_on(date(2030, 1, 1))


def test_next_event_from_a_future_scheduled_meeting() -> None:
    exact = "A meeting of the coalition is scheduled for October 24th in London, focusing on arms."
    a = infer_track(COALITION, [ev("scheduled", date(2025, 10, 24), 1, track_id="g", exact=exact)])
    assert a.status == "active" and a.as_of == D22  # the announcement's date
    assert a.next_event is not None
    assert (a.next_event.date, a.next_event.place) == (date(2025, 10, 24), "London")
    assert a.next_event.what == "A meeting of the coalition"


def test_future_claims_count_as_proposed_for_a_summit() -> None:
    a = infer_track(SUMMIT, [ev("held", D22, 1, modality="future")])
    assert a.status == "proposed"


def test_confidence_rises_with_independent_sources() -> None:
    one = infer_track(SUMMIT, [ev("on_hold", D21, 1, reliability="C")])
    three = infer_track(SUMMIT, [ev("on_hold", D21, d) for d in (1, 2, 3)])
    assert one.confidence == "low" and three.confidence == "high"


def test_stale_evidence_lowers_confidence() -> None:
    old = [ev("on_hold", date(2025, 8, 1), d) for d in (1, 2, 3)]
    a = infer_track(SUMMIT, old, as_of=date(2025, 10, 22))
    assert a.confidence == "moderate"


def test_deterministic() -> None:
    evidence = [ev("on_hold", D21, 1), ev("postponed", D21, 2), ev("cancelled", D22, 3)]
    assert infer_track(SUMMIT, evidence) == infer_track(SUMMIT, list(reversed(evidence)))


def test_grades() -> None:
    evidence = [
        ev("on_hold", D21, 1),
        ev("on_hold", D22, 2),
        ev("scheduled", D21, 3, reliability="B"),
        ev("preparing", D21, 4, reliability="D"),
        ev("cancelled", D21, 5, modality="hypothetical"),
        ev(None, D21, 6),
    ]
    grades = grade_credibility(evidence)
    assert [grades[e.id] for e in evidence] == [1, 1, 2, 3, 4, 6]


def test_a_past_event_known_to_the_articles_own_year_comes_before_the_articles_day() -> None:
    """ "Talks held earlier this year" in an article that says the talks stalled: the talks
    came first, the article's present holds."""
    talks = Track(id="t", title="Talks", kind="talks", actors=[Actor(name="A")], keywords=["talks"])
    pub = date(2025, 11, 11)
    held = ev("held", date(2025, 1, 1), 1, track_id="t", date_precision="year", published=pub)
    stalled = ev("stalled", pub, 1, track_id="t", published=pub)
    a = infer_track(talks, [held, stalled])
    assert a.status == "stalled"
    assert claim_date(held) == date(2025, 11, 10)


D23, D24, D28 = (date(2025, 10, d) for d in (23, 24, 28))


def test_reports_that_walk_a_cancellation_back_settle_on_the_least_committal_halt() -> None:
    # On hold, then "cancelled", then "postponed" (a firmer halt walked back), then
    # "cancelled" again: the sources agree only that it is not going ahead for now.
    evidence = [
        ev("proposed", D13, 1, published=D13),
        ev("on_hold", D21, 2, published=D21),
        ev("cancelled", D22, 3, published=D22),
        ev("postponed", D23, 4, published=D23),
        ev("cancelled", D24, 5, published=D24),
        ev("postponed", D28, 6, published=D28),
    ]
    a = infer_track(SUMMIT, evidence)
    assert (a.status, a.since, a.as_of) == ("on_hold", D21, D28)
    assert a.contested
    assert set(a.contested_ids) == {evidence[2].id, evidence[4].id}
    assert [(h.status, h.event_date) for h in a.history] == [("proposed", D13), ("on_hold", D21)]
    assert a.decisive_ids[0] == evidence[1].id
    assert "disagree whether it was postponed or cancelled" in a.history[-1].rationale
    assert "at least on hold" in a.history[-1].rationale
    # As the record stood before the walk-back, the cancellation stood.
    before = infer_track(SUMMIT, evidence, as_of=D22)
    assert (before.status, before.since) == ("cancelled", D22)
    settled = infer_track(SUMMIT, evidence, as_of=D23)
    assert (settled.status, settled.since) == ("on_hold", D21)


def test_a_halt_that_only_hardens_keeps_its_latest_status() -> None:
    evidence = [
        ev("proposed", D13, 1, published=D13),
        ev("postponed", D21, 2, published=D21),
        ev("cancelled", D24, 3, published=D24),
    ]
    a = infer_track(SUMMIT, evidence)
    assert (a.status, a.since) == ("cancelled", D24)
    assert [h.status for h in a.history] == ["proposed", "postponed", "cancelled"]


def test_a_walk_back_settles_on_a_channel_too() -> None:
    evidence = [
        ev("held", D13, 1, track_id="c", published=D13),
        ev("on_hold", D21, 2, track_id="c", published=D21),
        ev("closed", D22, 3, track_id="c", published=D22),
        ev("suspended", D24, 4, track_id="c", published=D24),
    ]
    a = infer_track(CHANNEL, evidence)
    assert (a.status, a.since) == ("stalled", D21)
    assert a.contested


def test_the_next_event_finds_its_own_cue_without_compiling_the_lexicon() -> None:
    lexicon = Lexicon(load_lexicon().data)
    exact = "Talks between the envoys are set to take place on October 24th in Geneva."
    e = ev("scheduled", date(2025, 10, 24), 1, track_id="g", exact=exact, cue="set to take place")
    a = infer_track(COALITION, [e], lexicon=lexicon)
    assert a.next_event is not None
    assert (a.next_event.what, a.next_event.place) == ("Talks between the envoys", "Geneva")
    assert "signals" not in vars(lexicon)  # one phrase compiled, not every cue


def test_an_analysts_signal_finds_a_cue_of_that_signal() -> None:
    exact = "A meeting of the coalition is scheduled for October 24th in London."
    e = ev(
        "scheduled",
        date(2025, 10, 24),
        1,
        track_id="g",
        exact=exact,
        cue="was called off",  # the machine's cue of the signal the analyst replaced
        machine={"signal": "cancelled"},
    )
    a = infer_track(COALITION, [e])
    assert a.next_event is not None and a.next_event.what == "A meeting of the coalition"
