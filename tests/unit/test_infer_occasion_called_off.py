"""An occasion of a process called off on the day the same source says the process goes on.

"The negotiator called off her trip to Hanoi" beside "the trade negotiations continue", in
one article: the trip is called off, the talks go on (active). Told alone, or by another
source, or on another day, the halt stands; "suspended the talks" halts the talks
themselves; an encounter track called off is cancelled. Hand-made evidence first, then
articles written for these tests (invented) read by the whole pipeline."""

from __future__ import annotations

from datetime import date
from itertools import count
from typing import Any

import pytest

from tests.unit.handmade import excerpt
from tracker.domain.models import Actor, Evidence, Track
from tracker.domain.vocabulary import TrackKind
from tracker.extract.lexicon import load_lexicon
from tracker.infer import grade_credibility, infer_track
from tracker.infer.claims import calls_off_an_occasion
from tracker.services import overrides
from tracker.services.ingest import ingest_text
from tracker.services.status import history, track_status
from tracker.services.track_admin import add_track
from tracker.storage.db import Store

TALKS = Track(
    id="t",
    title="Norway–Vietnam trade talks",
    kind="talks",
    actors=[Actor(name="Ingrid Dahl", aliases=["Dahl"]), Actor(name="Tran Van Minh")],
    parties=["Norway", "Vietnam"],
    keywords=["trade talks"],
)
MEETING = TALKS.model_copy(update={"id": "m", "title": "Dahl–Minh meeting", "kind": "meeting"})
_ids = count(1)
MAR1, MAR5, MAR12, MAR13 = (date(2026, 3, d) for d in (1, 5, 12, 13))


def ev(signal: str, day: date, doc: int, **kw: Any) -> Evidence:
    """An excerpt of document ``doc`` on the talks track, its date stated, a B outlet."""
    kw.setdefault("published", MAR13)
    return excerpt(signal, day, doc, ids=_ids, salt="off", **kw)


def _earlier_round() -> Evidence:
    """A round held earlier in the month, in another outlet: the talks were active."""
    return ev("held", MAR1, 9, published=MAR1, exact="The fifth round was held in Oslo.")


# The process told going on, in the forms reporting uses: "the negotiations continue"
# (inferred from the article's day), "officials said the talks are going on" (reported),
# "the negotiators met".
GOING_ON = [
    {"signal": "engaged", "date_basis": "inferred"},
    {"signal": "engaged", "modality": "reported", "date_basis": "inferred"},
    {"signal": "held", "modality": "reported"},
]


@pytest.mark.parametrize("going_on", GOING_ON, ids=["continue", "said-going-on", "met"])
def test_a_trip_called_off_beside_the_talks_going_on_leaves_them_active(
    going_on: dict[str, Any],
) -> None:
    trip = ev("cancelled", MAR12, 1, exact="Dahl called off her planned trip to Hanoi on March 12.")
    kw = dict(going_on)
    on = ev(kw.pop("signal"), MAR12, 1, exact="The trade negotiations with Vietnam go on.", **kw)
    a = infer_track(TALKS, [_earlier_round(), trip, on])
    assert a.status == "active", a.explanation
    assert [h.status for h in a.history] == ["active"]
    assert not a.contested and trip.id not in a.contested_ids
    assert a.latest is not None and a.latest.excerpt == trip.id
    assert a.latest.effect == "development"
    assert "Called off, one occasion of the talks, not the track itself" in a.explanation
    assert f"excerpt {trip.id} " in a.explanation and f"excerpt {on.id}," in a.explanation


def test_the_talks_going_on_do_not_make_the_occasion_called_off_improbable() -> None:
    # a round held a week before in another outlet, and the talks told going on beside the
    # trip called off: the talks are confirmed by two sources, the trip is not contradicted
    week_before = ev("held", MAR5, 9, published=MAR5)
    trip = ev("cancelled", MAR12, 1)
    on = ev("engaged", MAR12, 1, date_basis="inferred")
    grades = grade_credibility([week_before, trip, on], {"t": "talks"})
    assert grades[trip.id] == 2  # a development from a B outlet, told once
    assert grades[week_before.id] == grades[on.id] == 1
    a = infer_track(TALKS, [week_before, trip, on])
    assert a.latest is not None and (a.latest.excerpt, a.latest.effect) == (trip.id, "development")


def test_the_talks_called_off_beside_the_talks_going_on_elsewhere_are_still_improbable() -> None:
    # another source calls off the talks alone, against two sources telling them active
    week_before = ev("held", MAR5, 9, published=MAR5)
    on = ev("engaged", MAR12, 1, date_basis="inferred")
    off = ev("cancelled", MAR12, 2)
    assert grade_credibility([week_before, on, off], {"t": "talks"})[off.id] == 5


def test_the_occasion_called_off_is_a_step_even_as_the_first_news() -> None:
    trip = ev("cancelled", MAR12, 1)
    on = ev("engaged", MAR12, 1, date_basis="inferred")
    a = infer_track(TALKS, [trip, on])
    assert (a.status, a.since, a.contested) == ("active", MAR12, False)


def test_talks_promised_to_go_on_do_not_make_the_halt_a_step() -> None:
    # "the negotiations will continue", "both sides will finish the deal": a plan ahead
    for going_on in ("engaged", "forming"):
        trip = ev("cancelled", MAR12, 1)
        plan = ev(going_on, MAR12, 1, modality="future", date_basis="inferred")
        a = infer_track(TALKS, [_earlier_round(), trip, plan])
        assert (a.status, a.since) == ("suspended", MAR12), going_on


def test_a_meeting_told_without_its_day_is_no_sign_the_talks_go_on() -> None:
    # "the negotiators have met twice since January": a past meeting in passing, dated by
    # the article; told with its day ("met by video on March 12") it is the talks going on
    trip = ev("cancelled", MAR12, 1)
    met = ev("held", MAR12, 1, date_basis="inferred")
    a = infer_track(TALKS, [_earlier_round(), trip, met])
    assert (a.status, a.since) == ("suspended", MAR12)
    met_that_day = met.model_copy(update={"date_basis": "stated"})
    assert infer_track(TALKS, [_earlier_round(), trip, met_that_day]).status == "active"


def test_the_talks_called_off_alone_are_suspended() -> None:
    a = infer_track(TALKS, [_earlier_round(), ev("cancelled", MAR12, 1)])
    assert (a.status, a.since) == ("suspended", MAR12)
    assert "one occasion" not in a.explanation


def test_the_talks_going_on_on_another_day_do_not_make_the_halt_a_step() -> None:
    # the same outlet said on the 5th that the talks went on; on the 12th the trip is off
    on = ev("engaged", MAR5, 1, published=MAR5, date_basis="inferred")
    a = infer_track(TALKS, [on, ev("cancelled", MAR12, 1, published=MAR12)])
    assert (a.status, a.since) == ("suspended", MAR12)


def test_another_source_saying_the_talks_go_on_does_not_make_the_halt_a_step() -> None:
    trip = ev("cancelled", MAR12, 1, reliability="A")
    on = ev("engaged", MAR12, 2, reliability="C", date_basis="inferred")
    a = infer_track(TALKS, [trip, on])
    assert (a.status, a.since) == ("suspended", MAR12)
    assert a.contested and on.id in a.contested_ids


def test_the_talks_suspended_on_their_own_stay_suspended() -> None:
    # "Norway suspended the trade negotiations on March 12" halts the talks themselves,
    # even when the same article says some contact goes on
    halted = ev("suspended", MAR12, 1)
    on = ev("engaged", MAR12, 1, date_basis="inferred")
    a = infer_track(TALKS, [_earlier_round(), halted, on])
    assert (a.status, a.since) == ("suspended", MAR12)
    assert "one occasion" not in a.explanation


def test_an_encounter_called_off_stays_cancelled() -> None:
    off = ev("cancelled", MAR12, 1, track_id="m")
    preparing = ev("preparing", MAR12, 1, track_id="m", date_basis="inferred")
    a = infer_track(MEETING, [off, preparing])
    assert (a.status, a.since) == ("cancelled", MAR12)


def test_an_analyst_who_confirms_the_talks_called_off_has_the_last_word() -> None:
    trip = ev("cancelled", MAR12, 1, reading="confirmed", judged_by="alice")
    on = ev("engaged", MAR12, 1, date_basis="inferred")
    a = infer_track(TALKS, [_earlier_round(), trip, on])
    assert (a.status, a.since) == ("suspended", MAR12)


@pytest.mark.parametrize("kind", ["talks", "channel", "initiative", "coalition"])
def test_a_process_of_any_kind_reads_a_call_off_as_an_occasion(kind: str) -> None:
    lex = load_lexicon()
    assert calls_off_an_occasion(ev("cancelled", MAR12, 1), TrackKind(kind), lex)
    assert not calls_off_an_occasion(ev("suspended", MAR12, 1), TrackKind(kind), lex)
    assert not calls_off_an_occasion(ev("stalled", MAR12, 1), TrackKind(kind), lex)


@pytest.mark.parametrize("kind", ["summit", "meeting", "visit", "conference"])
def test_an_encounter_never_reads_a_call_off_as_an_occasion(kind: str) -> None:
    assert not calls_off_an_occasion(ev("cancelled", MAR12, 1), TrackKind(kind), load_lexicon())


# Articles written for these tests: a dateline, the trip called off in three forms
# (active verb, passive, noun), the talks going on in two.
HEAD = "Norway trade envoy drops Hanoi trip\n\nNordic Ledger\n\nOSLO, March 13, 2026 - "
CALLED_OFF = [
    "Ingrid Dahl, Norway's chief trade negotiator, called off her planned trip to Hanoi on "
    "March 12.",
    "Ingrid Dahl's trip to Hanoi, planned for this week, was cancelled on Thursday, March 12, "
    "her ministry said.",
    "The cancellation of Ingrid Dahl's trip to Hanoi on March 12 came as officials in Oslo and "
    "Hanoi failed to settle the paperwork.",
]
GOES_ON = [
    "The trade negotiations with Vietnam continue, officials said.",
    "Officials in Oslo stressed that the trade talks with Vietnam are still going on.",
]


def _talks_track(store: Store, kind: str = "talks") -> None:
    add_track(
        store,
        title="Norway–Vietnam trade talks",
        kind=kind,
        track_id="nv",
        actors=[
            Actor(name="Ingrid Dahl", aliases=["Dahl"]),
            Actor(name="Tran Van Minh", aliases=["Minh"]),
        ],
        parties=["Norway", "Vietnam"],
        places=["Hanoi", "Oslo"],
        keywords=["trade talks", "negotiations", "talks", "trip", "visit"],
    )


@pytest.mark.parametrize("goes_on", GOES_ON, ids=["continue", "going-on"])
@pytest.mark.parametrize("called_off", CALLED_OFF, ids=["verb", "passive", "noun"])
def test_in_a_database_the_talks_go_on_when_a_trip_is_called_off(
    fresh_db: Store, called_off: str, goes_on: str
) -> None:
    _talks_track(fresh_db)
    ingest_text(fresh_db, f"{HEAD}{called_off}\n\n{goes_on}\n")
    status = track_status(fresh_db, "nv")
    assert status.status == "active", status.explanation
    assert not status.contested
    assert status.latest is not None and status.latest.signal == "cancelled"
    assert status.latest.status is None and status.latest.agrees
    assert "suspended" not in [h.status for h in history(fresh_db, "nv")]


def test_in_a_database_the_talks_called_off_alone_are_suspended(fresh_db: Store) -> None:
    _talks_track(fresh_db)
    ingest_text(
        fresh_db,
        f"{HEAD}Norway and Vietnam called off their trade talks on March 12, officials said.\n",
    )
    assert track_status(fresh_db, "nv").status == "suspended"


@pytest.mark.parametrize(
    "background",
    [
        "The negotiators have met twice since January.",
        "Oslo hopes the trade talks with Vietnam will continue.",
        "The trade negotiations with Vietnam will continue next month.",
    ],
    ids=["met-since", "hope", "will-continue"],
)
def test_in_a_database_a_round_called_off_beside_a_past_meeting_or_a_wish_suspends(
    fresh_db: Store, background: str
) -> None:
    _talks_track(fresh_db)
    ingest_text(
        fresh_db,
        f"{HEAD}Norway's foreign ministry said on Friday that Vietnam had called off the "
        f"next round of trade talks, which was planned for Hanoi.\n\n{background}\n",
    )
    assert track_status(fresh_db, "nv").status == "suspended"


def test_in_a_database_a_meeting_called_off_stays_cancelled(fresh_db: Store) -> None:
    _talks_track(fresh_db, kind="meeting")
    ingest_text(
        fresh_db,
        f"{HEAD}Ingrid Dahl called off her planned meeting with Tran Van Minh in Hanoi on "
        f"March 12.\n\n{GOES_ON[0]}\n",
    )
    assert track_status(fresh_db, "nv").status == "cancelled"


def test_an_override_of_the_talks_going_on_is_not_flagged_by_a_trip_called_off(
    fresh_db: Store,
) -> None:
    # the analyst holds the talks active; a later article calls a trip off and says the
    # negotiations go on: nothing for the analyst to review. Told alone, it is flagged.
    _talks_track(fresh_db)
    overrides.apply_override(fresh_db, "nv", "active", reason="Desk view", analyst="ana")
    ingest_text(fresh_db, f"{HEAD}{CALLED_OFF[0]}\n\n{GOES_ON[0]}\n")
    assert not track_status(fresh_db, "nv").needs_review
    ingest_text(
        fresh_db,
        "Hanoi trip off\n\nDelta Wire\n\nHANOI, March 20, 2026 - Vietnam called off the "
        "trade talks with Norway on March 19, officials said.\n",
    )
    flag = track_status(fresh_db, "nv").review
    assert flag is not None and flag.points_to == "suspended"
