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

An occasion of a process called off (a trip, a meeting) that its source tells beside the
process going on the same day claims no status of the process
(``claims.occasions_beside_the_process``): it is graded as a development.

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
from tracker.infer.claims import (
    ASSERTIVE,
    OPPOSING,
    claim_date,
    disagrees,
    implied_status,
    occasions_beside_the_process,
)
from tracker.infer.sources import SourceIndex

WINDOW_DAYS: Final = 7
_WINDOW: Final = timedelta(days=WINDOW_DAYS)


class _Timeline:
    """Claims by claim date, so "is there a claim of another source within the window of
    ``day``" is two bisections and a lookup instead of a scan.

    Two claims are near when at most ``WINDOW_DAYS`` apart; undated claims are near every
    date, and an undated claim is near every claim.
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


_Key = tuple[str, bool]  # (track, context)


class _Grader:
    """The claims of one batch of evidence, indexed for grading: per (track, context), the
    assertive claims by status and by signal and the opposing ones by status."""

    def __init__(
        self,
        evidence: Sequence[Evidence],
        kinds: Mapping[str, TrackKind | str],
        lex: Lexicon,
        sources: SourceIndex | None = None,
    ) -> None:
        self.lex = lex
        sources = sources or SourceIndex(evidence)
        kind_of = {k: TrackKind(v) for k, v in kinds.items()}
        self.items = items = list(evidence)
        self.kinds = [kind_of.get(e.track_id, TrackKind.SUMMIT) for e in items]
        self.statuses = [
            implied_status(e, self.kinds[i], lex) if e.signal else None for i, e in enumerate(items)
        ]
        self.when = [claim_date(e) for e in items]
        # Only a claim's group is ever compared (an excerpt without a signal is graded 6).
        self.groups = [sources.group(e.id) if e.signal else "" for e in items]
        self.keys: list[_Key] = [(e.track_id, e.context) for e in items]
        self._steps_of_the_process(lex)
        self.assertive: dict[_Key, dict[str, _Timeline]] = defaultdict(dict)
        self.assertive_groups: dict[_Key, dict[str, set[str]]] = defaultdict(dict)
        self.by_signal: dict[_Key, dict[str, _Timeline]] = defaultdict(dict)
        self.opposing: dict[_Key, dict[str, _Timeline]] = defaultdict(dict)
        for i, e in enumerate(items):
            if e.signal:
                self._index(i, e.signal, e.modality)
        self._corroborated: list[bool | None] = [None] * len(items)
        # The corroborated assertive claims, per (track, context) and status, when needed.
        self._confirmed: dict[tuple[_Key, str], _Timeline] = {}
        self._asserting: dict[tuple[_Key, str], set[str]] = {}
        self._compatible_lines: dict[tuple[int, str], list[_Timeline]] = {}

    def _steps_of_the_process(self, lex: Lexicon) -> None:
        """An occasion of a process called off, told beside the process going on by the
        same source that day (``occasions_beside_the_process``), claims no status of the
        process: it is graded as a development and contradicts no claim of it going on."""
        told = (
            (i, e, self.kinds[i], st, self.groups[i], when)
            for i, (e, st, when) in enumerate(
                zip(self.items, self.statuses, self.when, strict=True)
            )
            if st is not None and when is not None and not e.context and e.modality in ASSERTIVE
        )
        for i in occasions_beside_the_process(told, lex):
            self.statuses[i] = None

    def _index(self, i: int, signal: str, modality: str) -> None:
        key, st, at, group = self.keys[i], self.statuses[i], self.when[i], self.groups[i]
        if modality in ASSERTIVE:
            self.by_signal[key].setdefault(signal, _Timeline()).add(at, group, i)
            if st is not None:
                self.assertive[key].setdefault(st, _Timeline()).add(at, group, i)
                self.assertive_groups[key].setdefault(st, set()).add(group)
        elif modality in OPPOSING and st is not None:
            self.opposing[key].setdefault(st, _Timeline()).add(at, group, i)

    def _compatible(self, table: dict[str, _Timeline], st: str) -> list[_Timeline]:
        # The tables are complete once built: each (table, status) is looked up once.
        found = self._compatible_lines.get((id(table), st))
        if found is None:
            found = [line for other, line in table.items() if self.lex.compatible(other, st)]
            self._compatible_lines[(id(table), st)] = found
        return found

    def corroborated(self, i: int) -> bool:
        """Whether another independent source makes a compatible claim near in time."""
        known = self._corroborated[i]
        if known is None:
            st = self.statuses[i]
            known = st is not None and any(
                line.has_other(self.when[i], self.groups[i])
                for line in self._compatible(self.assertive[self.keys[i]], st)
            )
            self._corroborated[i] = known
        return known

    def _confirmed_line(self, key: _Key, st: str) -> _Timeline:
        line = self._confirmed.get((key, st))
        if line is None:
            line = _Timeline()
            for j in self.assertive[key][st].indexes:
                if self.corroborated(j):
                    line.add(self.when[j], self.groups[j], j)
            self._confirmed[(key, st)] = line
        return line

    def _asserting_groups(self, key: _Key, st: str) -> set[str]:
        """The sources asserting a status compatible with ``st``."""
        cached = self._asserting.get((key, st))
        if cached is None:
            cached = set()
            for other, members in self.assertive_groups[key].items():
                if self.lex.compatible(other, st):
                    cached |= members
            self._asserting[(key, st)] = cached
        return cached

    def _opposing(self, i: int) -> int:
        """A denial or negation: doubtful when two other sources assert the status."""
        st = self.statuses[i]
        found = self._asserting_groups(self.keys[i], st) if st is not None else set()
        others = len(found) - (1 if self.groups[i] in found else 0)
        return 4 if others >= 2 else 3

    def _development(self, i: int, signal: str, reliable: bool) -> int:
        """A claim implying no status (e.g. a call on a summit track)."""
        line = self.by_signal[self.keys[i]].get(signal)
        same = line is not None and line.has_other(self.when[i], self.groups[i])
        return 1 if same else (2 if reliable else 3)

    def _contradiction(self, i: int, st: str) -> tuple[bool, bool]:
        """Whether another source contradicts claim ``i``, and whether strongly (by a
        corroborated claim)."""
        key, at, mine = self.keys[i], self.when[i], self.groups[i]
        contradicted = any(
            line.has_other(at, mine) for line in self._compatible(self.opposing[key], st)
        )
        kind = self.kinds[i]
        for other, line in self.assertive[key].items():
            if not (disagrees(kind, other, st, self.lex) and disagrees(kind, st, other, self.lex)):
                continue
            if not contradicted and line.has_other(at, mine):
                contradicted = True
            if contradicted and self._confirmed_line(key, other).has_other(at, mine):
                return True, True
        return contradicted, False

    def grade(self, i: int) -> int:
        e = self.items[i]
        st = self.statuses[i]
        if not e.signal:
            return 6
        if e.modality == "hypothetical":
            return 4
        reliable = e.reliability.upper() in ("A", "B")
        if e.modality in OPPOSING:
            return self._opposing(i)
        if st is None:
            return self._development(i, e.signal, reliable)
        if self.corroborated(i):
            return 1
        contradicted, strongly = self._contradiction(i, st)
        if strongly:
            return 5
        if contradicted:
            return 4
        return 2 if reliable else 3


def grade_credibility(
    evidence: Sequence[Evidence],
    kinds: Mapping[str, TrackKind | str] | None = None,
    lexicon: Lexicon | None = None,
    sources: SourceIndex | None = None,
) -> dict[int, int]:
    """Credibility 1–6 per excerpt id (see the module docstring).

    ``kinds`` maps track id -> track kind, so signals are compared as statuses of that kind
    (a track not listed is read as a summit). ``sources``: the evidence's independent
    sources, when the caller has them already.
    """
    grader = _Grader(evidence, kinds or {}, lexicon or load_lexicon(), sources)
    position = {e.id: i for i, e in enumerate(grader.items)}
    # Each excerpt's own grade is worked out only when it is read: a near-identical copy
    # takes its original's (below), so most copies' own grades are never needed.
    grades: dict[int, int | None] = dict.fromkeys(position)
    for e in evidence:
        if e.duplicate_of is not None and e.duplicate_of in grades:
            taken = grades[e.duplicate_of]
            if taken is None:
                taken = grades[e.duplicate_of] = grader.grade(position[e.duplicate_of])
            grades[e.id] = taken
    return {
        i: grade if grade is not None else grader.grade(position[i]) for i, grade in grades.items()
    }
