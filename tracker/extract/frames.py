"""The clause's verb, read when no listed cue of a track fires in a sentence (``read_frames``).

A compact table of verb classes (``resources/verbclasses.json``, derived from the CAMEO 2.0
verb dictionary: consult 040, visit 042, host 043, negotiate 046, sign 057, halt 16x) is
spelled into a dict of forms once. One pass over a sentence's words finds each verb of the
table and reads its group backwards: auxiliaries, tense, aspect, voice, negation and the
word that puts it ahead ("will", "is to", "due to") or makes it a wish ("hoped to", "would
like to"). A ``Frame`` is that reading: the verb, its class, its tense and its span.

Pure and deterministic; no regular expression per verb: a word's form is looked up in a
dict. What status a frame tells on a track is ``frame_signal`` (the lexicon's own signals:
``held``, ``visit_made``, ``engaged``, ``stalled``); which frame belongs to a track, and
the refusals of other occasions, are the cue choice's (``cuechoice.told_by_the_verb``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

from tracker.domain.vocabulary import KindFamily, TrackKind, kind_family
from tracker.extract.lexicon_inflect import verb_forms
from tracker.paths import resources_dir

# Tenses a frame reads.
PAST: Final = "past"  # "discussed", "were signed" (passive), "did meet"
PERFECT: Final = "perfect"  # "have exchanged", "had hosted", "has been received"
PRESENT: Final = "present"  # a headline's present: "Xi hosts leaders"
ONGOING: Final = "ongoing"  # "are negotiating", "keep talking", "continue to work on"
AHEAD: Final = "ahead"  # "will sit down", "is to travel", "are due to meet"

_WORD: Final = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_POSSESSIVE: Final = re.compile(r"['’]s$")
_OBJECT_REACH: Final = 5  # words after the verb within which a needed noun must come


@dataclass(frozen=True)
class VerbForm:
    lemma: str  # the table's entry ("hold: talks …" reads as "hold")
    cls: str  # consult, host, visit, negotiate, sign, halt
    role: str  # base, third, ed (past or participle), ing
    particle: str  # a word that must follow ("down" of "sit down"), or ""
    objects: frozenset[str]  # nouns one of which must follow, or empty


@dataclass(frozen=True)
class Frame:
    """One verb group of a sentence: the verb, its class and the tense read from it."""

    lemma: str
    cls: str
    tense: str
    start: int  # the group's first word (an auxiliary when there is one)
    end: int  # the end of the verb (or of its particle)
    verb_start: int

    @property
    def rule(self) -> str:
        return f"clause verb: {self.lemma} ({self.tense})"


def verbclasses_path() -> Path:
    return resources_dir() / "verbclasses.json"


def _roles(base: str, irregular: dict[str, list[str]]) -> dict[str, str]:
    """Each form of ``base`` and its role: base, third, ed (past or participle), ing."""
    forms = verb_forms(base)
    out = {forms[0]: "base"}
    for form in forms[1:]:
        out.setdefault(
            form, "ing" if form.endswith("ing") else "third" if form[-1] == "s" else "ed"
        )
    if base in irregular:
        third, past, participle, ing = irregular[base]
        out.update({third: "third", past: "ed", participle: "ed", ing: "ing"})
        out[base] = "base"
    return out


def _entry(entry: str) -> tuple[str, str, frozenset[str]]:
    """A table entry split: lemma, particle, needed nouns."""
    head, _, nouns = entry.partition(":")
    words = head.split()
    return words[0], " ".join(words[1:]), frozenset(nouns.split())


@lru_cache(maxsize=4)
def load_verb_table(path: Path | None = None) -> dict[str, tuple[VerbForm, ...]]:
    """Every form of every verb of the table -> its readings (a form may read several)."""
    data = json.loads((path or verbclasses_path()).read_text(encoding="utf-8"))
    irregular: dict[str, list[str]] = data.get("irregular", {})
    table: dict[str, list[VerbForm]] = {}
    for cls, spec in data["classes"].items():
        for entry in spec["verbs"]:
            lemma, particle, objects = _entry(entry)
            for form, role in _roles(lemma, irregular).items():
                table.setdefault(form, []).append(VerbForm(lemma, cls, role, particle, objects))
    # a verb with a particle or an object is tried before the bare one of the same form
    return {
        form: tuple(sorted(readings, key=lambda r: (not (r.particle or r.objects), r.lemma)))
        for form, readings in table.items()
    }


_HAVE: Final = frozenset({"have", "has", "had", "having", "'ve", "’ve"})
_BE: Final = frozenset({"is", "are", "was", "were", "been", "be", "being", "am", "'s", "’s"})
_WILL: Final = frozenset({"will", "shall", "'ll", "’ll"})
_DID: Final = frozenset({"did"})
_KEEP: Final = frozenset({"keep", "keeps", "kept", "keeping"})
_CONTINUE: Final = frozenset({"continue", "continues", "continued", "continuing"})
# Words before "to" that put a verb ahead: "are due to meet", "is set to travel".
_AHEAD_TO: Final = frozenset(
    {"due", "set", "slated", "scheduled", "expected", "poised", "going", "planning", "plans"}
    | {"plan", "intends", "intend", "aims", "aim", "aiming", "is", "are", "am"}
)
# "had been due to meet", "was to have met": a plan of the past, told as not kept.
_PAST_PLAN: Final = frozenset({"been", "had", "was", "were"})
# Words that make the verb a wish, a possibility or an order, not the event's state.
_NOT_THE_EVENT: Final = frozenset(
    {"would", "could", "might", "may", "should", "must", "can", "ought", "hope", "hopes"}
    | {"hoped", "hoping", "want", "wants", "wanted", "wish", "wishes", "wished", "like"}
    | {"seek", "seeks", "sought", "try", "tries", "tried", "ready", "willing", "eager"}
    | {"keen", "prepared", "invited", "invite", "invites", "asked", "urged", "offered"}
    | {"proposed", "suggested", "agreed", "agree", "refused", "declined", "failed", "unable"}
    | {"able", "let", "allow", "allowed", "whether", "if", "unless", "why", "how", "when"}
    | {"before", "until", "once", "without"}
)
_DETERMINERS: Final = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"}
)
_NEGATORS: Final = frozenset({"not", "never", "no", "nor", "neither", "yet", "longer"})
# Adverbs and the like that may stand inside a verb group: "have also met", "will then travel".
_INSIDE: Final = frozenset(
    {"also", "already", "now", "then", "again", "just", "still", "finally", "jointly", "both"}
    | {"separately", "reportedly", "briefly", "first", "later", "soon", "formally", "each"}
    | {"all", "once", "officially", "personally", "previously", "recently", "further"}
)


def _is_adverb(word: str) -> bool:
    return word in _INSIDE or (word.endswith("ly") and len(word) > 4)


def _before(words: list[str], at: int) -> list[str]:
    """Up to four words before ``at``, nearest first, adverbs skipped (the verb's group)."""
    out: list[str] = []
    j = at - 1
    while j >= 0 and len(out) < 4:
        if not _is_adverb(words[j]):
            out.append(words[j])
        j -= 1
    return out


def _negated(words: list[str]) -> bool:
    return any(w in _NEGATORS or w.endswith(("n't", "n’t")) for w in words[:3])


def _tense_of_base(back: list[str]) -> str | None:
    """A base form: ahead after "will" or "… to"; ongoing after "continue to"; past after
    "did"; none after a modal, a wish or anything else."""
    first = back[0] if back else ""
    if first in _WILL:
        return AHEAD
    if first in _DID:
        return PAST
    if first == "to" and len(back) > 1:
        if back[1] in _CONTINUE:
            return ONGOING
        if back[1] in _AHEAD_TO and (
            len(back) < 3 or (back[2] not in _NOT_THE_EVENT and back[2] not in _PAST_PLAN)
        ):
            return AHEAD
    return None


def _tense_of_ed(back: list[str]) -> str | None:
    """A past form or participle: perfect after "have", passive past after "was", past
    bare; ahead in "will be received" / "is to be hosted"."""
    first = back[0] if back else ""
    if first in _HAVE:
        return None if len(back) > 1 and back[1] == "to" else PERFECT  # "was to have met"
    if first in _BE:
        if len(back) > 1 and back[1] in _HAVE:
            return PERFECT  # "has been received"
        if first == "be":
            return AHEAD if len(back) > 1 and (back[1] in _WILL or back[1] == "to") else None
        return PAST if first in ("was", "were") else None
    if first in _NOT_THE_EVENT or first in _DETERMINERS or first == "to" or first in _WILL:
        return None  # "the stalled talks": an adjective, no verb
    return PAST


def _tense_of_ing(back: list[str]) -> str | None:
    """An -ing form: ongoing after "are" or "keep", "continue"; nothing else (a gerund)."""
    first = back[0] if back else ""
    if first in _KEEP or first in _CONTINUE:
        return ONGOING
    if first in _BE and not (len(back) > 1 and back[1] in _WILL):
        return ONGOING
    return None


def _tense(role: str, back: list[str]) -> str | None:
    if _negated(back) or any(w in _NOT_THE_EVENT for w in back[:3]):
        return None
    if role == "base":
        return _tense_of_base(back)
    if role == "ed":
        return _tense_of_ed(back)
    if role == "ing":
        return _tense_of_ing(back)
    return None  # a third person's present is read only after a name (``_present``)


# Third persons that are nouns as often ("talks", "visits", "signs of progress").
_NOUN_TOO: Final = frozenset(
    {"talks", "visits", "tours", "signs", "seals", "stops", "pauses", "halts", "freezes"}
    | {"lands", "initials", "works", "flies", "breaks"}
)


# Words that open a clause the event does not belong to as told: a condition or a question
# ("if they meet", "whether they met"), and, for a perfect or a verb ahead, a time still to
# come ("once Zelenskyy had been to Washington and consulted …", "After he has taken part in
# the summit, he will travel on"). A past in a clause of time or reason ("as Trump left the
# summit") is still told as done.
_CONDITION: Final = frozenset({"if", "unless", "whether", "why", "how", "what"})
_TIME_AHEAD: Final = frozenset({"once", "until", "before", "after", "when", "whenever"})
_SUBORDINATE: Final[dict[str, frozenset[str]]] = {
    PAST: _CONDITION,
    PRESENT: _CONDITION,
    ONGOING: _CONDITION,
    PERFECT: _CONDITION | _TIME_AHEAD,
    AHEAD: _CONDITION | _TIME_AHEAD | {"while", "since", "because", "as"},
}
_CLAUSE_END: Final = frozenset(',;:()\u2014\u2013"\u201c\u201d')


def _in_subordinate(
    sentence: str, spans: list[tuple[int, int]], words: list[str], at: int, tense: str
) -> bool:
    """Whether the verb at word ``at`` stands in a clause opened by a subordinator that
    undoes its ``tense``."""
    openers = _SUBORDINATE[tense]
    j = at - 1
    while j >= 0:
        if words[j] in openers:
            return True
        gap = sentence[spans[j][1] : spans[j + 1][0]]
        if any(c in _CLAUSE_END for c in gap):
            return False
        j -= 1
    return False


def _headline_ahead(role: str, matches: list[re.Match[str]], at: int) -> str | None:
    """A headline's "Name to meet …" ("Xi to meet Trump", "Queen Camilla to welcome …"):
    ahead (the lexicon must still read it as future)."""
    if role != "base" or at < 2 or matches[at - 1].group(0) != "to":
        return None
    names = [m.group(0) for m in matches[: at - 1]]
    # only names before it: "Kremlin expects Putin and Trump to hold …" is no headline
    if all(w[:1].isupper() or w == "and" for w in names) and names[-1][:1].isupper():
        return AHEAD
    return None


def _present(word: str, before: str) -> str | None:
    """A headline's present after a name ("China hosts …", "Xi receives …"): done."""
    if word in _NOUN_TOO or not before[:1].isupper() or before.lower() in _NOT_THE_EVENT:
        return None
    return PRESENT


_AUXILIARIES: Final = _HAVE | _BE | _WILL | _DID | _AHEAD_TO | _KEEP | _CONTINUE | {"to"}


def _group_start(words: list[str], spans: list[tuple[int, int]], at: int) -> int:
    """The offset where the verb group at word ``at`` begins (its first auxiliary)."""
    j = at
    while j > 0 and at - j < 5:
        prev = words[j - 1]
        if prev in _AUXILIARIES or _is_adverb(prev):
            j -= 1
        else:
            break
    return spans[j][0]


def _fits(reading: VerbForm, words: list[str], at: int) -> int | None:
    """The index of the group's last word when the reading's particle or noun follows."""
    last = at
    if reading.particle:
        parts = reading.particle.split()
        if words[at + 1 : at + 1 + len(parts)] != parts:
            return None
        last = at + len(parts)
    if reading.objects:
        for k in range(last + 1, min(len(words), last + 1 + _OBJECT_REACH)):
            if _POSSESSIVE.sub("", words[k]) in reading.objects:  # "the summit's sessions"
                return last
        return None
    return last


# A text as the subject of a verb of consulting: "The declaration, titled …, went through four
# rounds of negotiations" tells the text's drafting, not a meeting of the track's people.
_TEXT_SUBJECT: Final = re.compile(
    r"\b(?:declaration|text|draft|document|resolution|treaty|agreement|accord|bill|charter|"
    r"communiqu[eé]|proposal|plan)\s*$",
    re.IGNORECASE,
)
_PARENTHETICAL_END: Final = re.compile(r",[^,]*,\s*$")
_QUOTED: Final = re.compile("[\"\u201c\u2018'][^\"\u201c\u201d\u2018\u2019']*[\"\u201d\u2019']")


def _a_text_as_subject(sentence: str, start: int) -> bool:
    """Whether the words before the verb group at ``start`` end with a text's noun, past a
    parenthetical between commas ("The declaration, titled …, went through …")."""
    before = _PARENTHETICAL_END.sub("", _QUOTED.sub("", sentence[:start]))
    return _TEXT_SUBJECT.search(before) is not None


def read_frames(sentence: str) -> list[Frame]:
    """Every verb group of the table in ``sentence`` whose tense tells the event's state."""
    table = load_verb_table()
    matches = list(_WORD.finditer(sentence))
    words = [m.group(0).lower() for m in matches]
    spans = [m.span() for m in matches]
    frames: list[Frame] = []
    for at, word in enumerate(words):
        readings = table.get(word)
        if not readings:
            continue
        for reading in readings:
            last = _fits(reading, words, at)
            if last is None:
                continue
            tense = _tense(reading.role, _before(words, at)) or _headline_ahead(
                reading.role, matches, at
            )
            if reading.role == "third" and at > 0 and not _negated(_before(words, at)):
                tense = _present(word, matches[at - 1].group(0))
            if tense is not None and not _in_subordinate(sentence, spans, words, at, tense):
                start = _group_start(words, spans, at)
                if reading.cls == "consult" and _a_text_as_subject(sentence, start):
                    break  # the text's drafting, not the track's people consulting
                frames.append(
                    Frame(reading.lemma, reading.cls, tense, start, spans[last][1], spans[at][0])
                )
            break
    return frames


# The signal a frame tells, by class and tense, per family of kinds (None: nothing). An
# event's own verb told done is its meeting held (talks and channels: active; a group's
# forming or active), told ahead its meeting proposed (read as future); a negotiation
# going on is an exchange; a halt told done stalls talks and groups.
_DONE: Final = (PAST, PERFECT, PRESENT)
_ENCOUNTER_SIGNALS: Final[dict[str, str]] = {
    "consult": "held",
    "host": "held",
    "sign": "held",
}
_ONGOING_SIGNALS: Final[dict[str, str]] = {
    "consult": "held",
    "negotiate": "engaged",
    "sign": "engaged",
}


def frame_signal(frame: Frame, kind: TrackKind) -> str | None:
    """The lexicon signal ``frame`` tells on a track of ``kind``, or None."""
    family = kind_family(kind)
    if family is KindFamily.ENCOUNTER:
        if frame.cls == "visit":
            # a headline's "arrives" is told the day before as often as the day of it
            told = frame.tense not in (ONGOING, PRESENT)
            return "visit_made" if kind is TrackKind.VISIT and told else None
        if frame.tense in _DONE or frame.tense == AHEAD:
            return _ENCOUNTER_SIGNALS.get(frame.cls)
        return None
    if frame.cls == "halt":
        return "stalled" if frame.tense == PERFECT else None  # "have stopped", not "stalled talks"
    if frame.tense == AHEAD:
        return "held" if family is KindFamily.CHANNEL and frame.cls == "consult" else None
    signal = _ONGOING_SIGNALS.get(frame.cls)
    if signal == "held" and family is KindFamily.GROUP:
        return "engaged"
    return signal
