"""A visit told ahead: set for a day ("is planned for 12 March", "next week's visit", "the
dates … were settled"), proposed by a remark ("is coming to Accra", "come visit us"),
prepared ("working out a visit"), held back ("no plans yet for <A> to visit") and begun
("<A> and <B> begin state visit"). Each with its refusals: a negation, a wish, a question, another visit elsewhere, a past visit (a
condition keeps a plan proposed with no day fixed, as labelling convention 6 reads it). The
sentences are the project's own, on an invented visit (docs/lexicon.md, "Visits told ahead:
set, proposed by a remark, held back")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.invented import PUB, TRACKS, quispe_ghana_visit
from tracker.domain.models import Finding
from tracker.extract import extract_document
from tracker.extract.lexicon import load_lexicon

VISIT = quispe_ghana_visit(["visit", "state visit", "trip"])


def _read(text: str) -> list[Finding]:
    return [f for f in extract_document(text, PUB, [*TRACKS, VISIT]) if f.track_id == VISIT.id]


def _status(f: Finding) -> str | None:
    """The status the finding claims on the visit (none when its mood withholds it)."""
    if f.signal is None or f.modality in ("negated", "denied", "hypothetical"):
        return None
    return load_lexicon().status_for(f.signal, VISIT.kind)


def _statuses(text: str) -> list[str | None]:
    return [_status(f) for f in _read(text)]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Quispe's visit to Accra is planned for 12 March.", date(2026, 3, 12)),
        (
            "Quispe's two-day state visit to Accra is planned for 12 and 13 March.",
            date(2026, 3, 12),
        ),
        ("Quispe's trip to Ghana has been tentatively planned for Tuesday.", date(2026, 3, 10)),
        ("Crowds will greet Quispe during next week's state visit to Accra.", date(2026, 3, 9)),
        ("The dates of Quispe's visit to Ghana, March 12 and 13, were settled.", date(2026, 3, 12)),
        ("Dates for Quispe's state visit to Accra have now been fixed: March 12 and 13.", None),
    ],
)
def test_a_visit_set_for_its_day(sentence: str, day: date | None) -> None:
    found = _read(sentence)
    assert [_status(f) for f in found] == ["scheduled"]
    if day is not None:
        assert found[0].event_date == day


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe's visit to Accra is planned for later this year.",  # no day: no date set
        "Quispe's visit to Accra is not planned for Tuesday.",  # negated
        "No dates for Quispe's visit to Ghana have been settled.",  # a date still open
        "Quispe met Mensah during last week's state visit to Accra.",  # past, not ahead
    ],
)
def test_no_day_set_is_no_visit_scheduled(sentence: str) -> None:
    assert "scheduled" not in _statuses(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        '"She\'s coming to Accra, yes, toward the end of the year," Mensah said of Quispe.',
        "Mensah said Quispe is coming to Accra soon.",
        "Quispe will come to Ghana, Mensah told reporters.",
        'Mensah told Quispe: "We are waiting for you, come visit us in Accra."',
    ],
)
def test_a_visitor_told_coming_proposes_the_visit(sentence: str) -> None:
    assert _statuses(sentence) == ["proposed"]


def test_a_visitor_told_coming_on_a_set_day_is_still_a_remark() -> None:
    """The remark's cue reads the visit proposed; the coming day dates it."""
    found = _read("Mensah said Quispe is coming to Accra on Tuesday.")
    assert [f.signal for f in found] == ["visit_coming"]
    assert found[0].event_date == date(2026, 3, 10)


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe will not come to Accra this year.",  # negation
        "Mensah hopes Quispe will come to Accra.",  # a wish of the host
        "Quispe is coming to the White House next week.",  # another visit, elsewhere
        # elsewhere, told by an institution of another country while the visit is named
        "Mensah said Quispe is coming to the White House next week after her state visit.",
        "Quispe came to Accra in 2019.",  # a past visit
        "Quispe will come to an agreement with Mensah on fishing.",  # no place: no visit
        "Is Quispe coming to Accra?",  # a question
    ],
)
def test_coming_that_proposes_no_visit(sentence: str) -> None:
    assert "proposed" not in _statuses(sentence)


def test_a_condition_sets_no_day_for_the_coming() -> None:
    """A coming under a condition stays a proposal (labelling convention 6) whose day fixes
    no date: not scheduled, as a wished or supposed plan."""
    found = _read("If invited, Quispe will come to Accra on Tuesday.")
    assert [_status(f) for f in found] == ["proposed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "There are no plans yet for Quispe to visit Ghana in the near future, Mensah's office said.",
        "Quispe has no plans to visit Ghana, her spokesman said.",
    ],
)
def test_no_plans_to_visit_holds_the_visit(sentence: str) -> None:
    assert _statuses(sentence) == ["on_hold"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe has plans to visit Ghana later this year.",  # a plan, not none
        "There are no plans for Quispe to attend the fishing fair in Accra.",  # no visit
    ],
)
def test_plans_that_hold_nothing(sentence: str) -> None:
    assert "on_hold" not in _statuses(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana coordinating Peruvian leader Quispe's state visit: report",
        "Accra is working out a visit to Ghana by Peruvian President Quispe.",
    ],
)
def test_a_visit_worked_out_is_in_preparation(sentence: str) -> None:
    assert _statuses(sentence) == ["preparing"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe and Mensah begin state visit in Accra",
        "Quispe and her husband begin their visit to Ghana with a wreath-laying.",
    ],
)
def test_a_plural_subject_begins_the_visit(sentence: str) -> None:
    assert _statuses(sentence) == ["held"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe and her husband will begin their visit to Ghana on Monday.",  # ahead
        "Quispe and Mensah are to begin state visit talks in Accra next month.",  # ahead
        "Ahead of the start of her visit, Quispe spoke to reporters in Lima.",  # a noun, ahead
    ],
)
def test_a_visit_begun_ahead_is_not_held(sentence: str) -> None:
    assert "held" not in _statuses(sentence)
