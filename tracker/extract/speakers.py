"""Who a sentence is attributed to: "Kremlin spokesman Dmitry Peskov said", "“…,” Lavrov
said", "according to a senior White House official", "said one European official",
"Yuri Ushakov, Putin's foreign policy aide, said", "Azerbaijan's Foreign Ministry said
Thursday", "TASS reported".

A speaker is a person or a body, named by the phrase next to a reporting verb: capitalised
words, the role words of the lexicon (``speaker_words``: official, spokesman, senior, …) and
of this module (ministry, office, media, side …), joined by "of", "for" and "and" between
capitalised words ("the Ministry of Foreign Affairs and International Cooperation"), opened
by a determiner or a possessive ("the", "Hungary's"). Never a fragment: a phrase that ends on
a modifier ("the Russian" of "the Russian side said", "the United" of "the United States")
or holds no name, role or body (a month, "On Tuesday", "the plan") is no speaker.

Verbs count outside quotation marks first ("“Yes, Trump stated …,” Peskov acknowledged" is
Peskov's), in lower case (the "States" of "the United States" is no verb) unless the whole
sentence is a headline in title case ("Orban Says Summit Still On"). Between the speaker and
the verb may stand an appositive ("Yuri Ushakov, Putin's aide, said": Yuri Ushakov) or a time
("the ministry on Sunday announced"). ``he said`` / ``she told`` are returned as a pronoun so
the caller can resolve them to the previous speaker. Works on quote-normalised text
(straight quotes).
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
        "writes",
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
        "announces",
        "cautioned",
        "claimed",
        "stressed",
        "indicated",
        "reported",
        "denied",
        "denies",
        "suggested",
        "posted",
        "tweeted",
        "declared",
        "asserted",
        "admitted",
        "conceded",
        "remarked",
        "commented",
        "affirmed",
        "underlined",
        "underscored",
        "hinted",
        "quoted",
        "disclosed",
        "described",
        "responded",
        "observed",
    ]
)
_AUX: Final = frozenset(
    [
        "has",
        "have",
        "had",
        "also",
        "later",
        "then",
        "publicly",
        "reportedly",
        "again",
        "previously",
        "earlier",
        "separately",
        "today",
        "yesterday",
        "tonight",
        "late",
        "early",
        "last",
        "this",
        "on",
        "week",
        "month",
        "morning",
        "afternoon",
        "evening",
        "night",
        "once",
        "too",
        "now",
        *WEEKDAYS,
        *MONTH_NAMES,
    ]
)
_DETERMINERS: Final = frozenset(
    [
        "a",
        "an",
        "the",
        "one",
        "another",
        "two",
        "several",
        "some",
        "three",
        "many",
        "other",
        "each",
        "both",
        "either",
        "neither",
        "all",
    ]
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
        "however",
        "meanwhile",
        "earlier",
        "later",
        "today",
        "yesterday",
        "despite",
        "following",
        "during",
        "its",
        "his",
        "her",
        "their",
        "our",
        "then",
    ]
)
_ROLE_WORDS: Final = frozenset(
    [
        "official",
        "officials",
        "spokesman",
        "spokesperson",
        "spokeswoman",
        "spokespeople",
        "diplomat",
        "diplomats",
        "envoy",
        "envoys",
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
        "negotiators",
        "premier",
        "chancellor",
        "mediator",
        "mediators",
        "insider",
        "insiders",
        "correspondent",
        "journalist",
        "reporter",
        "editor",
        "commentator",
        "expert",
        "experts",
        "observer",
        "observers",
        "director",
        "chairman",
        "chairwoman",
        "commander",
        "governor",
        "senator",
        "lawmaker",
        "lawmakers",
        "mayor",
    ]
)
# Verbs that attribute less plainly than "said": read only when no other verb names a speaker.
_WEAK_VERBS: Final = frozenset(["described", "responded", "observed", "disclosed"])
# Bodies that speak: "the ministry", "Syrian state media", "the Russian side".
_BODY_WORDS: Final = frozenset(
    [
        "ministry",
        "office",
        "media",
        "side",
        "agency",
        "government",
        "presidency",
        "administration",
        "department",
        "delegation",
        "embassy",
        "kremlin",
        "military",
        "army",
        "newspaper",
        "television",
        "broadcaster",
        "channel",
        "daily",
        "committee",
        "council",
        "mission",
        "palace",
        "cabinet",
        "news",
    ]
)
# Words that only modify a head: a phrase ending on one is a fragment.
_MODIFIERS: Final = frozenset(
    [
        "american",
        "british",
        "european",
        "french",
        "german",
        "hungarian",
        "russian",
        "ukrainian",
        "western",
        "senior",
        "top",
        "foreign",
        "former",
        "deputy",
        "national",
        "state",
        "state-run",
        "united",
        "white",
    ]
)
_DEMONYM: Final = re.compile(r"^[A-Z][a-z]+(?:ian|ish|ese|ean|ic)$")
_CONNECTORS: Final = frozenset(["of", "for", "and", "&"])
_PARTICLES: Final = frozenset(["al", "el", "bin", "ibn", "abu", "de", "van", "von", "der", "da"])
_PARTICLE: Final = re.compile(r"^(?:al|el|ad|as|an|at|ash|bin|ibn|abu)-[A-Z]")
_FUNCTION_WORDS: Final = frozenset(
    [
        "who",
        "which",
        "what",
        "where",
        "whom",
        "whose",
        "to",
        "of",
        "with",
        "by",
        "from",
        "for",
        "than",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "must",
        "not",
        "no",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "its",
        "his",
        "her",
        "their",
        "our",
        "your",
        "my",
        "about",
        "into",
        "over",
        "under",
        "against",
        "between",
        "among",
        "until",
        "since",
        "because",
        "although",
        "though",
        "then",
        "also",
        "all",
        "any",
        "each",
        "every",
        "both",
        "either",
        "neither",
        "such",
        "only",
        "even",
        "still",
        "just",
        "more",
        "most",
        "said",
    ]
)
_STOP_FORWARD: Final = frozenset(
    ["who", "which", "that", "with", "familiar", "close", "on", "in", "at", "from", "to", "by"]
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


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s")) or (word.endswith(("s'", "s’")) and len(word) > 2)


def _qualifies(word: str, lexicon: Lexicon) -> bool:
    """A word of a speaker phrase: a name (capitalised), a role or a body."""
    if not word:
        return False
    low = word.lower()
    if _possessive(low):
        return False
    if low in _NOT_NAMES or low in _DETERMINERS or low in _PRONOUNS:
        return False
    if low in lexicon.speaker_words or low in _ROLE_WORDS or low in _BODY_WORDS:
        return True
    return (word[0].isupper() and any(c.isalpha() for c in word)) or bool(_PARTICLE.match(word))


def _is_name_phrase(words: list[str], lexicon: Lexicon) -> bool:
    """A person or a body: a name, role or body word, and not ending on a modifier."""
    content = [w for w in words if w.lower() not in _DETERMINERS and w.lower() not in _CONNECTORS]
    if not content:
        return False
    last = content[-1].lower()
    if last in _MODIFIERS or _possessive(last):
        return False
    if _DEMONYM.match(content[-1]) and words[0].lower() in ("the", "a", "an"):
        return False  # "the Russian" of "the Russian side", not "Brian"
    if len(words) == 1 and words[0].islower() and not words[0].endswith("s"):
        return False  # "side" of "each side said": one body of several, unnamed
    return any(
        (w[0].isupper() and w.lower() not in _NOT_NAMES)
        or w.lower() in _ROLE_WORDS
        or w.lower() in _BODY_WORDS
        or (w.lower() in lexicon.speaker_words and w.lower() not in _MODIFIERS)
        for w in content
    )


def _title_case(words: list[str]) -> bool:
    """A headline written in title case ("Orban Says Budapest Summit Still On")."""
    letters = [w for w in words if w[:1].isalpha()]
    if len(letters) < 4:
        return False
    return sum(1 for w in letters if w[0].isupper()) >= 0.7 * len(letters)


def _in_quotes(raws: list[str]) -> list[bool]:
    """For each token, whether it stands inside a quotation (straight double quotes)."""
    out: list[bool] = []
    inside = False
    for raw in raws:
        out.append(inside or raw.startswith('"'))
        if raw.count('"') % 2:
            inside = not inside
    return out


class _Walker:
    """Speaker phrases around the verbs of one sentence."""

    def __init__(self, sentence: str, lexicon: Lexicon) -> None:
        self.sentence = sentence
        self.lexicon = lexicon
        self.raws = sentence.split()
        self.words = [raw.strip(_EDGE_PUNCT) for raw in self.raws]
        self.lowered = [w.lower() for w in self.words]
        self._spans: list[tuple[int, int]] | None = None

    def span(self, i: int) -> tuple[int, int]:
        """Offsets of token ``i`` in the sentence (worked out once a phrase is found)."""
        if self._spans is None:
            self._spans = [(m.start(), m.end()) for m in _TOKEN.finditer(self.sentence)]
        return self._spans[i]

    def qualifies(self, i: int) -> bool:
        return _qualifies(self.words[i], self.lexicon)

    def back(self, verb: int) -> SpeakerHit | str | None:
        """The phrase before the verb at ``verb``: "pronoun", a hit, or None."""
        i = verb - 1
        if i < 0:
            return None
        if self.lowered[verb] == "quoted":
            # "Peskov was quoted by Reuters as saying": only the passive names a speaker.
            if self.lowered[i] not in ("was", "were", "is", "are", "been"):
                return None
            i -= 1
        while i >= 0 and verb - i <= 6:
            raw = self.raws[i]
            if raw.endswith(",") and '"' not in raw:
                # "Yuri Ushakov, Putin's aide, said" / "The Kremlin, however, said" /
                # "Trump, who received Zelensky on Monday, had announced".
                return self._appositive(i)
            if _ends_phrase(raw):
                return None
            if not (self.lowered[i] in _AUX or self._adverb(i)):
                break
            i -= 1
        if i < 0:
            return None
        if self.lowered[i] in _PRONOUNS and not self.raws[i].startswith(('"', "'")):
            return "pronoun"
        return self._collect(i)

    def _adverb(self, i: int) -> bool:
        low = self.lowered[i]
        return (low.endswith("ly") and not self.words[i][:1].isupper()) or low.isdigit()

    def _appositive(self, comma: int) -> SpeakerHit | str | None:
        """The name before an appositive or an aside closed by the comma at ``comma``; the
        aside itself when it is the name ("Its president, Mirjana Spoljaric, said")."""
        j = comma - 1
        while j >= 0 and comma - j <= 20:
            if self.raws[j].endswith(",") and '"' not in self.raws[j]:
                aside = range(j + 1, comma + 1)
                if 0 < len(aside) <= 4 and all(
                    self.words[k][:1].isupper() and self.lowered[k] not in _NOT_NAMES for k in aside
                ):
                    before = self._phrase(j)
                    title = range(max(0, j - 5), j + 1)
                    if (
                        len(aside) >= 2
                        and any(self.lowered[k] in _ROLE_WORDS for k in title)
                        and self.lowered[j - 1 : j] in (["to"], ["for"], ["of"], ["in"])
                    ):
                        # "U.S. Special Envoy to Syria, Ambassador Tom Barrack, said": the
                        # title names a place; the aside is the person.
                        return self._hit(list(aside))
                    if before and all(
                        self.lowered[k] in _ROLE_WORDS
                        or self.lowered[k] in _DETERMINERS
                        or self.lowered[k] in _NOT_NAMES
                        or _possessive(self.lowered[k])
                        or self.lowered[k] in self.lexicon.speaker_words
                        for k in before
                    ):
                        return self._hit(list(aside))
                while j >= 0 and self.lowered[j] in _AUX:
                    j -= 1  # "Aliyev has, since the 2020 war, repeatedly underlined"
                if j >= 0 and self.lowered[j] in _PRONOUNS:
                    return "pronoun"  # "He, however, said"
                return self._collect(j) if j >= 0 else None
            j -= 1
        return None

    def _collect(self, i: int) -> SpeakerHit | None:
        """The speaker phrase ending with the token at ``i``, walking back."""
        picked = self._phrase(i)
        if picked and picked[0] >= 3 and self.lowered[picked[0] - 1] == "by":
            # "A source quoted by Britain's Financial Times suggested": the source speaks.
            participle = picked[0] - 2
            if self.lowered[participle].endswith("ed") and not _ends_phrase(self.raws[participle]):
                subject = self._phrase(participle - 1)
                if subject and self._valid(subject):
                    picked = subject
        return self._hit(picked)

    def _phrase(self, i: int) -> list[int]:  # noqa: C901 - a chain of reading rules, split when they settle
        """Indices of the phrase ending at ``i``: names, roles and bodies, with the
        determiner or possessive that opens it and lower-case modifiers inside it ("a senior
        U.S. trade official", "the commerce ministry")."""
        picked: list[int] = []
        pending: list[int] = []  # lower-case words kept only if the phrase goes on past them
        while i >= 0:
            raw, word, low = self.raws[i], self.words[i], self.lowered[i]
            if picked and _ends_phrase(raw):
                break
            if raw[0] in "\"'“‘(":
                if self.qualifies(i):
                    picked.extend(pending)
                    picked.append(i)
                break
            if low in _DETERMINERS:
                if picked:
                    picked.extend(pending)
                    picked.append(i)
                    # "the Office of the US Trade Representative": "of the" inside a name.
                    if i >= 2 and self.lowered[i - 1] in ("of", "for") and self.qualifies(i - 2):
                        picked.append(i - 1)
                        pending = []
                        i -= 2
                        continue
                break
            if _possessive(low):
                base = low[:-2] if low.endswith(("'s", "’s")) else low[:-1]
                if word[:1].isupper() or base in _BODY_WORDS or base in _ROLE_WORDS:
                    picked.extend(pending)
                    picked.append(i)  # "Hungary's foreign minister", "the Prime Minister's Office"
                    pending = []
                    i -= 1
                    continue
                break
            if picked and (low in _CONNECTORS or low in _PARTICLES) and self._joins(i, picked):
                picked.extend(pending)
                picked.append(i)
                pending = []
                i -= 1
                continue
            if self.qualifies(i) or (
                not picked and low.isdigit() and i > 0 and self.words[i - 1][:1].isupper()
            ):  # "Israel's Channel 12"
                picked.extend(pending)
                picked.append(i)
                pending = []
                i -= 1
                continue
            right = pending[-1] if pending else (picked[-1] if picked else None)
            if (
                right is not None
                and len(pending) < 2
                and self._modifier(i)
                and (right in pending or self._lower_head(right))
            ):
                pending.append(i)  # "a senior U.S. trade official", "the commerce ministry"
                i -= 1
                continue
            break
        picked.reverse()
        while picked and self.lowered[picked[0]] in _CONNECTORS:
            picked.pop(0)
        return picked

    def _lower_head(self, i: int) -> bool:
        """A lower-case role or body word that lower-case modifiers may precede."""
        low = self.lowered[i]
        return self.words[i].islower() and (low in _ROLE_WORDS or low in _BODY_WORDS)

    def _modifier(self, i: int) -> bool:
        """A lower-case word that may modify a speaker's head ("trade", "commerce")."""
        word, low = self.words[i], self.lowered[i]
        return (
            word.isalpha()
            and word.islower()
            and low not in _FUNCTION_WORDS
            and low not in _NOT_NAMES
            and low not in REPORTING_VERBS
            and not low.endswith(("ed", "ing", "ly"))
        )

    def _valid(self, picked: list[int]) -> bool:
        return _is_name_phrase([self.words[i] for i in picked], self.lexicon)

    def _joins(self, i: int, picked: list[int]) -> bool:
        """A connector or particle between two capitalised words of one name."""
        after = self.words[picked[-1]]
        before = i - 1
        if before >= 0 and self.lowered[before] == "the":
            before -= 1
        return bool(after[:1].isupper() and before >= 0 and self.words[before][:1].isupper())

    def relative(self, verb: int) -> SpeakerHit | None:
        """The head before a relative clause ending at the verb: "a US official who was
        not named said"."""
        j = verb - 1
        while j >= 0 and verb - j <= 8:
            if _ends_phrase(self.raws[j]):
                return None
            if self.lowered[j] in ("who", "which", "that") and j > 0:
                picked = self._phrase(j - 1)
                return self._hit(picked) if picked else None
            j -= 1
        return None

    def forward(self, start: int, *, stop_words: bool) -> SpeakerHit | None:
        """The phrase after ``according to`` or a fronted verb ("said one official")."""
        picked: list[int] = []
        i = start
        while i < len(self.raws) and len(picked) < 8:
            raw, word, low = self.raws[i], self.words[i], self.lowered[i]
            if not word:
                break
            if stop_words and low in _STOP_FORWARD and picked:
                break
            ok = (
                (not picked and low in _DETERMINERS)
                or self.qualifies(i)
                or (_possessive(low) and (word[0].isupper() or picked))
                or (picked and low in _CONNECTORS and i + 1 < len(self.raws))
                or (
                    stop_words
                    and word.isalpha()
                    and word.islower()
                    and low not in _NOT_NAMES
                    and low not in REPORTING_VERBS
                    and not low.endswith(("ed", "ing"))
                )
            )
            if not ok:
                break
            picked.append(i)
            if _ends_phrase(raw):
                break
            i += 1
        while picked and self.lowered[picked[-1]] in _CONNECTORS:
            picked.pop()
        return self._hit(picked)

    def _hit(self, picked: list[int]) -> SpeakerHit | None:
        words = [self.words[i] for i in picked]
        if not picked or not _is_name_phrase(words, self.lexicon):
            return None
        first, last = self.raws[picked[0]], self.raws[picked[-1]]
        # Trim punctuation at the edges so the phrase is just the name.
        start = self.span(picked[0])[0] + (len(first) - len(first.lstrip(_EDGE_PUNCT)))
        end = self.span(picked[-1])[1] - (len(last) - len(last.rstrip(_EDGE_PUNCT)))
        if last.rstrip(_EDGE_PUNCT).count(".") and last[len(last.rstrip(_EDGE_PUNCT)) :][:1] == ".":
            end += 1  # "the U.S." keeps the full stop of its abbreviation
        if start >= end:
            return None
        return SpeakerHit(start, end, self.sentence[start:end])


# "talks described as honest", "described the meeting as useful": a description, no quote;
# "…, while Israel insists …": a side clause's verb is not the sentence's attribution.
_SIDE_CLAUSE: Final = frozenset(["while", "whereas"])


def _not_reporting(walker: _Walker, i: int) -> bool:
    """Whether the reporting word at ``i`` attributes nothing to anyone: a passive
    description ("talks in Paris described as honest") or the verb of a "while" clause."""
    low = walker.lowered[i]
    if low == "described" and walker.lowered[i + 1 : i + 2] == ["as"]:
        return True
    return any(walker.lowered[k] in _SIDE_CLAUSE for k in range(max(0, i - 4), i))


def _verb_positions(walker: _Walker) -> list[int]:
    """Reporting verbs and "according to", outside quotation marks first."""
    found: list[int] = []
    title: bool | None = None
    for i, low in enumerate(walker.lowered):
        if low == "according":
            if walker.lowered[i + 1 : i + 2] == ["to"]:
                found.append(i)
        elif low in REPORTING_VERBS:
            if _not_reporting(walker, i):
                continue
            if walker.words[i].islower():
                found.append(i)
                continue
            if title is None:
                title = _title_case(walker.words)
            if title and low != "states":
                found.append(i)
    if len(found) < 2:
        return found
    quoted = _in_quotes(walker.raws)
    return sorted(found, key=lambda i: (quoted[i], walker.lowered[i] in _WEAK_VERBS))


_LETTERS: Final = re.compile(r"[a-z]+")


def find_speaker(sentence: str, lexicon: Lexicon) -> SpeakerHit | None:
    """The speaker a sentence names (``text`` filled in), a pronoun hit, or None."""
    low = sentence.lower()
    if "according" not in low and REPORTING_VERBS.isdisjoint(_LETTERS.findall(low)):
        return _headline_speaker(sentence, lexicon)  # no reporting verb
    walker = _Walker(sentence, lexicon)
    pronoun_seen = False
    for index in _verb_positions(walker):
        found = _speaker_of_verb(walker, index)
        if isinstance(found, SpeakerHit):
            return found
        pronoun_seen = pronoun_seen or found == "pronoun"
    if pronoun_seen:
        return SpeakerHit(0, 0, "", pronoun=True)
    return _headline_speaker(sentence, lexicon)


def _speaker_of_verb(walker: _Walker, index: int) -> SpeakerHit | str | None:
    """The speaker of the reporting verb (or "according to") at ``index``."""
    if walker.lowered[index] == "according":
        return walker.forward(index + 2, stop_words=True)
    verb = walker.lowered[index]
    if walker.lowered[index + 1 : index + 2] == ["by"] and verb.endswith("ed") and verb != "quoted":
        # "The resumption was first reported by journalist Barak Ravid."
        hit = walker.forward(index + 2, stop_words=True)
        if hit:
            return hit
    back = walker.back(index)
    if back is not None:
        return back
    relative = walker.relative(index)
    if relative:
        return relative
    prev = walker.raws[index - 1] if index else ""
    if walker.lowered[index] in ("said", "says") and prev[-1:] in (",", '"', "'"):
        return walker.forward(index + 1, stop_words=False)
    return None


_HEAD_COLON: Final = re.compile(r"^([^:\s(][^:]{0,40}):\s+[\"'“‘A-Za-z]")
_TAIL_DASH: Final = re.compile(r"\s—\s+([^—–]{2,60})$")
# Labels that open headlines the way a speaker would ("Report: …", "Explainer: …").
_LABELS: Final = frozenset(
    [
        "report",
        "reports",
        "readout",
        "talks",
        "published",
        "updated",
        "update",
        "analysis",
        "explainer",
        "opinion",
        "editorial",
        "comment",
        "watch",
        "live",
        "exclusive",
        "breaking",
        "video",
        "photos",
        "photo",
        "news",
        "interview",
        "review",
        "timeline",
        "factbox",
        "transcript",
        "statement",
        "source",
        "sources",
        "ahead",
        "id",
        "editor",
    ]
)


def _headline_speaker(sentence: str, lexicon: Lexicon) -> SpeakerHit | None:
    """A headline's speaker: "Kremlin: Hard to disrupt a summit never agreed", "Budapest
    ready to host the meeting — Hungarian top diplomat". Only a headline (no closing full
    stop) and only a name, role or body, not a dateline ("WASHINGTON: …")."""
    text = sentence.rstrip()
    if not text or text[-1] in ".!?" or len(text) > 200:
        return None
    for pattern in (_HEAD_COLON, _TAIL_DASH):
        m = pattern.search(text)
        if m is None:
            continue
        phrase = m.group(1).strip()
        words = [w.strip(_EDGE_PUNCT) for w in phrase.split()]
        if not words or len(words) > 5 or (len(words) == 1 and words[0].isupper()):
            continue  # a dateline in capitals, or a clause rather than a name
        if words[-1].lower() in _LABELS or (pattern is _HEAD_COLON and len(words) > 3):
            continue  # "Report: …", "The Road Ahead: …"
        if not all(_qualifies(w, lexicon) or w.lower() in _DETERMINERS for w in words):
            continue
        if _is_name_phrase(words, lexicon):
            start = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
            return SpeakerHit(start, start + len(phrase), sentence[start : start + len(phrase)])
    return None
