"""A summit or conference told ahead in the present (``tracker.extract.previews``): a
preview's headline or lead in the simple present or the progressive ("leaders meet next
week", "leaders are arriving on Friday", "is only days away from hosting"), its start told
ahead ("will begin tomorrow"), on a dated page and on one that prints no date, and the
present with no day of its own on a page that sets the event ahead. Refusals: the present of
a report once the event began, a present told for the article's own day, a wish, a plan
undone. The sentences are the project's own, on an invented forum (docs/lexicon.md, "A
summit told ahead in the present")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.invented import ANDES_BALTIC_FORUM, PUB, SUMMIT, TRACKS
from tracker.domain.models import Finding
from tracker.extract import extract_document
from tracker.extract.rulenames import PRESENT_OF_A_PREVIEW

FORUM = ANDES_BALTIC_FORUM  # PUB is Wednesday 4 March 2026


def _read(text: str, published: date | None = PUB) -> list[Finding]:
    found = extract_document(text, published, [*TRACKS, FORUM])
    return [f for f in found if f.track_id == FORUM.id]


def _last(text: str, published: date | None = PUB) -> Finding:
    found = _read(text, published)
    assert found, text
    return found[-1]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Andes-Baltic Forum leaders meet in Tallinn next week.", date(2026, 3, 9)),
        ("Leaders are arriving in Tallinn on Friday for the Andes-Baltic Forum.", date(2026, 3, 6)),
        ("Leaders gather in Tallinn on Friday for the Andes-Baltic Forum.", date(2026, 3, 6)),
        ("Forum heads converge on Tallinn this weekend for the Andes-Baltic Forum.", None),
        ("Tallinn is only days away from hosting the Andes-Baltic Forum.", None),
        ("The Andes-Baltic Forum will begin in Tallinn tomorrow.", date(2026, 3, 5)),
        ("The Andes-Baltic Forum is set to get under way in Tallinn on Friday.", date(2026, 3, 6)),
    ],
)
def test_a_present_told_ahead_of_its_day_is_the_event_scheduled(
    sentence: str, day: date | None
) -> None:
    f = _last(sentence)
    assert f.signal == "scheduled", f.rule
    assert PRESENT_OF_A_PREVIEW in (f.rule or "")
    if day is not None:
        assert f.event_date == day


@pytest.mark.parametrize(
    "sentence",
    [
        "Andes-Baltic Forum leaders meet in Tallinn on Monday.",
        "Leaders are arriving in Tallinn this week for the Andes-Baltic Forum.",
        "The Andes-Baltic Forum will begin in Tallinn tomorrow.",
    ],
)
def test_on_a_page_with_no_date_the_present_ahead_is_scheduled_with_no_day(sentence: str) -> None:
    f = _last(sentence, None)
    assert f.signal == "scheduled", f.rule
    assert f.event_date is None


def test_a_present_with_no_day_on_a_page_that_sets_the_event_ahead() -> None:
    text = (
        "The Andes-Baltic Forum will take place in Tallinn on 12 March. "
        "Tallinn is hosting the Andes-Baltic Forum for the first time. "
        "Paredes takes part in the Andes-Baltic Forum for Bolivia."
    )
    *_, hosting, part = _read(text)
    for f in (hosting, part):
        assert f.signal == "scheduled", f.rule
        assert f.event_date == date(2026, 3, 12)


def test_attendance_told_in_the_present_beside_a_future_is_the_plan() -> None:
    text = (
        "The Andes-Baltic Forum will take place in Tallinn on 12 March. "
        "Among those attending the Andes-Baltic Forum will be Paredes and Tamm."
    )
    f = _last(text)
    assert f.signal == "scheduled", f.rule
    assert f.event_date == date(2026, 3, 12)


@pytest.mark.parametrize(
    "text",
    [
        # the present of a report once the event began (the past on the page)
        "The Andes-Baltic Forum opened in Tallinn on Monday. "
        "Andes-Baltic Forum leaders meet again in Tallinn on Friday.",
        "Andes-Baltic Forum leaders have gathered in Tallinn. "
        "Tallinn is hosting the Andes-Baltic Forum for the first time.",
        # told for the article's own day, as under way
        "Andes-Baltic Forum leaders are meeting in Tallinn today.",
        "Leaders are now arriving in Tallinn for the Andes-Baltic Forum.",
        # a wish, a proposal
        "Tamm hopes Andes-Baltic Forum leaders meet in Tallinn next week.",
        "Paredes proposes that Andes-Baltic Forum leaders gather in Tallinn on Friday.",
        # a plan undone
        "The Andes-Baltic Forum had been due to open in Tallinn on Friday.",
        # a negation
        "The Andes-Baltic Forum will not begin in Tallinn tomorrow.",
        # a future with a word between the modal and the verb, of another meeting
        "Tamm will also meet Paredes on the sidelines of the Andes-Baltic Forum on Friday.",
    ],
)
def test_refusals_keep_the_reading_they_had(text: str) -> None:
    for f in _read(text):
        assert PRESENT_OF_A_PREVIEW not in (f.rule or ""), (f.exact, f.rule)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Andes-Baltic Forum runs from Monday to Friday in Tallinn.",
        "The Andes-Baltic Forum in Tallinn runs from Tuesday through Thursday.",
        "Andes-Baltic Forum leaders meet in Tallinn from Monday until Wednesday.",
    ],
)
def test_a_range_of_weekdays_holding_the_articles_day_is_the_event_under_way(
    sentence: str,
) -> None:
    f = _last(sentence)  # PUB is a Wednesday
    assert f.signal == "held", f.rule
    assert f.event_date is not None and f.event_date <= PUB
    assert f.event_date.weekday() in (0, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        # the range ahead of the article's day, or told in the future
        "The Andes-Baltic Forum runs from Thursday to Saturday in Tallinn.",
        "The Andes-Baltic Forum will run from Monday to Friday in Tallinn.",
    ],
)
def test_a_range_ahead_or_told_in_the_future_stays_a_plan(sentence: str) -> None:
    f = _last(sentence)
    assert f.signal != "held"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tallinn is in the final stages of preparing to welcome leaders to the Andes-Baltic Forum.",
        "Tallinn gets ready for the Andes-Baltic Forum.",
        "Estonia is getting ready for this year's Andes-Baltic Forum.",
        "Tallinn prepares to host delegates for the Andes-Baltic Forum.",
    ],
)
def test_a_host_getting_ready_is_the_event_in_preparation(sentence: str) -> None:
    assert _last(sentence).signal == "preparing"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tallinn is not ready for the Andes-Baltic Forum.",
        "Tallinn was getting ready for the Andes-Baltic Forum when it was called off.",
    ],
)
def test_a_host_not_ready_or_a_preparation_undone_is_no_preparation(sentence: str) -> None:
    f = _last(sentence)
    assert f.signal != "preparing" or f.modality in ("negated", "denied", "hypothetical")


@pytest.mark.parametrize(
    "sentence",
    [
        # the present is the forum's, in a clause of its own, not the summit's
        "Quispe's landing opened a three-day visit that overlaps with the Andes-Baltic Forum, "
        "which opens Friday in Tallinn.",
        # another event opened by one of the summit's people: its start, not the summit's
        "Mensah will formally open the Andes-Baltic Forum in Tallinn on Friday.",
    ],
)
def test_a_present_of_another_event_is_not_the_tracks(sentence: str) -> None:
    found = extract_document(sentence, PUB, [*TRACKS, FORUM])
    for f in found:
        if f.track_id == SUMMIT.id:
            assert PRESENT_OF_A_PREVIEW not in (f.rule or ""), f.rule
