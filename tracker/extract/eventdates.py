"""The day each finding tells of: the dates a sentence states, and the days it takes from its
article (the news day, the lead's day, the local day, the day of talks counted from their
first, a coming day the article sets)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Final

from tracker.domain.models import Finding, Modality, Precision, Sentence
from tracker.extract.analysis import SentenceInfo, is_heading
from tracker.extract.cuechoice import TOOK_PLACE
from tracker.extract.dates import (
    DateResolution,
    Offset,
    cue_in_past,
    find_date_mentions,
    resolve_dates,
    tells_ahead,
    told_in_past,
    unanchored_offset,
    year_before,
)
from tracker.extract.gazetteer import load_gazetteer
from tracker.extract.lexicon import Lexicon
from tracker.extract.literals import Gated
from tracker.extract.matching import Mention
from tracker.extract.signals import CueHit

_FUTURE_SIGNALS = frozenset({"scheduled", "proposed", "preparing", "attending"})
FIXABLE = frozenset({"proposed", "agreed", "held", "visit_made"})


def dated_ahead(
    signal: str | None, modality: Modality, when: DateResolution, published: date | None
) -> bool:
    return (
        signal in ("held", "signed")
        and modality in ("asserted", "reported")
        and when.basis == "stated"
        and when.date is not None
        and published is not None
        and when.date > published
    )


# A side phrase opening the sentence, up to its comma: "After a phone call with Xi on
# Friday, Trump said the two would meet …" (the day is the call's).
_OPENING_PHRASE: Final = re.compile(
    r"^\W*(?-i:[A-Z][A-Z .'-]*(?:\s*\([^)]*\))?\s*[\u2014\u2013-]+\s*)?"  # a dateline
    r"(?:after|following|since|before|ahead\s+of|during)\b[^,;:]*,",
    re.IGNORECASE,
)


def fixes_a_date(
    signal: str | None,
    modality: Modality,
    when: DateResolution,
    published: date | None,
    sentence: str = "",
) -> bool:
    """Whether an announced meeting ("will meet in Budapest on 12 November") names its day:
    then it is scheduled, not merely proposed (not the day of another event told in a side
    phrase opening the sentence: "After a phone call with Xi on Friday, Trump said the two
    would meet at a summit in South Korea" is a proposal)."""
    opening = _OPENING_PHRASE.match(sentence)
    if opening and when.expression and when.expression in opening.group(0):
        return False
    return (
        signal in FIXABLE
        and (
            modality == "future"
            or (signal in ("proposed", "agreed") and modality in ("reported", "asserted"))
        )
        and when.basis == "stated"
        and when.precision in ("day", "week")
        and when.date is not None
        and published is not None
        # a day ahead of the article, or (told ahead from the day of a report just before
        # it: "announced on Saturday night that he will visit from Sunday") of the report
        and (
            when.date > published
            # "to visit China this week" in an article of Wednesday: the rest of its week
            or _rest_of_the_week(when, published, sentence)
            or (
                modality == "future"
                and when.date >= published - timedelta(days=_NEWS_DAYS)
                and _told_before(sentence, when.date, published)
            )
        )
    )


# A verb of saying right after a date expression: the expression dates the saying ("This
# week Putin said he was ready to meet"), not the plan.
_SAYING_AFTER: Final = re.compile(
    r"[^,.;:]{0,30}?\b(?:said|says|told|tells|announced|stated|declared|wrote)\b", re.I
)


def _rest_of_the_week(when: DateResolution, published: date, sentence: str) -> bool:
    """Whether a plan dated to the article's own week ("to visit China this week", in an
    article of Wednesday) has the rest of that week ahead; not when the week dates the
    saying of it."""
    if when.precision != "week" or when.date is None or when.date + timedelta(days=6) <= published:
        return False
    at = sentence.find(when.expression) if when.expression else -1
    return at < 0 or not _SAYING_AFTER.match(sentence, at + len(when.expression or ""))


def _told_before(sentence: str, day: date, published: date) -> bool:
    """Whether the sentence dates the report of its plan before the plan's day ("announced
    on Saturday night that he will visit from Sunday")."""
    return any(
        m.role == "speech" and m.date < day
        for m in find_date_mentions(sentence, published, future=True)
    )


# A clause that tells of an earlier or later event: "after being briefed on a call on Monday",
# "follows talks in Budapest on Monday"
# (an abbreviation's period, "U.S." or "Oct. 16", does not end the clause)
_OTHER_EVENT: Final = Gated(
    re.compile(
        # (not "the following day": a day counted from another)
        r"\b(?:after|(?<!\bthe )following|before|ahead\s+of|since|prior\s+to"
        # the verb: "the postponement follows talks in Budapest on Monday" (not "followed
        # up", "followed suit", "followed through")
        r"|follow(?:s|ed)(?!\s+(?:up|suit|through)\b))\b"
        r"(?:[^,;:.!?()]|(?-i:\.(?<=\b[A-Z]\.)|\.(?<=\b[A-Z][a-z]{2}\.)|\.(?<=Sept\.)))*",
        re.IGNORECASE,
    )
)


# A noun the cue acts on, described by a past participle and its phrase: "reaffirmed the
# plans discussed in Paris in January", "welcomed the deal reached in Geneva on Friday", or
# by a clause of its own with a named subject: "carrying out the agreements Trump and Putin
# reached last week".
_REDUCED_RELATIVE: Final = re.compile(
    r"\b(?:the|its|their|his|her|our)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s?\s+"
    r"(?:(?:that\s+)?[A-Z][\w'’-]+(?:\s+and\s+[A-Z][\w'’-]+)?\s+(?:had\s+)?)?"
    r"(?P<rest>(?:discussed|agreed|reached|struck|signed|made|adopted|announced|outlined|"
    r"presented|sealed|brokered|endorsed|approved)\b[^,;:.!?()]*)",
)


# News that surfaced just after an event is of that event's day: "word that the accord had
# been halted emerged after soldiers were wounded on the morning of November 10".
_SURFACED_BEFORE: Final = re.compile(
    r"\b(?:emerged|surfaced|came\s+to\s+light|broke)\s+(?:only\s+|shortly\s+|soon\s+|just\s+)?$",
    re.IGNORECASE,
)


# A choice told in the passive and made in a call or meeting is of that call's day:
# "Budapest was picked for the summit after a phone conversation … on Oct. 16".
_CHOSEN: Final = re.compile(r"(?:picked|chosen|selected|agreed|decided|settled)\b", re.IGNORECASE)
_IN_A_CALL: Final = re.compile(
    r"after\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:call|conversation|talks|meeting)\b",
    re.IGNORECASE,
)


# A clause of the speaker's or a delegation's arrival or departure ("The envoys, who landed
# late on Saturday, will meet …", "Rivas, having arrived in Oslo on Monday, will hold talks
# …"): its day is the journey's, not that of the meeting ahead.
_TRAVEL_CLAUSE: Final = Gated(
    re.compile(
        r"\b(?:who|which|having)\s+(?:had\s+|has\s+|have\s+)?(?:just\s+)?"
        r"(?:arrived|landed|flown\s+in|flew\s+in|left|departed|returned|reached)\b"
        r"[^,;:.!?()]*",
        re.IGNORECASE,
    )
)


def _mask_travel(sentence: str, hit: CueHit | None, future: bool) -> str:
    """The sentence with a clause of arrival or departure blanked out, when the cue tells of
    what is to come and lies outside it."""
    if hit is None or not future:
        return sentence
    spans = [
        (m.start(), m.end())
        for m in _TRAVEL_CLAUSE.finditer(sentence)
        if not m.start() <= hit.start < m.end()
    ]
    return _blank(sentence, spans) if spans else sentence


# A day told as a deadline drawing near, the time the news is set against, not its event:
# "as July 9, seen as the decisive date, draws near", "with the August 1 deadline looming".
_DEADLINE_NEAR: Final = Gated(
    re.compile(
        r"\b(?:as|with)\s+(?:the\s+|a\s+)?[^;:.!?()]{0,60}?\b(?:draws?\s+(?:near|closer)|"
        r"approach(?:es|ing)|loom(?:s|ing)|near(?:s|ing)|clos(?:es|ing)\s+in)\b",
        re.IGNORECASE,
    )
)


def _deadlines_near(sentence: str, hit: CueHit | None) -> list[tuple[int, int]]:
    """The spans of the deadlines drawing near the sentence tells (``_DEADLINE_NEAR``) that
    hold no cue."""
    return [
        (m.start(), m.end())
        for m in _DEADLINE_NEAR.finditer(sentence)
        if hit is None or not m.start() <= hit.start < m.end()
    ]


# A clause naming the event itself by its noun with the definite article right after its
# word of time ("told reporters before the talks on Thursday", "spoke after the summit on
# Monday"): a sentence with no cue of its own tells of that event, on its day.
_THE_EVENT_ITSELF: Final = re.compile(
    r"(?:after|following|before|ahead\s+of|prior\s+to)\s+the\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:talks|summit|meeting|round|negotiations|visit|conference)\b",
    re.IGNORECASE,
)


def _mask_other_events(sentence: str, hit: CueHit | None) -> str:
    """The sentence with the clauses that tell of another event blanked out (same length),
    when they follow the cue: their dates are that event's ("decided to delay further
    planning after being briefed on a call on Monday" is not dated Monday; "reaffirmed the
    plans discussed in Paris in January" is not dated January)."""
    near = _deadlines_near(sentence, hit)
    if hit is None:  # no cue: the clauses of another event after the sentence's subject
        spans = [
            (m.start(), m.end())
            for m in _OTHER_EVENT.finditer(sentence)
            if m.start() > 0 and not _THE_EVENT_ITSELF.match(m.group(0))
        ]
        return _blank(sentence, spans + near)
    spans = near + [
        (m.start(), m.end())
        for m in _OTHER_EVENT.finditer(sentence, hit.end)
        if not _SURFACED_BEFORE.search(sentence, 0, m.start())
        and not (_CHOSEN.match(sentence, hit.start) and _IN_A_CALL.match(m.group(0)))
    ]
    spans += [
        (m.start("rest"), m.end())
        for m in _REDUCED_RELATIVE.finditer(sentence, hit.start)
        if m.start("rest") >= hit.end
    ]
    return _blank(sentence, spans)


# A halt told with the failure that began it in a clause of "since": "Since the talks
# collapsed in March, …", "have been frozen since they broke down in June", "frozen since
# their collapse in March", "stalled since March" — the day or month in that clause is the
# halt's own (a failure told afterwards is dated to the failure, not to its article). Not a
# clause of "since" that names another event ("stalled since a summit in February": the
# summit's day, which ``past_markers`` leave undated) nor the signals of an event held.
_HALTS: Final = frozenset(
    {"stalled", "suspended", "on_hold", "closed", "talks_failed", "talks_halted"}
)
_FAILURE_WORD: Final = (
    r"(?:collaps\w*|broke\s+down|broken\s+down|breakdown|stall\w*|suspen\w*|halt\w*|"
    r"fail(?:ed|ure)|falter\w*|adjourn\w*|froze|frozen|freez\w*|walk(?:ed)?\s+out|walkout|"
    r"fell\s+apart|derail\w*|deadlock\w*|impasse|stalemate)"
)
_MONTHS: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
_SINCE_THE_FAILURE: Final = re.compile(
    r"\bsince\b(?=[^,;:.!?()]{0,60}?\b" + _FAILURE_WORD + r"\b)", re.IGNORECASE
)
_SINCE_A_TIME: Final = re.compile(
    r"\bsince(?=\s+(?:(?:early|mid|late)[- ]?)?(?:" + _MONTHS + r"|last\s+(?:week|month|"
    r"year|spring|summer|autumn|fall|winter)|(?:19|20)\d\d)\b)",
    re.IGNORECASE,
)


def _since_the_halt(sentence: str, hit: CueHit | None, modality: Modality) -> str:
    """The sentence with the word "since" taken out when it opens the clause that dates a
    halt the cue tells as past or present (see ``_SINCE_THE_FAILURE``): the date in that
    clause is then read as the halt's own ("since March" read as "in March")."""
    if hit is None or hit.signal not in _HALTS or modality in ("future", "hypothetical"):
        return sentence
    out = _blank(
        sentence,
        [
            (m.start(), m.end())
            for m in _SINCE_THE_FAILURE.finditer(sentence)
            if not hit.start <= m.start() < hit.end
        ],
    )
    for m in _SINCE_A_TIME.finditer(out):
        # not the cue's own "since" ("have not met since March": the last meeting's time)
        if not hit.start <= m.start() < hit.end:
            out = out[: m.start()] + "   in" + out[m.end() :]
    return out


def _blank(sentence: str, spans: list[tuple[int, int]]) -> str:
    """``sentence`` with ``spans`` replaced by spaces (offsets kept)."""
    out = sentence
    for a, b in spans:
        out = out[:a] + " " * (b - a) + out[b:]
    return out


def date_for(
    index: int,
    infos: Sequence[SentenceInfo],
    hit: CueHit | None,
    modality: Modality,
    published: date | None,
    anchor: tuple[date, Precision] | None,
    lexicon: Lexicon,
    mention: Mention,
) -> DateResolution:
    info = infos[index]
    future = (
        modality == "future"
        or (hit is not None and hit.signal in _FUTURE_SIGNALS)
        or (hit is None and tells_ahead(info.norm))
    )
    text = _since_the_halt(info.norm, hit, modality)
    text = _mask_travel(_mask_other_events(text, hit), hit, future)
    own = find_date_mentions(text, published, future=future)
    inherited = None if own else _speakers_day(index, infos, published)
    if inherited is not None:
        return inherited
    if not own and info.speaker and _ADDED.search(info.norm):
        spoke = _spoke_before(infos, index, published)
        if spoke is not None:
            return spoke
    elsewhere = _told_by_another_event(index, infos, text, hit, published, bool(own))
    if elsewhere is not None:
        return elsewhere

    if anchor is not None and not future and published is not None and anchor[0] > published:
        # "finalized earlier that day" after "the meeting will take place on August 15": the
        # day of a past event is the narration's day, not the plan's after it
        anchor = _told_day_before(infos, index, published)

    def resolve(past: bool) -> DateResolution:
        return resolve_dates(
            text,
            published,
            near=hit.start if hit else None,
            future=future,
            anchor=anchor[0] if anchor else None,
            anchor_precision=anchor[1] if anchor else None,
            lexicon=lexicon,
            past=past,
        )

    when = resolve(False)
    if said_of_a_past_event(text, when, hit, modality, published):
        # "Lee said on Sunday that the summit was very meaningful": the saying's day is not
        # the summit's (``date_by_the_held_day`` takes the day the article gives the event)
        return DateResolution(None, None, "unknown")
    if _after_its_article(when, published) and _took_place(
        hit, modality, info.norm, mention, when.expression
    ):
        # "the two diplomats exchanged views on resuming talks in Istanbul on June 2" the day
        # before: a meeting told in the past is not dated after its article
        when = resolve(True)
    if hit is not None and _done_dated_ahead(hit, modality, when, published, text):
        assert published is not None  # _done_dated_ahead holds only with the article's date
        when = _read_again(when, published, lambda: resolve(True))
    return when


# The signals of a thing done or going on ("held", "signed", "were called off", "has been
# put on hold", "are being negotiated"), told as past or present: their event is never after
# the article that tells it.
_DONE_OR_UNDER_WAY: Final = frozenset(
    {
        "held",
        "call",
        "signed",
        "visit_made",
        "agreement",
        "cancelled",
        "postponed",
        "on_hold",
        "suspended",
        "stalled",
        "closed",
        "withdrawn",
        "rejected",
        "resumed",
        "forming",
        "engaged",
        "acted",
        "step",
        "session_under_way",
        "talks_failed",
        "talks_halted",
    }
)
# An encounter's signals: told in the present ("Xi meets Lee on Friday") they are a schedule,
# which ``dated_ahead`` reads as ahead; only told in the past is their date read again.
_ENCOUNTER_SIGNALS: Final = frozenset({"held", "call", "signed", "visit_made"})
# An expression that tells its own time ahead ("next week", "tomorrow", "in two weeks",
# "later this month") or carries its year: its date is what it says.
_SAYS_ITS_TIME: Final = re.compile(
    r"\b(?:next|coming|upcoming|tomorrow|later|following|ahead|within|(?:1[89]|20)\d\d)\b"
    r"|\bin\s+\w+\s+(?:days?|weeks?|months?)\b",
    re.IGNORECASE,
)
# Further ahead than this (the slack of a writer's clock and a page updated late), a day of a
# thing done read ahead is the other year's: its year was taken wrong.
_YEAR_TAKEN_WRONG: Final = timedelta(days=30)


def _done_dated_ahead(
    hit: CueHit, modality: Modality, when: DateResolution, published: date | None, sentence: str
) -> bool:
    """Whether a thing told as done or going on is dated after its article by an expression
    without its year that does not tell its own time ahead (a day the nearest-year rule or a
    word of the future elsewhere in the sentence put ahead)."""
    return (
        hit.signal in _DONE_OR_UNDER_WAY
        and modality in TOLD_AS_PAST
        and when.basis == "stated"
        and _after_its_article(when, published)
        and bool(when.expression)
        and not _SAYS_ITS_TIME.search(when.expression or "")
        # a month or more ahead: its year was taken wrong (a day or two ahead may be the
        # writer's clock or another event's, "preparing the meeting of August 15")
        and when.date - published > _YEAR_TAKEN_WRONG  # type: ignore[operator]
        # an encounter's cue in the present tells a schedule ("meets Rossi on 13 May")
        and (hit.signal not in _ENCOUNTER_SIGNALS or told_in_past(sentence, hit.end))
    )


def _read_again(
    when: DateResolution, published: date, past: Callable[[], DateResolution]
) -> DateResolution:
    """A date of a thing done read again: the other year's day or month, else (a week, or
    a day the year before that is still ahead) the sentence's dates up to its article's
    day, the article's day when it has none."""
    assert when.date is not None
    back = year_before(when.date)
    if when.precision in ("day", "month") and back <= published:
        again = replace(when, date=back)
    else:
        again = past()
    shown = again.date.isoformat() if again.date else "no date"
    note = f"date read again: a thing done is not after its article ({when.date} read as {shown})"
    return replace(again, note=note)


def _after_its_article(when: DateResolution, published: date | None) -> bool:
    return published is not None and when.date is not None and when.date > published


# A report, on a later day, of what a past event was ("said on Sunday that the summit was
# very meaningful", "told reporters on Monday that the talks with Xi had gone well", "wrote
# on Tuesday that the visit had been a success"): the words after the day of the saying.
_OF_A_PAST_EVENT: Final = re.compile(  # (?<!\W): tried once per run of non-word characters
    r"(?<!\W)\W*(?:(?:late|early)\s+)?(?:(?!(?:if|unless|whether|when|once|before)\b)\w+\s+){0,4}?"
    r"(?:that\s+|,\s+)?(?:the|their|his|her|its|this|last\s+\w+'s)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|talks|visit|encounter|call|conversation|trip|"
    r"negotiations|round|session|conference)\b"
    r"(?:\s+(?!(?:will|would|could|might|may|is|are|has|have|to)\b)[\w'’-]+){0,4}?"
    r"\s+(?:was|were|had\s+(?:been|gone|proved|produced|yielded|brought)|went|proved)\b",
    re.IGNORECASE,
)
_SAID_OF_SIGNALS: Final = frozenset({"held", "call", "visit_made"})


def said_of_a_past_event(
    text: str,
    when: DateResolution,
    hit: CueHit | None,
    modality: Modality,
    published: date | None,
) -> bool:
    """Whether the day chosen for a sentence is the day a speaker told what a past event of
    the track was ("said on Sunday that the summit was 'very meaningful'"): the event took
    place before it, on a day the saying does not give. Only with no cue or a cue of the
    event held (a change of plan so told is dated by the saying, convention 9); not for what
    is ahead ("that the summit would be", "is"), a wish or a condition ("that if the talks
    were held")."""
    if when.basis != "stated" or when.expression is None or when.date is None:
        return False
    if hit is not None and hit.signal not in _SAID_OF_SIGNALS:
        return False
    if modality not in TOLD_AS_PAST:
        return False
    for m in find_date_mentions(text, published):
        if m.text == when.expression and m.role == "speech" and m.precision == "day":
            return _OF_A_PAST_EVENT.match(text, m.end) is not None
    return False


def _speakers_day(
    index: int, infos: Sequence[SentenceInfo], published: date | None
) -> DateResolution | None:
    """The first day the sentence that names the speaker of an undated quotation going on
    in its paragraph gives, when it gives one (not a year: "'I'd like to meet him this
    year,' Trump told reporters." says no more of the quotation than its article does)."""
    info = infos[index]
    if info.speaker_from is None or info.speaker_from == index:
        return None
    source = infos[info.speaker_from]
    if source.sentence.paragraph != info.sentence.paragraph:
        return None
    inherited = [m for m in find_date_mentions(source.norm, published) if m.role != "vague"]
    if not inherited:
        return None
    first = inherited[0]
    return DateResolution(first.date, first.precision, "stated", first.text)


# Where a clause ends between a cue and an offset ("the talks, which had been set up a day
# earlier, …" tells the offset of another clause).
_CLAUSE_BREAK: Final = re.compile(r"[,;:()\[\]\"“”—–]|\s-\s|\b(?:which|who|that|after|when)\b")
# A period named by the track's own event, as the time of another event ("during the
# negotiations", "in the course of the talks", "in the midst of negotiations").
_DURING: Final = re.compile(
    r"(?:during|in\s+the\s+course\s+of|over\s+the\s+course\s+of|in\s+the\s+(?:midst|middle)\s+of)\b",
    re.IGNORECASE,
)
_SAID_AT_WORDS: Final = 3  # "told his counterpart during the talks": what was said there
_PROCESS_NOUN: Final = re.compile(
    r"\b(?:negotiations|talks|negotiating\s+process)\b", re.IGNORECASE
)


def _during_another_event(sentence: str, hit: CueHit) -> bool:
    """Whether the cue names the negotiations only as the time of another event told after
    its verb ("Washington struck Tehran twice in the course of the negotiations"): not as the
    sentence's opening ("During the talks, the two agreed …": the talks' own news), not for
    what was said there ("Xi told him during the meeting that …"), and only of a process
    (negotiations, talks), not of one meeting."""
    if hit.start == 0 or not _DURING.match(hit.text) or not _PROCESS_NOUN.search(hit.text):
        return False
    said = list(_SPEECH_BETWEEN.finditer(sentence, 0, hit.start))
    return not said or len(sentence[said[-1].end() : hit.start].split()) > _SAID_AT_WORDS


# A report between an opening offset and the cue: the offset dates the report.
_SPEECH_BETWEEN: Final = re.compile(
    r"\b(?:said|says|saying|told|cited|citing|quoted|quoting|reported|reporting|announced|"
    r"wrote|added|confirmed|stated|according)\b",
    re.IGNORECASE,
)
_DAY_WORDS: Final = re.compile(r"(?:on\s+)?the\s+day\b", re.IGNORECASE)
_OPENING_WORDS: Final = re.compile(r"^(?:(?:and|but|then|only)\s+)?$", re.IGNORECASE)


def _told_by_another_event(
    index: int,
    infos: Sequence[SentenceInfo],
    text: str,
    hit: CueHit | None,
    published: date | None,
    dated: bool,
) -> DateResolution | None:
    """The date a sentence takes from another event than the article's news: none for the
    negotiations named as the time of another past event ("Washington struck twice during
    the negotiations"), the day counted from the sentence before's for an offset it does
    not anchor itself ("Two days later, the talks were suspended"); None to read on."""
    info = infos[index]
    if not dated and hit is not None and _during_another_event(info.norm, hit):
        return DateResolution(None, None, "unknown")
    offset = unanchored_offset(text, published)
    if offset is None:  # "… began the day after." is no clause of another event
        bare = unanchored_offset(info.norm, published)
        offset = bare if bare is not None and _DAY_WORDS.match(bare.text) else None
    if offset is not None and _offset_tells_the_cue(text, offset, hit):
        return _counted_from_before(infos, index, offset, published)
    return None


def _offset_tells_the_cue(text: str, offset: Offset, hit: CueHit | None) -> bool:
    """Whether a day counted from another tells the cue's event: the sentence opens on it
    ("Two days later, the talks were suspended"), or it stands in the cue's own clause
    ("the talks were suspended two days later")."""
    if hit is not None and _SPEECH_BETWEEN.search(text, offset.end, hit.start):
        return False  # "A day later, a channel cited an official as saying the two had met"
    if _OPENING_WORDS.match(text[: offset.start].strip()):
        return True
    if hit is None:
        return False
    a, b = (hit.end, offset.start) if hit.end <= offset.start else (offset.end, hit.start)
    return _CLAUSE_BREAK.search(text, a, b) is None


def _counted_from_before(
    infos: Sequence[SentenceInfo], index: int, offset: Offset, published: date | None
) -> DateResolution:
    """The day an offset names from the day the sentence before tells ("Solberg landed in
    Reykjavik on Sunday. The next day, she held talks with Rivas." is Monday); none when
    that sentence dates nothing to the day ("She landed in Reykjavik. The next day, …"):
    the offset counts from another event, never from the article's own day."""
    before = next((i for i in range(index - 1, -1, -1) if not infos[i].boilerplate), None)
    if before is None or is_heading([x.sentence for x in infos], before):
        return DateResolution(None, None, "unknown")
    days = [m for m in find_date_mentions(infos[before].norm, published) if m.precision == "day"]
    events = [m for m in days if m.role in ("event", "plan")]
    said = [m for m in days if m.role in ("speech", "dateline")]
    if not events and not said:
        return DateResolution(None, None, "unknown")
    chosen = (events or said)[-1]
    when, precision = offset.from_day(chosen.date)
    return DateResolution(when, precision, "stated", offset.text)


_ANCHOR_BACK: Final = 6  # sentences looked back for the day a "that day" tells of


def _told_day_before(
    infos: Sequence[SentenceInfo], index: int, published: date
) -> tuple[date, Precision] | None:
    """The last day, not after the article's, that the nearest sentence before dates (of the
    last few): the day "earlier that day" or "that same day" of a past event refers to."""
    for before in range(index - 1, max(-1, index - 1 - _ANCHOR_BACK), -1):
        if infos[before].boilerplate:
            continue
        days = [
            m
            for m in find_date_mentions(infos[before].norm, published)
            if m.precision == "day" and m.date <= published
        ]
        if days:
            return days[-1].date, "day"
    return None


# The words of one speaker carried on: '"…," he added.', "she went on".
_ADDED: Final = re.compile(r"\b(?:added|continued|went\s+on)\b", re.IGNORECASE)


def _spoke_before(
    infos: Sequence[SentenceInfo], index: int, published: date | None
) -> DateResolution | None:
    """The day the nearest sentence before (of the last three) gives for the same speaker's
    words ('"…," Foreign Minister Nduhungirehe said on November 12.' then '"…," he
    added.'): the words went on on that day."""
    here = infos[index]
    for before in reversed(infos[max(0, index - _ADDED_BACK) : index]):
        if not _same_speaker(before.speaker, here.speaker):
            if before.speaker:
                return None  # another speaker's words came between
            continue
        for m in find_date_mentions(before.norm, published):
            if m.role == "speech" and m.precision == "day":
                if published is not None and m.date >= published:
                    return None  # the article's own day: the words are dated by it
                return DateResolution(m.date, m.precision, "stated", m.text)
        return None  # the speaker's words before are undated
    return None


_ADDED_BACK: Final = 3  # sentences looked back for the words a speaker "added" to


# "That session …", "This meeting …", "The same call …": a sentence opening on a demonstrative
# event noun tells of the event the sentence before it named.
_POINTS_BACK: Final = re.compile(
    r"(?:that|this|these|those|the same)\s+(?:\w+\s+){0,2}?"
    r"(?:session|meeting|round|call|conversation|summit|encounter|talks|negotiations|visit)\b",
    re.IGNORECASE,
)


def points_back(sentence: str) -> bool:
    """Whether ``sentence`` opens on a demonstrative naming an event ("That session lasted
    just over an hour")."""
    return _POINTS_BACK.match(sentence) is not None


def _took_place(
    hit: CueHit | None, modality: Modality, sentence: str, mention: Mention, expression: str | None
) -> bool:
    """Whether the cue is a verb telling a meeting or call in the simple past, with a date
    after it, and the track named before the cue as the ones who met ("the two diplomats
    exchanged views"; not a track named only after it, whose own event the date may be:
    "went over preparations for the Alaska meeting of Trump and Putin on August 15")."""
    took_place = TOOK_PLACE | {"session_under_way"}  # a session's act told in the past
    if hit is None or hit.signal not in took_place or modality not in ("asserted", "reported"):
        return False
    named_before = any(
        end <= hit.start for _, end in [*mention.actor_spans, *mention.anaphor_spans]
    )
    if not named_before or not expression or sentence.find(expression, hit.end) < 0:
        return False
    return cue_in_past(sentence, hit.start, hit.end)


# How long before its article an event it tells of may lie and still be the article's news.
_NEWS_DAYS: Final = 2
TOLD_AS_PAST: Final = frozenset({"asserted", "reported"})
_LEAD_WORDS: Final = 12  # a sentence of prose, not a line of the page


def date_by_the_news_day(
    findings: list[Finding], published: date | None, lead: tuple[int, int] = (0, 0)
) -> list[Finding]:
    """Undated past claims take the day the article gives the same event.

    A report published the day after its event names the day once ("held talks in London on
    Wednesday") and tells the rest undated: the headline ("ministers hold talks in London"),
    "the meeting went on for five hours" in a later paragraph. A claim of a track dated only
    by its article takes the day another sentence of the article states for the same signal
    of the same track, when that day is one (the stated days of the week before the article
    agree; an earlier occasion told in the article does not compete), unless the lead
    tells the same signal of the track undated: then the news is of the article's own day
    ("Zelenskyy turned down Putin's invitation …" is not moved to "Peskov explained on
    Friday that Zelenskyy had been invited")."""
    if published is None:
        return findings
    findings = date_by_the_held_day(findings, published)
    days: dict[tuple[str, str], set[date]] = {}
    for f in findings:
        if (
            f.signal is not None
            and f.date_basis == "stated"
            and f.date_precision == "day"
            and f.event_date is not None
            and f.modality in TOLD_AS_PAST
            and not f.context
            and published - timedelta(days=_NEWS_DAYS) <= f.event_date <= published
        ):
            days.setdefault((f.track_id, f.signal), set()).add(f.event_date)
    # a lead telling the same news undated tells it as the article's own day's
    todays = {
        (f.track_id, f.signal)
        for f in findings
        if lead[0] <= f.start < lead[1]
        and f.date_basis == "inferred"
        and f.signal
        and not _perfect(f.exact, f.cue)
    }
    # (a day stated for the same news on the article's own day competes: "met … on Thursday"
    # in a Thursday paper, with "On Wednesday, Starmer held several meetings", leaves the
    # headline "Modi meets Starmer" on the article's day)
    news = {
        key: min(found)
        for key, found in days.items()
        if len(found) == 1 and key not in todays and min(found) < published
    }
    if not news:
        return findings
    out: list[Finding] = []
    for f in findings:
        day = news.get((f.track_id, f.signal or ""))
        if (
            day is not None
            and f.date_basis == "inferred"
            and f.event_date == published
            and f.modality in TOLD_AS_PAST
            and not _going_on(f)
        ):
            f = f.model_copy(update={"event_date": day, "date_precision": "day"})
        out.append(f)
    return out


def date_by_the_held_day(findings: list[Finding], published: date) -> list[Finding]:
    """A sentence telling, on a later day, what a past event of the track was ("Lee said on
    Sunday that the summit was 'very meaningful'", left undated by ``said_of_a_past_event``)
    takes the one day the article states for that event held ("Lee held his first summit
    with Xi in Gyeongju on Saturday"); with no such day, or two, it stays undated."""
    held: dict[str, set[date]] = {}
    for f in findings:
        if (
            f.signal in _SAID_OF_SIGNALS
            and f.date_basis == "stated"
            and f.date_precision == "day"
            and f.event_date is not None
            and f.event_date <= published
            and f.modality in TOLD_AS_PAST
            and not f.context
        ):
            held.setdefault(f.track_id, set()).add(f.event_date)
    out: list[Finding] = []
    for f in findings:
        days = held.get(f.track_id, set())
        if (
            len(days) == 1
            and f.event_date is None
            and f.date_basis == "unknown"
            and (f.signal is None or f.signal in _SAID_OF_SIGNALS)
            and f.modality in TOLD_AS_PAST
            and _said_of_a_past_event_text(f.exact, published)
        ):
            f = f.model_copy(
                update={"event_date": min(days), "date_precision": "day", "date_basis": "stated"}
            )
        out.append(f)
    return out


def _said_of_a_past_event_text(sentence: str, published: date) -> bool:
    """Whether a day of saying in ``sentence`` is followed by a past event's account."""
    return any(
        m.role == "speech"
        and m.precision == "day"
        and _OF_A_PAST_EVENT.match(sentence, m.end) is not None
        for m in find_date_mentions(sentence, published)
    )


# A verb in the present progressive: "is being held", "are meeting", "is still taking place".
_GOING_ON: Final = re.compile(
    r"\b(?:is|are)\s+(?:now\s+|still\s+)?(?:being\s+[a-z]+|(?!being\b)[a-z]+ing)\b",
    re.IGNORECASE,
)


def _going_on(f: Finding) -> bool:
    """Whether the narration tells the claim's event in the present progressive ("The summit
    … is being held in Tianjin under heavy security", "the two are holding talks"): the
    event goes on on the article's own day, which the day an earlier sentence gives its
    start ("got under way on Sunday") does not replace. Not a claim reported from a speaker
    ("Orban says preparations … are continuing" is of the day he said it)."""
    at = f.exact.find(f.cue) if f.cue else -1
    if f.cue is None or at < 0 or f.modality != "asserted":
        return False
    start = max(0, at - 20)
    return any(m.end() > at for m in _GOING_ON.finditer(f.exact, start, at + len(f.cue)))


def _perfect(sentence: str, cue: str | None) -> bool:
    """Whether the cue is told in the present perfect ("reports that Thailand has suspended
    the declaration"): a recent event left undated, whose day the article may give later."""
    if not cue:
        return False
    at = sentence.find(cue)
    return at > 0 and _HAS_BEFORE.search(sentence, 0, at) is not None


_HAS_BEFORE: Final = re.compile(r"\b(?:has|have)\s+(?:now\s+|already\s+|reportedly\s+)?$")


def lead_index(infos: Sequence[SentenceInfo], sentences: Sequence[Sentence]) -> int | None:
    """The article's lead: its first sentence of prose (not a heading or a line of the page)."""
    for i, info in enumerate(infos):
        if not (info.boilerplate or is_heading(sentences, i)) and (
            len(info.norm.split()) >= _LEAD_WORDS
        ):
            return i
    return None


def lead_day(
    infos: Sequence[SentenceInfo], lead: int | None, published: date | None
) -> tuple[date, str | None] | None:
    """The day the article's lead dates its news by, when it is one of the days just before
    publication ("On Monday more than 30 leaders restated …", "Bessent said Monday that
    …"), with the lead's speaker when that day is a speech date; None when the lead dates
    nothing or the article's own day."""
    if published is None or lead is None:
        return None
    info = infos[lead]
    day = _news_day_of(info, published)
    if day is None and info.speaker and lead + 1 < len(infos):
        # "… Orban has said." then "In a Facebook post on Wednesday, Orban wrote: …"
        after = infos[lead + 1]
        if _same_speaker(info.speaker, after.speaker):
            # the day that speaker spoke, not a day the words tell of ("the army said
            # Sunday night was the first calm night")
            day = _news_day_of(after, published, ("speech",))
    if day is None:
        day = _day_before_told_next(infos, lead, published)
    return day


def _day_before_told_next(
    infos: Sequence[SentenceInfo], lead: int, published: date
) -> tuple[date, None] | None:
    """A report published the morning after its news whose lead dates nothing ("Six leaders
    … failed to reach major agreements, closing a summit …") and whose next sentence gives
    the day, the day before the article's ("… were joined yesterday in the final sessions",
    "… on Tuesday" under a Wednesday's date): that day is the lead's news day. Only the day
    before publication (an older day in the second sentence is background more often than
    the news), only a lead of no date and not told ahead, and only the sentence right after
    it."""
    info = infos[lead]
    if find_date_mentions(info.norm, published) or tells_ahead(info.norm):
        return None
    after = next((i for i in infos[lead + 1 : lead + 3] if not i.boilerplate), None)
    if after is None:
        return None
    for m in find_date_mentions(after.norm, published):
        if m.precision != "day":
            continue
        if m.role in ("event", "speech", "plan") and m.date == published - timedelta(days=1):
            return m.date, None
        return None
    return None


def _news_day_of(
    info: SentenceInfo, published: date, roles: tuple[str, ...] = ("event", "speech", "plan")
) -> tuple[date, str | None] | None:
    for m in find_date_mentions(info.norm, published):
        if m.role in roles and m.precision == "day":
            if published - timedelta(days=_NEWS_DAYS) <= m.date < published:
                return m.date, info.speaker if m.role == "speech" else None
            return None
    return None


def _named(speaker: str | None) -> bool:
    """Whether a speaker is named ("Kremlin spokesman Dmitry Peskov"), not only described
    by a role ("Oman's foreign minister"), who may be the person named elsewhere."""
    return speaker is not None and speaker.split()[-1][:1].isupper()


def _same_speaker(a: str | None, b: str | None) -> bool:
    """Whether two speaker names are one person ("Treasury Secretary Scott Bessent", "Bessent")."""
    return bool(a and b and a.split()[-1].lower() == b.split()[-1].lower())


def _speaks_for(country: str | None, speaker: str | None) -> bool:
    """Whether ``speaker`` is an official of the country the speaker ``country`` names: one
    voice ("Oman said Saturday …" and "… Omani Foreign Minister Badr Albusaidi wrote")."""
    if not country or not speaker:
        return False
    gazetteer = load_gazetteer()
    nation = gazetteer.country_of(country)
    if nation is None or country.lower() not in (n.lower() for n in nation.names):
        return False
    return gazetteer.country_of(speaker.split()[0]) is nation


def date_by_the_lead_day(
    findings: list[Finding],
    lead: tuple[date, str | None],
    published: date | None,
) -> list[Finding]:
    """Claims dated only by their article take the day its lead gives the news.

    A report published the day after its news ("Published 24.02.2026 … On Monday more than
    30 leaders restated their support") tells the rest of the story undated: the headline,
    "In a joint statement that followed a virtual session …". A past or present claim
    dated by publication takes the lead's day; so does a claim of the future made by the
    speaker the lead dates ("Trump will sit down with Xi, Bessent says" under "Bessent said
    Monday that …"), or by anyone when the lead dates an event ("In a statement, the
    coalition's leaders also said allies would take part" under "On Tuesday, the United
    States joined …"): it was made that day."""
    day, speaker = lead
    out: list[Finding] = []
    for f in findings:
        # the narration of what is to come ("This will be the second time …", "The two
        # sides are expected to discuss …") is a claim of the future like any other
        ahead = f.signal is None and f.modality == "asserted" and tells_ahead(f.exact)
        told = (f.modality in TOLD_AS_PAST and not ahead and not _going_on(f)) or (
            (f.modality == "future" or ahead)
            and (
                _same_speaker(speaker, f.speaker)
                or _speaks_for(speaker, f.speaker)
                or (speaker is None and f.speaker is not None)
            )
        )
        # a day the lead's speaker spoke is not another speaker's ("Orban wrote on Wednesday
        # …" does not date "The timing remains undecided, Peskov said")
        other = (
            _named(speaker)
            and _named(f.speaker)
            and not _same_speaker(speaker, f.speaker)
            and not _speaks_for(speaker, f.speaker)
        )
        if told and not other and f.date_basis == "inferred" and f.event_date == published:
            f = f.model_copy(update={"event_date": day, "date_precision": "day"})
        out.append(f)
    return out


def date_by_the_local_day(
    findings: list[Finding], local: date | None, published: date | None
) -> list[Finding]:
    """Claims dated only by their article take the dateline city's day when an agency's
    stamp of the article's day was still the day before there ("8 NOV, 02:15" Moscow time
    over "WASHINGTON, November 8. /TASS/." tells of the evening of 7 November)."""
    if local is None:
        return findings
    return [
        f.model_copy(update={"event_date": local, "date_precision": "day"})
        if f.date_basis == "inferred" and f.event_date == published
        else f
        for f in findings
    ]


_STATED_AHEAD: Final = frozenset({"future", "asserted", "reported"})


# The verb of saying a reported claim opens with ("He said Trump and Xi would take up …").
_SAID: Final = re.compile(
    r"^[^,;:\"“”]{0,60}?\b(?:said|says|say|added|noted|stressed|told\s+\w+)(?:\s+that)?\s",
)


# A headline's infinitive of what is to come: "London to host new coalition meeting",
# "Trump, Xi to meet in Busan" (a subject of names, then "to" and a verb).
# Anchored (``\A``): only ever matched at an excerpt's start, and a search over a long run of
# capitalised words stays linear.
_INFINITIVE_AHEAD: Final = re.compile(
    r"\A(?!According\b|Due\b|Thanks\b|Close\b|Next\b|Prior\b|Ahead\b|Back\b|Up\b)"
    r"(?:[A-Z][\w'’.-]*,?\s+(?:and\s+|&\s+)?){1,5}to\s+"
    r"(?!be\b|the\b|a\b|an\b|his\b|her\b|its\b|their\b|this\b|that\b)[a-z]+\b"
    r"(?![^,;:]*\b(?:said|says)\b)"
)


def _tells_ahead(f: Finding) -> bool:
    """Whether a claim tells of what is to come: of the future, a sentence of the narration
    without a cue whose first verb is of the future, a reported claim of the future or a
    headline's infinitive."""
    return (
        f.modality == "future"
        or (f.signal is None and f.modality == "asserted" and tells_ahead(f.exact))
        or (f.modality == "reported" and _reports_ahead(f.exact))
        or (f.modality == "asserted" and _INFINITIVE_AHEAD.match(f.exact) is not None)
        # a plan told in the present, reported or told by the article itself: "according to
        # diplomatic sources, the delegations are planned to meet at 13:00", "a welcoming
        # ceremony is set for noon" (in the programme of a day the article names)
        or (
            f.signal == "scheduled"
            and f.modality in ("reported", "asserted")
            and _PLAN_NOW.search(f.exact) is not None
        )
    )


_PLAN_NOW: Final = re.compile(
    r"\b(?:is|are)\s+(?:now\s+)?(?:planned|scheduled|set|due|slated|expected)\s+(?:to|for)\b",
    re.IGNORECASE,
)


def _reports_ahead(sentence: str) -> bool:
    """Whether a reported claim tells of what is to come: the first verb of tense after its
    verb of saying is of the future ("He said Trump and Xi would take up farm purchases")."""
    m = _SAID.search(sentence)
    if m is None:
        # the words first, who said them last: "… could meet in Lisbon, diplomats said."
        tail = _SAYING_LAST.search(sentence)
        return tail is not None and tells_ahead(sentence[: tail.start()])
    return tells_ahead(sentence[m.end() :])


# A verb of saying that closes a reported claim: "…, diplomats said.", "…," he added.
_SAYING_LAST: Final = re.compile(
    r"[,”\"]\s*(?:[\w'’.-]+\s+){0,6}?(?:said|says|added|noted|stressed|told\s+\w+)[^,;:]{0,40}$"
)


# "met in Stockholm for a second day of negotiations", "entered their third day": the day
# of talks counted from the day the article says they began ("which began on July 28").
_NTH_DAY: Final = Gated(
    re.compile(
        r"\b(?:a|the|its|their)\s+(second|third|fourth|fifth)\s+(?:and\s+(?:final|last)\s+)?day\b",
        re.IGNORECASE,
    )
)
_NTH: Final = {"second": 1, "third": 2, "fourth": 3, "fifth": 4}
_BEGAN: Final = re.compile(
    r"\b(?:began|begun|started|opened|kicked\s+off|got\s+under\s*way|commenced)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def _began_on(infos: Sequence[SentenceInfo], published: date) -> date | None:
    """The one day the article says talks began on ("the talks, which began on July 28")."""
    days = {
        m.date
        for info in infos
        if not info.boilerplate
        for m in find_date_mentions(info.norm, published)
        if m.precision == "day" and _BEGAN.search(info.norm[max(0, m.start - 30) : m.start])
    }
    return days.pop() if len(days) == 1 else None


def date_by_the_nth_day(
    findings: list[Finding], infos: Sequence[SentenceInfo], published: date | None
) -> tuple[list[Finding], date | None]:
    """Claims dated only by their article that tell of the second (third …) day of talks
    take that day, counted from the day the article says the talks began; returns them with
    that day when it is one of the days just before publication (the story's news day)."""
    if published is None or not any(_NTH_DAY.search(f.exact) for f in findings):
        return findings, None
    began = _began_on(infos, published)
    if began is None:
        return findings, None
    out: list[Finding] = []
    days: set[date] = set()
    for f in findings:
        m = _NTH_DAY.search(f.exact)
        if m and f.date_basis == "inferred" and f.event_date == published:
            day = began + timedelta(days=_NTH[m.group(1).lower()])
            if day <= published:
                f = f.model_copy(
                    update={"event_date": day, "date_precision": "day", "date_basis": "stated"}
                )
                days.add(day)
        out.append(f)
    news = days.pop() if len(days) == 1 else None
    if news is not None and not published - timedelta(days=_NEWS_DAYS) <= news < published:
        news = None
    return out, news


def said_that_day(sentence: str, when: DateResolution, published: date | None) -> bool:
    """Whether the date of ``sentence`` is that of a speech on the article's own day ("In a
    statement issued late on Saturday, the presidency said leaders would attend")."""
    return any(
        m.role == "speech" and m.text == when.expression and m.date == published
        for m in find_date_mentions(sentence, published, future=True)
    )


# "… when he meets Zelenskyy at the White House on October 17": a day told in passing, of
# another occasion, in a clause opened by "when".
_WHEN_OPEN: Final = re.compile(r"\bwhen\b[^,;:.!?]{0,160}$", re.IGNORECASE)


def _in_a_when_clause(sentence: str, day: date, published: date) -> bool:
    """Whether the expression of ``day`` in ``sentence`` stands in a clause opened by
    "when" (the sentence then tells no status of the track's own coming event)."""
    return any(
        m.date == day and _WHEN_OPEN.search(sentence, 0, m.start)
        for m in find_date_mentions(sentence, published, future=True)
    )


# "commit to preparing the draft of a peace agreement by May 2": a day things are due by,
# not a day anything takes place on.
_DEADLINE: Final = re.compile(
    r"\b(?:by|until|till|before|no\s+later\s+than|not\s+later\s+than|deadline\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _a_deadline(sentence: str, day: date, published: date) -> bool:
    """Whether every expression of ``day`` in ``sentence`` is a deadline ("by May 2")."""
    found = [m for m in find_date_mentions(sentence, published, future=True) if m.date == day]
    return bool(found) and all(
        _DEADLINE.search(sentence, max(0, m.start - 30), m.start) for m in found
    )


def date_by_the_coming_day(
    findings: list[Finding],
    published: date | None,
    spoken_today: set[tuple[str, int]] | None = None,
    visits: frozenset[str] = frozenset(),
) -> list[Finding]:
    """Claims of a coming event dated only by their article take the day the article
    states for it.

    "The summit starts tomorrow, August 15 … After that the delegations will hold
    negotiations": when the article states one day after publication for a track's coming
    event, its future claims of that track without a date of their own are of that day; so
    are those dated only by a speech of the article's own day ("the presidency said late on
    Saturday that leaders would attend the summit", the summit set for Monday); a plan dated
    by a week or month that holds the day ("will travel to the US next week", ``_period_holds``);
    and an arrival or departure for the encounter in the days just before it ("touched down
    on Tuesday night", ``_on_its_way``), except on the tracks in ``visits`` (where the arrival
    is the visit made) and on those whose encounter the article tells as begun."""
    spoken = spoken_today or set()
    if published is None:
        return findings
    days: dict[str, set[date]] = {}
    for f in findings:
        if (
            f.date_basis == "stated"
            and f.date_precision == "day"
            and f.event_date is not None
            and f.event_date > published
            and f.modality in _STATED_AHEAD
            and not f.context
            and not (f.signal is None and _in_a_when_clause(f.exact, f.event_date, published))
            and not _a_deadline(f.exact, f.event_date, published)
        ):
            days.setdefault(f.track_id, set()).add(f.event_date)
    coming = {track: min(found) for track, found in days.items() if len(found) == 1}
    coming.update(_opening_days(findings, days, published))
    begun = _begun(findings, published)
    out: list[Finding] = []
    for f in findings:
        day = coming.get(f.track_id)
        undated = f.date_basis == "inferred" or (f.track_id, f.start) in spoken
        if day is not None and (
            (undated and f.event_date == published and _tells_ahead(f))
            or _period_holds(f, day)
            # (on a visit track the arrival is the visit made, on its own day)
            or (f.track_id not in (begun | visits) and _on_its_way(f, day, published))
        ):
            f = f.model_copy(update={"event_date": day, "date_precision": "day"})
        out.append(f)
    return out


# The verb of an encounter's opening right before its day: "the summit, which opens in
# Gyeongju on the 31st", "talks begin on Monday", "the forum kicks off on May 6".
_OPENS_BEFORE: Final = re.compile(
    r"\b(?:opens?|opening|begins?|beginning|starts?|starting|kicks?\s+off|kicking\s+off|"
    r"gets?\s+under\s+way|getting\s+under\s+way|convenes?)\b[^,;:.!?()]{0,40}$",
    re.IGNORECASE,
)


def _opening_days(
    findings: list[Finding], days: dict[str, set[date]], published: date
) -> dict[str, date]:
    """For a track the article sets several days ahead ("delegations will start arriving on
    the 29th, in time for the plenary session of the summit on the 31st", a keynote at a side
    event on the 29th, the summit "which opens in Gyeongju on the 31st"), the day the
    encounter opens, when the sentences that tell its opening give one day (the first of
    them when they give several)."""
    out: dict[str, date] = {}
    for track, found in days.items():
        if len(found) < 2:
            continue
        opening: set[date] = set()
        for f in findings:
            if f.track_id != track or f.event_date not in found or f.context:
                continue
            for m in find_date_mentions(f.exact, published, future=True):
                if m.date == f.event_date and _OPENS_BEFORE.search(f.exact, 0, m.start):
                    opening.add(m.date)
        if opening:
            out[track] = min(opening)
    return out


# The signals of an encounter set or a leader's attendance announced.
_SET_SIGNALS: Final = frozenset({"scheduled", "attending"})
# A plan's signals, whose week or month may hold the day the article sets.
_PLAN_SIGNALS: Final = frozenset({"scheduled", "attending", "proposed", "preparing"})


def _period_holds(f: Finding, day: date) -> bool:
    """Whether a plan dated to a week or a month ("will travel to the US next week", "to visit
    China this week", "will be held in September") holds the one coming day the article sets
    for its track ("set for February 12-13"): that day is the plan's."""
    when = f.event_date
    if f.date_basis != "stated" or when is None or f.context or f.modality not in _STATED_AHEAD:
        return False
    if not (f.signal in _PLAN_SIGNALS or _tells_ahead(f)):
        return False
    if f.date_precision == "week":
        return when <= day < when + timedelta(days=7)
    if f.date_precision == "month":
        return (when.year, when.month) == (day.year, day.month)
    return False


# An arrival or a departure told as made: "has landed in Yokohama", "touched down on Tuesday
# night", "arrives in Japan for the summit", "left for Tianjin", "flew into Busan".
_ON_ITS_WAY: Final = re.compile(
    r"\b(?:arriv(?:ed|es)|land(?:ed|s)|touch(?:ed|es)\s+down|fl(?:ew|ies)\s+in(?:to)?|"
    r"(?:left|leaves|departed|departs|set\s+off|sets\s+off|heads?|headed)\s+(?:for|to)|"
    r"reached)\b",
    re.IGNORECASE,
)


def _begun(findings: list[Finding], published: date) -> set[str]:
    """The tracks whose encounter the article tells as under way or held by its day ("The
    summit got under way on Sunday"): an arrival there is for what has begun."""
    return {
        f.track_id
        for f in findings
        if f.signal in ("held", "visit_made")
        and f.modality in TOLD_AS_PAST
        and not f.context
        and f.event_date is not None
        and f.event_date <= published
    }


def _on_its_way(f: Finding, day: date, published: date) -> bool:
    """Whether a claim tells an arrival or a departure, made in the days just before the
    encounter the article sets ahead, for that encounter ("Ruto arrives in Japan for TICAD 9
    summit", "The President touched down on Tuesday night", the summit opening on
    Wednesday): the coming day is the event's (labelling convention 2). Not an arrival at an
    encounter the article tells as begun ("landed in Tianjin on Sunday", the summit "got
    under way on Sunday"), nor one after it ("arrived on Monday after the summit": no day
    ahead), nor one told ahead ("will arrive on Friday", a plan of its own)."""
    when = f.event_date
    return (
        not f.context
        and f.modality in TOLD_AS_PAST
        and (f.signal is None or f.signal in _SET_SIGNALS)  # no starred tuple: mypyc
        and when is not None
        and f.date_precision == "day"
        and published - timedelta(days=_NEWS_DAYS) <= when <= published
        and when < day
        and _ON_ITS_WAY.search(f.exact) is not None
    )


# A decision to undo a plan told with its day ("On Monday the two sides agreed to put the
# talks off", "decided on Friday to postpone the summit", "the decision to call off the
# visit was taken on Sunday"): the day the change was made.
_DECIDED_TO_UNDO: Final = re.compile(
    r"\b(?:agreed|decided|voted|chose|opted|resolved)\b[^.;:!?]{0,40}?\bto\s+"
    r"(?:put\s+(?:\w+\s+){0,3}?off|postpone|delay|defer|push\s+back|cancel|call\s+off|scrap)\b"
    r"|\bdecision\s+to\s+(?:put\s+(?:\w+\s+){0,3}?off|postpone|delay|defer|cancel|call\s+off|"
    r"scrap)\b",
    re.IGNORECASE,
)
_CHANGED_BY_DECISION: Final = frozenset({"postponed", "cancelled"})
_DECISION_DAYS: Final = 7  # how far before its article a decision told with its day may lie


def date_by_the_decision_day(
    findings: list[Finding], infos: Sequence[SentenceInfo], published: date | None
) -> list[Finding]:
    """A postponement or a cancellation told with no day of its own ("the talks planned for
    this week have been postponed") takes the day the article tells the decision was made
    ("On Monday the two sides agreed to put them off"): a change of plan is dated by the
    change (labelling convention 9), not by the article that reports it. Only the one day,
    in the week before the article, of a sentence telling the decision to undo that a
    finding links to the same track; never a change dated by a day of its own."""
    if published is None:
        return findings
    starts = {info.sentence.start: info for info in infos}
    days: dict[str, set[date]] = {}
    for f in findings:
        info = starts.get(f.start)
        if (
            info is not None
            and _DECIDED_TO_UNDO.search(info.norm)
            # the sentence's own day, as its reading dated it (not another event's: "the
            # decision to cancel followed a phone call on Monday")
            and f.date_basis == "stated"
            and f.date_precision == "day"
            and f.event_date is not None
            and published - timedelta(days=_DECISION_DAYS) <= f.event_date < published
        ):
            days.setdefault(f.track_id, set()).add(f.event_date)
    decided = {track: min(found) for track, found in days.items() if len(found) == 1}
    if not decided:
        return findings
    out: list[Finding] = []
    for f in findings:
        day = decided.get(f.track_id)
        if (
            day is not None
            and f.signal in _CHANGED_BY_DECISION
            and f.modality in TOLD_AS_PAST
            and f.date_basis == "inferred"
            and f.event_date == published
        ):
            f = f.model_copy(update={"event_date": day, "date_precision": "day"})
        out.append(f)
    return out
