"""An ongoing track shown in use: its own sides exchanging drafts, handing over a reply,
sending a delegation, read `active` on talks, and weighed low in inference (it confirms a
track carrying on and never reopens a halt). Sentences invented, in the constructions of
the pages docs/lexicon.md names."""

from __future__ import annotations

from datetime import date
from itertools import count
from typing import Any

import pytest

from tests.unit.invented import PUB, TALKS
from tracker.domain.models import Evidence, Finding, Track
from tracker.extract import extract_document
from tracker.extract.inuse import is_in_use_cue
from tracker.infer import infer_track
from tracker.infer.claims import IN_USE_WEIGHT, claimed_status

LEAD = "Norway and Chile held fisheries talks in Reykjavik last month."


def _finding(sentence: str, track: Track = TALKS) -> Finding:
    found = [
        f
        for f in extract_document(f"{LEAD} {sentence}", PUB, [track])
        if f.track_id == track.id and sentence[:25] in f.exact
    ]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        # contacts between the sides
        ("Solberg and Rivas exchanged messages over the weekend.", "exchanged messages"),
        ("The two sides exchanged draft proposals on Wednesday.", "exchanged draft proposals"),
        (
            "Negotiators from both sides have been in close contact in recent weeks.",
            "have been in close contact",
        ),
        ("The negotiators discussed Chilean purchases of Norwegian salmon.", "discussed"),
        # the process taking a step
        (
            "Norway handed over its draft text to the Chilean delegation on Monday.",
            "handed over its draft",
        ),
        (
            "Chile submitted its written reply to the Norwegian proposal on the talks agenda.",
            "submitted its written reply",
        ),
        ("The two sides agreed on the next steps toward a quota deal.", "agreed on the next steps"),
        (
            "Solberg and Rivas decided on arrangements for the next stage of the talks.",
            "decided on arrangements",
        ),
        (
            "Norwegian negotiators continued their discussion of the draft on Sunday.",
            "continued their discussion",
        ),
        (
            "Both sides engaged in frank and detailed exchanges on the quota tables.",
            "engaged in frank and detailed exchanges",
        ),
        ("Solberg and Rivas were meeting at the town hall in Reykjavik.", "were meeting"),
        ("Solberg and Rivas spoke directly for forty minutes.", "spoke directly"),
        # a pronoun, a participle: the side named before
        (
            "Chile confirmed on Monday that it had dispatched a delegation to Reykjavik.",
            "dispatched a delegation",
        ),
        (
            "The Chilean team welcomed the text, pledging to continue the quota work.",
            "pledging to continue",
        ),
        (
            "Norway put forward a fresh proposal on the hake quota in the talks.",
            "put forward a fresh proposal",
        ),
        (
            "Chile is studying the Norwegian proposal on the talks agenda.",
            "is studying the Norwegian proposal",
        ),
        ("Talks between Norway and Chile are at an advanced stage.", "are at an advanced stage"),
        ("Before the round, Solberg and Rivas conferred for two hours.", "conferred"),
        # the delegations at the venue, the session begun, rounds conducted
        (
            "Both delegations are still in Reykjavik, a hopeful sign for the talks.",
            "delegations are still in",
        ),
        (
            "Solberg and Rivas began the session at nine in the morning.",
            "began the session",
        ),
        (
            "Norway and Chile have been conducting new rounds of negotiations since May.",
            "conducting new rounds",
        ),
        (
            'Chile said it had delivered a "constructive" reply to Norway in the talks.',
            'delivered a "constructive" reply',
        ),
        (
            "The Chilean delegation presented a blueprint for quota sharing in the talks.",
            "presented a blueprint",
        ),
    ],
)
def test_the_sides_doing_the_talks_work_show_them_active(sentence: str, cue: str) -> None:
    f = _finding(sentence)
    assert (f.signal, f.cue, claimed_status(f, TALKS.kind)) == ("engaged", cue, "active")
    assert is_in_use_cue(f.cue)


def test_the_act_is_dated_to_its_day() -> None:
    f = _finding("The two sides exchanged draft proposals on Monday.")
    assert f.event_date == date(2026, 3, 2)  # the Monday before Wednesday 4 March


@pytest.mark.parametrize(
    "sentence",
    [
        # a hope or a demand
        "Solberg said the two sides should exchange draft proposals soon.",
        "Rivas urged Norway to hand over its draft text this week.",
        # a negation, a denial
        "Chile has not handed over its draft text to the Norwegian side.",
        "Norway denied that the negotiators discussed salmon purchases.",
        # a condition
        "If Chile submits its reply, the negotiators will meet in Oslo.",
        # another body's act, contacts with another
        "The European Union handed over its own draft on fishing quotas.",
        "The mediators exchanged messages with both delegations.",
        "Norway exchanged messages with Iceland about the quota tables.",
        # a speaker's general view
        "Solberg said negotiators usually exchange draft texts before a round.",
        # a stronger cue in the sentence reads
        "Chile suspended the talks on Monday after the two sides exchanged drafts.",
        # who leads a delegation is its make-up, no act (corpus 102, 311)
        "Solberg heads the Norwegian delegation in the talks.",
    ],
)
def test_not_done_or_not_theirs_reads_no_activity(sentence: str) -> None:
    found = [
        f for f in extract_document(f"{LEAD} {sentence}", PUB, [TALKS]) if sentence[:25] in f.exact
    ]
    assert all(not is_in_use_cue(f.cue) for f in found), found
    assert all(claimed_status(f, TALKS.kind) != "active" for f in found), found


# -- inference: the reading confirms, never moves

_ids = count(1)
TRACK = Track(id="t", title="Talks", kind="talks", keywords=["talks"])


def _ev(signal: str, cue: str, day: date, doc: int, **kw: Any) -> Evidence:
    exact = f"{cue} on day {day.isoformat()} in document {doc}"
    values: dict[str, Any] = {
        "id": next(_ids),
        "document_id": doc,
        "track_id": "t",
        "start": 0,
        "end": len(exact),
        "exact": exact,
        "signal": signal,
        "cue": cue,
        "event_date": day,
        "date_precision": "day",
        "date_basis": "stated",
        "published": day,
        "reliability": "B",
        "outlet": f"Outlet {doc}",
    }
    values.update(kw)
    return Evidence(**values)


def _in_use(day: date, doc: int) -> Evidence:
    return _ev("engaged", "exchanged draft proposals", day, doc)


D1, D5, D9 = date(2026, 2, 1), date(2026, 2, 5), date(2026, 2, 9)


def test_a_suspended_track_is_not_reopened_by_the_sides_in_use_alone() -> None:
    evidence = [
        _ev("suspended", "suspended", D1, 1),
        *(_in_use(D5, doc) for doc in (2, 3, 4)),
        *(_in_use(D9, doc) for doc in (5, 6)),
    ]
    assert infer_track(TRACK, evidence).status == "suspended"


def test_a_halt_told_the_same_day_is_not_outvoted() -> None:
    evidence = [
        _ev("held", "met", D1, 1),
        _ev("stalled", "stalled", D5, 2),
        *(_in_use(D5, doc) for doc in (3, 4, 5)),
    ]
    assert infer_track(TRACK, evidence).status == "stalled"


def test_the_sides_in_use_confirm_active_talks_and_open_them_alone() -> None:
    assert infer_track(TRACK, [_in_use(D1, 1)]).status == "active"
    held = [_ev("held", "met", D1, 1), _in_use(D9, 2)]
    a = infer_track(TRACK, held)
    assert (a.status, a.as_of) == ("active", D9)


def test_an_analysts_reading_of_the_same_words_weighs_in_full() -> None:
    assert IN_USE_WEIGHT < 1
    confirmed = _ev("engaged", "exchanged draft proposals", D5, 2, reading="confirmed")
    evidence = [_ev("suspended", "suspended", D1, 1), confirmed]
    assert infer_track(TRACK, evidence).status == "active"
