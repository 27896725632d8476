"""The status-signal lexicon: analyst-editable data in ``resources/lexicon.json``.

The file is validated with pydantic and its cue phrases compiled once into regular
expressions (see ``compile_cue`` for the phrase syntax, documented in docs/lexicon.md).
Matching runs on text normalised by ``normalize_same_length`` (straight quotes), so the
offsets it reports are offsets into the original text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Final, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from tracker.domain.readings import LexiconRule
from tracker.domain.vocabulary import TrackKind
from tracker.extract.lexicon_inflect import spell_slots
from tracker.extract.literals import (
    CueIndex,
    LiteralIndex,
    RequiredSets,
    allowed_in,
    compile_parsed,
    lowered_for_twins,
    lowered_twin_source,
    required_literals,
    search_any,
    searchable,
    twin_spans,
    without_word_start,
)
from tracker.paths import resources_dir

T = TypeVar("T")

GAP_WORDS: Final = 10
# A kind the lexicon does not name reads like its nearest kind.
KIND_FALLBACK: Final = {
    TrackKind.CONFERENCE: TrackKind.MEETING,
    TrackKind.VISIT: TrackKind.MEETING,
    TrackKind.TALKS: TrackKind.CHANNEL,
}
_SEP: Final = r"[\s\"'()\-]+"
_GAP: Final = rf"(?:{_SEP}[^\s]+?){{0,{GAP_WORDS}}}?"
_GAP_AFTER_SEP: Final = rf"(?:[^\s]+?{_SEP}){{0,{GAP_WORDS}}}?"
_WILD: Final = r"[\w'\-]*"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SignalSpec(_Strict):
    """One status signal: its codes, the status it implies per track kind, its cues."""

    signal: str
    label: str = ""
    cameo: str | None = None
    plover: str | None = None
    status: dict[TrackKind, str | None] = Field(default_factory=dict)
    cues: list[str]
    # When one sentence carries cues of several signals for a track, the lower number wins
    # (a change of plan over an occurrence over a proposal).
    precedence: int = 5


class ModalitySpec(_Strict):
    denial: list[str] = Field(default_factory=list)
    negation: list[str] = Field(default_factory=list)
    hypothetical: list[str] = Field(default_factory=list)
    future: list[str] = Field(default_factory=list)
    reported: list[str] = Field(default_factory=list)


class AnaphorSpec(_Strict):
    phrase: str
    kinds: list[TrackKind]


class LexiconFile(_Strict):
    """The JSON document as stored."""

    comment: str = ""
    version: int = 1
    signals: list[SignalSpec]
    modality: ModalitySpec = Field(default_factory=ModalitySpec)
    anaphors: list[AnaphorSpec] = Field(default_factory=list)
    past_markers: list[str] = Field(default_factory=list)
    same_day: list[str] = Field(default_factory=list)
    speaker_words: list[str] = Field(default_factory=list)
    compatible: list[tuple[str, str]] = Field(default_factory=list)
    boilerplate: list[str] = Field(default_factory=list)
    # Event nouns: "generic" words never make a keyword specific; per kind family
    # ("encounter", "channel", "group") the nouns that name that kind of event.
    event_nouns: dict[str, list[str]] = Field(default_factory=dict)
    # Phrases that look like cues but are not ("without delay", "met with criticism").
    not_cues: list[str] = Field(default_factory=list)


# A word, also one joined by en dashes as reporting prints two sides' names ("Norway–Chile").
_ANY_WORD: Final = r"[\w\-]+(?:\u2013[\w\-]+)*(?:'[\w]+)?"


def _word_pattern(token: str) -> str:
    """One word slot: ``word``, ``word*``, ``(a|b*|c)``, or ``*`` (any one word) and
    ``*'s`` (any possessive)."""
    if token == "*":
        return _ANY_WORD
    if token == "*'s":
        return r"[\w\-]+(?:\u2013[\w\-]+)*'s"
    if token.startswith("(") and token.endswith(")") and "|" in token:
        options = [_word_pattern(part) for part in token[1:-1].split("|") if part]
        return "(?:" + "|".join(options) + ")"
    if " " in token:  # an alternative made of several words, e.g. (called for|urged)
        return _SEP.join(_word_pattern(part) for part in token.split())
    if token.endswith("*"):
        return re.escape(token[:-1]) + _WILD
    return re.escape(token)


def _tokens(phrase: str) -> list[str]:
    """Split a phrase on spaces, keeping ``(a b|c)`` and ``[x y]`` groups whole."""
    out: list[str] = []
    depth = 0
    current = ""
    for char in phrase:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        if char == " " and depth == 0:
            if current:
                out.append(current)
            current = ""
        else:
            current += char
    if current:
        out.append(current)
    return out


def compile_cue(phrase: str) -> re.Pattern[str]:
    """Compile a cue phrase (see module docs) into a case-insensitive regular expression.

    ``re:...`` is taken as a raw regular expression. Otherwise words are separated by
    spaces (matching whitespace, hyphens or quotes), ``*`` ends a word with any suffix,
    ``(a|b)`` is one word out of several, ``*`` is any one word (``*'s`` any possessive),
    ``[w]`` is optional, ``...`` skips up to ``GAP_WORDS`` words and ``{verb}`` is any form
    of the verb (``lexicon_inflect``).
    """
    return re.compile(*_cue_source(phrase))


def _cue_source(phrase: str) -> tuple[str, int]:
    """The regular expression ``compile_cue`` compiles and its flags."""
    if phrase.startswith("re:"):
        return phrase[3:], re.IGNORECASE
    phrase = spell_slots(phrase)
    slots: list[tuple[str, bool, bool]] = []  # (pattern, optional, gap before)
    gap = False
    for token in _tokens(phrase.strip()):
        if token == "...":
            gap = True
            continue
        optional = token.startswith("[") and token.endswith("]")
        slots.append((_word_pattern(token[1:-1] if optional else token), optional, gap))
        gap = False
    pattern = ""
    after_optional = False  # the previous slot was optional and carries its own separator
    for index, (body, optional, gap_before) in enumerate(slots):
        joiner = ""
        if pattern and not after_optional:
            joiner = (_GAP + _SEP) if gap_before else _SEP
        elif pattern and gap_before:
            # The optional slot ended on its own separator: the skipped words carry theirs.
            joiner = _GAP_AFTER_SEP
        last = index == len(slots) - 1
        if optional and not last:
            pattern += f"{joiner}(?:{body}{_SEP})?"
            after_optional = True
            continue
        if optional:
            pattern += f"(?:{joiner or _SEP}{body})?"
        else:
            pattern += f"{joiner}{body}"
        after_optional = False
    return rf"(?<![\w]){pattern}(?![\w])", re.IGNORECASE


def cue_anchors(phrase: str) -> tuple[str, ...] | None:
    """Lower-case literals of which a sentence must contain one for ``phrase`` to match (the
    most selective required word slot), or None when no such slot exists (raw regular
    expressions, slots of wildcards only). A cheap ``in`` test on them skips most cues."""
    if phrase.startswith("re:"):
        return None
    best: tuple[str, ...] | None = None
    for token in _tokens(spell_slots(phrase).strip()):
        if token == "..." or (token.startswith("[") and token.endswith("]")):
            continue
        options = (
            token[1:-1].split("|") if token.startswith("(") and token.endswith(")") else [token]
        )
        # The first word of each option: a space in a cue also matches a hyphen or quotes.
        literals = tuple(
            o.split()[0].rstrip("*").lower()
            for o in options
            if o.strip() and o.split()[0].rstrip("*")
        )
        if not literals or len(literals) != len(options):
            continue
        if best is None or min(map(len, literals)) > min(map(len, best)):
            best = literals
    return best


@dataclass(frozen=True)
class CompiledCue:
    cue: str
    pattern: re.Pattern[str]
    anchors: tuple[str, ...] | None
    # Literals every match holds one of each of (``required_literals``).
    requires: tuple[frozenset[str], ...] = ()

    # ``twin`` and ``bare`` are made when the cue first runs: a sentence runs only the cues
    # its words allow (``CueIndex``), and most of the lexicon's never run in a process that
    # reads a few articles; making both for every cue up front was most of compiling it.
    @cached_property
    def _runners(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        """``twin`` and ``bare``, from one parse of the twin's source."""
        spelled = lowered_twin_source(self.pattern)
        if spelled is None:
            return None, None
        twin, tree = compile_parsed(*spelled)
        return twin, without_word_start(twin, tree=tree, boundary=True)

    @cached_property
    def twin(self) -> re.Pattern[str] | None:
        """``pattern`` to run on lower-cased text (``lowered_twin``); see
        ``literals.twin_spans``."""
        return self._runners[0]

    @cached_property
    def bare(self) -> re.Pattern[str] | None:
        """``twin`` without its word start, a look-behind or a ``\\b`` before a word
        character (``without_word_start``)."""
        return self._runners[1]

    def spans(self, text: str, lowered: str | None) -> list[tuple[int, int]]:
        """What ``pattern.finditer(text)`` finds; ``lowered``: ``lowered_for_twins(text)``."""
        return twin_spans(self.pattern, self.twin, self.bare, text, lowered)


@dataclass(frozen=True)
class CompiledSignal:
    spec: SignalSpec
    patterns: tuple[CompiledCue, ...]

    @property
    def name(self) -> str:
        return self.spec.signal

    def status_for(self, kind: TrackKind | str) -> str | None:
        return _status_of(self.spec, kind)


def _status_of(spec: SignalSpec, kind: TrackKind | str) -> str | None:
    kind = TrackKind(kind)
    if kind not in spec.status:
        kind = KIND_FALLBACK.get(kind, kind)
    return spec.status.get(kind)


@dataclass(frozen=True)
class CompiledAnaphor:
    phrase: str
    pattern: re.Pattern[str]
    kinds: frozenset[TrackKind]


def _with_fallbacks(kinds: list[TrackKind]) -> frozenset[TrackKind]:
    out = set(kinds)
    out.update(k for k, near in KIND_FALLBACK.items() if near in out)
    return frozenset(out)


def _compiled_cue(phrase: str) -> CompiledCue:
    pattern, tree = compile_parsed(*_cue_source(phrase))
    return CompiledCue(phrase, pattern, cue_anchors(phrase), required_literals(pattern, tree=tree))


def _needs(rules: Iterable[tuple[T, tuple[str, ...] | None]]) -> dict[str, list[T]]:
    """Literal -> the rules (with anchors) that need it."""
    out: dict[str, list[T]] = {}
    for rule, anchors in rules:
        for anchor in anchors or ():
            out.setdefault(anchor, []).append(rule)
    return out


class Patterns(tuple[re.Pattern[str], ...]):
    """Compiled cue patterns of one lexicon list (denial, negation …): a tuple that hashes
    by identity, so a cache keyed on it does not hash every pattern's program at each
    look-up (a list is compiled once per lexicon and kept by it), and knows which of its
    patterns can match a text (``candidates``)."""

    @cached_property
    def _required(self) -> RequiredSets[int]:
        """Built at the first search (start-up compiles every list and uses few)."""
        return RequiredSets({i: required_literals(p) for i, p in enumerate(self)})

    def candidates(self, text: str) -> list[re.Pattern[str]]:
        """The patterns that can match ``text`` (one needing a literal it lacks cannot),
        in order."""
        lowered = searchable(text)
        if lowered is None:
            return list(self)
        return allowed_in(self._required, self._with_sets, lowered)

    @cached_property
    def _with_sets(self) -> tuple[tuple[re.Pattern[str], frozenset[int]], ...]:
        """Each pattern with the numbers of the sets it requires, in order."""
        sets_of = self._required.sets_of
        return tuple((p, sets_of[i]) for i, p in enumerate(self))

    def search_any(self, text: str) -> bool:
        """Whether one of the patterns matches ``text``."""
        return search_any(self.candidates(text), text)

    def __hash__(self) -> int:
        return id(self)

    def __eq__(self, other: object) -> bool:
        return self is other

    def __ne__(self, other: object) -> bool:
        return self is not other


def _compile_all(phrases: list[str]) -> Patterns:
    return Patterns(compile_cue(p) for p in phrases)


# The lists of phrases compiled as ``Patterns`` (their required literals built on first use).
_PATTERN_LISTS: Final = (
    "denial",
    "negation",
    "hypothetical",
    "future",
    "reported",
    "past_markers",
    "same_day",
    "boilerplate",
)

# What ``Lexicon.compile`` builds: every compiled list, then the indexes over them.
_COMPILED_PARTS: Final = (
    "signals",
    "by_name",
    "denial",
    "negation",
    "hypothetical",
    "future",
    "reported",
    "anaphors",
    "past_markers",
    "same_day",
    "boilerplate",
    "not_cues",
    "_indexed",
)


class Lexicon:
    """A validated lexicon, its cue phrases compiled on first use. Build it with
    ``load_lexicon`` or ``Lexicon(data)``.

    What a status needs (``status_for``, ``compatible``, ``precedence`` …) reads the data
    alone; each list of cue phrases is compiled the first time a reading asks for it, so a
    command that only shows statuses never compiles a pattern. ``compile`` compiles every
    one (to refuse a phrase that cannot be compiled, before it is stored)."""

    def __init__(self, data: LexiconFile) -> None:
        self.data = data
        self._specs: dict[str, SignalSpec] = {s.signal: s for s in data.signals}
        self.speaker_words = frozenset(w.lower() for w in data.speaker_words)
        self._compatible = {frozenset(pair) for pair in data.compatible}
        self.event_nouns_json = json.dumps(data.event_nouns, sort_keys=True)

    def compile(self) -> Lexicon:
        """Compile every cue phrase now (a phrase that cannot be compiled raises)."""
        for name in _COMPILED_PARTS:
            getattr(self, name)
        return self

    def warm(self) -> Lexicon:
        """Compile everything a reading may ask for later, now: every list and index
        (``compile``), each cue's and "not a cue" phrase's lower-case twin and its remainder
        without the word start (made when a cue first runs otherwise), and each list's
        required literals. For a process whose children read (the reading workers' fork
        server): what it builds, they inherit instead of each building it on its first
        articles. Nothing it builds changes what a reading finds."""
        self.compile()
        cues = [cue for signal in self.signals for cue in signal.patterns]
        for cue in (*cues, *self.not_cues):
            cue.bare  # noqa: B018 - compiles the twin and the remainder (``_runners``)
        for name in _PATTERN_LISTS:
            patterns: Patterns = getattr(self, name)
            patterns._with_sets  # noqa: B018 - the required literals, by set
        return self

    @cached_property
    def signals(self) -> tuple[CompiledSignal, ...]:
        return tuple(
            CompiledSignal(s, tuple(_compiled_cue(cue) for cue in s.cues))
            for s in self.data.signals
        )

    @cached_property
    def by_name(self) -> dict[str, CompiledSignal]:
        return {s.name: s for s in self.signals}

    @cached_property
    def denial(self) -> Patterns:
        return _compile_all(self.data.modality.denial)

    @cached_property
    def negation(self) -> Patterns:
        return _compile_all(self.data.modality.negation)

    @cached_property
    def hypothetical(self) -> Patterns:
        return _compile_all(self.data.modality.hypothetical)

    @cached_property
    def future(self) -> Patterns:
        return _compile_all(self.data.modality.future)

    @cached_property
    def reported(self) -> Patterns:
        return _compile_all(self.data.modality.reported)

    @cached_property
    def anaphors(self) -> tuple[CompiledAnaphor, ...]:
        return tuple(
            CompiledAnaphor(a.phrase, compile_cue(a.phrase), _with_fallbacks(a.kinds))
            for a in self.data.anaphors
        )

    @cached_property
    def past_markers(self) -> Patterns:
        return _compile_all(self.data.past_markers)

    @cached_property
    def same_day(self) -> Patterns:
        return _compile_all(self.data.same_day)

    @cached_property
    def boilerplate(self) -> Patterns:
        return _compile_all(self.data.boilerplate)

    @cached_property
    def not_cues(self) -> tuple[CompiledCue, ...]:
        return tuple(_compiled_cue(phrase) for phrase in self.data.not_cues)

    @cached_property
    def event_words(self) -> frozenset[str]:
        """The one-word event nouns of every kind ("summit", "talks", "meeting" …)."""
        return frozenset(
            w.lower() for words in self.data.event_nouns.values() for w in words if " " not in w
        )

    @cached_property
    def _indexed(self) -> bool:
        """The cue, not-cue and anaphor indexes, built at the first reading."""
        self._index_anchors()
        return True

    def _index_anchors(self) -> None:
        """One pass over a sentence finds which cues and "not a cue" phrases can match: every
        anchor literal and required literal in one automaton, mapped back to the (signal,
        cue) positions that need them; the not-cues are (-1, i)."""
        rules = [
            *(((-1, i), cue) for i, cue in enumerate(self.not_cues)),
            *(
                ((si, ci), compiled)
                for si, signal in enumerate(self.signals)
                for ci, compiled in enumerate(signal.patterns)
            ),
        ]
        always = [position for position, cue in rules if cue.anchors is None]
        by_anchor: dict[str, list[tuple[int, int]]] = {}
        for position, cue in rules:
            for anchor in cue.anchors or ():
                by_anchor.setdefault(anchor, []).append(position)
        anchors = sorted(by_anchor, key=lambda a: (-len(a), a))
        # A matched literal also stands for every shorter anchor it begins with.
        cues_for: dict[str, tuple[tuple[int, int], ...]] = {
            a: tuple(sorted({pos for b in anchors if a.startswith(b) for pos in by_anchor[b]}))
            for a in anchors
        }
        self._cue_index = CueIndex(
            cues_for, always, {position: cue.requires for position, cue in rules}
        )
        self._anaphor_index: LiteralIndex[int] = LiteralIndex(
            _needs((i, cue_anchors(a.phrase)) for i, a in enumerate(self.anaphors))
        )
        self._anaphor_always = [
            i for i, a in enumerate(self.anaphors) if cue_anchors(a.phrase) is None
        ]

    def anaphors_in(self, sentence: str) -> tuple[CompiledAnaphor, ...]:
        """The anaphors that can match ``sentence`` (one whose words it lacks cannot), in
        lexicon order."""
        self._indexed  # noqa: B018 - builds the indexes at the first reading
        lowered = searchable(sentence)
        if lowered is None:
            return self.anaphors
        wanted = {*self._anaphor_always, *self._anaphor_index.rules_in(lowered)}
        return tuple(a for i, a in enumerate(self.anaphors) if i in wanted)

    def blocked_spans(self, sentence: str) -> list[tuple[int, int]]:
        """Spans of phrases that only look like cues ("without delay")."""
        wanted = [i for si, i in self.candidates(sentence) if si < 0]
        twins = lowered_for_twins(sentence) if wanted else None
        return [span for i in wanted for span in self.not_cues[i].spans(sentence, twins)]

    def candidate_cues(self, sentence: str) -> list[tuple[int, int]]:
        """(signal index, cue index) of every cue that can match ``sentence``, in order."""
        return [position for position in self.candidates(sentence) if position[0] >= 0]

    def candidates(self, sentence: str) -> list[tuple[int, int]]:
        """(signal index, cue index) of every cue that can match ``sentence``, and (-1, i)
        of every "not a cue" phrase ``not_cues[i]`` that can, sorted (the not-cues first):
        one automaton pass finds the anchors at word starts and the literals the phrases
        require (``literals.CueIndex``); a phrase whose anchors do not start a word there, or
        whose required literals are not all in the sentence, cannot match."""
        self._indexed  # noqa: B018 - builds the indexes at the first reading
        return self._cue_index.candidates(sentence)

    @classmethod
    def from_dict(cls, raw: object) -> Lexicon:
        return cls(LexiconFile.model_validate(raw))

    def compatible(self, a: str, b: str) -> bool:
        """Whether two statuses agree (equal, or listed as a compatible pair)."""
        return a == b or frozenset((a, b)) in self._compatible

    def cameo(self, signal: str | None) -> str | None:
        spec = self._specs.get(signal or "")
        return spec.cameo if spec else None

    def plover(self, signal: str | None) -> str | None:
        spec = self._specs.get(signal or "")
        return spec.plover if spec else None

    def precedence(self, signal: str) -> int:
        spec = self._specs.get(signal)
        return spec.precedence if spec else 9

    def status_for(self, signal: str | None, kind: TrackKind | str) -> str | None:
        """The status ``signal`` implies on a track of ``kind`` (None: a mere development)."""
        spec = self._specs.get(signal or "")
        return _status_of(spec, kind) if spec else None

    def has_signal(self, name: str) -> bool:
        return name in self._specs

    def signal_names(self) -> list[str]:
        return list(self._specs)


def default_lexicon_path() -> Path:
    return resources_dir() / "lexicon.json"


@lru_cache(maxsize=8)
def _load(path: Path) -> Lexicon:
    with path.open(encoding="utf-8") as handle:
        return Lexicon.from_dict(json.load(handle))


def load_lexicon(path: Path | None = None) -> Lexicon:
    """The lexicon at ``path`` (default ``resources/lexicon.json``), parsed once and cached."""
    return _load(path.resolve() if path else _default_resolved())


@lru_cache(maxsize=1)
def _default_resolved() -> Path:
    """The bundled lexicon's resolved path, looked up once (the look-up touches the file
    system: every extraction asks for the lexicon)."""
    return default_lexicon_path().resolve()


# --- the user lexicon: rules analysts taught, layered over the bundled file ---------------

# A cue an analyst limited to some kinds of track reads as a signal of its own name,
# ``held@7`` (rule 7's "held"); ``base_signal`` gives the signal findings carry.
RULE_MARK: Final = "@"
_MODALITY_LISTS: Final = {
    "negated": "negation",
    "denied": "denial",
    "hypothetical": "hypothetical",
    "future": "future",
    "reported": "reported",
}


def base_signal(name: str | None) -> str | None:
    """The bundled signal a (possibly rule-limited) signal name stands for."""
    return name.split(RULE_MARK, 1)[0] if name else name


def _add_rule(data: LexiconFile, rule: LexiconRule) -> None:
    if rule.effect == "not_cue":
        data.not_cues.append(rule.phrase)
        return
    if rule.effect == "modality":
        getattr(data.modality, _MODALITY_LISTS[rule.modality or "negated"]).append(rule.phrase)
        return
    spec = next((s for s in data.signals if s.signal == rule.signal), None)
    if spec is None:
        raise ValueError(f"the lexicon has no signal {rule.signal!r}")
    if not rule.kinds:
        spec.cues.append(rule.phrase)
        return
    kinds = _with_fallbacks(list(rule.kinds))
    data.signals.append(
        spec.model_copy(
            update={
                "signal": f"{spec.signal}{RULE_MARK}{rule.id}",
                "status": {k: _status_of(spec, k) if k in kinds else None for k in TrackKind},
                "cues": [rule.phrase],
            }
        )
    )


@lru_cache(maxsize=8)
def _layered(base: Lexicon, rules: tuple[str, ...]) -> Lexicon:
    data = base.data.model_copy(deep=True)
    for raw in rules:
        _add_rule(data, LexiconRule.model_validate_json(raw))
    return Lexicon(data)


def with_rules(base: Lexicon, rules: Sequence[LexiconRule]) -> Lexicon:
    """``base`` with the analysts' ``rules`` layered over it (compiled once per set of
    rules). A rule limited to some kinds of track adds a signal named ``SIGNAL@RULE`` that
    implies its status only on those kinds; ``base_signal`` maps findings back."""
    if not rules:
        return base
    return _layered(base, tuple(r.model_dump_json() for r in rules))
