"""A process told by its acts: an exchange or release carried out, or held up.

A prisoner-exchange channel or a hostage-release deal changes status by what is done under
it, not by meetings: "the swap took place at the airport", "the two countries have completed
a prisoner exchange", "Hamas, Israel carry out fourth hostage exchange", "Venezuela has freed
10 Americans". On a channel or an initiative such an act told done is the process going on
(``active``, the lexicon's ``step`` signal), dated to the act. An act of the process withheld
or put off with no end ("holds back release of Palestinian prisoners", "the handover … is put
off until further notice", "delaying the release … indefinitely") reads the process halted:
the lexicon's ``on_hold`` signal, ``stalled`` on channels and initiatives (the release waits
on the other side). A delay to a day, or a bare delay, moves the act and reads nothing here
(corpus labelling convention 9: a change of plan is no status of a channel).

The verbs are those of CAMEO 0841 (release or return persons: release, free, return, hand
over, exchange, swap) in the PETRARCH2 verb dictionary, with what tells them done (carried
out, completed, conducted, took place, went ahead, began) and its DELAY * HANDOVER [160] for
the act put off (delay, postpone, put off, hold back). An act told ahead, wished for, conditional or denied
("will be freed on Saturday", "called for the release of", "if the exchange goes ahead",
"no exchange has taken place") is refused here; an act threatened to be held up ("could
delay the release") is no halt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from tracker.domain.models import Modality
from tracker.extract.signals import CueHit
from tracker.extract.steps import STEP_SIGNAL, step_of

Span = tuple[int, int]

# The lexicon's signal for an act of the process held up (``stalled`` on channels and plans).
HELD_UP_SIGNAL: Final = "on_hold"

# The act named by a noun: an exchange, swap, release or handover, of people held when the
# bare noun could be another ("the BTC-e cryptocurrency exchange", "an exchange of views").
_HELD: Final = r"(?:prisoner|hostage|detainee|captive|POW|inmate)s?"
_ACT: Final = r"(?:exchange|swap|release|handover|hand-over)s?"
_NOT_OF_PEOPLE: Final = (
    r"(?!\s+of\s+(?:views|fire|letters|messages|ideas|opinions|information|notes|gunfire|"
    r"documents|funds|data|statements))"
)
_ACT_NOUN: Final = rf"(?:{_HELD}[-\s]+(?:prisoner[-\s]+)?)?{_ACT}\b{_NOT_OF_PEOPLE}"
_ORDINAL: Final = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|next|last|"
    r"new|another|largest|biggest|high-profile|three-way|planned|scheduled)"
)
_DET: Final = rf"(?:(?:a|an|the|its|their|this|that|{_ORDINAL})\s+){{0,3}}"
_ADJ: Final = r"(?:[\w'’-]+\s+){0,2}"

# The act told done after its noun: "the swap took place", "the exchange was completed".
_DONE_AFTER: Final = re.compile(
    rf"\b{_DET}{_ADJ}{_ACT_NOUN}[^.;:]{{0,60}}?\b(?:took\s+place|has\s+taken\s+place|"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:successfully\s+)?(?:carried\s+out|completed|"
    r"conducted|finali[sz]ed)|went\s+ahead|got\s+under\s+way|(?:has\s+)?(?:officially\s+)?"
    r"(?:began|begun)|(?:frees|freed|brings\s+home|brought\s+home)|happened|occurred)\b",
    re.IGNORECASE,
)
# The act told done before its noun: "completed a prisoner exchange", "carry out fourth
# hostage exchange" (a headline's present), "conducted a swap".
_DONE_BEFORE: Final = re.compile(
    r"\b(?:carr(?:y|ies|ied)\s+out|complet(?:e|es|ed)|conduct(?:s|ed)|execut(?:e|es|ed)|"
    rf"finali[sz](?:e|es|ed))\s+{_DET}{_ADJ}{_ACT_NOUN}",
    re.IGNORECASE,
)
# The act held up: "delays hostage release", "holds back release of …", "the handover …
# is put off", "the exchange was postponed".
_HELD_UP_VERB: Final = (
    r"(?:delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|put(?:s|ting)?\s+off|"
    r"hold(?:s|ing)?\s+back|held\s+(?:back|up))"
)
_HELD_UP_BEFORE: Final = re.compile(
    rf"\b(?P<verb>{_HELD_UP_VERB})\s+{_DET}{_ADJ}{_ACT_NOUN}",
    re.IGNORECASE,
)
_HELD_UP_AFTER: Final = re.compile(
    rf"\b{_ACT_NOUN}[^.;:]{{0,80}}?\b(?:is|are|was|were|has\s+been|have\s+been|will\s+be|"
    rf"would\s+be)\s+(?:being\s+)?(?P<verb>delayed|postponed|put\s+off|held\s+(?:back|up))\b",
    re.IGNORECASE,
)
# People held, as reporting names them when they are freed: "prisoners", "hostages", "three
# Israeli women", "Americans", "another wrongfully detained American".
_PEOPLE: Final = (
    r"(?:prisoners?|hostages?|detainees?|captives?|inmates?|POWs?|women|men|children|"
    r"(?-i:[A-Z][a-z]+(?:ans?|is|ese)))"
)
_COUNT: Final = (
    r"(?:(?:all|the|its|their|another|more|some|[\d,]+|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens|"
    r"hundreds|thousands|scores\s+of|dozens\s+of|hundreds\s+of)\s+)"
)
# People held told freed by a participle, a headline's way ("Ninety Palestinian prisoners
# freed as …", "10 Americans freed by Venezuela"), let go ("let three Israeli hostages go",
# "let go Alexander Vinnik") or brought home ("brought home another wrongfully detained
# American").
_FREED: Final = re.compile(
    rf"(?:\b{_COUNT}{_ADJ}{_PEOPLE}\s+(?:freed|released|set\s+free|let\s+out)\b"
    r"(?!\s+(?:if|once|when)\b)|"
    rf"\bhand(?:s|ed|ing)?\s+{_COUNT}{_ADJ}{_PEOPLE}\s+(?:over\s+)?to\b|"
    rf"\blet(?:s|ting)?\s+{_COUNT}{_ADJ}{_PEOPLE}\s+go\b|"
    r"\blet(?:s|ting)?\s+go\s+(?:of\s+)?(?-i:[A-Z][a-z]+)|"
    rf"\b(?:brought|brings|bringing)\s+home\s+{_COUNT}?{_ADJ}{_PEOPLE}\b)",
    re.IGNORECASE,
)
# An act of the process told ahead: "Three women are to be released on Sunday", "said it
# would release three women", "would come home soon", "will be freed on Saturday". The
# process has its next act set: the lexicon's ``scheduled`` (``active`` on channels and
# initiatives, a round ahead as the corpus reads it), never the act done.
_AHEAD: Final = re.compile(
    r"\b(?:(?:is|are)\s+(?:due\s+|set\s+|scheduled\s+|expected\s+)?to\s+be|will\s+be|"
    r"would\s+be)\s+(?:freed|released|set\s+free|handed\s+over|exchanged|returned|let\s+go)\b|"
    rf"\b(?:will|would)\s+(?:release|free|hand\s+over|exchange|swap)\s+{_COUNT}?{_ADJ}{_PEOPLE}\b|"
    r"\b(?:will|would)\s+(?:come|return|go)\s+home\b",
    re.IGNORECASE,
)
_AHEAD_SIGNAL: Final = "scheduled"
# Refusals of an act ahead: negated, conditional, only hoped or asked for.
_NOT_AHEAD: Final = re.compile(
    r"\b(?:not|n't|never|no|if|unless|once|whether|hop\w+|call\w*\s+for|demand\w*|urg\w+|"
    r"ask\w*|want\w*|wish\w*|could|might|may)\b",
    re.IGNORECASE,
)
_AFTER_AHEAD: Final = re.compile(
    r"^[^.;:]{0,60}?\b(?:if|unless|provided|once|only\s+after)\b", re.I
)


def told_ahead(text: str) -> CueHit | None:
    """An act of the process told ahead in ``text`` ("are to be released on Sunday"), or
    None when it is negated, conditional or only wished for."""
    for m in _AHEAD.finditer(text):
        if _NOT_AHEAD.search(_before(text, m.start())) or _NOT_AHEAD.search(m.group(0)):
            continue
        if _AFTER_AHEAD.match(text[m.end() :]):
            continue
        return CueHit(_AHEAD_SIGNAL, f"act ahead: {m.group(0)}", m.start(), m.end(), m.group(0))
    return None


# The process's own name presupposed by "after" ("is back home after a prisoner exchange").
_AFTER_THE_ACT: Final = re.compile(
    rf"\b(?:after|following)\s+{_DET}{_ADJ}{_HELD}[-\s]+(?:exchange|swap)s?\b"
    r"(?!\s+(?:was|were|is|are|had|has|have|would|could|will)\b)",
    re.IGNORECASE,
)
# Before an act told done, in its clause: the act is ahead, wished for, conditional or denied.
_NOT_DONE_BEFORE: Final = re.compile(
    r"\b(?:will|would|could|might|may|shall|must|should|to|not|n't|no|never|if|unless|once|"
    r"whether|until|call\w*\s+for|demand\w*|urg\w+|ask\w*|hop\w+|want\w*|wish\w*|expect\w*|"
    r"plan\w*|propos\w*|await\w*|pending|deni\w*|deny\w*|ready|due|set|before)\b",
    re.IGNORECASE,
)
# Before an act held up: only threatened, feared or denied, no halt.
_NOT_HELD_UP_BEFORE: Final = re.compile(
    r"\b(?:threaten\w*|could|might|may|if|unless|not|n't|no|never|without|warn\w*|fear\w*|"
    r"risk\w*|deni\w*|deny\w*)\b",
    re.IGNORECASE,
)
# Before a side's release of people held: a habit, not one act ("has regularly freed
# prisoners to win favour").
_HABIT: Final = re.compile(
    r"\b(?:regularly|repeatedly|routinely|often|frequently|usually|sometimes|occasionally|"
    r"previously|in\s+the\s+past)\b",
    re.IGNORECASE,
)
_CLAUSE_START: Final = re.compile(r"[;:!?()\"“”]|,\s+(?:but|while|whereas|which|who)\b|\.\s")
_WINDOW: Final = 40


def _before(text: str, start: int) -> str:
    begin = start - _WINDOW
    for m in _CLAUSE_START.finditer(text, max(0, begin), start):
        begin = m.end()
    return text[max(0, begin) : start]


# Inside an act told done, between its noun and its verb: the act is not (yet) done.
_NOT_DONE_INSIDE: Final = re.compile(
    r"\b(?:no|not|n't|never|will|would|could|might|may|if|unless|yet\s+to)\b", re.IGNORECASE
)


def _first(
    pattern: re.Pattern[str],
    text: str,
    refusal: re.Pattern[str],
    inside: re.Pattern[str] | None = None,
) -> re.Match[str] | None:
    for m in pattern.finditer(text):
        if refusal.search(_before(text, m.start())):
            continue
        if inside is not None and inside.search(m.group(0)):
            continue
        return m
    return None


def _refused_step(text: str, start: int) -> bool:
    before = _before(text, start)
    return bool(_NOT_DONE_BEFORE.search(before) or _HABIT.search(before))


# A delay with no end but the other side's doing: "until further notice", "indefinitely",
# "until the occupation complies", "for now". A delay to a day ("put off until Sunday",
# "delayed by a few hours") moves the act and leaves the process going (convention 9).
_DAY_WORDS: Final = (
    r"(?:next\s+|this\s+|the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"tomorrow|tonight|later|after|morning|afternoon|evening|weekend|end|\d)"
)
_OPEN_END: Final = re.compile(
    rf"\b(?:until\s+further\s+notice|indefinitely|until\s+(?!{_DAY_WORDS})\w+|"
    r"for\s+now|for\s+the\s+time\s+being|pending\b)",
    re.IGNORECASE,
)
# Withholding the act needs no open end: "holds back release of …".
_WITHHELD: Final = re.compile(r"^(?:hold(?:s|ing)?\s+back|held\s+back)$", re.IGNORECASE)


def held_up(text: str) -> CueHit | None:
    """An act of the process held up in ``text`` ("holds back the release of …", "the
    handover … is put off until further notice"), or None."""
    for pattern in (_HELD_UP_BEFORE, _HELD_UP_AFTER):
        m = _first(pattern, text, _NOT_HELD_UP_BEFORE)
        if m is not None and (_WITHHELD.match(m.group("verb")) or _OPEN_END.search(text, m.end())):
            # the cue is the verb that holds the act up, not a day the act had been set for
            start, end = m.span("verb")
            words = text[start:end]
            return CueHit(HELD_UP_SIGNAL, f"held up: {words}", start, end, words)
    return None


def carried_out(text: str, sides: Sequence[Span], *, by_a_side: bool) -> CueHit | None:
    """An act of the process told done in ``text``: an exchange named and told carried out,
    or (``by_a_side``) people held released or exchanged by one of ``sides``; else None."""
    for pattern in (_DONE_BEFORE, _DONE_AFTER, _FREED, _AFTER_THE_ACT):
        m = _first(pattern, text, _NOT_DONE_BEFORE, _NOT_DONE_INSIDE)
        if m is not None:
            return CueHit(STEP_SIGNAL, f"0841 {m.group(0)}", m.start(), m.end(), m.group(0))
    if by_a_side:
        step = step_of(text, sides)
        if (
            step is not None
            and step.code == "0841"
            and not step.noun  # a side's own act, not "welcomed the release of …"
            and not _refused_step(text, step.start)
        ):
            words = text[step.start : step.end]
            return CueHit(STEP_SIGNAL, f"0841 {words}", step.start, step.end, words)
    return None


def decision_modality(hit: CueHit | None, modality: Modality, attributed: bool) -> Modality:
    """An act held up that a side says it will hold up ("said it would hold back the next
    release") is the decision itself, told now: not an event ahead."""
    if hit is not None and hit.cue.startswith("held up:") and modality == "future":
        return "reported" if attributed else "asserted"
    return modality
