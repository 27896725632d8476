"""Large benchmark databases, fast: a sample of generated articles goes through the full
import (extraction, copies, grading, inference), then its documents and excerpts are
replicated with shifted dates (new ids and hashes; the FTS triggers index every copy) up to
the size wanted. The result has the schema, indexes and evidence density of a real import
without taking hours to build. Databases are cached under ``WORK``.
"""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench.common import WORK
from bench.corpus import write_corpus

SAMPLE = 200


def _shift(day: str | None, days: int) -> str | None:
    if not day or not days:
        return day
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def replicate(store: Any, docs: int, *, shift_days: int = 0) -> None:
    """Copy the stored documents and their excerpts (new ids and hashes) until the database
    holds ``docs`` documents; copy ``n`` has its dates moved ``n * shift_days`` days later."""
    conn = store.conn
    doc_cols = [r[1] for r in conn.execute("PRAGMA table_info(documents)")]
    ex_cols = [r[1] for r in conn.execute("PRAGMA table_info(excerpts)")]
    doc_rows = conn.execute(f"SELECT {', '.join(doc_cols)} FROM documents ORDER BY id").fetchall()
    ex_cols_q = ", ".join(f'"{c}"' for c in ex_cols)
    ex_rows = conn.execute(f"SELECT {ex_cols_q} FROM excerpts ORDER BY id").fetchall()
    keys = dict(conn.execute("SELECT excerpt_id, norm FROM excerpt_keys").fetchall())
    doc_stride = max(r[0] for r in doc_rows)
    ex_stride = max((r[0] for r in ex_rows), default=0)
    di = {c: i for i, c in enumerate(doc_cols)}
    xi = {c: i for i, c in enumerate(ex_cols)}
    doc_sql = (
        f"INSERT INTO documents ({', '.join(doc_cols)}) VALUES ({', '.join('?' * len(doc_cols))})"
    )
    ex_sql = f"INSERT INTO excerpts ({ex_cols_q}) VALUES ({', '.join('?' * len(ex_cols))})"
    made = len(doc_rows)
    copy = 0
    with store.write():
        while made < docs:
            copy += 1
            days = copy * shift_days
            batch = doc_rows[: docs - made]
            new_docs = []
            for r in batch:
                row = list(r)
                row[di["id"]] = r[di["id"]] + copy * doc_stride
                row[di["sha256"]] = f"{r[di['sha256']]}-{copy}"
                row[di["published"]] = _shift(r[di["published"]], days)
                if r[di["duplicate_of"]] is not None:
                    row[di["duplicate_of"]] = r[di["duplicate_of"]] + copy * doc_stride
                new_docs.append(row)
            conn.executemany(doc_sql, new_docs)
            wanted = {r[di["id"]] for r in batch}
            new_ex, new_keys = [], []
            for r in ex_rows:
                if r[xi["document_id"]] not in wanted:
                    continue
                row = list(r)
                row[xi["id"]] = r[xi["id"]] + copy * ex_stride
                row[xi["document_id"]] = r[xi["document_id"]] + copy * doc_stride
                row[xi["event_date"]] = _shift(r[xi["event_date"]], days)
                if r[xi["duplicate_of"]] is not None:
                    row[xi["duplicate_of"]] = r[xi["duplicate_of"]] + copy * ex_stride
                new_ex.append(row)
                new_keys.append((row[xi["id"]], row[xi["document_id"]], keys.get(r[xi["id"]], "")))
            conn.executemany(ex_sql, new_ex)
            conn.executemany(
                "INSERT INTO excerpt_keys (excerpt_id, document_id, norm) VALUES (?, ?, ?)",
                new_keys,
            )
            made += len(batch)


def build_db(
    docs: int, *, path: Path | None = None, sample: int = SAMPLE, refresh: bool = True
) -> Path:
    """A database of ``docs`` documents (cached); returns its path."""
    from tracker.services import assessments
    from tracker.services.ingest import ingest_paths
    from tracker.services.setup import initialise
    from tracker.storage.db import open_db

    sample = min(sample, docs)
    path = path or WORK / f"bulk-{docs}.db"
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for extra in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        extra.unlink(missing_ok=True)
    store = open_db(partial)
    initialise(store, with_seeds=False)
    with tempfile.TemporaryDirectory(prefix="tracker-bench-") as folder:
        write_corpus(Path(folder), sample, seed=11)
        ingest_paths(store, [folder])
    replicate(store, docs, shift_days=7)
    if refresh:
        assessments.refresh(store)
    store.close()
    sqlite3.connect(partial).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    partial.rename(path)
    return path
