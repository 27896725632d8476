"""Wording of a briefing: dates, grades, and the ICD 203 estimative-language rule.

ICD 203 keeps two things apart: how *likely* something is (``likely``, ``very unlikely``…)
and how much *confidence* the analyst has in the judgement (low, moderate, high). A
briefing sentence never carries both; ``likelihood_sentence`` and ``confidence_sentence``
write them as separate sentences, and ``mixed_sentences`` finds any sentence of a rendered
text that breaks the rule.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable

from tracker.domain.times import short_date, short_time
from tracker.domain.vocabulary import CONFIDENCE_LEVELS, LIKELIHOOD_TERMS

_LIKELIHOOD_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in LIKELIHOOD_TERMS) + r")\b",
    re.IGNORECASE,
)
_LEVEL_RE = re.compile(r"\b(?:" + "|".join(CONFIDENCE_LEVELS) + r")\b", re.IGNORECASE)
_CONFIDENCE_RE = re.compile(r"\bconfiden(?:ce|t)\b", re.IGNORECASE)
# A sentence ends at . ! or ? (optionally followed by closing quotes or brackets) and space.
_SENTENCE_END = re.compile(r"([.!?][\"'”’»)\]*_]*)\s+")


def sentences(text: str) -> list[str]:
    """Split text into sentences after collapsing all whitespace (line breaks included).

    Headings, table cells and list items without a full stop run into the next sentence,
    which makes the check stricter, never looser.
    """
    flat = " ".join(unicodedata.normalize("NFKC", text).split())
    marked = _SENTENCE_END.sub(lambda m: m.group(1) + "\n", flat)
    return [s for s in marked.split("\n") if s.strip()]


def has_likelihood(sentence: str) -> bool:
    return _LIKELIHOOD_RE.search(sentence) is not None


def has_confidence_level(sentence: str) -> bool:
    return _CONFIDENCE_RE.search(sentence) is not None and _LEVEL_RE.search(sentence) is not None


def mixed_sentences(text: str) -> list[str]:
    """Sentences that combine a likelihood term with a confidence level."""
    return [s for s in sentences(text) if has_likelihood(s) and has_confidence_level(s)]


def sentence(text: str) -> str:
    """``text`` as one sentence: trimmed, single-spaced, ending in . ! or ?."""
    flat = " ".join(text.split())
    if not flat:
        return flat
    return flat if flat[-1] in ".!?" or flat.endswith((".”", "!”", "?”")) else flat + "."


def likelihood_sentence(subject: str, likelihood: str) -> str:
    """``The analyst judges it likely (55–80%) that …`` — no confidence words."""
    low, high = LIKELIHOOD_TERMS[likelihood]
    return sentence(f"The analyst judges it {likelihood} ({low}–{high}%) that {subject}")


def confidence_sentence(whose: str, level: str) -> str:
    """``The analyst holds this judgement with moderate confidence.`` — no likelihood words."""
    return sentence(f"{whose} with {level} confidence")


def check_estimative(texts: Iterable[str]) -> None:
    """Raise ``ValueError`` if a sentence the tracker wrote mixes the two scales."""
    for text in texts:
        bad = mixed_sentences(text)
        if bad:
            raise ValueError(f"sentence mixes likelihood and confidence: {bad[0]!r}")


def fmt_date(value: dt.date | None) -> str:
    """``21 Oct 2025``, or ``undated``."""
    if value is None:
        return "undated"
    return short_date(value)


def fmt_time(stamp: str | dt.datetime | None) -> str:
    """A record time as ``22 Oct 2025 14:03 UTC``."""
    if stamp is None:
        return "—"
    if isinstance(stamp, dt.datetime) and stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    return short_time(stamp)


def status_words(status: str | None) -> str:
    """``on_hold`` -> ``on hold``; ``None`` -> ``unknown``."""
    return "unknown" if status is None else status.replace("_", " ")


def outlet_or_title(outlet: str | None, title: str) -> str:
    """The outlet's name; an article without one goes by its title in quotation marks."""
    if outlet:
        return outlet
    return f"“{title}”" if title else "an unknown outlet"


def quoted(text: str) -> str:
    """Text in curly quotation marks, with the quotations inside it in single marks.

    An excerpt that is one quotation already (it opens and closes with a double mark and
    holds no other) is shown as it is. Any other double mark becomes a single one, as a
    quotation within a quotation is printed, so that an excerpt ending on a speaker's
    closing mark does not end on two.
    """
    flat = " ".join(text.split())
    if len(flat) > 1 and flat[0] in '“"' and flat[-1] in '”"' and not _DOUBLE.search(flat[1:-1]):
        return flat
    return f"“{_DOUBLE.sub(_single, flat)}”"


_DOUBLE = re.compile(r'[“”"]')


def _single(m: re.Match[str]) -> str:
    """The single mark for a double one: an opening mark where a quotation can open."""
    mark = m.group()
    if mark == "“":
        return "‘"
    if mark == "”":
        return "’"
    before = m.string[m.start() - 1] if m.start() else " "
    return "‘" if before.isspace() or before in "([{—–-/" else "’"


def grade(reliability: str, credibility: int) -> str:
    """The Admiralty grade as shown: reliability letter and credibility digit, e.g. ``B2``."""
    return f"{reliability}{credibility}"
