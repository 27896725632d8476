"""``extract_document``: one article's text -> findings per (sentence, track).

Steps: split sentences; drop boilerplate lines; find cues, speakers and quote state; match
sentences to tracks; for each (sentence, track) pick the cue that belongs to the track
(the one nearest to the track's actors, preferring cues that imply a status for the track's
kind), its modality and its event date; build a ``Finding`` anchored by offsets, quote,
prefix and suffix. The steps live in ``analysis`` (each sentence read once), ``matching``,
``cuechoice`` (the cue a track takes), ``eventdates`` (the day a finding tells of),
``visits`` (a set visit's announcement and programme), ``surrounds`` (a meeting told by its
length or what surrounds it, a trip ahead told as travel) and ``actnouns`` (an act named
again by a noun: "made the announcement").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from tracker.domain.models import Finding, Modality, Precision, Track
from tracker.domain.vocabulary import KindFamily, TrackKind, kind_family
from tracker.extract.actnouns import carried_by_the_act
from tracker.extract.acts import Span, carried_out, decision_modality, held_up, told_ahead
from tracker.extract.analysis import analyse, is_heading
from tracker.extract.cuechoice import (
    UNDOING,
    agreed_together,
    between_two,
    choose_cue,
    first_chance_now,
    first_told_ahead,
    invited_visit,
    meets_someone_else,
    ministers_gathered,
    of_a_body,
    on_its_sidelines,
    people_of,
    plan_of_a_day_gone,
    plan_undone,
    range_begun,
    told_at_the_event,
    told_by_the_verb,
    wish_to_meet,
    wished_or_supposed,
)
from tracker.extract.dates import (
    DateResolution,
    find_date_mentions,
    tells_ahead,
)
from tracker.extract.eventdates import (
    date_by_the_coming_day,
    date_by_the_decision_day,
    date_by_the_lead_day,
    date_by_the_local_day,
    date_by_the_news_day,
    date_by_the_nth_day,
    date_for,
    dated_ahead,
    fixes_a_date,
    lead_day,
    lead_index,
    points_back,
    said_that_day,
)
from tracker.extract.inuse import shown_in_use
from tracker.extract.lexicon import Lexicon, load_lexicon
from tracker.extract.matching import (
    CompiledTracks,
    SentenceView,
    compile_tracks,
    gathering_of_many,
    match_tracks,
)
from tracker.extract.outcomes import told_by_its_outcome
from tracker.extract.previews import told_ahead_in_the_present
from tracker.extract.readouts import (
    READOUT_CUES,
    date_by_the_meeting_day,
    dated_by_the_readout,
    read_out,
    readout_modality,
    told_by_both,
)
from tracker.extract.rulenames import (
    BUILT_CUES,
    PLAN_OF_A_DAY_GONE,
    PLAN_UNDONE,
    date_fixed,
    refused,
    rule_of,
)
from tracker.extract.signals import CueHit, modality_of
from tracker.extract.speeches import said_at_the_gathering_held
from tracker.extract.steps import STEP_SIGNAL, step_code, step_hit
from tracker.extract.surrounds import (
    dated_by_the_meeting,
    held_on_a_stated_day,
    settled_modality,
    told_a_trip,
    told_by_surroundings,
)
from tracker.extract.together import done_together
from tracker.extract.visits import (
    made_on_arrival,
    scheduled_by_the_coming_day,
    scheduled_for_later_today,
    set_for_the_day,
)
from tracker.ingest.timezones import local_day_behind

CONTEXT_CHARS = 32
# Continuations kept without a cue of their own: those that refer to the event ("the
# talks", "the gathering") and those that carry on the previous sentence's subject ("It
# was the first such meeting since 2022.") or open the paragraph after the track's (wire
# copy) or name one of the track's people; a sentence tied only by a party's name or a
# generic event word gives evidence only with a cue.
_KEPT_WITHOUT_CUE: Final = frozenset({"anaphor", "subject", "opener", "person", "side", "act"})


def _prefix_suffix(text: str, start: int, end: int) -> tuple[str, str]:
    return text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS]


_NEWS_DAYS = 7  # a change dated within a week of the article is its news


def _news_of_the_day(modality: Modality, when: DateResolution, published: date | None) -> bool:
    """Whether a change of plan is told as the article's news: asserted or reported, and
    not dated to long before it ("the trip was postponed in February", in June, is history:
    a plan told in the past after it may be the new one)."""
    if modality not in ("asserted", "reported"):
        return False
    return when.date is None or published is None or (published - when.date).days <= _NEWS_DAYS


@dataclass(frozen=True)
class _TrackTables:
    """What the reading asks of a track set by track id, the same for every article: the
    compiled tracks, each track's kind, people (``people_of``), places, parties (lower case)
    and sides."""

    compiled: CompiledTracks
    kinds: dict[str, TrackKind]
    people: dict[str, frozenset[str]]
    places: dict[str, tuple[str, ...]]
    parties: dict[str, tuple[str, ...]]
    sides: dict[str, frozenset[str]]


_TABLES: Final[dict[tuple[tuple[str, ...], str], _TrackTables]] = {}
_TABLES_KEPT: Final = 8  # track sets remembered before starting over
# The rule names of a meeting told by its read-out (readouts.py), as findings carry them.
_READOUT_RULES: Final = frozenset(BUILT_CUES[c] for c in READOUT_CUES)
# What a side said is read at the meeting within this many sentences of its held telling.
_READOUT_REACH: Final = 2


def _by_its_acts(
    text: str, hit: CueHit | None, kind: TrackKind, lex: Lexicon, sides: Sequence[Span]
) -> CueHit | None:
    """A channel or plan told by its acts (``acts.py``): an act held up outweighs the cue
    read; an act carried out is taken when no cue of the track's kind was read."""
    stopped = held_up(text)
    if stopped is not None:
        return stopped
    if hit is not None and lex.status_for(hit.signal, kind) is not None:
        return hit
    return carried_out(text, sides, by_a_side=kind is TrackKind.CHANNEL) or told_ahead(text) or hit


def _held_day(before: DateResolution | None, when: DateResolution) -> DateResolution:
    """The day an article told a track's meeting held: its first held finding's, or the
    first one's with a day its sentence states."""
    if before is None or (when.basis == "stated" and before.basis != "stated"):
        return when
    return before


def _track_tables(tracks: Sequence[Track], lexicon: Lexicon) -> _TrackTables:
    """``_TrackTables`` of ``tracks``, worked out once per track definitions (every track's
    JSON, as ``compile_tracks`` keys its cache: an edited track works them out anew) and
    the lexicon's event nouns."""
    key = (tuple(t.model_dump_json() for t in tracks), lexicon.event_nouns_json)
    found = _TABLES.get(key)
    if found is None:
        compiled = compile_tracks(tracks, lexicon)
        found = _TrackTables(
            compiled=compiled,
            kinds={t.id: TrackKind(t.kind) for t in tracks},
            people={t.id: people_of(t) for t in tracks},
            places={t.id: tuple(t.places) for t in tracks},
            parties={t.id: tuple(p.lower() for p in t.parties) for t in tracks},
            sides={p.track_id: p.side_codes for p in compiled.profiles},
        )
        if len(_TABLES) >= _TABLES_KEPT:
            _TABLES.clear()
        _TABLES[key] = found
    return found


def extract_document(  # noqa: C901 - a chain of reading rules, split when they settle
    text: str,
    published: date | None,
    tracks: Sequence[Track],
    lexicon: Lexicon | None = None,
) -> list[Finding]:
    """Findings of one document: one per (sentence, track) the sentence belongs to.

    A sentence that names the track but carries no status cue gives a finding with
    ``signal=None`` (context, latest development); a sentence that only continues a
    paragraph about the track is kept when it carries a cue, refers to the event by an
    anaphor, or carries on the previous sentence's subject. Repeated sentences (the
    same headline printed twice) give one finding per track. ``exact == text[start:end]``.
    """
    lex = lexicon or load_lexicon()
    infos = analyse(text, lex)
    sentences = [info.sentence for info in infos]
    views = [
        SentenceView(
            text=info.norm,
            paragraph=info.sentence.paragraph,
            first_in_paragraph=i == 0 or sentences[i - 1].paragraph != info.sentence.paragraph,
            heading=is_heading(sentences, i),
            has_cue=bool(info.cues),
            skip=info.boilerplate,
            same_speaker=info.same_speaker,
            quoted=info.quote_continuation,
            cue_starts=tuple(hit.start for hit in info.cues),
        )
        for i, info in enumerate(infos)
    ]
    tables = _track_tables(tracks, lex)
    compiled, kinds, people = tables.compiled, tables.kinds, tables.people
    places, parties, sides = tables.places, tables.parties, tables.sides
    many = {p.track_id: gathering_of_many(p) for p in compiled.profiles}
    matched = match_tracks(views, tracks, lex, published.year if published else None, compiled)
    findings: list[Finding] = []
    last_dated: dict[tuple[str, int], DateResolution] = {}  # (track, paragraph) -> its date
    seen: set[tuple[str, str]] = set()
    anchor: tuple[date, Precision] | None = None
    spoken_today: set[tuple[str, int]] = set()  # future claims dated by a speech that day
    met_on: dict[str, DateResolution] = {}  # track -> the day its meeting was told held
    told_held: dict[str, DateResolution] = {}  # track -> its first held finding's date
    held_at: dict[str, int] = {}  # track -> the sentence of its latest held finding
    trip_on: dict[str, DateResolution] = {}  # track -> the day of its trip told ahead
    changed: set[str] = set()  # tracks the article told put off or called off, as news
    for index, (info, mentions) in enumerate(zip(infos, matched, strict=True)):
        s = info.sentence
        for mention in mentions:
            key = (mention.track_id, " ".join(s.text.lower().split()))
            if key in seen:
                continue
            others = [m for m in mentions if m.track_id != mention.track_id]
            kind = kinds[mention.track_id]
            hit = choose_cue(
                info,
                mention,
                others,
                kind,
                lex,
                people[mention.track_id],
                [kinds[o.track_id] for o in others],
                places[mention.track_id],
                sides[mention.track_id],
            )
            # told of the track by name, not carried on from a sentence about another event
            ahead = first_told_ahead(info.norm, mention.actor_spans) if mention.direct else None
            if (
                ahead is not None
                and lex.status_for(ahead.signal, kind) is not None
                and (
                    hit is None
                    or lex.status_for(hit.signal, kind) is None
                    or (hit.signal == "held" and hit.start >= ahead.start)
                )
            ):
                hit = ahead  # "This will be their first meeting since …": the future governs
            invited = (
                invited_visit(info.norm, people[mention.track_id])
                if lex.status_for("scheduled", kind) is not None
                else None
            )
            if invited is not None and (
                hit is None
                or lex.status_for(hit.signal, kind) is None
                # the invitation, or the visit's own plan, read as a proposal inside it
                or (hit.signal == "proposed" and invited.start - 15 < hit.end <= invited.end)
            ):
                hit = invited  # "will … pay a state visit … at the invitation of President Lee"
            now = first_chance_now(info.norm) if mention.direct else None
            if now is not None and (
                hit is None
                or lex.status_for(hit.signal, kind) is None
                # "to meet" read as a proposal inside "my first chance to meet"
                or (hit.signal == "proposed" and now.start <= hit.start < now.end)
            ):
                hit = now  # "This is my first chance to meet the Prime Minister since …"
            if (hit is None or lex.status_for(hit.signal, kind) is None) and lex.status_for(
                "held", kind
            ) is not None:
                # what two of the track's people agreed together tells of their meeting, as
                # does what was said or done at it
                hit = (
                    agreed_together(info.norm, people[mention.track_id])
                    or told_at_the_event(
                        info.norm,
                        people[mention.track_id],
                        # "the two leaders" of a sentence on two meetings may be either pair
                        shared=any(
                            kind_family(kinds[o.track_id]) is KindFamily.ENCOUNTER for o in others
                        ),
                        by_call=kind is TrackKind.CHANNEL,
                        ongoing=kind_family(kind) is not KindFamily.ENCOUNTER,
                        places=places[mention.track_id],
                        gathering=kind in (TrackKind.SUMMIT, TrackKind.CONFERENCE),
                    )
                    or hit
                )
            if (
                (hit is None or lex.status_for(hit.signal, kind) is None)
                and kind in (TrackKind.VISIT, TrackKind.MEETING, TrackKind.SUMMIT)
                and not many[mention.track_id]
                and not any(kind_family(kinds[o.track_id]) is KindFamily.ENCOUNTER for o in others)
            ):
                # an encounter of two told by what its two did together (together.py)
                hit = done_together(info.norm) or hit
            if hit is None or lex.status_for(hit.signal, kind) is None:
                # a meeting told by its length or what surrounds it; a trip ahead as travel
                tid = mention.track_id
                hit = (
                    told_by_surroundings(
                        info, kind, lex, people[tid], places[tid], sides[tid], tid in trip_on
                    )
                    or hit
                )
            if (
                (hit is None or lex.status_for(hit.signal, kind) is None)
                and kind in (TrackKind.MEETING, TrackKind.SUMMIT)
                and not many[mention.track_id]
            ):
                # a meeting of two told by its read-out (readouts.py), where nothing around it
                # told it first
                tid = mention.track_id
                near = index - held_at.get(tid, -_READOUT_REACH - 1) <= _READOUT_REACH
                hit = read_out(info.norm, people[tid], tid in told_held and near) or hit
            if (hit is None or lex.status_for(hit.signal, kind) is None) and (
                kind is TrackKind.CONFERENCE
                or (kind is TrackKind.SUMMIT and many[mention.track_id])
            ):
                # a gathering of many told by what its speakers said, where the article told
                # it held a sentence or two before (speeches.py)
                tid = mention.track_id
                near = index - held_at.get(tid, -_READOUT_REACH - 1) <= _READOUT_REACH
                if tid in told_held and near and (mention.direct or not others):
                    hit = said_at_the_gathering_held(info.norm, names_it=mention.direct) or hit
            if (hit is None or lex.status_for(hit.signal, kind) is None) and lex.status_for(
                "held", kind
            ) is not None:
                # what was agreed, adopted, signed or issued at the event (outcomes.py)
                hit = (
                    told_by_its_outcome(
                        info.norm,
                        heading=views[index].heading,
                        encounter=kind_family(kind) is KindFamily.ENCOUNTER,
                        shared=bool(others),
                        places=places[mention.track_id],
                        parties=parties[mention.track_id],
                        people=tuple(people[mention.track_id]),
                    )
                    or hit
                )
            if hit is None:
                ongoing = kind_family(kind) is not KindFamily.ENCOUNTER
                hit = between_two(info.norm, people[mention.track_id], ongoing)
            if kind is TrackKind.CHANNEL or kind_family(kind) is KindFamily.GROUP:
                # a process told by its acts: an exchange carried out or held up (acts.py)
                hit = _by_its_acts(info.norm, hit, kind, lex, mention.all_spans())
            if kind_family(kind) is KindFamily.GROUP and (
                hit is None or lex.status_for(hit.signal, kind) is None
            ):
                # a step of the process one of the track's sides took ("freed 18 soldiers")
                hit = step_hit(info.norm, mention.all_spans()) or hit
            if (
                hit is None
                and not mention.direct
                and mention.via not in _KEPT_WITHOUT_CUE
                # a continuation whose cue tells of another body's meeting still speaks of the
                # track ("the platform is not exhausted, Lavrov said after a meeting of …")
                and not any(
                    of_a_body(info.norm, h)
                    and meets_someone_else(info.norm, h, people[mention.track_id])
                    for h in info.cues
                )
            ):
                continue
            # an ongoing track's own sides doing its work: exchanges, a step, a delegation sent
            tid = mention.track_id
            own = (sides[tid], parties[tid])
            hit = shown_in_use(info, hit, kind, lex, people[tid], own) or hit
            withheld: str | None = None
            if tid in changed and plan_undone(info.norm, hit):
                hit = None  # the plan the article told changed, told in the past
                withheld = PLAN_UNDONE
            elif not others and (hit is None or lex.status_for(hit.signal, kind) is None):
                # no listed cue, one track: the state the clause's verb tells (a backoff)
                hit = told_by_the_verb(info, mention, kind, lex, people[tid], places[tid]) or hit
            if (
                hit is not None
                and many[mention.track_id]
                and on_its_sidelines(info.norm, hit, mention.all_spans())
            ):
                hit = None  # two guests meeting on the sidelines of the track's gathering
            if hit is not None and ministers_gathered(
                info.norm,
                hit,
                kind,
                people[tid],
                [info.norm[a:b] for a, b in mention.keyword_spans],
            ):
                hit = None  # ministers meeting, whatever rule read it: not the leaders' event
            seen.add(key)
            modality: Modality = "asserted"
            if hit is not None:
                modality = modality_of(info.norm, hit, lex, attributed=info.speaker is not None)
                modality = settled_modality(hit, modality, info.speaker is not None)
                modality = decision_modality(hit, modality, info.speaker is not None)
                modality = readout_modality(hit, modality, info.speaker is not None)
                if modality == "hypothetical" and kind_family(kind) is KindFamily.ENCOUNTER:
                    wish = wish_to_meet(info, hit, lex, people[mention.track_id])
                    modality = wish or modality
            elif info.speaker is not None:
                modality = "reported"
            when = date_for(index, infos, hit, modality, published, anchor, lex, mention)
            where = (mention.track_id, s.paragraph)
            if when.basis == "stated":
                last_dated[where] = when
            elif (
                where in last_dated
                # a claim of the future told in the past ("the two confirmed 'the mood to
                # resume contacts'") was made at the event its paragraph dated
                and (modality != "future" or not tells_ahead(info.norm))
                and (not mention.direct or (when.basis == "inferred" and points_back(info.norm)))
            ):
                # "Lavrov and Rubio met in Malaysia on July 10. That meeting lasted about 50
                # minutes.": the continuation tells of the event its paragraph dated; so does
                # a sentence opening on a demonstrative ("It was on June 2 that the second
                # round was held. That session lasted just over an hour.").
                when = last_dated[where]
            tid = mention.track_id
            when = dated_by_the_meeting(hit, when, met_on.get(tid), trip_on.get(tid))
            when = dated_by_the_readout(hit, when, told_held.get(tid))
            if held_on_a_stated_day(hit, modality, when):
                met_on[tid] = when
            if told_a_trip(hit, when):
                trip_on[tid] = when
            signal = hit.signal if hit else None
            rule = refused(rule_of(hit, lex), modality) or withheld
            if when.note:  # a date read again: the explanation says so
                rule = f"{rule}; {when.note}" if rule else when.note
            if range_begun(hit, when.date, published):
                signal = None  # "the visit, which runs from <today> to …": under way
            if signal is not None and plan_of_a_day_gone(
                info.norm, hit, when.date, when.precision, published
            ):
                signal, rule = None, PLAN_OF_A_DAY_GONE  # "had been due to … on Friday"
            if dated_ahead(signal, modality, when, published):
                # "once the delegations have met next week": a meeting dated after its
                # article has not taken place yet.
                modality = "future"
            if fixes_a_date(
                signal, modality, when, published, info.norm
            ) and not wished_or_supposed(info.norm, hit):
                signal = "scheduled"
                rule = date_fixed(rule)
            if (
                modality == "future"
                and when.basis == "stated"
                and when.date == published
                and said_that_day(info.norm, when, published)
            ):
                spoken_today.add((mention.track_id, s.start))
            if signal in UNDOING and _news_of_the_day(modality, when, published):
                changed.add(tid)
            if signal == "held" and modality in ("asserted", "reported"):
                told_held[tid] = _held_day(told_held.get(tid), when)
                if (
                    told_by_both(info.norm, people[tid], hit)
                    or index - held_at.get(tid, -_READOUT_REACH - 1) <= _READOUT_REACH
                    # a gathering of many: any telling of it held, for its speeches
                    or kind is TrackKind.CONFERENCE
                    or many[tid]
                ):
                    held_at[tid] = index  # the meeting of the two, or its telling carried on
            prefix, suffix = _prefix_suffix(text, s.start, s.end)
            findings.append(
                Finding(
                    track_id=mention.track_id,
                    start=s.start,
                    end=s.end,
                    exact=text[s.start : s.end],
                    prefix=prefix,
                    suffix=suffix,
                    signal=signal,
                    cue=hit.text if hit else None,
                    rule=rule,
                    modality=modality,
                    speaker=info.speaker,
                    event_date=when.date,
                    date_precision=when.precision,
                    date_basis=when.basis,
                    cameo=step_code(hit) if signal == STEP_SIGNAL else lex.cameo(signal),
                    plover=lex.plover(signal),
                    context=mention.context,
                )
            )
        if not info.boilerplate:
            mentions_here = find_date_mentions(info.norm, published)
            if mentions_here:
                anchor = (mentions_here[-1].date, mentions_here[-1].precision)
    lead_at = lead_index(infos, sentences)
    lead_span = (0, 0) if lead_at is None else (sentences[lead_at].start, sentences[lead_at].end)
    findings, nth_day = date_by_the_nth_day(findings, infos, published)
    findings = date_by_the_news_day(findings, published, lead_span)
    findings = date_by_the_decision_day(findings, infos, published)
    lead = lead_day(infos, lead_at, published)
    if lead is None and nth_day is not None:
        lead = (nth_day, None)  # "met for a second day" of talks "which began on July 28"
    if lead is not None:
        findings = date_by_the_lead_day(findings, lead, published)
    visits = frozenset(t for t, k in kinds.items() if k == TrackKind.VISIT)
    coming = date_by_the_coming_day(findings, published, spoken_today, visits)
    findings = scheduled_by_the_coming_day(findings, coming, published, lex)
    findings = made_on_arrival(findings, kinds, lex)
    findings = set_for_the_day(findings, published, lex)
    findings = scheduled_for_later_today(findings, published, lex)
    findings = told_ahead_in_the_present(findings, published, kinds, lex)
    if lead is None:
        findings = date_by_the_local_day(findings, local_day_behind(text, published), published)
    findings = date_by_the_meeting_day(findings, _READOUT_RULES)
    return carried_by_the_act(findings, sentences, kinds, lex)
