"""The ``{verb}`` slot of a cue: a verb's forms spelled by rule (``lexicon_inflect``)."""

from __future__ import annotations

import pytest

from tracker.extract.lexicon import compile_cue, cue_anchors
from tracker.extract.lexicon_inflect import spell_slots, verb_forms


@pytest.mark.parametrize(
    ("base", "forms"),
    [
        ("push", ("push", "pushes", "pushed", "pushing")),
        ("stall", ("stall", "stalls", "stalled", "stalling")),
        ("scrap", ("scrap", "scraps", "scrapped", "scrapping")),
        ("shelve", ("shelve", "shelves", "shelved", "shelving")),
        ("axe", ("axe", "axes", "axed", "axing")),
        ("delay", ("delay", "delays", "delayed", "delaying")),
        ("bog", ("bog", "bogs", "bogged", "bogging")),
        ("terminate", ("terminate", "terminates", "terminated", "terminating")),
        ("freeze", ("freeze", "freezes", "froze", "frozen", "freezing")),
        ("break", ("break", "breaks", "broke", "broken", "breaking")),
        ("cut", ("cut", "cuts", "cutting")),
        ("cancel", ("cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling")),
    ],
)
def test_a_verb_is_spelled_in_each_of_its_forms(base: str, forms: tuple[str, ...]) -> None:
    assert verb_forms(base) == forms


def test_a_slot_is_one_word_of_its_forms_alone_or_among_options() -> None:
    assert spell_slots("{stall} the talks") == "(stall|stalls|stalled|stalling) the talks"
    assert spell_slots("({cut}|severed) off") == "(cut|cuts|cutting|severed) off"


@pytest.mark.parametrize(
    ("sentence", "matches"),
    [
        ("Lima keeps pushing back the summit.", True),
        ("The summit was pushed back again.", False),  # the cue wants an object after "back"
        ("Lima pushes back the Accra trip.", True),
        ("Lima pushed back against the summit's critics.", False),
    ],
)
def test_a_cue_with_a_slot_matches_every_form(sentence: str, matches: bool) -> None:
    pattern = compile_cue("{push} back [the] [*] (summit|trip)")
    assert bool(pattern.search(sentence)) is matches


def test_a_slot_gives_its_forms_as_the_cues_anchors() -> None:
    assert cue_anchors("{halt} the") == ("halt", "halts", "halted", "halting")
