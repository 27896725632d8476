"""The spans of many literal alternations, from one automaton pass over a sentence.

Most reading patterns are word lists: ``(?<!\\w)(?:alternatives)(?!\\w)``, where every
alternative is a run of literal characters, the words of a name joined by ``[\\s\\-]+``
(``matching._flex``) or ``\\s+``, with optional parts (``(?:s|es)?``, ``(?:top\\s+)?``),
case-sensitive or not as a whole or per group. Such a pattern finds, at each position
after a non-word character, the first of its alternatives in the pattern's own order that
is there and ends before a non-word character (or hyphen: ``(?![\\w-])``; or, for the
alternatives of a group ending in ``(?!-\\w)``, not before a hyphen and a word character:
"the Secretary" typed as a name is not the start of "the Secretary-General"); ``finditer``
then goes on after it. ``LiteralSpans`` spells every such pattern out as its ordered list
of literals (``alternatives``), puts the literals of all of them into one Aho–Corasick
automaton, and finds every pattern's spans in a sentence from the hits of one pass: at each
word start the first literal of the pattern's order that fits, the search going on after
it; what ``finditer`` finds, without running any of the patterns.

A word joint is spelled as one character: ``\\s+`` a space, ``[\\s\\-]+`` a space or a
hyphen. That is what the joint matches in a sentence whose only white space is the plain
space and which has no two spaces or hyphens in a row; the pass also needs the sentence's
lower case to be what a case-insensitive search compares (``literals.lowered_for_twins``).
For any other sentence ``spans`` answers None and the patterns run as they are. A pattern
of any other shape (classes, repeats, other look-arounds) is not covered: it runs as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any, Final

import ahocorasick

from tracker.extract.literals import lowered_for_twins, searchable

Span = tuple[int, int]

_MOST: Final = 8192  # literals spelled out of one pattern at most (the role phrases of the
# United Kingdom, a country of many spellings, take 6,664)
# A sentence the pass cannot read: white space other than the plain space, or a run of two
# spaces or hyphens (a joint could then be longer than one character). ``_plain`` asks it.
_NOT_PLAIN: Final = re.compile(r"[^\S ]|[\s\-]{2}")
_OTHER_SPACE: Final = re.compile(r"[^\S ]")
# The ASCII characters ``\s`` matches besides the plain space (``str.isspace``).
_ASCII_OTHER_SPACES: Final = tuple("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f")
_SPACE: Final = [(_constants.CATEGORY, _constants.CATEGORY_SPACE)]
_WORD: Final = [(_constants.CATEGORY, _constants.CATEGORY_WORD)]
_HYPHEN: Final = (_constants.LITERAL, ord("-"))


class _Unsupported(Exception):
    """A pattern that is not a literal alternation."""


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _joint(item: tuple[Any, Any]) -> str | None:
    """The characters a word joint stands for in a plain sentence: " " for ``\\s+``, " -"
    for ``[\\s\\-]+``; None when the item is not one."""
    op, arg = item
    if op is not _constants.MAX_REPEAT or arg[0] != 1 or arg[1] != _constants.MAXREPEAT:
        return None
    inner = list(arg[2])
    if len(inner) != 1 or inner[0][0] is not _constants.IN:
        return None
    members = list(inner[0][1])
    if members == _SPACE:
        return " "
    return " -" if members == [*_SPACE, _HYPHEN] else None


def _word_assert(item: tuple[Any, Any], direction: int) -> bool | None:
    """For ``(?<!\\w)`` (direction -1) or ``(?!\\w)`` (1): False; for ``(?![\\w-])``
    (1): True (a hyphen also ends no match); None for any other item."""
    op, arg = item
    if op is not _constants.ASSERT_NOT or arg[0] != direction:
        return None
    inner = list(arg[1])
    if len(inner) != 1 or inner[0][0] is not _constants.IN:
        return None
    members = list(inner[0][1])
    if members == _WORD:
        return False
    return True if direction == 1 and members == [*_WORD, _HYPHEN] else None


# A literal being spelled out: its characters, and the kinds of cased character among them
# (``_FOLDED``: one that ignores case, ``_EXACT``: one that keeps it; both: not a literal).
_Spelling = tuple[str, int]
_FOLDED: Final = 1
_EXACT: Final = 2
_CASES: Final = _FOLDED | _EXACT
# A literal after which ``(?!-\w)`` stands: no match where a hyphen and a word character
# follow it. Nothing may be spelled after it (the guard would then stand mid-literal).
_GUARDED: Final = 4


def _spell(items: list[tuple[Any, Any]], fold: bool) -> list[_Spelling]:
    """Every literal a sequence of parsed items matches in a plain sentence, in the order a
    backtracking search tries them (each item's alternatives in turn, the later items'
    varying fastest). A run of literal characters is appended as one string."""
    out: list[_Spelling] = [("", 0)]
    run: list[str] = []
    run_kinds = 0
    for op, arg in items:
        if op is _constants.LITERAL:
            char, kind = _char(arg, fold)
            run.append(char)
            run_kinds |= kind
            continue
        if run:
            out = _append(out, [("".join(run), run_kinds)])
            run, run_kinds = [], 0
        if _hyphen_word_guard((op, arg)):
            out = [(chars, kinds | _GUARDED) for chars, kinds in out]
            continue
        out = _append(out, _spell_item((op, arg), fold))
    if run:
        out = _append(out, [("".join(run), run_kinds)])
    return out


def _hyphen_word_guard(item: tuple[Any, Any]) -> bool:
    """Whether the item is ``(?!-\\w)``."""
    op, arg = item
    if op is not _constants.ASSERT_NOT or arg[0] != 1:
        return False
    inner = list(arg[1])
    return inner == [_HYPHEN, (_constants.IN, _WORD)]


def _append(heads: list[_Spelling], tails: list[_Spelling]) -> list[_Spelling]:
    """Each of ``heads`` followed by each of ``tails``, the tails varying fastest."""
    if any(kinds & _GUARDED for _head, kinds in heads) and any(tail for tail, _k in tails):
        raise _Unsupported  # a guard followed by more characters
    if len(tails) == 1:
        tail, tail_kinds = tails[0]
        return [(head + tail, kinds | tail_kinds) for head, kinds in heads]
    out = [(head + tail, kinds | tail_kinds) for head, kinds in heads for tail, tail_kinds in tails]
    if len(out) > _MOST:
        raise _Unsupported
    return out


def _char(code: int, fold: bool) -> tuple[str, int]:
    """A literal character and its kind of case; a character whose case a search cannot
    vouch for (``searchable``, a capital sigma) or white space other than the plain space
    makes the pattern one the pass does not cover."""
    char = chr(code)
    if char in _DOTTED_I:
        return _dotted_i(char, fold)
    lowered = char.lower()
    if len(lowered) != 1 or char == "\u03a3" or (char.isspace() and char != " "):
        raise _Unsupported
    if not char.isascii() and searchable(char) is None:
        raise _Unsupported
    if lowered == char.upper():
        return char, 0
    return char, _FOLDED if fold else _EXACT


# The Turkish dotless ı and capital İ, in Turkish names a track is typed with ("Kılıç",
# "İmralı"). A case-insensitive search matches either to i and I; a plain sentence the pass
# reads has neither (``searchable`` turns such a sentence down), so there a folded one is the
# letter i. A case-sensitive ı needs itself, which no such sentence has: it never fits there.
_DOTTED_I: Final = "\u0131\u0130"


def _dotted_i(char: str, fold: bool) -> tuple[str, int]:
    if fold:
        return "i", _FOLDED
    if char == "\u0131":
        return char, _EXACT
    raise _Unsupported  # a case-sensitive İ: its lower case is two characters


def _spell_item(item: tuple[Any, Any], fold: bool) -> list[_Spelling]:
    op, arg = item
    if op is _constants.LITERAL:
        return [_char(arg, fold)]
    joint = _joint(item)
    if joint is not None:
        return [(c, 0) for c in joint]
    if op is _constants.SUBPATTERN:
        _group, add, remove, inner = arg
        inner_fold = (fold or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
        return _spell(list(inner), inner_fold)
    if op is _constants.BRANCH:
        return [s for alternative in arg[1] for s in _spell(list(alternative), fold)]
    if op is _constants.IN and all(o is _constants.LITERAL for o, _ in arg):
        return [_char(c, fold) for _o, c in arg]
    if op is _constants.MAX_REPEAT and arg[0] == 0 and arg[1] == 1:
        return [*_spell(list(arg[2]), fold), ("", 0)]
    raise _Unsupported


# One literal of a pattern: its lower case, the exact characters a case-sensitive literal
# needs there (None when it ignores case).
Literal = tuple[str, str | None]


def alternatives(pattern: re.Pattern[str]) -> tuple[tuple[Literal, ...], bool] | None:
    """``pattern``'s literals in the order it tries them in a plain sentence, and whether a
    hyphen after one also ends no match, when the pattern is ``(?<!\\w)literals(?!\\w)``
    (or ``(?![\\w-])``). None for a pattern of any other shape, or one whose literals
    ``searchable`` cannot vouch for."""
    spelled = _spelled(pattern)
    return None if spelled is None else (spelled[0], spelled[1])


def _spelled(
    pattern: re.Pattern[str],
) -> tuple[tuple[Literal, ...], bool, tuple[bool, ...]] | None:
    """``alternatives``, and per literal whether ``(?!-\\w)`` stands after it."""
    if not isinstance(pattern.pattern, str):
        return None
    return _alternatives(pattern.pattern, pattern.flags)


@lru_cache(maxsize=1024)
def _alternatives(
    source: str, flags: int
) -> tuple[tuple[Literal, ...], bool, tuple[bool, ...]] | None:
    """``_spelled`` of the pattern ``source`` compiled with ``flags`` (the same pattern
    recurs in many tracks: a country's role phrases in every track of its people)."""
    if flags & (re.ASCII | re.LOCALE):
        return None
    try:
        items = list(_parser.parse(source, flags))
        if len(items) < 3 or _word_assert(items[0], -1) is not False:
            return None
        stop_hyphen = _word_assert(items[-1], 1)
        if stop_hyphen is None:
            return None
        spelled = _spell(items[1:-1], bool(flags & re.IGNORECASE))
    except _Unsupported:
        return None
    out: list[Literal] = []
    guards: list[bool] = []
    for chars, kinds in spelled:
        cases = kinds & _CASES
        if not chars or cases == _CASES:  # empty, or case-sensitive letters
            return None  # mixed with case-insensitive ones
        out.append((chars.lower(), chars if cases == _EXACT else None))
        guards.append(bool(kinds & _GUARDED))
    return tuple(out), stop_hyphen, tuple(guards)


def _plain(text: str) -> bool:
    """Whether ``_NOT_PLAIN`` finds nothing in ``text``, asked without running it over every
    space: an ASCII text's other white space looked for character by character, then the
    four runs of two spaces or hyphens (once the plain space is the only white space, a run
    of ``[\\s\\-]{2}`` is one of them)."""
    if text.isascii():
        for char in _ASCII_OTHER_SPACES:
            if char in text:
                return False
    elif _OTHER_SPACE.search(text) is not None:
        return False
    return not ("  " in text or "--" in text or " -" in text or "- " in text)


# What may not follow a literal: nothing in particular, a hyphen (``(?![\w-])``), a hyphen
# and a word character (``(?!-\w)``).
_NONE: Final = 0
_ANY_HYPHEN: Final = 1
_HYPHEN_WORD: Final = 2


class LiteralSpans:
    """The patterns among those given that are literal alternations (``alternatives``), one
    automaton over all their literals, and per sentence every such pattern's spans."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        # literal -> (its length, per entry: the pattern's slot, the literal's rank in the
        # pattern's order, the exact characters or None, what may not follow it)
        entries: dict[str, list[tuple[int, int, str | None, int]]] = {}
        self._ids: list[int] = []
        seen: set[int] = set()
        for pattern in patterns:
            if id(pattern) in seen:
                continue
            seen.add(id(pattern))
            spelled = _spelled(pattern)
            if spelled is None:
                continue
            literals, stop_hyphen, guards = spelled
            slot = len(self._ids)
            self._ids.append(id(pattern))
            for rank, (lowered, exact) in enumerate(literals):
                stop = _ANY_HYPHEN if stop_hyphen else _HYPHEN_WORD if guards[rank] else _NONE
                entries.setdefault(lowered, []).append((slot, rank, exact, stop))
        self.covered: frozenset[int] = frozenset(self._ids)
        self.complete = len(self._ids) == len(seen)  # every pattern given is covered
        self._automaton = ahocorasick.Automaton()
        for literal, found in entries.items():
            self._automaton.add_word(literal, (len(literal), tuple(found)))
        self._empty = not entries
        if not self._empty:
            self._automaton.make_automaton()

    def spans(self, text: str) -> dict[int, list[Span]] | None:
        """Per covered pattern's id, the spans ``finditer`` finds in ``text`` (a pattern
        with none is missing); None when ``text`` is one the pass cannot vouch for."""
        lowered = lowered_for_twins(text)
        if lowered is None:
            return None
        if not _plain(text):
            return None
        if self._empty:
            return {}
        return self._sweep(self._hits(text, lowered))

    def _hits(self, text: str, lowered: str) -> list[tuple[int, int, int, int]]:
        """Every (slot, start, rank, end) of a literal at a word start that ends where its
        pattern allows and has the case it needs."""
        out: list[tuple[int, int, int, int]] = []
        size_text = len(text)
        for last, (size, found) in self._automaton.iter(lowered):
            start = last - size + 1
            end = last + 1
            if start and _is_word(text[start - 1]):
                continue
            after = text[end] if end < size_text else ""
            if after and _is_word(after):
                continue
            for slot, rank, exact, stop in found:
                if (
                    stop
                    and after == "-"
                    and (stop == _ANY_HYPHEN or (end + 1 < size_text and _is_word(text[end + 1])))
                ):
                    continue
                if exact is not None and text[start:end] != exact:
                    continue
                out.append((slot, start, rank, end))
        return out

    def _sweep(self, hits: list[tuple[int, int, int, int]]) -> dict[int, list[Span]]:
        """Per pattern, from the leftmost word start on: the first literal in its order
        there, then on after it."""
        hits.sort()
        ids = self._ids
        out: dict[int, list[Span]] = {}
        slot = -1
        cursor = 0
        spans: list[Span] = []
        for hit_slot, start, _rank, end in hits:
            if hit_slot != slot:
                slot = hit_slot
                spans = out.setdefault(ids[slot], [])
                cursor = 0
            if start >= cursor:
                spans.append((start, end))
                cursor = end
        return out
