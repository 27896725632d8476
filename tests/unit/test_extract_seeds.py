"""Extraction on the five seed articles (raw text, published 2025-10-22)."""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from pathlib import Path

from tracker.domain.models import Finding, Track
from tracker.extract import extract_document
from tracker.extract.dates import DocDateInput, infer_document_dates
from tracker.paths import resources_dir, seeds_dir

PUB = date(2025, 10, 22)


@lru_cache(maxsize=1)
def tracks() -> tuple[Track, ...]:
    data = json.loads((resources_dir() / "tracks.json").read_text("utf-8"))
    return tuple(Track.model_validate(t) for t in data["tracks"])


@lru_cache(maxsize=1)
def seeds() -> tuple[tuple[str, str], ...]:
    return tuple((p.name, p.read_text("utf-8")) for p in sorted(Path(seeds_dir()).glob("*.txt")))


@lru_cache(maxsize=1)
def findings() -> dict[str, list[Finding]]:
    return {name: extract_document(text, PUB, tracks()) for name, text in seeds()}


def test_every_quote_is_anchored() -> None:
    for name, text in seeds():
        for f in findings()[name]:
            assert text[f.start : f.end] == f.exact, name
            assert f.exact == f.exact.strip()
            assert text[max(0, f.start - 32) : f.start] == f.prefix
            assert text[f.end : f.end + 32] == f.suffix


def test_no_evidence_from_boilerplate() -> None:
    furniture = (
        "Read More",
        "Share This Article",
        "Post a Comment",
        "#TrumpPutinSummit",
        "Sponsored",
    )
    for name, _text in seeds():
        for f in findings()[name]:
            assert not f.exact.startswith(furniture), (name, f.exact)
            assert "Feb. 3, 2026" not in f.exact


def test_the_related_news_list_gives_no_evidence() -> None:
    name, text = seeds()[1]
    tail = text.index("#Global News")
    assert all(f.start < tail for f in findings()[name])


def test_headline_of_004_is_cancelled_evidence() -> None:
    name = seeds()[4][0]
    head = findings()[name][0]
    assert head.start == 0 and head.signal == "cancelled" and head.track_id == "trump-putin-summit"


def test_monday_call_and_relative_dates() -> None:
    channel = [f for f in findings()[seeds()[0][0]] if f.track_id == "rubio-lavrov-channel"]
    monday = next(f for f in channel if "on Monday" in f.exact)
    assert (monday.signal, monday.event_date, monday.date_basis) == (
        "call",
        date(2025, 10, 20),
        "stated",
    )
    summit = [f for f in findings()[seeds()[1][0]] if f.track_id == "trump-putin-summit"]
    last_week = next(f for f in summit if f.exact.startswith("Last week"))
    assert (last_week.signal, last_week.event_date, last_week.date_precision) == (
        "proposed",
        date(2025, 10, 13),
        "week",
    )


def test_anchorage_sentences_are_context() -> None:
    for name, _text in seeds():
        for f in findings()[name]:
            named = "Anchorage" in f.exact or "Alaska" in f.exact
            if f.track_id == "trump-putin-summit" and named:
                assert f.context, (name, f.exact)
                assert f.signal != "held" or f.context


def test_kremlin_denial_is_denied_not_postponed() -> None:
    found = [f for fs in findings().values() for f in fs if "cannot postpone" in f.exact]
    assert found and all(f.modality == "denied" for f in found)


def test_coalition_meeting_in_london() -> None:
    coalition = [
        f for fs in findings().values() for f in fs if f.track_id == "coalition-of-the-willing"
    ]
    london = next(f for f in coalition if "London" in f.exact)
    assert (london.signal, london.event_date) == ("scheduled", date(2025, 10, 24))


def test_undated_seeds_take_the_date_of_001() -> None:
    docs = [
        DocDateInput(i, text, PUB if i == 1 else None, "stated" if i == 1 else "unknown")
        for i, (_name, text) in enumerate(seeds())
    ]
    out = infer_document_dates(docs)
    assert set(out) == {0, 2, 3, 4}
    for day, basis in out.values():
        assert day == PUB
        assert basis.startswith("shares ") and "document 1 dated 2025-10-22" in basis
