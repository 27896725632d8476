"""Every regular expression in ``tracker/`` is fed adversarial runs (``bench/regex_scan.py``
lists them: runs of "[", "!?", "*a ", spaces, stops, quotes …) under a watchdog: a pattern
with nested or overlapping quantifiers takes quadratic time on such a run and trips it.

The watchdog is not a speed test: a linear pattern takes milliseconds over these inputs,
a quadratic one many seconds; the limit sits far between the two.

A few patterns are only ever matched at one position or searched in a short window around
a cue (``regex_scan.AT_A_POSITION``, ``IN_A_WINDOW``): they are run that way here.
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import pytest

from tracker.services.evidence import reading_lexicon
from tracker.services.ingest import ingest_text
from tracker.services.reading import read_prepared
from tracker.storage.db import Store

from .linear import LINEAR_GROWTH, Hung, growth, watchdog

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from regex_scan import UNITS, patterns, run

CHARS = 10_000
WATCHDOG_SECONDS = 5


ALL = sorted(patterns(), key=lambda item: item[0])


def test_the_scan_finds_the_patterns() -> None:
    names = {name for name, _ in ALL}
    assert len(ALL) > 50
    assert {"tracker.ingest.markdown._LINK", "tracker.extract.sentences._BOUNDARY"} <= names


@pytest.mark.skipif(not hasattr(signal, "SIGPROF"), reason="no SIGPROF here")
@pytest.mark.parametrize(("name", "pattern"), ALL, ids=[name for name, _ in ALL])
def test_each_pattern_is_linear_on_adversarial_runs(name: str, pattern: object) -> None:
    for unit in UNITS:
        text = unit * (CHARS // len(unit))
        try:
            with watchdog(WATCHDOG_SECONDS):
                run(pattern, text, name)  # type: ignore[arg-type]
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


# The run of "!?" that took 68 s to import at 80 KB (each "!" and "?" tried as the start
# of a sentence stop, then scanned to the end of the run), inside an article whose
# evidence must still be found.
HEAD = "Budapest summit on hold\n\nThe planned summit between Trump and Putin in Budapest "
TAIL = " has been put on hold, officials said on Tuesday.\n"


def test_an_article_with_a_long_run_of_stops_imports(fresh_db: Store) -> None:
    text = HEAD + "!?" * 100_000 + TAIL  # 200 KB: 7 minutes before the fix
    with watchdog(120):
        item = ingest_text(fresh_db, text, title="Budapest summit on hold", published="2025-10-21")
    assert item.outcome == "new"
    signals = {
        str(row[0])
        for row in fresh_db.conn.execute(
            "SELECT signal FROM excerpts WHERE track_id = 'trump-putin-summit'"
        )
    }
    assert "on_hold" in signals


def test_reading_a_run_of_stops_is_linear(fresh_db: Store) -> None:
    from tracker.ingest.pipeline import prepare_bytes
    from tracker.services.tracks import default_tracks

    tracks = default_tracks()
    lexicon = reading_lexicon(fresh_db)  # what an import reads with (no analysts' rules yet)

    def read(text: str) -> object:
        return read_prepared("a.txt", prepare_bytes(text.encode(), name="a.txt"), tracks, lexicon)

    ratio = growth(read, lambda chars: HEAD + "!?" * (chars // 2) + TAIL, 20_000)
    assert ratio < LINEAR_GROWTH, f"one article cost {ratio:.1f}x four a quarter its length"


@pytest.mark.skipif(not hasattr(signal, "SIGPROF"), reason="no SIGPROF here")
def test_the_watchdog_counts_processor_time_not_waiting() -> None:
    import time

    with watchdog(0.2):
        time.sleep(0.4)  # waiting, as on a machine other programs keep busy: no trip
    with pytest.raises(Hung), watchdog(0.2):
        while True:  # computation that never finishes trips it
            pass
