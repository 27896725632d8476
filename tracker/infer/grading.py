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

The rules compare each excerpt only with the excerpts that could matter: they are indexed
by track, status (or signal) and claim date, so grading is near-linear in the evidence
instead of quadratic.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Final

from tracker.domain.models import Evidence
from tracker.domain.vocabulary import TrackKind
from tracker.extract.lexicon import Lexicon, load_lexicon
from tracker.infer.claims import ASSERTIVE, OPPOSING, claim_date, disagrees, implied_status
from tracker.infer.sources import SourceIndex

WINDOW_DAYS: Final = 7
_WINDOW: Final = timedelta(days=WINDOW_DAYS)


def _near(a: date | None, b: date | None) -> bool:
    if a is None or b is None:
        return True
    return abs((a - b).days) <= WINDOW_DAYS


class _Timeline:
    """Claims by claim date, so "is there a claim of another source within the window of
    ``day``" is two bisections and a lookup instead of a scan.

    Undated claims are near every date (as ``_near`` has it), and an undated claim is near
    every claim.
    """

    def __init__(self) -> None:
        self._items: list[tuple[date, str, int]] = []
        self._undated: set[str] = set()
        self.indexes: list[int] = []
        self._days: list[date] = []
        self._groups: list[str] = []
        self._next_other: list[int] = []
        self._built = False

    def add(self, when: date | None, group: str, index: int) -> None:
        self.indexes.append(index)
        if when is None:
            self._undated.add(group)
        else:
            self._items.append((when, group, index))
        self._built = False

    def _build(self) -> None:
        self._items.sort()
        self._days = [d for d, _g, _i in self._items]
        self._groups = [g for _d, g, _i in self._items]
        # _next_other[k]: the first position at or after k whose group differs from k's.
        count = len(self._groups)
        self._next_other = [count] * count
        for k in range(count - 2, -1, -1):
            same = self._groups[k + 1] == self._groups[k]
            self._next_other[k] = self._next_other[k + 1] if same else k + 1
        self._built = True

    def has_other(self, when: date | None, mine: str) -> bool:
        """Whether a claim of a group other than ``mine`` is near ``when``."""
        if self._undated and (len(self._undated) > 1 or mine not in self._undated):
            return True
        if not self._items:
            return False
        if not self._built:
            self._build()
        if when is None:
            lo, hi = 0, len(self._days)
        else:
            lo = bisect.bisect_left(self._days, when - _WINDOW)
            hi = bisect.bisect_right(self._days, when + _WINDOW)
        if lo >= hi:
            return False
        return self._groups[lo] != mine or self._next_other[lo] < hi


_LAST: Final = 1 << 62


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
    items = list(evidence)
    count = len(items)
    kinds_ = [kind_of.get(e.track_id, TrackKind.SUMMIT) for e in items]
    statuses = [
        implied_status(e, kinds_[i], lex) if e.signal else None for i, e in enumerate(items)
    ]
    when = [claim_date(e) for e in items]
    groups = [sources.group(e.id) for e in items]
    keys = [(e.track_id, e.context) for e in items]

    # Per (track, context): assertive claims by status and by signal, opposing ones by status.
    assertive: dict[tuple[str, bool], dict[str, _Timeline]] = defaultdict(dict)
    assertive_groups: dict[tuple[str, bool], dict[str, set[str]]] = defaultdict(dict)
    by_signal: dict[tuple[str, bool], dict[str, _Timeline]] = defaultdict(dict)
    opposing: dict[tuple[str, bool], dict[str, _Timeline]] = defaultdict(dict)
    for i, e in enumerate(items):
        if not e.signal:
            continue
        key, st = keys[i], statuses[i]
        if e.modality in ASSERTIVE:
            by_signal[key].setdefault(e.signal, _Timeline()).add(when[i], groups[i], i)
            if st is not None:
                assertive[key].setdefault(st, _Timeline()).add(when[i], groups[i], i)
                assertive_groups[key].setdefault(st, set()).add(groups[i])
        elif e.modality in OPPOSING and st is not None:
            opposing[key].setdefault(st, _Timeline()).add(when[i], groups[i], i)

    def compatible_with(table: dict[str, _Timeline], st: str) -> list[_Timeline]:
        return [line for other, line in table.items() if lex.compatible(other, st)]

    corroborated: list[bool | None] = [None] * count

    def is_corroborated(i: int) -> bool:
        """Whether another independent source makes a compatible claim near in time."""
        known = corroborated[i]
        if known is None:
            st = statuses[i]
            known = st is not None and any(
                line.has_other(when[i], groups[i])
                for line in compatible_with(assertive[keys[i]], st)
            )
            corroborated[i] = known
        return known

    # The corroborated assertive claims, per (track, context) and status, built when needed.
    confirmed: dict[tuple[tuple[str, bool], str], _Timeline] = {}

    def confirmed_line(key: tuple[str, bool], st: str) -> _Timeline:
        line = confirmed.get((key, st))
        if line is None:
            line = _Timeline()
            for j in assertive[key][st].indexes:
                if is_corroborated(j):
                    line.add(when[j], groups[j], j)
            confirmed[(key, st)] = line
        return line

    asserting_groups: dict[tuple[tuple[str, bool], str], set[str]] = {}

    grades: dict[int, int] = {}
    for i, e in enumerate(items):
        st = statuses[i]
        if not e.signal:
            grades[e.id] = 6
            continue
        if e.modality == "hypothetical":
            grades[e.id] = 4
            continue
        reliable = e.reliability.upper() in ("A", "B")
        key, mine = keys[i], groups[i]
        if e.modality in OPPOSING:
            found: set[str] = set()
            if st is not None:
                cached = asserting_groups.get((key, st))
                if cached is None:
                    cached = set()
                    for other, members in assertive_groups[key].items():
                        if lex.compatible(other, st):
                            cached |= members
                    asserting_groups[(key, st)] = cached
                found = cached
            others = len(found) - (1 if mine in found else 0)
            grades[e.id] = 4 if others >= 2 else 3
            continue
        if st is None:  # a development (e.g. a call on a summit track)
            line = by_signal[key].get(e.signal)
            same = line is not None and line.has_other(when[i], mine)
            grades[e.id] = 1 if same else (2 if reliable else 3)
            continue
        if is_corroborated(i):
            grades[e.id] = 1
            continue
        contradicted = any(
            line.has_other(when[i], mine) for line in compatible_with(opposing[key], st)
        )
        strongly = False
        kind = kinds_[i]
        for other, line in assertive[key].items():
            if not (disagrees(kind, other, st, lex) and disagrees(kind, st, other, lex)):
                continue
            if not contradicted and line.has_other(when[i], mine):
                contradicted = True
            if contradicted and confirmed_line(key, other).has_other(when[i], mine):
                strongly = True
                break
        if strongly:
            grades[e.id] = 5
        elif contradicted:
            grades[e.id] = 4
        else:
            grades[e.id] = 2 if reliable else 3
    # Near-identical copies share their original's grade.
    for e in evidence:
        if e.duplicate_of is not None and e.duplicate_of in grades:
            grades[e.id] = grades[e.duplicate_of]
    return grades
