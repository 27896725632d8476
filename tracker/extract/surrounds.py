"""Events told by what surrounds them (``told_by_surroundings``): a sentence already a
track's evidence that tells a past meeting by its length, by what came before or after it,
or by a count, reads the meeting ``held``; one that tells a trip of the track's people to
the track's place ahead as travel reads the trip ``proposed`` (``scheduled`` once the day
or week is given, by the usual rule of an announced meeting that names its day).

Real reporting seldom says "the meeting was held". It says how long it ran and what came of
it, and it tells a trip ahead as travel:

* **A meeting presupposed or measured** (rule ``presupposed meeting``, signal ``held``; on
  talks and channels ``active``): its length with the other side ("spent almost five hours
  with <B>", a headline's "after <A>'s five hours with <B>", "their three-hour meeting",
  "a two-hour session"); what came after or before it ("little has emerged from the
  meeting", "gave no more details about the talks", "details of the meeting were not
  disclosed", "declined to give details of the discussions", "before the meeting <A> took a
  walk in …", "those talks had been reasonably good", "the meeting went well"); a count
  ("This is <A>'s fifth visit to <country> this year", "It was the fourth meeting between
  <A> and <B>"). Such a sentence presupposes the meeting, whatever it negates of its
  outcome or details (labelling convention 5), so the reading is asserted (reported when
  attributed). Not: the meeting ahead or hoped for ("before the meeting next week", "will
  spend two hours with", "hopes to spend …"), a condition ("if the meeting goes well"), a
  count ahead ("will be his fifth visit"), a visit counted to a country none of the track's
  places lies in, time spent with someone none of the track's.
* **A trip ahead told as travel** (rule ``travel ahead``, signal ``proposed``; encounters
  only): "<A> to travel to <city> next week", "will fly to <city> on Monday", "would be
  going to <country> next week", "will be travelling to …", "is expected in <city> later
  this month", "for him to come to <city>", a plan reported with "would" ("<A> would be going
  to <country> next week, an aide said"), and a companion of the trip ("<X> may go with
  <A> to <country>": the trip is set, only the companion is hedged). The traveller is one
  of the track's people (or a pronoun for the one named before), the destination (the
  first place named after the verb) lies in the country of one of the track's sides that is
  not the traveller's own: the trip is a visit to the other side (a place of the track's
  the gazetteer does not know is taken as typed). Not: travel to a third country, even the
  track's venue (the trip may serve another event there: "as <A> prepares to travel to
  <country>" for a summit of many held there), travel elsewhere, past travel ("travelled to"), travel denied, negated or only possible
  ("might travel to"), travel home ("fly back to"), travel of people not the track's.

Such sentences were often not found at all: a trip named by one person, a place and a travel
verb, or a meeting told only by the hours spent, holds no event word. ``resources/lexicon.json``
gives meetings and summits the travel words and "hours with" as event words
(``event_nouns.meeting``, ``event_nouns.summit``; ``TRAVEL_WORDS``), and matching drops such a
word when its trip goes elsewhere or the time is spent with someone none of the track's
(``a_trip_elsewhere``). Once a trip ahead is told, "The trip follows …" names it again: the
same plan, dated to the trip.

CAMEO codes the first as 040-046 (consult, meet) and the second as 036 (express intent to
meet: a visit planned).
"""

from __future__ import annotations

import re
from typing import Final

from tracker.domain.models import Modality
from tracker.domain.vocabulary import KindFamily, TrackKind, kind_family
from tracker.extract.analysis import SentenceInfo
from tracker.extract.dates import DateResolution
from tracker.extract.gazetteer import Entity, load_gazetteer
from tracker.extract.lexicon import Lexicon
from tracker.extract.signals import CueHit, modality_of

PRESUPPOSED: Final = "presupposed meeting"
TOLD_AS_PAST: Final = "event told as past"  # what is said of the event, or came of it
_PRESUPPOSING_CUES: Final = frozenset({PRESUPPOSED, TOLD_AS_PAST})
TRAVEL: Final = "travel ahead"
COMPANION: Final = "travel ahead (a companion)"
REPORTED_TRAVEL: Final = "travel ahead (reported)"
TRIP_AGAIN: Final = "travel ahead (the trip named again)"
_TRIPS_AHEAD: Final = frozenset({TRAVEL, COMPANION, REPORTED_TRAVEL, TRIP_AGAIN})

_NUMBER: Final = (
    r"(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"several|many|a\s+few|one\s+and\s+a\s+half|two\s+and\s+a\s+half)"
)
_ABOUT: Final = (
    r"(?:(?:almost|nearly|about|around|some|roughly|over|more\s+than|less\s+than|just\s+over|"
    r"just\s+under|close\s+to|well\s+over|at\s+least)\s+)?"
)
_EVENT: Final = (
    r"(?:meeting|meetings|talks|session|discussion|discussions|conversation|encounter|summit|"
    r"negotiations|consultations)"
)
_DET: Final = r"(?:the|their|that|this|those|these|his|her|its|the\s+two\s+men's)"
_ORDINAL: Final = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"\d+(?:st|nd|rd|th))"
)
_GOOD: Final = (
    r"(?:good|constructive|productive|useful|positive|friendly|frank|cordial|businesslike|"
    r"substantive|substantial|fruitful|warm|candid|difficult|tough|tense|long|lengthy|"
    r"detailed|excellent|great|fine|successful|open|honest|serious|intense|well|badly)"
)
_PRESUPPOSING: Final = (
    # its length with the other side
    r"spent\s+" + _ABOUT + _NUMBER + r"\s+(?:hours?|minutes)\s+(?:\w+\s+)?with\b",
    r"(?:'s|’s|their|his|her)\s+" + _ABOUT + _NUMBER + r"[- ](?:hours?|minutes)\s+with\b",
    r"\b(?:a|an|the|their|his|her)\s+"
    + _ABOUT
    + r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|several|half)"
    r"[- ](?:hour|minute|day)(?:[- ]long)?\s+(?:[\w-]+\s+)?" + _EVENT,
    # what came after it
    r"(?:has|have|had)?\s*emerged\s+from\s+" + _DET + r"\s+(?:[\w-]+\s+){0,2}?" + _EVENT,
    r"(?:gave|given|give|provided|offered|released|disclosed|shared)\s+(?:no|few|little)\s+"
    r"(?:more\s+|further\s+|other\s+|additional\s+)?(?:details|information|word|readout)\s+"
    r"(?:about|of|on|from)\s+" + _DET + r"\s+(?:[\w-]+\s+){0,2}?" + _EVENT,
    r"(?:declined|refused)\s+to\s+(?:provide|give|offer|disclose|share)\s+(?:any\s+)?(?:more\s+|"
    r"further\s+)?details\s+(?:about|of|on)\s+" + _DET + r"\s+(?:[\w-]+\s+){0,2}?" + _EVENT,
    r"details\s+of\s+" + _DET + r"\s+(?:[\w-]+\s+){0,2}?" + _EVENT + r"\s+(?:have|has|had|were|was)"
    r"\s+not\s+(?:yet\s+)?been\s+(?:disclosed|released|made\s+public|given|revealed)",
    # its people's past act before it
    r"^\W*before\s+" + _DET + r"\s+(?:[\w-]+\s+){0,2}?" + _EVENT + r"\b",
    # how it went
    r"\b(?:that|those|the|their)\s+(?:[\w-]+\s+){0,2}?"
    + _EVENT
    + r"\s+(?:had\s+been|was|were|went)\s+(?:\w+ly\s+|very\s+|quite\s+|rather\s+)?"
    + _GOOD
    + r"\b",
    # a count of visits or meetings
    r"\b(?:this|it|that)\s+(?:is|was)\s+(?:the\s+|(?:his|her|their)\s+|[\w-]+(?:'s|’s)\s+)"
    + _ORDINAL
    + r"\s+(?:[\w-]+\s+)?(?:visit|trip|meeting|encounter|meeting\s+between|talks)\b",
    r"\b(?:visit|trip)\s+to\s+[^,;.]{1,40},\s+(?:his|her|their)\s+"
    + _ORDINAL
    + r"\s*(?=[,\u2014])",
)
_PRESUPPOSED: Final = re.compile("|".join(f"(?:{p})" for p in _PRESUPPOSING), re.IGNORECASE)
# A past act told after "before the meeting": a past-tense verb within the next words.
_PAST_ACT: Final = re.compile(
    r"^[^.;:!?]{0,60}?\b(?:\w+ed|took|went|met|spoke|had|was|were|made|said|told|gave|held|"
    r"saw|sat|ate|paid|laid|left|flew|stood|spent|visited|toured)\b",
    re.IGNORECASE,
)
# The event's own halt or failure right after "before the talks": "Before the Jeddah talks
# were suspended, mediators had …" presupposes the halt, which the sentence's status cue
# reads, not a meeting held.
_HALTED_ITSELF: Final = re.compile(
    r"^\s*(?:(?:were|was|had\s+been|have\s+been|has\s+been|got)\s+)?(?:\w+ly\s+)?"
    r"(?:suspended|halted|adjourned|frozen|froze|broken\s+off|broke\s+off|broke\s+down|"
    r"called\s+off|cancell?ed|postponed|stalled|collapsed|failed|faltered|fell\s+apart|"
    r"deadlocked|derailed|abandoned|shelved|put\s+on\s+hold|cut\s+off)\b",
    re.IGNORECASE,
)
# The meeting ahead, hoped for or conditional: no presupposition.
_AHEAD: Final = re.compile(
    r"\b(?:will|shall|would|could|might|may|hopes?|hoped|wants?|wanted|plans?|planned|expects?|"
    r"expected|if|unless|whether|next|upcoming|coming|tomorrow|ahead|is\s+to|are\s+to|"
    r"set\s+to|due\s+to|likely)\b|'ll\b",
    re.IGNORECASE,
)
# (a run of digits tried once, from its first digit: linear on long runs)
_COUNTED: Final = re.compile(
    r"^\W*before\b|(?:(?<!\d)\d+(?:st|nd|rd|th)|\b" + _ORDINAL + r")\s*$", re.IGNORECASE
)
_WITH_WHOM: Final = re.compile(r"\bwith\s+([^,;.]{1,60})")
_VISITED: Final = re.compile(r"\b(?:visit|trip)\s+to\s+([^,;.]{1,50})", re.IGNORECASE)

_TRAVEL_VERB: Final = r"(?:travel|fly|head|go|come|journey)"
_TRAVELLING: Final = r"(?:travell?ing|flying|heading|going|coming|journeying)"
_TRAVELS: Final = (
    r"(?:will|would|shall|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|is\s+set\s+to|"
    r"are\s+set\s+to|is\s+scheduled\s+to|is\s+expected\s+to|plans?\s+to|intends?\s+to|"
    r"(?<=\s)to|^to|for\s+(?P<for>\w+)\s+to)\s+(?:also\s+|then\s+|soon\s+|personally\s+)?"
    + _TRAVEL_VERB
    + r"\s+(?:on\s+)?(?:to|for)\s+(?=\S)",
    r"(?:will|would)\s+(?:also\s+|then\s+|soon\s+)?be\s+" + _TRAVELLING + r"\s+(?:to|for)\s+(?=\S)",
    r"(?:is|are)\s+(?:also\s+)?(?:expected|due)\s+(?:to\s+arrive\s+)?in\s+(?=\S)",
)
_TRAVEL_RE: Final = re.compile("|".join(f"(?:{p})" for p in _TRAVELS), re.IGNORECASE)
# A companion of the trip: "<X> may go with <A> to <country>".
_COMPANION_RE: Final = re.compile(
    r"\b(?:may|might|could|will|would|to)\s+(?:also\s+)?(?:go|travel|fly|come)\s+with\s+"
    r"([^,;.]{1,40}?)\s+to\s+(?=\S)",
    re.IGNORECASE,
)
_PRONOUN: Final = re.compile(r"\b(?:he|she|they|him|her|them)\b", re.IGNORECASE)
_CLAUSE_START: Final = re.compile(
    r"(?:[,;:()\u2014\u2013\"\u201c\u201d]|\bthat\b|\bwhich\b|\bwho\b|\bwhile\b|\band\b)",
    re.IGNORECASE,
)
_REPORTED_WOULD: Final = re.compile(
    r"would\s+(?:also\s+|then\s+|soon\s+)?(?:be\s+)?\w+\s+(?:to|for)$"
)
_HOME: Final = re.compile(r"^(?:back|home)\b", re.IGNORECASE)
_REFUSED: Final = frozenset({"negated", "denied", "hypothetical"})


def _names(text: str) -> list[tuple[str, str, str]]:
    """The known names in ``text``: (kind, code, last word lower-cased)."""
    return [
        (m.entity.kind, m.entity.code, m.text.split()[-1].strip("'’.").lower())
        for m in load_gazetteer().scan(text)
    ]


def _whom(text: str) -> str:
    """The words naming whom time was spent with, before a place or a time."""
    return re.split(r"\b(?:in|at|on|during|before|after|over|to)\b", text, maxsplit=1)[0]


def _a_side_or_pronoun(head: str, sides: frozenset[str]) -> bool:
    """Whether ``head`` is a pronoun, or names only the track's sides ("the Peruvian
    leader")."""
    if _PRONOUN.match(head.strip()):
        return True
    named = _names(head)
    return bool(named) and all(code in sides and kind != "person" for kind, code, _ in named)


def _one_of_the_track(text: str, people: frozenset[str], sides: frozenset[str]) -> bool:
    """Whether ``text`` (whom time was spent with) begins with one of the track's people, a
    pronoun for one, or one of its sides ("with the Peruvian leader"), and not someone else."""
    head = _whom(text)
    words = {w.strip("'’.,").lower() for w in head.split()}
    return bool(words & people) or _a_side_or_pronoun(head, sides)


def _presupposed(
    sentence: str, people: frozenset[str], places: tuple[str, ...], sides: frozenset[str]
) -> CueHit | None:
    """The phrase that presupposes a past meeting of the track's people, if any."""
    for m in _PRESUPPOSED.finditer(sentence):
        clause = sentence[: m.start()]
        cut = max((c.end() for c in _CLAUSE_START.finditer(clause)), default=0)
        tail = re.split(r"[.;!?]", sentence[m.end() :], maxsplit=1)[0]
        text = m.group(0).lower()
        # a count or an act before it is told by the predicate after it ("will come as")
        rest = tail[:40] if _COUNTED.search(text) else re.split(r"[,;]", tail, maxsplit=1)[0]
        if _AHEAD.search(clause[cut:]) or _AHEAD.search(text) or _AHEAD.search(rest):
            continue
        if text.lstrip(" \"'“").startswith("before") and (
            _AHEAD.search(tail[:40]) or not _PAST_ACT.match(tail) or _HALTED_ITSELF.match(tail)
        ):
            continue
        with_whom = _WITH_WHOM.match(sentence, m.end() - 4) if text.endswith("with") else None
        if with_whom and not _one_of_the_track(with_whom.group(1), people, sides):
            continue
        visited = _VISITED.search(sentence, m.start(), m.end() + 50)
        if visited and not _to_the_place(visited.group(1), places, sides, None):
            continue
        return CueHit("held", PRESUPPOSED, m.start(), m.end(), m.group(0).strip())
    return None


def _to_the_place(
    destination: str, places: tuple[str, ...], sides: frozenset[str], own: str | None
) -> bool:
    """Whether ``destination`` (the words after "to", to the clause's end) goes first to the
    country of one of the track's sides that is not the traveller's own: that country, or one
    of the track's places in it (another city there is another leg of the trip). A trip to
    places joined by "and" or "then" goes to each ("a trip to Germany and Angola", "travel
    to Berlin and then Luanda"): any of them that is the track's counts."""
    if _HOME.match(destination):
        return False
    phrase = re.split(r"[,;:.!?()]", destination, maxsplit=1)[0][:80]
    return any(_a_leg_of_the_track(leg, places, sides, own) for leg in _first_legs(phrase, places))


# A place and its start, end and the track's place it is (None: a gazetteer entry).
_Leg = tuple[int, int, str | None, Entity | None]
_JOINED: Final = frozenset({"and", "then", "and then", "and on to"})


def _first_legs(phrase: str, places: tuple[str, ...]) -> list[_Leg]:
    """The first place of ``phrase`` and those joined to it by "and" or "then"."""
    folded = phrase.lower()
    found: list[_Leg] = []
    for p in places:
        at = folded.find(p.lower()) if p else -1
        if at >= 0:
            found.append((at, at + len(p), p, None))
    found += [
        (m.start, m.end, None, m.entity)
        for m in load_gazetteer().scan(phrase)
        if m.entity.kind in ("country", "capital", "city")
    ]
    found.sort(key=lambda leg: (leg[0], leg[2] is None))
    legs: list[_Leg] = []
    for leg in found:
        if legs and leg[0] < legs[-1][1]:
            continue  # the same name found twice (typed and in the gazetteer)
        if legs and " ".join(phrase[legs[-1][1] : leg[0]].lower().split()) not in _JOINED:
            break
        legs.append(leg)
    return legs


def _a_leg_of_the_track(
    leg: _Leg, places: tuple[str, ...], sides: frozenset[str], own: str | None
) -> bool:
    _, _, typed, entity = leg
    if typed is not None:
        country = load_gazetteer().place_country(typed)
        code = country.code if country is not None else None
        # one of the track's places, as typed (a place the gazetteer does not know passes)
        return code is None or (code in sides and code != own)
    assert entity is not None
    if entity.kind != "country" and any(p for p in places):
        return False  # another city than the track's places
    return entity.code in sides and entity.code != own


def _traveller(subject: str, people: frozenset[str]) -> str | None:
    """The track's person ``subject`` names (its last word lower-cased), "" for a pronoun,
    None when it names no one of the track."""
    words = [w.strip("'’.,").lower() for w in subject.split()]
    for w in reversed(words):
        if w in people:
            return w
    return "" if _PRONOUN.search(subject) else None


def _own_side(person: str) -> str | None:
    """The side (country code) of the track's person ``person``, when the gazetteer knows it."""
    known = load_gazetteer().person(person)
    return known.party if known is not None else None


def _travel(
    info: SentenceInfo,
    lexicon: Lexicon,
    people: frozenset[str],
    places: tuple[str, ...],
    sides: frozenset[str],
) -> CueHit | None:
    """A trip of the track's people to the track's place, told ahead as travel."""
    sentence = info.norm
    attributed = info.speaker is not None
    for m in _COMPANION_RE.finditer(sentence):
        if _traveller(m.group(1), people) and _to_the_place(
            sentence[m.end() :], places, sides, None
        ):
            return CueHit("proposed", COMPANION, m.start(), m.end(), m.group(0).strip())
    for m in _TRAVEL_RE.finditer(sentence):
        clause = sentence[: m.start()]
        cut = max((c.end() for c in _CLAUSE_START.finditer(clause)), default=0)
        subject = clause[cut:] if clause[cut:].strip() else clause
        who = _traveller(m.group("for") or subject, people)
        if who is None:
            continue
        own = _own_side(who) if who else None
        if not _to_the_place(sentence[m.end() :], places, sides, own):
            continue
        found = CueHit("proposed", TRAVEL, m.start(), m.end(), m.group(0).strip())
        mood = modality_of(sentence, found, lexicon, attributed=attributed)
        if mood == "hypothetical" and _REPORTED_WOULD.match(found.text) and attributed:
            # "<A> would be going to <country> next week, an aide said": a plan reported
            return CueHit("proposed", REPORTED_TRAVEL, m.start(), m.end(), found.text)
        if mood in _REFUSED:
            return None
        return found
    return None


# The margins of an organisation's gathering: "on the margins of the SCO gathering", "on the
# sidelines of the Shanghai Cooperation Organisation (SCO) Summit".
_AT_ITS_MARGINS: Final = re.compile(
    r"\b(?:on|in|at)\s+the\s+(?:sidelines|margins|fringes)\s+of\s+(?:the\s+|this\s+year's\s+)?"
    r"(?P<name>[^,;.!?]{1,60}?)\s*(?:gathering|summit|meeting|conference)\b",
    re.IGNORECASE,
)
# A verb of the past after the phrase ("Modi on Thursday met Xi on the sidelines of …").
_SIMPLE_PAST: Final = re.compile(
    r"\b(?:said|met|held|told|spoke|signed|discussed|talked|agreed|announced|added|noted|"
    r"stressed|urged|called|\w+ed)\b",
    re.IGNORECASE,
)
_GATHERING_KINDS: Final = frozenset({"summit", "conference"})


def _at_its_margins(sentence: str, sides: frozenset[str]) -> CueHit | None:
    """A past act on the margins of the track's own gathering, named by one of the track's
    organisations ("On Monday, on the margins of the SCO gathering in China, Ushakov said
    …", "Modi on Thursday met Xi on the sidelines of the SCO Summit"): the gathering was
    under way, ``held``. Not when anything in the sentence is ahead ("on the sidelines of
    the SCO summit, which will take place over the weekend") and not another organisation's
    gathering."""
    m = _AT_ITS_MARGINS.search(sentence)
    if m is None or _AHEAD.search(sentence) or not _SIMPLE_PAST.search(sentence):
        return None
    named = load_gazetteer().scan(m.group("name"))
    if not any(n.entity.kind == "organisation" and n.entity.code in sides for n in named):
        return None
    return CueHit("held", PRESUPPOSED, m.start(), m.end(), m.group(0).strip())


# The event told by what is said of it in the past: the track's own event named as the
# subject of a past verb ("The meeting gave Ramaphosa the chance to answer", "his working
# visit to the United States had met its aim", "The summit was dominated by trade"), or by
# what came of it ("Among the main outcomes of the summit was …", "five takeaways from the
# G7"). Either presupposes the event (labelling convention 5). The event is named by a noun
# of the track's kind: a visit track's "trip", a summit's "summit", not another event (a
# leader's visit abroad on the track of the summit he hosts).
_EVENT_NOUNS: Final[dict[str, str]] = {
    "visit": r"visit|trip|tour|stay|meeting|talks",
    "summit": r"summit|conference|gathering",
    "conference": r"conference|summit|gathering",
    "meeting": r"meeting|talks|summit|engagement|encounter|sit-down|discussions?|"
    r"(?:in-person|face-to-face|one-on-one|two-way)\s+exchange",
    "talks": r"talks|negotiations|round|session|sessions|consultations|meeting",
}
# An event not the one under way, or not yet one: "the planned summit", "the next meeting".
_NOT_YET: Final = (
    r"(?!(?:[\w-]+\s+){0,3}?(?:planned|proposed|possible|potential|upcoming|expected|next|"
    r"mooted|prospective|future|would-be|rescheduled|postponed|cancelled|canceled|delayed|"
    r"previous|last|earlier|another|long-awaited|hoped-for|much-anticipated|anticipated)\b)"
)
# A verb of plan, change, doubt or seeming after the event: it does not presuppose it.
_NOT_PRESUPPOSING_VERB: Final = (
    r"(?!(?:planned|scheduled|rescheduled|expected|postponed|delayed|cancell?ed|called|slated|"
    r"proposed|announced|agreed|mooted|suggested|considered|moved|shifted|pushed|put|set|"
    r"dropped|scrapped|shelved|needed|required|intended|designed|aimed|meant|supposed|hoped|"
    r"wanted|seemed|appeared|looked|remained|faced|failed|stalled|collapsed|raised|depended|"
    r"hinged|fell|threatened|risked|turned|became|sparked|prompted)\b)"
)
_PAST_VERB: Final = (
    r"(?:\w+ed|gave|brought|saw|made|went|came|began|ran|left|met|stood|drew|showed|won|took|"
    r"got|found|kept|led|sent|struck|lasted|yielded|produced|ended)\b"
)
_OWNER: Final = r"(?:the|this|that|his|her|their|its|[A-Z][\w-]*(?:'s|’s))\s+"
# A source named before the sentence's subject: "According to China's top diplomat, Friday's
# meeting served to …" (the event is still the subject of its past verb).
_ACCORDING_TO: Final = r"(?:according\s+to\s+[^,;:()]{1,60},\s*)?"


def _event_subject(nouns: str) -> re.Pattern[str]:
    return re.compile(
        r"(?:^\W*" + _ACCORDING_TO + _OWNER + r"|\b(?:said|says|told\s+\w+|added)\s+"
        r"(?:that\s+)?(?:" + _OWNER + r")?)" + _NOT_YET + r"(?:[\w-]+\s+){0,3}?(" + nouns + r")"
        r"(?:\s+(?:to|in|with|at|of|between)\s+[^,;:()]{1,40}?)?"
        r"\s+(?:had\s+|(?:was|were)\s+(?=\w+ed\s+by\b))?" + _NOT_PRESUPPOSING_VERB + _PAST_VERB,
        re.IGNORECASE,
    )


def _outcome(nouns: str) -> re.Pattern[str]:
    return re.compile(
        r"\b(?:outcomes?|results?|takeaways?|upshot|aftermath|fallout|final\s+(?:day|sessions?)|"
        r"closing\s+(?:day|sessions?|ceremony))\s+(?:of|from)\s+(?:the\s+|this\s+week's\s+|"
        r"[A-Z][\w-]*(?:'s|’s)\s+)?" + _NOT_YET + r"(?:[\w-]+\s+){0,3}?"
        r"(" + nouns + r"|(?-i:[A-Z][A-Z0-9-]{1,6}))\b",
        re.IGNORECASE,
    )


_TOLD_AS_PAST: Final[dict[str, tuple[re.Pattern[str], re.Pattern[str]]]] = {
    kind: (_event_subject(nouns), _outcome(nouns)) for kind, nouns in _EVENT_NOUNS.items()
}
_WHEN_AHEAD: Final = re.compile(
    r"\b(?:will|shall|would|could|might|may|should|must|is\s+to|are\s+to|is\s+due|are\s+due|"
    r"if|unless|whether|hopes?|expects?|expected|likely|next|upcoming|tomorrow)\b|'ll\b|\?",
    re.IGNORECASE,
)


_HELD_WHERE: Final = re.compile(r"\s*\b(?:in|at)\s+([^,;:.!?()]{1,40})", re.IGNORECASE)


def _held_elsewhere(
    sentence: str, m: re.Match[str], places: tuple[str, ...], sides: frozenset[str]
) -> bool:
    """Whether the event the match names is placed ("talks in Cairo") somewhere that is
    none of the track's places nor the country of one of its sides: another event."""
    at = _HELD_WHERE.match(sentence, m.end(1))
    if at is None:
        return False
    legs = _first_legs(at.group(1), places)
    if not legs or legs[0][2] is not None:  # no place, or one of the track's
        return False
    entity = legs[0][3]
    assert entity is not None
    return not (entity.code in sides and (entity.kind == "country" or not any(places)))


def _told_as_past(
    sentence: str, kind: TrackKind, places: tuple[str, ...], sides: frozenset[str]
) -> CueHit | None:
    """The track's event told by what is said of it in the past (``_event_subject``) or by
    what came of it (``_outcome``), named by a noun of the track's kind: ``held``. Not in a
    sentence with anything ahead, a condition or a question in it, nor an event placed
    elsewhere than the track's places and sides."""
    patterns = _TOLD_AS_PAST.get(kind.value)
    if patterns is None or _WHEN_AHEAD.search(sentence):
        return None
    m = patterns[0].search(sentence) or patterns[1].search(sentence)
    if m is None or _held_elsewhere(sentence, m, places, sides):
        return None
    return CueHit("held", TOLD_AS_PAST, m.start(), m.end(), m.group(0).strip())


def told_by_surroundings(
    info: SentenceInfo,
    kind: TrackKind,
    lexicon: Lexicon,
    people: frozenset[str],
    places: tuple[str, ...],
    sides: frozenset[str],
    trip_told: bool = False,
) -> CueHit | None:
    """A past meeting presupposed or measured (``held``), or a trip ahead told as travel
    (``proposed``, encounters only; ``trip_told``: the article has told the track's trip
    ahead, which "The trip follows …" names again), in a sentence whose chosen cue reads no
    status for the track (see the module docstring)."""
    if lexicon.status_for("held", kind) is not None:
        found = _presupposed(info.norm, people, places, sides)
        if found is None and kind in _GATHERING_KINDS:
            found = _at_its_margins(info.norm, sides)
        if found is None:
            found = _told_as_past(info.norm, kind, places, sides)
        if found is not None:
            return found
    if kind_family(kind) is not KindFamily.ENCOUNTER:
        return None
    again = _TRIP_AGAIN.match(info.norm) if trip_told else None
    if again is not None:
        return CueHit("proposed", TRIP_AGAIN, again.start(1), again.end(), again.group(0).strip())
    return _travel(info, lexicon, people, places, sides)


def settled_modality(hit: CueHit | None, modality: Modality, attributed: bool) -> Modality:
    """The modality of a reading of this module: a presupposed meeting is asserted whatever
    the sentence negates of its outcome ("gave no details about the meeting"), and a
    companion's trip is ahead however hedged the companion."""
    if hit is None:
        return modality
    if hit.cue in _PRESUPPOSING_CUES and modality != "denied":
        return "reported" if attributed else "asserted"
    if hit.cue in (COMPANION, REPORTED_TRAVEL, TRIP_AGAIN):
        return "future"
    return modality


# A listed cue of the meeting held told as a clause of time after it or at its end ("After
# the meeting, the family flew to Jaipur", "Following the talks, Modi hosted a dinner", "as
# the talks broke up", "At the close of the meeting"): the meeting presupposed, of its day.
_AFTER_ITS_END: Final = re.compile(
    r"(?:after|following|once|as|when|at\s+the\s+(?:close|end)\s+of)\s+(?:the|their)\b",
    re.IGNORECASE,
)


def _told_after_its_end(hit: CueHit) -> bool:
    return hit.signal == "held" and _AFTER_ITS_END.match(hit.text) is not None


def dated_by_the_meeting(
    hit: CueHit | None,
    when: DateResolution,
    met: DateResolution | None,
    trip: DateResolution | None = None,
) -> DateResolution:
    """The day of a presupposed meeting whose sentence gives none of its own: the day the
    article told the track's meeting held before it ("<A> met <B> on Tuesday. … Little has
    emerged from the meeting.", "… After the meeting, <A> flew home."); of a trip named
    again, the day it was told ahead; else ``when``."""
    if hit is None or when.basis == "stated":
        return when
    if hit.cue in _PRESUPPOSING_CUES and met is not None:
        return met
    if _told_after_its_end(hit) and met is not None and met.precision == "day":
        return met  # a month named in passing ("his visit in January") is another occasion
    if hit.cue == TRIP_AGAIN and trip is not None:
        return trip
    return when


def told_a_trip(hit: CueHit | None, when: DateResolution) -> bool:
    """Whether a finding tells the track's trip ahead as travel on a day its sentence
    states: the day the trip named again takes (``dated_by_the_meeting``)."""
    return hit is not None and hit.cue in _TRIPS_AHEAD and when.basis == "stated"


def held_on_a_stated_day(hit: CueHit | None, modality: Modality, when: DateResolution) -> bool:
    """Whether a finding tells the track's meeting held on a day its sentence states: the day
    a presupposed meeting after it takes (``dated_by_the_meeting``)."""
    return (
        hit is not None
        and hit.signal == "held"
        and modality in ("asserted", "reported")
        and when.basis == "stated"
    )


# The travel words ``resources/lexicon.json`` gives meetings and summits as event words (its
# ``event_nouns``), so that a trip of one of the track's people is found at all.
TRAVEL_WORDS: Final = frozenset(
    {
        "travel to",
        "travels to",
        "travelling to",
        "traveling to",
        "fly to",
        "flies to",
        "be going to",
        "expected in",
        "to come to",
        "go with",
    }
)
# The length of a meeting with its other side ("spent almost five hours with <B>"), event
# words of meetings and summits too.
_TIME_WITH: Final = frozenset({"hours with", "hour with", "minutes with", "minute with"})
# The trip told ahead just before, named again by its noun: "The trip follows days of …".
_TRIP_AGAIN: Final = re.compile(
    r"^\W*((?:the|this|that|his|her|their)\s+(?:planned\s+|upcoming\s+|latest\s+)?"
    r"(?:trip|visit|journey)\s+(?:follows|comes|will\s+follow|will\s+come)\b)",
    re.IGNORECASE,
)
_COMPANION_TO: Final = re.compile(r"^[^,;.]{1,40}?\bto\s+(?=\S)")


_ASKED: Final = TRAVEL_WORDS | _TIME_WITH


def asks_of_the_track(text: str, span: tuple[int, int]) -> bool:
    """Whether the event word at ``span`` is one ``a_trip_elsewhere`` asks about (a travel
    word or time spent with someone): of any other it says False whatever the track."""
    return " ".join(text[span[0] : span[1]].lower().split()) in _ASKED


def a_trip_elsewhere(
    text: str,
    span: tuple[int, int],
    sides: frozenset[str],
    places: tuple[str, ...],
    names: tuple[re.Pattern[str], ...] = (),
) -> bool:
    """Whether the event word at ``span`` is a travel word whose trip goes elsewhere than to
    the track's other side (``_to_the_place``), or time spent with someone none of the
    track's (``names``: its people's name patterns): then it names no event of the track."""
    words = " ".join(text[span[0] : span[1]].lower().split())
    rest = text[span[1] :].lstrip()
    if words in _TIME_WITH:
        head = _whom(rest[:60])
        return not (any(n.search(head) for n in names) or _a_side_or_pronoun(head, sides))
    if words not in TRAVEL_WORDS:
        return False
    if words == "go with":
        companion = _COMPANION_TO.match(rest)
        if companion is None:
            return True
        rest = rest[companion.end() :]
    return not _to_the_place(rest, places, sides, None)
