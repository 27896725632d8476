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
       d.duplicate_of AS document_duplicate_of, e.origin
FROM excerpts e JOIN documents d ON d.id = e.document_id
WHERE {where} {recorded}
ORDER BY {order}"""
_OLDEST_FIRST = "e.event_date IS NULL, e.event_date, e.document_id, e.start"
_NEWEST_FIRST = "e.event_date IS NOT NULL, e.event_date DESC, e.document_id DESC, e.start DESC"


def _finding_row(finding: Finding) -> dict[str, Any]:
    row = finding.model_dump()
    row["event_date"] = finding.event_date.isoformat() if finding.event_date else None
    row["context"] = int(finding.context)
    return row


def evidence_for(
    store: Store, track_id: str, *, recorded_by: str | None = None, newest: int | None = None
) -> list[Evidence]:
    """A track's evidence by event date (undated last); ``recorded_by`` keeps what had been
    recorded by that time, ``newest`` that many of the latest event dates."""
    params: list[Any] = [track_id]
    recorded = ""
    if recorded_by is not None:
        recorded = "AND e.recorded_at <= ?"
        params.append(recorded_by)
    sql = _EVIDENCE_SQL.format(
        where="e.track_id = ?",
        recorded=recorded,
        order=_OLDEST_FIRST if newest is None else _NEWEST_FIRST,
    )
    if newest is not None:
        sql += " LIMIT ?"
        params.append(int(newest))
    rows = list(store.db.query(sql, params))
    if newest is not None:
        rows.reverse()
    return [_evidence(row) for row in rows]


def _evidence(row: dict[str, Any]) -> Evidence:
    row["context"] = bool(row["context"])
    row["document_title"] = row["document_title"] or ""
    row["reading"] = "added" if row.pop("origin") == "analyst" else "machine"
    return Evidence.model_validate(row)


def evidence_by_ids(store: Store, excerpt_ids: Sequence[int]) -> list[Evidence]:
    """The excerpts of ``excerpt_ids`` (unknown ids left out), by event date."""
    out: list[Evidence] = []
    for chunk in chunked(sorted(set(excerpt_ids))):
        marks = ",".join("?" * len(chunk))
        sql = _EVIDENCE_SQL.format(where=f"e.id IN ({marks})", recorded="", order=_OLDEST_FIRST)
        out += [_evidence(row) for row in store.db.query(sql, chunk)]
    return out


def get(store: Store, excerpt_id: int) -> Evidence | None:
    found = evidence_by_ids(store, [excerpt_id])
    return found[0] if found else None


def copies_of(store: Store, excerpt_ids: Sequence[int]) -> list[int]:
    """Excerpts that repeat any of ``excerpt_ids`` (their ``duplicate_of``)."""
    out: list[int] = []
    for chunk in chunked(sorted(set(excerpt_ids))):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT id FROM excerpts WHERE duplicate_of IN ({marks})"
        out += [int(r["id"]) for r in store.db.query(sql, chunk)]
    return out


def placed(
    store: Store, document_id: int, track_ids: Sequence[str]
) -> list[tuple[int, str, int, int]]:
    """``(id, track, start, end)`` of one document's excerpts for ``track_ids`` (machine and
    analyst alike): where a judgement's quote may land."""
    marks = ",".join("?" * len(track_ids))
    sql = (
        'SELECT id, track_id, start, "end" FROM excerpts '
        f"WHERE document_id = ? AND track_id IN ({marks}) ORDER BY start, id"
    )
    return [
        (int(r["id"]), str(r["track_id"]), int(r["start"]), int(r["end"]))
        for r in store.db.query(sql, [document_id, *track_ids])
    ]


def count_for_track(store: Store, track_id: str) -> int:
    sql = "SELECT count(*) AS n FROM excerpts WHERE track_id = ?"
    return int(next(iter(store.db.query(sql, [track_id])))["n"])


def spans(
    store: Store, document_id: int, track_ids: Sequence[str]
) -> dict[tuple[str, int, int], int]:
    """``{(track, start, end): excerpt id}`` of one document's machine excerpts for
    ``track_ids`` (evidence an analyst added is never re-extracted)."""
    marks = ",".join("?" * len(track_ids))
    sql = (
        'SELECT id, track_id, start, "end" FROM excerpts '
        f"WHERE document_id = ? AND track_id IN ({marks}) AND origin = 'machine'"
    )
    return {
        (str(r["track_id"]), int(r["start"]), int(r["end"])): int(r["id"])
        for r in store.db.query(sql, [document_id, *track_ids])
    }


def insert(
    store: Store,
    finding: Finding,
    *,
    document_id: int,
    norm: str,
    at: str,
    origin: str = "machine",
) -> int:
    """Store a new excerpt and its normalised quote ``norm``; returns its id. ``origin``
    ``analyst`` marks evidence added by hand."""
    row = _finding_row(finding)
    row.update(document_id=document_id, recorded_at=at, origin=origin)
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


def analyst_spans(
    store: Store, document_id: int, track_ids: Sequence[str]
) -> list[tuple[str, int, int]]:
    """``(track, start, end)`` of the evidence an analyst added to one document."""
    marks = ",".join("?" * len(track_ids))
    sql = (
        'SELECT track_id, start, "end" FROM excerpts '
        f"WHERE document_id = ? AND track_id IN ({marks}) AND origin = 'analyst'"
    )
    return [
        (str(r["track_id"]), int(r["start"]), int(r["end"]))
        for r in store.db.query(sql, [document_id, *track_ids])
    ]


def event_dates(store: Store, document_id: int) -> dict[int, str | None]:
    """``{excerpt id: event date}`` of one document's excerpts (dates as stored)."""
    sql = "SELECT id, event_date FROM excerpts WHERE document_id = ?"
    return {int(r["id"]): r["event_date"] for r in store.db.query(sql, [document_id])}
