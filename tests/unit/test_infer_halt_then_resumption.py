"""A halt and a resumption told for the same day: the halt came first.

A court bars a government from signing at dawn; by the afternoon a judge lifts the order and
the deal is signed. Two articles of the same day tell the track ``suspended`` and ``active``
for one event date. A resumption presupposes the halt before it, so the day reads as two
steps, the halt then the resumption, whichever article was stored first. Without a
resumption on the day (a signing and a halt alone) the day's vote decides as before.
Hand-made evidence first, then articles written for these tests read by the whole
pipeline, and the lexicon's cue for an injunction lifted."""

from __future__ import annotations

from datetime import date
from itertools import count
from typing import Any

import pytest

from tests.unit.handmade import excerpt
from tracker.domain.models import Actor, Evidence, Track
from tracker.extract.lexicon import load_lexicon
from tracker.extract.signals import find_cues
from tracker.infer import infer_track
from tracker.infer.status import _halt_then_resumption
from tracker.services.ingest import ingest_text
from tracker.services.status import history, track_status
from tracker.services.track_admin import add_track
from tracker.storage.db import Store

TALKS = Track(
    id="t",
    title="Norway–Vietnam fisheries talks",
    kind="talks",
    actors=[Actor(name="Ingrid Dahl", aliases=["Dahl"]), Actor(name="Tran Van Minh")],
    parties=["Norway", "Vietnam"],
    keywords=["fisheries talks"],
)
_ids = count(1)
APR2, APR9 = date(2026, 4, 2), date(2026, 4, 9)


def ev(signal: str, day: date, doc: int, **kw: Any) -> Evidence:
    """An excerpt of document ``doc`` on the talks track, its date stated, a B outlet."""
    kw.setdefault("published", APR9)
    return excerpt(signal, day, doc, ids=_ids, salt="resume", **kw)


def _round() -> Evidence:
    return ev("held", APR2, 9, published=APR2)


@pytest.mark.parametrize("halt_first", [True, False], ids=["halt-stored-first", "resume-first"])
def test_a_resumption_the_same_day_follows_the_halt(halt_first: bool) -> None:
    halt = ev("talks_halted", APR9, 1, reliability="A")
    resumed = ev("resumed", APR9, 2)
    signed = ev("signed", APR9, 2)
    told = [halt, resumed, signed] if halt_first else [resumed, signed, halt]
    a = infer_track(TALKS, [_round(), *told])
    assert a.status == "active", a.explanation
    assert [h.status for h in a.history][-2:] == ["suspended", "active"]
    assert a.history[-1].event_date == APR9


def test_a_signing_beside_a_halt_with_no_resumption_is_the_day_s_vote() -> None:
    """Without a resumption nothing says which came first: the better-sourced halt stands."""
    halt = ev("talks_halted", APR9, 1, reliability="A")
    halt_again = ev("talks_halted", APR9, 3, reliability="A")
    signed = ev("signed", APR9, 2, reliability="C")
    a = infer_track(TALKS, [_round(), halt, halt_again, signed])
    assert a.status == "suspended", a.explanation


def test_a_resumption_on_another_day_leaves_each_day_alone() -> None:
    halt = ev("talks_halted", APR9, 1)
    resumed_before = ev("resumed", date(2026, 4, 5), 2)
    a = infer_track(TALKS, [_round(), resumed_before, halt])
    assert a.status == "suspended", a.explanation


def test_a_resumption_denied_is_no_resumption() -> None:
    """A resumption claim must tell the track going on: a denial claims nothing."""
    halt = ev("talks_halted", APR9, 1)
    denied = ev("resumed", APR9, 2, modality="denied")
    a = infer_track(TALKS, [_round(), halt, denied])
    assert a.status == "suspended", a.explanation


def test_the_day_splits_only_when_it_holds_both() -> None:
    from tracker.infer.claims import Claim

    def claim(signal: str, status: str) -> Claim:
        return Claim(ev(signal, APR9, 1), status, APR9, 1.0, "g")

    halt, resumed = claim("talks_halted", "suspended"), claim("resumed", "active")
    assert _halt_then_resumption([halt, resumed], TALKS.kind) == [[halt], [resumed]]
    assert _halt_then_resumption([halt], TALKS.kind) == [[halt]]
    assert _halt_then_resumption([resumed], TALKS.kind) == [[resumed]]
    signed = claim("signed", "active")
    assert _halt_then_resumption([halt, signed], TALKS.kind) == [[halt, signed]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The judge lifted that injunction after a short hearing.",
        "A senior judge overturned the interim injunction on Thursday.",
        "The court quashed an emergency injunction within hours.",
        "The injunction was lifted by the afternoon.",
        "By noon the interim injunction had been discharged.",
    ],
    ids=["lifted", "overturned", "quashed", "passive", "discharged"],
)
def test_an_injunction_lifted_reads_as_the_track_resumed(sentence: str) -> None:
    assert "resumed" in {c.signal for c in find_cues(sentence, load_lexicon())}


@pytest.mark.parametrize(
    "sentence",
    [
        "The court granted an injunction in the early hours.",
        "The judge refused to hear the case on Thursday.",
        "The government lifted its travel ban on Tuesday.",
    ],
    ids=["granted", "no-injunction", "travel-ban"],
)
def test_other_court_news_reads_no_resumption(sentence: str) -> None:
    assert "resumed" not in {c.signal for c in find_cues(sentence, load_lexicon())}


HEAD_HALT = "Court blocks fisheries deal\n\nNordic Ledger\n\nOSLO, April 9, 2026 - "
HEAD_SIGNED = "Fisheries deal signed after all\n\nHanoi Courier\n\nHANOI, April 9, 2026 - "
HALTED = (
    "Norway has been temporarily barred from concluding its fisheries talks with Vietnam after "
    "a judge in Oslo granted an injunction early on Thursday.\n"
)
RESUMED = (
    "Norway and Vietnam signed the fisheries agreement on Thursday afternoon, ending the "
    "fisheries talks. The Oslo judge lifted the injunction against the Norway fisheries talks "
    "after a hearing on Thursday.\n"
)


def _track(store: Store) -> None:
    add_track(
        store,
        title="Norway–Vietnam fisheries talks",
        kind="talks",
        track_id="nv",
        actors=[Actor(name="Ingrid Dahl", aliases=["Dahl"]), Actor(name="Tran Van Minh")],
        parties=["Norway", "Vietnam"],
        places=["Hanoi", "Oslo"],
        keywords=["fisheries talks", "fisheries agreement", "talks"],
    )


@pytest.mark.parametrize("order", ["halt-first", "signed-first"])
def test_in_a_database_the_deal_signed_after_the_injunction_ends_active(
    fresh_db: Store, order: str
) -> None:
    _track(fresh_db)
    articles = [HEAD_HALT + HALTED, HEAD_SIGNED + RESUMED]
    for text in articles if order == "halt-first" else articles[::-1]:
        ingest_text(fresh_db, text)
    status = track_status(fresh_db, "nv")
    assert status.status == "active", status.explanation
    steps = [h.status for h in history(fresh_db, "nv")]
    assert steps[-2:] == ["suspended", "active"], steps
