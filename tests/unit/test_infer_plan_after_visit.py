"""A plan told before the arrival never reopens a visit told under way or made: the plan
written the day before ("will arrive on Tuesday"), a later article's recap of it, or a day of
the visit's own programme ahead ("will fly on to Kumasi on Thursday") does not move the
track back to scheduled; a plan for a day well after the visit (another occasion) still
moves it, contested. Hand-made evidence and a small database; articles invented."""

from __future__ import annotations

from datetime import date
from itertools import count
from typing import Any

from tests.unit.handmade import excerpt
from tracker.domain.models import Actor, Evidence, Track
from tracker.infer import infer_track
from tracker.services.ingest import ingest_text
from tracker.services.status import history, track_status
from tracker.services.track_admin import add_track
from tracker.storage.db import Store

VISIT = Track(
    id="v",
    title="Quispe's state visit to Ghana",
    kind="visit",
    actors=[Actor(name="Rosa Quispe", aliases=["Quispe"]), Actor(name="Kwame Mensah")],
    parties=["Peru", "Ghana"],
    places=["Accra"],
    keywords=["visit", "state visit"],
)
_ids = count(1)
MON, TUE, WED, THU = (date(2026, 3, d) for d in (2, 3, 4, 5))


def ev(signal: str, day: date, doc: int, published: date, **kw: Any) -> Evidence:
    kw.setdefault("exact", f"{signal} {doc} {day}")
    kw.setdefault("modality", "future" if signal == "scheduled" else "asserted")
    return excerpt(signal, day, doc, ids=_ids, published=published, salt="", track_id="v", **kw)


def test_the_plan_written_the_day_before_does_not_reopen_the_visit() -> None:
    evidence = [
        ev("scheduled", TUE, 1, MON),  # "Quispe will arrive on Tuesday", Monday's paper
        ev("held", TUE, 2, TUE),  # "Quispe arrived in Accra on Tuesday"
        ev("scheduled", TUE, 3, WED, modality="reported"),  # a recap: "was set for Tuesday"
        ev("scheduled", THU, 4, WED),  # "will fly on to Kumasi on Thursday"
        ev("scheduled", THU, 5, WED),  # the same, another outlet
    ]
    a = infer_track(VISIT, evidence)
    assert a.status == "held"
    assert [s.status for s in a.history] == ["scheduled", "held"]


def test_a_plan_well_after_the_visit_still_moves_it_contested() -> None:
    evidence = [
        ev("held", TUE, 1, TUE),
        ev("scheduled", date(2026, 4, 20), 2, date(2026, 3, 20)),  # a visit next month
    ]
    a = infer_track(VISIT, evidence)
    assert a.status == "scheduled" and a.contested


MONDAY_PAPER = (
    "Quispe to arrive in Ghana on Tuesday\n\nHarbour Post\n\nLIMA, March 2, 2026 - Rosa Quispe "
    "will arrive in Accra on Tuesday for a three-day state visit to Ghana, her office said on "
    "Monday.\n"
)
TUESDAY_PAPER = (
    "Peruvian leader in Ghana\n\nCoast Times\n\nACCRA, March 3, 2026 - Rosa Quispe arrived in "
    "Accra on Tuesday on a three-day state visit to Ghana.\n"
)
WEDNESDAY_PAPER = (
    "Cocoa on the agenda\n\nHarbour Post\n\nACCRA, March 4, 2026 - Rosa Quispe will hold "
    "talks with Kwame Mensah in Accra on Thursday, officials said on Wednesday.\n\nThe state "
    "visit to Ghana is scheduled to end on Thursday.\n"
)


def test_in_a_database_the_visit_made_stays_held(fresh_db: Store) -> None:
    add_track(
        fresh_db,
        title=VISIT.title,
        kind="visit",
        track_id="quispe-ghana",
        actors=VISIT.actors,
        parties=VISIT.parties,
        places=VISIT.places,
        keywords=VISIT.keywords,
    )
    for text in (TUESDAY_PAPER, WEDNESDAY_PAPER, MONDAY_PAPER):
        ingest_text(fresh_db, text)
    status = track_status(fresh_db, "quispe-ghana")
    assert status.status == "held"
    assert [h.status for h in history(fresh_db, "quispe-ghana")][-1] == "held"


def test_one_article_telling_the_visit_made_and_its_plan_as_often_votes_held() -> None:
    # one article, one day: "after a four-day stay in Ghana" (held) and "her first chance to
    # meet people abroad" (proposed), as often and as strongly: the later stage leads
    proposed = ev("proposed", WED, 1, WED)
    held = ev("held", WED, 1, WED)
    for evidence in ([proposed, held], [held, proposed]):
        a = infer_track(VISIT, evidence)
        assert a.status == "held", [(s.status, s.start) for s in a.history]


def test_one_article_telling_a_plan_more_often_still_votes_the_plan() -> None:
    evidence = [
        ev("held", WED, 1, WED),
        ev("proposed", WED, 1, WED, exact="a"),
        ev("proposed", WED, 1, WED, exact="b"),
    ]
    assert infer_track(VISIT, evidence).status == "proposed"
