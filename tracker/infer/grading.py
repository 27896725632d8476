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
from collections.abc import Iterator, Mapping, Sequence
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
    """Items by claim date, so "within the window of ``day``" is a range, not a scan.

    Undated items are near every date (as ``_near`` has it), and a search from an undated
    claim sees every item.
    """

    def __init__(self) -> None:
        self._dated: list[tuple[date, int]] = []
        self._undated: list[int] = []
        self._sorted = True

    def add(self, when: date | None, index: int) -> None:
        if when is None:
            self._undated.append(index)
        else:
            self._dated.append((when, index))
            self._sorted = False

    def near(self, when: date | None) -> Iterator[int]:
        if not self._sorted:
            self._dated.sort()
            self._sorted = True
        yield from self._undated
        if when is None:
            for _day, index in self._dated:
                yield index
            return
        lo = bisect.bisect_left(self._dated, (when - _WINDOW, -1))
        hi = bisect.bisect_right(self._dated, (when + _WINDOW, _LAST))
        for pos in range(lo, hi):
            yield self._dated[pos][1]


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
    ids = [e.id for e in items]
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
            by_signal[key].setdefault(e.signal, _Timeline()).add(when[i], i)
            if st is not None:
                assertive[key].setdefault(st, _Timeline()).add(when[i], i)
                assertive_groups[key].setdefault(st, set()).add(groups[i])
        elif e.modality in OPPOSING and st is not None:
            opposing[key].setdefault(st, _Timeline()).add(when[i], i)

    def compatible_with(table: dict[str, _Timeline], st: str) -> list[_Timeline]:
        return [line for other, line in table.items() if lex.compatible(other, st)]

    corroborated: list[bool | None] = [None] * count

    def is_corroborated(i: int) -> bool:
        """Whether another independent source makes a compatible claim near in time."""
        known = corroborated[i]
        if known is not None:
            return known
        st = statuses[i]
        found = False
        if st is not None:
            mine = groups[i]
            for line in compatible_with(assertive[keys[i]], st):
                for j in line.near(when[i]):
                    if ids[j] != ids[i] and groups[j] != mine:
                        found = True
                        break
                if found:
                    break
        corroborated[i] = found
        return found

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
            asserting: set[str] = set()
            if st is not None:
                for other, found in assertive_groups[key].items():
                    if lex.compatible(other, st):
                        asserting |= found
            asserting.discard(mine)
            grades[e.id] = 4 if len(asserting) >= 2 else 3
            continue
        if st is None:  # a development (e.g. a call on a summit track)
            line = by_signal[key].get(e.signal)
            same = line is not None and any(groups[j] != mine for j in line.near(when[i]))
            grades[e.id] = 1 if same else (2 if reliable else 3)
            continue
        if is_corroborated(i):
            grades[e.id] = 1
            continue
        contradicted = strongly = False
        for line in compatible_with(opposing[key], st):
            if any(groups[j] != mine for j in line.near(when[i])):
                contradicted = True
                break
        kind = kinds_[i]
        for other, line in assertive[key].items():
            if strongly:
                break
            if not (disagrees(kind, other, st, lex) and disagrees(kind, st, other, lex)):
                continue
            for j in line.near(when[i]):
                if groups[j] == mine:
                    continue
                contradicted = True
                if is_corroborated(j):
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
