"""One very large article of distinct sentences: how long its import takes, stage by stage.

The article is built from the status and filler sentences of ``bench/corpus.py``, each made
distinct by a serial number and a rotating set of words, so nothing in it is a copy of
anything else and most sentences are evidence for a track: the worst case for excerpt
de-duplication and for the write lock. Stages timed: reading (``prepare_file``),
extraction, and the whole import (extraction, storing the document with its excerpts,
bringing the corpus up to date: copies, near-identical quotes, grading, inference); and
the longest time the import held the write lock (one transaction), which is what an
analyst's action in another window may wait for.

    .venv/bin/python bench/big_article.py [--mb 10] [--json]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a plain script

from bench.common import parser, report
from bench.corpus import FILLER, PAIRS, SPEAKERS, STATUS_SENTENCES, WEEKDAYS

WORDS = [
    "officials",
    "reporters",
    "diplomats",
    "envoys",
    "aides",
    "ministers",
    "delegates",
    "observers",
    "analysts",
    "negotiators",
    "advisers",
    "spokesmen",
    "correspondents",
    "lawmakers",
]


def big_article(megabytes: float, seed: int = 11) -> str:
    """An article of about ``megabytes`` MB, every sentence distinct."""
    rng = random.Random(seed)
    target = int(megabytes * 1_048_576)
    parts = ["Putin and Trump summit in Budapest put on hold, officials say", ""]
    size = sum(len(p) + 1 for p in parts)
    serial = 0
    while size < target:
        paragraph = []
        for _ in range(rng.randrange(2, 5)):
            serial += 1
            a, b, place, kind = rng.choice(PAIRS[:2])
            pool = STATUS_SENTENCES if rng.random() < 0.6 else FILLER
            speaker = rng.choice(SPEAKERS)
            sentence = rng.choice(pool).format(
                a=a,
                b=b,
                place=place,
                kind=kind,
                when="November 3",
                speaker=speaker,
                speaker_cap=speaker[0].upper() + speaker[1:],
                weekday=rng.choice(WEEKDAYS),
            )
            tag = " ".join(rng.sample(WORDS, 3))
            paragraph.append(f"{sentence[:-1]} (item {serial}, {tag}).")
        text = " ".join(paragraph)
        parts += [text, ""]
        size += len(text) + 2
    return "\n".join(parts)


class LockClock:
    """Records how long each outermost write transaction of ``store`` lasted (wall-clock
    and processor seconds): the write lock is held from BEGIN IMMEDIATE to COMMIT."""

    def __init__(self, store: Any) -> None:
        self.spans: list[tuple[float, float]] = []
        real = store.write

        @contextmanager
        def write() -> Iterator[Any]:
            outermost = not store.conn.in_transaction
            wall, cpu = time.perf_counter(), time.process_time()
            with real() as db:
                yield db
            if outermost:
                self.spans.append((time.perf_counter() - wall, time.process_time() - cpu))

        store.write = write


@contextmanager
def timed(figures: dict[str, float], name: str) -> Iterator[None]:
    """Wall-clock and processor seconds of the block (the machine may be shared: the
    processor time is what the work itself cost)."""
    wall, cpu = time.perf_counter(), time.process_time()
    yield
    figures[f"{name}_s"] = round(time.perf_counter() - wall, 2)
    figures[f"{name}_cpu_s"] = round(time.process_time() - cpu, 2)


def main() -> None:
    p = parser(__doc__ or "")
    p.add_argument("--mb", type=float, default=10.0)
    args = p.parse_args()

    from tracker.extract import extract_document
    from tracker.ingest.pipeline import prepare_file
    from tracker.services.ingest import ingest_paths
    from tracker.services.setup import initialise
    from tracker.storage import tracks as track_rows
    from tracker.storage.db import open_db

    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="tracker-big-") as tmp:
        path = Path(tmp) / "big.txt"
        path.write_text(big_article(args.mb), encoding="utf-8")
        figures["megabytes"] = round(path.stat().st_size / 1_048_576, 2)
        store = open_db(Path(tmp) / "big.db")
        initialise(store, with_seeds=False)
        with timed(figures, "read"):
            prepared = prepare_file(path, max_bytes=64 * 1_048_576)
        doc = prepared.document
        with timed(figures, "extract"):
            findings = extract_document(doc.text, doc.published, track_rows.list_tracks(store))
        figures["findings"] = len(findings)
        held = LockClock(store)
        with timed(figures, "import"):
            result = ingest_paths(store, [path], max_bytes=64 * 1_048_576)
        figures["transactions"] = len(held.spans)
        figures["longest_lock_s"] = round(max(w for w, _c in held.spans), 2)
        figures["longest_lock_cpu_s"] = round(max(c for _w, c in held.spans), 2)
        figures["outcome_new"] = result.count("new")
        figures["excerpts"] = store.counts()["excerpts"]
        store.close()
    report("Import of one large article of distinct sentences", [], figures, as_json=args.json)


if __name__ == "__main__":
    main()
