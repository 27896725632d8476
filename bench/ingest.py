"""Import throughput: the full import (reading, cleaning, extraction, copies, grading,
inference, full-text index) of N generated articles, beside the storage floor — plain
``sqlite3`` ``executemany`` of the same texts plus an FTS5 build — and the cost of a small
import (35 articles) into the database just built, which is what the analyst waits for.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a plain script

from bench.common import WORK, parser, report
from bench.corpus import write_corpus


def _corpus(count: int, seed: int) -> Path:
    folder = WORK / f"corpus-{count}-{seed}"
    if not (folder / ".complete").exists():
        write_corpus(folder, count, seed=seed)
        (folder / ".complete").write_text("ok")
    return folder


def floor(folder: Path) -> float:
    """Seconds to store the texts and build an FTS5 index, nothing else."""
    texts = [(p.read_text("utf-8"),) for p in sorted(folder.glob("*.txt"))]
    with tempfile.TemporaryDirectory(prefix="tracker-floor-") as tmp:
        started = time.perf_counter()
        conn = sqlite3.connect(Path(tmp) / "floor.db")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
        conn.executemany("INSERT INTO documents (text) VALUES (?)", texts)
        conn.execute("CREATE VIRTUAL TABLE documents_fts USING fts5(text, tokenize='porter')")
        conn.execute("INSERT INTO documents_fts (rowid, text) SELECT id, text FROM documents")
        conn.commit()
        conn.close()
        return time.perf_counter() - started


def full(folder: Path, db: Path, extra: Path | None = None) -> dict[str, float]:
    """Seconds of the full import of ``folder`` (and then of ``extra``) into a new ``db``."""
    from tracker.services import ingest
    from tracker.services.ingest import ingest_paths
    from tracker.services.setup import initialise
    from tracker.storage.db import open_db

    spent = {"refresh": 0.0}
    original = ingest.refresh

    def timed(*args: object, **kwargs: object) -> list[str]:
        t0 = time.perf_counter()
        try:
            return original(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            spent["refresh"] += time.perf_counter() - t0

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    store = open_db(db)
    initialise(store, with_seeds=False)
    ingest.refresh = timed  # type: ignore[assignment]
    try:
        started = time.perf_counter()
        ingest_paths(store, [folder])
        out = {"total": time.perf_counter() - started, "refresh": spent["refresh"]}
        if extra is not None:
            spent["refresh"] = 0.0
            started = time.perf_counter()
            ingest_paths(store, [extra])
            out["small_import"] = time.perf_counter() - started
            out["small_refresh"] = spent["refresh"]
    finally:
        ingest.refresh = original  # type: ignore[assignment]
        store.close()
    return out


def main() -> None:
    p = parser(__doc__ or "")
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    p.add_argument("--small", type=int, default=35, help="articles in the small follow-up import")
    args = p.parse_args()
    rows = []
    for n in args.sizes:
        folder = _corpus(n, 7)
        extra = _corpus(args.small, 99)
        base = floor(folder)
        got = full(folder, WORK / f"ingest-{n}.db", extra)
        rows.append(
            {
                "docs": n,
                "floor_s": base,
                "full_s": got["total"],
                "ratio": got["total"] / base,
                "refresh_s": got["refresh"],
                "per_doc_ms": got["total"] / n * 1000,
                f"then_{args.small}_s": got["small_import"],
                f"then_{args.small}_refresh_s": got["small_refresh"],
            }
        )
    figures: dict[str, object] = {"sizes": args.sizes}
    if len(rows) >= 2:
        figures["scaling"] = rows[-1]["full_s"] / rows[0]["full_s"]
        figures["size_ratio"] = rows[-1]["docs"] / rows[0]["docs"]
    report(
        "ingest",
        rows,
        figures,
        as_json=args.json,
        target="full <= 20x floor; time(10k)/time(1k) <= 11",
    )


if __name__ == "__main__":
    main()
