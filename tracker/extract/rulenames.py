"""The names of the reading rules: which rule read a finding's signal, in words an analyst
reads ("listed cue 'held talks' (held)", "clause verb: hold (past)", "visit made: the
visitor told arrived").

Every name a finding's ``rule`` carries is made here, so the names stay short, stable and
in one place. A cue hit names its rule by the cue it carries: a listed cue of the lexicon is
named by the words it read and its signal (the lexicon writes many cues as expressions, which
an analyst should not have to decode), an analyst's rule by its number, and a cue a reading rule built (``CueHit.cue`` holds that rule's own name:
"agreed together", "presupposed meeting", the clause verb's "clause verb: hold (past)") by
the description below, or its own name when it has none. The steps that read a finding
again after it was built (a visit made on arrival, a plan set for the article's day, an act
named again) name themselves through the constructors at the end.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from tracker.extract.lexicon import RULE_MARK, Lexicon
from tracker.extract.signals import CueHit

# The rules that build a cue of their own, by the name their hit carries (``CueHit.cue``),
# and how the explanation names them. A name not listed here is shown as it is.
BUILT_CUES: Final = {
    "agreed together": "two of the track's people agreed together",
    "told at the event": "said or done at the event",
    "told in an overview": "the gathering told as an official overview writes it",
    "discuss together": "two of the track's people to discuss together",
    "told": "one of the track's people told the other",
    "presupposed meeting": "a meeting told by what surrounds it",
    "event told as past": "the event told by what is said of it in the past",
    "travel ahead": "a trip ahead told as travel",
    "travel ahead (a companion)": "a trip ahead told as travel (a companion)",
    "travel ahead (reported)": "a trip ahead told as travel (reported)",
    "travel ahead (the trip named again)": "a trip ahead named again",
    "shown in use": "the track's sides doing its work",
    "ahead at an occasion": "a meeting told ahead for a named occasion",
    "first told ahead": "the event told ahead as the first of its series",
    "visit at the invitation": "a visit told ahead at the invitation of the other",
    "first chance now": "the encounter told as the first chance to meet, now taken",
    "said at the meeting": "one side's words at the meeting, told after it was told held",
    "the meeting told begun": "the meeting told as begun",
    "after their meeting": "the meeting told by what came after it",
    "done together": "the two of the encounter told doing one of its acts together",
    "told by its outcome": "the event told by what was agreed, adopted, signed or issued at it",
    "words at the gathering": "a speaker's words at the gathering, told after it was told held",
}
STEP_RULE: Final = "step of the process (CAMEO {code})"

# The readings made after a finding was built (``visits``, ``actnouns``, ``document``).
VISIT_ARRIVED: Final = "visit made: the visitor told arrived"
VISIT_STAGE_ACT: Final = "visit made: a stage act of the visit told done"
SET_FOR_THE_DAY: Final = "set for the article's day"
SETTING_OF_THE_DAY: Final = "the day's encounter told by its setting"
SCHEDULED_BY_THE_DAY: Final = "scheduled by the day the article sets"
PRESENT_OF_A_PREVIEW: Final = "the present of a preview: the event told ahead"
RANGE_UNDER_WAY: Final = "a range of weekdays holding the article's day: the event under way"
DATE_FIXED: Final = "date fixed → scheduled"
ACT_NAMED_AGAIN: Final = "an act named again: {rule}"
# The analyst's hand: evidence added by hand, a signal an analyst set in place of the machine's.
ADDED_BY_ANALYST: Final = "added by an analyst"
SET_BY_ANALYST: Final = "signal set by an analyst"
PLAN_UNDONE: Final = "withheld: a plan told undone in the past"
PLAN_OF_A_DAY_GONE: Final = "withheld: a plan recalled (the pluperfect, or the past for a day gone)"
NOT_FOR_THIS_KIND: Final = "withheld: an analyst's rule for other kinds of track"


@lru_cache(maxsize=8)
def _listed(lexicon: Lexicon) -> dict[tuple[str, str], str]:
    """(signal, phrase) of every listed cue -> its signal; (``""``, phrase) -> the first
    signal listing the phrase."""
    out: dict[tuple[str, str], str] = {}
    for spec in lexicon.data.signals:
        for phrase in spec.cues:
            out[(spec.signal, phrase)] = spec.signal
            out.setdefault(("", phrase), spec.signal)
    return out


# A long stretch of words read (a cue with a gap: "the meeting … is not necessary") is shown
# by its ends.
_MOST_WORDS: Final = 8
_HEAD_WORDS: Final = 4
_TAIL_WORDS: Final = 3
_END_MARKS: Final = " \t\n\"'“”‘’,;:.!?()[]"


def words_read(text: str) -> str:
    """The words a listed cue matched, as the sentence wrote them: spaces collapsed, the
    punctuation at either end dropped, a stretch longer than eight words shown by its
    ends ("meeting between the two … is not necessary")."""
    words = text.strip(_END_MARKS).split()
    if len(words) > _MOST_WORDS:
        words = [*words[:_HEAD_WORDS], "…", *words[-_TAIL_WORDS:]]
    return " ".join(words)


def listed_cue(signal: str, words: str) -> str:
    """A listed cue of the lexicon, named by the words it read in the sentence and its
    signal: the lexicon's entry may be an expression ("(call|calls|called|calling) off"),
    the name is what the analyst reads ("listed cue 'called off' (cancelled)")."""
    return f"listed cue '{words_read(words)}' ({signal})"


def analyst_rule(signal: str, phrase: str) -> str:
    """A cue an analyst taught, limited to some kinds (``held@7``), by its number."""
    base, _, number = signal.partition(RULE_MARK)
    return f"analyst rule {number}: '{phrase}' ({base})"


def built_cue(name: str) -> str:
    """A cue a reading rule built, by its description (its own name when it has none)."""
    return BUILT_CUES.get(name, name)


def rule_of(hit: CueHit | None, lexicon: Lexicon) -> str | None:
    """The name of the rule that read ``hit`` (None without a hit)."""
    if hit is None:
        return None
    listed = _listed(lexicon)
    if (hit.signal, hit.cue) in listed:
        if RULE_MARK in hit.signal:
            return analyst_rule(hit.signal, hit.cue)
        return listed_cue(hit.signal, hit.text or hit.cue)
    other = listed.get(("", hit.cue))
    if other is not None:  # a listed cue a rule read as another signal
        return f"{listed_cue(other, hit.text or hit.cue)} read as {hit.signal}"
    code, _, words = hit.cue.partition(" ")
    if code.isdigit() and words:
        return STEP_RULE.format(code=code)
    return built_cue(hit.cue)


def act_named_again(rule: str | None) -> str:
    """A sentence naming an act again by a noun reads as the act: named by the act's rule."""
    return ACT_NAMED_AGAIN.format(rule=rule or "the act told before")


def date_fixed(rule: str | None) -> str:
    """A plan read as scheduled because the sentence fixes the event's date."""
    return f"{rule}; {DATE_FIXED}" if rule else DATE_FIXED


# The moods that withhold a signal from the status, named before the rule that read it.
_REFUSING: Final = frozenset({"denied", "negated"})


def refused(rule: str | None, modality: str) -> str | None:
    """``rule`` named with the refusal that withholds its signal ("denied: listed cue
    'called off' (cancelled)"); as it is otherwise."""
    if rule is not None and modality in _REFUSING:
        return f"{modality}: {rule}"
    return rule


def read_again(prior: str | None, rule: str) -> str:
    """A finding read again by ``rule`` after ``prior`` read it: both, in order."""
    return f"{prior}; {rule}" if prior and prior != rule else rule
