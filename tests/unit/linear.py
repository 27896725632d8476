"""Checks that work grows linearly with its input, without timing thresholds.

Machines running the suite are shared and busy, so no test asserts how long something
takes. Two tools instead:

- ``watchdog(seconds)``: fails a run that does not finish at all (a hang, or quadratic work
  on a megabyte), with a limit of processor time far above what linear work takes;
- ``growth(work, make)``: the processor time of one input four times as large over four
  runs of the small one, in one process and one run of the test. Linear work gives about
  1, quadratic about 4; processor time (not wall-clock time) leaves out what other
  programs on the machine do, and the ratio leaves out how fast the machine is.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# Linear work grows by about 1 (the same amount of text in one piece or in four), quadratic
# work by about 4: the line between them.
LINEAR_GROWTH = 2.5
PIECES = 4


class Hung(Exception):
    """The watchdog expired."""


@contextmanager
def watchdog(seconds: float) -> Iterator[None]:
    """Raise ``Hung`` in this (main) thread once the block has used ``seconds`` of processor
    time. Processor time, not wall-clock time: other programs keeping a shared machine busy
    slow the block down without bringing it nearer the limit; the work guarded here (regular
    expressions on long runs) is all computation, so a pattern that never finishes still
    trips it."""

    def expire(signum: int, frame: object) -> None:
        raise Hung

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _cpu(work: Callable[[], object]) -> float:
    started = time.thread_time()
    work()
    return time.thread_time() - started


def growth(
    work: Callable[[str], object], make: Callable[[int], str], size: int, *, hang: int = 120
) -> float:
    """How the cost of ``work`` grows from ``PIECES`` inputs ``make(size)`` to one input
    ``make(PIECES * size)``: the best of three of each, interleaved, as a ratio of
    processor time. About 1 for linear work, about ``PIECES`` for quadratic work."""
    small, large = make(size), make(PIECES * size)
    best_small = best_large = float("inf")
    with watchdog(hang):
        for _ in range(3):
            best_small = min(best_small, _cpu(lambda: [work(small) for _ in range(PIECES)]))
            best_large = min(best_large, _cpu(lambda: work(large)))
    return best_large / max(best_small, 1e-6)
