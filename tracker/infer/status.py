"""``infer_track``: a track's evidence -> its inferred status, with the reasons.

1. Each excerpt with a status signal that is not context, not hypothetical and not a
   denial or negation becomes a *claim*: the status its signal implies for the track's
   kind, dated by its event date (or by its publication date when it announces something
   ahead), weighted by modality, date quality, credibility and outlet reliability.
2. Claims are read in event-date order. On each date, every independent source (see
   ``SourceIndex``) gives one vote per status (its strongest claim); the status with the
   most weight wins the date. When it differs from the current one a *history step*
   begins; a step the transition rules do not allow is kept and marked contested.
3. The status is the last step's; ``since`` its first date (the claims of that date are
   the decisive ones) and ``as_of`` the date of the newest claim supporting it.
4. The status is *contested* when, from that date on, a claim of a different status of the
   same or a later stage (not a compatible one, e.g. on hold vs postponed) or a denial or
   negation of the status appears.
5. Confidence starts from the number of independent sources (3+: high, 2: moderate, 1:
   low, or moderate when that one source is graded 1–2) and drops a level when contested,
   when the newest supporting claim is over ``STALE_DAYS`` old, when the best grade is 4 or
   worse, or when every supporting claim only speaks of the future.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise
from typing import Final, cast

from tracker.domain.models import (
    Assessment,
    Evidence,
    HistoryStep,
    Latest,
    LatestEffect,
    NextEvent,
    Track,
)
from tracker.domain.readings import describe_date
from tracker.domain.times import MONTH_NAMES, WEEKDAY_NAMES
from tracker.domain.vocabulary import (
    CONFIDENCE_LEVELS,
    HALTS,
    Confidence,
    Status,
    TrackKind,
    is_allowed_move,
    is_terminal,
    label,
)
from tracker.extract.lexicon import Lexicon, base_signal, compile_cue, load_lexicon
from tracker.extract.signals import find_cues
from tracker.extract.text import normalize_same_length, shorten
from tracker.infer.claims import (
    ASSERTIVE,
    CREDIBILITY_WEIGHT,
    FIRM_DATE_BASES,
    MODALITY_WEIGHT,
    OPPOSING,
    RELIABILITY_WEIGHT,
    Claim,
    claim_date,
    claimed_status,
    date_weight,
    disagrees,
    estimative_weight,
    implied_status,
    in_use_weight,
    occasions_beside_the_process,
    reading_weight,
    shown_in_use,
    stage,
)
from tracker.infer.grading import grade_credibility
from tracker.infer.sources import SourceIndex

STALE_DAYS: Final = 30
CLUSTER_DAYS: Final = 3
QUOTE_CHARS: Final = 90
_NEXT_SIGNALS: Final = frozenset({"scheduled", "proposed", "preparing", "held", "call"})
_PLACE: Final = re.compile(r"\b(?:in|at)\s+((?:[A-Z][\w'\-]+)(?:\s+[A-Z][\w'\-]+){0,2})")
_NOT_PLACES: Final = frozenset([*MONTH_NAMES, *WEEKDAY_NAMES, "The", "A", "An"])


def _fmt(day: date | None, precision: str | None = "day") -> str:
    """A date in an explanation: ``describe_date``'s words, "the week of …" in a sentence."""
    if day is None:
        return "an unknown date"
    text = describe_date(day, precision)
    return f"the {text}" if precision == "week" else text


def _quote(e: Evidence) -> str:
    """A short quote of the excerpt, centred on its cue when the sentence is long."""
    text = " ".join(e.exact.split())
    if len(text) <= QUOTE_CHARS or not e.cue:
        return shorten(text, QUOTE_CHARS)
    at = normalize_same_length(text).find(" ".join(normalize_same_length(e.cue).split()))
    if at < 0:
        return shorten(text, QUOTE_CHARS)
    start = max(0, at - QUOTE_CHARS // 3)
    space = text.rfind(" ", 0, start)
    start = space + 1 if start and space >= 0 else start
    piece = shorten(text[start:], QUOTE_CHARS)
    return ("…" if start else "") + piece


_READING_WORDS: Final = {"confirmed": "confirmed", "corrected": "corrected", "added": "added"}


def _cite(e: Evidence) -> str:
    whose = ""
    if e.reading in _READING_WORDS and e.judged_by:
        whose = f", {_READING_WORDS[e.reading]} by {e.judged_by}"
    return f"excerpt {e.id} (document {e.document_id}{whose}): “{_quote(e)}”"


@dataclass
class _Step:
    status: str
    start: date
    precision: str | None
    claims: list[Claim]
    contested: bool
    opening: list[Claim]
    # The halts the sources disagree on, when this step settles them (``_settle_halts``).
    disputed: tuple[str, ...] = ()


def _claims(
    evidence: Sequence[Evidence],
    kind: TrackKind,
    grades: dict[int, int],
    sources: SourceIndex,
    lexicon: Lexicon,
) -> list[Claim]:
    out: list[Claim] = []
    for e in evidence:
        if not e.signal or e.context or e.modality not in ASSERTIVE:
            continue
        status = implied_status(e, kind, lexicon)
        if status is None:
            continue
        weight = (
            MODALITY_WEIGHT[e.modality]
            * date_weight(e)
            * CREDIBILITY_WEIGHT.get(grades.get(e.id, 6), 0.6)
            * RELIABILITY_WEIGHT.get(e.reliability.upper(), 0.7)
            * reading_weight(e)
            * in_use_weight(e)
            * estimative_weight(e)
        )
        out.append(Claim(e, status, claim_date(e), weight, sources.group(e.id)))
    return out


def _votes(
    claims: Sequence[Claim], *, one_status_per_source: bool = False, kind: TrackKind | None = None
) -> dict[str, float]:
    """Weight per status, one vote per independent source (its strongest claim). With
    ``one_status_per_source`` (the claims of one day) a source votes only for the status
    it tells most (then most strongly): an article about a summit that was held, which also
    mentions the next scheduled event, votes held. A source that tells two statuses as often
    and as strongly votes for the later stage of ``kind`` (the visit told held over the
    plan it restates), then by name."""
    best: dict[tuple[str, str], float] = {}
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for c in claims:
        key = (c.status, c.group)
        best[key] = max(best.get(key, 0.0), c.weight)
        counts[key] += 1
    if one_status_per_source:
        leading: dict[str, tuple[int, float, int, str]] = {}
        for (status, group), weight in best.items():
            later = stage(kind, status) if kind is not None else 0
            rank = (counts[(status, group)], weight, later, status)
            if group not in leading or rank > leading[group]:
                leading[group] = rank
        best = {(r[3], g): r[1] for g, r in leading.items()}
    votes: dict[str, float] = defaultdict(float)
    for (status, _group), weight in best.items():
        votes[status] += weight
    return votes


def _confirming_only(bucket: list[Claim]) -> list[Claim]:
    """A day's claims, without those of the track shown in use when any other claim is
    told that day: they confirm a track carrying on and never outvote a halt."""
    if all(shown_in_use(c.evidence) for c in bucket):
        return bucket
    return [c for c in bucket if not shown_in_use(c.evidence)]


def _occasions_called_off(
    claims: Sequence[Claim], kind: TrackKind, lexicon: Lexicon
) -> dict[int, Claim]:
    """The claims of an occasion of the process called off beside the process going on
    (``occasions_beside_the_process``), each with the strongest claim of it going on."""
    by_id = {c.id: c for c in claims}
    told = ((c.id, c.evidence, kind, c.status, c.group, c.when) for c in claims if c.when)
    return {
        i: max((by_id[j] for j in going_on), key=lambda c: (c.weight, -c.id))
        for i, going_on in occasions_beside_the_process(told, lexicon).items()
    }


def _timeline(claims: Sequence[Claim], kind: TrackKind, lexicon: Lexicon) -> list[_Step]:
    """Steps along the event-date axis (see the module docstring).

    Compatible statuses (on hold / postponed) vote together on a date; a run keeps the
    status that opened it unless a compatible one gathers more independent sources.
    """
    totals = _votes(claims)
    steps: list[_Step] = []
    by_date: dict[date, list[Claim]] = defaultdict(list)
    for c in sorted((c for c in claims if c.when is not None), key=lambda c: (c.when, c.id)):
        assert c.when is not None
        by_date[c.when].append(c)
    for bucket in (b for day in sorted(by_date) for b in _halt_then_resumption(by_date[day], kind)):
        day = bucket[0].when
        assert day is not None
        bucket = _confirming_only(bucket)
        votes = _votes(bucket, one_status_per_source=True, kind=kind)
        family = {s: sum(v for t, v in votes.items() if lexicon.compatible(s, t)) for s in votes}
        current = steps[-1].status if steps else None

        def rank(
            status: str,
            current: str | None = current,
            family: dict[str, float] = family,
            votes: dict[str, float] = votes,
        ) -> tuple[float, int, int, float, float, int, str]:
            allowed = 1 if is_allowed_move(kind, current, status) else 0
            same = 1 if current is not None and status == current else 0
            return (
                round(family[status], 6),
                same,
                allowed,
                round(votes[status], 6),
                totals[status],
                stage(kind, status),
                status,
            )

        winner = max(votes, key=rank)
        winning = [c for c in bucket if lexicon.compatible(c.status, winner)]
        if current is not None and lexicon.compatible(current, winner):
            steps[-1].claims.extend(winning)
            continue
        if current is not None and all(shown_in_use(c.evidence) for c in winning):
            # the track shown in use confirms a status; it never moves one (a halt stands)
            continue
        if current is not None and _stands(steps[-1], winning, winner, kind):
            continue
        precision = min(
            (c.evidence.date_precision or "day" for c in winning if c.status == winner),
            key=lambda p: ["day", "week", "month", "year"].index(p),
        )
        steps.append(
            _Step(
                status=winner,
                start=day,
                precision=precision,
                claims=list(winning),
                contested=not is_allowed_move(kind, current, winner),
                opening=sorted(
                    (c for c in winning if c.status == winner), key=lambda c: (-c.weight, c.id)
                ),
            )
        )
    for step in steps:
        members = {c.status for c in step.claims}
        if len(members) > 1:
            sources = {m: len({c.group for c in step.claims if c.status == m}) for m in members}
            leader = max(sorted(members), key=lambda m: sources[m])
            if sources[leader] > sources[step.status]:
                step.status = leader
    return _settle_halts(steps, kind)


# The signal that tells a halted track going again ("resumed", "back at the table", "lifted
# the injunction"): it presupposes the halt before it.
RESUMED_SIGNAL: Final = "resumed"


def _halt_then_resumption(day: list[Claim], kind: TrackKind) -> list[list[Claim]]:
    """A day's claims in the order the news must have come: when one of them tells the
    track resumed and others tell it halted that same day (a signing blocked by a court at
    dawn, the injunction lifted and the deal signed by the afternoon), the halt came first
    and the resumption after it, whichever article was read first; the two are read as the
    day's two steps. Any other day is one bucket."""
    halts = HALTS[kind]
    resumes = any(
        base_signal(c.evidence.signal) == RESUMED_SIGNAL and c.status not in halts for c in day
    )
    halted = [c for c in day if c.status in halts]
    if not resumes or not halted:
        return [day]
    return [halted, [c for c in day if c.status not in halts]]


def _stands(last: _Step, winning: Sequence[Claim], winner: str, kind: TrackKind) -> bool:
    """Whether the last step holds against the day's winner: a summit held (or a plan
    concluded), told twice, does not come undone (later claims are about another occasion);
    nor does an encounter held by a plan that only restates its own."""
    if (
        is_terminal(kind, last.status)
        and sum(1 for c in last.claims if c.status == last.status) >= 2
    ):
        return True
    return last.status == "held" and _plan_of_the_encounter_held(winning, winner, last, kind)


# How far after the day an encounter was told held a plan's own day may fall and still be
# that encounter's (the later days of a visit, the closing day of a summit).
ENCOUNTER_DAYS: Final = 7
_PLANS: Final = frozenset({"proposed", "preparing", "scheduled"})


def _plan_of_the_encounter_held(
    winning: Sequence[Claim], winner: str, held: _Step, kind: TrackKind
) -> bool:
    """Whether the plan claims that would move an encounter told held back to a plan only
    restate the plan of that encounter: each told in an article published no later than the
    day it was held ("X will arrive on Tuesday", written the day before, dated in by a
    later article's recap or an undated page), or for a day of its own that has passed by
    the encounter or falls within ``ENCOUNTER_DAYS`` of it ("X will fly on to Beirut on
    Sunday", in the middle of the visit). Such a plan never reopens the encounter."""
    if winner not in _PLANS or stage(kind, winner) >= stage(kind, "held"):
        return False
    plans = [c for c in winning if c.status == winner]
    return bool(plans) and all(_restates_the_plan(c, held.start) for c in plans)


def _restates_the_plan(c: Claim, held_on: date) -> bool:
    e = c.evidence
    if e.published is not None and e.published <= held_on:
        return True  # told before the encounter was reported held
    own = e.event_date
    return own is not None and own <= held_on + timedelta(days=ENCOUNTER_DAYS)


def _settle_halts(steps: list[_Step], kind: TrackKind) -> list[_Step]:
    """Reporting that flips between halts settles on the least committal one.

    When the latest steps all say the track is not going ahead (on hold, postponed,
    cancelled) and one of them walks back a firmer halt before it (cancelled, then
    "postponed" or "still on, despite the delay"), the sources disagree on how final the
    halt is and agree only on the least of it. Those steps become one: the least committal
    halt any of them claimed, since the first of them, contested. A clean sequence that only
    hardens (on hold, then cancelled) is left as it is.
    """
    halts = HALTS[kind]
    first = len(steps)
    while first > 0 and steps[first - 1].status in halts:
        first -= 1
    run = steps[first:]
    walked_back = any(
        halts.index(later.status) < halts.index(earlier.status)
        and not is_allowed_move(kind, earlier.status, later.status)
        for earlier, later in pairwise(run)
    )
    if not walked_back:
        return steps
    least = min((s.status for s in run), key=halts.index)
    claims = [c for s in run for c in s.claims]
    settled = _Step(
        status=least,
        start=run[0].start,
        precision=run[0].precision,
        claims=claims,
        contested=True,
        opening=sorted(
            (c for c in claims if c.status == least), key=lambda c: (c.when, -c.weight, c.id)
        ),
        disputed=tuple(h for h in halts if h != least and any(s.status == h for s in run)),
    )
    return [*steps[:first], settled]


def _cluster_key(e: Evidence, status: str | None, lexicon: Lexicon) -> str:
    if status is None:
        return f"signal:{e.signal}"
    for pair in lexicon.data.compatible:
        if status in pair:
            return "status:" + min(pair)
    return f"status:{status}"


def _latest(
    evidence: Sequence[Evidence],
    kind: TrackKind,
    grades: dict[int, int],
    current: str | None,
    lexicon: Lexicon,
    occasions: Mapping[int, Claim] | None = None,
) -> Latest | None:
    """The newest credible development: related excerpts within a few days form one
    event, dated by its best stated date; stated dates beat dates inferred from publication.
    An occasion called off while the process goes on (``occasions``) is a development that
    claims no status."""
    steps_of = occasions or {}

    def status_of(e: Evidence) -> str | None:
        return None if e.id in steps_of else implied_status(e, kind, lexicon)

    pool = [
        e
        for e in evidence
        if e.signal
        and not e.context
        and e.modality in ASSERTIVE
        and e.event_date is not None
        and grades.get(e.id, 6) < 5
    ]
    groups: dict[str, list[Evidence]] = defaultdict(list)
    for e in pool:
        groups[_cluster_key(e, status_of(e), lexicon)].append(e)
    candidates: list[tuple[tuple[date, int, int, int, int], Evidence]] = []
    for _key, items in sorted(groups.items()):
        items.sort(key=lambda e: (e.event_date or date.min, e.id))
        clusters: list[list[Evidence]] = []
        for e in items:
            assert e.event_date is not None
            last = clusters[-1][-1].event_date if clusters else None
            if clusters and last is not None and (e.event_date - last).days <= CLUSTER_DAYS:
                clusters[-1].append(e)
            else:
                clusters.append([e])
        for cluster in clusters:
            rep = min(
                cluster,
                key=lambda e: (
                    0
                    if e.date_basis in FIRM_DATE_BASES and e.date_precision == "day"
                    else 1
                    if e.date_basis in FIRM_DATE_BASES
                    else 2,
                    e.event_date or date.min,
                    e.id,
                ),
            )
            assert rep.event_date is not None
            stated = rep.date_basis in FIRM_DATE_BASES
            rank_date = rep.event_date if stated else rep.event_date - timedelta(days=1)
            status = status_of(rep)
            relevance = (
                2 if status is not None and status != current else (1 if status is None else 0)
            )
            support = len({x.document_id for x in cluster})
            candidates.append(((rank_date, 1 if stated else 0, relevance, support, -rep.id), rep))
    if not candidates:
        return None
    _, rep = max(candidates, key=lambda item: item[0])
    claimed = status_of(rep)
    effect: LatestEffect = (
        "development"
        if claimed is None
        else "confirms"
        if current is None or lexicon.compatible(claimed, current)
        else "outweighed"
    )
    return Latest(
        date=rep.event_date,
        signal=rep.signal,
        quote=rep.exact,
        document=rep.document_id,
        excerpt=rep.id,
        effect=effect,
    )


@lru_cache(maxsize=256)
def _phrase_pattern(phrase: str) -> re.Pattern[str] | None:
    try:
        return compile_cue(phrase)
    except re.error:
        return None


def _cue_start(e: Evidence, text: str, lexicon: Lexicon) -> int | None:
    """Where the cue that gave the excerpt its signal begins in ``text``: the machine's
    own cue phrase found again (one pattern compiled, not the whole lexicon), else the
    first cue of the signal (an analyst's signal has no phrase of its own)."""
    if e.cue and "signal" not in e.machine:
        pattern = _phrase_pattern(e.cue)
        found = pattern.search(text) if pattern is not None else None
        if found is not None:
            return found.start()
    cues = [h.start for h in find_cues(text, lexicon) if h.signal == e.signal]
    return cues[0] if cues else None


def _place_and_what(e: Evidence, lexicon: Lexicon) -> tuple[str | None, str | None]:
    text = normalize_same_length(e.exact)
    start = _cue_start(e, text, lexicon)
    cue_at = start or 0
    places = [m for m in _PLACE.finditer(text) if m.group(1).split()[0] not in _NOT_PLACES]
    place = None
    if places:
        best = min(places, key=lambda m: abs(m.start() - cue_at))
        place = e.exact[best.start(1) : best.end(1)]
    what = None
    if start is not None:
        before = e.exact[:start]
        clause = re.split(r"[,;:]\s+(?=[a-z\u201c\"A-Z])", before)[-1].strip(' ,\u201c\u201d"')
        clause = re.sub(r"\s+(?:is|are|was|were|has been|have been|will be)$", "", clause)
        what = shorten(clause, 80) if clause else None
    return place, what


def _next_event(
    evidence: Sequence[Evidence], reference: date | None, track: Track, lexicon: Lexicon
) -> NextEvent | None:
    future = [
        e
        for e in evidence
        if e.signal in _NEXT_SIGNALS
        and not e.context
        and e.modality in ASSERTIVE
        and e.event_date is not None
        and e.date_basis in FIRM_DATE_BASES
        and (reference is None or e.event_date > reference)
    ]
    if future:
        first = min(future, key=lambda e: (e.event_date or date.max, e.id))
        place, what = _place_and_what(first, lexicon)
        return NextEvent(date=first.event_date, place=place, what=what or e_label(first))
    fallback = track.next_event
    if fallback and (fallback.date is None or reference is None or fallback.date > reference):
        return fallback
    return None


def e_label(e: Evidence) -> str:
    return label(e.signal or "event")


def _confidence(
    support_sources: int,
    best_grade: int,
    contested: bool,
    stale: bool,
    only_future: bool,
) -> Confidence:
    level = 2 if support_sources >= 3 else 1 if support_sources == 2 else 0
    if support_sources == 1 and best_grade <= 2:
        level = 1
    for drop in (contested, stale, best_grade >= 4, only_future):
        if drop:
            level -= 1
    level = max(0, min(2, level))
    value: Confidence = CONFIDENCE_LEVELS[level]
    return value


def infer_track(
    track: Track,
    evidence: Sequence[Evidence],
    as_of: date | None = None,
    lexicon: Lexicon | None = None,
    graded: tuple[dict[int, int], SourceIndex] | None = None,
) -> Assessment:
    """The inferred status of ``track`` from ``evidence`` (deterministic; see module docs).

    ``as_of`` keeps only evidence speaking of that date or earlier, and undated evidence as
    without ``as_of``: "what was the status on that date, by all the evidence we hold now".
    ``graded``: the grades and independent sources of exactly the track's ``evidence``
    (``grade_track``), when the caller has them (not used with ``as_of``).
    """
    lex = lexicon or load_lexicon()
    kind = TrackKind(track.kind)
    pool = sorted((e for e in evidence if e.track_id == track.id), key=lambda e: e.id)
    if as_of is not None:
        # Undated evidence has no place on the time axis: it counts alike with or without
        # --as-of (it never opens a step), so status and status --as-of today agree.
        pool = [e for e in pool if (claim_date(e) or e.published or as_of) <= as_of]
    # Graded here for this track's kind (what grade_credibility stores when given the kind).
    if graded is not None and as_of is None:
        grades, sources = graded
    else:
        grades, sources = grade_track(track, pool, lex)
    claims = _claims(pool, kind, grades, sources, lex)
    occasions = _occasions_called_off(claims, kind, lex)
    claims = [c for c in claims if c.id not in occasions]
    steps = _timeline(claims, kind, lex)
    reference = as_of or max(
        (d for e in pool for d in (e.published, claim_date(e)) if d is not None), default=None
    )
    assessment = Assessment(track_id=track.id, evidence_count=len(pool))
    assessment.next_event = _next_event(pool, reference, track, lex)
    if not steps:
        assessment.latest = _latest(pool, kind, grades, None, lex, occasions)
        assessment.explanation = (
            f"No status can be inferred: none of the {len(pool)} excerpts on this track "
            "states its status."
            if pool
            else "No evidence on this track yet."
        )
        return assessment
    final = steps[-1]
    status = final.status
    run_claims = [
        c
        for c in claims
        if lex.compatible(c.status, status) and c.when is not None and c.when >= final.start
    ]
    support_ids = sorted({c.id for c in run_claims})
    support_sources = sources.count(support_ids)
    # Dissent from the final step's start on.
    contested_ids: set[int] = set()
    for e in pool:
        if not e.signal or e.context or e.id in occasions:
            continue
        when = claim_date(e) or e.published
        if when is not None and when < final.start:
            continue
        claimed = implied_status(e, kind, lex)
        if claimed is None:
            continue
        if (e.modality in ASSERTIVE and disagrees(kind, claimed, status, lex)) or (
            e.modality in OPPOSING and lex.compatible(claimed, status)
        ):
            contested_ids.add(e.id)
    contested = bool(contested_ids) or final.contested
    best_grade = min((grades[i] for i in support_ids), default=6)
    newest = max((c.when for c in run_claims if c.when is not None), default=final.start)
    stale = reference is not None and (reference - newest).days > STALE_DAYS
    only_future = all(c.evidence.modality == "future" for c in run_claims)
    decisive = [c.id for c in final.opening[:5]]
    history = [
        HistoryStep(
            status=s.status,
            event_date=s.start,
            evidence_ids=sorted({c.id for c in s.claims}),
            contested=s.contested or (s is final and contested),
            rationale=_step_rationale(s, steps[i - 1].status if i else None, kind),
        )
        for i, s in enumerate(steps)
    ]
    assessment.status = cast(Status, status)
    assessment.since = final.start
    assessment.as_of = min(newest, reference) if reference is not None else newest
    assessment.contested = contested
    assessment.contested_ids = sorted(contested_ids)
    assessment.decisive_ids = decisive
    assessment.history = history
    assessment.independent_sources = support_sources
    assessment.support_count = len(run_claims)
    assessment.confidence = _confidence(support_sources, best_grade, contested, stale, only_future)
    assessment.latest = _latest(pool, kind, grades, status, lex, occasions)
    by_id = {e.id: e for e in pool}
    assessment.explanation = _explain(assessment, steps, by_id, len(run_claims), kind, lex)
    if occasions:
        assessment.explanation += " " + _occasions_note(occasions, by_id, kind)
    return assessment


def occasions_called_off(
    track: Track, evidence: Sequence[Evidence], lexicon: Lexicon | None = None
) -> frozenset[int]:
    """The excerpts of ``track`` that are an occasion of the process called off while the
    same source tells it going on that day (``occasions_beside_the_process``): they claim
    no status of the track, so no one reads them as its halt (an override's review flag)."""
    lex = lexicon or load_lexicon()
    kind = TrackKind(track.kind)
    pool = [e for e in evidence if e.track_id == track.id]
    sources = SourceIndex(pool)
    told = []
    for e in pool:
        claimed = claimed_status(e, kind, lex)
        when = claim_date(e)
        if claimed is not None and when is not None:
            told.append((e.id, e, kind, claimed, sources.group(e.id), when))
    return frozenset(occasions_beside_the_process(told, lex))


def grade_track(
    track: Track, evidence: Sequence[Evidence], lexicon: Lexicon | None = None
) -> tuple[dict[int, int], SourceIndex]:
    """The credibility grades of a track's evidence and its independent sources."""
    lex = lexicon or load_lexicon()
    pool = [e for e in evidence if e.track_id == track.id]
    sources = SourceIndex(pool)
    return grade_credibility(pool, {track.id: TrackKind(track.kind)}, lex, sources), sources


def _step_rationale(step: _Step, previous: str | None, kind: TrackKind) -> str:
    first = step.opening[0].evidence
    text = f"{label(step.status)} from {_fmt(step.start, step.precision)}: {_cite(first)}"
    if previous is not None and not is_allowed_move(kind, previous, step.status):
        text += f" — a move from {label(previous).lower()} the rules do not expect"
    if step.disputed:
        firmer = " or ".join(label(h).lower() for h in step.disputed)
        text += (
            f" — later reports disagree whether it was {firmer} and walk it back;"
            f" all of them say at least {label(step.status).lower()}"
        )
    return text


def _occasions_note(
    occasions: Mapping[int, Claim], by_id: Mapping[int, Evidence], kind: TrackKind
) -> str:
    """What the explanation says of the occasions called off while the process goes on."""
    first_id = min(occasions)
    going = occasions[first_id]
    more = len(occasions) - 1
    tail = f" (and {more} more excerpt{'s' if more != 1 else ''} like it)" if more else ""
    return (
        f"Called off, one occasion of the {label(kind.value).lower()}, not the track itself: "
        f"{_cite(by_id[first_id])}{tail} — the same source says on {_fmt(going.when)} that "
        f"the track goes on ({label(going.status).lower()}: excerpt {going.id}, "
        f"“{_quote(going.evidence)}”)."
    )


def _explain(
    a: Assessment,
    steps: Sequence[_Step],
    by_id: dict[int, Evidence],
    run_count: int,
    kind: TrackKind,
    lexicon: Lexicon,
) -> str:
    final = steps[-1]
    assert a.status is not None
    parts = [
        f"{label(a.status)} since {_fmt(final.start, final.precision)}, on {run_count} "
        f"excerpt{'s' if run_count != 1 else ''} from {a.independent_sources} independent "
        f"source{'s' if a.independent_sources != 1 else ''} (confidence {a.confidence})."
    ]
    decisive = [by_id[i] for i in a.decisive_ids[:2]]
    if decisive:
        parts.append("Decisive: " + "; ".join(_cite(e) for e in decisive) + ".")
    if len(steps) > 1:
        earlier = ", then ".join(
            f"{label(s.status).lower()} from {_fmt(s.start, s.precision)} "
            f"(“{_quote(s.opening[0].evidence)}”)"
            for s in steps[:-1]
        )
        parts.append(f"Before that: {earlier}.")
    if a.contested_ids:
        dissent = []
        for i in a.contested_ids[:3]:
            e = by_id[i]
            claimed = implied_status(e, kind, lexicon) or e.signal or "?"
            verb = (
                "denies"
                if e.modality == "denied"
                else ("negates" if e.modality == "negated" else "says")
            )
            dissent.append(f"excerpt {e.id} {verb} {label(claimed).lower()}: “{_quote(e)}”")
        more = len(a.contested_ids) - len(dissent)
        tail = f" and {more} more" if more > 0 else ""
        parts.append("Contested: " + "; ".join(dissent) + tail + ".")
    elif final.contested:
        parts.append("Contested: the rules do not expect this move.")
    if a.latest is not None and a.latest.excerpt not in a.decisive_ids:
        latest = by_id[a.latest.excerpt]
        why = {
            "confirms": "",
            "changes": "",
            "development": " — a development that does not change the status",
            "outweighed": f" — it points elsewhere, but the {label(a.status).lower()} "
            "reading rests on more or better sources",
        }[a.latest.effect]
        parts.append(
            f"Latest development ({_fmt(a.latest.date, latest.date_precision)}, "
            f"{label(a.latest.signal or 'event').lower()}): “{_quote(latest)}”{why}."
        )
    if a.next_event is not None and a.next_event.date is not None:
        where = f" in {a.next_event.place}" if a.next_event.place else ""
        what = a.next_event.what or "next event"
        parts.append(f"Next: {what} on {_fmt(a.next_event.date)}{where}.")
    return " ".join(parts)
