"""The steps of a process: acts that carry out a peace process, accord or ceasefire.

A process is often told by its steps rather than its name: a side releases prisoners,
withdraws its troops, lays down or hands over its arms, disbands or dissolves itself,
declares a truce, lifts a blockade, implements or ratifies the accord. On a track whose kind
is a plan or a group (an initiative or coalition), such a step taken by one of the track's
sides is the process going on: ``active``, dated to the step.

The table is compact and derived from the CAMEO 2.0 verb dictionary of the PETRARCH2 coder
(``CAMEO.2.0.txt``, MIT licence; see ``docs/lexicon.md``): 057 sign or ratify a formal
agreement; 080 yield and 0874 retreat (withdraw, pull back, pull out); 0841 release or
return persons (release, free, return, hand over, repatriate, exchange, swap prisoners);
087 de-escalate; 0871 declare a truce (ceasefire, halt fighting, lay down arms); 0872 ease a
blockade (lift a siege or blockade); 0873 demobilise armed forces (disarm, demobilise, hand
over, surrender, destroy or burn weapons); and the implementing verbs (implement, carry out,
ratify, disband, dissolve). Whose step it is: ``matching`` ties it to a track's side. Each verb is spelt in its forms (present, past, progressive, perfect, passive)
and as a noun ("the withdrawal of troops", "the release of 50 prisoners").

A step is refused when it is demanded, hoped for, planned, conditional or denied ("must
disarm", "called on it to withdraw", "refused to withdraw", "has not released", "will be
released if …"): only a step taken is evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from tracker.extract.signals import CueHit

Span = tuple[int, int]

# The lexicon's signal for a step taken (its status per kind: ``active`` on plans and groups).
STEP_SIGNAL: Final = "step"

# Whom a release, return or exchange is of (0841): people held, never a statement or funds.
_HELD: Final = (
    r"(?:prisoners?(?:\s+of\s+war)?|POWs?|captives?|hostages?|detainees?|soldiers?|troops|"
    r"servicem[ae]n|fighters|civilians|bodies|remains|(?-i:[A-Z][a-z]+(?:ans|is|ese)))"
)
# What a withdrawal is of (0874): forces, never a delegation, an offer or a treaty.
_FORCES: Final = (
    r"(?:troops|forces|fighters|soldiers|units|militants|rebels|heavy\s+weapons|weapons|"
    r"artillery|tanks|positions|personnel)"
)
# What arms are (0873, 0871).
_ARMS: Final = r"(?:arms|weapons|guns|rifles|weaponry|arsenals?|ammunition)"
# A blockade or restrictions eased (0872, 081).
_BLOCKADE: Final = r"(?:blockade|siege|border\s+closures?|restrictions|curfew|sanctions)"
# What is implemented or ratified (057).
_ACCORD: Final = (
    r"(?:(?:peace\s+)?(?:agreement|accord|deal|treaty|declaration|ceasefire|truce|plan)|"
    r"(?:its|their|the)\s+(?:terms|commitments|obligations|first\s+phase|provisions))"
)
_DET: Final = (
    r"(?:(?:the|its|their|his|her|our|all|some|more|remaining|last|first|rest|of|a\s+further|another|"
    r"about|around|over|nearly|almost|up\s+to|at\s+least|[\d,]+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|dozens|hundreds|thousands|dozens\s+of|hundreds\s+of|"
    r"thousands\s+of)\s+){0,3}"
)
_ADJ: Final = r"(?:[\w'’-]+\s+){0,2}"


def _verb(stem_forms: str) -> str:
    return rf"(?:{stem_forms})"


_RELEASE = _verb(
    r"releas(?:e|es|ed|ing)|fre(?:e|es|ed|eing)|return(?:s|ed|ing)?|repatriat(?:e|es|ed|ing)|"
    r"hand(?:s|ed|ing)?\s+(?:over|back)|exchang(?:e|es|ed|ing)|swap(?:s|ped|ping)?"
)
_WITHDRAW = _verb(
    r"withdr(?:aw|aws|ew|awn|awing)|pull(?:s|ed|ing)?\s+(?:back|out)|"
    r"retreat(?:s|ed|ing)?|(?:begun|began|begins|started|starts)\s+(?:withdrawing|pulling\s+out)"
)
_DISARM = _verb(
    r"disarm(?:s|ed|ing)?|demobili[sz](?:e|es|ed|ing)|disband(?:s|ed|ing)?|"
    r"decommission(?:s|ed|ing)?"
)
_DISSOLVE = _verb(r"dissolv(?:e|es|ed|ing)")
_ARMS_VERB = _verb(
    r"(?:lay|lays|laid|laying)\s+down|hand(?:s|ed|ing)?\s+(?:over|in)|surrender(?:s|ed|ing)?|"
    r"(?:give|gives|gave|given|giving)\s+up|burn(?:s|ed|t|ing)?|destroy(?:s|ed|ing)?|"
    r"turn(?:s|ed|ing)?\s+(?:over|in)|(?:put|puts|putting)\s+down"
)
_TRUCE = _verb(r"declar(?:e|es|ed|ing)|observ(?:e|es|ed|ing)|announc(?:e|es|ed|ing)")
_HALT = _verb(r"halt(?:s|ed|ing)?|ceas(?:e|es|ed|ing)|end(?:s|ed|ing)?|stop(?:s|ped|ping)?")
_LIFT = _verb(r"lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|reopen(?:s|ed|ing)?")
_IMPLEMENT = _verb(
    r"implement(?:s|ed|ing)?|ratif(?:y|ies|ied|ying)|(?:carry|carries|carried|carrying)\s+out|"
    r"comply|complies|complied|complying"
)
_PASSIVE = r"(?:(?:was|were|is|are|been)\s+(?:being\s+)?)"

# (CAMEO code, pattern) per step: the verb with what it must govern.
_VERB_STEPS: Final[tuple[tuple[str, str], ...]] = (
    ("0841", rf"\b{_RELEASE}\s+(?!of\b){_DET}{_ADJ}{_HELD}\b"),
    ("0841", rf"\b{_HELD}\s+{_ADJ}{_PASSIVE}(?:safely\s+)?{_RELEASE}\b"),
    ("0874", rf"\b{_WITHDRAW}\s+{_DET}{_ADJ}{_FORCES}\b"),
    (
        "0874",
        rf"\b{_WITHDRAW}\s+(?:\w+\s+)?(?:from|of)\s+(?!(?:the\s+)?(?:talks|negotiations|deal|agreement|"
        r"accord|treaty|process|ceasefire|truce|coalition|alliance|summit|meeting|race)\b)"
        r"(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+|town|city|area|region|border|front|zone|villages?)",
    ),
    ("0874", rf"\b{_FORCES}\s+{_ADJ}{_PASSIVE}{_WITHDRAW}\b"),
    ("0873", rf"\b{_DISARM}\b(?!\s+(?:the\s+)?(?:protesters|critics|opponents|skeptics|sceptics))"),
    (
        "0873",
        rf"\b{_DISSOLVE}\b(?!\s+(?:the\s+)?(?:parliament|assembly|government|cabinet|"
        r"legislature|house|council|coalition|party|board|committee|company|marriage))",
    ),
    ("0873", rf"\b{_ARMS_VERB}\s+(?:more\s+than\s+)?{_DET}{_ADJ}{_ARMS}\b"),
    ("0873", rf"\b{_ARMS}\s+{_ADJ}{_PASSIVE}{_ARMS_VERB}\b"),
    (
        "0873",
        r"\b(?:dismantl(?:e|es|ed|ing)|(?:put|puts|putting)\s+an\s+end\s+to)\s+(?:all\s+)?"
        r"(?:its|their)\s+(?:\w+\s+)?(?:structures|organi[sz]ation|activity|activities|bases|camps)\b",
    ),
    ("0871", rf"\b{_TRUCE}\s+(?:a|an|the)\s+(?:\w+\s+){{0,2}}(?:ceasefire|truce|cease-fire)\b"),
    (
        "0871",
        rf"\b{_HALT}\s+(?:(?:its|their|the|all)\s+)?(?:armed\s+struggle|fighting|hostilities|"
        r"attacks|armed\s+campaign|insurgency)\b",
    ),
    ("087", r"\bde-?escalat(?:e|es|ed|ing)\b"),
    ("0872", rf"\b{_LIFT}\s+(?:(?:the|its|their)\s+)?{_ADJ}{_BLOCKADE}\b"),
    ("057", rf"\b{_IMPLEMENT}\s+(?:(?:the|a|its|their|this)\s+)?{_ADJ}{_ACCORD}\b"),
    ("057", rf"\b{_ACCORD}\s+{_ADJ}{_PASSIVE}(?:implemented|ratified|carried\s+out)\b"),
)

# A step named by a noun: "the withdrawal of troops", "the release of 50 prisoners".
_NOUN_STEPS: Final[tuple[tuple[str, str], ...]] = (
    (
        "0841",
        rf"\b(?:release|return|repatriation|handover|exchange|swap)\s+of\s+{_DET}{_ADJ}{_HELD}\b",
    ),
    (
        "0841",
        r"\b(?:prisoner|POW|captive|hostage|detainee)s?\s+(?:exchange|swap|release|transfer)\b",
    ),
    ("0874", rf"\b(?:withdrawal|pull-?out|pullback|retreat)\s+of\s+{_DET}{_ADJ}{_FORCES}\b"),
    ("0873", r"\b(?:disarmament|demobili[sz]ation|disbandment|dissolution|decommissioning)\b"),
    ("0873", rf"\b(?:handover|surrender|destruction|burning)\s+of\s+{_DET}{_ADJ}{_ARMS}\b"),
    ("057", r"\b(?:implementation|ratification)\s+of\b"),
)

_COMPILED: Final = tuple(
    (code, re.compile(pattern, re.IGNORECASE)) for code, pattern in _VERB_STEPS
)
_COMPILED_NOUNS: Final = tuple(
    (code, re.compile(pattern, re.IGNORECASE)) for code, pattern in _NOUN_STEPS
)
# Quick literals: a sentence with none of them holds no step.
_QUICK: Final = re.compile(
    r"releas|free|return|repatri|hand|exchang|swap|withdr|pull|retreat|disarm|demobili|disband|"
    r"decommission|dissol|lay|laid|surrender|give|gave|burn|destr|turn|ceasefire|truce|"
    r"cease|halt|end|stop|lift|eas|reopen|implement|ratif|carr|compl|dismantl|escalat",
    re.IGNORECASE,
)

# Before a verb step, in its clause: the step is not taken (demanded, hoped, planned,
# conditional, denied).
_NOT_TAKEN_BEFORE: Final = re.compile(
    r"\b(?:must|should|shall|ought|would|could|might|may|will|won't|wo\s*n't|'ll|need|needs|"
    r"needed|has\s+to|have\s+to|had\s+to|not|n't|never|no\s+longer|yet\s+to|refus\w*|reject\w*|"
    r"demand\w*|call\w*\s+(?:on|for|upon)|urg\w+|ask\w*|request\w*|press\w*|want\w*|wish\w*|hop\w+|"
    r"expect\w*|plan(?:s|ned|ning)?\s+to|intend\w*|pledg\w*|promis\w*|vow\w*|threaten\w*|offer\w*|propos\w*|"
    r"ready|willing|due|set\s+to|going\s+to|about\s+to|to\s+be|if|unless|once|whether|"
    r"until|deni\w*|deny\w*|fail\w*|declin\w*|delay\w*|postpon\w*|block(?:s|ed|ing)?|prevent\w*|"
    r"suspend\w*|halt(?:s|ed|ing)?|stopp\w*|scrap\w*|freez\w*|froze|cancel\w*|make\s+sure|"
    r"ensur\w*|"
    r"instead\s+of|rather\s+than|condition\w*|in\s+exchange\s+for|in\s+return\s+for|"
    r"provid\w*|stipulat\w*|requir\w*|envisag\w*|under\s+which)\b",
    re.IGNORECASE,
)
# Before a noun step: asked for, awaited, conditional or not done.
_NOUN_NOT_TAKEN: Final = re.compile(
    r"\b(?:demand\w*|call\w*|urg\w+|ask\w*|seek\w*|sought|want\w*|hop\w+|expect\w*|await\w*|"
    r"plan\w*|propos\w*|no|without|pending|before|condition\w*|require\w*|insist\w*|"
    r"press\w*|push\w*|delay\w*|postpon\w*|block\w*|refus\w*|reject\w*|suspend\w*|halt\w*|"
    r"stopp\w*|scrap\w*|freez\w*|froze|cancel\w*|make\s+sure|ensur\w*|"
    r"would|could|will|must|should|may|might|if|unless|once|until|for|paves?|pave|toward|"
    r"towards|stipulat\w*|provid\w*\s+for|envisag\w*|includ\w*|terms)\b",
    re.IGNORECASE,
)
# A step told as an infinitive is taken only when a decision or a start governs it ("voted
# to dissolve", "began to withdraw"); any other ("agreed to a request to withdraw", "moves
# to disarm") tells a plan.
_INFINITIVE: Final = re.compile(
    r"(?:\b(?P<done>decided|decides|decision|voted|votes|vote|resolved|resolution|began|begun|"
    r"started|proceeded|continued|went\s+on)\s+)?\bto\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# Around a noun step: it took place ("after the release of …", "the pullout began").
_NOUN_DONE_BEFORE: Final = re.compile(
    r"\b(?:after|following|since|completed?|complet(?:ed|ing)|began|begun|start(?:ed|ing)|"
    r"welcom(?:ed|ing)|hail(?:ed|ing)|confirm(?:ed|ing)|carried\s+out|oversaw|supervis(?:ed|ing)|"
    r"celebrat(?:ed|ing)|mark(?:ed|ing)|witness(?:ed|ing)|finish(?:ed|ing))\b[^,;]*$",
    re.IGNORECASE,
)
_NOUN_DONE_AFTER: Final = re.compile(
    r"[^.;:]{0,60}?\b(?:began|begun|started|completed|concluded|took\s+place|went\s+ahead|"
    r"came|comes|marks|marked|follows|followed|was\s+carried\s+out|got\s+under\s+way|"
    r"complete|over|occurred|is\s+under\s+way|was\s+under\s+way|ended|took\s+effect|has\s+been\s+completed|"
    r"was\s+completed|happened)\b",
    re.IGNORECASE,
)
# Where a clause begins, looking back from a step.
_CLAUSE_START: Final = re.compile(r"[;:!?()\"“”]|,\s+(?:but|while|whereas|which|who)\b|\.\s")
_AFTER_CONDITION: Final = re.compile(r"^[^.;:]{0,80}?\b(?:if|unless|provided|once)\b", re.I)
_VERB_WINDOW: Final = 48  # characters before a verb step where its refusals are read
_NOUN_WINDOW: Final = 40
_SUBJECT_REACH: Final = 110  # characters between a side and the step it takes


# What reporting calls an armed group once it has named it ("the group decided to dissolve",
# "thirty fighters burned their weapons", "the rebels withdrew"): the subject a step of such a
# party is told with.
_GROUP_WORDS: Final = re.compile(
    r"\b(?:group|rebels?|militants?|fighters|guerrillas?|guerrilla\s+group|militias?|"
    r"insurgents?|combatants|armed\s+movement|movement|organi[sz]ation)\b",
    re.IGNORECASE,
)


def group_words(text: str) -> list[Span]:
    """Spans of the words that name an armed group without its name ("the rebels")."""
    return [m.span() for m in _GROUP_WORDS.finditer(text)]


@dataclass(frozen=True)
class Step:
    """One step found in a sentence: its CAMEO code, span and whether a noun names it."""

    code: str
    start: int
    end: int
    noun: bool


def _clause_before(text: str, start: int) -> int:
    """Where the clause holding ``start`` begins."""
    begin = 0
    for m in _CLAUSE_START.finditer(text, 0, start):
        begin = m.end()
    return begin


# A step inside what someone means to bring about, however far ("the next priority was to
# make sure aid reached Gaza and that the remains of hostages were returned").
_AIMED_AT: Final = re.compile(
    r"\b(?:make\s+sure|ensure|ensures|ensuring|see\s+to\s+it)\b[^.;:!?]*$", re.IGNORECASE
)


def _verb_taken(text: str, span: Span) -> bool:
    begin = max(_clause_before(text, span[0]), span[0] - _VERB_WINDOW)
    before = text[begin : span[1]]  # a passive's auxiliary is inside the step
    if _NOT_TAKEN_BEFORE.search(before) or _AIMED_AT.search(text, 0, span[0]):
        return False
    to = _INFINITIVE.search(text, begin, span[0])
    if to is not None and not to.group("done"):
        return False  # "agreed to a request to withdraw", "in order to disarm": not yet done
    return not _AFTER_CONDITION.search(text[span[1] :])


def _noun_taken(text: str, span: Span) -> bool:
    """A step named by a noun is taken when the sentence presupposes it ("after the release
    of …") or tells it done ("the withdrawal of troops began"); else it may be asked for."""
    begin = max(_clause_before(text, span[0]), span[0] - _NOUN_WINDOW)
    before = text[begin : span[0]]
    if _NOUN_NOT_TAKEN.search(before) or _AFTER_CONDITION.search(text[span[1] :]):
        return False
    return bool(_NOUN_DONE_BEFORE.search(before) or _NOUN_DONE_AFTER.search(text, span[1]))


def find_steps(text: str) -> list[Step]:
    """Every step taken in ``text`` (refused ones left out), in order (worked out once per
    text: a sentence is asked by each group track that may take its step, and again for
    its cue)."""
    return list(_steps_in(text))


@lru_cache(maxsize=1024)
def _steps_in(text: str) -> tuple[Step, ...]:
    if not _QUICK.search(text):
        return ()
    found: list[Step] = []
    for code, pattern in _COMPILED:
        for m in pattern.finditer(text):
            if _verb_taken(text, m.span()):
                found.append(Step(code, m.start(), m.end(), False))
    for code, pattern in _COMPILED_NOUNS:
        for m in pattern.finditer(text):
            if _noun_taken(text, m.span()):
                found.append(Step(code, m.start(), m.end(), True))
    return tuple(sorted(found, key=lambda s: (s.start, -s.end)))


# After a side, words that make it a modifier of another actor, not the subject: "Colombia's
# ELN rebels", "Thailand's largest rebel group", "Rwanda-backed militia".
_NOT_THE_SUBJECT: Final = re.compile(
    r"(?:['’]s\s+(?:[\w-]+\s+){0,2}(?:rebels?|militants?|fighters|guerrillas?|militias?|"
    r"insurgents?|group|movement|separatists?)\b|-(?:backed|allied|aligned|supported|sponsored)\b)",
    re.IGNORECASE,
)


def _taken_by(text: str, step: Step, sides: Sequence[Span]) -> bool:
    """Whether one of ``sides`` takes ``step``: its subject (a side in the step's clause before
    the verb, within reach), or for a step named by a noun, a side anywhere in the sentence
    ("Thailand's release of …", "the withdrawal of Rwandan troops")."""
    if step.noun:
        return bool(sides)
    begin = max(_clause_before(text, step.start), step.start - _SUBJECT_REACH)
    return any(begin <= a and b <= step.start for a, b in sides) or any(
        step.start <= a and b <= step.end for a, b in sides
    )


def step_of(text: str, sides: Sequence[Span]) -> Step | None:
    """The first step in ``text`` taken by one of ``sides`` (spans of the track's parties
    and people in the sentence), or None."""
    sides = [(a, b) for a, b in sides if not _NOT_THE_SUBJECT.match(text, b)]
    if not sides:
        return None
    for step in find_steps(text):
        if _taken_by(text, step, sides):
            return step
    return None


def step_hit(text: str, sides: Sequence[Span]) -> CueHit | None:
    """``step_of`` as the cue a finding takes: signal ``step``, its cue the CAMEO code and
    the words of the step ("0841 released 90 prisoners")."""
    step = step_of(text, sides)
    if step is None:
        return None
    words = text[step.start : step.end]
    return CueHit(STEP_SIGNAL, f"{step.code} {words}", step.start, step.end, words)


def step_code(hit: CueHit | None) -> str | None:
    """The CAMEO code of a step's cue (``step_hit``)."""
    return hit.cue.split(" ", 1)[0] if hit is not None else None
