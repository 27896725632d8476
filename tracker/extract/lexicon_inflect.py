"""A verb's forms spelled by rule, for the lexicon's ``{verb}`` slot.

A cue writes ``{push} back`` for "push back", "pushes back", "pushed back" and "pushing
back": the slot is spelled into one word out of several (``(push|pushes|pushed|pushing)``)
before the cue is compiled, so a status verb is listed once, not per form. The rule is
English's regular inflection (``-s`` / ``-es`` / ``-ies``; ``-ed`` / ``-d`` / ``-ied``;
``-ing`` dropping a silent ``e``; a short closed syllable doubles its last consonant:
scrap, scrapped) with a small table of the irregular and doubling verbs status reporting
uses (froze, broke, cut, cancelled, deferred). Pure and deterministic; no dictionary.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

# base -> (third person, past, past participle, present participle)
_IRREGULAR: Final[dict[str, tuple[str, str, str, str]]] = {
    "begin": ("begins", "began", "begun", "beginning"),
    "break": ("breaks", "broke", "broken", "breaking"),
    "bring": ("brings", "brought", "brought", "bringing"),
    "cancel": ("cancels", "cancelled", "canceled", "cancelling"),
    "come": ("comes", "came", "come", "coming"),
    "cut": ("cuts", "cut", "cut", "cutting"),
    "defer": ("defers", "deferred", "deferred", "deferring"),
    "freeze": ("freezes", "froze", "frozen", "freezing"),
    "go": ("goes", "went", "gone", "going"),
    "hold": ("holds", "held", "held", "holding"),
    "lay": ("lays", "laid", "laid", "laying"),
    "meet": ("meets", "met", "met", "meeting"),
    "put": ("puts", "put", "put", "putting"),
    "quit": ("quits", "quit", "quit", "quitting"),
    "set": ("sets", "set", "set", "setting"),
    "take": ("takes", "took", "taken", "taking"),
    "withdraw": ("withdraws", "withdrew", "withdrawn", "withdrawing"),
}
# British and American spellings both appear in reporting.
_ALSO: Final[dict[str, tuple[str, ...]]] = {
    "cancel": ("canceling",),
}
_VOWELS: Final = "aeiou"
_SHORT_CLOSED: Final = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")
SLOT: Final = re.compile(r"\{([a-z]+)\}")


def _third(base: str) -> str:
    if base.endswith(("s", "x", "z", "ch", "sh")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in _VOWELS:
        return base[:-1] + "ies"
    return base + "s"


def _stem(base: str) -> str:
    """The base before -ed / -ing: a short closed syllable doubles its consonant."""
    return base + base[-1] if _SHORT_CLOSED.match(base) else base


def _past(base: str) -> str:
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2:-1] not in _VOWELS:
        return base[:-1] + "ied"
    return _stem(base) + "ed"


def _progressive(base: str) -> str:
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return base[:-1] + "ing"
    return _stem(base) + "ing"


@lru_cache(maxsize=512)
def verb_forms(base: str) -> tuple[str, ...]:
    """Every form of the verb ``base``, base first, without repeats: ``push`` -> push,
    pushes, pushed, pushing; ``freeze`` -> freeze, freezes, froze, frozen, freezing."""
    word = base.lower()
    if word in _IRREGULAR:
        forms: tuple[str, ...] = (word, *_IRREGULAR[word], *_ALSO.get(word, ()))
    else:
        past = _past(word)
        forms = (word, _third(word), past, past, _progressive(word))
    return tuple(dict.fromkeys(forms))


def spell_slots(phrase: str) -> str:
    """A cue phrase with each ``{verb}`` slot spelled as one word out of its forms:
    ``{stall} the talks`` -> ``(stall|stalls|stalled|stalling) the talks``; a slot that is
    already an option of ``(a|b)`` adds its forms as options (``({cut}|severed) off``)."""

    def spell(match: re.Match[str]) -> str:
        forms = "|".join(verb_forms(match.group(1)))
        before = phrase[match.start() - 1 : match.start()]
        after = phrase[match.end() : match.end() + 1]
        if before in ("(", "|") and after in (")", "|"):
            return forms
        return f"({forms})"

    return SLOT.sub(spell, phrase)
