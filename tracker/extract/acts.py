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
(corpus labelling convention 9: a change of plan is no status of a channel); a headline's
present with no new day ("Hamas delays hostage release") and people held taken back to their
cells are the act withheld. An exchange agreed ("a prisoner exchange had been agreed") is the
lexicon's ``agreed``; an act named again by its noun in a reaction ("welcomed the release",
"called the delay a breach") is read by ``named_again`` for ``actnouns``.

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
from tracker.extract.steps import STEP_SIGNAL, find_steps, step_of

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
_DET: Final = rf"(?:(?:a|an|the|its|their|his|her|this|that|{_ORDINAL})\s+){{0,3}}"
_ADJ: Final = r"(?:[\w'’-]+\s+){0,2}"

# The act told done after its noun: "the swap took place", "the exchange was completed".
_DONE_AFTER: Final = re.compile(
    rf"\b{_DET}{_ADJ}{_ACT_NOUN}[^.;:]{{0,60}}?\b(?:took\s+place|has\s+taken\s+place|"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:successfully\s+)?(?:carried\s+out|completed|"
    r"conducted|finali[sz]ed)|went\s+ahead|got\s+under\s+way|(?:has\s+)?(?:officially\s+)?"
    r"(?:began|begun)|(?:frees|freed|brings\s+home|brought\s+home)|happened|occurred|"
    r"(?:was|were|has\s+been|have\s+been)\s+confirmed(?!\s+(?:for|as\s+planned)\b))\b",
    re.IGNORECASE,
)
# The act told done before its noun: "completed a prisoner exchange", "carry out fourth
# hostage exchange" (a headline's present), "conducted a swap".
_DONE_BEFORE: Final = re.compile(
    r"\b(?:carr(?:y|ies|ied)\s+out|complet(?:e|es|ed)|conduct(?:s|ed)|execut(?:e|es|ed)|"
    rf"finali[sz](?:e|es|ed)|confirm(?:s|ed))\s+{_DET}{_ADJ}{_ACT_NOUN}"
    r"(?!\s+(?:would|will|could|might|was\s+to|is\s+to|plans?)\b)",
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
    r"citizens|nationals|migrants|residents|(?-i:[A-Z][a-z]+(?:ans?|is|ese)))"
)
_COUNT: Final = (
    r"(?:(?:more\s+than|fewer\s+than|over|about|around|nearly|almost|at\s+least)\s+)?"
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
    rf"\blet(?:s|ting)?\s+go\s+(?:an?\s+|{_COUNT})(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{_PEOPLE}|number|group)\b|"
    r"\blet(?:s|ting)?\s+(?!it\b|this\b|that\b|them\s+down\b)(?:(?-i:[A-Z])[\w'’-]+\s+){1,3}go\b"
    r"(?!\s+(?:ahead|on|through|forward|by|unanswered|unpunished)\b)|"
    r"\blet(?:s|ting)?\s+an?\s+(?:[\w'’-]+\s+){0,3}?(?:ballerina|dancer|teacher|journalist|"
    r"reporter|citizen|national|woman|man|prisoner|detainee|hostage|American|Russian)\s+go\b|"
    r"\bwelcom(?:e|es|ed|ing)\s+(?:(?-i:[A-Z])[\w'’-]+\s+){1,3}home\b|"
    rf"\b(?:brought|brings|bringing)\s+home\s+{_COUNT}?{_ADJ}{_PEOPLE}\b|"
    r"\b(?:those|the\s+ones|the\s+people)\s+(?:let\s+out|freed|released|set\s+free|let\s+go)\b"
    r"(?!\s+(?:if|once|when|would|will|under\s+the\s+next)\b)|"
    rf"\b{_COUNT}?{_ADJ}{_PEOPLE}\s+(?:are|is|were|was)\s+(?:now\s+)?on\s+(?:their|his|her)\s+way\s+"
    r"home\b|"
    rf"\b{_PEOPLE}\b[^.;:]{{0,40}}?\b(?:is|are)\s+now\s+(?:free|back\s+home)\b|"
    rf"\bthe\s+(?:newly\s+)?(?:freed|released)\s+{_ADJ}{_PEOPLE}\b)",
    re.IGNORECASE,
)
# One person or a few told freed in the passive, by name, pronoun or number: "Keith Siegel
# was released at …", "She was traded for Arthur Petrov", "Kalderon and Bibas were handed to
# the Red Cross", "all three were freed". Not an object's release ("the report was
# released": a lower-case noun is no person held), nor a court's (``_NOT_THE_ACT``).
_ONE_HELD: Final = (
    r"(?:(?-i:[A-Z][\w'’-]+)|(?-i:[Hh]e|[Ss]he|[Tt]hey)|"
    r"(?i:the|all|both)\s+(?i:two|three|four|five|six|seven|eight|nine|ten|\d+))"
)
_PERSON_FREED: Final = re.compile(
    rf"\b{_ONE_HELD}\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:(?:safely|also|finally|formally|officially|then|later)\s+)?"
    r"(?:released|freed|set\s+free|let\s+go|let\s+out|handed\s+(?:over\s+|back\s+)?to|"
    r"traded\s+for|swapped\s+for|exchanged\s+for|back\s+home|(?<=safely\s)back\b)\b|"
    rf"\b{_ONE_HELD}\s+(?:is|are|was|were)\s+(?:now\s+)?on\s+(?:their|his|her)\s+way\s+home\b",
)
# A release that is no act of a process: a court's, on bail or parole, after a sentence served.
_NOT_THE_ACT: Final = re.compile(
    r"\b(?:on\s+bail|on\s+parole|by\s+(?:a|the)\s+(?:court|judge)|after\s+serving|"
    r"under\s+house\s+arrest|pending\s+(?:trial|appeal)|for\s+lack\s+of\s+evidence|"
    r"acquitted|from\s+hospital)\b",
    re.IGNORECASE,
)
# A side freeing people held, counted, in the active ("Venezuela on Friday freed 10 jailed
# U.S. citizens", "Peru released more than 40 Chilean migrants"): the side's own act, read
# only with the side its subject (``_a_sides_release``).
_ACTIVE_FREED: Final = re.compile(
    rf"\b(?:frees|freed|releases|released|set\s+free)\s+{_COUNT}(?:[\w'’.-]+\s+){{0,3}}?"
    rf"{_PEOPLE}\b",
    re.IGNORECASE,
)
_POSSESSIVE: Final = re.compile(r"['’]s?\b")


def a_release_by_someone(text: str) -> bool:
    """Whether ``text`` holds a release told done in the active or by a step of ``steps.py``
    (0841, not by its noun) whose subject may be one of a track's sides."""
    return _ACTIVE_FREED.search(text) is not None or any(
        s.code == "0841" and not s.noun for s in find_steps(text)
    )


def _a_sides_release(text: str, sides: Sequence[Span]) -> re.Match[str] | None:
    """A release told in the active whose subject is one of ``sides`` (not a side's own
    group: "Peru's rebels freed …"), in the release's clause."""
    for m in _ACTIVE_FREED.finditer(text):
        before = _before(text, m.start())
        begin = m.start() - len(before)
        if _refused_step(text, m.start()) or _NOT_THE_ACT.search(text, m.start()):
            continue
        if any(begin <= a and b <= m.start() and not _POSSESSIVE.match(text, b) for a, b in sides):
            return m
    return None


# An act of the process told ahead: "Three women are to be released on Sunday", "said it
# would release three women", "would come home soon", "will be freed on Saturday". The
# process has its next act set: the lexicon's ``scheduled`` (``active`` on channels and
# initiatives, a round ahead as the corpus reads it), never the act done.
_AHEAD: Final = re.compile(
    r"\b(?:(?:is|are)\s+(?:due\s+|set\s+|scheduled\s+|expected\s+)?to\s+be|"
    r"(?:will|would)\s+(?:also\s+|soon\s+)?be)\s+"
    r"(?:freed|released|set\s+free|handed\s+over|exchanged|returned|let\s+go)\b|"
    r"\b(?:is|are)\s+(?:due|set|scheduled|expected)\s+to\s+go\s+free\b|"
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


# An exchange agreed between the sides: "a prisoner exchange had been agreed with the United
# States", "the two sides agreed on a prisoner swap", "Lima agreed to exchange four prisoners
# for …", "an agreement to swap prisoners" (the verb with people held, not "agreed to
# exchange views"). The lexicon's ``agreed`` (``active`` on channels and initiatives): the
# process has its next act settled by both sides, not yet done.
_AGREED_SIGNAL: Final = "agreed"
_AGREED: Final = re.compile(
    rf"\b(?!(?:that|which)\b){_DET}{_ADJ}{_ACT_NOUN}\s+(?:had|has|have|was|were)\s+"
    r"(?:been\s+)?(?:agreed|settled|arranged|brokered|negotiated)\b(?!\s+to\b)|"
    r"\b(?:agreed|agree|agrees|agreeing)\s+(?:on|to|upon)\s+(?:(?:a|an|the|another|"
    rf"{_ORDINAL})\s+){{1,2}}{_ADJ}{_ACT_NOUN}|"
    r"\b(?:agreed|agree|agrees|agreeing|agreement)\s+to\s+(?:exchange|swap|trade)\s+"
    rf"{_COUNT}?{_ADJ}{_PEOPLE}\b",
    re.IGNORECASE,
)
# Before an exchange agreed: denied, wished, conditional, or only possible.
_NOT_AGREED_BEFORE: Final = re.compile(
    r"\b(?:not|n't|never|no|if|unless|once|whether|hop\w*|want\w*|could|might|may|would|"
    r"will|should|yet\s+to|fail\w*|refus\w*|deni\w*|deny\w*)\b",
    re.IGNORECASE,
)


def _agreed(text: str) -> CueHit | None:
    m = _first(_AGREED, text, _NOT_AGREED_BEFORE, _NOT_DONE_INSIDE)
    if m is None:
        return None
    words = " ".join(m.group(0).split())
    return CueHit(_AGREED_SIGNAL, f"act agreed: {words}", m.start(), m.end(), m.group(0))


def told_ahead(text: str) -> CueHit | None:
    """An act of the process agreed ("a prisoner exchange had been agreed", the lexicon's
    ``agreed``) or told ahead in ``text`` ("are to be released on Sunday"), or None when it
    is negated, conditional or only wished for."""
    agreed = _agreed(text)
    if agreed is not None:
        return agreed
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
    r"\b(?:will|would|could|might|may|shall|must|should|to|not|n't|no|never|neither|nor|if|"
    r"unless|once|"
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
# A clause begins after a stop, a parenthesis, a contrast, a relative, or "after" and
# "following", whose clause tells a thing done ("to be freed by US after Moscow lets Marc
# Fogel go": the future before "after" is not the act's).
_CLAUSE_START: Final = re.compile(
    r"[;:!?()\"“”]|,\s+(?:but|while|whereas|which|who)\b|\.\s|\b(?:after|following)\s"
)
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
# A headline's present, its side first: "Hamas delays hostage release", "Israel postpones
# prisoner release" (no stop at its end: a headline, not a habit told in the body). The act is
# withheld unless a day follows ("… until Sunday", "… by a day": the act moved, convention 9).
_HEADLINE_HELD_UP: Final = re.compile(
    r"^(?:(?-i:[A-Z])[\w'’.-]*,?\s+){1,3}(?P<verb>delays|postpones|puts\s+off|holds\s+up)\s+"
    rf"{_DET}{_ADJ}{_ACT_NOUN}(?P<rest>[^.!?]*)$",
    re.IGNORECASE,
)
_MOVED_TO_A_DAY: Final = re.compile(
    rf"^\s*(?:of\s+[^;:,]{{0,60}}?\s+)?(?:until|till|to|by|for)\s+(?:a\s+|one\s+|two\s+|a\s+few\s+|"
    rf"several\s+)?(?:{_DAY_WORDS}|days?|hours?|weeks?)",
    re.IGNORECASE,
)
# People held taken back to their cells: the release undone, the act withheld ("they were
# taken back to their cells once the cabinet had decided", "Chile sent the detainees back
# to their cells").
_BACK_TO_CELLS: Final = re.compile(
    r"\b(?P<verb>(?:tak(?:e|es|en|ing)|took|sen(?:d|ds|t|ding)|return(?:s|ed|ing)?|"
    r"br(?:ing|ings|ought|inging)|le(?:d|ads?|ading)|driv(?:e|es|en|ing)|drove|bus(?:s)?ed)\s+"
    r"(?:[\w'’-]+\s+){0,3}?back\s+to\s+"
    r"(?:their|his|her|the)\s+(?:cells?|prisons?|jails?))\b",
    re.IGNORECASE,
)
_NOT_BACK_BEFORE: Final = re.compile(
    rf"{_NOT_HELD_UP_BEFORE.pattern}|\b(?:will|would|to\s+be|shall)\b", re.IGNORECASE
)


def _withheld_otherwise(text: str) -> Span | None:
    """The verb of a headline's "Hamas delays hostage release" with no day after it, or of
    people held taken back to their cells."""
    lead = len(text) - len(text.lstrip())
    m = _HEADLINE_HELD_UP.match(text.strip())
    if m is not None and not _MOVED_TO_A_DAY.match(m.group("rest")):
        return m.start("verb") + lead, m.end("verb") + lead
    back = _first(_BACK_TO_CELLS, text, _NOT_BACK_BEFORE)
    return back.span("verb") if back is not None else None


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
    span = _withheld_otherwise(text)
    if span is not None:
        start, end = span
        words = text[start:end]
        return CueHit(HELD_UP_SIGNAL, f"held up: {words}", start, end, words)
    return None


def carried_out(text: str, sides: Sequence[Span], *, by_a_side: bool) -> CueHit | None:
    """An act of the process told done in ``text``: an exchange named and told carried out,
    or (``by_a_side``) people held released or exchanged by one of ``sides``; else None."""
    for pattern in (_DONE_BEFORE, _DONE_AFTER, _FREED, _PERSON_FREED, _AFTER_THE_ACT):
        m = _first(pattern, text, _NOT_DONE_BEFORE, _NOT_DONE_INSIDE)
        if m is not None and not _NOT_THE_ACT.search(text, m.start()):
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
        m = _a_sides_release(text, sides)
        if m is not None:
            return CueHit(STEP_SIGNAL, f"0841 {m.group(0)}", m.start(), m.end(), m.group(0))
    return None


def decision_modality(hit: CueHit | None, modality: Modality, attributed: bool) -> Modality:
    """An act held up that a side says it will hold up ("said it would hold back the next
    release") is the decision itself, told now: not an event ahead."""
    if hit is not None and hit.cue.startswith("held up:") and modality == "future":
        return "reported" if attributed else "asserted"
    return modality


# An act of the process named again by its noun in a sentence that reacts to it, after the act
# was told: "welcomed the release as a ray of light", "Hamas called the delay a flagrant
# breach", "The swap was hailed in Washington", "praise for the release". The noun names the
# act done (release, exchange, swap, handover) or the act held up (delay, postponement).
_DONE_NOUN: Final = r"(?:release|exchange|swap|handover|hand-over|homecoming)s?"
_HELD_NOUN: Final = r"(?:delay|postponement|hold-up|holdup)s?"
_REACTING: Final = (
    r"(?:welcom(?:e|es|ed|ing)|hail(?:s|ed|ing)?|prais(?:e|es|ed|ing)|applaud(?:s|ed|ing)?|"
    r"celebrat(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|"
    r"criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|decr(?:y|ies|ied|ying)|"
    r"call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|brand(?:s|ed|ing)?|greet(?:s|ed|ing)?)"
)
_REACTED: Final = (
    r"(?:welcomed|hailed|praised|applauded|celebrated|condemned|denounced|criticised|"
    r"criticized|decried|called|described|branded|greeted)"
)
_REACTION_NOUN: Final = (
    r"(?:praise|welcome|condemnation|criticism|outrage|anger|relief|joy|celebrations?|jubilation)"
)
_THE: Final = r"(?:the|this|that|its|their|his|her|(?-i:[A-Z][\w-]*)['’]s?)"
_NOUN_AGAIN: Final = (
    rf"(?:[\w'’-]+\s+){{0,2}}?(?P<noun>{_DONE_NOUN}|{_HELD_NOUN})\b{_NOT_OF_PEOPLE}"
)
_NAMED_AGAIN: Final = (
    re.compile(rf"\b(?P<verb>{_REACTING})\s+{_THE}\s+{_NOUN_AGAIN}", re.IGNORECASE),
    re.compile(
        rf"\b{_THE}\s+{_NOUN_AGAIN}\s+(?:was|were|has\s+been|have\s+been)\s+"
        rf"(?:\w+ly\s+)?(?P<verb>{_REACTED})\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?P<verb>{_REACTION_NOUN})\s+(?:for|of|at|over)\s+{_THE}\s+{_NOUN_AGAIN}",
        re.IGNORECASE,
    ),
    # a judgement of the act: "The White House sees the swap as a step", "views the release as"
    re.compile(
        rf"\b(?P<verb>(?:sees|saw|see|views|viewed|regards|regarded))\s+{_THE}\s+{_NOUN_AGAIN}"
        r"\s+as\b",
        re.IGNORECASE,
    ),
)
# The act named is ahead, or not this one: "welcomed the planned release", "the next swap".
_NOT_THE_ACT_TOLD: Final = re.compile(
    r"\b(?:planned|expected|upcoming|coming|next|future|promised|proposed|possible|potential|"
    r"scheduled|hoped|awaited|eventual|prospect|any)\b",
    re.IGNORECASE,
)
# Before the reaction: the reaction only wished, conditional, denied, or a habit.
_NOT_A_REACTION: Final = re.compile(
    r"\b(?:not|n't|never|no|will|would|could|might|may|should|shall|if|unless|once|whether|"
    r"hop\w*|want\w*|always)\b",
    re.IGNORECASE,
)
HELD_UP_NOUN: Final = "held up"
DONE_NOUN: Final = "done"


def named_again(text: str) -> tuple[str, str] | None:
    """An act of the process named again by its noun in a sentence reacting to it: which act
    (``DONE_NOUN`` a release or exchange, ``HELD_UP_NOUN`` a delay) and the words, or None."""
    for pattern in _NAMED_AGAIN:
        for m in pattern.finditer(text):
            if _NOT_THE_ACT_TOLD.search(m.group(0)):
                continue
            before = _before(text, m.start())
            if _NOT_A_REACTION.search(before) or _HABIT.search(before):
                continue
            which = HELD_UP_NOUN if re.fullmatch(_HELD_NOUN, m.group("noun"), re.I) else DONE_NOUN
            return which, " ".join(m.group(0).split())
    return None
