"""A meeting of two told by its read-out: what one of its sides said or did at it.

Reports of a bilateral meeting, and the two governments' own read-outs of it, tell it mostly
by what its leaders said there: "Albanese told reporters at the White House during a meeting
with Trump", "Opening the briefing, President Trump called Orbán …", "He added that …",
"Trump also praised Orbán's stance on migration", "the prime minister said." (CAMEO 010/012
make a statement, 040/043 consult and meet). Previews print the same kind of sentence ("Orbán
will stress …", "Trump praised him ahead of the meeting"), so such a sentence tells the
meeting held only in an article that has already told it held (``told_at_the_meeting``, asked
by the document's reading once a held finding of the track came before). Three more forms
tell the meeting held by themselves: the meeting presupposed after it ("Trump after meeting
al-Sharaa: …", "after a friendly White House meeting between …", "After Orbán's 'Friendly'
White House Summit"; ``after_their_meeting``) and the meeting told begun ("The meeting between
President Trump and President al-Sharaa has also started"; ``meeting_begun``).

Pure functions of a sentence's text and the track's people (``cuechoice.people_of``); every
hit names its rule by its cue (``READOUT``, ``MEETING_BEGUN``, ``surrounds.PRESUPPOSED``).
"""

from __future__ import annotations

import re
from typing import Final

from tracker.domain.models import Finding, Modality
from tracker.extract.dates import DateResolution
from tracker.extract.signals import CueHit

READOUT: Final = "said at the meeting"
MEETING_BEGUN: Final = "the meeting told begun"
AFTER_MEETING: Final = "after their meeting"
# A speaker's words at a summit or a conference of many, told after it was told held
# (``speeches.said_at_the_gathering_held``): read, modal and dated as a read-out.
WORDS_AT_GATHERING: Final = "words at the gathering"
READOUT_CUES: Final = frozenset({READOUT, MEETING_BEGUN, AFTER_MEETING, WORDS_AT_GATHERING})

# A statement or an act of one side, told in the past (CAMEO 010/012/018/019: make a
# statement, comment, praise, thank; 043: the host's welcome is the meeting's own cue).
_SPOKE: Final = (
    r"(?:said|says|told|added|stressed|noted|argued|praised|hailed|called|described|"
    r"confirmed|asked|urged|thanked|welcomed|expressed|emphasi[sz]ed|underlined|underscored|"
    r"stated|declared|voiced|reiterated|echoed|agreed|pointed\s+out|went\s+on\s+to\s+say|"
    r"revealed|disclosed|insisted|acknowledged|conceded|joked|quipped|remarked|replied|"
    r"(?:heaped|lavished)\s+praise|(?:began|opened)\s+(?:his|her)\s+remarks)"
)
# Who speaks: one of the track's people (a surname, checked against the track), a pronoun
# opening the sentence or its clause, or a role ("the prime minister", "the US leader").
_ROLE: Final = (
    r"[Tt]he\s+(?:[A-Z][\w'’.-]+\s+)?(?:prime\s+minister|president|premier|"
    r"leader|chancellor|king|emir|crown\s+prince)"
)
_SUBJECT_SPOKE: Final = re.compile(
    r"(?:^|[,;:]\s+|\band\s+)(?:(?P<pronoun>[Hh]e|[Ss]he)|(?P<role>"
    + _ROLE
    + r")|(?:[A-Z][\w'’.-]+\s+){0,4}?(?P<who>(?:al-|el-)?[A-Z][\w'’-]+))"
    r"\s+(?:also\s+|then\s+|later\s+|further\s+|again\s+|had\s+)?(?P<verb>" + _SPOKE + r")\b"
)
# The clause before a speaker named after the verb opens the sentence on its own words:
# "… in Australia, the prime minister said.", "'…,' Albanese said."
_SPOKE_SUBJECT: Final = re.compile(
    r"[,\"”’]\s+(?P<verb>said|added|noted|stressed|argued|stated)\s+(?:(?P<who>[A-Z][\w'’-]+)|"
    r"(?P<role>" + _ROLE + r"))\s*[.!]?\s*$"
)
# An opening phrase whose speaker is the sentence's subject: "Opening the briefing,
# President Trump called …", "Asked by reporters whether …, Trump echoed …".
_OPENING: Final = re.compile(
    r"^(?:Opening|Closing|Addressing|Asked|Speaking|Answering)\b[^.;]{0,160}?,\s+"
    r"(?:(?:President|Prime\s+Minister|PM|Mr|Ms|Mrs)\.?\s+)?(?P<who>[A-Z][\w'’-]+)\s+"
    r"(?:also\s+)?(?P<verb>" + _SPOKE + r")\b"
)

# What puts the words at another time or place: before or ahead of the meeting, on its eve,
# days earlier, a flight or a post, an interview, a call, another meeting, a year.
_ANOTHER_TIME_OR_PLACE: Final = re.compile(
    r"\b(?:before|ahead\s+of|prior\s+to|on\s+the\s+eve|in\s+the\s+run-up|last\s+(?:week|month|"
    r"year)|earlier\s+(?:this|that|in\s+the)\s+(?:week|month|day)|days\s+(?:before|earlier|ago)|"
    r"weeks\s+(?:before|earlier|ago)|Air\s+Force\s+One|aboard|on\s+board|interview|"
    r"in\s+a\s+(?:post|statement\s+on)|phone|telephone|call\b|by\s+video|letter|"
    r"(?:last|previous|first|earlier)\s+(?:meeting|visit|talks|encounter|trip|term)|"
    r"(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# What makes the words not said: a plan, a wish, a condition, a denial or a refusal.
_NOT_SAID: Final = re.compile(
    r"\b(?:will|would|shall|could|might|may|is\s+(?:expected|set|due|likely|to)|are\s+"
    r"(?:expected|set|due|likely|to)|plans?|planned|intends?|intended|hopes?|hoped|wants?|"
    r"wanted|wish(?:es|ed)?|if|unless|whether|not|never|no|declined|refused|denied|"
    r"didn['’]t|did\s+not)\b",
    re.IGNORECASE,
)
# The meeting itself, or a meeting to come, told ahead inside the words: "He said the talks
# would focus on …", "Trump later said the two presidents would meet once …".
_MEETING_AHEAD: Final = re.compile(
    r"\b(?:the|their|our|this)\s+(?:talks|meeting|discussions|visit|summit)\s+(?:would|will|"
    r"(?:is|are)\s+(?:expected|set|due|going)\s+to|should|could|might|may)\b"
    r"|\b(?:would|will|could|might|may|to)\s+(?:meet|hold\s+talks|sit\s+down|visit)\b",
    re.IGNORECASE,
)
# An occasion that is not this meeting, named where the words were said: "at the G20
# summit", "at a rally", "in an interview" (a press conference is the meeting's own).
_AT_ANOTHER: Final = re.compile(
    r"\b(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:the|a|an|their|his|her)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:summit|(?<!press\s)conference|forum|assembly|rally|dinner|gala|"
    r"reception|"
    r"ceremony|interview|hearing)\b",
    re.IGNORECASE,
)
# A gathering's audience as the hearer: "Xi called on the members to …", "urged the
# delegates": words to a summit of many, not to the other side.
_TO_MANY: Final = re.compile(
    r"\b(?:called\s+on|urged|told|asked|addressed)\s+(?:the\s+|all\s+)?(?:other\s+|fellow\s+)?"
    r"(?:members|leaders|delegates|participants|countries|nations|delegations|summit|forum|"
    r"conference|assembly|gathering|audience|crowd|supporters|lawmakers|parliament)\b",
    re.IGNORECASE,
)
_QUOTED: Final = re.compile(r"[\"“][^\"“”]*[\"”]|‘[^‘’]*’")


def _blank(m: re.Match[str]) -> str:
    """A quotation blanked out, its place kept as a clause boundary ("'…,' Trump added")."""
    return "," + " " * (len(m.group(0)) - 1)


# Words that may follow a verb of saying before what was said: the time and place of the
# saying ("said on Friday that …", "added at a press conference"). A verb with a hearer
# ("told reporters aboard his plane", "urged Lindqvist to …") keeps its object too.
_ATTACHED: Final = frozenset(
    {
        "at",
        "in",
        "on",
        "during",
        "after",
        "before",
        "aboard",
        "ahead",
        "following",
        "while",
        "when",
        "from",
        "outside",
        "inside",
        "later",
        "earlier",
        "days",
        "weeks",
        "last",
        "by",
        "over",
        "via",
        "to",
        "late",
        "early",
        "shortly",
        "soon",
        "prior",
    }
)
_HEARER_VERB: Final = re.compile(
    r"(?:told|asked|urged|assured|thanked|called|praised|welcomed|hailed|echoed)$", re.I
)


def _frame(sentence: str, verb_start: int, verb_end: int) -> str:
    """The words of the saying: the sentence up to the verb and what is attached to the verb
    after it (its hearer, its time and place, up to "that" or a clause boundary), never what
    was said ("said there will be …", "that …", a quotation)."""
    after = sentence[verb_end:]
    stop = re.search(r"\bthat\b|[,:;\"“‘]|\.\s", after)
    after = after[: stop.start()] if stop else after
    first = after.split()[:1]
    hearer = _HEARER_VERB.search(sentence[verb_start:verb_end]) is not None
    if first and not hearer and first[0].lower() not in _ATTACHED:
        after = ""  # what was said begins right after the verb
    return sentence[:verb_start] + " " + after


def _is_side(who: str | None, people: frozenset[str]) -> bool:
    return who is not None and who.strip("'’.").lower().removesuffix("'s") in people


def _speaker(plain: str, people: frozenset[str]) -> re.Match[str] | None:
    """The speaker and the verb of saying in ``plain`` (quotations blanked out): after an
    opening phrase ("Opening the briefing, President Trump called …"), as the subject of a
    clause ("He argued …", "The Hungarian prime minister added …"), or after what was said
    ("'…,' said Albanese"). The speaker is one of the track's people, a pronoun or a role."""
    found = _OPENING.search(plain)
    if found is not None and _is_side(found.group("who"), people):
        return found
    for m in _SUBJECT_SPOKE.finditer(plain):
        if m.group("pronoun") or m.group("role") or _is_side(m.group("who"), people):
            return m
    tail = _SPOKE_SUBJECT.search(plain)
    if tail is not None and (tail.group("role") or _is_side(tail.group("who"), people)):
        return tail
    return None


# The meeting named in the words as another one: "the last meeting gave her little", "their
# previous talks had failed" (what was said of an earlier or later meeting is not told at this;
# "the first meeting in eight years" counts this one).
_ANOTHER_MEETING_SAID: Final = re.compile(
    r"\b(?:the|their|our|that)\s+(?:last|previous|earlier|next|upcoming|planned|"
    r"proposed|possible)\s+(?:[\w'’-]+\s+)?(?:talks|meeting|meetings|encounter|summit|visit)\b",
    re.IGNORECASE,
)


def _said(sentence: str, found: re.Match[str]) -> str:
    """What was said: after the verb ("Albanese said the talks would …"), or before the
    attribution that closes the sentence ("The meeting would be good, Haldor said.")."""
    return sentence[: found.start()] + " " + sentence[found.end("verb") :]


def told_at_the_meeting(sentence: str, people: frozenset[str]) -> CueHit | None:
    """One side's words or act told in the past, the speaker one of the track's ``people``, a
    pronoun or a leader's role: "Albanese said there will be …", "He argued that …", "The
    Hungarian prime minister added that …", "Opening the briefing, President Trump called
    Orbán …", "'…,' the prime minister said." Not when the saying is put at another time or
    place (before or ahead of the meeting, on its eve, aboard a plane, in an interview, on a
    call, at another event, in a year), when it is a plan, a wish, a condition, a denial or a
    refusal ("will raise", "hopes to tell", "did not say"), or when the words put the meeting
    itself ahead ("said the talks would focus on …"). Read only where the article already
    told the meeting held: the caller's condition."""
    plain = _QUOTED.sub(_blank, sentence)
    found = _speaker(plain, people)
    if found is None:
        return None
    if found.re is _OPENING:
        # "Asked by reporters whether …, Trump echoed …": the question is not a condition
        head = re.sub(
            r"\b(?:whether|if|about)\b[^,]*",
            lambda q: " " * len(q.group(0)),
            plain[: found.start("verb")],
        )
        plain = head + plain[found.start("verb") :]
    if re.fullmatch(r"[\s.!?]*", plain[found.end("verb") :]):
        frame = plain[found.start() :]  # "…, the prime minister said.": the attribution only
    else:
        frame = _frame(plain, found.start("verb"), found.end("verb"))
    if (
        _ANOTHER_TIME_OR_PLACE.search(frame)
        or _NOT_SAID.search(frame)
        or _AT_ANOTHER.search(frame)
        or _TO_MANY.search(plain, found.start("verb"))
        or _MEETING_AHEAD.search(_said(sentence, found))
        or _ANOTHER_MEETING_SAID.search(_said(sentence, found))
    ):
        return None
    start, end = found.span()
    text = sentence[start:end].lstrip(",;: ")
    return CueHit("held", READOUT, end - len(text), end, text)


# The meeting told after it: "after meeting al-Sharaa", "following talks with Albanese",
# "after a 'friendly' White House meeting between …", "After Orbán's 'Friendly' White House
# Summit" (CAMEO 040: the consultation presupposed).
_AFTER_MEETING: Final = re.compile(
    r"\b(?i:after|following)\s+(?:(?P<det>(?i:a|an|the|their|his|her))\s+|(?P<owner>[A-Z][\w'’-]+)"
    r"['’]s\s+)?(?P<mods>(?:[\"'‘“]?[\w-]+[\"'’”]?\s+){0,3}?)(?P<noun>(?i:meeting|talks|summit|"
    r"encounter))\b(?:\s+(?i:with|between))?(?P<with>(?:\s+(?:al-|el-)?[A-Z][\w'’.-]+){0,4})"
)
# Words that make it another meeting: an earlier or later one, a call, a meeting of others.
_OTHER_MEETING: Final = re.compile(
    r"\b(?:last|previous|first|earlier|recent|next|upcoming|planned|proposed|possible|phone|"
    r"telephone|video|virtual|cabinet|security|emergency|another|week['’]s|month['’]s|"
    r"year['’]s)(?:\s|$)",
    re.IGNORECASE,
)
_NAME: Final = re.compile(r"(?:al-|el-)?[A-Z][\w'’-]+")
_BOTH: Final = re.compile(r"\b(?:the\s+two|both)\s+(?:leaders|presidents|men|sides)\b", re.I)
# Words of a title before a name ("President", "Prime Minister", "Mr", "the US"): not a name
# of someone else (a first name goes with the surname, which is the track's person's).
_TITLE_WORDS: Final = frozenset(
    ("us", "u.s.", "president", "prime", "minister", "pm", "mr", "ms", "mrs", "the")
)


def _people_named(sentence: str, people: frozenset[str]) -> set[str]:
    words = {
        w.strip("'’.,:;!?\"“”()").lower().removesuffix("'s").removesuffix("’s")
        for w in sentence.split()
    }
    return {p for p in people if p in words}


_CLAUSE_SUBJECT: Final = re.compile(
    r"\s*,\s*(?:[A-Z][\w'’.-]+\s+){0,3}?(?P<who>(?:al-|el-)?[A-Z][\w'’-]+)\s+[a-z]"
)


def _someone_elses(sentence: str, m: re.Match[str], people: frozenset[str]) -> bool:
    """Whether "his meeting with <one of the two>" opening a sentence is the meeting of the
    clause's subject, who is not of the track ("Following his meeting with Trump, Netanyahu
    said …")."""
    if (m.group("det") or "").lower() not in ("his", "her"):
        return False
    subject = _CLAUSE_SUBJECT.match(sentence, m.end())
    return subject is not None and not _is_side(subject.group("who"), people)


def after_their_meeting(sentence: str, people: frozenset[str]) -> CueHit | None:
    """The meeting of the track's people presupposed by what came after it ("Trump after
    meeting al-Sharaa", "after a friendly White House meeting between President Trump and PM
    Viktor Orbán", "After Orbán's 'Friendly' White House Summit"): ``held``. It must be the
    track's meeting: two of its people named in the sentence (or "the two leaders"), and no
    one else as the one it is with or whose it is; not an earlier or later one, a call, or
    another body's ("after last week's meeting", "after a cabinet meeting")."""
    both = len(_people_named(sentence, people)) >= 2 or _BOTH.search(sentence) is not None
    if not both:
        return None
    for m in _AFTER_MEETING.finditer(sentence):
        if _OTHER_MEETING.search(m.group("mods") or ""):
            continue
        slot = [m.group("owner") or "", *_NAME.findall(m.group("with") or "")]
        named = [w.strip("'’.").lower() for w in slot if w]
        named = [w for w in named if w not in _TITLE_WORDS]
        if named and not any(w in people for w in named):
            continue  # "after meeting Netanyahu", "following Modi's talks"
        if not named and not m.group("det"):
            continue  # "after meeting": whose meeting is not told
        if named and _someone_elses(sentence, m, people):
            continue  # "Following his meeting with Trump, Netanyahu said …"
        return CueHit("held", AFTER_MEETING, m.start(), m.end(), m.group(0).strip())
    return None


# The meeting told begun: "The meeting between President Trump and President al-Sharaa has
# also started", "confirmed that the meeting between the two leaders had begun".
_BEGUN: Final = re.compile(
    r"\b(?:the|their)\s+(?:[\w'’-]+\s+){0,2}?(?:meeting|talks)\b[^.;]{0,90}?\b(?:has|have|had)\s+"
    r"(?:also\s+|now\s+|just\s+|already\s+)?(?:begun|started|got\s+under\s+way|gotten\s+under\s+"
    r"way|got\s+underway|opened)\b",
    re.IGNORECASE,
)


def meeting_begun(sentence: str) -> CueHit | None:
    """The meeting told as begun ("the meeting … has also started", "the talks had begun"):
    ``held`` (CAMEO 040; a meeting under way has taken place). Not denied, wished or
    conditional ("has not started", "if the meeting had begun")."""
    m = _BEGUN.search(sentence)
    if m is None:
        return None
    if re.search(r"\b(?:not|never|yet\s+to|if|unless|whether)\b", m.group(0) + " ", re.I):
        return None
    if re.search(r"\b(?:if|unless|whether)\b[^,;]*$", sentence[: m.start()], re.I):
        return None
    return CueHit("held", MEETING_BEGUN, m.start(), m.end(), m.group(0))


def readout_modality(hit: CueHit | None, modality: Modality, attributed: bool) -> Modality:
    """The modality of a reading of this module: what a side said at the meeting, and the
    meeting presupposed or begun, are told as done whatever the words said look ahead to
    ("Albanese said there will be three groups of projects")."""
    if hit is None or hit.cue not in READOUT_CUES or modality == "denied":
        return modality
    return "reported" if attributed else "asserted"


def read_out(sentence: str, people: frozenset[str], held_before: bool) -> CueHit | None:
    """A bilateral meeting told held by its read-out: begun, presupposed after it, or (in an
    article that already told it held: ``held_before``) by what one side said or did at it."""
    return (
        meeting_begun(sentence)
        or after_their_meeting(sentence, people)
        or (told_at_the_meeting(sentence, people) if held_before else None)
    )


def dated_by_the_readout(
    hit: CueHit | None, when: DateResolution, held: DateResolution | None
) -> DateResolution:
    """The day of the meeting for what was said at it with no date of its own: the day the
    article told the meeting held (``held``); else ``when``. A speaker's words at a gathering
    keep only a day of their own ("said on Tuesday"): a year or a month inside what was said
    ("said this year marks the tenth anniversary") does not date the saying."""
    if hit is None or hit.cue not in READOUT_CUES or held is None:
        return when
    if when.basis == "stated" and (hit.cue != WORDS_AT_GATHERING or when.precision == "day"):
        return when
    return held


def date_by_the_meeting_day(findings: list[Finding], descriptions: frozenset[str]) -> list[Finding]:
    """Findings of this module's rules (their rule named by one of ``descriptions``) with no
    date of their own take the day the article states for the track's meeting held, though
    that sentence comes after them ("Trump after meeting al-Sharaa: …" above "Al-Sharaa held
    a formal round of talks with President Trump at the White House on Monday")."""
    day: dict[str, Finding] = {}
    for f in findings:
        if (
            f.signal == "held"
            and f.date_basis == "stated"
            and f.modality in ("asserted", "reported")
            and f.track_id not in day
        ):
            day[f.track_id] = f
    out: list[Finding] = []
    for f in findings:
        met = day.get(f.track_id)
        mine = f.rule is not None and any(f.rule.startswith(d) for d in descriptions)
        if mine and met is not None and f.date_basis != "stated" and f is not met:
            f = f.model_copy(
                update={"event_date": met.event_date, "date_precision": met.date_precision}
            )
        out.append(f)
    return out


# The meeting named as the article's own: "after the meeting", "their talks", "his two-hour
# meeting" (not "his meeting with Trump": a meeting of someone else with one of the two).
_OWN_MEETING: Final = re.compile(
    r"\b(?:the|their|this|that|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:meeting|talks|summit|visit)"
    r"\b(?!\s+with\b)",
    re.IGNORECASE,
)


def told_by_both(sentence: str, people: frozenset[str], hit: CueHit | None) -> bool:
    """Whether a held finding tells the meeting of the track's two sides, so that what one of
    them says next is read at it: two of its people named ("Trump welcomed Orbán …"), the
    meeting named as the article's own ("During the press conference after the meeting"), or
    a reading of this module. Not "Following his meeting with Trump, Netanyahu said …" on a
    track of Trump and another: that meeting is someone else's."""
    if hit is not None and hit.cue in READOUT_CUES:
        return True
    return len(_people_named(sentence, people)) >= 2 or _OWN_MEETING.search(sentence) is not None
