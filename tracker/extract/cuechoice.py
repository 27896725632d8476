"""Which cue of a sentence belongs to a track (``choose_cue``): the cue nearest the track's own
words, unless it tells of another occasion (a meeting with someone else, a visit elsewhere,
another body's event), of a halt a resumption ends, or of a plan the sentence says was changed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Final

from tracker.domain.models import Modality, Track
from tracker.domain.vocabulary import KindFamily, TrackKind, kind_family
from tracker.extract.analysis import SentenceInfo
from tracker.extract.frames import AHEAD, Frame, frame_signal, read_frames
from tracker.extract.gazetteer import Country, load_gazetteer
from tracker.extract.lexicon import Lexicon
from tracker.extract.matching import Mention, Span
from tracker.extract.overviews import told_in_an_overview
from tracker.extract.signals import CHANGE_OF_PLAN, CueHit, is_modifier, modality_of

_FAR = 10_000
_NEAR = 40  # characters: cues within this distance of the track's words count as near
TOOK_PLACE = frozenset({"held", "call"})


def _distance(a: Span, b: Span) -> int:
    if a[0] < b[1] and b[0] < a[1]:
        return 0
    return b[0] - a[1] if a[1] <= b[0] else a[0] - b[1]


# Between a track's words ending the subject and the cue that is its predicate: an
# auxiliary, an adverb, or a side clause set off by commas ("the talks, which opened in May,
# were halted").
_TO_PREDICATE: Final = re.compile(
    r"\s*(?:,[^,;:.!?]{1,80},\s*)?(?:(?:were|was|are|is|have|has|had)\s+(?:been\s+)?)?"
    r"(?:[a-z]+ly\s+)?",
    re.IGNORECASE,
)


def _predicate_of(text: str, spans: Sequence[Span], hit: CueHit) -> bool:
    """Whether the cue is the predicate of a subject that ends on one of the track's own
    spans ("Before the Jeddah talks were suspended"): the cue is that subject's, however near
    another track's word stands after it."""
    return any(
        b <= hit.start and _TO_PREDICATE.fullmatch(text, b, hit.start) is not None for _, b in spans
    )


# A ceasefire or truce as the subject of a failure verb: "The ceasefire agreed at the
# Jeddah talks collapsed within days", "a truce brokered in the talks broke down" — the
# truce failed, not the negotiation (whose own failure is told of the talks).
_TRUCE_SUBJECT: Final = re.compile(
    r"^\W*(?:(?:the|a|an|their|its|this|that|last|[\w'’-]+(?:'s|’s))\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:ceasefire|cease-fire|truce|armistice)s?\b(?:(?!\b(?:and|but|while|as)\b)[^,;:.!?]){0,80}$",
    re.IGNORECASE,
)


def _a_truce_failed(text: str, hit: CueHit, kind: TrackKind, lexicon: Lexicon) -> bool:
    """Whether the cue, a halt or failure on a talks track, has a ceasefire or truce for
    its subject (see ``_TRUCE_SUBJECT``)."""
    if kind_family(kind) is KindFamily.ENCOUNTER or lexicon.precedence(hit.signal) != 1:
        return False
    return _TRUCE_SUBJECT.match(text, 0, hit.start) is not None


def _a_name(text: str, span: Span) -> bool:
    """Whether ``span`` of ``text`` opens on a capital: a name ("Jeddah talks")."""
    return text[span[0] : span[0] + 1].isupper()


def _own_distance(text: str, hit: CueHit, spans: Sequence[Span], keywords: Sequence[Span]) -> int:
    """How far the cue lies from the track's own words: none when it is the predicate of
    a subject ending on its own event words ("the Jeddah talks were suspended, US mediators
    …")."""
    if _predicate_of(text, [s for s in spans if s in keywords], hit):
        return 0
    return min((_distance((hit.start, hit.end), s) for s in spans), default=_FAR)


def _discriminating_spans(
    mention: Mention, others: Sequence[Mention], text: str = ""
) -> list[Span]:
    """The spans that tie the sentence to this track and not to the others in it: actors
    and keywords no other track of the sentence also matched there, and anaphors."""
    shared = [s for other in others for s in other.keyword_spans]
    # a name of its own that holds the other's shorter keyword stays its own: "the Jeddah
    # talks" of talks typed with "Jeddah talks" beside another track's bare "talks" (not a
    # common phrase: "the peace agreement" beside another accord's "agreement")
    own = [
        s
        for s in mention.keyword_spans
        if not any(
            s[0] < b
            and a < s[1]
            and not (_a_name(text, s) and s[0] <= a and b <= s[1] and b - a < s[1] - s[0])
            for a, b in shared
        )
    ]
    # A person both tracks have ("Putin" of a Trump–Putin and of a Putin–Zelensky meeting)
    # ties the cue to neither.
    common = [s for other in others for s in other.actor_spans]
    actors = [s for s in mention.actor_spans if not any(s[0] < b and a < s[1] for a, b in common)]
    return [*actors, *mention.anaphor_spans, *own]


# A resumption presupposes the halt it ends: "talks, suspended in May, will resume on
# Monday", "negotiations resumed after a pause" tell of the resumption.
_HALTS: Final = frozenset({"on_hold", "suspended", "stalled"})


# A halt named as the time a first meeting is counted from: "The first round since the
# collapse opened on Monday", "the first talks since their breakdown".
_FIRST_SINCE: Final = re.compile(
    r"\bfirst\b[^,;:.!?]{0,60}?\bsince\s+(?:[\w'’\u2013-]+\s+){0,3}?$", re.IGNORECASE
)


def _before_resumption(info: SentenceInfo, hit: CueHit, lexicon: Lexicon) -> bool:
    """Whether ``hit`` tells of the halt that a resumption in the same sentence ends, or of
    the halt a first meeting since is counted from."""
    if hit.signal not in _HALTS:
        return False
    if _FIRST_SINCE.search(info.norm, 0, hit.start):
        return True
    return any(
        other.signal == "resumed"
        and info.mood(other, lexicon) not in ("negated", "denied", "hypothetical")
        for other in info.cues
    )


# "were expected to meet this week, but that discussion was also cancelled": a clause of
# contrast whose own predicate is a change of plan undoes the plan before it (not "talks
# constructive but inconclusive", nor a change in a later clause: "met, but reached no
# deal, and negotiations remain deadlocked").
_PLANS: Final = frozenset({"proposed", "scheduled", "preparing", "agreed"})
_CONTRAST: Final = re.compile(
    r"(?:[,;\u2014]|\.)\s+(?:but|however|yet)\b[^,;\u2014]*$", re.IGNORECASE
)


def _undone_by_contrast(info: SentenceInfo, hit: CueHit, lexicon: Lexicon) -> bool:
    """Whether a later change of plan (cancelled, postponed, on hold …), after "but" or
    "however", undoes the plan ``hit`` tells of (a plan, or anything still ahead)."""
    if hit.signal not in _PLANS and info.mood(hit, lexicon) != "future":
        return False  # what took place ("had a productive call, but …") stays
    for later in info.cues:
        if later.start <= hit.end or lexicon.precedence(later.signal) > CHANGE_OF_PLAN:
            continue
        between = info.norm[hit.end : later.start]
        if _CONTRAST.search(between) and info.mood(later, lexicon) not in (
            "negated",
            "denied",
            "hypothetical",
        ):
            return True
    return False


# A plan told with its change in one sentence: "After the United States put off a meeting
# …, set for November 13, …", "had confirmed he would attend the meeting planned for
# November 13, before the United States postponed it": the plan is what was changed (not a
# new plan told after the change, "postponed, and now set for 5 December", nor a change
# still ahead or only supposed).
_SETTLED: Final = frozenset({"negated", "denied", "hypothetical", "future"})


# A resumption planned in a clause set off by commas before the change: "six-party talks,
# due to resume this week, have been postponed" (the resumption is the plan changed).
_SET_OFF_BEFORE: Final = re.compile(r",\s*(?:[\w'-]+\s+){0,3}$")


def _resumption_set_off(info: SentenceInfo, hit: CueHit, lexicon: Lexicon) -> bool:
    if hit.signal != "resumed" or info.mood(hit, lexicon) != "future":
        return False
    if not _SET_OFF_BEFORE.search(info.norm, max(0, hit.start - 60), hit.start):
        return False
    return any(
        lexicon.precedence(change.signal) == CHANGE_OF_PLAN
        and change.start > hit.end
        and "," in info.norm[hit.end : change.start]
        and info.mood(change, lexicon) not in _SETTLED
        for change in info.cues
    )


def _changed_plan(info: SentenceInfo, hit: CueHit, lexicon: Lexicon) -> bool:
    if _resumption_set_off(info, hit, lexicon):
        return True
    if hit.signal not in _PLANS:
        return False
    return any(
        lexicon.precedence(change.signal) == CHANGE_OF_PLAN
        and (change.start > hit.start or is_modifier(info.norm, hit))
        and info.mood(change, lexicon) not in _SETTLED
        for change in info.cues
    )


# A plan told in the past tense ("was scheduled to visit", "was due to begin the trip on
# Thursday", "had been set to leave", "were meant to meet on April 1", "was to be held on
# October 12", "had planned to"), in an article that has already told the same event put
# off or called off: the plan that change undid, no status of its own (labelling
# convention 9). A new plan told in the past ("were now expected to meet in October", "the
# rescheduled visit was set for …") is not undone.
_PAST_PLAN: Final = re.compile(
    r"\b(?:(?:was|were|had\s+(?:(?:also|originally|initially|first|earlier)\s+)?been)\s+"
    r"(?:also\s+|originally\s+|initially\s+|first\s+)?"
    r"(?:due|scheduled|set|slated|expected|supposed|planned|meant|going)\s+(?:to|for|in|on)\b"
    r"|(?:was|were)\s+(?:originally\s+|initially\s+|first\s+)?to\s+(?:be|have)\b"
    r"|had\s+(?:originally\s+|initially\s+|first\s+)?(?:planned|meant|intended)\s+to\b)",
    re.IGNORECASE,
)
_NEW_PLAN: Final = re.compile(r"\b(?:now|instead|new|again|rescheduled|moved|re-?set)\b", re.I)
# A plan reported by who made it ("Trump had said the two leaders were expected to meet"):
# the tense is the report's, and the plan is what was said then.
_SAID_BEFORE: Final = re.compile(
    r"\b(?:said|says|told|tells|announced|stated|confirmed|added|noted)\b", re.IGNORECASE
)
# The changes of plan that leave an earlier plan undone.
UNDOING: Final = frozenset({"postponed", "cancelled", "withdrawn", "on_hold", "suspended"})


def plan_undone(text: str, hit: CueHit | None) -> bool:
    """Whether the plan ``hit`` tells of is told in the past tense ("was scheduled to meet"),
    the cue inside or just after the past form, with no word of a new plan: read in an
    article that told the event changed, it is the plan undone."""
    if hit is None or (hit.signal not in _PLANS and hit.signal != "held"):
        return False  # "was to be held on October 12": the meeting's verb inside the plan
    for m in _PAST_PLAN.finditer(text):
        if m.start() <= hit.start <= m.end() + 40 or hit.start <= m.start() < hit.end:
            return not (
                _NEW_PLAN.search(text, m.start(), max(m.end(), hit.end) + 20)
                or _SAID_BEFORE.search(text, 0, m.start())
            )
    return False


def plan_of_a_day_gone(
    text: str, hit: CueHit | None, day: date | None, precision: str | None, published: date | None
) -> bool:
    """Whether ``hit`` tells, in the past tense, a plan for a day the article has already
    passed ("He had first been due to join a session by video link on Friday", written on
    Saturday; "the summit was scheduled to open on 12 May", written in June): the plan
    recalled, no status of its own, whether or not it was kept (what happened that day is
    told elsewhere); in the pluperfect ("had been due to"), whatever day it names. Not a past plan of a day still ahead ("was due to begin on Thursday",
    written on Monday: read as the plan it tells, or withheld by ``plan_undone`` when the
    article told the event changed)."""
    if _PLUPERFECT_PLAN.search(text) is not None:
        return plan_undone(text, hit)  # a plan before the time told: no day needed
    if day is None or published is None or precision not in ("day", "week"):
        return False
    last = day + timedelta(days=6) if precision == "week" else day
    return last < published and plan_undone(text, hit)


# A plan in the pluperfect, set before the time the article tells: "had first been due to
# join …", "had been scheduled to open" (its weekday is no day ahead of the article).
_PLUPERFECT_PLAN: Final = re.compile(
    r"\bhad\s+(?:(?:also|originally|initially|first|earlier)\s+)?been\s+"
    r"(?:due|scheduled|set|slated|expected|supposed|planned|meant)\s+to\b",
    re.IGNORECASE,
)


# A meeting with a person: "hosted Ukrainian President Volodymyr Zelensky at the White
# House", "met with King Charles", "sat down with Hungarian Prime Minister Viktor Orban".
_MEETS: Final = re.compile(
    r"^(?:met|meets|meet|hosted|hosts|received|welcomed|sat|sits|sit)\b", re.I
)
# A meeting cue ending on a preposition of place: the name after it is the venue ("meet at
# UN General Assembly"), not a person met.
_AT_A_PLACE: Final = re.compile(r"\s(?:at|in|of)$", re.I)
# A headline's present "meet at / in": who meets is named before it.
_MEET_AT: Final = re.compile(r"meets?\s+(?:at|in|on\s+the\s+sidelines\s+of)$", re.I)
# An occasion named by its noun, which "of" and a name may follow: "a meeting of the …".
_BODY_MEETING: Final = re.compile(r"\b(?:meeting|meetings|session|summit)$", re.I)
_IN_NAME: Final = frozenset(
    [
        "envoy",
        "special",
        "foreign",
        "prime",
        "deputy",
        "minister",
        "president",
        "secretary",
        "chancellor",
        "counterpart",
        "leader",
        "of",
        "the",
        "al",
        "bin",
        "de",
        "von",
        "van",
    ]
)
_ROLE_AFTER: Final = frozenset(
    ["leader", "president", "minister", "envoy", "counterpart", "delegation", "side"]
)
_STOPS: Final = ',.;:!?"“”()[]'


def _named_after(sentence: str, end: int) -> list[str]:
    """The words of the name phrase just after ``end`` ("with US Secretary of State Marco
    Rubio" -> US … Rubio), or none when what follows is no name or only a role ("the
    Russian leader")."""
    words = sentence[end : end + 160].split()[:14]
    if words[:1] == ["with"]:
        words = words[1:]
    elif [w.lower() for w in words[:2]] == ["down", "with"]:
        words = words[2:]
    phrase: list[str] = []
    following = ""
    for word in words:
        core = word.strip(_STOPS)
        if not core or not (core[0].isupper() or core.lower() in _IN_NAME):
            following = core.lower()
            break
        phrase.append(core)
        if word[-1:] in _STOPS:
            break
    while phrase and not phrase[-1][0].isupper():
        following = phrase.pop().lower()
    if following in _ROLE_AFTER:
        return []
    return phrase


# A body named in quotation marks after "of": ' of the "coalition of the resolute"'.
_QUOTED_NAME: Final = re.compile(r" of (?:the )?\"([^\"]{3,60})\"")


def of_a_body(sentence: str, hit: CueHit) -> bool:
    """Whether ``hit`` ends on an occasion's noun that "of" and a name follow."""
    return bool(_BODY_MEETING.search(hit.text)) and sentence.startswith(" of ", hit.end)


# Two people named as the joint subject right before a bare "met" ("the call comes after
# Trump and Zelensky met at the White House"): who met is told before the verb.
_PAIR_BEFORE: Final = re.compile(
    r"\b([A-Z][\w'’-]+)\s+and\s+([A-Z][\w'’-]+)\s+(?:also\s+|had\s+|have\s+)?$"
)
_BARE_MET: Final = re.compile(r"^(?:met|meet|meets|had\s+met|have\s+met)$", re.I)


def _pair_of_outsiders_met(sentence: str, hit: CueHit, people: frozenset[str]) -> bool:
    """Whether a bare "met" has for subject two named people, neither of the track's
    ("Trump and Zelensky met"; not "Russia and Ukraine met": places the gazetteer knows)."""
    if not _BARE_MET.match(hit.text):
        return False
    pair = _PAIR_BEFORE.search(sentence, 0, hit.start)
    if pair is None:
        return False
    names = [pair.group(1).lower(), pair.group(2).lower()]
    gazetteer = load_gazetteer()
    return not set(names) & people and all(
        _known_person(n) or not gazetteer.lookup(n) for n in names
    )


# The event's noun after a verb of holding it, and "with": "… his first summit with".
_EVENT_WITH: Final = re.compile(  # (?<!\s): tried once per run of spaces (linear in a search)
    r"(?<!\s)\s+(?:(?:his|her|their|a|an|the|its)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:summit|meeting|talks|sit-down|encounter|bilateral)\s+with\b",
    re.IGNORECASE,
)


def meets_someone_else(sentence: str, hit: CueHit, people: frozenset[str]) -> bool:
    """Whether ``hit`` tells of a meeting with a named person who is none of the track's
    ``people`` (the words of its actors' names): an occasion of its own, not the track's
    event ("He later hosted Ukrainian President Volodymyr Zelensky" is no Trump–Putin
    summit; "Putin met US envoy Steve Witkoff" neither), or of a meeting of a named body
    that is none of the track's ("after a meeting of the SCO Council of Foreign Ministers")."""
    if not people:
        return False
    if _MEET_AT.match(hit.text):
        # "Donald Trump and Colombia's Gustavo Petro meet in Washington": who meets is named
        # before the verb
        return _names_an_outsider(sentence[: hit.start], people)
    if _pair_of_outsiders_met(sentence, hit, people):
        return True
    body = of_a_body(sentence, hit)
    if body:
        # "after a meeting of the SCO Council of Foreign Ministers": a body's own meeting
        tokens = _named_after(sentence, hit.end + len(" of"))
        quoted = _QUOTED_NAME.match(sentence, hit.end)
        if quoted:
            # "after the summit of the "coalition of the resolute"": a body named in quotes
            return not set(quoted.group(1).lower().split()) & people
    elif (_MEETS.match(hit.text) and not _AT_A_PLACE.search(hit.text)) or (
        hit.signal in TOOK_PLACE
        and (hit.text.lower().endswith(" with") or sentence.startswith(" with ", hit.end))
    ):
        # "met Erdogan", "holding a phone call with Ukrainian President Volodymyr Zelensky",
        # "following his meeting with Trump"
        tokens = _named_after(sentence, hit.end)
    elif hit.signal in TOOK_PLACE | _PLANS and (held_with := _EVENT_WITH.match(sentence, hit.end)):
        # "is due to hold his first summit with Lee", "held a bilateral meeting with Albanese":
        # the event's noun and who it is with, after the verb
        tokens = _named_after(sentence, held_with.end())
    else:
        return False
    if not tokens:
        return False
    words = [w.strip("'’.").lower() for w in tokens]
    # A name is two capitalised words at least ("the Ukrainians" are a side), or one word
    # known as a person's name ("Erdogan"; not "Moscow", "Friday"); "the Russian
    # President" is a role, whoever holds it: a name ends in a name.
    named = sum(1 for t in tokens if t[:1].isupper()) >= 2 or (
        len(tokens) == 1 and _known_person(tokens[0])
    )
    if named and set(words) & people:
        # "Trump called his Monday meeting with Zelensky 'very good'": the track's person
        # met by someone outside it, no other of the track's people named before ("the
        # meeting of Putin and Trump" names who meets: theirs).
        return not body and _outsider_before(sentence, hit.start, people)
    return named and words[-1] not in _TITLES


_CAPITALISED: Final = re.compile(r"\b[A-Z][\w'’-]+")
_CAPITALISED_RUN: Final = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")


# A visit to a named place: "Xi would visit the United States", "will visit Japan next".
_VISIT_END: Final = re.compile(r"\b(?:visit|(?:coming|come)\s+to)$", re.IGNORECASE)
_FOR_THE_EVENT: Final = re.compile(
    r"[^,;:.!?]{0,40}?\bfor\s+(?:[\w'-]+\s+){0,3}?(?:summit|meeting|talks)\b", re.IGNORECASE
)
_PLACE_AFTER: Final = re.compile(r" (?:the )?([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})")
_INVITATION_END: Final = re.compile(r"\b(?:invitation|invited|invites|invite)$", re.IGNORECASE)
_TO_VISIT: Final = re.compile(
    r"(?:\s+(?:him|her|them|us|me|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))?\s+to\s+"
    r"(?:(?:pay|make)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?visit\s+to|visit)(?= )"
)


def _visits_elsewhere(sentence: str, hit: CueHit, places: tuple[str, ...]) -> bool:
    """Whether ``hit`` is a visit, or an invitation to visit, to a country where none of the
    track's ``places`` lies ("Xi would visit the United States" on a meeting in South Korea,
    "accepted Xi's invitation to visit China"): another event, which claims no status of the
    track. An unknown place, or a track without known places, is
    no evidence of elsewhere."""
    if not places:
        return False
    if _VISIT_END.search(hit.text):
        named = _PLACE_AFTER.match(sentence, hit.end)
    elif _INVITATION_END.search(hit.text) and (to_visit := _TO_VISIT.match(sentence, hit.end)):
        # "accepted Xi's invitation to visit China", "invited him to visit China": an
        # invitation to a visit of its own, not to the track's meeting
        named = _PLACE_AFTER.match(sentence, to_visit.end())
    else:
        return False
    if named is None or named.group(1) in places or _FOR_THE_EVENT.match(sentence, named.end()):
        # "will visit Ghana … for the annual summit": the visit is the track's event
        return False
    visited = _destination_country(named.group(1))
    own = {c.code for c in (_destination_country(p) for p in places) if c is not None}
    return visited is not None and bool(own) and visited.code not in own


def _destination_country(name: str) -> Country | None:
    """The country a visit's destination lies in: a place, or an institution at home there
    ("come to the White House", "visit the Kremlin")."""
    gazetteer = load_gazetteer()
    found = gazetteer.place_country(name)
    if found is None and any(e.kind == "institution" for e in gazetteer.lookup(name)):
        found = gazetteer.country_of(name)
    return found


def _names_an_outsider(text: str, people: frozenset[str]) -> bool:
    """Whether ``text`` names a person none of the track's ``people``: one the gazetteer
    knows, or a run of capitalised words ending in an unknown name ("Colombia's Gustavo
    Petro"; not a role, "Russian Foreign Minister", nor a place)."""
    for run in _CAPITALISED_RUN.findall(text):
        words = [re.sub(r"['’]s$", "", w).strip("'’.").lower() for w in run.split()]
        last = words[-1]
        if last in people or last in _TITLES:
            continue
        gazetteer = load_gazetteer()
        if _known_person(last) or (
            len(words) >= 2
            and words[-2] not in _TITLES
            and not gazetteer.lookup(last)
            and not gazetteer.lookup(" ".join(words))
        ):
            return True
    return False


def _outsider_before(sentence: str, end: int, people: frozenset[str]) -> bool:
    """Whether the words before ``end`` name a known person none of whose names is one of
    the track's ``people``, and none of the track's people."""
    words = [w.strip("'’.").lower() for w in _CAPITALISED.findall(sentence, 0, end)]
    if set(words) & people:
        return False
    return any(_known_person(w) for w in words)


def _known_person(word: str) -> bool:
    """Whether the gazetteer knows ``word`` as a person's name."""
    return any(e.kind == "person" for e in load_gazetteer().lookup(word.strip("'’.")))


_TITLES: Final = frozenset(
    [
        "president",
        "leader",
        "minister",
        "secretary",
        "state",
        "chancellor",
        "premier",
        "king",
        "queen",
        "envoy",
        "counterpart",
        "diplomat",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "aide",
        "adviser",
        "advisor",
        "chief",
        "head",
        "official",
        "officials",
        "delegation",
        "team",
        "side",
        "government",
    ]
)


# One of the track's people telling or assuring another: "Witkoff told Araghchi that …",
# "Lavrov allegedly told Rubio about …" (CAMEO codes TELL as a statement, 010; made to the
# other side's own person, the two are in contact): the talks go on (``engaged``).
_TOLD: Final = re.compile(
    r"\b(?P<a>[A-Z][\w'’-]+)\s+(?:also\s+|allegedly\s+|reportedly\s+)?"
    r"(?P<verb>told|tells|assured|assures|informed|informs|briefed|briefs)\s+"
    r"(?P<b>(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+)"
)
_TOLD_VERBS: Final = ("told", "tells", "assure", "inform", "brief")

# Two of the track's people who will discuss something together: "Trump and Xi would take
# up soybean purchases", "Rubio and Lavrov will discuss the prisoner exchange" (CAMEO
# DISCUSS, CONFER: 040): their meeting ahead (``held``, read as future by its modal).
_DISCUSS_AHEAD: Final = re.compile(
    r"\b(?P<a>[A-Z][\w'’-]+)\s+and\s+(?:[A-Z][\w'’.-]+\s+){0,3}?(?P<b>[A-Z][\w'’-]+)\s+"
    r"(?P<verb>(?:will|would|are\s+to|were\s+to|are\s+expected\s+to|were\s+expected\s+to)\s+"
    r"(?:also\s+)?(?:discuss|take\s+up|talk\s+about|go\s+over|tackle|confer\s+on))\b"
)
_DISCUSS_VERBS: Final = ("discuss", "take up", "talk about", "go over", "tackle", "confer on")

# (pattern, the words one of which it needs, signal, cue name)
_BETWEEN_TWO: Final = (
    (_DISCUSS_AHEAD, _DISCUSS_VERBS, "held", "discuss together"),
    (_TOLD, _TOLD_VERBS, "engaged", "told"),
)


def between_two(sentence: str, people: frozenset[str], ongoing: bool) -> CueHit | None:
    """A cue that two of the track's people, both named, make together: what they will
    discuss (any kind), or one telling the other (talks, channels and groups only)."""
    for pattern, verbs, signal, cue in _BETWEEN_TWO if ongoing else _BETWEEN_TWO[:1]:
        if not any(verb in sentence for verb in verbs):
            continue
        for m in pattern.finditer(sentence):
            a = m.group("a").lower()
            b = m.group("b").split()[-1].strip("'’.").lower()
            if a in people and b in people and a != b:
                start, end = m.span("verb")
                return CueHit(signal, cue, start, end, m.group("verb"))
    return None


# Two of the track's people as the joint subject of what only their meeting yields, told in
# the past or in a headline's present: "Trump and President Xi agreed to work in concert",
# "Putin and Obama reasserted their desire …", "Lukashenko, Putin agree to strengthen
# cooperation" (CAMEO 040 / 057: the encounter's outcome tells that it took place).
_AGREED_TOGETHER: Final = re.compile(
    r"\b(?P<a>[A-Z][\w'’-]+)\s*(?:,|\s+and)\s+(?:[A-Z][\w'’.-]+\s+){0,3}?(?P<b>[A-Z][\w'’-]+)"
    r"\s+(?:also\s+|further\s+|jointly\s+|both\s+|on\s+\w+day\s+|\w+day\s+)?"
    r"(?P<verb>agreed|affirmed|reaffirmed|pledged|vowed|committed|reasserted|concurred|"
    r"agree|affirm|reaffirm|pledge|vow)\b(?!\s+to\s+(?:meet|hold|talk|speak|sit)\b)"
)
# A phone call, a video link or a letter is no meeting: "agreed during a telephone
# conversation to hold talks" (the call's own cue tells it).
_AT_A_DISTANCE: Final = re.compile(
    r"\b(?:phone|telephone|call|calls|conversation|video|virtual|letter|letters|messages?|"
    r"spoke|speak|speaks|talked)\b",
    re.IGNORECASE,
)
# An outcome dated to another year, or told as an earlier one, is an earlier encounter's:
# "Quispe and Mensah pledged in 2019 to …", "at their previous summit".
_ANOTHER_OCCASION: Final = re.compile(
    r"\b(?:(?:19|20)\d\d|previous|previously|earlier|last\s+year|years\s+ago|first\s+term)\b",
    re.IGNORECASE,
)


def agreed_together(sentence: str, people: frozenset[str]) -> CueHit | None:
    """What two of the track's people, both named, agreed, affirmed or pledged together,
    told as done: their meeting took place (``held``); not over a call or in a letter, nor
    an earlier encounter's, dated to a year or told as a previous one."""
    if _AT_A_DISTANCE.search(sentence) or _ANOTHER_OCCASION.search(sentence):
        return None
    for m in _AGREED_TOGETHER.finditer(sentence):
        a = m.group("a").lower()
        b = m.group("b").strip("'’.").lower()
        if a in people and b in people and a != b:
            start, end = m.span("verb")
            return CueHit("held", "agreed together", start, end, m.group("verb"))
    return None


# An event told by what was said or done at it (CAMEO 040-046: a consultation reported by
# its content): a past verb of saying or doing inside the event named by a definite word
# ("said during the talks that …", "During the meetings, the two sides built …", "At the
# summit, Quispe urged …"), the event told by its subject matter ("the talks focused on …",
# "Talks took in trade", "Kiev's main subject had been a ceasefire", "came up during the
# meeting"), the two sides or leaders telling what they went over ("the two ministers
# discussed …", "The two leaders exchanged views …"), or one of the track's people telling,
# urging or asking another ("Quispe urged Mensah to …", "Quispe told his counterpart …").
_EVENT_WORD: Final = (
    r"(?:talks|meeting|meetings|summit|session|sessions|round|negotiations|discussions|"
    r"consultations|encounter|sit-down)"
)
_PAST_ACT: Final = (
    r"(?:said|told|asked|urged|pressed|raised|stressed|emphasi[sz]ed|underlined|discussed|"
    r"decided|proposed|presented|expressed|reiterated|reaffirmed|affirmed|noted|recalled|"
    r"called|demanded|offered|assured|briefed|shared|handed|conveyed|warned|voiced|insisted|"
    r"explained|welcomed|thanked|invited|built|reviewed|exchanged|went\s+over|talked\s+over|"
    r"agreed|replied|responded|described|brought\s+up|laid\s+out|set\s+out|made|"
    # what one side spoke of or singled out: "In the meeting, Modi spoke of the ties"
    r"spoke\s+(?:of|about)|talked\s+about|congratulated|highlighted|underscored|"
    r"pointed\s+to|praised)"
)
_INSIDE_EVENT: Final = re.compile(
    r"\b(?:during|in|at|in\s+the\s+course\s+of)\s+(?:the|their|these|those|this|that|"
    r"[A-Z]\w+day's|today's|yesterday's)\s+(?:[\w'’-]+\s+){0,2}?" + _EVENT_WORD + r"\b"
    # "during the meeting with Lula", "at the meeting of EU foreign ministers": another's
    r"(?!\s+(?:with|between)\s+[A-Z])(?!\s+of\s+(?:the\s+)?[A-Z])",
    re.IGNORECASE,
)
_CONTENT_OF_EVENT: Final = re.compile(
    r"(?:\b(?:the|their|these|this|that)\s+(?:[\w'’-]+\s+){0,2}?|^(?:\*\s*)?(?=[Tt]alks\b))"
    + _EVENT_WORD
    + r"\s+(?:also\s+|mainly\s+|largely\s+|mostly\s+|chiefly\s+)?"
    r"(?P<verb>focused|focussed|centred|centered|covered|took\s+in|touched\s+on|dealt\s+with|"
    r"revolved\s+around|concentrated|marked)\b"
    r"|\b(?P<subject>main|chief|central|key|principal)\s+(?:subject|topic|focus|issue|theme)"
    r"(?:\s+of\s+the\s+" + _EVENT_WORD + r")?\s+(?P<was>had\s+been|was|were)\b"
    r"|\b(?P<came>came\s+up|were\s+discussed|was\s+discussed|(?:had|have|has)\s+been\s+discussed|"
    r"were\s+raised|was\s+raised)\s+(?:in|during|at)\s+the\s+" + _EVENT_WORD + r"\b",
    re.IGNORECASE,
)
_TWO_TOLD_WHAT: Final = re.compile(
    r"\b(?:the\s+two|both)\s+(?:leaders|presidents|ministers|foreign\s+ministers|sides|"
    r"delegations|men|heads\s+of\s+state|top\s+diplomats)"
    r"(?:,\s*(?:who|whose)\b[^,]{0,80},)?\s+(?:also\s+|then\s+|further\s+)?[\"\u201c\u2018']?"
    r"(?P<verb>discussed|went\s+over|talked\s+over|reviewed|exchanged\s+(?:views|thoughts|"
    r"opinions)|shared\s+(?:the\s+)?views?|stressed|underlined|emphasi[sz]ed|reaffirmed|"
    r"affirmed|touched\s+on|recalled|talked\s+about|spoke\s+(?:of|about))\b",
    re.IGNORECASE,
)
_PAIR_TOLD_WHAT: Final = re.compile(
    r"\b(?P<a>[A-Z][\w'’-]+)\s+and\s+(?:[A-Z][\w'’.-]+\s+){0,3}?(?P<b>[A-Z][\w'’-]+)\s+"
    r"(?:also\s+|then\s+|further\s+|on\s+\w+day\s+)?"
    r"(?P<verb>discussed|went\s+over|talked\s+over|reviewed|exchanged\s+(?:views|thoughts)|"
    r"stressed|underlined|emphasi[sz]ed)\b"
)
_ONE_TO_THE_OTHER: Final = re.compile(
    r"\b(?P<a>[A-Z][\w'’-]+)\s+(?:also\s+|then\s+|on\s+\w+day\s+)?"
    # "Xi opened by congratulating Carney", "Lee began by thanking Xi": the meeting's opening
    r"(?P<verb>told|urged|pressed|asked|assured|thanked|congratulated|invited|called\s+on|"
    r"(?:opened|began|started)\s+by\s+(?:telling|urging|pressing|asking|assuring|thanking|"
    r"congratulating|welcoming|praising))\s+"
    r"(?P<b>(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:counterpart|guest|host)\b|"
    r"(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+)"
    # "called Mensah a friend", "called his counterpart a peacemaker" (naming, no phone call)
    r"|\b(?P<a2>[A-Z][\w'’-]+)\s+(?P<verb2>called)\s+(?P<b2>(?:his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:counterpart|guest|host)|(?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+)\s+(?:a|an|the|[\u201c\"])\s"
    # "Carney raised the case of the detained Canadians with Xi" (CAMEO 040: one side
    # bringing a matter to the other at their encounter)
    r"|\b(?P<a3>[A-Z][\w'’-]+)\s+(?:also\s+|then\s+|on\s+\w+day\s+)?(?P<verb3>raised|"
    r"brought\s+up|took\s+up)\s+(?:[\w'’,-]+\s+){1,10}?with\s+(?P<b3>(?:his|her)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:counterpart|guest|host)\b|(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+)"
)
# What puts the telling ahead of the event or elsewhere: a plan ("will discuss", "is
# expected to raise", "at the upcoming summit"), a hope or a demand about it.
_AHEAD_OF_IT: Final = re.compile(
    r"\b(?:will|shall|is\s+(?:expected|set|due|likely)|are\s+(?:expected|set|due|likely)|"
    r"plans?\s+to|hopes?\s+to|hoped\s+to|wants?\s+to|upcoming|forthcoming|the\s+coming|"
    r"next\s+(?:week|month|year|round|meeting|summit|session)|the\s+(?:planned|proposed|"
    r"possible)|ahead\s+of|before\s+the|expected\s+to)\b",
    re.IGNORECASE,
)
# A call, a video link, a letter: no encounter (a channel's exchange all the same).
_BY_CALL: Final = re.compile(
    r"\b(?:phone|telephone|video|virtual|letter|letters|messages?|calls|call(?!ed)|"
    r"conversation|spoke\s+by)\b",
    re.IGNORECASE,
)
_BARE_TALKS: Final = re.compile(r"(?:\*\s*)?[Tt]alks\b")
_EARLIER_EVENT: Final = re.compile(
    r"\b(?:recent|previous|past|last|earlier|former|first|original)\b", re.IGNORECASE
)
# An earlier encounter of the same people: "told Mensah at their last meeting".
_LAST_TIME: Final = re.compile(
    r"\b(?:last|previous|first)\s+(?:meeting|summit|talks|encounter|time|round)\b", re.I
)


# The act next to the event it took place in: "said during the talks", "told reporters at
# the summit" (up to four words between), "During the meetings, the two sides built …",
# "during the meetings Israel asked …" (its subject, up to five words, between).
_ACT_BEFORE: Final = re.compile(
    r"\b" + _PAST_ACT + r"\b(?:\s+[\w'’-]+){0,4}"
    # what was said, quoted, between the act and the event: "had called the two countries
    # "close neighbours" during the meeting"
    r"(?:\s+[\"\u201c][^\"\u201c\u201d]{1,120}[\"\u201d])?\s+$",
    re.I,
)
_ACT_AFTER: Final = re.compile(
    r"^,?(?:\s+[\w'’-]+,?){0,5}?\s+[\"\u201c\u2018']?" + _PAST_ACT + r"\b", re.I
)
_QUOTE_OPENERS: Final = re.compile('[\u201c"]')


def _named_elsewhere(event: str, places: tuple[str, ...]) -> bool:
    """Whether the event is named by a word none of the track's places ("at the NATO
    meeting", "during the G20 summit"): another body's gathering."""
    names = [w.strip("'’").lower() for w in re.findall(r"\b[A-Z][\w'’-]*", event)[1:]]
    own = {w.lower() for place in places for w in place.split()}
    return any(name not in own for name in names)


def _told_inside(sentence: str, places: tuple[str, ...]) -> re.Match[str] | None:
    """The event a past act of the sentence took place in ("said during the talks"), or
    None; not inside a quotation (a speaker's words about the event), nor an event told as
    earlier ("in the recent negotiations")."""
    for event in _INSIDE_EVENT.finditer(sentence):
        if _EARLIER_EVENT.search(event.group(0)) or _named_elsewhere(event.group(0), places):
            continue
        if len(_QUOTE_OPENERS.findall(sentence, 0, event.start())) % 2:
            continue
        before, after = sentence[: event.start()], sentence[event.end() :]
        if _ACT_BEFORE.search(before) or _ACT_AFTER.search(after):
            return event
    return None


def _by_the_other(sentence: str, people: frozenset[str]) -> re.Match[str] | None:
    """One of the track's people telling, urging or asking another (or "his counterpart")."""
    for m in _ONE_TO_THE_OTHER.finditer(sentence):
        a = (m.group("a") or m.group("a2") or m.group("a3")).lower()
        b = (m.group("b") or m.group("b2") or m.group("b3")).split()[-1].strip("'’.").lower()
        if a in people and a != b and (b in people or b in ("counterpart", "guest", "host")):
            return m
    return None


def _pair_told(sentence: str, people: frozenset[str]) -> re.Match[str] | None:
    for m in _PAIR_TOLD_WHAT.finditer(sentence):
        a, b = m.group("a").lower(), m.group("b").strip("'’.").lower()
        if a in people and b in people and a != b:
            return m
    return None


# A gathering told by what was said at it (CAMEO 010 make statement, 012/013 statements at an
# occasion): a speaker addressing the summit or conference ("told the summit", "Speaking to
# delegates, …", "addressing the opening session of …", "in his speech to the summit"), one
# opening or inaugurating it ("Macron opened the UN Ocean Conference", "opening the
# proceedings, …"), or its members' joint position ("the leaders restated …", "Both Unions
# reaffirmed …", "the summit backs …", "the declaration called for …"). Read on summits and
# conferences only: a meeting of two on a summit's sidelines is not the summit.
_GATHERING: Final = (
    r"(?:summit|conference|assembly|plenary|gathering|forum|proceedings|session|delegates|"
    r"delegations|participants)"
)
# Words that put the gathering somewhere else than the speaker's audience: "told reporters
# ahead of the summit", "spoke to the press about the conference".
_NOT_ITS_AUDIENCE: Final = (
    r"(?!(?:ahead|before|after|about|on|following|prior|since|that|reporters|journalists|"
    r"press|media|him|her|them|us|me|parliament|lawmakers|radio|television|tv)\b)"
)
_SAID_AT_GATHERING: Final = re.compile(
    # the speaker and the gathering as audience: "told the summit", "addressing delegates"
    r"\b(?P<verb>tells|told|telling|addressed|addresses|addressing|spoke\s+(?:to|at|before)|"
    r"speaking\s+(?:to|at|before)|speaks\s+(?:to|at|before))\s+(?:the\s+|this\s+)?"
    r"(?:" + _NOT_ITS_AUDIENCE + r"[\w'’-]+\s+){0,5}?" + _GATHERING + r"\b"
    # the first speaker, or the subject the gathering took up, told in the past: "Macron
    # spoke first", "A main focus of the conference was …", "the summit focused on …"
    r"|\b(?P<first>spoke|speaks|spoken)\s+first\b"
    r"|\b(?:main|chief|central|key|principal)\s+(?:subject|topic|focus|issue|theme)s?\s+of\s+"
    r"(?:the|this)\s+(?:[\w'’-]+\s+){0,2}?(?:summit|conference|gathering|forum)\s+"
    r"(?:was|were|had\s+been)\b"
    r"|\b(?:the|this)\s+(?:[\w'’-]+\s+){0,3}?(?:summit|conference|gathering|forum)\s+"
    r"(?:also\s+|mainly\s+|largely\s+)?(?:focused|focussed|centred|centered|concentrated)\s+on\b"
    # a speech, address or remarks to it: "in his speech to the summit"
    r"|\b(?:speech|address|remarks|statement|keynote)\s+(?:to|at|before|opening)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,4}?" + _GATHERING + r"\b"
    # opening it: "Macron opened the UN Ocean Conference", "opening the proceedings, …"
    r"|\b(?P<open>opened|opening|opens|inaugurated|inaugurating|inaugurates|closed|closing)\s+"
    r"(?:the|this)\s+(?:[\w'’-]+\s+){0,7}?(?:summit|conference|proceedings|forum|plenary)\b"
    # told open in the passive: "the summit … was inaugurated at the palace"
    r"|\b(?:summit|conference|forum|gathering)\b[^.;:!?]{0,80}?\b(?:was|were|has\s+been|had\s+"
    r"been)\s+(?:formally\s+|officially\s+)?(?:inaugurated|opened)\s+(?:at|in|by|on|with)\b"
    # its members' joint position: "the leaders restated", "Both Unions reaffirmed"
    r"|\b(?:the|both|all)\s+(?:[\w'’-]+\s+){0,2}?(?:leaders|heads\s+of\s+state|delegates|"
    r"participants|members|unions|ministers|delegations|sides|parties|blocs)\s+"
    r"(?:also\s+|jointly\s+|again\s+)?"
    r"(?P<joint>restated|reaffirmed|reiterated|stressed|underlined|renewed|approved|adopted|"
    r"endorsed|called\s+for|urged|backed|rejected|condemned|welcomed|pledged)\b"
    # the gathering or its text as the one taking the position, in the past or on its day
    r"|(?:\b(?:the|this)\s+|^)(?:[\w'’-]+\s+){0,3}?(?:summit|conference|declaration|"
    r"communiqu[eé]|final\s+statement)(?:\s+(?:in|at)\s+[A-Z][\w'’-]+)?\s+(?:also\s+)?"
    r"(?P<stand>restated|reaffirmed|reiterated|stressed|"
    r"called\s+for|calls\s+for|urged|urges|backed|backs|supported|supports|rejected|rejects|"
    r"condemned|condemns|welcomed|welcomes)\b",
    re.IGNORECASE,
)
# "called for a summit", "urged an international conference": the position is a wish for
# another gathering, not what was said at this one.
_FOR_ANOTHER_GATHERING: Final = re.compile(
    r"^\s+(?:(?:a|an|the|another|new)\s+)?(?:[\w'’-]+\s+){0,3}?(?:summit|conference|meeting|"
    r"talks|negotiations|session)\b",
    re.IGNORECASE,
)
_NEGATED_BEFORE: Final = re.compile(
    r"\b(?:not|never|no|didn['’]t|did\s+not|won['’]t|cannot|can['’]t)\s+(?:[\w'’-]+\s+){0,1}$",
    re.IGNORECASE,
)
# "opened the way to a summit", "opened the door to the conference": a prospect, not its start.
_OPENED_A_PROSPECT: Final = re.compile(r"\b(?:way|door|doors|path|prospect|possibility)\b", re.I)
# "calls for", "called for": a demand, not a telephone call.
_CALLS_FOR: Final = re.compile(r"\bcall(?:s|ed)?\s+for\b", re.IGNORECASE)
_CONDITION_BEFORE: Final = re.compile(r"\b(?:if|unless|whether|should)\b[^,;]*$", re.IGNORECASE)


# A speaker's part at the gathering announced ahead (CAMEO 036, intent to attend): "will
# address the summit", "is to open the conference", a headline's "Guterres, Sánchez and the
# King to open the conference", "is expected to speak at the plenary".
_TO_SPEAK_AT_GATHERING: Final = re.compile(
    r"\b(?P<ahead>will|shall|(?:is|are)\s+(?:due|set|expected|scheduled|slated)\s+to|"
    r"(?:is|are)\s+to|to)\s+(?:also\s+|then\s+|formally\s+|officially\s+)?"
    r"(?:address|open|inaugurate|speak\s+(?:to|at|before)|deliver\s+(?:a|the|his|her)\s+"
    r"(?:[\w'’-]+\s+)?(?:speech|address|keynote)\s+(?:to|at|before))\s+(?:the|this)\s+"
    r"(?:[\w'’-]+\s+){0,7}?(?:summit|conference|assembly|plenary|forum|session|gathering)\b",
    re.IGNORECASE,
)
# What makes the part ahead a wish, a refusal or a plan of another time.
_NOT_A_PLAN_BEFORE: Final = re.compile(
    r"\b(?:hopes?|hoped|hoping|wants?|wanted|wish(?:es|ed)?|like|not|never|refused|declined|"
    r"invited|asked|urged|if|unless|whether|would|could|might)\b(?:\s+[\w'’-]+){0,2}\s*$",
    re.IGNORECASE,
)
_A_CONDITION: Final = re.compile(r"\b(?:if|unless|whether)\b", re.IGNORECASE)
_ANOTHER_TIME: Final = re.compile(r"\bnext\s+year\b|\b(?:19|20)\d\d\b", re.IGNORECASE)


def to_speak_at_the_gathering(sentence: str) -> re.Match[str] | None:
    """The words of ``sentence`` announcing a speaker's part at a summit or a conference
    ahead ("will address the summit", "to open the conference"), or None: not wished ("hopes
    to address"), refused or denied ("will not address"), in a condition or of another year."""
    if _ANOTHER_TIME.search(sentence):
        return None
    for m in _TO_SPEAK_AT_GATHERING.finditer(sentence):
        before = sentence[: m.start()]
        if _NOT_A_PLAN_BEFORE.search(before) or _A_CONDITION.search(before):
            continue
        if re.match(r"(?:not|never)\b", sentence[m.end("ahead") :].strip(), re.IGNORECASE):
            continue
        return m
    return None


def said_at_the_gathering(sentence: str) -> re.Match[str] | None:
    """The words of ``sentence`` telling a summit or a conference by what was said at it, or
    None: not ahead of it or wished ("will address the summit", "hopes to tell the
    conference", "said ahead of the summit"), not denied ("did not address the summit"), not
    in a condition, not of another occasion (a year, "previous"), and not a call for another
    gathering ("the leaders called for an international conference")."""
    if _AHEAD_OF_IT.search(sentence) or _ANOTHER_OCCASION.search(sentence):
        return None
    for m in _SAID_AT_GATHERING.finditer(sentence):
        before, after = sentence[: m.start()], sentence[m.end() :]
        if _NEGATED_BEFORE.search(before) or _CONDITION_BEFORE.search(before):
            continue
        if (m.group("joint") or m.group("stand")) and _FOR_ANOTHER_GATHERING.match(after):
            continue
        if m.group("open") and _OPENED_A_PROSPECT.search(m.group(0)):
            continue
        return m
    return None


def told_at_the_event(
    sentence: str,
    people: frozenset[str],
    *,
    by_call: bool = False,
    ongoing: bool = False,
    places: tuple[str, ...] = (),
    shared: bool = False,
    gathering: bool = False,
) -> CueHit | None:
    """An event told by what was said or done at it, in the past: its people's acts inside
    it, its subject matter, what the two went over, or one of them telling, urging or asking
    the other (``held``: on talks and channels active). Not when the sentence puts it ahead
    ("will discuss", "at the upcoming summit"), tells of a call or a letter, or of another
    occasion (a year named, "previous", "earlier"); a call tells a channel's exchange
    (``by_call``), and a headline's bare "Talks took in …" only talks or a channel
    (``ongoing``); an event named by a word none of the track's ``places`` ("at the NATO
    meeting") is another body's. When the sentence is ``shared`` with another meeting's
    track, "the two leaders" may be that meeting's pair: only named people tell it then. On a
    summit or a conference (``gathering``), what a speaker told it or its members declared
    tells it too (``said_at_the_gathering``)."""
    said = said_at_the_gathering(sentence) if gathering else None
    if said is not None and not (
        _BY_CALL.search(_CALLS_FOR.sub("", sentence)) or _LAST_TIME.search(sentence)
    ):
        return CueHit("held", "said at the gathering", *said.span(), said.group(0))
    overview = told_in_an_overview(sentence) if gathering else None
    if overview is not None:  # "The meeting adopted the Beijing Declaration" (overviews.py)
        return CueHit("held", "told in an overview", *overview[1].span(), overview[1].group(0))
    ahead = to_speak_at_the_gathering(sentence) if gathering else None
    if ahead is not None:
        return CueHit("attending", "to speak at the gathering", *ahead.span(), ahead.group(0))
    if (
        _AHEAD_OF_IT.search(sentence)
        or (not by_call and _BY_CALL.search(sentence))
        or _ANOTHER_OCCASION.search(sentence)
        or _LAST_TIME.search(sentence)
    ):
        return None
    content = _CONTENT_OF_EVENT.search(sentence)
    if content is not None and not ongoing and _BARE_TALKS.match(content.group(0)):
        content = None  # a headline's bare "Talks took in …": the officials' talks, no summit
    found = (
        _told_inside(sentence, places)
        or content
        or (None if shared else _TWO_TOLD_WHAT.search(sentence))
        or _pair_told(sentence, people)
        # on talks and channels one side telling the other is their exchange (``between_two``)
        or (None if ongoing else _by_the_other(sentence, people))
    )
    if found is None:
        return None
    start, end = found.span()
    return CueHit("held", "told at the event", start, end, found.group(0))


# A joint statement ("released a joint statement on Syria") tells of a meeting of those who
# issue it; one issued by sides none of the track's ("Leaders from Britain, France, Germany
# and the European Union released a joint statement") is another group's.
_JOINT_STATEMENT: Final = re.compile(r"\bjoint\s+(?:statement|declaration|communiqu)", re.I)
_LOCATIVE: Final = re.compile(r"\b(?:in|at|on|to|near|into|across)\s+(?:the\s+)?$", re.I)


def _statement_of_others(sentence: str, hit: CueHit, sides: frozenset[str]) -> bool:
    """Whether the joint statement ``hit`` tells of is issued by a side none of the track's
    ``sides`` (a side named before the verb, not a place: "at the APEC summit in Vietnam")."""
    if not sides or not _JOINT_STATEMENT.search(hit.text):
        return False
    before = sentence[: hit.start]
    named = {
        m.entity.code
        for m in load_gazetteer().scan(before)
        if m.entity.kind in ("country", "capital", "institution", "organisation")
        and not _LOCATIVE.search(before, 0, m.start)
    }
    return bool(named - sides)


# Joining a group ("joined a broad coalition of Ukraine's allies", "joins the alliance",
# "joins security guarantees for Ukraine") is the group's event: it moves a coalition or an
# initiative, never talks or a meeting whose parties the sentence happens to name.
_JOINS_A_GROUP: Final = re.compile(
    r"\bjoin(?:s|ed)?\b.*\b(?:coalition|alliance|guarantees)$", re.IGNORECASE
)


# A sentence whose subject, first, is a group of ministers or diplomats: "The top diplomats of
# the Group of 20 …", "Senior diplomats of the BRICS countries", "Ministers from the bloc",
# "G7 foreign ministers" (not "the two prime ministers": leaders, see ``_LEADERS_SAID``).
_MINISTERS_FIRST: Final = re.compile(
    r"^\W*(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:ministers|diplomats|envoys)\b(?!['’])", re.I
)
# A verb of meeting whose subject is who meets: "met", "will convene", "are set to meet",
# "will hold talks" (not "is due to take place", whose subject is an event).
_GATHERING_VERB: Final = re.compile(
    r"\b(?:met|meet|meets|convene[sd]?|convening|gather(?:ed|s)?|hold(?:s|ing)?\s+talks|"
    r"held\s+talks)\b",
    re.I,
)
_LEADERS_SAID: Final = re.compile(
    r"\b(?:leaders?|heads?\s+of\s+(?:state|government)|presidents?|prime|kings?|"
    r"premiers?|chancellors?)\b",
    re.I,
)


def ministers_gathered(
    sentence: str, hit: CueHit, kind: TrackKind, people: frozenset[str], keywords: Sequence[str]
) -> bool:
    """Whether ``hit`` tells ministers or diplomats meeting, on a summit or conference track
    (a leaders' gathering): their own meeting, another event of the same group ("Senior
    diplomats of the BRICS countries met on Monday" is not the BRICS summit; "The ministers
    will hold talks over two days, as a curtain-raiser to the G20 summit"), unless the
    subject names one of the track's people or a leader, or the track's own words are a
    ministers' meeting (``keywords``: "ministerial meeting")."""
    if kind not in (TrackKind.SUMMIT, TrackKind.CONFERENCE) or not _GATHERING_VERB.search(hit.text):
        return False
    subject = _MINISTERS_FIRST.match(sentence)
    if subject is None or subject.end() > hit.start:
        return False
    before = sentence[: hit.start]
    words = {w.strip("'’.,").lower() for w in before.split()}
    gazetteer = load_gazetteer()
    # a person of the track's, not an actor that is a body ("G20", "Group of 20")
    named = {
        w
        for w in words & people
        if not w.isdigit() and not any(e.kind != "person" for e in gazetteer.lookup(w))
    }
    return not (
        named or _LEADERS_SAID.search(before) or any("minist" in k.lower() for k in keywords)
    )


def ministers_meet_in(sentence: str, kind: TrackKind | None) -> bool:
    """Whether ``sentence``, on a summit or conference track, opens on ministers or
    diplomats who meet, gather or convene (``ministers_gathered``, for a reading with no cue
    of its own: a preview's present, "The foreign ministers of the G20 convene in
    Johannesburg next week")."""
    if kind not in (TrackKind.SUMMIT, TrackKind.CONFERENCE):
        return False
    subject = _MINISTERS_FIRST.match(sentence)
    if subject is None:
        return False
    verb = _GATHERING_VERB.search(sentence, subject.end())
    return verb is not None and not _LEADERS_SAID.search(sentence, 0, verb.start())


def _joins_a_group(hit: CueHit, kind: TrackKind) -> bool:
    """Whether ``hit`` tells of joining a group, read on a track that is not a group."""
    return (
        hit.signal in ("agreement", "forming")
        and kind_family(kind) is not KindFamily.GROUP
        and _JOINS_A_GROUP.search(hit.text) is not None
    )


def people_of(track: Track) -> frozenset[str]:
    """The word each name of a track's actors ends with, titles aside: "trump" of "Donald
    Trump" and "putin" of "Vladimir Putin", not "president" of "Russian President"."""
    last = (name.split()[-1].strip("'’.").lower() for a in track.actors for name in a.names())
    return frozenset(w for w in last if w and w not in _TITLES)


# A non-restrictive relative clause: "… the holiday of Simchat Torah, which begins at sundown".
# A plan told as one that was replaced: "the talks had been expected on Sunday", "these
# had reportedly been set to take place on Saturday", "the meeting was supposed to be held
# in Rome", "Pompeo was to have met Kim on Thursday", "the negotiations, originally meant to
# start on Wednesday, …", "first slated for later today": the plan as it was, before the
# change the article reports (the change, or the new plan, is the status; not the old plan).
_REPLACED_PLAN: Final = re.compile(
    r"\b(?:had\s+(?:\w+ly\s+)?been\s+(?:\w+ly\s+)?(?:scheduled|planned|set|slated|due|expected|"
    r"supposed|meant|arranged|penciled|pencilled)|(?:was|were)\s+(?:\w+ly\s+)?(?:supposed|meant)"
    r"\s+to|(?:was|were)\s+(?:\w+ly\s+)?to\s+have|(?:originally|initially|first)\s+(?:been\s+)?"
    r"(?:scheduled|planned|set|slated|due|expected|meant|supposed|penciled|pencilled)"
    r"(?:\s+(?:to|for))?)\b",
    re.IGNORECASE,
)


def _replaced_plan(sentence: str, hit: CueHit) -> bool:
    """Whether ``hit`` tells of a plan as it stood before it was changed (a plan or
    anything still ahead; "was to have met", "was supposed to be held" also of a meeting
    that never took place)."""
    if hit.signal not in _PLANS and hit.signal != "held":
        return False
    for found in _REPLACED_PLAN.finditer(sentence, max(0, hit.start - 40), hit.end):
        if found.end() >= hit.start - 1 and (
            hit.signal != "held" or not found.group(0).lower().startswith("had")
        ):
            return True
    return False


_SIGNED_THINGS: Final = frozenset(
    ["accord", "accords", "agreement", "agreements", "deal", "treaty", "pact", "declaration"]
)
_WHICH_CLAUSE: Final = re.compile(r",\s*which\s+[^,;()\u2014]*$", re.IGNORECASE)


def _describes_another_noun(
    sentence: str, hit: CueHit, lexicon: Lexicon, sides: Sequence[Span] = ()
) -> bool:
    """Whether ``hit`` lies in a ", which …" clause describing a noun that names no event
    (no event word among the eight words before the comma): "the start of the holiday of
    Simchat Torah, which begins at sundown on Monday" schedules no meeting. A clause
    describing one of the track's own sides or people, named just before the comma, tells
    that side's act in the process ("good news for Switzerland, which has been trying to
    negotiate a better tariff deal"): it is the track's."""
    offset = max(0, hit.start - 240)
    before = sentence[offset : hit.start]
    clause = _WHICH_CLAUSE.search(before)
    if clause is None:
        return False
    comma = offset + clause.start()
    if any(0 <= comma - end <= 1 for _, end in sides):
        return False
    head = {w.strip(".,'’\"").lower() for w in before[: clause.start()].split()[-8:]}
    if hit.signal == "signed" and head & _SIGNED_THINGS:
        return False  # "The accords, which the two presidents signed, …": the accord made
    return not head & lexicon.event_words


# A part of an event under way: a conference's closing plenary, a morning session, a sitting,
# a panel, a working group, a ceremony. Suspending, postponing or calling off that part ("the
# chair suspended the closing plenary", "the closing session has been postponed until
# Saturday", "decided to suspend the meeting" said in a sentence about the plenary) halts a
# sitting of the event, not the event: the conference goes on (docs/lexicon.md, "A part of
# the event is not the event").
_PART_QUALIFIER: Final = (
    r"(?:closing|opening|final|concluding|inaugural|informal|formal|morning|afternoon|"
    r"evening|night|late-night|overnight|high-level|stocktaking|plenary|working|ministerial)"
)
_PART_NOUN: Final = (
    rf"(?:(?:{_PART_QUALIFIER})\s+){{0,2}}(?:plenary|plenaries|sitting|sittings|panel|panels|"
    rf"working\s+group|working\s+groups|ceremony)\b"
    rf"|(?:(?:{_PART_QUALIFIER})\s+){{1,2}}(?:session|sessions|meeting)\b"
)
# Its object: "suspend the closing plenary", "suspension of the plenary", "postponed its
# closing session".
_PART_AFTER: Final = re.compile(
    rf"\s+(?:of\s+)?(?:(?:the|a|an|its|their|this|that|today's|[\w-]+'s)\s+)?(?:{_PART_NOUN})",
    re.IGNORECASE,
)
# Its subject: "the closing plenary of the conference was suspended".
# A phrase set off by a pair of commas may stand between ("the closing session, initially
# scheduled for Friday, has been postponed"); a clause after one comma may not ("the closing
# session ended, and the conference was suspended").
_PART_BEFORE: Final = re.compile(
    rf"\b(?:{_PART_NOUN})[^,;:.!?()\u2014]{{0,100}}?(?:,[^,;:.!?()\u2014]{{1,80}},)?"
    rf"[^,;:.!?()\u2014]{{0,40}}?\b(?:was|were|is|are|has\s+been|"
    r"have\s+been|had\s+been|been|being|got)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# The bare meeting or session of a sentence that has named the part: "in the second hour of
# the closing plenary, the chair decided to suspend the meeting".
_BARE_SITTING: Final = re.compile(r"\s+(?:the|this|that)\s+(?:meeting|session|sitting)\b", re.I)
_PART_NAMED: Final = re.compile(rf"\b(?:{_PART_NOUN})", re.IGNORECASE)


def part_of_the_event(sentence: str, hit: CueHit, lexicon: Lexicon) -> bool:
    """Whether ``hit`` is a change of plan (suspended, postponed, cancelled …) told of a part
    of the event (its closing plenary, a session, a panel), not of the event itself."""
    if lexicon.precedence(hit.signal) != CHANGE_OF_PLAN:
        return False
    if _PART_NAMED.search(hit.text) or _PART_AFTER.match(sentence, hit.end):
        return True
    if _PART_BEFORE.search(sentence, max(0, hit.start - 240), hit.start):
        return True
    return bool(
        _BARE_SITTING.match(sentence, hit.end) and _PART_NAMED.search(sentence, 0, hit.start)
    )


# One person's own engagement: an appearance, a speech, an address, a lecture, an
# interview, their attendance or participation. Calling it off, cancelling or postponing it
# ("cancelled an appearance at the business day, citing his talks in Washington", "his speech
# at the forum was postponed") changes that engagement, not the event of a track named in
# the sentence: the talks cited go on, and a leader's attendance given up leaves the
# summit as it was (CAMEO's CANCEL class codes an event only for MEETING, VISIT or TOUR as
# the object; docs/lexicon.md, "Rounds going on between their meetings").
_ENGAGEMENT: Final = (
    r"(?:appearance|appearances|speech|speeches|address|lecture|interview|interviews|"
    r"attendance|participation|keynote|remarks)\b"
)
_ENGAGEMENT_AFTER: Final = re.compile(  # (?<!\s): once per run of spaces
    r"(?<!\s)\s+(?:(?:his|her|their|its|a|an|the|this|that|[\w'’-]+'s|[\w'’-]+’s)\s+)?"
    r"(?:(?:planned|scheduled|expected|annual|keynote|public|televised|opening|closing)\s+)?"
    + _ENGAGEMENT,
    re.IGNORECASE,
)
_ENGAGEMENT_BEFORE: Final = re.compile(
    r"\b" + _ENGAGEMENT + r"[^,;:.!?()\u2014]{0,60}?\b(?:was|were|has\s+been|have\s+been|"
    r"had\s+been|is\s+being|been|being|got)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


# A side's participation in an accord or a process is its part in the track, not an
# engagement of its own: "suspends (its) participation in the grain deal", "halted its
# participation in the talks" suspend the accord or the talks (CAMEO 161 / 164 with the
# accord as object; docs/lexicon.md, "An accord told by where it stands").
_PART_IN_PROCESS: Final = re.compile(
    r"\s+in\s+(?:(?:the|a|an|its|their|this|that)\s+)?"
    r"(?:(?!(?:on|of|at|for|about|forum|summit|meeting|conference|session)\b)[\w'’–-]+\s+){0,4}?"
    r"(?:deal|agreement|accord|accords|initiative|pact|treaty|arrangement|talks|"
    r"negotiations|process|corridor|mechanism|coalition)\b",
    re.IGNORECASE,
)

_PARTS_GIVEN_UP: Final = frozenset({"suspended", "on_hold", "stalled"})


def an_engagement_given_up(sentence: str, hit: CueHit, lexicon: Lexicon) -> bool:
    """Whether ``hit`` is a change of plan told of one person's own engagement (its object,
    or its subject in the passive), which is not the event of the track."""
    if lexicon.precedence(hit.signal) != CHANGE_OF_PLAN:
        return False
    given_up = _ENGAGEMENT_AFTER.match(sentence, hit.end)
    if given_up is not None:
        return not (
            hit.signal in _PARTS_GIVEN_UP
            and given_up.group().lower().endswith("participation")
            and _PART_IN_PROCESS.match(sentence, given_up.end()) is not None
        )
    return bool(_ENGAGEMENT_BEFORE.search(sentence, max(0, hit.start - 120), hit.start))


def _changes_the_plan(info: SentenceInfo, lexicon: Lexicon) -> bool:
    """Whether the sentence's predicate is a change of plan (postponed, cancelled, …)."""
    return any(
        lexicon.precedence(hit.signal) == CHANGE_OF_PLAN
        and not is_modifier(info.norm, hit)
        and info.mood(hit, lexicon) not in ("negated", "denied", "hypothetical")
        for hit in info.cues
    )


# "no new date" after a postponement told in the same sentence ("the talks planned for
# Thursday have been put off, and no new date has been set", "was postponed; no new date was
# given"): the postponement's own open day, not a halt of its own.
_NO_NEW_DATE: Final = re.compile(r"(?:\w+\s+)?no\s+new\s+date\b", re.IGNORECASE)


def _date_left_open(info: SentenceInfo, hit: CueHit, lexicon: Lexicon) -> bool:
    """Whether ``hit`` is "no new date" told of a postponement earlier in the sentence."""
    if hit.signal != "on_hold" or not _NO_NEW_DATE.match(hit.text):
        return False
    return any(
        other.signal == "postponed"
        and other.end <= hit.start
        and info.mood(other, lexicon) not in ("negated", "denied", "hypothetical")
        for other in info.cues
    )


# A contrast that opens a clause: "has proposed a January trip, but it may be delayed".
_BUT: Final = re.compile(r"(?:,|;|\u2014|\s-)\s*but\b", re.IGNORECASE)


def _hedged_afterthought(info: SentenceInfo, hit: CueHit, lexicon: Lexicon) -> bool:
    """Whether ``hit`` is a hypothesis in a clause opened by "but" after another cue of the
    sentence ("X has proposed a trip to Y, but it may be delayed over …"): the sentence
    asserts what comes before the contrast; what might happen to it is no claim."""
    if info.mood(hit, lexicon) != "hypothetical":
        return False
    contrast = None
    for m in _BUT.finditer(info.norm, 0, hit.start):
        contrast = m
    return contrast is not None and any(
        other.end <= contrast.start() and info.mood(other, lexicon) != "hypothetical"
        for other in info.cues
    )


# A verb of attendance and its object: "Xi will attend the APEC leaders' meeting".
_ATTENDANCE_VERB: Final = re.compile(
    r"\b(?:attend|attends|attended|attending|participate|participates|participated|"
    r"participating|take\s+part|takes\s+part|took\s+part|taking\s+part|join|joins|joined|"
    r"joining)\b",
    re.IGNORECASE,
)
_OBJECT_WORDS = 80  # characters after the verb where what is attended is named
_CLAUSE_BREAK: Final = re.compile(r"[,;:]|\b(?:but|while|which|who|where)\b")


def _attended_by(
    sentence: str, hit: CueHit, mine: Sequence[Span], others: Sequence[Sequence[Span]]
) -> bool | None:
    """Whose event an attendance cue tells of: the track named as the object right after
    the verb of attendance ("Xi will attend the APEC leaders' meeting" is the APEC summit's,
    though Xi is one of a Trump–Xi meeting's people). True: this track's; False: another's;
    None: the cue is not of attendance, or no track is named as what is attended."""
    if hit.signal != "attending":
        return None
    verb = _ATTENDANCE_VERB.search(sentence, hit.start, hit.end)
    if verb is None:
        return None
    verb_end = verb.end()

    def _object(spans: Sequence[Span]) -> bool:
        # named after the verb, in its own clause ("will join other leaders at the summit")
        return any(
            0 <= a - hit.end <= _OBJECT_WORDS
            and a >= verb_end
            and not _CLAUSE_BREAK.search(sentence, verb_end, a)
            for a, _ in spans
        )

    if _object(mine):
        return True
    if any(_object(spans) for spans in others):
        return False
    return None


# "on the sidelines of the summit", "on the margins of the conference", "at the fringes of".
_SIDELINES: Final = re.compile(
    r"\b(?:on|at)\s+the\s+(?:sidelines|margins|fringes?)\s+of\s+", re.IGNORECASE
)
_SIDELINE_OBJECT = 30  # characters after "sidelines of" where the gathering is named
_ENCOUNTER_WORD: Final = re.compile(
    r"\b(?:meet|meets|met|meeting\s+with|hold|holds|held|holding|sit|sits|sat)\b",
    re.IGNORECASE,
)


def on_its_sidelines(sentence: str, hit: CueHit, named: Sequence[Span]) -> bool:
    """Whether a meeting cue tells of an encounter held on the sidelines of the track's own
    gathering ("Ruto will hold bilateral talks with Ishiba on the sidelines of the
    conference"): two of its guests meeting, not the summit or conference itself. Asked only
    of a gathering of many (``matching.gathering_of_many``): a summit of two held on the
    sidelines of a larger one is its own ("Quispe and Mensah meet on the sidelines of the
    Lisbon summit")."""
    if hit.signal not in ("held", "proposed", "scheduled"):
        return False
    for m in _SIDELINES.finditer(sentence):
        objects = sorted((a, b) for a, b in named if 0 <= a - m.end() <= _SIDELINE_OBJECT)
        if not objects:
            continue
        end = objects[0][1]  # the gathering named right after the phrase
        # a meeting told beside the phrase ("will hold bilateral talks with Ishiba on the
        # sidelines of the conference"), not only something said at the gathering ("on the
        # margins of the SCO gathering, Ushakov said")
        rest = sentence[: m.start()] + " " + sentence[end:]
        if _ENCOUNTER_WORD.search(rest):
            return True
    return False


# A frame of the occasion ("on the sidelines of the APEC summit", "on the margins of the
# G20") tells where a meeting takes place, not that it did: the verb it frames says when.
# Told ahead ("Xi will meet Lee on the sidelines of …", "is set to hold talks with Carney on
# the margins of …") the meeting is arranged for a named occasion: scheduled (CAMEO 036 with
# its occasion fixed); a wish, a condition or a denial before it ("hopes to meet … on the
# sidelines", "will not meet … on the sidelines") leaves the frame no status of its own.
_OCCASION_FRAME: Final = re.compile(
    r"^(?:on|at)\s+the\s+(?:sidelines|margins?|fringes?)\s+of\b", re.IGNORECASE
)
_MEETING_VERB_BEFORE: Final = re.compile(
    r"\b(?:meet|meets|hold|holds|sit|sits|talk)\b", re.IGNORECASE
)
_CLAUSE_BREAK_BEFORE: Final = re.compile(r"[;:()\u2014]|,\s+(?:but|while|and|as)\b")


def ahead_at_an_occasion(sentence: str, hit: CueHit) -> CueHit | None:
    """For a frame of the occasion ``hit`` ("on the sidelines of"), the meeting told ahead
    for that occasion (``scheduled``, spanning the verb group and the frame), the frame
    itself when the verb before it tells the meeting done (or there is none), or None when
    that verb is a wish, a condition or a denial (the frame tells no status then)."""
    if hit.signal != "held" or not _OCCASION_FRAME.match(hit.text):
        return hit
    start = 0
    for found in _CLAUSE_BREAK_BEFORE.finditer(sentence, 0, hit.start):
        start = found.end()
    frames = [
        f
        for f in read_frames(sentence)
        if start <= f.start and f.end <= hit.start and f.cls in ("consult", "host")
    ]
    if frames:
        last = frames[-1]
        if last.tense != AHEAD:
            return hit
        return CueHit(
            "scheduled", "ahead at an occasion", last.start, hit.end, sentence[last.start : hit.end]
        )
    if _MEETING_VERB_BEFORE.search(sentence, start, hit.start):
        return None  # "hopes to meet Lee on the sidelines": the verb's mood, not the frame
    # a noun the frame describes ("their meeting on the sidelines of …") keeps its cue
    return hit


# A future told earlier in the clause governs the event noun after it: "This will be Xi's
# first state visit … and the first meeting of the two heads of state since 2014", "what
# will be their first sit-down since Lee's election", "The meeting will be the first since
# the accord", "It is set to be the first round of talks in a year": the event is announced
# as coming, counted in its series (scheduled; labels 107, 701, 802, 906, 1105, 1506). Not a
# wish or a condition ("would be", "if it is confirmed, it will be"), nor a denial ("will not
# be the first").
_EVENT_NOUNS_AHEAD: Final = (
    r"(?:meeting|meetings|summit|talks|sit-down|encounter|visit|trip|round|session|"
    r"face-to-face|get-together|negotiations)"
)
_FIRST_AHEAD: Final = re.compile(
    r"\b(?P<aux>will|shall|(?:is|are)\s+(?:set|due|expected|going|scheduled|slated)\s+to|"
    r"(?:is|are)\s+to)\s+(?:also\s+|now\s+)?be\s+"
    r"(?:(?!(?:not|no|never)\b)[\w'’-]+\s+){0,14}?(?:first|maiden|inaugural)\s+"
    r"(?:(?:[\w'’-]+\s+){0,3}?" + _EVENT_NOUNS_AHEAD + r"\b|since\b)",
    re.IGNORECASE,
)
_SINCE: Final = re.compile(r"\bsince\b", re.IGNORECASE)
_FIRST_AHEAD_REFUSED: Final = re.compile(
    r"\b(?:if|unless|whether|hopes?|hoped|hoping|wants?|wanted|wish(?:es|ed)?|would|could|"
    r"might|should)\b",
    re.IGNORECASE,
)


def first_told_ahead(sentence: str, named: Sequence[Span]) -> CueHit | None:
    """The event a copular future counts as the first of its series ("This will be their
    first meeting since …"): ``scheduled`` over the span from the future's auxiliary to the
    event noun, or None (a condition, a wish or a modal before it, a denial inside it). One
    of the track's people (``named``: their spans) must be named, and not only in what the
    count starts from ("the first since the agreement on the "Trump Road"" is no Trump
    meeting)."""
    found = _FIRST_AHEAD.search(sentence)
    if found is None:
        return None
    since = _SINCE.search(sentence, found.start())
    counted_from = since.start() if since else len(sentence)
    if not any(a < counted_from for a, _ in named) or _refused_in_its_clause(sentence, found):
        return None
    return CueHit("scheduled", "first told ahead", found.start(), found.end(), found.group(0))


def _refused_in_its_clause(sentence: str, found: re.Match[str]) -> bool:
    """Whether a wish, a condition or a denial comes before ``found`` in its own clause."""
    start = 0
    for brk in _CLAUSE_BREAK_BEFORE.finditer(sentence, 0, found.start()):
        start = brk.end()
    return _FIRST_AHEAD_REFUSED.search(sentence, start, found.start()) is not None


# The encounter told as the occasion now taken, in the present or the past: "This is my first
# chance to meet the Prime Minister since his election", "It was their first opportunity to
# sit down together", "Today marks our first occasion to meet …": the meeting under way
# or done (held, CAMEO 040; corpus 1503). Not told ahead or wished ("will be my first chance",
# "would be", "hope this is …"), denied ("is not my first chance") or in a condition.
_FIRST_CHANCE_NOW: Final = re.compile(
    r"\b(?:this|it|today|that)\s+(?:is|was|marks|marked|'s|’s)\s+(?:my|our|his|her|their|the)\s+"
    r"first\s+(?:real\s+|proper\s+|formal\s+)?(?:chance|opportunity|occasion)\s+to\s+"
    r"(?:meet|sit\s+down)\b",
    re.IGNORECASE,
)


def first_chance_now(sentence: str) -> CueHit | None:
    """The encounter told as the first chance to meet, now taken (``held``), or None."""
    found = _FIRST_CHANCE_NOW.search(sentence)
    if found is None or _refused_in_its_clause(sentence, found):
        return None
    return CueHit("held", "first chance now", found.start(), found.end(), found.group(0))


# A visit told ahead at the invitation of the track's other person: "Xi will attend the APEC
# meeting in Gyeongju and pay a state visit to the Republic of Korea from October 30 to
# November 1, at the invitation of President Lee", "Quispe is to make an official visit to
# Ghana at the invitation of Mensah": the host's guest, their meeting arranged (scheduled,
# CAMEO 036 / 042). Not a wish, a condition or a denial before the visit ("hopes to pay",
# "if he pays", "will not pay"), nor an invitation of someone none of the track's people.
_INVITED_VISIT: Final = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:set|due|scheduled|expected|slated|to)|to)\s+"
    r"(?:(?!(?:not|never|no)\b)[\w'’.,-]+\s+){0,14}?(?P<visit>pay|make)\s+(?:a|an|his|her|their)\s+"
    r"(?:(?:state|official|working|formal|first)\s+){0,2}visit\b[^.;:!?]{0,140}?"
    r"\bat\s+the\s+invitation\s+of\s+(?:[A-Z][\w'’.-]+\s+){0,3}(?P<host>[A-Z][\w'’-]+)"
)


def invited_visit(sentence: str, people: frozenset[str]) -> CueHit | None:
    """A visit told ahead at the invitation of one of the track's ``people`` (``scheduled``
    from the visit's verb to the host's name), or None."""
    for found in _INVITED_VISIT.finditer(sentence):
        host = found.group("host").strip("'’.").lower()
        if host not in people:
            continue
        start = 0
        for brk in _CLAUSE_BREAK_BEFORE.finditer(sentence, 0, found.start()):
            start = brk.end()
        if _FIRST_AHEAD_REFUSED.search(sentence, start, found.start()):
            return None
        at = found.start("visit")  # the cue reads from the visit's verb to the host
        return CueHit(
            "scheduled", "visit at the invitation", at, found.end(), sentence[at : found.end()]
        )
    return None


def choose_cue(
    info: SentenceInfo,
    mention: Mention,
    others: Sequence[Mention],
    kind: TrackKind,
    lexicon: Lexicon,
    people: frozenset[str] = frozenset(),
    other_kinds: Sequence[TrackKind] = (),
    places: tuple[str, ...] = (),
    sides: frozenset[str] = frozenset(),
) -> CueHit | None:
    """The cue of ``info`` that speaks about ``mention``'s track, or None.

    With several tracks in one sentence a cue belongs to the track whose own mentions
    (actors, anaphors, keywords the others do not share) are nearest; among its cues a
    track prefers one that implies a status for its kind, then a predicate over a cue that
    only modifies a noun or sits in a side clause ("the meeting scheduled for this week …
    has been postponed"), then one asserted over one negated ("postponed, not cancelled"),
    then a cue near the track's own words over a far one, then the
    signal of higher precedence (a change of plan over an occurrence over a proposal: "the
    talks ended without agreement" is stalled), then the nearest.
    """
    mine_spans = (
        _discriminating_spans(mention, others, info.norm) if others else mention.all_spans()
    )
    other_spans = [
        _discriminating_spans(o, [m for m in (mention, *others) if m is not o], info.norm)
        for o in others
    ]
    owned: list[tuple[tuple[int, ...], CueHit]] = []
    changed: bool | None = None  # read only when a modifier needs it
    # A cue of the talks' process near the talks' own words ("would travel to France for
    # talks") is theirs, though a leaders' meeting's people are nearer: it moves nothing there.
    ongoing = kind_family(kind) is not KindFamily.ENCOUNTER
    named = [*mention.actor_spans, *mention.anaphor_spans, *mention.keyword_spans]
    for told in info.cues:
        framed = ahead_at_an_occasion(info.norm, told)
        if framed is None:
            continue  # a frame of the occasion after a wish, a condition or a denial
        hit = framed
        cue_span = (hit.start, hit.end)
        mine = _own_distance(info.norm, hit, mine_spans, mention.keyword_spans)
        own_status = (
            ongoing
            and lexicon.status_for(hit.signal, kind) is not None
            and min((_distance(cue_span, s) for s in named), default=_FAR) <= _NEAR
        )
        attended = _attended_by(info.norm, hit, mine_spans, other_spans)
        if attended is False:
            continue  # another track's event is what is attended
        if not attended and any(
            min((_distance(cue_span, s) for s in spans), default=_FAR) < mine
            # a cue that moves nothing on the nearer meeting is not that meeting's alone
            and not (
                own_status
                and i < len(other_kinds)
                and kind_family(other_kinds[i]) is KindFamily.ENCOUNTER
                and lexicon.status_for(hit.signal, other_kinds[i]) is None
            )
            # a track the sentence names only as another, earlier event (its context
            # terms: "before Trump's Beijing visit") takes no cue from the one it is about
            and not (others[i].context and not mention.context)
            for i, spans in enumerate(other_spans)
        ):
            continue
        if (
            meets_someone_else(info.norm, hit, people)
            or _describes_another_noun(info.norm, hit, lexicon, mention.actor_spans)
            or _visits_elsewhere(info.norm, hit, places)
            or _replaced_plan(info.norm, hit)
            or _statement_of_others(info.norm, hit, sides)
            or _joins_a_group(hit, kind)
            or ministers_gathered(
                info.norm, hit, kind, people, [info.norm[a:b] for a, b in mention.keyword_spans]
            )
            or _date_left_open(info, hit, lexicon)
            or part_of_the_event(info.norm, hit, lexicon)
            or an_engagement_given_up(info.norm, hit, lexicon)
            or _a_truce_failed(info.norm, hit, kind, lexicon)
            # the predicate of another track's subject
            or (
                mine > 0
                and any(
                    _predicate_of(info.norm, [s for s in sp if s in o.keyword_spans], hit)
                    for o, sp in zip(others, other_spans, strict=True)
                )
            )
        ):
            continue
        no_status = 1 if lexicon.status_for(hit.signal, kind) is None else 0
        modifier = 1 if is_modifier(info.norm, hit) or _before_resumption(info, hit, lexicon) else 0
        if modifier and _said_after_the_event(info.norm, hit):
            modifier = 0
        negated = (
            1
            if info.mood(hit, lexicon) in ("negated", "denied")
            or _hedged_afterthought(info, hit, lexicon)
            else 0
        )
        if modifier and not no_status:
            # "the fourth round, set for Saturday, has been postponed": the plan the
            # modifier tells of is what the predicate changed.
            if changed is None:
                changed = _changes_the_plan(info, lexicon)
            no_status = 1 if changed else 0
        undone = (
            1 if _undone_by_contrast(info, hit, lexicon) or _changed_plan(info, hit, lexicon) else 0
        )
        rank = (
            undone,
            no_status,
            modifier,
            negated,
            0 if attended else mine // _NEAR,  # the event attended is the verb's own
            lexicon.precedence(hit.signal),
            mine,
        )
        owned.append((rank, hit))
    if not owned:
        return None
    owned.sort(key=lambda item: (item[0], item[1].start))
    return owned[0][1]


# A statement made after the event, told by a verb of saying ("Lula wrote on X after the
# meeting", "the minister told reporters following the talks"): the event it follows is the
# article's own, presupposed held (labelling convention 5), whatever the quote says is next.
_SAID_AFTER: Final = re.compile(
    r"\b(?:said|says|wrote|writes|posted|tweeted|added|declared|stated|told\s+(?:reporters|"
    r"journalists|the\s+press))\s+(?:[\w'-]+\s+){0,3}$",
    re.IGNORECASE,
)
_AFTER_EVENT: Final = re.compile(r"(?:after|following)\b", re.IGNORECASE)


def _said_after_the_event(sentence: str, hit: CueHit) -> bool:
    return bool(
        _AFTER_EVENT.match(hit.text)
        and _SAID_AFTER.search(sentence, max(0, hit.start - 60), hit.start)
    )


# A participant's readiness, openness or wish to meet: "Trump said he was prepared to meet
# Putin soon", "Putin said he was "ready" to meet Zelenskyy", "their readiness to sit down face
# to face", "expressed a willingness to participate in the summit", "he would be willing to
# meet", "I am ready to meet", "he would certainly be open to meeting Kim", "she'd be happy to
# meet him"; the one who is ready is a person (not "Kiev was ready to meet Russia": a side's
# talks). The words from the person to the readiness ("would be", "is open") are its hedge.
_READY_TO_MEET: Final = re.compile(
    r"\b(?P<who>[\w'’]+)(?P<hedge>\s+(?:\W?(?:is|was|are|were|am|be|been|has|had|have|remains|"
    r"remained|stands|stood|would|will|said\s+to\s+be|\w+ly)\s+){0,4}\W?(?P<ready>ready|"
    r"prepared|willing|readiness|willingness|open|happy|glad|keen|eager)\W?\s+)"
    r"(?=to\s+(?:meet|meeting|sit\s+down|sitting\s+down|hold\s+talks|holding\s+talks|attend|"
    r"participate|take\s+part|(?:(?:having|holding)\s+)?(?:a|another)\s+(?:meeting|summit))\b)",
    re.IGNORECASE,
)
_PERSONS: Final = frozenset(["he", "she", "i", "we", "they", "their", "his", "her", "our"])
_ARTICLES: Final = frozenset(["a", "an", "the"])  # "expressed a willingness to …"


def wish_to_meet(
    info: SentenceInfo, hit: CueHit, lexicon: Lexicon, people: frozenset[str]
) -> Modality | None:
    """The modality of a meeting that a participant is ready, prepared or willing to hold:
    on a summit or a meeting it is a proposal, read as the rest of the sentence tells it (a
    condition or a hedge elsewhere still makes it a hypothesis: "ready to meet as long as
    the meeting has an agenda"); on talks and channels it stays a hypothesis."""
    if hit.signal != "proposed":
        return None
    for ready in _READY_TO_MEET.finditer(info.norm, max(0, hit.start - 60), hit.end):
        who = re.sub(r"['’](?:s|re|m|d|ll)$", "", ready.group("who").lower()).strip("'’")
        to = ready.end()
        if not hit.start <= to < hit.end and to != hit.start:
            continue
        noun = ready.group("ready").lower().endswith("ness")
        if who not in _PERSONS and who not in people and not (noun and who in _ARTICLES):
            return None
        a, b = ready.span("hedge")
        unhedged = info.norm[:a] + " " * (b - a) + info.norm[b:]
        own = CueHit(hit.signal, hit.cue, to, hit.end, info.norm[to : hit.end])
        modality = modality_of(unhedged, own, lexicon, attributed=info.speaker is not None)
        return None if modality == "hypothetical" else modality
    return None


# A meeting told over the phone or a video link is no meeting (a channel's call still is
# its exchange), and one dated to another year or told as an earlier one is another
# occasion: the clause's verb tells of neither.
_BY_PHONE: Final = re.compile(
    r"\b(?:phone|telephone|call|calls|video|virtual|videoconference|letter)\b", re.IGNORECASE
)
# An occasion of another time: a year the verb is set in ("in 2019", "since 2022"; not a
# dateline's "September 1, 2025"), or one told as earlier.
_OTHER_TIME: Final = re.compile(
    r"\b(?:(?:in|since|of|from|during|until)\s+(?:19|20)\d\d|previous|previously|earlier|"
    r"last\s+year|years\s+ago|first\s+term)\b",
    re.IGNORECASE,
)
_EVENT_OBJECT: Final = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}?(?:summit|meeting|"
    r"talks|conference|forum|session|gathering)\b",
    re.IGNORECASE,
)
_EVENT_ANAPHOR: Final = re.compile(
    r"\b(?:meeting|summit|talks|visit|trip|session|round|conference|encounter)\b", re.I
)
_CONDITION_FIRST: Final = re.compile(r"\W*(?:if|unless|whether|should)\b", re.IGNORECASE)
_BUT_LATER: Final = re.compile(r"(?:[,;\u2014]|\.)\s+(?:but|however|yet)\b", re.IGNORECASE)
_EVENT_WORD_ONLY: Final = re.compile(
    r"(?:the\s+)?(?:meeting|meetings|summit|talks|visit|trip|session|round|conference)", re.I
)
_ACCORDING: Final = re.compile(r"\baccording\s+to\s+(?:[\w'’.-]+\s+){0,2}$", re.I)
_REACH: Final = _NEAR  # characters between the verb group and the track's own words
_DONE_MOODS: Final = frozenset({"asserted", "reported"})


_WITH_AFTER: Final = re.compile(r"(?:\s+[\w'’]+){0,4}?\s+with\b", re.IGNORECASE)
# "to receive another leader", "hosted other leaders": someone else's occasion.
_ANOTHER_AFTER: Final = re.compile(r"\s+(?:the\s+)?(?:another|other|next)\b", re.IGNORECASE)
# "concluded her three-day visit", "wrapped up his trip": the journey's end, told on a track
# that is not the visit, says nothing of the meeting or talks inside it.
_A_TRIP_AFTER: Final = re.compile(
    r"\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:visit|visits|trip|trips|tour|journey|stay)\b",
    re.IGNORECASE,
)


def _with_someone_else(sentence: str, hit: CueHit, people: frozenset[str]) -> bool:
    """Whether the verb is done "with" someone none of the track's people ("had discussed
    it with his advisers"): one side's own consultation, not the track's meeting."""
    after = _WITH_AFTER.match(sentence, hit.end)
    if after is None:
        return False
    named = sentence[after.end() : after.end() + _NEAR].lower()
    # "with Mensah's envoy" is with someone of Mensah's, not Mensah
    words = {w.strip('.,;:"') for w in named.split()}
    return not words & people


def _frame_hit(info: SentenceInfo, frame: Frame, signal: str, lexicon: Lexicon) -> CueHit | None:
    """The frame as a cue, when its mood is the one its tense reads (ahead: future; done:
    asserted or reported), never negated, denied or hypothetical."""
    hit = CueHit(
        signal, frame.rule, frame.verb_start, frame.end, info.norm[frame.verb_start : frame.end]
    )
    mood = info.mood(hit, lexicon)
    if frame.tense == AHEAD:
        return hit if mood == "future" else None
    return hit if mood in _DONE_MOODS else None


def told_by_the_verb(
    info: SentenceInfo,
    mention: Mention,
    kind: TrackKind,
    lexicon: Lexicon,
    people: frozenset[str] = frozenset(),
    places: tuple[str, ...] = (),
) -> CueHit | None:
    """The state the clause's verb tells when no listed cue of the track fires (a backoff,
    see ``frames``): the verb group nearest the track's own words, within reach and in its
    clause, whose tense gives a signal on ``kind``; not a meeting with someone else, a
    visit elsewhere, a call on a meeting's track, nor an occasion of another year."""
    encounter = kind_family(kind) is KindFamily.ENCOUNTER
    # a group's or a channel's keyword ("peace agreement") is shared by other processes:
    # only its people, parties or an anaphor tie a verb to it
    # "the meeting discussed …" may be an earlier meeting: an event named only by an anaphor
    # ties no verb to the track; its people ("the two leaders held …") do
    anaphors = [s for s in mention.anaphor_spans if not _EVENT_ANAPHOR.search(info.norm, *s)]
    # nor does a keyword that is only an event noun ("meeting"); "G7", "SCO summit" do
    keywords = [s for s in mention.keyword_spans if not _EVENT_WORD_ONLY.fullmatch(info.norm, *s)]
    # "According to Trump, the meeting discussed …": the one who tells is not the subject
    actors = [a for a in mention.actor_spans if not _ACCORDING.search(info.norm, 0, a[0])]
    spans = [*actors, *anaphors, *(keywords if encounter else [])]
    if not spans:
        return None
    if (
        info.norm.rstrip(" \"'\u201d").endswith("?")  # a question asserts no state
        or _CONDITION_FIRST.match(info.norm)  # "If Chile replies, the two will meet …"
        or _OTHER_TIME.search(info.norm)
        or (encounter and _BY_PHONE.search(info.norm))
    ):
        return None
    best: tuple[int, CueHit] | None = None
    for frame in read_frames(info.norm):
        signal = frame_signal(frame, kind)
        if signal is None or lexicon.status_for(signal, kind) is None:
            continue
        after = [a - frame.end for a, _ in mention.keyword_spans if a >= frame.end]
        # a trip told with none of the track's places, nor for its event ("arrives for the
        # state visit"), is no sign of its own
        if frame.cls == "visit" and not (
            any(place in info.norm for place in places) or any(gap <= _NEAR for gap in after)
        ):
            continue
        near = min(_distance((frame.start, frame.end), s) for s in spans)
        if near > _REACH or (best is not None and near >= best[0]):
            continue
        hit = _frame_hit(info, frame, signal, lexicon)
        if hit is None or (frame.tense == AHEAD and _BUT_LATER.search(info.norm, hit.end)):
            continue  # "were expected to meet, but that was cancelled": the plan undone
        # "China hosts the SCO summit": the event itself is what is hosted, no outsider
        its_event = bool(_EVENT_OBJECT.match(info.norm, hit.end))
        if (
            (encounter and not its_event and _with_someone_else(info.norm, hit, people))
            or _ANOTHER_AFTER.match(info.norm, hit.end)
            or (kind is not TrackKind.VISIT and _A_TRIP_AFTER.match(info.norm, hit.end))
            or (not its_event and meets_someone_else(info.norm, hit, people))
            or _visits_elsewhere(info.norm, hit, places)
            or _describes_another_noun(info.norm, hit, lexicon, mention.actor_spans)
        ):
            continue
        best = (near, hit)
    return best[1] if best else None


# A plan with its day told as a wish or under a condition: "hopes to tour South Korea on
# November 4", "would like to gather in Gyeongju on Tuesday", "If relations improve, Xi will
# tour South Korea on November 4". The day belongs to what is wished or supposed, not to a
# date fixed: the plan stays what its cue reads (a proposal), never scheduled.
_WISH_BEFORE: Final = re.compile(
    r"\b(?:hope|hopes|hoped|hoping|want|wants|wanted|wanting|wish|wishes|wished|wishing|"
    r"(?:would|'d|’d)\s+(?:also\s+)?(?:like|love|prefer)|keen|eager|longs?|longed|aims?|aimed|"
    r"aiming|seeks?|seeking|sought|tries|tried|trying|dreams?|dreamed|dreamt)"
    r"(?:\s+(?:very\s+)?much)?(?:\s+to)?\s*$",
    re.IGNORECASE,
)
# A condition opening the sentence, set off by a comma before the plan's cue.
_CONDITION_OPENS: Final = re.compile(
    r"^\W*(?:if|unless|provided(?:\s+that)?|providing|as\s+long\s+as|in\s+case|should\s+\w+)"
    r"\b[^,;:]*,",
    re.IGNORECASE,
)


def wished_or_supposed(sentence: str, hit: CueHit | None) -> bool:
    """Whether the plan ``hit`` tells is wished ("hopes to", "wants to", "would like to"
    just before the cue, or the cue's own "to" after such a word) or stands after a
    condition opening the sentence ("If relations improve, …"): its day fixes no date."""
    return hit is not None and _wished_at(sentence, hit.start)


def _wished_at(sentence: str, start: int) -> bool:
    if _WISH_BEFORE.search(sentence[max(0, start - 40) : start]):
        return True
    opening = _CONDITION_OPENS.match(sentence)
    return opening is not None and opening.end() <= start


def cue_wished_or_supposed(sentence: str, cue: str | None) -> bool:
    """``wished_or_supposed`` of a finding's sentence and its cue's text (the cue's first
    place in the sentence): for the readings made after the findings were built."""
    at = sentence.find(cue) if cue else -1
    return at >= 0 and _wished_at(sentence, at)


# The days an event runs over, told with its first day: "the visit, which runs from August
# 29 to 30", "the summit is set to run from July 8 to July 10" (the lexicon's `scheduled`).
_RUNS_FROM: Final = re.compile(r"\bruns?\s+from\s*$", re.IGNORECASE)


def range_begun(hit: CueHit | None, day: date | None, published: date | None) -> bool:
    """Whether ``hit`` tells the days an event runs over ("runs from …") and its first day is
    the article's or earlier: the event is under way, no longer a date set ahead (a visit
    under way is told by its arrival and its programme)."""
    return (
        hit is not None
        and hit.signal == "scheduled"
        and _RUNS_FROM.search(hit.text) is not None
        and day is not None
        and published is not None
        and day <= published
    )
