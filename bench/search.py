"""Ranked full-text search over many excerpts: p50 and p95 of
``tracker.services.search.search`` over common and rare terms (the target), and over
queries of the query language (phrases, prefixes, OR, exclusions, a track filter).

The database has the project's schema (``open_db``); excerpts are bulk-inserted (the FTS
triggers index them) from generated sentences, so word frequencies range from "in almost
every excerpt" to "in a handful".
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a plain script

from bench.common import WORK, median, parser, percentile, report
from bench.corpus import FILLER, PAIRS, SPEAKERS, STATUS_SENTENCES, WEEKDAYS

COMMON = ["summit", "said", "talks", "meeting", "postponed", "hold", "putin", "the", "call", "war"]
RARE = [
    "zanzibar",
    "quillfeather",
    "ceasefire line",
    "obsidian",
    "marigold",
    "tangerine",
    "vortex",
    "saffron",
    "juniper",
    "nebula",
]
# The query language (phrases on the unstemmed index, prefixes, OR, exclusions, filters).
SYNTAX = [
    '"put on hold"',
    '"called off"',
    "postpon*",
    "postponed OR cancelled",
    "summit -budapest",
    '"productive phone call" track:rubio',
    "zanzib*",
]
RARE_WORDS = ["zanzibar", "quillfeather", "obsidian", "marigold", "tangerine", "vortex",
              "saffron", "juniper", "nebula"]  # fmt: skip


def _sentence(rng: random.Random, index: int) -> str:
    a, b, place, kind = rng.choice(PAIRS)
    template = rng.choice(STATUS_SENTENCES + FILLER)
    speaker = rng.choice(SPEAKERS)
    text = template.format(
        a=a, b=b, place=place, kind=kind, when="October 24", speaker=speaker,
        speaker_cap=speaker[0].upper() + speaker[1:], weekday=rng.choice(WEEKDAYS),
    )  # fmt: skip
    if index % 997 == 0:  # a few excerpts carry rare words
        text += " " + RARE_WORDS[(index // 997) % len(RARE_WORDS)]
    return text


def build(count: int) -> str:
    """A database of ``count`` excerpts (cached); returns its path."""
    from tracker.services.setup import ensure_default_tracks
    from tracker.storage.db import open_db

    path = WORK / f"search-{count}.db"
    if path.exists():
        return str(path)
    WORK.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    store = open_db(partial)
    ensure_default_tracks(store)
    tracks = [r[0] for r in store.conn.execute("SELECT id FROM tracks")]
    rng = random.Random(5)
    docs = max(1, count // 30)
    now = store.now()
    with store.write():
        store.conn.executemany(
            "INSERT INTO documents (id, title, raw_text, text, sha256, chars, ingested_at) "
            "VALUES (?, ?, '', '', ?, 0, ?)",
            [(i, f"Document {i}", f"sha-{i}", now) for i in range(1, docs + 1)],
        )
        batch: list[tuple[object, ...]] = []
        for i in range(1, count + 1):
            text = _sentence(rng, i)
            batch.append((i, 1 + i % docs, tracks[i % len(tracks)], 0, len(text), text, now))
            if len(batch) >= 20_000:
                store.conn.executemany(
                    'INSERT INTO excerpts (id, document_id, track_id, start, "end", exact, '
                    "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    batch,
                )
                batch.clear()
        if batch:
            store.conn.executemany(
                'INSERT INTO excerpts (id, document_id, track_id, start, "end", exact, '
                "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                batch,
            )
    store.conn.execute("INSERT INTO excerpts_fts(excerpts_fts) VALUES ('optimize')")
    store.close()
    partial.rename(path)
    return str(path)


def main() -> None:
    p = parser(__doc__ or "")
    p.add_argument("--excerpts", type=int, default=1_000_000)
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args()
    from tracker.services.search import search
    from tracker.storage.db import open_db

    started = time.perf_counter()
    path = build(args.excerpts)
    built = time.perf_counter() - started
    store = open_db(path)
    rows = []
    all_ms: list[float] = []  # plain words: the figure the target is about
    syntax_ms: list[float] = []
    for term in COMMON + RARE + SYNTAX:
        times = []
        hits = 0
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            hits = len(search(store, term))
            times.append((time.perf_counter() - t0) * 1000)
        (syntax_ms if term in SYNTAX else all_ms).extend(times)
        kind = "common" if term in COMMON else "rare" if term in RARE else "syntax"
        rows.append({"term": term, "kind": kind, "hits": hits, "median_ms": median(times)})
    p95 = percentile(all_ms, 0.95)
    report(
        "search",
        rows,
        {
            "excerpts": args.excerpts,
            "build_s": built,
            "p50_ms": percentile(all_ms, 0.5),
            "p95_ms": p95,
            "syntax_p95_ms": percentile(syntax_ms, 0.95),
            "target_p95_ms": 20.0,
            "ratio_to_target": p95 / 20.0,
        },
        as_json=args.json,
        target="p95 <= 20 ms",
    )


if __name__ == "__main__":
    main()
