"""The day of a page that prints no date, from the event other documents date.

An analyst holding several reports of one event dates the undated one from the others: the
page tells "the two presidents signed the treaty in the Kremlin on Friday"; reports whose
date is printed say the treaty was signed on 17 January 2025; so the page's "Friday" is 17
January and the page is of that week. This module does that, in three steps.

1. **The same event.** A finding of the undated page telling an event as done (``held``,
   ``signed``, ``visit_made``; asserted or reported, never ahead, wished or denied) for a
   track that is one event (``one_event``: a summit, meeting, visit or conference, not
   talks held in rounds, a channel or a group, whose rounds recur) tells the event of an
   anchor finding of its track when the two sentences share at least
   ``MIN_SHARED`` words that name one event (``event_words``: words of four letters or
   more, folded to a short stem, that are not function words, generic event words —
   "held", "talks", "meeting", "president" —, place names, nor words of the track's own
   definition, which every report of every edition of the track carries; and a word
   anchors carry on several days names no one event), or tell the same act (signal) in the
   same place (``same_venue``: one city, or a country and a city of it; never two cities
   of one country). An anchor naming only places in other countries tells another event
   ("arrived in Namibia" is not "starts in Ghana", whatever words they share; a country
   named as a side, "China's defence minister", is no place). Anchors are findings of
   documents whose date was printed or set by an analyst, dated to the day by their own
   words (never one whose date was itself inferred: no chains).
2. **One day.** The anchors of that event must all tell one day (``agreed_day``); two
   different days (another edition of a recurring event, or reports that disagree) date
   nothing.
3. **The page's own words.** The page is dated to the earliest day, from the event's day
   to six days after it, on which its own sentence resolves to the event's day by the
   ordinary reading (``tracker.extract.document.extract_document``) with a relative
   expression: a weekday places the page in a week (the earliest day of it is taken),
   "yesterday" on one day, "today" on the event's day. A sentence whose date does not move
   with the page's ("on January 17", a full date) bounds the page only and dates nothing;
   so does a sentence with no date expression. Every event of the page that can be placed
   must agree on the day.

The note names the event's day, the anchor documents and the page's own words, so an
analyst sees why (``EVENT_NOTE``). The caller keeps a date the page's own text gives, and
the dates shared quotes give, before this one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from tracker.domain.models import Finding, Track
from tracker.domain.vocabulary import KindFamily, kind_family
from tracker.extract.dates import find_date_mentions
from tracker.extract.document import extract_document
from tracker.extract.gazetteer import load_gazetteer
from tracker.extract.lexicon import Lexicon

EVENT_NOTE: Final = "the event it tells as past"
# Signals of an event told as done, and the modalities that tell it so.
DONE_SIGNALS: Final = frozenset({"held", "signed", "visit_made"})
DONE_MODALITIES: Final = frozenset({"asserted", "reported"})
MIN_SHARED: Final = 2
# How many days after the event a page telling it as past may be (a weekday names a week).
_WEEK: Final = 7

_WORD: Final = re.compile(r"[a-z]{4,}")
_COMMON: Final = frozenset(
    """
    about after again ahead also among another around because been before being between both
    came come could days during each either first from further have having here into just
    last later least made make many more most much next only other over said says same
    several since some such than that their them then there these they this those through
    told under until upon very were what when where which while will with within would year
    years week today yesterday tomorrow morning evening night earlier monday tuesday
    wednesday thursday friday saturday sunday january february march april june july august
    september october november december held hold holds holding talk talks meet meets
    meeting meetings met visit visits visited visiting leader leaders president presidents
    prime minister ministers foreign counterpart counterparts delegation delegations
    official officials country countries side sides discuss discussed discussion discussions
    summit conference round rounds government state states national international bilateral
    relations ties cooperation took place
    """.split()  # noqa: SIM905 - a word list reads best as words
)


def _stem(word: str) -> str:
    for suffix in ("ings", "ing", "ied", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:7]


def one_event(track: Track) -> bool:
    """Whether ``track`` is one event (a summit, meeting, visit or conference), whose reports
    can date one another. Talks held in rounds, a standing channel, a group meeting again
    and again recur: their rounds are often held in one place on one weekday ("talks in
    Muscat on Saturday"), so a report of one round would date a page telling another."""
    return kind_family(track.kind) is KindFamily.ENCOUNTER


def _track_stems(track: Track) -> frozenset[str]:
    names = [track.title, *track.parties, *track.places, *track.keywords]
    for actor in track.actors:
        names.extend([actor.name, *actor.aliases])
    words = _WORD.findall(" ".join(names).lower())
    return frozenset(_stem(w) for w in words)


def event_words(sentence: str, track: Track) -> frozenset[str]:
    """The stems of ``sentence`` that can tell one event of ``track`` from another: not the
    names of places (``places_of`` compares those), so that a verb and a city alone ("signed
    … in Lima") never make one event of two documents signed there."""
    own = _track_stems(track) | _place_stems(sentence)
    stems = (_stem(w) for w in _WORD.findall(sentence.lower()) if w not in _COMMON)
    return frozenset(s for s in stems if s not in own and s not in _COMMON)


_DATELINE_END: Final = re.compile(r"\s*[:\u2013\u2014(,-]")
# A name told as where something happens: "in Kuala Lumpur", "at the Kremlin", "arrived
# in Cambodia", "flew … to Magelang", "the Vietnamese capital, Hanoi".
_LOCATIVE: Final = re.compile(
    r"(?:\b(?:in|at|to|into|inside|near|outside|from)\s+(?:the\s+)?|\bcapital,?\s+)$",
    re.IGNORECASE,
)


def _place_stems(sentence: str) -> frozenset[str]:
    names = (
        m.text
        for m in load_gazetteer().scan(sentence)
        if m.entity.kind not in ("person", "organisation")
    )
    return frozenset(_stem(w) for w in _WORD.findall(" ".join(names).lower()))


def _located(sentence: str) -> list[tuple[str, str]]:
    """``(country code, place)`` of each place ``sentence`` tells something happened in (a
    country by its name, a capital, a city, an institution such as "the Kremlin", after
    "in", "at", "to" …); the place is the country code for a country, else the name. Never
    a side named by its country ("according to China's top diplomat") or demonym ("an
    Indian prime minister"), nor a dateline's place at its head (where the report was
    filed)."""
    gazetteer = load_gazetteer()
    out: list[tuple[str, str]] = []
    for mention in gazetteer.scan(sentence):
        entity = mention.entity
        if entity.kind in ("person", "organisation"):
            continue
        country = gazetteer.countries.get(entity.code)
        if country is not None and mention.text.rstrip("s") in (
            d.rstrip("s") for d in country.demonyms
        ):
            continue
        if mention.start == 0 and _DATELINE_END.match(sentence, mention.end):
            continue
        if not _LOCATIVE.search(sentence[max(0, mention.start - 24) : mention.start]):
            continue
        if sentence.startswith(("'s", "\u2019s"), mention.end):
            continue
        out.append((entity.code, entity.code if entity.kind == "country" else entity.name))
    return out


def places_of(sentence: str) -> frozenset[str]:
    """The countries of the places ``sentence`` tells something happened in (``_located``)."""
    return frozenset(code for code, _ in _located(sentence))


def same_venue(one: str, other: str) -> bool:
    """Whether two sentences tell something happened in one place: the same city, capital
    or institution, or a country and a place in it ("arrived in Cambodia", "landed in Phnom
    Penh"); never two cities of one country ("in Jakarta", "in Magelang")."""
    return any(
        c1 == c2 and (p1 in (p2, c1) or p2 == c2)
        for c1, p1 in _located(one)
        for c2, p2 in _located(other)
    )


@dataclass(frozen=True)
class DatedReport:
    """A finding of a document whose date was printed or set by an analyst: the day its own
    words give the event."""

    document_id: int
    sentence: str
    day: date
    signal: str = "held"


@dataclass(frozen=True)
class AgreedDay:
    """The day the anchors of one event agree on, and which documents they are in."""

    day: date
    documents: tuple[int, ...]


def agreed_day(
    sentence: str, track: Track, anchors: Sequence[DatedReport], *, signal: str = "held"
) -> AgreedDay | None:
    """The day of the event ``sentence`` (a finding with ``signal``) tells, when the anchors
    telling that event agree on it; None when none does or they disagree.

    An anchor tells the sentence's event when the two share ``MIN_SHARED`` words that name
    one event, or tell the same act (signal) in the same place ("met … in Kuala Lumpur on
    Friday" and "had met … in Kuala Lumpur"; the same city, not another city of its
    country). A word names one event when every anchor
    carrying it tells one day ("Namibia" on a tour of five countries); a word anchors carry
    on several days ("arrived", "signed" in reports that disagree) names none. An anchor
    naming only other places tells another event (another stop of a tour)."""
    mine = event_words(sentence, track)
    where = places_of(sentence)
    if where:
        anchors = [a for a in anchors if not (places_of(a.sentence) or where).isdisjoint(where)]
    days_of: dict[str, set[date]] = {}
    words = [event_words(a.sentence, track) & mine for a in anchors]
    for anchor, shared in zip(anchors, words, strict=True):
        for word in shared:
            days_of.setdefault(word, set()).add(anchor.day)
    naming = {w for w, days in days_of.items() if len(days) == 1}
    same = [
        a
        for a, shared in zip(anchors, words, strict=True)
        if len(shared & naming) >= MIN_SHARED
        or (where and a.signal == signal and same_venue(sentence, a.sentence))
    ]
    days = {a.day for a in same}
    if len(days) != 1:
        return None
    return AgreedDay(days.pop(), tuple(sorted({a.document_id for a in same})))


@dataclass(frozen=True)
class PageEvent:
    """One event an undated page tells as done: its track, where its sentence starts, and
    the day the anchors agree on."""

    track: Track
    start: int
    agreed: AgreedDay
    sentence: str = ""


def _told_day(text: str, page: date, event: PageEvent, lexicon: Lexicon | None) -> Finding | None:
    for finding in extract_document(text, page, [event.track], lexicon):
        if finding.start == event.start and finding.signal in DONE_SIGNALS:
            return finding
    return None


def _moves_with_the_page(sentence: str, day: date) -> bool:
    """Whether ``sentence`` holds a date expression that moves with its page's date ("on
    Friday", "yesterday", "today"): read as of ``day`` and a week later, it moves a week."""
    later = day + timedelta(days=_WEEK)
    now = {m.start: m.date for m in find_date_mentions(sentence, day)}
    return any(
        m.start in now and now[m.start] + timedelta(days=_WEEK) == m.date
        for m in find_date_mentions(sentence, later)
    )


# Pages placed before, by their text and event: the import's pass reads every undated page
# again at each refresh.
_PLACED: dict[tuple[str, str, int, date], frozenset[date]] = {}
_PLACED_KEPT: Final = 512


def _places(text: str, event: PageEvent, lexicon: Lexicon | None) -> frozenset[date]:
    """``_places_read``, remembered."""
    if event.sentence and not _moves_with_the_page(event.sentence, event.agreed.day):
        return frozenset()  # nothing in the sentence moves with the page: it cannot place it
    key = (text, event.track.model_dump_json(), event.start, event.agreed.day)
    hit = _PLACED.get(key)
    if hit is None:
        if len(_PLACED) >= _PLACED_KEPT:
            _PLACED.clear()
        hit = _PLACED[key] = frozenset(_places_read(text, event, lexicon))
    return hit


def _places_read(text: str, event: PageEvent, lexicon: Lexicon | None) -> set[date]:
    """The page days, from the event's day to six days after, under which the page's own
    sentence tells the event's day by an expression that moves with the page's date."""
    out: set[date] = set()
    for shift in range(_WEEK):
        page = event.agreed.day + timedelta(days=shift)
        told = _told_day(text, page, event, lexicon)
        if told is None or told.event_date != event.agreed.day:
            continue
        if told.date_basis != "stated" or told.date_precision != "day":
            continue
        later = _told_day(text, page + timedelta(days=_WEEK), event, lexicon)
        if later is not None and later.event_date == told.event_date:
            continue  # a fixed date ("on January 17") bounds the page, never places it
        out.add(page)
    return out


def page_day(
    text: str, events: Sequence[PageEvent], *, lexicon: Lexicon | None = None
) -> tuple[date, str] | None:
    """The date of an undated page from the events it tells as past (see the module's
    docstring), with the note that explains it; None when no event places it or the events
    that do disagree."""
    allowed: frozenset[date] | None = None
    placed: list[PageEvent] = []
    for event in events:
        days = _places(text, event, lexicon)
        if not days:
            continue
        allowed = days if allowed is None else allowed & days
        placed.append(event)
    if not allowed:
        return None
    page = min(allowed)
    first = placed[0]
    docs = sorted({d for e in placed for d in e.agreed.documents})
    noun = "document" if len(docs) == 1 else "documents"
    sentence = " ".join(text[first.start : first.start + 80].split())
    note = (
        f"{EVENT_NOTE} ({first.track.id}, {first.agreed.day.isoformat()} by {noun} "
        f"{', '.join(map(str, docs))}) is the day its own words give it: \u201c{sentence}\u2026\u201d"
    )
    return page, note
