"""An ongoing track shown in use (``shown_in_use``): on talks, channels, coalitions and
initiatives, a sentence already the track's evidence that tells the track's own sides doing
the track's work reads ``engaged`` (on talks and channels ``active``), dated to the act.

Three kinds of act, read only when the sentence has no cue of its own for the track:

* contacts between the sides: "the two sides exchanged draft texts", "negotiators from both
  sides have been in close contact", "the negotiators discussed purchases of salmon";
* the process taking a step: "Norway handed over its response", "submitted its reply to the
  proposal", "the teams agreed on the next steps", "decided on arrangements for the next
  stage", "the parties continue to work on the text", "sent a delegation to Oslo";
* the process carried on: "negotiators continued their discussion over the draft".

The act must be done by the track's sides: its subject names one of the track's people or
sides, or the sides in general ("the negotiators", "both sides"), and no one else (a
mediator, another country, a person outside the track). It stays status-less when the act
is a hope or a demand ("should exchange", "called for talks"), negated, denied or
conditional, habitual ("negotiators always exchange messages"), or when a change of plan
or a halt is told in the same sentence (that cue reads, not this one). Inference gives such
a reading a low weight: it confirms a track carrying on and never opens a status on its own
over another (``tracker.infer.status``). CAMEO codes the acts as 040-046 (consult, engage in
negotiation) and 030-039 (express intent to cooperate, as a proposal handed over).
"""

from __future__ import annotations

import re
from typing import Final

from tracker.domain.vocabulary import KindFamily, TrackKind, kind_family
from tracker.extract.analysis import SentenceInfo
from tracker.extract.gazetteer import load_gazetteer
from tracker.extract.lexicon import Lexicon
from tracker.extract.signals import CHANGE_OF_PLAN, CueHit, modality_of

RULE: Final = "shown in use"
SIGNAL: Final = "engaged"
# A track's sides: the gazetteer's codes of its parties and people, and its parties' names
# as typed, lower-cased (a party the gazetteer does not know: "M23").
Sides = tuple[frozenset[str], tuple[str, ...]]

_THING: Final = (
    r"(?:response|responses|reply|replies|answer|proposal|proposals|counterproposal|"
    r"counter-proposal|draft|drafts|text|texts|document|documents|paper|papers|list|lists|"
    r"plan|position|positions|offer|offers|message|messages|letter|letters|note|notes|"
    r"views|ideas|amendments|comments|remarks|memorandum|memorandums|memoranda|blueprint|"
    r"roadmap|vision|perspectives|standpoints|opinions|thoughts|information|maps)"
)
_DETERMINER: Final = r"(?:its|their|a|an|the|his|her|our|new|fresh|written|draft|further)"
_CONTACT_ADJ: Final = r"(?:close\s+|constant\s+|regular\s+|direct\s+|daily\s+|frequent\s+)?"
_ACTS: Final = (
    # contacts between the sides
    r"(?:exchanged|exchanging)\s+(?:" + _DETERMINER + r"\s+)?(?:[\w-]+\s+){0,2}?" + _THING,
    r"(?:have|has|had)\s+(?:also\s+|\w+ly\s+){0,2}been\s+in\s+"
    + _CONTACT_ADJ
    + "(?:contact|touch)",
    r"(?:is|are|was|were)\s+(?:also\s+|still\s+|\w+ly\s+){0,2}in\s+" + _CONTACT_ADJ + "contact",
    r"(?:discussed|discussing|talked\s+over|went\s+over|(?:continued?|continues)\s+to\s+discuss)",
    r"(?:conferred|contacted|consulted)",
    r"(?:is|are|was|were)\s+(?:still\s+|\w+ly\s+)?meeting(?!\s+of\b)",
    r"(?:began|started|opened|conducted|conducting)\s+(?:the|their|a|an|new)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:meeting|talks|session|sessions|round|rounds|negotiations|consultations|discussions)",
    # the sides' delegations at the venue
    r"(?:delegation|delegations|negotiators|negotiating\s+teams?)\s+(?:(?:have|has)\s+been|is|are|"
    r"remain|remains)\s+(?:still\s+)?in(?=\s+(?-i:[A-Z])|\Z)",
    r"(?:spoke|talked)\s+(?:directly|again|at\s+length|privately|briefly|in\s+person|"
    r"face\s+to\s+face|for\s+(?:about\s+|nearly\s+|more\s+than\s+|over\s+)?(?:an?|\d+|one|two|"
    r"three|four|five|several|half|\w+ty))",
    r"(?:is|are|was|were)\s+(?:now\s+)?(?:at|in)\s+(?:an?\s+|the\s+)?(?:advanced|final|early|"
    r"critical|decisive|last)\s+stage",
    r"(?:engaged|engaging)\s+in\s+(?:[\w,-]+\s+){0,6}?(?:exchanges|discussions|talks|"
    r"negotiations|consultations|dialogue)",
    r"(?:is|are|was|were|remain|remains|remained)\s+(?:still\s+|\w+ly\s+)?engaged(?!\s+(?:to|in)\b)",
    # the process taking a step
    r"(?:handed|submitted|delivered|presented|passed|transmitted|conveyed|sent|forwarded|shared)"
    r"\s+(?:over\s+)?" + _DETERMINER + r"\s+(?:[\w'\"\u201c\u201d-]+\s+){0,3}?" + _THING,
    r"agreed\s+on\s+(?:the\s+)?(?:next|further|following)\s+steps",
    r"agreed\s+to\s+(?:set\s+up|form|create|establish)\s+(?:[\w-]+\s+){0,2}?(?:working\s+groups?|"
    r"groups?|committees?|mechanism|commission)",
    r"(?:put\s+forward|tabled|made)\s+(?:" + _DETERMINER + r"\s+)?(?:[\w-]+\s+){0,2}?(?:proposal|"
    r"proposals|offer|counterproposal|counter-proposal|ideas)",
    r"(?:responded|replied)\s+to\s+(?:[\w'’-]+\s+){0,2}?(?:proposal|proposals|offer|draft|plan|"
    r"response|reply)",
    r"(?:is|are|was|were)\s+(?:still\s+|now\s+)?(?:studying|reviewing|examining)\s+(?:the|its|"
    r"their|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:proposal|proposals|draft|response|reply|offer|plan|text)",
    r"(?:pledged|pledging|vowed|vowing|promised|promising)\s+to\s+(?:continue|keep|pursue)",
    r"decided\s+on\s+(?:the\s+)?arrangements",
    r"reviewed\s+(?:the\s+)?progress",
    r"(?:continued?|continues|continuing)\s+(?:to\s+)?(?:work|working)\s+(?:on|out|toward|"
    r"towards|to)",
    r"(?:is|are|was|were)\s+(?:still\s+)?working\s+(?:on|out|toward|towards|to)",
    r"(?:continued?|continues|continuing)\s+(?:their|its)\s+(?:work|discussion|discussions|"
    r"consultations|contacts)",
    r"(?:sent|sending|dispatched|dispatching)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:delegation|negotiating\s+team|negotiators|team)",
)
_ACT: Final = re.compile(r"\b(?:" + "|".join(_ACTS) + r")\b", re.IGNORECASE)
# The sides in general, as the subject of the act.
_BOTH_SIDES: Final = re.compile(
    r"\b(?:negotiators|delegations|delegates|negotiating\s+teams|(?:the\s+)?(?:two\s+)?sides|"
    r"both(?:\s+sides)?|(?:the\s+)?parties|the\s+two\s+(?:countries|governments|ministers|leaders|"
    r"teams|delegations|men|envoys|presidents)|the\s+two)\b",
    re.IGNORECASE,
)
# Someone outside the sides: the mediators, a body named by its role.
_OUTSIDERS: Final = re.compile(
    r"\b(?:mediators?|mediation|facilitators?|observers?|guarantors?|the\s+un|u\.n\.)\b",
    re.IGNORECASE,
)
# The clause the subject lies in begins after one of these.
_CLAUSE_START: Final = re.compile(
    r"(?:[,;:()\u2014\u2013\"\u201c\u201d]|\bthat\b|\bwhich\b|\bwho\b|\bwhile\b|\bas\b|\band\b"
    r"(?=\s+(?:the|a|an)\s))",
    re.IGNORECASE,
)
# A hope, a demand, a condition: the act is not told as done.
_NOT_DONE: Final = re.compile(
    r"\b(?:should|must|ought|need\s+to|needs\s+to|needed\s+to|wants?\s+to|wanted\s+to|"
    r"hopes?\s+to|hoped\s+to|called\s+(?:on|for)|calls\s+(?:on|for)|urged?|urges|urging|"
    r"asked|demand(?:s|ed)?|if|unless|until|whether|once|would|could|might|may)\b",
    re.IGNORECASE,
)
# A habit or a general view: no act of the track.
_HABIT: Final = re.compile(
    r"\b(?:always|usually|generally|normally|often|typically|routinely|in\s+general)\b",
    re.IGNORECASE,
)
# A pronoun for the subject: the side named before it ("M23 confirmed that it has
# dispatched a delegation", "Norway said they had exchanged drafts").
_PRONOUN: Final = re.compile(r"^\s*(?:it|they|he|she|we)\s+(?:[\w'’]+\s+){0,3}$", re.IGNORECASE)
_SETTLED: Final = frozenset({"negated", "denied", "hypothetical"})
_LOCATIVE: Final = re.compile(r"\b(?:in|at|to|near|from|into)\s+(?:the\s+)?$", re.IGNORECASE)
_BODIES: Final = frozenset({"country", "capital", "institution", "organisation"})
# Cues chosen for the track that imply no status on an ongoing track and that this reading
# may replace: a group's act ("agreed on" a step of the talks); a proposal only when it is
# the act's object (``_object_of``).
_REPLACEABLE: Final = frozenset({"acted"})


def _subject(sentence: str, start: int) -> str:
    """The words of the act's clause before the verb at ``start``."""
    begin = 0
    for m in _CLAUSE_START.finditer(sentence, 0, start):
        begin = m.end()
    return sentence[begin:start]


def _names_someone_else(text: str, people: frozenset[str], codes: frozenset[str]) -> bool:
    """Whether ``text`` names a country, body or known person none of the track's (a place
    the act happens in aside: "are still in Doha discussing")."""
    for m in load_gazetteer().scan(text):
        entity = m.entity
        if _LOCATIVE.search(text, 0, m.start):
            continue
        if entity.kind == "person":
            if m.text.split()[-1].strip("'’.").lower() not in people and entity.code not in codes:
                return True
        elif entity.kind in _BODIES and entity.code not in codes:
            return True
    return False


def _the_sides_act(subject: str, people: frozenset[str], sides: Sides) -> bool:
    """Whether ``subject`` names the track's own sides (a person, a side, or the sides in
    general) and no one else."""
    codes, parties = sides
    if _OUTSIDERS.search(subject) or _names_someone_else(subject, people, codes):
        return False
    words = {w.strip("'’.,").lower() for w in subject.split()}
    folded = subject.lower()
    if words & people or _BOTH_SIDES.search(subject) or any(p in folded for p in parties):
        return True
    return any(
        m.entity.code in codes
        for m in load_gazetteer().scan(subject)
        if m.entity.kind in ("country", "capital", "institution", "organisation", "person")
    )


def _doer(sentence: str, start: int, people: frozenset[str], sides: Sides) -> bool:
    """Whether the act at ``start`` is done by the track's sides: its clause's subject, or
    for a pronoun the words before the clause."""
    subject = _subject(sentence, start)
    if not subject.strip() and sentence[:start].rstrip().endswith(","):
        # a participle after a comma ("The team echoed them, pledging to continue …"): the
        # subject is the clause's before it
        subject = _subject(sentence, len(sentence[:start].rstrip()) - 1)
    if len(subject.split()) > 12 or _NOT_DONE.search(subject):
        return False
    if _PRONOUN.match(subject):
        before = sentence[: start - len(subject)]
        return not _NOT_DONE.search(before) and _the_sides_act(before, people, sides)
    return _the_sides_act(subject, people, sides)


def _halted_here(info: SentenceInfo, lexicon: Lexicon) -> bool:
    """Whether the sentence tells a change of plan or a halt (postponed, stalled, suspended
    …) that is not negated: that cue reads, not the act beside it."""
    return any(
        lexicon.precedence(hit.signal) == CHANGE_OF_PLAN and info.mood(hit, lexicon) not in _SETTLED
        for hit in info.cues
    )


def _with_someone_else(sentence: str, end: int, people: frozenset[str], sides: Sides) -> bool:
    """Whether the act is done "with" someone none of the track's ("exchanged messages with
    the European Union")."""
    after = re.match(r"[^,;.]{0,60}?\bwith\s+([^,;.]{1,60})", sentence[end:])
    return after is not None and _names_someone_else(after.group(1), people, sides[0])


def _object_of(hit: CueHit, act: re.Match[str]) -> bool:
    """Whether the proposal ``hit`` tells of is what the act hands over, answers or studies
    ("submitted its reply to the Norwegian proposal", "is studying the proposal"): it lies
    in the act's words or just after them."""
    return act.start() <= hit.start <= act.end() + 30


def shown_in_use(
    info: SentenceInfo,
    hit: CueHit | None,
    kind: TrackKind,
    lexicon: Lexicon,
    people: frozenset[str],
    sides: Sides,
) -> CueHit | None:
    """The act of the track's own sides that shows an ongoing track in use (``engaged``),
    when the cue ``hit`` chosen for the track reads no status, else None (see the module
    docstring)."""
    if kind_family(kind) is KindFamily.ENCOUNTER or lexicon.status_for(SIGNAL, kind) is None:
        return None
    if hit is not None and (
        lexicon.status_for(hit.signal, kind) is not None
        or hit.signal not in (*_REPLACEABLE, "proposed")
    ):
        return None
    sentence = info.norm
    if _halted_here(info, lexicon):
        return None
    for act in _ACT.finditer(sentence):
        after = re.split(r"[,;:.!?]", sentence[act.end() : act.end() + 25], maxsplit=1)[0]
        clause = _subject(sentence, act.start()) + act.group(0) + after
        if _HABIT.search(clause):
            return None
        if not _doer(sentence, act.start(), people, sides) or _with_someone_else(
            sentence, act.end(), people, sides
        ):
            continue
        if hit is not None and hit.signal not in _REPLACEABLE and not _object_of(hit, act):
            return None  # a proposal to meet, not one the act hands over or studies
        found = CueHit(SIGNAL, RULE, act.start(), act.end(), act.group(0))
        attributed = info.speaker is not None
        if modality_of(sentence, found, lexicon, attributed=attributed) in _SETTLED:
            return None
        return found
    return None


def is_in_use_cue(cue: str | None) -> bool:
    """Whether ``cue`` (an excerpt's cue text) is what ``shown_in_use`` matches: inference
    weighs such a reading low."""
    return cue is not None and _ACT.fullmatch(" ".join(cue.split())) is not None
