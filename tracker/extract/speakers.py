"""Who a sentence is attributed to: "Kremlin spokesman Dmitry Peskov said", "“…,” Lavrov
said", "according to a senior White House official", "said one European official".

A speaker is the name phrase next to a reporting verb: capitalised words and the role words
of the lexicon (``speaker_words``: official, spokesman, senior, …), optionally opened by a
determiner. ``he said`` / ``she told`` are returned as a pronoun so the caller can resolve
them to the previous speaker. Works on quote-normalised text (straight quotes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from tracker.extract.dates import MONTH_NAMES, WEEKDAYS
from tracker.extract.lexicon import Lexicon

REPORTING_VERBS: Final = frozenset(
    [
        "said",
        "says",
        "told",
        "tells",
        "confirmed",
        "confirms",
        "stated",
        "states",
        "added",
        "adds",
        "noted",
        "notes",
        "emphasized",
        "emphasised",
        "insisted",
        "insists",
        "replied",
        "echoed",
        "warned",
        "wrote",
        "argued",
        "revealed",
        "telling",
        "explained",
        "signaled",
        "signalled",
        "repeated",
        "reiterated",
        "acknowledged",
        "announced",
        "cautioned",
        "claimed",
        "stressed",
        "indicated",
    ]
)
_AUX: Final = frozenset(
    ["has", "have", "had", "also", "later", "then", "publicly", "reportedly", "again", "previously"]
)
_DETERMINERS: Final = frozenset(
    ["a", "an", "the", "one", "another", "two", "several", "some", "three"]
)
_PRONOUNS: Final = frozenset(["he", "she", "they", "we", "i"])
_NOT_NAMES: Final = frozenset(
    [
        *WEEKDAYS,
        *MONTH_NAMES,
        "but",
        "and",
        "or",
        "so",
        "if",
        "when",
        "while",
        "after",
        "before",
        "speaking",
        "asked",
        "as",
        "in",
        "on",
        "at",
        "it",
        "this",
        "that",
        "these",
        "those",
        "there",
    ]
)
_ROLE_WORDS: Final = frozenset(
    [
        "official",
        "officials",
        "spokesman",
        "spokesperson",
        "spokeswoman",
        "diplomat",
        "diplomats",
        "envoy",
        "source",
        "sources",
        "minister",
        "ministers",
        "adviser",
        "advisor",
        "aide",
        "aides",
        "secretary",
        "president",
        "leaders",
        "leader",
        "analyst",
        "analysts",
        "representative",
        "ambassador",
        "chief",
        "negotiator",
        "spokespeople",
    ]
)
_TOKEN: Final = re.compile(r"\S+")
_EDGE_PUNCT: Final = "\"'“”‘’()[]:;.,!?"


@dataclass(frozen=True)
class SpeakerHit:
    """A speaker phrase (offsets into the sentence) or a pronoun to resolve."""

    start: int
    end: int
    text: str
    pronoun: bool = False


_ABBREVIATIONS: Final = frozenset(
    ["mr", "mrs", "ms", "dr", "gen", "sen", "gov", "rep", "lt", "col", "sgt", "capt", "prof", "st"]
)


def _ends_phrase(raw: str) -> bool:
    """Whether a token's trailing punctuation closes a phrase (not "U.S." or "Dr.")."""
    if raw[-1] in ",;:!?\"'”’)":
        return True
    if raw[-1] == ".":
        body = raw[:-1]
        return "." not in body and body.lower() not in _ABBREVIATIONS
    return False


def _clean(token: str) -> str:
    return token.strip(_EDGE_PUNCT)


def _qualifies(word: str, lexicon: Lexicon) -> bool:
    if not word:
        return False
    low = word.lower()
    if low.endswith("'s"):
        return False
    if low in _NOT_NAMES or low in _DETERMINERS or low in _PRONOUNS:
        return False
    if low in lexicon.speaker_words:
        return True
    return word[0].isupper() and any(c.isalpha() for c in word)


def _is_name_phrase(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in _DETERMINERS]
    if not content:
        return False
    return any(w[0].isupper() for w in content) or any(w.lower() in _ROLE_WORDS for w in content)


def _name_before(tokens: list[re.Match[str]], i: int, lexicon: Lexicon) -> list[re.Match[str]]:
    """The name-like tokens ending at token ``i``, read backwards (last first)."""
    picked: list[re.Match[str]] = []
    while i >= 0:
        raw = tokens[i].group(0)
        word = _clean(raw)
        # Only the word right before the verb may carry a trailing comma ("“…,” Lavrov said").
        if picked and _ends_phrase(raw):
            break
        if raw[0] in "\"'“‘(":
            if _qualifies(word, lexicon):
                picked.append(tokens[i])
            break
        if word.lower() in _DETERMINERS:
            picked.append(tokens[i])
            break
        if not _qualifies(word, lexicon):
            break
        picked.append(tokens[i])
        i -= 1
    return picked


def _walk_back(
    tokens: list[re.Match[str]], verb_index: int, lexicon: Lexicon
) -> SpeakerHit | str | None:
    i = verb_index - 1
    while i >= 0 and (
        tokens[i].group(0).lower() in _AUX or tokens[i].group(0).lower().endswith("ly")
    ):
        i -= 1
    if i < 0:
        return None
    first = tokens[i].group(0)
    if _clean(first).lower() in _PRONOUNS and not first.startswith(('"', "'")):
        return "pronoun"
    picked = _name_before(tokens, i, lexicon)
    picked.reverse()
    words = [_clean(t.group(0)) for t in picked]
    if not _is_name_phrase(words):
        return None
    return _hit(picked)


def _walk_forward(tokens: list[re.Match[str]], start: int, lexicon: Lexicon) -> SpeakerHit | None:
    picked: list[re.Match[str]] = []
    i = start
    while i < len(tokens):
        raw = tokens[i].group(0)
        word = _clean(raw)
        ok = (not picked and word.lower() in _DETERMINERS) or _qualifies(word, lexicon)
        if not ok:
            break
        picked.append(tokens[i])
        if _ends_phrase(raw):
            break
        i += 1
    words = [_clean(t.group(0)) for t in picked]
    if not _is_name_phrase(words):
        return None
    return _hit(picked)


def _hit(picked: list[re.Match[str]]) -> SpeakerHit:
    start = picked[0].start()
    end = picked[-1].end()
    # Trim punctuation at the edges so the phrase is just the name.
    text_start = start + (len(picked[0].group(0)) - len(picked[0].group(0).lstrip(_EDGE_PUNCT)))
    last = picked[-1].group(0)
    text_end = end - (len(last) - len(last.rstrip(_EDGE_PUNCT)))
    return SpeakerHit(text_start, text_end, "")


def _opening_name(tokens: list[re.Match[str]], lexicon: Lexicon) -> SpeakerHit | None:
    """A name phrase opening the sentence and closed by a comma."""
    lead: list[re.Match[str]] = []
    for token in tokens:
        if not _qualifies(_clean(token.group(0)), lexicon):
            return None
        lead.append(token)
        if token.group(0).endswith(","):
            words = [_clean(t.group(0)) for t in lead]
            return _hit(lead) if _is_name_phrase(words) else None
    return None


def _after_verb(
    tokens: list[re.Match[str]], index: int, low: str, lexicon: Lexicon
) -> SpeakerHit | None:
    """A speaker named after "said"/"says" that follows a quote (“…,” said Lavrov)."""
    prev = tokens[index - 1].group(0) if index else ""
    if low in ("said", "says") and prev[-1:] in (",", '"', "'"):
        return _walk_forward(tokens, index + 1, lexicon)
    return None


def _speaker_at(
    tokens: list[re.Match[str]], lowered: list[str], index: int, lexicon: Lexicon
) -> SpeakerHit | str | None:
    """The speaker named around token ``index`` ("according to X", "X said", "said X"),
    ``"pronoun"`` for "she said", or ``None``."""
    low = lowered[index]
    if low == "according" and index + 1 < len(lowered) and lowered[index + 1] == "to":
        return _walk_forward(tokens, index + 2, lexicon)
    if low not in REPORTING_VERBS:
        return None
    back = _walk_back(tokens, index, lexicon)
    if back is not None:
        return back
    return _after_verb(tokens, index, low, lexicon)


def find_speaker(sentence: str, lexicon: Lexicon) -> SpeakerHit | None:
    """The speaker a sentence names (``text`` filled in), a pronoun hit, or None."""
    tokens = list(_TOKEN.finditer(sentence))
    lowered = [_clean(t.group(0)).lower() for t in tokens]
    pronoun_seen = False
    for index in range(len(lowered)):
        hit = _speaker_at(tokens, lowered, index, lexicon)
        if isinstance(hit, SpeakerHit):
            return _fill(sentence, hit)
        pronoun_seen = pronoun_seen or hit == "pronoun"
    # "Lavrov, speaking publicly on Tuesday, confirmed …": a name opening the sentence.
    if any(low in REPORTING_VERBS for low in lowered):
        opening = _opening_name(tokens, lexicon)
        if opening is not None:
            return _fill(sentence, opening)
    if pronoun_seen:
        return SpeakerHit(0, 0, "", pronoun=True)
    return None


def _fill(sentence: str, hit: SpeakerHit) -> SpeakerHit:
    return SpeakerHit(hit.start, hit.end, sentence[hit.start : hit.end], hit.pronoun)
