"""Keyword suggestions for a track: the words its own reporting tells it in.

An analyst types a track's people, sides, places and a few keywords before reading
anything; reporting then tells the track in its topic's own words ("lay down arms",
"tariff negotiations", "informal meeting") that nobody typed. This module finds them:

1. Every stored sentence is cut into phrases of one to three words, folded to lower case
   and singular ("Negotiations" and "negotiation" are one phrase), never starting or ending
   on a stop word, never holding a name (a word the documents capitalise inside sentences
   at least as often as not), a number, a word the track or another track already has,
   from a line the lexicon treats as page furniture (the cleaner's went at import).
2. A sentence *ties* to the track when the article holds evidence of the track, or else
   when it names one of the track's actors, parties or places. A sentence that is already
   evidence of the track, or claims a status for another track, does not: a suggestion is
   about what the track misses, and a phrase of another track's sentences would tie them
   to both.
3. Each phrase's rate in the tied sentences is set against its rate in every sentence as
   a log-odds ratio divided by its standard error (a z-score, half a sentence added to
   every cell). A phrase needs ``MIN_SENTENCES`` tied sentences in ``MIN_DOCUMENTS``
   articles, a score of ``MIN_SCORE`` and a rate ``MIN_RATIO`` times its rate in the other sentences.
   Left out: a phrase made only of the lexicon's status-cue words ("take place",
   "immediate future") or holding one's past form ("vote was postponed"); alone, an event noun ("summit"), a speaker word ("officials") or
   a verb's or adverb's form ("noting", "stressed", "publicly"); a phrase most of whose
   sentences a longer phrase holding it also has ("rebel" under "rebel council").
   The best come first (ties: more sentences, then alphabetical order); a phrase inside
   a better one, or holding one, is left out.

Pure and deterministic: the same documents give the same suggestions in the same order.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Final

from tracker.domain.models import Track
from tracker.extract.lexicon import load_lexicon
from tracker.extract.sentences import split_sentences

MIN_SENTENCES: Final = 3
MIN_DOCUMENTS: Final = 2
MAX_WORDS: Final = 3
MIN_SCORE: Final = 1.0
MIN_RATIO: Final = 3.0
SUBSUMED: Final = 0.75
_SMOOTH: Final = 0.5

# Function words, reporting verbs and words of time or quantity: never a phrase's first or
# last word (one may sit inside a three-word phrase: "lay down arms").
_STOP_TEXT: Final = """
    a about above according across after again against ago all almost also although always
    am among an and another any anyone anything are around as at away back be became because
    been before being below between both but by can cannot could did do does doing done down
    during each either else even ever every few for from further had has have having he her
    here hers herself him himself his how however i if in including into is it its itself
    just last later least less like made make makes making many may me might more most much
    must my near nearly neither never new next no nor not now of off often on once one only
    onto or other others our ours out over own per perhaps rather said same say saying says
    see seen several shall she should since so some still such than that the their theirs
    them themselves then there these they this those though through thus to today told
    tomorrow too toward towards two under until up upon us very via was we week weeks well
    were what whatever when where whether which while who whom whose why will with within
    without would year years yesterday yet you your month months day days time times told
    mr mrs ms dr percent per cent according added asked called comment comments news report
    reported reports reporting reuters afp ap statement spokesperson spokesman spokeswoman
    official officials people including way part three four five first second third
    past future recently recent soon early late along amid beyond despite inside outside behind
    beside ahead instead
    """
STOP_WORDS: Final = frozenset(_STOP_TEXT.split())

_CHUNK: Final = re.compile(r"[^,;:()\[\]\"“”‘’—–…!?]+")
_FURNITURE_CHARS: Final = 160
_POSSESSIVE: Final = re.compile(r"['’]s\b")
_WORD: Final = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]")


@dataclass(frozen=True)
class StoredDocument:
    """A stored article as the engine needs it: its id, title, cleaned text and the
    spans of the track's evidence in it."""

    id: int
    title: str
    text: str
    evidence: tuple[tuple[int, int], ...] = ()
    elsewhere: tuple[tuple[int, int], ...] = ()  # spans of other tracks' evidence


@dataclass(frozen=True)
class Example:
    document: str
    quote: str


@dataclass(frozen=True)
class Suggestion:
    phrase: str
    score: float
    sentences: int
    examples: tuple[Example, ...] = ()


@dataclass
class _Counts:
    sentences: int = 0
    tied: int = 0
    background: Counter[str] = field(default_factory=Counter)
    foreground: Counter[str] = field(default_factory=Counter)
    documents: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    examples: dict[str, list[Example]] = field(default_factory=lambda: defaultdict(list))


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lower case and singular, by the plural endings English reporting uses."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous")):
        return w[:-1]
    return w


def _words(text: str) -> list[list[str]]:
    """The runs of words of a sentence between punctuation marks."""
    plain = _POSSESSIVE.sub("", text)
    return [_WORD.findall(chunk) for chunk in _CHUNK.findall(plain)]


def _phrases(runs: Iterable[list[str]], names: frozenset[str], own: frozenset[str]) -> set[str]:
    out: set[str] = set()
    for run in runs:
        keys = [fold(w) for w in run]
        bad = [w.lower() in names or k in own or len(k) < 3 for w, k in zip(run, keys, strict=True)]
        for i in range(len(run)):
            if bad[i] or keys[i] in STOP_WORDS or "'" in keys[i]:
                continue
            for n in range(1, MAX_WORDS + 1):
                j = i + n
                if j > len(run) or bad[j - 1]:
                    break
                if keys[j - 1] not in STOP_WORDS and "'" not in keys[j - 1]:
                    out.add(" ".join(keys[i:j]))
    return out


def name_words(texts: Iterable[str]) -> frozenset[str]:
    """Words written with a capital inside sentences at least as often as without one: the
    names of people, places, outlets, months and days."""
    upper: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for text in texts:
        words = _WORD.findall(_POSSESSIVE.sub("", text))[1:]
        upper.update(w.lower() for w in words if w[0].isupper())
        lower.update(w for w in words if not w[0].isupper())
    return frozenset(w for w, n in upper.items() if n >= lower[w])


def track_terms(track: Track) -> tuple[str, ...]:
    """The names a track is told by: its actors' names and aliases, parties and places."""
    terms = [n for a in track.actors for n in a.names()] + track.parties + track.places
    return tuple(sorted({t.strip() for t in terms if t.strip()}))


def own_words(track: Track) -> frozenset[str]:
    """The folded words the track already has: keywords, context terms and its names."""
    words: set[str] = set()
    for term in [*track.keywords, *track.context_terms, *track_terms(track), track.kind.value]:
        words.update(fold(w) for w in _WORD.findall(term))
    return frozenset(words - STOP_WORDS)


@cache
def cue_words() -> frozenset[str]:
    """The stems of the words of the lexicon's status cues ("held", "postponed", "no
    immediate plans"): the engine reads them already, and a keyword holding one would tie
    every sentence telling any event's status to the track. Event nouns ("summit",
    "meeting") are left out: "informal meeting" is a fine suggestion."""
    lexicon = load_lexicon()
    nouns = {
        w.lower() for words in lexicon.data.event_nouns.values() for n in words for w in n.split()
    }
    words: set[str] = set()
    for signal in lexicon.data.signals:
        for cue in signal.cues:
            words.update(re.findall(r"[a-z]+", cue.lower()))
    return frozenset(stem(fold(w)) for w in words - nouns - STOP_WORDS)


@cache
def speaker_words() -> frozenset[str]:
    """The lexicon's words of who speaks ("officials", "envoy", "government"): they tell
    who said a thing, not what the track is."""
    return frozenset(fold(w) for w in load_lexicon().data.speaker_words)


def _told_by_the_lexicon(phrase: str) -> bool:
    words = phrase.split()
    if all(stem(w) in cue_words() or w in STOP_WORDS for w in words):
        return True
    if any(w.endswith("ed") and stem(w) in cue_words() for w in words):
        return True  # "vote was postponed": a status told, not the track's word
    if len(words) > 1:
        return False
    word = words[0]
    return word in speaker_words() or word in event_nouns() or word.endswith(_NOT_ALONE)


# A single word with these endings is a verb's form or an adverb ("noting", "stressed",
# "publicly"): it tells how something was done or said, not what the track is.
_NOT_ALONE: Final = ("ing", "ed", "ly")


@cache
def event_nouns() -> frozenset[str]:
    """The lexicon's one-word event nouns of every kind, folded: alone, "summit" or "deal"
    would tie any track's encounter to this one."""
    return frozenset(fold(w) for w in load_lexicon().event_words)


def stem(word: str) -> str:
    """A word without one inflection ending ("postponed", "postponing" → "postpon"), to
    compare a phrase's word with the cue words however a cue spells its endings."""
    for ending in ("ing", "ed", "es", "e", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _excluded(track: Track, others: Sequence[Track]) -> frozenset[str]:
    """Words no suggestion may hold: the track's own and the other tracks' (a word another
    track has would tie its sentences to both)."""
    words = set(own_words(track))
    for other in others:
        if other.id != track.id:
            words |= own_words(other) - {other.kind.value}
    return frozenset(words)


def _term_pattern(terms: Sequence[str]) -> re.Pattern[str] | None:
    if not terms:
        return None
    alternation = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


def _furniture(text: str) -> bool:
    """A line the lexicon treats as page furniture (stored text was cleaned of the
    cleaner's furniture at import)."""
    if len(text) > _FURNITURE_CHARS:
        return False
    lowered = text.lower()
    return any(p.search(lowered) for p in load_lexicon().boilerplate)


def _overlapping(
    sentences: Sequence[tuple[int, int, int, str]], spans: Sequence[tuple[int, int]]
) -> set[int]:
    return {
        i
        for i, (start, end, _p, _t) in enumerate(sentences)
        if any(s < end and start < e for s, e in spans)
    }


def _tied_indexes(
    doc: StoredDocument, sentences: Sequence[tuple[int, int, int, str]], terms: re.Pattern[str]
) -> set[int]:
    """Which sentences of a document tie to the track: every one of an article holding its
    evidence, elsewhere those naming one of its actors, parties or places; never its
    evidence already, nor another track's."""
    evidence = _overlapping(sentences, doc.evidence)
    if evidence:
        tied = set(range(len(sentences)))
    else:
        tied = {i for i, (_s, _e, _p, text) in enumerate(sentences) if terms.search(text)}
    return tied - evidence - _overlapping(sentences, doc.elsewhere)


@dataclass(frozen=True)
class _Reading:
    """What the counting needs of the track and the documents."""

    names: frozenset[str]  # words the documents write as names
    excluded: frozenset[str]  # the track's and the other tracks' words
    terms: re.Pattern[str] | None  # the track's actors, parties, places


def _reading(
    track: Track, documents: Sequence[StoredDocument], others: Sequence[Track]
) -> _Reading:
    return _Reading(
        name_words(doc.text for doc in documents),
        _excluded(track, others),
        _term_pattern(track_terms(track)),
    )


def _count(documents: Sequence[StoredDocument], r: _Reading) -> _Counts:
    counts = _Counts()
    for doc in documents:
        split = [
            (s.start, s.end, s.paragraph, s.text)
            for s in split_sentences(doc.text)
            if not _furniture(s.text)
        ]
        tied = set() if r.terms is None else _tied_indexes(doc, split, r.terms)
        for i, (_s, _e, _p, text) in enumerate(split):
            runs = _words(text)
            phrases = _phrases(runs, r.names, r.excluded)
            counts.sentences += 1
            counts.background.update(phrases)
            if i in tied:
                _add_tied(counts, doc, text, runs, phrases)
    return counts


def _add_tied(
    counts: _Counts, doc: StoredDocument, text: str, runs: list[list[str]], phrases: set[str]
) -> None:
    counts.tied += 1
    counts.foreground.update(phrases)
    for phrase in phrases:
        counts.documents[phrase].add(doc.id)
        shown = counts.examples[phrase]
        if len(shown) < 2 and all(e.document != doc.title for e in shown):
            shown.append(Example(doc.title, text))


def _surface(phrase: str, examples: Sequence[Example]) -> str:
    """How the phrase is written in its first example, in lower case."""
    n = phrase.count(" ") + 1
    for example in examples:
        for run in _words(example.quote):
            keys = [fold(w) for w in run]
            for i in range(len(run) - n + 1):
                if " ".join(keys[i : i + n]) == phrase:
                    return " ".join(run[i : i + n]).lower()
    return phrase


def log_odds(a: int, tied: int, b: int, total: int) -> float:
    """The z-score of the log-odds ratio of a phrase in ``a`` of ``tied`` sentences against
    ``b`` of ``total`` sentences (each cell smoothed by half a sentence)."""
    rest_in, rest_all = max(b - a, 0), max(total - tied, 0)
    cells = (a, tied - a, rest_in, rest_all - rest_in)
    a1, a2, b1, b2 = (c + _SMOOTH for c in cells)
    delta = math.log(a1 / a2) - math.log(b1 / b2)
    return delta / math.sqrt(1 / a1 + 1 / a2 + 1 / b1 + 1 / b2)


def _ratio(a: int, tied: int, b: int, total: int) -> float:
    """How many times more often the phrase is in the tied sentences than in the others
    (half a sentence added to each count)."""
    rest, others = max(b - a, 0), max(total - tied, 0)
    return ((a + _SMOOTH) / (tied + _SMOOTH)) / ((rest + _SMOOTH) / (others + _SMOOTH))


def _enough(counts: _Counts, phrase: str, a: int) -> bool:
    return a >= MIN_SENTENCES and len(counts.documents[phrase]) >= MIN_DOCUMENTS


def _subsumed(phrase: str, a: int, held: dict[str, int]) -> bool:
    """Whether a longer phrase holding this one is in most of its sentences ("rebel" in
    "rebel council"): the longer one says more."""
    n = phrase.count(" ") + 1
    if n == MAX_WORDS:
        return False
    padded = f" {phrase} "
    return any(
        c.count(" ") + 1 > n and padded in f" {c} " and b >= SUBSUMED * a for c, b in held.items()
    )


def _nested(phrase: str, chosen: Iterable[str]) -> bool:
    padded = f" {phrase} "
    return any(f" {c} " in padded or padded in f" {c} " for c in chosen)


def suggest_keywords(
    track: Track,
    documents: Sequence[StoredDocument],
    *,
    others: Sequence[Track] = (),
    limit: int = 10,
) -> list[Suggestion]:
    """The phrases that tell ``track`` in sentences that tie to it but are not yet its
    evidence, best first (see the module's docstring); ``others`` are the other tracks."""
    counts = _count(documents, _reading(track, documents, others))
    ranked: list[tuple[float, int, str]] = []
    held = {p: a for p, a in counts.foreground.items() if _enough(counts, p, a)}
    for phrase, a in held.items():
        if _subsumed(phrase, a, held):
            continue
        z = log_odds(a, counts.tied, counts.background[phrase], counts.sentences)
        if (
            z >= MIN_SCORE
            and _ratio(a, counts.tied, counts.background[phrase], counts.sentences) >= MIN_RATIO
            and not _told_by_the_lexicon(phrase)
        ):
            ranked.append((-round(z, 6), -a, phrase))
    ranked.sort()
    out: list[Suggestion] = []
    chosen: list[str] = []
    for neg_z, neg_a, phrase in ranked:
        if len(out) >= limit:
            break
        if _nested(phrase, chosen):
            continue
        chosen.append(phrase)
        shown = _surface(phrase, counts.examples[phrase])
        out.append(Suggestion(shown, round(-neg_z, 2), -neg_a, tuple(counts.examples[phrase])))
    return out
