"""Admiralty credibility (1–6) of each excerpt, from corroboration and contradiction.

Rules, first match wins (documented in docs/lexicon.md):

- 6 *cannot be judged*: the excerpt carries no status signal.
- 4 *doubtful*: hypothetical ("could", "may", "if").
- 1 *confirmed*: asserted, reported or future, and another independent source (a different
  document that is not a copy, from a different or unknown outlet, not a near-identical
  quote) makes a claim of the same or a compatible status on the same track within
  ``WINDOW_DAYS`` days.
- 5 *improbable*: uncorroborated, and contradicted by a status that is itself confirmed by
  at least two independent sources in that window.
- 4 *doubtful*: uncorroborated and contradicted by some other source (including a denial).
- 2 *probably true*: uncorroborated, uncontradicted, from an A or B outlet.
- 3 *possibly true*: the same from a C, D, E or F outlet (a denial or negation is graded
  here too, or 4 when what it denies is confirmed by two sources).

Near-identical copies take the grade of their original and never corroborate it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Final

from tracker.domain.models import Evidence
from tracker.domain.vocabulary import TrackKind
from tracker.extract.lexicon import Lexicon, load_lexicon
from tracker.infer.claims import ASSERTIVE, OPPOSING, claim_date, disagrees, implied_status
from tracker.infer.sources import SourceIndex

WINDOW_DAYS: Final = 7


def _near(a: date | None, b: date | None) -> bool:
    if a is None or b is None:
        return True
    return abs((a - b).days) <= WINDOW_DAYS


def grade_credibility(
    evidence: Sequence[Evidence],
    kinds: Mapping[str, TrackKind | str] | None = None,
    lexicon: Lexicon | None = None,
) -> dict[int, int]:
    """Credibility 1–6 per excerpt id (see the module docstring).

    ``kinds`` maps track id -> track kind, so signals are compared as statuses of that kind
    (a track not listed is read as a summit).
    """
    lex = lexicon or load_lexicon()
    sources = SourceIndex(evidence)
    kind_of = {k: TrackKind(v) for k, v in (kinds or {}).items()}

    def kind(e: Evidence) -> TrackKind:
        return kind_of.get(e.track_id, TrackKind.SUMMIT)

    def status(e: Evidence) -> str | None:
        return implied_status(e, kind(e), lex) if e.signal else None

    by_track: dict[tuple[str, bool], list[Evidence]] = defaultdict(list)
    for e in evidence:
        if e.signal:
            by_track[(e.track_id, e.context)].append(e)

    def corroborating_groups(e: Evidence, st: str) -> set[str]:
        mine = sources.group(e.id)
        out: set[str] = set()
        for other in by_track[(e.track_id, e.context)]:
            if other.modality not in ASSERTIVE or other.id == e.id:
                continue
            other_status = status(other)
            if other_status is None or not lex.compatible(other_status, st):
                continue
            if not _near(claim_date(e), claim_date(other)):
                continue
            group = sources.group(other.id)
            if group != mine:
                out.add(group)
        return out

    grades: dict[int, int] = {}
    for e in evidence:
        st = status(e)
        if not e.signal:
            grades[e.id] = 6
            continue
        if e.modality == "hypothetical":
            grades[e.id] = 4
            continue
        reliable = e.reliability.upper() in ("A", "B")
        if e.modality in OPPOSING:
            asserting = {
                sources.group(o.id)
                for o in by_track[(e.track_id, e.context)]
                if st is not None
                and o.modality in ASSERTIVE
                and (other_status := status(o)) is not None
                and lex.compatible(other_status, st)
                and sources.group(o.id) != sources.group(e.id)
            }
            grades[e.id] = 4 if len(asserting) >= 2 else 3
            continue
        if st is None:  # a development (e.g. a call on a summit track)
            same = {
                sources.group(o.id)
                for o in by_track[(e.track_id, e.context)]
                if o.signal == e.signal
                and o.modality in ASSERTIVE
                and sources.group(o.id) != sources.group(e.id)
                and _near(claim_date(e), claim_date(o))
            }
            grades[e.id] = 1 if same else (2 if reliable else 3)
            continue
        if corroborating_groups(e, st):
            grades[e.id] = 1
            continue
        contradicting: set[str] = set()
        strongly = False
        for other in by_track[(e.track_id, e.context)]:
            if sources.group(other.id) == sources.group(e.id):
                continue
            if not _near(claim_date(e), claim_date(other)):
                continue
            other_status = status(other)
            if other_status is None:
                continue
            if other.modality in OPPOSING and lex.compatible(other_status, st):
                contradicting.add(sources.group(other.id))
            elif (
                other.modality in ASSERTIVE
                and disagrees(kind(e), other_status, st, lex)
                and disagrees(kind(e), st, other_status, lex)
            ):
                contradicting.add(sources.group(other.id))
                if corroborating_groups(other, other_status):
                    strongly = True
        if strongly:
            grades[e.id] = 5
        elif contradicting:
            grades[e.id] = 4
        else:
            grades[e.id] = 2 if reliable else 3
    # Near-identical copies share their original's grade.
    for e in evidence:
        if e.duplicate_of is not None and e.duplicate_of in grades:
            grades[e.id] = grades[e.duplicate_of]
    return grades
