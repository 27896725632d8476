"""Many literals found in one pass: the compiled half of every multi-pattern search.

The reading rules are regular expressions, one per cue, name list or keyword list; running
each of them over every sentence costs a scan per rule. Each rule has *anchors*: lower-case
literals one of which any match must contain. ``LiteralIndex`` puts the anchors of a whole
family of rules into one Aho–Corasick automaton (``pyahocorasick``, C), so one pass over a
sentence tells which rules can match there; only those run, unchanged, so what they find is
what they found when every rule ran. (Measured against one combined ``re`` alternation and
``google-re2`` in ``bench/matching.py``; figures in docs/benchmarks.md.)

Anchors are looked for in ``text.lower()``. A regular expression that ignores case also
equates a few characters ``str.lower`` keeps apart or changes in length (the Turkish dotted
``İ`` lowers to two characters, the long ``ſ`` matches ``s``); ``searchable`` returns None for
a text holding one of them, and callers then run every rule.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from re import _compiler, _constants, _parser  # type: ignore[attr-defined]
from typing import Any, Final, Generic, TypeVar

import ahocorasick

T = TypeVar("T")
U = TypeVar("U")
_END: Final = sys.maxsize  # ``re``'s own default end position

# Characters a case-insensitive regular expression matches to others than their lower
# case (Python's own table of equivalences, sre_compile._equivalences, and the characters
# whose lower case is longer than they are).
_CASE_TRAPS: Final = re.compile(
    "[\u0130\u0131\u017f\u00b5\u0345\u0390\u03b0\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1"
    "\u03f5\u1e61\u1e9b\u1e9e\u1fbe\u1fd3\u1fe3\u212a\u212b\ufb05\ufb06]"
)


# The text ``searchable`` was last asked of and its answer: a sentence is asked again by
# each rule gated on its words (``Gated``) and by the track literals, one after the other.
# One tuple, replaced whole, so a reader on another thread sees a text with its own answer.
_LAST_SEARCHED: list[tuple[str, str | None]] = [("", "")]


def searchable(text: str) -> str | None:
    """``text.lower()`` when anchors found in it are exactly what a case-insensitive rule
    needs (same length, no case trap), else None."""
    last = _LAST_SEARCHED[0]
    if last[0] is text:
        return last[1]
    lowered = text.lower()
    found = (
        None
        if len(lowered) != len(text) or (not text.isascii() and _CASE_TRAPS.search(text))
        else lowered
    )
    _LAST_SEARCHED[0] = (text, found)
    return found


class LiteralIndex(Generic[T]):
    """Lower-case literals, each standing for the rules (of any hashable kind) that need it."""

    def __init__(self, needs: Mapping[str, Iterable[T]]) -> None:
        self._automaton = ahocorasick.Automaton()
        self._rules: dict[str, frozenset[T]] = {}
        for literal, rules in needs.items():
            if not literal:
                continue
            key = literal.lower()
            merged = self._rules.get(key, frozenset()) | frozenset(rules)
            self._rules[key] = merged
            self._automaton.add_word(key, key)
        self.empty = not self._rules
        if not self.empty:
            self._automaton.make_automaton()

    def occurrences(self, lowered: str) -> list[tuple[int, str]]:
        """Every (start, literal) in ``lowered``, overlapping ones included, by end."""
        if self.empty:
            return []
        return [(end - len(lit) + 1, lit) for end, lit in self._automaton.iter(lowered)]

    def rules_in(self, lowered: str) -> set[T]:
        """The rules one of whose literals occurs anywhere in ``lowered``."""
        if self.empty:
            return set()
        rules = self._rules
        return set().union(
            *[rules[lit] for lit in {lit for _end, lit in self._automaton.iter(lowered)}]
        )

    def literals_in(self, lowered: str) -> set[str]:
        """The literals that occur anywhere in ``lowered``."""
        if self.empty:
            return set()
        return {lit for _end, lit in self._automaton.iter(lowered)}

    def word_starts(self, lowered: str) -> list[tuple[int, str]]:
        """What ``(?<![\\w])(?:literals, longest first)`` finds with ``finditer``: at each
        position after a non-word character the longest literal, then on after it."""
        hits = [
            (start, lit)
            for start, lit in self.occurrences(lowered)
            if start == 0 or not _is_word(lowered[start - 1])
        ]
        hits.sort(key=lambda hit: (hit[0], -len(hit[1])))
        out: list[tuple[int, str]] = []
        cursor = 0
        for start, lit in hits:
            if start >= cursor:
                out.append((start, lit))
                cursor = start + len(lit)
        return out


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


# --- what every match of a regular expression holds -------------------------------------

_SHORTEST: Final = 3  # literals shorter than this rule out too little to be worth a look-up


def required_literals(
    pattern: re.Pattern[str], *, most: int = 2, tree: Any = None
) -> tuple[frozenset[str], ...]:
    """Sets of lower-case literals such that every match of ``pattern`` holds one literal of
    each set: read from the pattern's syntax tree (literal runs, alternatives, groups and
    repeats of at least one); classes, anchors and look-arounds hold none. The ``most`` most
    selective sets whose literals are all at least three characters long; () when there is
    none, or when the pattern cannot be read. ``tree``: the pattern's tree when the caller
    has parsed it already (``compile_parsed``)."""
    if tree is None:
        try:
            tree = _parser.parse(pattern.pattern, pattern.flags)
        except Exception:  # pragma: no cover - a compiled pattern always parses
            return ()
    sets = [s for s in _sequence(list(tree)) if min(map(len, s)) >= _SHORTEST]
    sets.sort(key=lambda s: (-min(map(len, s)), len(s), sorted(s)))
    return tuple(sets[:most])


def _sequence(items: list[tuple[Any, Any]]) -> list[frozenset[str]]:
    """Every set one item of the sequence requires (all of them hold)."""
    out: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        literal = "".join(run).lower()
        if literal and searchable(literal) == literal:
            out.append(frozenset({literal}))
        run.clear()

    for op, arg in items:
        if op is _constants.LITERAL:
            run.append(chr(arg))
            continue
        flush()
        if op is _constants.SUBPATTERN:
            out.extend(_sequence(list(arg[-1])))
        elif op is _constants.ATOMIC_GROUP:
            out.extend(_sequence(list(arg)))
        elif op is _constants.BRANCH:
            either = _either(arg[1])
            if either is not None:
                out.append(either)
        elif op in _REPEATS and arg[0] >= 1:
            out.extend(_sequence(list(arg[2])))
    flush()
    return out


def _either(alternatives: list[Any]) -> frozenset[str] | None:
    """The literals one of which any alternative holds, or None if one holds none."""
    found: set[str] = set()
    for alternative in alternatives:
        sets = _sequence(list(alternative))
        if not sets:
            return None
        found |= max(sets, key=lambda s: (min(map(len, s)), -len(s)))
    return frozenset(found)


_REPEATS: Final = (
    _constants.MAX_REPEAT,
    _constants.MIN_REPEAT,
    _constants.POSSESSIVE_REPEAT,
)


class PatternSet:
    """Regular expressions searched together: each runs only on a text holding one literal
    of each of its required sets (``required_literals``), found by one automaton pass."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        self._requires = [required_literals(p) for p in self.patterns]
        words = {w for sets in self._requires for s in sets for w in s}
        self._index: LiteralIndex[str] = LiteralIndex({w: (w,) for w in words})

    def candidates(self, text: str) -> list[re.Pattern[str]]:
        """The patterns that can match ``text``, in order."""
        lowered = searchable(text)
        if lowered is None:
            return list(self.patterns)
        present = self._index.literals_in(lowered)
        return [
            p
            for p, sets in zip(self.patterns, self._requires, strict=True)
            if all(not present.isdisjoint(s) for s in sets)
        ]

    def allows(self, text: str) -> list[bool]:
        """For each pattern, whether it can match ``text``."""
        lowered = searchable(text)
        if lowered is None:
            return [True] * len(self.patterns)
        present = self._index.literals_in(lowered)
        return [all(not present.isdisjoint(s) for s in sets) for sets in self._requires]

    def search_any(self, text: str) -> bool:
        """Whether one of the patterns matches ``text``."""
        return any(p.search(text) for p in self.candidates(text))


class RequiredSets(Generic[T]):
    """Rules each of which can match only a text holding one literal of each of its sets
    (``required_literals``): which of them a text allows, by one automaton pass over it and
    one subset test per rule one of whose sets it satisfies. Distinct sets are numbered;
    a rule is the numbers of its sets."""

    def __init__(self, requires: Mapping[T, Sequence[frozenset[str]]]) -> None:
        numbers: dict[frozenset[str], int] = {}
        self.sets_of: dict[T, frozenset[int]] = {
            rule: frozenset(numbers.setdefault(s, len(numbers)) for s in sets)
            for rule, sets in requires.items()
        }
        sets_with: dict[str, set[int]] = {}
        for literals, number in numbers.items():
            for w in literals:
                sets_with.setdefault(w, set()).add(number)
        self._sets_with = {w: frozenset(found) for w, found in sets_with.items()}
        self._index: LiteralIndex[str] = LiteralIndex({w: (w,) for w in self._sets_with})
        self.free = [rule for rule, sets in self.sets_of.items() if not sets]

    def satisfied(self, lowered: str) -> set[int]:
        """The numbers of the sets one of whose literals ``lowered`` holds."""
        sets_with = self._sets_with
        return set().union(*[sets_with[w] for w in self._index.literals_in(lowered)])

    def allows(self, rule: T, satisfied: set[int]) -> bool:
        return self.sets_of[rule] <= satisfied


# --- a pattern parsed once: compiled, and read, from the same syntax tree -----------------


def compile_parsed(source: str, flags: int = 0) -> tuple[re.Pattern[str], Any]:
    """``re.compile(source, flags)`` and the syntax tree it was compiled from. Parsing is
    most of compiling a pattern in Python's own engine (the parser is Python), and the
    lexicon reads each cue's tree again (``required_literals``, ``without_word_start``):
    parsed once, the tree serves all three. Raises what ``re.compile`` raises."""
    flags = int(flags)  # a ``re.RegexFlag`` too, as ``re.compile`` takes it
    tree = _parser.parse(source, flags)
    return _from_tree(source, tree, flags), tree


def _from_tree(source: str, tree: Any, flags: int) -> re.Pattern[str]:
    """The pattern ``re.compile(source, flags)`` makes, from ``tree`` (``source`` parsed, or
    a part of a parsed pattern that ``source`` spells): Python's ``_compiler.compile``, with
    the source kept on the pattern (given a tree, it leaves ``pattern`` None)."""
    code = _compiler._code(tree, flags)
    state = tree.state
    indexgroup: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    compiled: re.Pattern[str] = _compiler._sre.compile(
        source, flags | state.flags, code, state.groups - 1, state.groupdict, tuple(indexgroup)
    )
    return compiled


# --- case-insensitive rules run case-sensitively on lower-cased text ---------------------

_CASED_OUTSIDE_ASCII: Final = re.compile(r"[^\x00-\x7f]")


def lowered_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` (case-insensitive as a whole) with its literals lower-cased and without
    the flag, to search the text's ``lowered_for_twins`` form: the same spans, found faster
    (Python's engine skips an alternative whose first letter differs only when it respects
    case). None when that equivalence cannot be vouched for: a case-sensitive pattern, a
    named group or a cased letter outside ASCII in the pattern."""
    spelled = lowered_twin_source(pattern)
    return None if spelled is None else re.compile(*spelled)


def lowered_twin_source(pattern: re.Pattern[str]) -> tuple[str, int] | None:
    """The source and flags ``lowered_twin`` compiles, or None."""
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE or "(?P" in source or "(?-i" in source:
        return None
    if any(c.lower() != c or c.upper() != c for c in _CASED_OUTSIDE_ASCII.findall(source)):
        return None
    out: list[str] = []
    escaped = False
    for char in source:
        out.append(char if escaped else char.lower())  # \S, \W, \B, \D keep their case
        escaped = not escaped and char == "\\"
    return "".join(out), pattern.flags & ~re.IGNORECASE


def lowered_for_twins(text: str) -> str | None:
    """``text`` lower-cased for ``lowered_twin`` patterns, or None when a case-insensitive
    search could find something else there: ``searchable``'s traps, and a capital sigma
    (``str.lower`` makes a final one ``ς``, which the search's own lower case does not)."""
    lowered = searchable(text)
    return None if lowered is None or "\u03a3" in text else lowered


# --- a word-start look-behind checked after the search, not at every position -------------

_WORD_START_PREFIXES: Final = ("(?<!\\w)", "(?<![\\w])")


def without_word_start(
    pattern: re.Pattern[str], *, tree: Any = None, boundary: bool = False
) -> re.Pattern[str] | None:
    """``pattern`` without its leading ``(?<!\\w)``, when that lets Python's engine skip in C
    to the characters a match can begin with (the look-behind in front hides them from it,
    so it otherwise tries the whole pattern at every position): a pattern whose remainder
    starts with a literal or a set of literals, respecting case, and cannot match empty.
    ``word_start_spans`` then finds what ``pattern.finditer`` finds. None otherwise.

    ``tree``: the pattern's syntax tree when the caller has parsed it (``compile_parsed``).
    ``boundary``: a leading ``\\b`` counts as the look-behind too, when every match of the
    remainder begins with a word character (a boundary before a word character is a
    position after none); a case-sensitive pattern only."""
    source = pattern.pattern
    flags = pattern.flags
    prefix = next((p for p in _WORD_START_PREFIXES if source.startswith(p)), None)
    at_boundary = (
        prefix is None and boundary and source.startswith("\\b") and not flags & re.IGNORECASE
    )
    if at_boundary:
        prefix = "\\b"
    if prefix is None or flags & re.ASCII:
        return None
    try:
        whole = tree if tree is not None else _parser.parse(source, flags)
        if not _leads_with_word_start(whole, at_boundary=at_boundary):
            return None  # "(?<!\w)a|b": the look-behind is one alternative's only
        rest = _parser.SubPattern(whole.state, whole.data[1:])
        if rest.getwidth()[0] == 0:
            return None
        literal, _skip, _all = _compiler._get_literal_prefix(rest, flags)
        charset = None if literal else _compiler._get_charset_prefix(rest, flags)
        if not literal and not charset:
            return None
        first = [(_constants.LITERAL, literal[0])] if literal else charset
        if at_boundary and not _all_word(first):
            return None
        return _from_tree(source[len(prefix) :], rest, flags)
    except Exception:  # pragma: no cover - a compiled pattern's remainder parses
        return None


def _leads_with_word_start(tree: Any, *, at_boundary: bool) -> bool:
    """Whether the parsed pattern is a sequence whose first item is its word start."""
    if not tree.data:
        return False
    op, arg = tree.data[0]
    if at_boundary:
        return bool(op is _constants.AT and arg is _constants.AT_BOUNDARY)
    return bool(op is _constants.ASSERT_NOT)


def _all_word(charset: Any) -> bool:
    """Whether every character of a parsed character set (``[(op, arg), …]``) is a word
    character."""
    for op, arg in charset:
        if op is _constants.LITERAL:
            ok = _is_word(chr(arg))
        elif op is _constants.RANGE:
            low, high = arg
            ok = high - low < 1024 and all(_is_word(chr(c)) for c in range(low, high + 1))
        elif op is _constants.CATEGORY:
            ok = arg in (_constants.CATEGORY_DIGIT, _constants.CATEGORY_WORD)
        else:
            ok = False
        if not ok:
            return False
    return True


class WordStartless(Mapping[int, re.Pattern[str]]):
    """``without_word_start`` of each of the patterns given, by the given pattern's id, made
    on the first asking: most of a track set's patterns never run (their spans come from
    ``LiteralSpans``' pass), and parsing and compiling every remainder up front was the
    largest part of compiling a track set. The id of a pattern with no such remainder is
    missing, as it would be from a dictionary of them all."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self._patterns = {id(rx): rx for rx in patterns}
        self._made: dict[int, re.Pattern[str] | None] = {}

    def __getitem__(self, key: int) -> re.Pattern[str]:
        if key not in self._made:
            self._made[key] = without_word_start(self._patterns[key])
        made = self._made[key]
        if made is None:
            raise KeyError(key)
        return made

    def __iter__(self) -> Iterator[int]:
        return (key for key in self._patterns if key in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def word_start_spans(bare: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The spans ``finditer`` finds in ``text`` for ``(?<!\\w)`` followed by ``bare`` (see
    ``without_word_start``): each leftmost match of ``bare`` not preceded by a word
    character, the search going on after it; one preceded by a word character is no match
    there, and the search goes on from the next position."""
    out: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = bare.search(text, pos)
        if m is None:
            return out
        start, end = m.span()
        if start and _is_word(text[start - 1]):
            pos = start + 1
            continue
        out.append((start, end))
        pos = end


def twin_spans(
    pattern: re.Pattern[str],
    twin: re.Pattern[str] | None,
    bare: re.Pattern[str] | None,
    text: str,
    lowered: str | None,
) -> list[tuple[int, int]]:
    """The spans of ``pattern.finditer(text)``, found the fastest way known: its
    ``lowered_twin`` on ``lowered`` (``lowered_for_twins(text)``, None when the twin may not
    run), without its word-start look-behind when ``bare`` (``without_word_start`` of the
    pattern that runs) is given."""
    if twin is not None and lowered is not None:
        pattern, text = twin, lowered
    elif twin is not None:
        bare = None  # ``bare`` is the twin's
    if bare is not None:
        return word_start_spans(bare, text)
    return [m.span() for m in pattern.finditer(text)]


# --- one rule that rarely matches, skipped where its words are missing -------------------


class Gated:
    """A regular expression asked of every sentence (or of every track in it) that matches
    few: each call first looks for its ``required_literals`` in the text's lower case, and
    runs the expression only where one of each set is there. Where none is, the expression
    could not have matched, so every call answers what the expression answers; a text
    ``searchable`` cannot vouch for runs it as it is. ``regex`` is the expression."""

    __slots__ = ("_last", "_requires", "regex")

    def __init__(
        self, regex: re.Pattern[str], requires: tuple[frozenset[str], ...] | None = None
    ) -> None:
        """``requires``: the sets of lower-case literals to look for instead of those
        ``required_literals`` reads, when the caller knows sets the syntax tree does not show
        (each set's literals must each be their own ``searchable`` lower case)."""
        self.regex = regex
        self._requires = required_literals(regex) if requires is None else requires
        # The last search asked (the text, its bounds) and its answer: a rule asked per
        # track is asked the same of one sentence by each track in turn. One tuple,
        # replaced whole, so a reader on another thread sees a search with its own answer.
        self._last: tuple[str, int, int, re.Match[str] | None] = ("", -1, -1, None)

    @property
    def requires(self) -> tuple[frozenset[str], ...]:
        """The sets of lower-case literals a match needs one of each of (none: the
        expression runs on every text)."""
        return self._requires

    def _absent(self, text: str) -> bool:
        """Whether ``text`` lacks every literal of one required set (no match is possible)."""
        if not self._requires:
            return False
        lowered = searchable(text)
        if lowered is None:
            return False
        return not all(any(w in lowered for w in words) for words in self._requires)

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        last = self._last
        if last[0] is text and last[1] == pos and last[2] == endpos:
            return last[3]
        found = None if self._absent(text) else self.regex.search(text, pos, endpos)
        self._last = (text, pos, endpos, found)
        return found

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return None if self._absent(text) else self.regex.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return None if self._absent(text) else self.regex.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(text) else self.regex.finditer(text, pos, endpos)


# --- the cues a sentence can hold, in one pass --------------------------------------------


CuePosition = tuple[int, int]  # (signal, cue) of a lexicon


class CueIndex:
    """Which cue rules can match a sentence, by one automaton pass over its lower case that
    finds both the rules' anchors and their required literals (``RequiredSets``): a rule is
    a candidate when one of its anchors starts a word there (or it has no anchors,
    ``always``), and the sentence holds one literal of each of its required sets. A rule is
    a (signal, cue) position of the lexicon (the lexicon numbers its "not a cue" phrases
    (-1, i), so one pass serves both).

    Inside, rules are numbered in their sorted order; the required sets, and each rule's
    anchors taken as a set that must start a word, are bits of an integer: a literal found
    sets the bits of the sets it satisfies, and a rule is allowed when every bit of its own
    sets is set (one ``&`` instead of a set test per rule). Only the rules one of whose most
    selective set's literals was found are tested (its first required set, else its
    anchors, else it is tested in every sentence): a rule whose words are missing is not
    looked at."""

    def __init__(
        self,
        cues_for: Mapping[str, Sequence[CuePosition]],
        always: Sequence[CuePosition],
        required: Mapping[CuePosition, Sequence[frozenset[str]]],
    ) -> None:
        sets: RequiredSets[CuePosition] = RequiredSets(required)
        rules = sorted({*(r for found in cues_for.values() for r in found), *always, *required})
        number = {rule: i for i, rule in enumerate(rules)}
        self._rules: list[CuePosition] = rules
        # Each rule's anchors as one more set, numbered after the required ones.
        first_free = len({n for numbers in sets.sets_of.values() for n in numbers})
        anchor_sets, anchor_bit = _anchor_sets(cues_for, number, first_free)
        # per rule (by number), the bits of its required sets and of its anchors
        self._needs: list[int] = [
            _bits(sets.sets_of.get(rule, frozenset()))
            | (1 << anchor_bit[anchor_sets[i]] if i in anchor_sets else 0)
            for i, rule in enumerate(rules)
        ]
        fires, fires_at_start, self._tested_always = _tested_by(rules, required, anchor_sets)
        self._always: list[int] = sorted({number[rule] for rule in always})
        start_bits: dict[str, int] = {}
        for found, bit in anchor_bit.items():
            for literal in found:
                start_bits[literal] = start_bits.get(literal, 0) | 1 << bit
        self._automaton = ahocorasick.Automaton()
        for literal in {*cues_for, *sets._sets_with}:
            anchored = cues_for.get(literal)
            self._automaton.add_word(
                literal,
                _CueLiteral(
                    len(literal),
                    None if anchored is None else tuple(number[r] for r in anchored),
                    _bits(sets._sets_with.get(literal, frozenset())),
                    start_bits.get(literal, 0),
                    tuple(sorted(fires.get(literal, ()))),
                    tuple(sorted(fires_at_start.get(literal, ()))),
                ),
            )
        self._empty = not (cues_for or sets._sets_with)
        if not self._empty:
            self._automaton.make_automaton()

    def candidates(self, sentence: str) -> list[CuePosition]:
        """The rules that can match ``sentence``, sorted."""
        lowered = sentence.lower()
        # ``searchable(sentence)``, with the lower case made once for both.
        vouched = len(lowered) == len(sentence) and (
            sentence.isascii() or not _CASE_TRAPS.search(sentence)
        )
        if not vouched:
            return self._anchored_only(lowered)
        tested = set(self._tested_always)
        satisfied = 0
        if not self._empty:
            for end, hit in self._automaton.iter(lowered):
                satisfied |= hit.bits
                if hit.fires:
                    tested.update(hit.fires)
                if hit.start_bits:
                    start = end - hit.size + 1
                    if start == 0 or not _is_word(lowered[start - 1]):
                        satisfied |= hit.start_bits
                        tested.update(hit.fires_at_start)
        needs = self._needs
        rules = self._rules
        return [rules[i] for i in sorted([i for i in tested if needs[i] & satisfied == needs[i]])]

    def _anchored_only(self, lowered: str) -> list[CuePosition]:
        """Where the lower case cannot vouch for the required literals (``searchable``),
        every rule with an anchor at a word start, and every rule without anchors."""
        found = set(self._always)
        if not self._empty:
            for end, hit in self._automaton.iter(lowered):
                if hit.anchored is not None:
                    start = end - hit.size + 1
                    if start == 0 or not _is_word(lowered[start - 1]):
                        found.update(hit.anchored)
        rules = self._rules
        return [rules[i] for i in sorted(found)]


def _anchor_sets(
    cues_for: Mapping[str, Sequence[CuePosition]], number: Mapping[CuePosition, int], first: int
) -> tuple[dict[int, frozenset[str]], dict[frozenset[str], int]]:
    """Per rule (by number), the literals that stand for its anchors; each distinct set of
    them numbered from ``first``."""
    found: dict[int, set[str]] = {}
    for literal, anchored in cues_for.items():
        for rule in anchored:
            found.setdefault(number[rule], set()).add(literal)
    anchor_sets = {i: frozenset(literals) for i, literals in found.items()}
    bit: dict[frozenset[str], int] = {}
    for literals in anchor_sets.values():
        bit.setdefault(literals, first + len(bit))
    return anchor_sets, bit


def _tested_by(
    rules: Sequence[CuePosition],
    required: Mapping[CuePosition, Sequence[frozenset[str]]],
    anchor_sets: Mapping[int, frozenset[str]],
) -> tuple[dict[str, set[int]], dict[str, set[int]], list[int]]:
    """Which rules (by number) a literal found anywhere, or at a word start, makes tested:
    a rule is tested when a literal of its first (most selective) required set is found,
    else when one of its anchors starts a word; a rule with neither is tested always."""
    fires: dict[str, set[int]] = {}
    fires_at_start: dict[str, set[int]] = {}
    always: list[int] = []
    for i, rule in enumerate(rules):
        sets = required.get(rule) or ()
        if sets:
            for literal in sets[0]:
                fires.setdefault(literal, set()).add(i)
        elif i in anchor_sets:
            for literal in anchor_sets[i]:
                fires_at_start.setdefault(literal, set()).add(i)
        else:
            always.append(i)
    return fires, fires_at_start, always


class _CueLiteral:
    """What one literal of a ``CueIndex`` stands for."""

    __slots__ = ("anchored", "bits", "fires", "fires_at_start", "size", "start_bits")

    def __init__(
        self,
        size: int,
        anchored: tuple[int, ...] | None,
        bits: int,
        start_bits: int,
        fires: tuple[int, ...],
        fires_at_start: tuple[int, ...],
    ) -> None:
        self.size = size  # its length
        self.anchored = anchored  # the rules it anchors (numbers), or None
        self.bits = bits  # the required sets it satisfies wherever it is
        self.start_bits = start_bits  # the anchor sets it satisfies at a word start
        self.fires = fires  # the rules tested when it is found anywhere
        self.fires_at_start = fires_at_start  # … when it is found at a word start


def _bits(numbers: Iterable[int]) -> int:
    """An integer with the bits ``numbers`` set."""
    out = 0
    for n in numbers:
        out |= 1 << n
    return out


def allowed_in(
    required: RequiredSets[int], with_sets: Sequence[tuple[U, frozenset[int]]], lowered: str
) -> list[U]:
    """Of rules numbered in order, each given with the numbers of its required sets
    (``RequiredSets.sets_of``), those ``lowered`` (``searchable`` text) allows, in order."""
    satisfied = required.satisfied(lowered) if lowered else set()
    if not satisfied:
        return [with_sets[i][0] for i in required.free]
    return [rule for rule, sets in with_sets if sets <= satisfied]


def search_any(patterns: Sequence[re.Pattern[str]], text: str) -> bool:
    """Whether one of ``patterns`` matches somewhere in ``text``."""
    return any(pattern.search(text) is not None for pattern in patterns)  # a loop, compiled
