"""Which event a sentence tells of: a denial of the reports just told, an event of officials
below a leaders' encounter, the plural naming both sides of a divided country, and the
headline's plural present of talks ending without a result. Invented sentences."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, SUMMIT, TALKS
from tracker.domain.models import Actor, Finding, Track
from tracker.extract import extract_document

# Two leaders in office: the engine knows them as leaders (prime ministers).
LEADERS_MEETING = Track(
    id="modi-sharif-meeting",
    title="Modi–Sharif meeting",
    kind="meeting",
    actors=[
        Actor(name="Narendra Modi", aliases=["Modi"]),
        Actor(name="Shehbaz Sharif", aliases=["Sharif"]),
    ],
    parties=["India", "Pakistan"],
    places=["Geneva"],
    keywords=["meeting", "meet"],
)
KOREAN_TALKS = Track(
    id="inter-korean-talks",
    title="Inter-Korean talks",
    kind="talks",
    actors=[],
    parties=["South Korea", "North Korea"],
    places=["Panmunjom"],
    keywords=["talks", "negotiations"],
)


def _findings(text: str, track: Track) -> list[Finding]:
    return [f for f in extract_document(text, PUB, [track]) if f.track_id == track.id]


def _of(findings: list[Finding], words: str) -> Finding | None:
    return next((f for f in findings if words in f.exact), None)


@pytest.mark.parametrize(
    "denial",
    [
        "A government spokeswoman, however, dismissed those reports.",
        "The foreign ministry formally denied the rumours.",
        "An official statement rejected the media reports as groundless.",
        "Islamabad brushed aside such speculation.",
    ],
)
def test_a_denial_of_the_reports_just_told_carries_on_their_event(denial: str) -> None:
    text = (
        "Modi and Sharif will both stay at the same hotel in Geneva next week, and some "
        "newspapers wrote that the two prime ministers could meet there.\n\n" + denial
    )
    found = _of(_findings(text, LEADERS_MEETING), denial[:20])
    assert found is not None
    assert found.signal is None


def test_a_denial_naming_an_event_of_its_own_is_not_carried_on() -> None:
    text = (
        "Modi and Sharif will both stay at the same hotel in Geneva next week, and some "
        "newspapers wrote that the two prime ministers could meet there.\n\n"
        "The ministry dismissed those reports and said a trade conference was going ahead."
    )
    assert _of(_findings(text, LEADERS_MEETING), "trade conference") is None


def test_no_proposal_for_a_meeting_is_a_negated_proposal() -> None:
    text = (
        "Modi and Sharif will both be in Geneva next week.\n\n"
        "India's foreign ministry said there was no proposal for a meeting between Modi "
        "and Sharif."
    )
    found = _of(_findings(text, LEADERS_MEETING), "no proposal")
    assert found is not None
    assert (found.signal, found.modality) == ("proposed", "negated")


def test_talks_of_officials_below_the_leaders_are_not_their_meeting() -> None:
    text = (
        "Modi and Sharif have no plans to meet in Geneva, India said on Monday.\n\n"
        "Talks planned between the national security advisers of the two neighbours "
        "were called off in January.\n\n"
        "Sharif has asked for calm.\n\n"
        "In the talks called off in January, India had wanted to discuss trade alone."
    )
    found = _findings(text, LEADERS_MEETING)
    assert _of(found, "no plans") is not None
    assert _of(found, "national security advisers") is None
    assert _of(found, "In the talks called off") is None


def test_foreign_secretary_level_talks_are_the_officials_own() -> None:
    text = (
        "Modi and Sharif may meet in Geneva next month.\n\n"
        "Foreign secretary-level talks between the two neighbours were put off last week."
    )
    assert _of(_findings(text, LEADERS_MEETING), "secretary-level") is None


def test_the_leaders_themselves_still_carry_on_after_their_officials_talks() -> None:
    text = (
        "Talks between the national security advisers of India and Pakistan were called "
        "off in January.\n\n"
        "Modi and Sharif will meet in Geneva on Friday, India said."
    )
    found = _of(_findings(text, LEADERS_MEETING), "will meet")
    assert found is not None and found.signal is not None


@pytest.mark.parametrize(
    ("sentence", "signal"),
    [
        ("Koreas end three days of talks without a breakthrough", "stalled"),
        ("Koreas wrap up talks with no agreement", "stalled"),
        ("The two Koreas held talks at Panmunjom on Tuesday.", "held"),
    ],
)
def test_the_plural_of_a_divided_country_names_both_sides(sentence: str, signal: str) -> None:
    found = _of(_findings(sentence + "\n\nThe weather was cold.", KOREAN_TALKS), sentence[:12])
    assert found is not None
    assert found.signal == signal


@pytest.mark.parametrize("determiner", ["the", "those", "such"])
def test_dismissing_the_reports_of_a_change_denies_it(determiner: str) -> None:
    text = (
        f"Mensah dismissed {determiner} reports that the Lisbon summit with Quispe had been "
        "postponed."
    )
    found = [f for f in extract_document(text, PUB, [SUMMIT]) if f.track_id == SUMMIT.id]
    assert [(f.signal, f.modality) for f in found] == [("postponed", "denied")]


def test_a_paragraph_opening_on_the_bare_event_word_carries_on_the_headline() -> None:
    text = (
        "Koreas reach early consensus in Panmunjom talks\n\n"
        "* Seoul upbeat on reaching a deal\n\n"
        "* Neighbours look to head off border escalation\n\n"
        "* Talks took in family reunions, tourism and the border"
    )
    found = _of(_findings(text, KOREAN_TALKS), "Talks took in")
    # the talks told by their subject matter: held, so active on talks (corpus convention 11)
    assert found is not None and found.signal == "held"


def test_a_bare_event_word_naming_other_sides_is_not_the_headlines() -> None:
    text = (
        "Koreas reach early consensus in Panmunjom talks\n\n"
        "* Neighbours look to head off border escalation\n\n"
        "* Talks with Japan took in fisheries"
    )
    assert _of(_findings(text, KOREAN_TALKS), "Talks with Japan") is None


def test_a_sentence_opening_on_another_kind_of_event_is_not_the_talks() -> None:
    text = (
        "Peru will host a donors' conference on reconstruction in Lima next month.\n\n"
        "The conference will not take place at the end of the month as planned, an official "
        "said, adding that Norway and Chile were pursuing an effort of their own."
    )
    found = [f for f in extract_document(text, PUB, [TALKS]) if f.track_id == TALKS.id]
    assert not [f for f in found if f.exact.startswith("The conference")]


def test_a_sentence_opening_on_the_talks_themselves_is_theirs() -> None:
    text = (
        "Peru will host a donors' conference on reconstruction in Lima next month.\n\n"
        "The talks will not take place at the end of the month as planned, an official "
        "said, adding that Norway and Chile were pursuing an effort of their own."
    )
    found = [f for f in extract_document(text, PUB, [TALKS]) if f.track_id == TALKS.id]
    assert [f.signal for f in found if f.exact.startswith("The talks")]
