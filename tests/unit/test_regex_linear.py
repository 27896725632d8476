"""Every regular expression in ``tracker/`` is fed adversarial runs (``bench/regex_scan.py``
lists them: runs of "[", "!?", "*a ", spaces, stops, quotes …) under a watchdog: a pattern
with nested or overlapping quantifiers takes quadratic time on such a run and trips it.

The watchdog is not a speed test: a linear pattern takes milliseconds over these inputs,
a quadratic one many seconds; the limit sits far between the two.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from regex_scan import UNITS, patterns, run

CHARS = 10_000
WATCHDOG_SECONDS = 5


class Hung(Exception):
    pass


@contextmanager
def watchdog(seconds: int) -> Iterator[None]:
    def expire(signum: int, frame: object) -> None:
        raise Hung

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


ALL = sorted(patterns(), key=lambda item: item[0])


def test_the_scan_finds_the_patterns() -> None:
    names = {name for name, _ in ALL}
    assert len(ALL) > 50
    assert {"tracker.ingest.markdown._LINK", "tracker.extract.sentences._BOUNDARY"} <= names


@pytest.mark.skipif(not hasattr(signal, "SIGALRM"), reason="no SIGALRM here")
@pytest.mark.parametrize(("name", "pattern"), ALL, ids=[name for name, _ in ALL])
def test_each_pattern_is_linear_on_adversarial_runs(name: str, pattern: object) -> None:
    for unit in UNITS:
        text = unit * (CHARS // len(unit))
        try:
            with watchdog(WATCHDOG_SECONDS):
                run(pattern, text)  # type: ignore[arg-type]
        except Hung:
            pytest.fail(f"{name} did not finish a run of {unit!r} ({CHARS} characters)")


@pytest.mark.parametrize(
    ("unit", "suffix"), [("[", ".md"), ("!?", ".txt"), ("*a ", ".md"), ("  ", ".html")]
)
def test_hostile_runs_import_quickly(unit: str, suffix: str) -> None:
    from tracker.ingest.pipeline import prepare_bytes

    body = "Summit talks in Budapest are on hold\n\n" + unit * (200_000 // len(unit))
    with watchdog(WATCHDOG_SECONDS * 4):
        prepared = prepare_bytes(
            (body + "\n\nThe summit was postponed.").encode(), name="a" + suffix
        )
    assert prepared.document.chars > 0
