"""The ``excerpts`` table (evidence anchored in documents) and its normalised quotes
(``excerpt_keys``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from tracker.domain.models import Evidence, ExcerptAnchor, Finding
from tracker.storage.db import Store, chunked

# Columns an excerpt found again keeps its id for and takes the new values of.
_FINDING_FIELDS = (
    "signal",
    "cue",
    "modality",
    "speaker",
    "event_date",
    "date_precision",
    "date_basis",
    "cameo",
    "plover",
    "context",
    "prefix",
    "suffix",
)
_EVIDENCE_SQL = """
SELECT e.id, e.document_id, e.track_id, e.start, e."end", e.exact, e.prefix, e.suffix,
       e.signal, e.cue, e.modality, e.speaker, e.event_date, e.date_precision, e.date_basis,
       e.cameo, e.plover, e.context, e.credibility, e.duplicate_of, e.recorded_at,
       d.outlet, d.reliability, d.title AS document_title, d.published,
       d.duplicate_of AS document_duplicate_of, d.url
FROM excerpts e JOIN documents d ON d.id = e.document_id
WHERE e.track_id = ? {recorded}
ORDER BY {order}"""
_OLDEST_FIRST = "e.event_date IS NULL, e.event_date, e.document_id, e.start"


def _finding_row(finding: Finding) -> dict[str, Any]:
    row = finding.model_dump()
    row["event_date"] = finding.event_date.isoformat() if finding.event_date else None
    row["context"] = int(finding.context)
    return row


def evidence_for(
    store: Store,
    track_id: str,
    *,
    recorded_by: str | None = None,
    newest: int | None = None,
    recorded_after: str | None = None,
) -> list[Evidence]:
    """A track's evidence by event date (undated last); ``recorded_by`` keeps what had been
    recorded by that time, ``recorded_after`` what was recorded after that time, ``newest``
    that many of the latest event dates (then undated ones, if fewer are dated)."""
    params: list[Any] = [track_id]
    recorded = ""
    if recorded_by is not None:
        recorded = "AND e.recorded_at <= ?"
        params.append(recorded_by)
    if recorded_after is not None:
        recorded += " AND e.recorded_at > ?"
        params.append(recorded_after)
    if newest is None:
        sql = _EVIDENCE_SQL.format(recorded=recorded, order=_OLDEST_FIRST)
        return _evidence_rows(store.db.query(sql, params))
    # Dated ones by the (track, event date) index, newest first: no sort of the whole track.
    dated_sql = _EVIDENCE_SQL.format(
        recorded=recorded + " AND e.event_date IS NOT NULL",
        order="e.event_date DESC, e.document_id DESC, e.start DESC",
    )
    rows = list(store.db.query(dated_sql + " LIMIT ?", [*params, int(newest)]))[::-1]
    if len(rows) < newest:
        undated_sql = _EVIDENCE_SQL.format(
            recorded=recorded + " AND e.event_date IS NULL",
            order="e.document_id DESC, e.start DESC",
        )
        more = store.db.query(undated_sql + " LIMIT ?", [*params, int(newest) - len(rows)])
        rows += list(more)[::-1]
    return _evidence_rows(rows)


def _evidence_rows(rows: Iterable[dict[str, Any]]) -> list[Evidence]:
    out: list[Evidence] = []
    for row in rows:
        row["context"] = bool(row["context"])
        row["document_title"] = row["document_title"] or ""
        out.append(Evidence.model_validate(row))
    return out


def evidence_by_ids(store: Store, excerpt_ids: Sequence[int]) -> dict[int, Evidence]:
    """The evidence rows of ``excerpt_ids`` that exist, by id."""
    out: dict[int, Evidence] = {}
    base = _EVIDENCE_SQL.split("WHERE")[0]
    for chunk in chunked(excerpt_ids):
        marks = ",".join("?" * len(chunk))
        for e in _evidence_rows(store.db.query(f"{base} WHERE e.id IN ({marks})", chunk)):
            out[e.id] = e
    return out


def count_for_track(store: Store, track_id: str) -> int:
    sql = "SELECT count(*) AS n FROM excerpts WHERE track_id = ?"
    return int(next(iter(store.db.query(sql, [track_id])))["n"])


def recorded_after(store: Store, track_id: str, after: str, *, limit: int) -> tuple[int, list[int]]:
    """How many of a track's excerpts were recorded after ``after``, and the ids of the
    newest ``limit`` of them (newest first)."""
    sql = "SELECT count(*) AS n FROM excerpts WHERE track_id = ? AND recorded_at > ?"
    count = int(next(iter(store.db.query(sql, [track_id, after])))["n"])
    if not count:
        return 0, []
    sql = (
        "SELECT id FROM excerpts WHERE track_id = ? AND recorded_at > ? "
        "ORDER BY recorded_at DESC, id DESC LIMIT ?"
    )
    return count, [int(r["id"]) for r in store.db.query(sql, [track_id, after, limit])]


def spans(
    store: Store, document_id: int, track_ids: Sequence[str]
) -> dict[tuple[str, int, int], int]:
    """``{(track, start, end): excerpt id}`` of one document's excerpts for ``track_ids``."""
    marks = ",".join("?" * len(track_ids))
    sql = (
        'SELECT id, track_id, start, "end" FROM excerpts '
        f"WHERE document_id = ? AND track_id IN ({marks})"
    )
    return {
        (str(r["track_id"]), int(r["start"]), int(r["end"])): int(r["id"])
        for r in store.db.query(sql, [document_id, *track_ids])
    }


def insert(store: Store, finding: Finding, *, document_id: int, norm: str, at: str) -> int:
    """Store a new excerpt and its normalised quote ``norm``; returns its id."""
    row = _finding_row(finding)
    row.update(document_id=document_id, recorded_at=at)
    new_id = int(store.db.table("excerpts").insert(row).last_pk or 0)
    store.db.table("excerpt_keys").insert(
        {"excerpt_id": new_id, "document_id": document_id, "norm": norm}, replace=True
    )
    return new_id


def refind(store: Store, excerpt_id: int, finding: Finding) -> None:
    """An excerpt found again at the same span: take the finding's other fields."""
    row = _finding_row(finding)
    store.db.table("excerpts").update(excerpt_id, {k: row[k] for k in _FINDING_FIELDS})


def remove(store: Store, excerpt_ids: Sequence[int]) -> list[int]:
    """Delete excerpts; returns the ids of other excerpts that pointed at them as their
    original (now pointing at nothing)."""
    orphaned: list[int] = []
    for chunk in chunked(excerpt_ids):
        marks = ",".join("?" * len(chunk))
        orphaned += [
            int(r["id"])
            for r in store.db.query(
                f"SELECT id FROM excerpts WHERE duplicate_of IN ({marks})", chunk
            )
        ]
        store.conn.execute(
            f"UPDATE excerpts SET duplicate_of = NULL WHERE duplicate_of IN ({marks})", chunk
        )
        store.conn.execute(f"DELETE FROM excerpts WHERE id IN ({marks})", chunk)
    gone = set(excerpt_ids)
    return [i for i in orphaned if i not in gone]


def tracks_of_documents(store: Store, document_ids: Sequence[int]) -> set[str]:
    """The tracks that hold evidence from any of ``document_ids``."""
    out: set[str] = set()
    for chunk in chunked(document_ids):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT DISTINCT track_id FROM excerpts WHERE document_id IN ({marks})"
        out.update(str(r["track_id"]) for r in store.db.query(sql, chunk))
    return out


def quote_keys(store: Store) -> list[tuple[int, int, str]]:
    """``(excerpt id, document id, normalised quote)`` of every excerpt."""
    sql = "SELECT excerpt_id, document_id, norm FROM excerpt_keys"
    return [
        (int(r["excerpt_id"]), int(r["document_id"]), str(r["norm"])) for r in store.db.query(sql)
    ]


def track_and_original(store: Store, excerpt_id: int) -> tuple[str, int | None] | None:
    """An excerpt's track and the excerpt it repeats (``None`` for an unknown id)."""
    sql = "SELECT track_id, duplicate_of FROM excerpts WHERE id = ?"
    for r in store.db.query(sql, [excerpt_id]):
        return str(r["track_id"]), None if r["duplicate_of"] is None else int(r["duplicate_of"])
    return None


def set_original(store: Store, excerpt_id: int, original: int | None) -> None:
    store.db.table("excerpts").update(excerpt_id, {"duplicate_of": original})


def set_credibility(store: Store, excerpt_id: int, grade: int) -> None:
    store.db.table("excerpts").update(excerpt_id, {"credibility": grade})


def latest_event_date(store: Store, track_id: str) -> date | None:
    """The latest event date among a track's evidence."""
    sql = "SELECT max(event_date) AS latest FROM excerpts WHERE track_id = ?"
    value = next(iter(store.db.query(sql, [track_id])))["latest"]
    return date.fromisoformat(value) if value else None


def anchors(store: Store) -> Iterable[ExcerptAnchor]:
    """Every excerpt's anchor (span and quote selector), by document."""
    sql = (
        'SELECT id, document_id, start, "end", exact, prefix, suffix FROM excerpts '
        "ORDER BY document_id, id"
    )
    return [ExcerptAnchor.model_validate(r) for r in store.db.query(sql)]


def event_dates(store: Store, document_id: int) -> dict[int, str | None]:
    """``{excerpt id: event date}`` of one document's excerpts (dates as stored)."""
    sql = "SELECT id, event_date FROM excerpts WHERE document_id = ?"
    return {int(r["id"]): r["event_date"] for r in store.db.query(sql, [document_id])}
