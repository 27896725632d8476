"""A group told without its name: its members counted as a sentence's subject next to a
paragraph naming the group, its own noun with its members ("a broad coalition of … allies"),
or another name of its shape in quotation marks. Sentences in the project's own words, on
an invented coalition."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document

COALITION = Track(
    id="harbour-coalition",
    title="Coalition of the vigilant for Baltic shipping",
    kind="coalition",
    actors=[Actor(name="Coalition of the Vigilant", aliases=["coalition of the vigilant"])],
    keywords=["coalition of the vigilant"],
)


def _found(text: str) -> list[str]:
    return [f.exact for f in extract_document(text, PUB, [COALITION]) if f.track_id == COALITION.id]


NAMED_NEXT = "\n\nThe session of the coalition of the vigilant was chaired by Denmark and Estonia."


@pytest.mark.parametrize(
    "lead",
    [
        "On Monday more than 20 Nordic leaders restated their backing for free shipping.",
        "Leaders from 14 countries met by video on Thursday to plan escorts.",
        "Twenty-six countries pledged ships for the escorts.",
        "Representatives of 33 states signed up to the escorts.",
        "Denmark joined a broad coalition of Estonia's partners in pledging escorts.",
    ],
)
def test_a_description_next_to_the_groups_name_is_the_groups(lead: str) -> None:
    assert _found(lead + NAMED_NEXT)[0] == lead


@pytest.mark.parametrize(
    "lead",
    [
        "More than 20 sailors were rescued on Monday.",  # no members of a group
        "A charter signed by 14 countries sets the rules.",  # counted, but not the subject
        "A coalition of fishing unions staged a strike.",  # another coalition
        "Estonia's partners pledged escorts on Monday.",  # generic allies, no group noun
    ],
)
def test_the_limits_of_a_description(lead: str) -> None:
    assert lead not in _found(lead + NAMED_NEXT)


def test_counted_members_far_from_the_group_are_not_its() -> None:
    text = (
        "Twenty-six countries pledged ships for the escorts.\n\n"
        "Freight rates rose again.\n\nPorts were busy.\n\n"
        "The coalition of the vigilant met in Tallinn."
    )
    assert "Twenty-six countries pledged ships for the escorts." not in _found(text)


@pytest.mark.parametrize(
    ("sentence", "theirs"),
    [
        ('Kallas spoke after the summit of the "coalition of the watchful."', True),
        ('Rasmussen hosted the "coalition of the alert" on Monday.', True),
        ('The opposition mocked the "coalition of the unwilling."', False),  # its opposite
    ],
)
def test_another_name_of_the_groups_shape_in_quotation_marks(sentence: str, theirs: bool) -> None:
    assert (sentence in _found(sentence)) is theirs
