"""Where and at what an event is held: an event named with an occasion of its own.

A sentence may name a track's people and an event word and still tell of another event of
the same people: one held at an occasion of its own ("held talks at the SCO summit on
Monday", "met on the sidelines of the Asia-Pacific forum summit", "attended a European
Council meeting in Brussels") or under a named format ("what he called a 'G-2' summit").
When every event the sentence tells of (the track's event words and its status cues) is
attached to such an occasion or format, and neither the track's own places nor its specific
keywords (nor one of its sides) are part of it, the event is that occasion's, not the
track's: a track that lists places, or an encounter the sentence holds with people of no
side of the track, is not told there.

Attachment is read from the clause: the occasion phrase follows the event word within the
same clause ("met for 30 minutes in the city, on the sidelines of …"), or a format names
the event word itself ("a G-2 summit"). An occasion opening the sentence ("At the G20
summit, Trump said he would meet Putin") scopes what was said there, not the event told,
and is not read. Pure functions over the sentence's text and spans (docs/lexicon.md,
"Another occasion of the same people").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

Span = tuple[int, int]

# "at the SCO summit", "on the sidelines of the two-day Asia-Pacific Economic Cooperation
# forum summit", "during a European Council meeting", "on the margins of the UN General
# Assembly": a preposition of occasion, a determiner, up to six words of name (one of them
# capitalised or an acronym), and the occasion's noun.
_OCCASION: Final = re.compile(
    r"\b(?:at|during|on\s+the\s+(?:sidelines|margins|fringes)\s+of|in\s+the\s+margins\s+of)"
    r"\s+(?:the|a|an|this\s+(?:year|week)['’]s|last\s+(?:year|week|month)['’]s)\s+"
    r"(?P<name>(?:[\w.&'’+()-]+\s+){0,6}?)"
    r"(?P<noun>summit|forum|meeting|conference|gathering|assembly|session|congress|"
    r"ceremony|games|council)s?\b",
    re.IGNORECASE,
)
# A word of a name: capitalised ("European", "Asia-Pacific") or holding a digit ("G20").
_NAME_WORD: Final = re.compile(r"[A-Z][\w.&'’+-]*|[\w-]*\d[\w+-]*")
# Between an event word and the occasion it is held at: the rest of its clause (no
# sentence break, no semicolon, no other event linked by "before"/"after"/"ahead of").
_SAME_CLAUSE: Final = re.compile(
    r"[^;:.!?\"“”]{0,80}?$",
)
_LINKED: Final = re.compile(
    r"\b(?:ahead\s+of|before|after|following|since|until|while|when|and\s+(?:will|would|"
    r"is|was|has|had)|but)\b",
    re.IGNORECASE,
)
# A named format right before an event word: "a 'G-2' summit", "the 2+2 meeting"; a
# name holding a digit (a party named with one, "G20" of a G20 summit, is the track's own).
_FORMAT: Final = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][\w]*[-+]?\d[\w+-]*|\d\+\d)['’\"”]?\s+(?:[\w-]+\s+)?$"
)
# "at the White House", "in the Kremlin": right before a seat of government, where an
# event is held.
_AT_SEAT: Final = re.compile(r"\b(?:at|in|inside)\s+the\s+$")
# "called her meeting with Mensah a 'G-2' summit": an event named by a format.
_NAMED_AS: Final = re.compile(
    r"\b(?:called|calls|dubbed|dubs|billed|branded|described)\s+(?:[\w'’]+\s+)?$"
)
_FORMAT_AHEAD: Final = re.compile(
    r"[^.;:]{0,60}?\s(?:as\s+)?(?:a|an|the|their|its)\s+['’\"“]?(?P<name>[A-Z]\w*[-+]?\d[\w+-]*|\d\+\d)"
)
_GAP: Final = 90  # characters from an event word to the occasion it is held at


def occasions(text: str, seats: Sequence[Span] = ()) -> list[Span]:
    """The named occasions of the sentence ("at the SCO summit") and the seats named as
    where an event is ("at the White House": ``seats`` are the institutions the sentence
    names): the spans of their phrases, each occasion with one capitalised or numbered word
    in its name."""
    if not any(w in text for w in (" at ", " in the ", " during ", " sidelines ", " margins ")):
        return []
    out = [
        (m.start(), b)
        for a, b in seats
        if (m := _AT_SEAT.search(text, max(0, a - 12), a)) is not None
    ]
    for m in _OCCASION.finditer(text):
        name = m.group("name")
        words = name.split()
        if m.group("noun")[0].isupper() or any(_NAME_WORD.fullmatch(w) for w in words):
            out.append((m.start(), m.end()))
    return sorted(out)


def _held_at(text: str, anchor: Span, found: Sequence[Span]) -> Span | None:
    """The occasion the event word at ``anchor`` is attached to: the first one after it in
    its clause, with no other event linked in between."""
    for a, b in found:
        if a <= anchor[0] < b:
            return (a, b)  # the event word names the occasion itself ("the SCO summit")
        if a < anchor[1] or a - anchor[1] > _GAP:
            continue
        between = text[anchor[1] : a]
        if _SAME_CLAUSE.fullmatch(between) is None or _LINKED.search(between):
            return None
        return (a, b)
    return None


def _a_format(text: str, anchor: Span) -> Span | None:
    """The named format right before the event word ("a 'G-2' summit"), or the one the
    event word is called by ("called his meeting with Xi a 'G-2' summit"), or None."""
    m = _FORMAT.search(text, max(0, anchor[0] - 30), anchor[0])
    if m is not None:
        return (m.start(), anchor[1])
    if _NAMED_AS.search(text, max(0, anchor[0] - 25), anchor[0]) is None:
        return None
    ahead = _FORMAT_AHEAD.match(text, anchor[1])
    return None if ahead is None else (ahead.start("name"), ahead.end())


def _overlaps(span: Span, spans: Sequence[Span]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in spans)


def at_another_occasion(
    text: str,
    events: Sequence[Span],
    cues: Sequence[int],
    own: Sequence[Span],
    seats: Sequence[Span] = (),
) -> bool:
    """Whether every event the sentence tells of is held at a named occasion or seat
    (``seats``: the institutions the sentence names) or under a named format none of
    ``own`` (the track's specific keywords and sides) is part of. ``events``: the track's
    event words, each held there itself; ``cues``: where the status cues begin, each held
    there itself or through the next event word of its clause ("issued a statement after
    their meeting at the White House")."""
    if not (events or cues):
        return False
    found = occasions(text, seats)
    held: list[tuple[int, Span | None]] = []
    for event in sorted(events):
        place = _held_at(text, event, found) if found else None
        held.append((event[0], place or _a_format(text, event)))
    places = [place for _, place in held]
    for start in cues:
        place = _held_at(text, (start, start + 1), found) if found else None
        places.append(place or next((p for at, p in held if at > start), None))
    return all(place is not None and not _overlaps(place, own) for place in places)
