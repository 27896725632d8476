"""Evidence as claims about a track's status, and the rules that compare statuses."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Final

from tracker.domain.models import Evidence
from tracker.domain.vocabulary import HALTS, KindFamily, TrackKind, kind_family
from tracker.extract.inuse import SIGNAL as INUSE_SIGNAL
from tracker.extract.inuse import is_in_use_cue
from tracker.extract.lexicon import Lexicon, load_lexicon

ASSERTIVE: Final = frozenset({"asserted", "reported", "future"})
OPPOSING: Final = frozenset({"negated", "denied"})

# Stages: a claim of an earlier stage printed after a change is background, not dissent.
_STAGES: Final[dict[KindFamily, dict[str, int]]] = {
    KindFamily.ENCOUNTER: {"proposed": 0, "preparing": 1, "scheduled": 2},
    KindFamily.CHANNEL: {},
    KindFamily.GROUP: {"forming": 0, "active": 1},
}
_LAST_STAGE: Final[dict[KindFamily, int]] = {
    KindFamily.ENCOUNTER: 3,
    KindFamily.CHANNEL: 0,
    KindFamily.GROUP: 2,
}

RELIABILITY_WEIGHT: Final = {"A": 1.0, "B": 0.9, "C": 0.75, "D": 0.55, "E": 0.4, "F": 0.7}
CREDIBILITY_WEIGHT: Final = {1: 1.0, 2: 0.9, 3: 0.75, 4: 0.5, 5: 0.3, 6: 0.6}
MODALITY_WEIGHT: Final = {"asserted": 1.0, "reported": 0.9, "future": 0.75}
# A reading an analyst confirmed, corrected or added weighs this much more than the
# machine's reading of the same words (docs/inference.md).
ANALYST_READING_WEIGHT: Final = 1.5
_ANALYST_READINGS: Final = frozenset({"confirmed", "corrected", "added"})
# Dates a source states, or an analyst set, are firm; others were inferred or unknown.
FIRM_DATE_BASES: Final = frozenset({"stated", "analyst"})


@lru_cache(maxsize=256)
def stage(kind: TrackKind, status: str) -> int:
    family = kind_family(kind)
    return _STAGES[family].get(status, _LAST_STAGE[family])


def implied_status(evidence: Evidence, kind: TrackKind, lexicon: Lexicon) -> str | None:
    """The status an excerpt's signal implies for a track of ``kind`` (None: development).

    "Will meet" on a summit is a proposal, not a meeting held; "will sign" on an accord is
    one still being formed.
    """
    return _implied(evidence.signal, evidence.modality, kind, lexicon)


@lru_cache(maxsize=4096)
def _implied(signal: str | None, modality: str, kind: TrackKind, lexicon: Lexicon) -> str | None:
    """``implied_status`` of a signal and modality: a pure rule of the lexicon and the kind,
    asked several times for every excerpt of a track at each recomputation (cached)."""
    status = lexicon.status_for(signal, kind)
    if modality == "future":
        if status == "held":
            return "proposed"
        if status == "active" and kind_family(kind) is KindFamily.GROUP and signal in ("signed",):
            return "forming"
    return status


def claimed_status(
    evidence: Evidence, kind: TrackKind | str, lexicon: Lexicon | None = None
) -> str | None:
    """The status an excerpt claims for a track of ``kind``: its implied status when it is
    asserted, reported or announced ahead, none when it is context, denied, negated or
    hypothetical."""
    if evidence.context or evidence.modality not in ASSERTIVE:
        return None
    return implied_status(evidence, TrackKind(kind), lexicon or load_lexicon())


@lru_cache(maxsize=1024)
def disagrees(kind: TrackKind, claimed: str, current: str, lexicon: Lexicon) -> bool:
    """Whether a claim of ``claimed`` made during ``current`` contradicts it (a pure rule
    of the lexicon and the kind, asked millions of times by grading: cached)."""
    if lexicon.compatible(claimed, current):
        return False
    return stage(kind, claimed) >= stage(kind, current)


def claim_date(evidence: Evidence) -> date | None:
    """The date a claim speaks for: its event date, but the statement (publication) date for
    something announced ahead ("scheduled for October 24th" is news of the 22nd). A past
    event known only to the month or year ("they met in August") is placed at the end of
    that period (but not after its article), so it never precedes the same month's
    day-dated news; told as past within the article's own period, it sits the day before the
    article."""
    when = evidence.event_date
    if when is None:
        return None
    published = evidence.published
    if evidence.date_precision in ("month", "year"):
        start = when
        when = _period_end(when, evidence.date_precision)
        if (
            published is not None
            and start < published < when
            and evidence.modality in ("asserted", "reported")
        ):
            # Told as past ("at the first talks earlier this year"), it came before the
            # article's own day: the day before, so it never outweighs the article's present.
            return published - timedelta(days=1)
    if published is not None and when > published:
        return published
    return when


def _period_end(start: date, precision: str) -> date:
    if precision == "year":
        return date(start.year, 12, 31)
    following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return following - timedelta(days=1)


# A track shown in use (``tracker.extract.inuse``: its sides exchanging drafts, handing over a
# reply) weighs this much of a status cue's claim: it confirms the track carrying on and
# never outvotes a halt (docs/lexicon.md, "An ongoing track shown in use").
IN_USE_WEIGHT: Final = 0.5


def shown_in_use(evidence: Evidence) -> bool:
    """Whether the machine read ``evidence`` as the track shown in use (not an analyst)."""
    return (
        evidence.reading == "machine"
        and evidence.signal == INUSE_SIGNAL
        and is_in_use_cue(evidence.cue)
    )


def in_use_weight(evidence: Evidence) -> float:
    """``IN_USE_WEIGHT`` for a reading of the track shown in use, 1 otherwise."""
    return IN_USE_WEIGHT if shown_in_use(evidence) else 1.0


# An encounter ahead doubted ("unlikely to take place", "is in doubt", "hangs in the
# balance", signal ``doubted``): a halt told as an estimate, not as a decision, weighs this
# much of a halt reported as decided. ICD 203 puts "unlikely" at 20-45%: the claim is that
# the event is not going ahead as planned, held with less confidence (docs/inference.md).
ESTIMATIVE_WEIGHT: Final = 0.6
ESTIMATIVE_SIGNALS: Final = frozenset({"doubted"})


def estimative_weight(evidence: Evidence) -> float:
    """``ESTIMATIVE_WEIGHT`` for the machine's reading of an estimative doubt, 1 otherwise (an
    analyst who confirmed the reading has weighed it)."""
    if evidence.reading == "machine" and evidence.signal in ESTIMATIVE_SIGNALS:
        return ESTIMATIVE_WEIGHT
    return 1.0


def calls_off_an_occasion(evidence: Evidence, kind: TrackKind, lexicon: Lexicon) -> bool:
    """Whether the machine read ``evidence``, on a track of a process kind (talks, channel,
    initiative, coalition), as one occasion called off: a signal that halts an encounter (a
    trip, a meeting, a visit called off) and says nothing of a standing line of contact
    ("called off his trip", "the meeting was cancelled"; not "suspended the talks", which
    halts the line itself). On its own it claims the process's halt (the lexicon's status
    for the kind); told beside the process going on it is a step of it (``infer.status``)."""
    if kind_family(kind) is KindFamily.ENCOUNTER or evidence.reading != "machine":
        return False
    return _halts_an_occasion(evidence.signal, lexicon)


@lru_cache(maxsize=256)
def _halts_an_occasion(signal: str | None, lexicon: Lexicon) -> bool:
    halts_a_meeting = lexicon.status_for(signal, TrackKind.MEETING) in HALTS[TrackKind.MEETING]
    return halts_a_meeting and lexicon.status_for(signal, TrackKind.CHANNEL) is None


def tells_the_process_going_on(evidence: Evidence, lexicon: Lexicon) -> bool:
    """Whether ``evidence``, a claim of a process kind's status, tells the process going on
    at its date: told as a fact (asserted or reported, not a plan ahead: "the talks will go
    on"), in the process's own words (a signal with no status on an encounter: "negotiations
    continue", "remain in contact", "resumed"), or an encounter of the process told on a
    day the source states ("the negotiators met by video on Thursday"). An encounter told
    without its day ("have met twice since January") is a past one in passing."""
    if evidence.modality not in _TOLD_AS_FACT:
        return False
    if lexicon.status_for(evidence.signal, TrackKind.MEETING) is None:
        return True
    return evidence.date_basis in FIRM_DATE_BASES


_TOLD_AS_FACT: Final = frozenset({"asserted", "reported"})


# A claim as the occasion rule sees it: its id, excerpt, track kind, status for that kind,
# independent source and claim date.
Told = tuple[int, Evidence, TrackKind, str, str, date]


def occasions_beside_the_process(told: Iterable[Told], lexicon: Lexicon) -> dict[int, list[int]]:
    """The occasions of a process called off (``calls_off_an_occasion``) that the same
    independent source tells, on the same claim date and track, beside the process going on
    (a claim of a status that is no halt: ``tells_the_process_going_on``), each with the ids
    of those claims. Such an occasion is a step of the process, not its halt: the trip
    called off changes the trip, the talks go on (``infer.status``, ``infer.grading``)."""
    going_on: dict[tuple[str, str, date], list[int]] = defaultdict(list)
    occasions: list[tuple[int, tuple[str, str, date]]] = []
    for i, e, kind, status, group, when in told:
        key = (e.track_id, group, when)
        if calls_off_an_occasion(e, kind, lexicon):
            occasions.append((i, key))
        elif status not in HALTS[kind] and tells_the_process_going_on(e, lexicon):
            going_on[key].append(i)
    return {i: going_on[key] for i, key in occasions if key in going_on}


def reading_weight(evidence: Evidence) -> float:
    """``ANALYST_READING_WEIGHT`` for an analyst's reading, 1 for the machine's."""
    return ANALYST_READING_WEIGHT if evidence.reading in _ANALYST_READINGS else 1.0


def date_weight(evidence: Evidence) -> float:
    if evidence.date_basis in FIRM_DATE_BASES:
        return 1.0 if evidence.date_precision == "day" else 0.9
    if evidence.date_basis == "inferred":
        return 0.85
    return 0.7


@dataclass(frozen=True)
class Claim:
    """An excerpt read as a statement about the track's status."""

    evidence: Evidence
    status: str
    when: date | None
    weight: float
    group: str

    @property
    def id(self) -> int:
        return self.evidence.id
