"""A visit or meeting set for a day the article gives: its announcement, and what the visitor
will do during it, are scheduled with it (``scheduled_by_the_coming_day``)."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from tracker.domain.models import Finding
from tracker.domain.vocabulary import TrackKind
from tracker.extract.cuechoice import cue_wished_or_supposed
from tracker.extract.eventdates import FIXABLE, TOLD_AS_PAST
from tracker.extract.lexicon import Lexicon
from tracker.extract.rulenames import (
    SCHEDULED_BY_THE_DAY,
    SET_FOR_THE_DAY,
    SETTING_OF_THE_DAY,
    VISIT_ARRIVED,
    VISIT_STAGE_ACT,
    read_again,
)
from tracker.extract.signals import future_reaches

# The announcement of a meeting: "Trump Unveils Alaska Meeting with Putin", "announced a
# summit".
_ANNOUNCES: Final = re.compile(r"(?:announc|unveil|reveal)\w*\b", re.IGNORECASE)


def _cue_reads(f: Finding, signal: str, modalities: frozenset[str], cue: re.Pattern[str]) -> bool:
    """The finding carries ``signal`` in one of ``modalities`` on a cue that ``cue`` matches."""
    return (
        f.signal == signal
        and f.modality in modalities
        and f.cue is not None
        and cue.match(f.cue) is not None
    )


def _announces(f: Finding) -> bool:
    return _cue_reads(f, "proposed", TOLD_AS_PAST, _ANNOUNCES)


# The visit ahead, or what a visitor will do during it, in an article that sets the visit's
# day: "Putin will also hold talks with Modi during the visit", "during his three-day stay,
# the president will meet …", "It will be Trump's first trip to the state since …" (the set
# visit itself, or a part of it, so scheduled with it).
_DURING_THE_VISIT: Final = re.compile(
    r"\b(?:during|in\s+the\s+course\s+of)\s+(?:the|his|her|their|this|that)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:visit|trip|stay|tour)\b",
    re.IGNORECASE,
)
# A set visit's programme: "will lay a wreath", "will be accorded a ceremonial welcome",
# "will host a banquet for", "will open his official engagements with …".
_VISIT_WORD: Final = re.compile(
    r"\b(?:visit|trip|wreaths?|wreath-laying|banquet|welcome|reception|engagements)\b",
    re.IGNORECASE,
)


def _during_the_visit(f: Finding) -> bool:
    return (
        f.signal in FIXABLE
        and f.modality == "future"
        and (
            _DURING_THE_VISIT.search(f.exact) is not None
            or (f.cue is not None and _VISIT_WORD.search(f.cue) is not None)
        )
    )


# A visit told ahead by its own words, with no day of its own: "Pope Leo to visit Turkey and
# Lebanon", "will make his first state visit to the UK in June", "will pay a state visit
# after accepting an invitation", "had accepted the invitation" (what the visitor is to do
# told as a plan, not a plan undone: "had also planned to visit", "was to have visited").
_VISIT_CUE: Final = re.compile(
    r"\b(?:visit|trip|tour|journey|travel|invitation|guests?)\b", re.IGNORECASE
)
_ACCEPTED: Final = re.compile(r"\baccept(?:ed|s|ing)?\b[^.;:!?]{0,60}?\binvit", re.IGNORECASE)
_PLAN_UNDONE: Final = re.compile(
    r"\b(?:had\s+(?:\w+\s+)?(?:planned|hoped|intended|meant|wanted|been\s+(?:due|set|expected|"
    r"scheduled))|was\s+to\s+have|were\s+to\s+have)\b",
    re.IGNORECASE,
)


def _the_visit_ahead(f: Finding, published: date) -> bool:
    """A proposed visit told ahead (of the future, a headline's infinitive, an invitation
    accepted) and dated by no day of its own ahead: in an article that sets the visit's day
    it is that visit, set (labelling convention 2: a planned event takes the day the article
    gives it)."""
    told_ahead = (
        f.modality == "future"
        or (f.modality == "asserted" and _HEADLINE_AHEAD.match(f.exact) is not None)
        or _ACCEPTED.search(f.exact) is not None
    )
    own_day = (
        f.date_basis == "stated"
        and f.event_date is not None
        and f.event_date > published
        and f.date_precision == "day"
    )
    return (
        f.signal == "proposed"
        and f.modality in ("future", "asserted", "reported")
        and f.cue is not None
        and _VISIT_CUE.search(f.cue) is not None
        and told_ahead
        and not own_day
        and _PLAN_UNDONE.search(f.exact) is None
    )


# A visit's place in a series told in the present: "This is King Charles III's first visit
# to a Commonwealth country", "It is the King's first official visit to …" (the present of
# the ``visit_made`` cue of a visit's rank).
_SERIES_NOW: Final = re.compile(r"\A\W*(?:this|it)\s+is\b", re.IGNORECASE)


def _rank_told_ahead(f: Finding, begun: set[str]) -> bool:
    """A visit's rank told in the present ("This is the King's first visit to …") on a page
    that sets the visit's day ahead and tells it nowhere begun: the visit ahead, as "will be
    his first visit to" is (a preview's present, as of a summit's: ``previews.py``)."""
    return (
        f.signal == "visit_made"
        and f.modality in ("asserted", "reported")
        and not f.context
        and f.track_id not in begun
        and f.cue is not None
        and _SERIES_NOW.match(f.cue) is not None
    )


def _act_told_ahead(f: Finding) -> bool:
    """A visitor's act read as done whose clause a future governs from outside the cue's
    window ("The two will also tour a new museum and lay a wreath"): on a page that sets the
    visit ahead, a part of the visit set (``signals.future_reaches``)."""
    if f.signal != "visit_made" or f.modality not in ("asserted", "reported") or f.context:
        return False
    at = f.exact.find(f.cue) if f.cue else -1
    return at >= 0 and f.cue is not None and future_reaches(f.exact, at, f.cue)


# A headline's infinitive of a visit: "Pope Leo to visit Turkey and Lebanon", "Trump to make
# state visit to the UK in June" (names, then "to" and the verb of the visit).
_HEADLINE_AHEAD: Final = re.compile(
    r"\A(?:[A-Z][\w'’.-]*,?\s+(?:and\s+)?){1,5}to\s+(?:visit|make|pay|travel|tour|go)\b"
)


def _set_day(f: Finding, days: set[date], published: date) -> Finding:
    """``f`` dated to the one day ahead the article sets for its track's visit, when its
    own date is only the article's, that of its telling, or a month or year that holds the
    day ("will make a state visit in March" over "from 20 to 22 March")."""
    if len(days) != 1:
        return f
    day = next(iter(days))
    when = f.event_date
    if when is not None and when > published and not _holds(f, day):
        return f
    return f.model_copy(update={"event_date": day, "date_precision": "day"})


def _holds(f: Finding, day: date) -> bool:
    """Whether ``f``'s date, at its precision coarser than a day, holds ``day``."""
    when = f.event_date
    if when is None:
        return False
    if f.date_precision == "month":
        return (when.year, when.month) == (day.year, day.month)
    if f.date_precision == "year":
        return when.year == day.year
    return False


def scheduled_for_later_today(
    findings: list[Finding], published: date | None, lexicon: Lexicon
) -> list[Finding]:
    """Plans told loosely in an article that sets the encounter for later its own day are
    that encounter, scheduled: "Sheikh Tamim to begin state visit to Poland" over "will
    begin a three-day state visit on Wednesday" in Wednesday's paper, and "will also hold
    talks with …" there, as they are in an article written the day before
    (``scheduled_by_the_coming_day``; labelling convention 2). Only where the article tells
    the encounter nowhere as begun or held, and not a wish or a plan undone."""
    later_today = _set_for_later_today(findings, published)
    if published is None or not later_today:
        return findings
    return [
        _as(f, "scheduled", lexicon, rule=SCHEDULED_BY_THE_DAY)
        if f.track_id in later_today
        and _told_ahead_undated(f, published)
        and not cue_wished_or_supposed(f.exact, f.cue)
        else f
        for f in findings
    ]


def _set_for_later_today(findings: list[Finding], published: date | None) -> set[str]:
    """The tracks whose encounter the article sets for its own day and tells as still ahead
    ("will begin … on Monday" in Monday's paper, "is scheduled to hold bilateral talks on
    Tuesday" in Tuesday's) and nowhere as begun or held."""
    if published is None:
        return set()
    today = {
        f.track_id
        for f in findings
        if f.signal == "scheduled"
        and f.date_basis == "stated"
        and f.date_precision == "day"
        and f.event_date == published
        and (f.modality == "future" or _SCHEDULE_WORD.search(f.cue or "") is not None)
        and not cue_wished_or_supposed(f.exact, f.cue)
    }
    begun = {
        f.track_id
        for f in findings
        if f.signal in _BEGUN and f.modality in ("asserted", "reported") and not f.context
    }
    return today - begun


# A schedule's own word in a cue told in the present ("is scheduled to hold", "is due to
# arrive", "is set to meet"): the event is still ahead on the article's day.
_SCHEDULE_WORD: Final = re.compile(r"\b(?:scheduled|due|set|slated)\b", re.IGNORECASE)
_BEGUN: Final = frozenset({"held", "visit_made", "session_under_way"})


def _told_ahead_undated(f: Finding, published: date) -> bool:
    """A plan of the track told ahead with no day of its own: of the future ("will also hold
    audiences with …"), or a headline's infinitive ("King and Queen to begin four-day state
    visit", "Modi, Zelenskyy to meet with Carney at G7"); not a plan undone."""
    return (
        f.signal in FIXABLE
        and f.date_basis == "inferred"
        and f.event_date == published
        and (
            f.modality == "future"
            or (
                f.signal == "proposed"
                and f.modality == "asserted"
                and _HEADLINE_INFINITIVE.match(f.exact) is not None
            )
        )
        and _PLAN_UNDONE.search(f.exact) is None
    )


# A headline's names, then "to" and a verb: "Modi, Zelenskyy to meet with Carney".
_HEADLINE_INFINITIVE: Final = re.compile(r"\A(?:[A-Z][\w'’.-]*,?\s+(?:and\s+)?){1,5}to\s+[a-z]+\b")


def scheduled_by_the_coming_day(
    before: list[Finding], after: list[Finding], published: date | None, lexicon: Lexicon
) -> list[Finding]:
    """A meeting announced ahead that takes the day another sentence states it is scheduled
    for (``before`` and ``after`` that dating) is scheduled, not merely proposed, as when the
    sentence names the day itself ("The summit starts tomorrow, August 15 … After that the
    delegations will hold negotiations"); so is the announcement of a meeting whose coming day
    the article sets ("Trump Unveils Alaska Meeting with Putin" over "… in Alaska on August
    15"), and a visit told loosely ahead ("Pope Leo to visit Turkey and Lebanon" over "will
    visit Turkey from 27 to 30 November"): each takes that day, when it is the one the
    article sets ahead and the claim has no day of its own ahead (labelling convention 2)."""
    set_for = {
        (f.track_id, f.event_date)
        for f in after
        if f.signal == "scheduled" and f.date_basis == "stated" and f.date_precision == "day"
    }
    ahead = {
        t for t, day in set_for if published is not None and day is not None and day > published
    }
    # the visits the article tells begun or made, not by a rank told in the present
    begun = {
        f.track_id
        for f in after
        if f.signal in _BEGUN
        and f.modality in TOLD_AS_PAST
        and not f.context
        and not (f.cue is not None and _SERIES_NOW.match(f.cue))
    }
    # per track, the days ahead the article sets for it
    days: dict[str, set[date]] = {}
    for t, day in set_for:
        if published is not None and day is not None and day > published:
            days.setdefault(t, set()).add(day)
    scheduled = [
        _as(a, "scheduled", lexicon, rule=SCHEDULED_BY_THE_DAY)
        if (
            a.signal in FIXABLE
            and a.modality == "future"
            and b.event_date == published
            and a.event_date != published
            and (a.track_id, a.event_date) in set_for
        )
        # the announcement keeps its own day (a headline of the news, convention 4)
        else _as(a, "scheduled", lexicon, rule=SCHEDULED_BY_THE_DAY)
        if a.track_id in ahead and _announces(a)
        else _as(
            _set_day(a, days[a.track_id], published),
            "scheduled",
            lexicon,
            rule=SCHEDULED_BY_THE_DAY,
        )
        if published is not None
        and a.track_id in ahead
        and (
            _during_the_visit(a)
            or _the_visit_ahead(a, published)
            or _rank_told_ahead(a, begun)
            or _act_told_ahead(a)
        )
        else a
        for b, a in zip(before, after, strict=True)
    ]
    # a wished or supposed plan takes no day the article sets for the event
    return [
        a if cue_wished_or_supposed(a.exact, a.cue) else b
        for a, b in zip(after, scheduled, strict=True)
    ]


# An arrival told as made: "arrived in <city> on a three-day state visit", "landed in <city>",
# "has touched down in <city>", "is on his first visit to <country>", "was received at the
# airport by the King" (a welcome on landing, a stage of a tour), and a visit's last day
# ahead, "was set to wrap up his three-day state visit" (the visit-under-way cues of the
# ``scheduled`` signal in resources/lexicon.json).
_ARRIVAL: Final = re.compile(
    r"\b(?:arriv(?:ed|es|ing)|land(?:ed|s|ing)|touch(?:ed|es|ing)\s+down|(?:is|are)\s+on|"
    r"reach(?:ed|es)|(?:flew|flies)\s+in|"
    # a welcome on landing: "was formally received at the airport", "greeted on the tarmac"
    r"(?:received|welcomed|greeted)\b[^.;!?]*?\b(?:airport|airfield|tarmac|air\s?base|terminal))\b",
    re.IGNORECASE,
)
# The visit's last day told ahead ("was set to wrap up his state visit", "is due to end his
# trip"): the visit is under way, so begun, though the cue speaks of what is still to come.
_LAST_DAY: Final = re.compile(
    r"(?:is|are|was|were)\s+(?:set|due|expected|scheduled)\s+to\s+(?:wrap|conclude|end|round|close)\b",
    re.IGNORECASE,
)
_UNDER_WAY: Final = frozenset({*TOLD_AS_PAST, "future"})


# An arrival told done with the stay or the departure still ahead in the same sentence
# ("landed in Paris on Wednesday and will remain in the country until Monday", "touched down
# … and will fly home next Tuesday"): the "will" is the visit's end, the arrival is made.
_ARRIVED_THEN_STAY: Final = re.compile(
    r"\b(?:arrived|landed|touched\s+down|flew\s+in)\b[^.;!?]*?\band\s+(?:will|is\s+(?:to|due\s+"
    r"to|set\s+to|expected\s+to))\s+(?:(?:only|then)\s+)?(?:remain|stay|fly|return|head|leave|"
    r"depart)\b",
    re.IGNORECASE,
)


def _arrived(f: Finding) -> bool:
    return (
        _cue_reads(f, "scheduled", TOLD_AS_PAST, _ARRIVAL)
        or _cue_reads(f, "scheduled", _UNDER_WAY, _LAST_DAY)
        or _cue_reads(f, "visit_made", _UNDER_WAY, _ARRIVED_THEN_STAY)
        or _arrival_left_to_another(f)
    )


# An arrival on a visit told made whose cue went to another event of the sentence: "Modi has
# arrived here in Brazil on a four-day visit in which he will take part in the BRICS Summit"
# (the arrival "on a visit" is the visitor's own, not another leader's landing).
_ARRIVED_ON_A_VISIT: Final = re.compile(
    r"\b(?:arrived|landed|touched\s+down|reached|flew\s+in)\b[^.;!?]{0,60}?\b(?:on|for)\s+"
    r"(?:a|an|his|her|their|the)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:visit|trip|tour|stay)\b",
    re.IGNORECASE,
)
# an earlier visit recalled by its year or as a former one: "when he arrived in 2016 on a
# state visit", "landed … on his last visit"
_RECALLED: Final = re.compile(
    r"\b(?:in|since|back\s+in)\s+(?:19|20)\d\d\b|\b(?:last|previous|earlier|former)\s+"
    r"(?:visit|trip|tour)\b",
    re.IGNORECASE,
)


def _arrival_left_to_another(f: Finding) -> bool:
    """A sentence on a visit track with no signal of its own that tells the visitor arrived
    on the visit: the visit is made (a stage of a tour reached), unless the arrival is ahead,
    doubted or denied (no such modality) or of an earlier visit recalled."""
    if f.signal is not None or f.modality not in TOLD_AS_PAST or f.context:
        return False
    return _ARRIVED_ON_A_VISIT.search(f.exact) is not None and _RECALLED.search(f.exact) is None


# The stage acts of a visit, told with no cue of the lexicon (CAMEO 042/043, a visit made or
# hosted; the host's honours are its ceremony): the guest reached or received at the host's
# palace or residence, an honour or order conferred, a guard of honour, anthems or a military
# band, a cultural performance watched or put on for the guest, a tree planted, the visitors'
# book signed, a banquet or state dinner in the guest's honour.
_STAGE_ACT: Final = re.compile(
    # the palace reached, or the guest received there
    r"\b(?:reached|arrived\s+at|drove\s+(?:in)?to|entered|was\s+driven\s+to)\s+the\s+"
    r"(?:[\w'\u2019-]+\s+){0,2}?(?:palace|residence|istana)\b"
    r"|\b(?:received|welcomed|greeted|hosted)\b[^.;!?]{0,60}?\bat\s+(?:the\s+)?(?:[\w'\u2019-]+\s+)"
    r"{0,3}?(?:palace|residence|istana\s+\w+|state\s+house)\b"
    r"|\bat\s+the\s+(?:airport|tarmac|airfield)\s+to\s+(?:receive|welcome|greet)\b"
    r"|\b(?:joined|attended|led)\s+the\s+(?:official\s+|formal\s+|state\s+)?welcome\b"
    # an honour, an order or a medal conferred on the guest (given by or to the visitor)
    r"|\b(?:conferr(?:ed|s)|bestow(?:ed|s)|award(?:ed|s)|gave|gives|given|present(?:ed|s)|"
    r"confers|invested|decorated|honou?red)\b[^.;!?]{0,60}?\b(?:(?:highest|top|"
    r"civilian|state|national)\s+(?:[\w-]+\s+)?(?:honou?rs?|awards?|decorations?)|order\s+of|"
    r"grand\s+(?:cross|collar|cordon)|medal\s+of|key\s+to\s+the\s+city|honorary\s+doctorate)\b"
    r"|\bstate\s+honou?rs\b"
    r"|\b(?:conferr(?:ed|s)|bestow(?:ed|s))\s+(?:[\w'\u2019-]+\s+){1,6}?(?:on|upon)\b"
    # the ceremony of honours: a guard of honour, anthems, a band, a parade watched
    r"|\bguard\s+of\s+honou?r\b|\b(?:21|twenty-one)[-\s]gun\s+salute\b"
    r"|\bnational\s+anthems?\b|\bmilitary\s+band\b"
    r"|\b(?:watched|watch|attended|enjoyed|viewed)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:parade|performance|dance|show|concert|recital)\b"
    # a cultural performance for the guest
    r"|\b(?:put\s+on|staged|performed|treated\s+to)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:dance|performance|show|concert|recital)\b"
    # a tree planted, the visitors' book signed
    r"|\bplanted\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:tree|sapling)\b|\btree[-\s]planting\b"
    r"|\bsigned\s+(?:the\s+)?(?:distinguished\s+)?(?:visitors?|guest|golden|honou?r)['\u2019]?s?"
    r"\s+book\b"
    # a banquet or dinner in the guest's honour
    r"|\b(?:banquet|dinner|luncheon|lunch)\b[^.;!?]{0,40}?\bin\s+(?:his|her|their|(?:the\s+)?"
    r"[\w-]+['\u2019]s?)\s+honou?r\b",
    re.IGNORECASE,
)
# The act told ahead, wished, in a condition or denied: "will confer the order", "is to plant
# a tree", "if the King receives him at the palace", "did not sign the visitors' book".
_NOT_DONE: Final = re.compile(
    r"\b(?:will|shall|would|could|might|may|should|(?:is|are|was|were)\s+(?:to|due\s+to|set\s+to|"
    r"expected\s+to|scheduled\s+to|going\s+to|planning\s+to)|plans?\s+to|hopes?\s+to|wants?\s+to|"
    r"if|unless|not|never|no|without|nor)\b|n['\u2019]t\b|\w['\u2019]ll\b",
    re.IGNORECASE,
)
# an act of another occasion: "received the order in 2019", "last year", "on a previous visit"
_ANOTHER_OCCASION: Final = re.compile(
    r"\b(?:in|since|back\s+in)\s+(?:19|20)\d\d\b|\b(?:last|previous|earlier|former|first)\s+"
    r"(?:visit|trip|tour|year|month|time)\b|\b(?:years?|decades?|months?)\s+ago\b|\bpreviously\b"
    r"|\bother\s+(?:guests?|visitors?|leaders)\b|\banother\s+(?:guest|visitor|leader)\b",
    re.IGNORECASE,
)
# the visitors' book read as a signing of the process: on a visit track, a stage act
_BOOK: Final = re.compile(r"\bbook\b", re.IGNORECASE)


def stage_act(f: Finding) -> str | None:
    """The stage act of a visit (received at the palace, an honour conferred, a performance
    for the guest, a tree planted, the visitors' book signed) that a sentence with no status
    of its own tells done, or None: not told ahead, wished, conditional or negated, nor of
    another occasion or guest."""
    if f.modality not in TOLD_AS_PAST or f.context:
        return None
    if f.signal is not None and not (f.signal == "signed" and _BOOK.search(f.exact)):
        return None
    m = _STAGE_ACT.search(f.exact)
    if m is None or _ANOTHER_OCCASION.search(f.exact) is not None:
        return None
    if _NOT_DONE.search(f.exact) is not None:
        return None
    return m.group(0)


def stage_acts_of_a_visit(
    findings: list[Finding], kinds: dict[str, TrackKind], lexicon: Lexicon
) -> list[Finding]:
    """On a visit track a stage act of the visit told done, with no cue of the lexicon, tells
    the visit held, dated by its sentence (labelling convention 8: the visit is the event)."""
    out: list[Finding] = []
    for f in findings:
        act = stage_act(f) if kinds.get(f.track_id) is TrackKind.VISIT else None
        if act is not None:
            f = _as(f, "held", lexicon, act, rule=VISIT_STAGE_ACT)
        out.append(f)
    return out


def made_on_arrival(
    findings: list[Finding], kinds: dict[str, TrackKind], lexicon: Lexicon
) -> list[Finding]:
    """On a visit track the visit is the event, so a visitor told as arrived has made it: the
    arrival reads ``held`` (labelling convention 8). On a summit or meeting track the
    arrival only sets the encounter still to come and stays ``scheduled``. A visit's end
    told in a sentence of plans ("At the close of the visit, X will …") is no visit made:
    it reads as what is to come (``future``). Once the article tells the visit made, a part
    of it told ahead is no status of the visit (``parts_ahead_of_a_visit_made``); an arrival
    for an encounter still ahead takes the encounter's day (``arrivals_dated_by_the_encounter``)."""
    read = stage_acts_of_a_visit(_arrivals_read(findings, kinds, lexicon), kinds, lexicon)
    return arrivals_dated_by_the_encounter(parts_ahead_of_a_visit_made(read, kinds), kinds)


# The signals an arrival for an encounter ahead reads on a summit or meeting track.
_SETS_THE_ENCOUNTER: Final = frozenset({"scheduled", "attending"})
# the days after an arrival within which the encounter it is for takes place
_ARRIVAL_DAYS: Final = 7
# the arrival told as for the encounter: "to attend BRICS Summit", "for the summit", "in which
# he will take part in the 17th BRICS Summit" (not a landing told alone: "landed in Tianjin
# on Sunday", whose day may be the encounter's own)
_FOR_THE_ENCOUNTER: Final = re.compile(
    r"\b(?:for|attend|take\s+part\s+in|join|participate\s+in)\s+(?:(?:a|an|the|this|his|her|"
    r"their)\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:summit|meeting|talks|conference|forum|gathering|"
    r"parade)\b",
    re.IGNORECASE,
)


def _encounter_day(findings: list[Finding], track_id: str) -> date | None:
    """The one day the article states for the track's encounter ahead (a plan set for a day:
    "will attend the summit on July 6 and 7"), or None when it states none or several."""
    days = {
        f.event_date
        for f in findings
        if f.track_id == track_id
        and f.signal in _SETS_THE_ENCOUNTER
        and f.modality == "future"
        and f.date_basis == "stated"
        and f.date_precision == "day"
        and f.event_date is not None
    }
    return next(iter(days)) if len(days) == 1 else None


def _arrival_before(f: Finding, day: date) -> bool:
    """``f`` tells an arrival made (told as past) a few days before ``day``."""
    if f.cue is None or f.exact.find(f.cue) < 0:
        return False
    # the arrival is the cue ("has arrived here in Brazil on a four-day visit"), or precedes
    # the attendance it is for ("arrives in Brazil to attend BRICS Summit")
    told = f.exact[: f.exact.find(f.cue) + len(f.cue)]
    return (
        _FOR_THE_ENCOUNTER.search(f.exact) is not None
        and f.signal in _SETS_THE_ENCOUNTER
        and f.modality in TOLD_AS_PAST
        and not f.context
        and _ARRIVAL.search(told) is not None
        and f.event_date is not None
        and 0 < (day - f.event_date).days <= _ARRIVAL_DAYS
    )


def arrivals_dated_by_the_encounter(
    findings: list[Finding], kinds: dict[str, TrackKind]
) -> list[Finding]:
    """On a summit, meeting or conference track, a visitor told as arrived for the encounter
    ("PM Modi arrives in Brazil to attend BRICS Summit", "landed … on Saturday evening") sets
    the encounter still to come, so the claim is dated to the encounter's day the article
    states ("will attend the summit … on July 6 and 7": 6 July), not to the landing
    (labelling convention 8 and 2). Not: a visit track (the arrival is the visit made, dated
    by its own day), an arrival told ahead, an encounter whose day the article does not
    state or states as several days, a day more than a week after the arrival."""
    days: dict[str, date | None] = {}
    out: list[Finding] = []
    for f in findings:
        if kinds.get(f.track_id) in (None, TrackKind.VISIT):
            out.append(f)
            continue
        if f.track_id not in days:
            days[f.track_id] = _encounter_day(findings, f.track_id)
        day = days[f.track_id]
        if day is not None and _arrival_before(f, day):
            f = f.model_copy(update={"event_date": day, "date_precision": "day"})
        out.append(f)
    return out


def _arrivals_read(
    findings: list[Finding], kinds: dict[str, TrackKind], lexicon: Lexicon
) -> list[Finding]:
    return [
        # the last day ahead tells a visit under way: begun, not a plan
        _as(
            f,
            "held",
            lexicon,
            modality="asserted" if f.modality == "future" else None,
            rule=VISIT_ARRIVED,
        )
        if kinds.get(f.track_id) is TrackKind.VISIT and _arrived(f)
        else f.model_copy(update={"modality": "future"})
        if _end_ahead(f)
        else f
        for f in findings
    ]


# A part of a visit under way told ahead: "Trump will meet Takaichi on Oct. 28", "The official
# visit will open on Thursday with a ceremony", "Following their talks, X will address the
# troops" (the plans a sentence tells with "will" or "is to", read proposed or scheduled).
PART_AHEAD: Final = "withheld: a part of the visit ahead, told once the visit is made"
_PLANNED: Final = frozenset({"proposed", "scheduled"})
_MADE: Final = frozenset({"held", "visit_made"})
# the days after the visit made within which a plan is a part of it, not another visit
_VISIT_DAYS: Final = 10


# An arrival told in the present with its day, which reporting uses for the day's plan
# ("arrives in the UK on Tuesday" in that morning's article): not yet the visit made for
# what follows. A headline's present with no day ("Starmer lands in India") reports it.
_PRESENT_ARRIVAL: Final = re.compile(
    r"\b(?:arrives|arrive|lands|land|touches\s+down|touch\s+down)\b", re.IGNORECASE
)
_ITS_DAY: Final = re.compile(
    r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|"
    r"tomorrow|this\s+(?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)


def _made(f: Finding) -> bool:
    if f.signal not in _MADE or f.modality not in TOLD_AS_PAST or f.context:
        return False
    told_ahead = (
        f.cue is not None
        and _PRESENT_ARRIVAL.search(f.cue) is not None
        and _ITS_DAY.search(f.exact) is not None
    )
    return not told_ahead


_PROGRAMME: Final = re.compile(r"\b(?:programme|program|itinerary|schedule)\b", re.IGNORECASE)


def _a_part_ahead(f: Finding, made: Finding) -> bool:
    """``f`` tells a plan of the visit ``made`` tells under way: a plan read proposed or
    scheduled, told ahead, of no day or of a day within the visit's days after ``made``."""
    # a plan read proposed or scheduled, or a part of the visit told by the cue of a visit
    # made but ahead ("will be the last stop of the tour", "will then lay a wreath")
    if f.signal not in _PLANNED | _MADE or f.context:
        return False
    # a part told by the visit's programme in the present: "His programme includes a stop at
    # Interpol headquarters" (what the visit holds, the present of a timetable)
    programme = f.cue is not None and _PROGRAMME.search(f.cue) is not None
    if f.modality != "future" and not (programme and f.modality in ("asserted", "reported")):
        return False
    if f.event_date is None:
        return True
    if made.event_date is None:
        return False
    days = (f.event_date - made.event_date).days
    return 0 <= days <= _VISIT_DAYS


def parts_ahead_of_a_visit_made(
    findings: list[Finding], kinds: dict[str, TrackKind]
) -> list[Finding]:
    """On a visit track whose visit an earlier sentence of the article tells made (arrived,
    received, a ceremony, a meeting held), a later sentence that tells a part of that visit
    ahead ("will meet X on Oct. 28", "will then attend a dinner", "the official visit will open
    on Thursday") claims no status: the visit is under way, and what it will still hold is
    neither a new plan nor the visit held (labelling: group 5's ``part-of-event``). The
    finding stays, told ahead, with no signal. Not: a plan before any sentence tells the visit
    made (the visit ahead, 6xx), a plan of a day well after it (another visit), a plan on a
    summit or meeting track (its encounter is the event, still ahead)."""
    made: dict[str, Finding] = {}
    out: list[Finding] = []
    for f in findings:
        first = made.get(f.track_id)
        if (
            kinds.get(f.track_id) is TrackKind.VISIT
            and first is not None
            and _a_part_ahead(f, first)
        ):
            f = f.model_copy(
                update={
                    "signal": None,
                    "cue": None,
                    "cameo": None,
                    "plover": None,
                    "rule": read_again(f.rule, PART_AHEAD),
                }
            )
        elif first is None and _made(f):
            made[f.track_id] = f
        out.append(f)
    return out


# A visit told as over: "concluded his state visit", "after a four-day stay in", "brought
# his visit to a close", "at the conclusion of the visit" (the ``visit_made`` cues of its
# end in resources/lexicon.json) ...
_VISIT_OVER: Final = re.compile(
    r"\b(?:conclu\w*|end(?:ed|ing|s)?|complet\w*|wrap\w*|round\w*|after|following|brought|"
    r"brings|bringing|close|wound|drew|came|comes|draws|winds|coming|drawing|winding)\b",
    re.IGNORECASE,
)
# ... in a sentence that tells what is still to come ("will", "is set to"), or ahead of
# that end ("before concluding her visit", "ahead of the close of the visit").
_STILL_AHEAD: Final = re.compile(
    r"\b(?:will|shall|(?:is|are|was|were)\s+(?:set|due|expected|scheduled|going)\s+to)\b"
    r"|\w'll\b",
    re.IGNORECASE,
)
_BEFORE_IT: Final = re.compile(
    r"\b(?:before|ahead\s+of|until|till|prior\s+to)\s+(?:the\s+)?$", re.IGNORECASE
)


def _end_ahead(f: Finding) -> bool:
    """A visit's end told as what is still to come (or before it): no visit made."""
    if f.signal != "visit_made" or f.cue is None or f.modality not in TOLD_AS_PAST:
        return False
    if _VISIT_OVER.search(f.cue) is None:
        return False
    at = f.exact.find(f.cue)
    return _STILL_AHEAD.search(f.exact) is not None or (
        at >= 0 and _BEFORE_IT.search(f.exact[:at]) is not None
    )


# The day of the article told after the plan's verb: "will hold a bilateral meeting with X
# today", "would meet X at the White House today", "will be having meetings … Friday
# evening" (in an article of that Friday).
_WEEKDAYS: Final = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_THAT_DAY: Final = re.compile(
    rf"\b(?:(?:later\s+)?today|tonight|this\s+(?:morning|afternoon|evening)|(?:on\s+)?{_WEEKDAYS}"
    r"(?:\s+(?:morning|afternoon|evening|night))?)\b"
)
# The day told between the subject and its plan: "<leader> on Friday will hold …".
_DAY_BEFORE: Final = re.compile(rf"\b(?:on\s+{_WEEKDAYS}|today|tonight)\s+$", re.IGNORECASE)
# A day that dates the saying, not the plan: "said on Friday", "announced today".
_SAID: Final = re.compile(
    r"\b(?:said|says|told|announced|confirmed|added|stated|wrote|posted|tweeted)\s+$",
    re.IGNORECASE,
)


def _set_for_that_day(f: Finding, published: date) -> bool:
    if not (
        f.signal in FIXABLE
        and f.modality == "future"
        and f.event_date == published
        and f.date_basis == "stated"
        and f.date_precision == "day"
        and f.cue is not None
    ):
        return False
    at = f.exact.find(f.cue)
    if at < 0:
        return False
    before = _DAY_BEFORE.search(f.exact[:at])
    if before is not None and not _SAID.search(f.exact[: before.start()]):
        return True  # "<leader> on Friday will hold a bilateral meeting with <leader>"
    after = at + len(f.cue)
    days = [m for m in _THAT_DAY.finditer(f.exact) if m.start() >= after]
    return bool(days) and not any(_SAID.search(f.exact[: m.start()]) for m in days)


# The encounter told by its setting on its own day: "The meeting comes as …", "The meeting
# will take place even as …", "The meeting comes in the background of …".
_COMES_AS: Final = re.compile(
    r"^(?:the|this|their|that|today's|tonight's|(?-i:[A-Z])[\w-]+(?:'s|’s))\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:meeting|summit|talks|visit|encounter|sit-down)\s+"
    r"(?:comes|will\s+take\s+place|takes\s+place|is\s+taking\s+place)\s+"
    r"(?:as|amid|even\s+as|against|in\s+the\s+(?:background|backdrop|wake)|at\s+a\s+time)\b",
    re.IGNORECASE,
)


def _comes_as(f: Finding, published: date) -> str | None:
    """The setting phrase ("The meeting comes as") of a sentence with no cue of its own about
    the article's day, or None."""
    if f.signal is not None or f.event_date != published:
        return None
    m = _COMES_AS.match(f.exact)
    return m.group(0) if m else None


def set_for_the_day(
    findings: list[Finding], published: date | None, lexicon: Lexicon
) -> list[Finding]:
    """A meeting announced for the article's own day ("will hold a bilateral meeting with X
    today") is scheduled, as one announced for a later day already is; the sentence that sets
    that day's encounter in its context ("The meeting comes as …") takes the encounter's
    status that day: held when the article tells it held, else scheduled."""
    if published is None:
        return findings
    out = [
        _as(f, "scheduled", lexicon, rule=SET_FOR_THE_DAY) if _set_for_that_day(f, published) else f
        for f in findings
    ]
    that_day = _encounter_that_day(out, published)
    return [
        _as(f, that_day[f.track_id], lexicon, _comes_as(f, published), rule=SETTING_OF_THE_DAY)
        if f.track_id in that_day and _comes_as(f, published) is not None
        else f
        for f in out
    ]


def _encounter_that_day(findings: list[Finding], published: date) -> dict[str, str]:
    """Per track, the status of an encounter the article sets or tells held on its own day:
    held when told as held that day, scheduled when planned for that day with the day stated
    (not when the article also sets the track's encounter for a later day: "the meeting" is
    then that one)."""
    later = {
        f.track_id
        for f in findings
        if f.signal == "scheduled" and f.event_date is not None and f.event_date > published
    }
    that_day: dict[str, str] = {}
    for f in findings:
        if f.event_date != published or f.track_id in later:
            continue
        if f.signal == "held" and f.modality in TOLD_AS_PAST:
            that_day[f.track_id] = "held"
        elif f.signal == "scheduled" and f.modality == "future" and f.date_basis == "stated":
            that_day.setdefault(f.track_id, "scheduled")
    return that_day


def _as(
    f: Finding,
    signal: str,
    lexicon: Lexicon,
    cue: str | None = None,
    modality: str | None = None,
    *,
    rule: str,
) -> Finding:
    """``f`` read as ``signal`` (its CAMEO and PLOVER codes with it), with the cue and the
    modality given, if any, and the ``rule`` that read it so after the one that read it."""
    update: dict[str, object] = {
        "signal": signal,
        "rule": read_again(f.rule, rule),
        "cameo": lexicon.cameo(signal),
        "plover": lexicon.plover(signal),
    }
    if cue is not None:
        update["cue"] = cue  # the setting phrase names the reading
    if modality is not None:
        update["modality"] = modality
    return f.model_copy(update=update)
