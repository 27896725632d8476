"""An event told by what was agreed, adopted, signed or issued at it, with no status word.

Reports of a summit, a meeting, a visit or a round of talks tell it, once over, by its outcome:
"At the summit the leaders also agreed to hold exercises every year", "The three leaders, …,
agreed to set up a hotline", "the participants agreed to set up working groups", "In their
joint statement, the leaders said …", "The Jeddah meeting agrees on a peace plan …", "The
summit's first day had produced substantial outcomes", a headline's "G-20 leaders adopt New
Delhi declaration" or "US, Japan and South Korea agree to widen security ties". An outcome
reached, told done, presupposes the event it was reached at (CAMEO 057 sign formal agreement,
030/036 express intent, 010 make statement): ``held`` on summits, meetings, conferences and
visits, and, through the signal's table, ``active`` on talks and channels.

The outcome is read when the event is its setting: the event as the verb's subject ("the
meeting agrees"), a phrase putting the verb inside it ("at / during / after the summit", "on
the sidelines of the talks"), its joint statement ("in their joint statement", "according to
the communiqué"), or its members as the subject ("the leaders", "the three leaders", "the
participants", "both sides", "the delegations"; never "they", whose referent is the sentence
before's). A headline tells it in the present ("agree to", "adopt"); a report in the past or
the perfect.

Refused: a plan, a wish or a condition in the words before the verb ("are expected to agree",
"hope to sign", "will adopt", "if"), a denial ("did not agree", "failed to adopt"), another
occasion ("at the previous summit", "last year", "the next meeting", a year named), a habit
("are normally adopted at the close of summits"), a call, a letter or a post, an event named by
a name none of the track's ("At the NATO summit, …"), and, on a summit, a meeting or a visit, an outcome that is itself a meeting ahead
("agreed to meet again", "pledged to hold a summit every year": a plan of another encounter,
read by the lexicon's ``agreed`` cues). When the sentence is shared with another track, its
members ("the leaders") may be that one's: only the event named as the subject or the setting
by the track's own place or party tells it then.

A pure function of a sentence's text; the hit names its rule by its cue (``TOLD_BY_ITS_OUTCOME``).
"""

from __future__ import annotations

import re
from typing import Final

from tracker.extract.signals import CueHit

TOLD_BY_ITS_OUTCOME: Final = "told by its outcome"

_EVENT: Final = (
    r"(?:summit|summits|meeting|meetings|talks|conference|consultations|negotiations|"
    r"discussions|gathering|session|sessions|round|visit|encounter|dialogue)"
)
# On talks and channels the event is a session of the talks, never a summit or a visit
# ("At the summit India also unveiled a plan with the United States" is not trade talks').
_ROUND: Final = (
    r"(?:meeting|meetings|talks|consultations|negotiations|discussions|session|sessions|"
    r"round|dialogue)"
)
# The outcome told done: agreed, adopted, signed, issued, pledged, committed, declared …
_DONE: Final = (
    r"(?:agreed|adopted|signed|issued|released|announced|unveiled|pledged|committed|endorsed|"
    r"approved|decided|declared|condemned|reaffirmed|affirmed|concurred|accepted|launched|"
    r"admitted|reached|struck|sealed|forged|vowed|resolved|established|set\s+up|called\s+for|"
    r"denounced|produced|yielded|agreed\s+on|came\s+to\s+an\s+agreement|reached\s+consensus|"
    r"laid\s+(?:a\s+)?wreaths?|paid\s+(?:tribute|homage|(?:their\s+)?respects)|honou?red|"
    r"shook\s+hands)"
)
# A headline's present of the same outcome: "leaders adopt declaration", "agree to widen".
_HEADLINE: Final = (
    r"(?:agree|agrees|adopt|adopts|sign|signs|pledge|pledges|unveil|unveils|vow|vows|"
    r"endorse|endorses|condemn|condemns|commit|commits|launch|launches|issue|issues|"
    r"reach\s+consensus|reaches\s+consensus|reach\s+agreement|reaches\s+agreement|"
    r"lay\s+(?:a\s+)?wreaths?|pays?\s+(?:tribute|homage|(?:their\s+)?respects)|honou?rs?)"
)
_ADVERB: Final = (
    r"(?:\s+(?:also|then|further|jointly|unanimously|formally|finally|together|as\s+well|"
    r"swiftly|quickly|later))?"
)
_PERFECT: Final = r"(?:\s+(?:had|have|has))?"
# Talks are held by sides, delegations and negotiators; a summit's members are its leaders.
_SIDES: Final = (
    r"(?:participants|delegates|delegations|negotiators|sides|parties|representatives|"
    r"participating\s+countries)"
)
_LEADERS: Final = (
    r"(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|ministers|"
    r"foreign\s+ministers|presidents|prime\s+ministers|" + _SIDES[3:]
)
_THE_TWO: Final = (
    r"\b(?:the\s+)?(?:two|three|four)(?=\s*,|\s+(?:also|then|further|jointly|as\s+well|had|"
    r"have|agreed|pledged|committed|decided|vowed|signed|issued|adopted))|\bboth\s+sides"
)


def _subject(members: str) -> str:
    """The event's members as the subject: "the leaders", "the three leaders", "both sides",
    "the participants", "G-20 leaders", "Leaders of the Group of 20". Never "they": who they
    are is the sentence before's subject ("Leaders from Britain, France and Germany released a
    statement. They also agreed …" are not a Trump–Putin summit's members)."""
    named = (
        r"|(?P<group>(?-i:[A-Z][\w'’-]*))\s+leaders|(?-i:\bLeaders)" if "leaders" in members else ""
    )
    return (
        r"(?:\b(?:the|all\s+the|all|both)\s+(?:(?:two|three|four|five|\d+)\s+)?"
        r"(?:[\w'’-]+\s+)?"
        + members
        + r"|"
        + _THE_TWO
        + named
        + r")(?:\s+(?:of|from)\s+(?:the\s+)?(?P<of>(?-i:[A-Z])[\w'’-]*(?:\s+(?:of\s+)?"
        r"(?-i:[A-Z0-9])[\w'’-]*){0,3}))?"
        # an apposition naming them: "The three leaders, Biden, Yoon and Kishida, agreed"
        r"(?:\s*,\s*[^;]{1,160}?,)?"
    )


def _by_its_members(members: str, now: bool) -> re.Pattern[str]:
    verb = (
        (r"\s+[\"“‘']?(?P<verb>" + _HEADLINE)
        if now
        else (_PERFECT + _ADVERB + r"\s+(?P<verb>" + _DONE)
    )
    return re.compile(_subject(members) + _ADVERB + verb + r")\b", re.IGNORECASE)


# (ongoing, headline) -> the pattern
_BY_ITS_MEMBERS: Final = {
    (ongoing, now): _by_its_members(_SIDES if ongoing else _LEADERS, now)
    for ongoing in (False, True)
    for now in (False, True)
}


# The event as the verb's subject: "The Jeddah meeting agrees", "The summit's first day had
# produced", "the G-20 summit reached consensus on Saturday and adopted".
def _event_subject(event: str) -> re.Pattern[str]:
    return re.compile(
        r"\b(?:the|their|this|its)\s+(?:[\w'’-]+\s+){0,3}?"
        + event
        + r"(?:['’]s\s+(?:first|second|third|final|last|opening|closing)\s+(?:day|session))?"
        + _ADVERB
        + _PERFECT
        + r"\s+(?P<verb>"
        + _DONE
        + r"|agrees|adopts|produces|yields|ends\s+with|ended\s+with|concludes\s+with|"
        r"concluded\s+with)\b",
        re.IGNORECASE,
    )


# A headline's event as the subject of its present: "Camp David summit concludes".
def _event_subject_now(event: str) -> re.Pattern[str]:
    return re.compile(
        r"^\W*(?:[\w'’-]+\s+){0,5}?"
        + event
        + r"\s+(?P<verb>concludes|ends|closes|wraps\s+up|agrees|adopts)\b",
        re.IGNORECASE,
    )


_EVENT_SUBJECT: Final = {False: _event_subject(_EVENT), True: _event_subject(_ROUND)}
_EVENT_SUBJECT_NOW: Final = {
    False: _event_subject_now(_EVENT),
    True: _event_subject_now(_ROUND),
}


# A setting that puts the verb inside the event: "At the summit …", "during their talks",
# "after the meeting", "on the sidelines of the talks"; or its joint statement.
def _setting(event: str, statement: bool) -> re.Pattern[str]:
    """ "At / during / after the <event>"; on encounters its joint statement too ("in their
    joint statement"): a talks track's sides rarely issue one, and another body's does not
    tell the talks."""
    return re.compile(
        r"\b(?:(?:at|during|in\s+the\s+course\s+of|after|following|on\s+the\s+(?:sidelines|"
        r"margins)\s+of)\s+(?:the|their|this|its|(?-i:[A-Z])[\w'’-]*['’]s)\s+"
        r"(?:[\w'’-]+\s+){0,3}?"
        + event
        + r"\b(?!\s+(?:with|between|of)\s+(?-i:[A-Z]))"
        + (
            r"|(?:in|according\s+to)\s+(?:the|their|its)\s+(?:joint\s+|final\s+|"
            r"closing\s+)?(?:statement|declaration|communiqu[eé])"
            if statement
            else ""
        )
        + r")",
        re.IGNORECASE,
    )


_SETTING: Final = {False: _setting(_EVENT, True), True: _setting(_ROUND, False)}


# The outcome's noun form and its passive: "the agreement reached at the summit", "a visa
# waiver was signed during the meeting", "the declaration adopted at the Lisbon summit".
def _done_at(event: str) -> re.Pattern[str]:
    return re.compile(
        r"\b(?P<verb>agreed|reached|signed|adopted|issued|struck|sealed|approved|endorsed|"
        r"released|announced|unveiled)\s+(?:at|during|after|following)\s+(?:the|their|this|"
        r"(?-i:[A-Z])[\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,3}?" + event + r"\b"
        r"(?!\s+(?:with|between|of)\s+(?-i:[A-Z]))",
        re.IGNORECASE,
    )


_DONE_AT: Final = {False: _done_at(_EVENT), True: _done_at(_ROUND)}
_VERB_AFTER_SETTING: Final = re.compile(
    r"\b(?P<verb>" + _DONE + r"|said|stressed|noted|expressed|welcomed|agreed)\b",
    re.IGNORECASE,
)
# A plan, a wish, a condition or a denial in the words before the verb.
_NOT_DONE_BEFORE: Final = re.compile(
    r"\b(?:will|shall|would|could|might|may|should|must|to|expected|set|due|likely|hope|hopes|"
    r"hoped|hoping|plan|plans|planned|planning|want|wants|wish|wishes|ready|seek|seeks|aim|"
    r"aims|if|unless|whether|once|not|never|no|failed|fail|refused|declined|didn['’]t|"
    r"did|without)\b|n['’]t\b",
    re.IGNORECASE,
)
# Another occasion: "at the previous summit", "last year", "the next meeting", a year named.
_ANOTHER_OCCASION: Final = re.compile(
    # habitual: "Declarations are normally adopted at the close of G20 summits"
    r"\b(?:normally|usually|typically|traditionally|customarily|generally|often)\b|"
    r"\b(?:next|upcoming|forthcoming|previous|previously|earlier|former|last\s+(?:year|month|"
    r"summit|meeting|round|time)|years?\s+ago|since\s+the|(?:19|20)\d\d|first\s+term)\b",
    re.IGNORECASE,
)
_AT_A_DISTANCE: Final = re.compile(
    r"\b(?:phone|telephone|call|video\s+link|videoconference|letter|letters|wrote|posted|"
    r"tweeted)\b",
    re.IGNORECASE,
)
_PLACE_NAMED: Final = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+", re.IGNORECASE)
# An outcome that is itself a meeting ahead: "agreed to meet again", "to hold a summit".
_A_MEETING_AHEAD: Final = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,2}?(?:to\s+)?(?:meet|hold\s+(?:[\w'’-]+\s+){0,3}?" + _EVENT + r")\b",
    re.IGNORECASE,
)


def _refused(sentence: str, window: int, start: int, end: int, encounter: bool) -> bool:
    """A plan, a wish, a denial in the words from ``window`` up to the verb (within its
    clause and after any quotation mark), or a meeting ahead told as the outcome."""
    clause_start = max(window - 40, sentence.rfind(";", 0, start) + 1, 0)
    before = re.split(r"[\"“”]", sentence[clause_start:start])[-1]
    if _NOT_DONE_BEFORE.search(before):
        return True
    return encounter and _A_MEETING_AHEAD.match(sentence[end:]) is not None


def _hit(sentence: str, match: re.Match[str], encounter: bool) -> CueHit | None:
    start, end = match.span("verb")
    if _refused(sentence, match.start(), start, end, encounter):
        return None
    return CueHit("held", TOLD_BY_ITS_OUTCOME, start, end, match.group("verb"))


def _elsewhere(clause: str, places: tuple[str, ...]) -> bool:
    """The setting names a place that is none of the track's: "at the latest meeting of the
    mechanism in Shanghai" is not a meeting of talks held in Beijing and Muscat."""
    named = _PLACE_NAMED.search(clause)
    if named is None:
        return False
    return not any(place.lower() in clause.lower() for place in places)


def _names_it(words: str, own: tuple[str, ...]) -> bool:
    """The words name the track's own event: one of its places or parties ("The G-20
    summit", "at the Jeddah meeting")."""
    low = words.lower()
    return any(re.search(r"\b" + re.escape(name.lower()) + r"\b", low) for name in own if name)


# Words of an event's own name that name nobody: "the 18th G20 Summit", "the Leaders' Meeting".
_TITLE_WORDS: Final = frozenset(
    [
        "leaders",
        "leaders'",
        "summit",
        "summits",
        "meeting",
        "meetings",
        "conference",
        "talks",
        "round",
        "session",
        "trilateral",
        "bilateral",
        "annual",
        "first",
        "second",
        "third",
        "historic",
        "special",
        "extraordinary",
        "joint",
        "ministerial",
        "high-level",
        "plenary",
        "international",
        "global",
        "world",
        "the",
        "at",
        "during",
        "after",
        "following",
        "in",
        "on",
        "of",
        "a",
        "an",
        "this",
        "their",
        "its",
    ]
)
_CAPITALISED: Final = re.compile(r"(?-i:[A-Z])[\w'’-]*")


def _another_name(phrase: str, own: tuple[str, ...]) -> bool:
    """The phrase naming the event ("at the NATO summit", "The ASEAN meeting") carries a
    name that is none of the track's own (places, parties, people): another body's event."""
    words = {w.strip("'’").lower() for name in own for w in re.split(r"[\s-]+", name)}
    words |= {name.lower() for name in own}
    for token in _CAPITALISED.findall(phrase):
        bare = re.sub(r"['’]s$", "", token).lower()
        if bare not in _TITLE_WORDS and bare not in words:
            return True
    return False


# A setting in an encounter, which is not a session of talks: "At the summit the negotiators …".
_AT_AN_ENCOUNTER: Final = re.compile(
    r"\b(?:at|during|after|following|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:the|their|"
    r"this|its|a|(?-i:[A-Z])[\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:summit|summits|visit|"
    r"conference|gathering|encounter)\b",
    re.IGNORECASE,
)


def _set_elsewhere(sentence: str, encounter: bool, places: tuple[str, ...]) -> bool:
    """The event of a setting is another's: put in a place that is none of the track's ("at
    the latest meeting of the mechanism in Shanghai", up to the comma; a track with no places
    knows none), or, on talks, an encounter ("at the summit the negotiators agreed")."""
    if not encounter and _AT_AN_ENCOUNTER.search(sentence):
        return True
    if not places:
        return False
    for setting in _SETTING[not encounter].finditer(sentence):
        after = re.split(r"[,;.!?\"“”]", sentence[setting.end() :], maxsplit=1)[0]
        if _elsewhere(after, places):
            return True
    return False


def _in_its_setting(
    sentence: str, encounter: bool, places: tuple[str, ...], own: tuple[str, ...] | None
) -> CueHit | None:
    """The verb after a setting that puts it inside the event, in the same clause; when
    ``own`` is given (a sentence shared with other tracks), only a setting that names the
    track's own event by one of those words."""
    for setting in _SETTING[not encounter].finditer(sentence):
        if own is not None and not _names_it(setting.group(0), own):
            continue
        clause = re.split(r"[;.!?\"“”]", sentence[setting.end() :], maxsplit=1)[0]
        verb = _VERB_AFTER_SETTING.search(clause)
        # a subject between the setting and its verb: not "the statement issued on May 12"
        if verb is None or not clause[: verb.start()].strip(" ,"):
            continue
        start, end = setting.end() + verb.start(), setting.end() + verb.end()
        if not _refused(sentence, setting.start(), start, end, encounter):
            return CueHit("held", TOLD_BY_ITS_OUTCOME, start, end, verb.group("verb"))
    return None


def told_by_its_outcome(
    sentence: str,
    *,
    heading: bool = False,
    encounter: bool = True,
    shared: bool = False,
    places: tuple[str, ...] = (),
    parties: tuple[str, ...] = (),
    people: tuple[str, ...] = (),
) -> CueHit | None:
    """The event told by what was agreed, adopted, signed or issued at it (``held``; the
    signal reads ``active`` on talks and channels). ``heading``: the sentence is a headline,
    whose present tells the past; ``encounter``: the track is a summit, a meeting, a
    conference or a visit (an outcome that is a meeting ahead is refused there); ``shared``:
    the sentence is linked to another track too, so only the event named as the subject or
    the setting, by one of the track's ``places`` or ``parties``, tells it ("The G-20 summit
    adopted …" is not a visit's of the same leader; "the two sides" may be the other one's);
    ``places``: the track's places
    (a setting in another named place is another event's); ``people``: its people's names (an
    event named by a name none of its places, parties or people carry is another's)."""
    if _ANOTHER_OCCASION.search(sentence) or _AT_A_DISTANCE.search(sentence):
        return None
    # a line with no closing stop is a headline too, whatever the layout made of it
    heading = heading or not sentence.rstrip().endswith((".", "!", "?", '"', "”", "’", "'"))
    if _set_elsewhere(sentence, encounter, places):
        return None
    names = (*places, *parties, *people)
    if any(
        _another_name(m.group(0), names)
        for m in (
            *_SETTING[not encounter].finditer(sentence),
            *_DONE_AT[not encounter].finditer(sentence),
        )
    ):
        return None  # "At the NATO summit, the leaders agreed …" is another body's event
    own = (*places, *parties) if shared else None
    found = (
        _EVENT_SUBJECT[not encounter].search(sentence)
        or (_EVENT_SUBJECT_NOW[not encounter].search(sentence) if heading else None)
        or _DONE_AT[not encounter].search(sentence)
    )
    if found is not None and own is not None and not _names_it(found.group(0), own):
        found = None
    if found is not None and found.re in _EVENT_SUBJECT.values():
        subject = found.group(0)[: found.start("verb") - found.start()]
        if _another_name(subject, names):
            return None  # "The NATO summit adopted …" on another track
    hit = _hit(sentence, found, encounter) if found else None
    hit = hit or _in_its_setting(sentence, encounter, places, own)
    if hit is not None or shared:
        return hit
    members = _BY_ITS_MEMBERS[not encounter, False].search(sentence) or (
        _BY_ITS_MEMBERS[not encounter, True].search(sentence) if heading else None
    )
    if members is None:
        return None
    # members named by their group must be the track's: "G20 leaders" are not a visit's
    named = members.groupdict()
    group = " ".join(filter(None, (named.get("group"), named.get("of"))))
    if group and not _names_it(group, (*places, *parties)):
        return None
    return _hit(sentence, members, encounter)
