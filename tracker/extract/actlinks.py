"""A process's acts linked to it: people freed, its sides exchanging, the act by its noun.

A prisoner exchange or a hostage-release deal is told by its acts more than by its name, and
the sentences telling them often name neither an event word nor the track's mediators: they
name the people freed ("She was traded for Arthur Petrov", "In return, the United States let
go Alexander Vinnik"), the track's sides doing the act ("The United States and Russia
exchanged prisoners early on Thursday", "Venezuela on Friday freed 10 jailed U.S. citizens")
or the act by its noun in a continuation ("His release was confirmed late on Tuesday", "The
swap took place at Abu Dhabi International Airport"). ``matching`` links such a sentence to a
process whose acts are releases or exchanges (``is_act_process``: a channel or initiative
whose title or keywords name prisoners, hostages, detainees, a swap, an exchange or a
release) when the sentence tells one of its acts (``act_told``) and either names something of
the track's own (a person, a place, its sides) or carries on the process its article or
paragraph is about with no other track's people or sides in it.

The act is what ``acts.py`` reads as the process's: done (CAMEO 0841 release or return
persons, PETRARCH2's RELEASE / FREE / EXCHANGE / SWAP / HAND OVER / LET GO), held up (DELAY *
HANDOVER [160]), told ahead or agreed; or an act named again in a reaction ("welcomed the
release of the 10 Americans"). Refused as ``acts.py`` refuses: an act wished, demanded,
conditional, denied or a habit, another kind of release (a report, a film, a statement, a
prisoner freed by a court or on bail). Summits, meetings and visits are never linked by an act.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from tracker.domain.models import Track
from tracker.domain.vocabulary import TrackKind
from tracker.extract.acts import (
    a_release_by_someone,
    carried_out,
    held_up,
    named_again,
    told_ahead,
)

Span = tuple[int, int]

_KEPT: Final = 1024  # sentences (and track definitions) remembered
# The kinds a process told by its acts has: a standing channel or a plan.
_PROCESS_KINDS: Final = frozenset({TrackKind.CHANNEL, TrackKind.INITIATIVE})
# What the analyst's title or keywords say the process does: free or exchange people held.
_ACT_WORDS: Final = re.compile(
    r"\b(?:prisoners?|hostages?|detainees?|captives?|POWs?|swaps?|exchanges?|releases?)\b",
    re.IGNORECASE,
)


def is_act_process(track: Track) -> bool:
    """Whether ``track`` is a process told by its acts: a channel or initiative whose title or
    keywords name people held, a swap, an exchange or a release."""
    return _is_act_process(TrackKind(track.kind), track.title, tuple(track.keywords))


@lru_cache(maxsize=_KEPT)
def _is_act_process(kind: TrackKind, title: str, keywords: tuple[str, ...]) -> bool:
    if kind not in _PROCESS_KINDS:
        return False
    return bool(_ACT_WORDS.search(" ".join([title, *keywords])))


# Words one of which every act of ``acts.py`` holds, lower-cased: a sentence with none is no
# act (asked before the act's patterns, which are costlier, on every sentence of an article).
_ACT_STEMS: Final = (
    "free",
    "releas",
    "exchang",
    "swap",
    "handover",
    "hand-over",
    "handed",
    "hand ",
    "hands ",
    "handing",
    "let ",
    "lets ",
    "letting",
    "traded for",
    "to trade",
    "welcom",
    "way home",
    "back home",
    "brought home",
    "brings home",
    "bringing home",
    "come home",
    "go home",
    "homecoming",
    "return",
    "repatriat",
    "safely back",
    "back to",
    "delay",
    "postpon",
    "put off",
    "puts off",
    "putting off",
    "hold back",
    "holds back",
    "holding back",
    "held back",
    "held up",
    "holds up",
    "hold-up",
    "holdup",
)


def _has_a_stem(text: str) -> bool:
    low = text.lower()
    return any(stem in low for stem in _ACT_STEMS)


@lru_cache(maxsize=_KEPT)
def _told_by_anyone(text: str) -> bool:
    """An act told in ``text`` whoever its subject: held up, done, ahead, agreed, named again."""
    return _has_a_stem(text) and (
        held_up(text) is not None
        or carried_out(text, (), by_a_side=False) is not None
        or told_ahead(text) is not None
        or named_again(text) is not None
    )


@lru_cache(maxsize=_KEPT)
def _a_side_may_act(text: str) -> bool:
    """Whether ``text`` holds a release done whose subject may be a side ("Venezuela freed 10
    Americans"): asked before a track's reading, which only then gives its sides."""
    return _has_a_stem(text) and a_release_by_someone(text)


@lru_cache(maxsize=_KEPT)
def act_possible(text: str) -> bool:
    """Whether ``text`` may tell an act of a release or exchange process for some track (no
    track need be read where it cannot): ``_told_by_anyone`` or ``_a_side_may_act``, with
    the stems both need looked for once."""
    return _has_a_stem(text) and (_told_by_anyone(text) or _a_side_may_act(text))


def act_told(text: str, sides: Sequence[Span]) -> bool:
    """Whether ``text`` tells an act of a release or exchange process: held up, done (by one
    of ``sides`` too, "Venezuela freed 10 Americans"), told ahead or agreed, or named again
    by its noun in a reaction ("welcomed the release of …")."""
    if _told_by_anyone(text):
        return True
    return (
        bool(sides)
        and _a_side_may_act(text)
        and carried_out(text, sides, by_a_side=True) is not None
    )
