"""The ``documents`` table: articles as ``Document`` models, summaries, and the facts that
date and copy detection read."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Any

from tracker.domain.models import DatedText, Document, DocumentSummary
from tracker.storage.db import Store, chunked, insert_row

_COLUMNS = tuple(Document.model_fields)
_SUMMARY_COLUMNS = ", ".join(DocumentSummary.model_fields)


def _from_row(row: dict[str, Any]) -> Document:
    return Document.model_validate({k: row[k] for k in _COLUMNS if k in row})


def find_by_hash(store: Store, sha256: str) -> int | None:
    row = store.conn.execute("SELECT id FROM documents WHERE sha256 = ?", [sha256]).fetchone()
    return int(row[0]) if row is not None else None


def insert(store: Store, document: Document) -> int:
    """Insert one document (inside ``store.write()``); returns its id."""
    row = document.model_dump(exclude={"id"})
    row["published"] = document.published.isoformat() if document.published else None
    row["ingested_at"] = document.ingested_at or store.now()
    return insert_row(store, "documents", row)


def get(store: Store, document_id: int) -> Document | None:
    rows = list(store.db.table("documents").rows_where("id = ?", [document_id]))
    return _from_row(rows[0]) if rows else None


def summaries(store: Store) -> list[DocumentSummary]:
    """Every document without its text, oldest first."""
    sql = f"SELECT {_SUMMARY_COLUMNS} FROM documents ORDER BY id"
    return [DocumentSummary.model_validate(row) for row in store.db.query(sql)]


def summaries_of(store: Store, document_ids: Sequence[int]) -> list[DocumentSummary]:
    """The summaries of ``document_ids`` that exist, in the order given."""
    found: dict[int, DocumentSummary] = {}
    for chunk in chunked(document_ids):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT {_SUMMARY_COLUMNS} FROM documents WHERE id IN ({marks})"
        found.update(
            {int(r["id"]): DocumentSummary.model_validate(r) for r in store.db.query(sql, chunk)}
        )
    return [found[i] for i in document_ids if i in found]


def ingested_after(store: Store, after: str, *, limit: int) -> tuple[int, list[int]]:
    """How many documents were imported after record time ``after``, and the ids of the
    newest ``limit`` of them (newest first)."""
    sql = "SELECT count(*) AS n FROM documents WHERE ingested_at > ?"
    count = int(next(iter(store.db.query(sql, [after])))["n"])
    if not count:
        return 0, []
    sql = (
        "SELECT id FROM documents WHERE ingested_at > ? ORDER BY ingested_at DESC, id DESC LIMIT ?"
    )
    return count, [int(r["id"]) for r in store.db.query(sql, [after, limit])]


# The columns the document list sorts by, with how each compares.
PAGE_ORDERS = {
    "id": "id",
    "title": "title COLLATE NOCASE",
    "outlet": "outlet COLLATE NOCASE",
    "published": "published",
    "reliability": "reliability",
    "ingested": "ingested_at",
}


def page(
    store: Store,
    *,
    order: str,
    descending: bool,
    text: str,
    offset: int,
    limit: int,
) -> tuple[list[DocumentSummary], int]:
    """One page of summaries in ``order`` (a key of ``PAGE_ORDERS``), those whose title or
    outlet contain ``text`` (any case); and how many there are in all."""
    where = ""
    params: list[Any] = []
    if text:
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where = " WHERE title LIKE ? ESCAPE '\\' OR outlet LIKE ? ESCAPE '\\'"
        params = [pattern, pattern]
    total = int(
        next(iter(store.db.query(f"SELECT count(*) AS n FROM documents{where}", params)))["n"]
    )
    direction = " DESC" if descending else ""
    nulls = "" if order == "id" else f"{order} IS NULL, "
    sql = (
        f"SELECT {_SUMMARY_COLUMNS} FROM documents{where} "
        f"ORDER BY {nulls}{PAGE_ORDERS[order]}{direction}, id{direction} LIMIT ? OFFSET ?"
    )
    rows = [
        DocumentSummary.model_validate(r) for r in store.db.query(sql, [*params, limit, offset])
    ]
    return rows, total


def ids(store: Store) -> list[int]:
    return [int(r["id"]) for r in store.db.query("SELECT id FROM documents ORDER BY id")]


def duplicate_of(store: Store, document_id: int) -> int | None:
    """The document this one copies, if any."""
    for row in store.db.query("SELECT duplicate_of FROM documents WHERE id = ?", [document_id]):
        return None if row["duplicate_of"] is None else int(row["duplicate_of"])
    return None


def dated_text(store: Store, document_id: int) -> DatedText | None:
    """A document's cleaned text with its published date and how it was obtained."""
    sql = "SELECT id, text, published, published_basis FROM documents WHERE id = ?"
    for row in store.db.query(sql, [document_id]):
        return _dated(row)
    return None


def _dated(row: dict[str, Any]) -> DatedText:
    return DatedText(
        id=int(row["id"]),
        text=str(row["text"]),
        published=date.fromisoformat(row["published"]) if row["published"] else None,
        basis=row["published_basis"],
        note=row.get("published_note"),
    )


def undated(store: Store) -> list[DatedText]:
    """Documents whose date is unknown or was inferred (not stated, not an analyst's)."""
    sql = (
        "SELECT id, text, published, published_basis, published_note FROM documents "
        "WHERE published_basis IN ('unknown', 'inferred') ORDER BY id"
    )
    return [_dated(row) for row in store.db.query(sql)]


def any_firmly_dated(store: Store) -> bool:
    """Whether any document has a stated or an analyst's date."""
    sql = (
        "SELECT 1 AS found FROM documents WHERE published IS NOT NULL "
        "AND published_basis IN ('stated', 'analyst') LIMIT 1"
    )
    return any(True for _ in store.db.query(sql))


def dated(store: Store, document_ids: Sequence[int]) -> list[DatedText]:
    """Those of ``document_ids`` that have a published date, by id."""
    out: list[DatedText] = []
    for chunk in chunked(sorted(document_ids)):
        marks = ",".join("?" * len(chunk))
        sql = (
            "SELECT id, text, published, published_basis, published_note FROM documents "
            f"WHERE id IN ({marks}) AND published IS NOT NULL ORDER BY id"
        )
        out.extend(_dated(row) for row in store.db.query(sql, chunk))
    return out


def texts(store: Store, document_ids: Iterable[int]) -> list[tuple[int, str]]:
    """``(id, text)`` of each of ``document_ids`` that exists, in the order given."""
    out: list[tuple[int, str]] = []
    for document_id in document_ids:
        for row in store.db.query("SELECT text FROM documents WHERE id = ?", [document_id]):
            out.append((document_id, str(row["text"])))
    return out


def any_stored(store: Store) -> bool:
    """Whether the database holds a document."""
    return store.conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is not None


def all_texts(store: Store) -> Iterator[tuple[int, str]]:
    """``(id, text)`` of every document, by id (read as they are asked for)."""
    for row in store.conn.execute("SELECT id, text FROM documents ORDER BY id"):
        yield int(row[0]), str(row[1])


def update(store: Store, document_id: int, changes: dict[str, Any]) -> None:
    """Change stored columns of one document (inside ``store.write()``)."""
    store.db.table("documents").update(document_id, changes)


def grade_outlet(store: Store, outlet: str, grade: str) -> None:
    """Give an outlet's documents not graded by an analyst the reliability ``grade``."""
    store.conn.execute(
        "UPDATE documents SET reliability = ?, reliability_basis = 'inferred' "
        "WHERE outlet = ? COLLATE NOCASE AND reliability_basis != 'analyst'",
        (grade, outlet),
    )


def matching(store: Store, fts_query: str, limit: int) -> list[int]:
    """Ids of documents whose title or text match an FTS5 query (already made safe)."""
    sql = "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? LIMIT ?"
    return [int(r["rowid"]) for r in store.db.query(sql, [fts_query, limit])]


def text_hashes(store: Store) -> Iterable[tuple[int, str, str]]:
    """``(id, sha256, text)`` of every document, one at a time (for ``verify``)."""
    for row in store.conn.execute("SELECT id, sha256, text FROM documents ORDER BY id"):
        yield int(row[0]), str(row[1]), str(row[2])


def year_assumed(store: Store, marker: str) -> list[tuple[int, date]]:
    """Documents whose published year was assumed (their note carries ``marker``)."""
    sql = (
        "SELECT id, published FROM documents WHERE published_basis = 'inferred' "
        "AND published IS NOT NULL AND instr(published_note, ?) > 0 ORDER BY id"
    )
    return [
        (int(r["id"]), date.fromisoformat(r["published"])) for r in store.db.query(sql, [marker])
    ]


def firm_dates_on_tracks(
    store: Store, track_ids: Sequence[str], exclude: int, marker: str
) -> list[date]:
    """The published dates of the documents (other than ``exclude``) that hold evidence for
    any of ``track_ids`` — an excerpt with a signal, not one that only names the track's
    words in passing — and whose year was not assumed (their note lacks ``marker``): printed
    in full, set by an analyst, or inferred from the page's own evidence."""
    if not track_ids:
        return []
    marks = ",".join("?" * len(track_ids))
    sql = (
        "SELECT DISTINCT d.id, d.published FROM documents d "
        "JOIN excerpts e ON e.document_id = d.id "
        f"WHERE e.track_id IN ({marks}) AND e.signal IS NOT NULL AND d.id != ? "
        "AND d.published IS NOT NULL "
        "AND (d.published_basis IN ('stated', 'analyst') OR (d.published_basis = 'inferred' "
        "AND instr(coalesce(d.published_note, ''), ?) = 0))"
    )
    rows = store.db.query(sql, [*track_ids, exclude, marker])
    return [date.fromisoformat(r["published"]) for r in rows]


def firm_median(store: Store) -> tuple[int, date | None]:
    """How many documents have a published date printed in full or set by an analyst, and
    the middle one of those dates in order (at ``count // 2``), found by the database."""
    where = (
        "FROM documents WHERE published IS NOT NULL AND published_basis IN ('stated', 'analyst')"
    )
    count = int(store.conn.execute(f"SELECT count(*) {where}").fetchone()[0])
    if not count:
        return 0, None
    row = store.conn.execute(
        f"SELECT published {where} ORDER BY published LIMIT 1 OFFSET ?", [count // 2]
    ).fetchone()
    return count, date.fromisoformat(row[0])
