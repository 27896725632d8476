"""A summit or a conference of many told by its speeches (speeches.py): what a speaker said
there, told in the past (or a headline's present) a sentence or two after the article told
the gathering held, reads ``held``, dated to the gathering. The same words before it, on its
eve, in an interview, at another gathering, as a plan, a wish, a condition or a denial, words
that put a gathering ahead, or in an article that never told it held, read nothing. Invented
sentences and an invented conference."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.invented import PUB
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document
from tracker.extract.speeches import said_at_the_gathering_held
from tracker.infer.claims import claimed_status

FORUM = Track(
    id="tromso-arctic-forum",
    title="Arctic Shipping Forum in Tromsø",
    kind="conference",
    actors=[Actor(name="Hanne Lie", aliases=["Lie"])],
    parties=["Arctic Council"],
    places=["Tromsø"],
    keywords=["Arctic Shipping Forum", "forum", "conference"],
)
LEAD = "The Arctic Shipping Forum opened in Tromsø on Monday, with 40 delegations."


def _claims(text: str, quote: str, tracks: list[Track] | None = None) -> list[str | None]:
    chosen = tracks or [FORUM]
    found = [
        f
        for f in extract_document(text, PUB, chosen)
        if quote in f.exact and f.track_id == FORUM.id
    ]
    return [claimed_status(f, FORUM.kind) for f in found]


RULE = "a speaker's words at the gathering, told after it was told held"


def _rules(text: str, quote: str, tracks: list[Track] | None = None) -> list[str | None]:
    found = extract_document(text, PUB, tracks or [FORUM])
    return [f.rule for f in found if quote in f.exact and f.track_id == FORUM.id]


SAID = [
    # past, a name after the words, a role, a name of many words, a headline's present
    '"The ice will not wait for us," Lie said.',
    "Norwegian Foreign Minister Hanne Lie warned that insurers were leaving.",
    "Hanne Lie also called for a ban on heavy fuel oil north of 70 degrees.",
    "Lie says the sea route is not a shortcut",
    # an opening phrase naming the speech (the noun form)
    "In her speech, Lie urged the coastal states to share their ice charts.",
    "Speaking at the closing plenary, Lie announced a fund for pilot training.",
    # a pronoun carrying on
    "She added that the fund had already drawn pledges from six states.",
    # what was said looks ahead: the saying is still done at the forum
    "Lie said the new rules would take effect in two years.",
]


@pytest.mark.parametrize("sentence", SAID)
def test_a_speakers_words_at_the_gathering_read_held(sentence: str) -> None:
    assert said_at_the_gathering_held(sentence, names_it=False) is not None
    text = f"{LEAD} {sentence}"
    assert _claims(text, sentence[:30]) == ["held"]


def test_dated_to_the_gathering_told_held() -> None:
    text = f"{LEAD} Lie said the sea route was not a shortcut."
    found = [f for f in extract_document(text, PUB, [FORUM]) if f.exact.startswith("Lie")]
    assert [f.event_date for f in found] == [date(2026, 3, 2)]
    assert found[0].rule == RULE


NOT_SAID_THERE = [
    # before it, on its eve, in an interview, on a call, another year
    "Lie said before the forum that the sea route was not a shortcut.",
    "Lie told reporters on the eve of the forum that insurers were leaving.",
    "Lie said in an interview that the sea route was not a shortcut.",
    "Lie said in a phone call that the fund was ready.",
    "Lie warned in 2023 that insurers were leaving.",
    # at another named gathering
    "Lie said at the Nordic Council session that insurers were leaving.",
    "Lie told the Nordic Council session that insurers were leaving.",
    # a plan, a wish, a condition, a denial
    "Lie will tell the forum that insurers are leaving.",
    "Lie hopes to urge the coastal states to share their charts.",
    "If Lie speaks, she will call for a ban on heavy fuel oil.",
    "Lie did not say whether the fund was ready.",
    # words that put a gathering ahead
    "Lie said the next forum would be held in Nuuk.",
    "Lie announced that the forum will meet again in Reykjavik.",
]


@pytest.mark.parametrize("sentence", NOT_SAID_THERE)
def test_words_of_another_time_place_plan_or_gathering_read_nothing(sentence: str) -> None:
    assert said_at_the_gathering_held(sentence, names_it=False) is None
    assert RULE not in _rules(f"{LEAD} {sentence}", sentence[:30])


def test_nothing_where_the_article_never_told_it_held() -> None:
    """A preview: the forum ahead, then a speaker's words."""
    text = "The Arctic Shipping Forum is set to open in Tromsø. Lie said insurers were leaving."
    assert _rules(text, "Lie said") == [None]


def test_nothing_far_from_the_telling() -> None:
    """Three sentences on something else between the telling and the words: out of reach."""
    text = (
        f"{LEAD} Fishing fleets have grown. Ports are short of tugs. Freight rates fell. "
        "Lie said insurers were leaving."
    )
    assert RULE not in _rules(text, "Lie said")


def test_only_on_gatherings() -> None:
    """Talks told opened, then one side's words: the talks' own rules read them, not this one."""
    talks = Track(
        id="ice-talks",
        title="Norway–Nigeria ice talks",
        kind="talks",
        actors=[Actor(name="Hanne Lie", aliases=["Lie"]), Actor(name="Ngozi Okafor")],
        parties=["Norway", "Nigeria"],
        places=["Tromsø"],
        keywords=["talks"],
    )
    text = (
        "The Norway-Nigeria ice talks opened in Tromsø on Monday. Lie said insurers were leaving."
    )
    found = [f for f in extract_document(text, PUB, [talks]) if f.exact.startswith("Lie said")]
    assert found and all(f.rule != RULE for f in found)


def test_a_year_inside_the_words_does_not_date_the_saying() -> None:
    text = f"{LEAD} Lie said this year marks the forum's tenth session."
    found = [f for f in extract_document(text, PUB, [FORUM]) if f.exact.startswith("Lie said")]
    assert [(f.rule, f.event_date) for f in found] == [(RULE, date(2026, 3, 2))]
