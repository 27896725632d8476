"""Documents: storing a prepared article, listing and reading them."""

from __future__ import annotations

from typing import Any

from tracker.domain.errors import NotFoundError
from tracker.domain.models import Document
from tracker.storage.db import Store

_COLUMNS = (
    "id",
    "title",
    "outlet",
    "outlet_basis",
    "byline",
    "url",
    "published",
    "published_basis",
    "published_note",
    "reliability",
    "reliability_basis",
    "source_path",
    "media_type",
    "encoding",
    "raw_text",
    "text",
    "sha256",
    "chars",
    "ingested_at",
)
_LIST_COLUMNS = (
    "id",
    "title",
    "outlet",
    "published",
    "published_basis",
    "published_note",
    "reliability",
    "chars",
    "duplicate_of",
    "source_path",
    "url",
)


def document_from_row(row: dict[str, Any]) -> Document:
    return Document.model_validate({k: row[k] for k in _COLUMNS if k in row})


def find_by_hash(store: Store, sha256: str) -> int | None:
    row = store.conn.execute("SELECT id FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
    return None if row is None else int(row[0])


def insert_document(store: Store, document: Document) -> int:
    """Insert one document row (call inside ``store.write()``); returns its id."""
    row = document.model_dump(exclude={"id"})
    row["published"] = document.published.isoformat() if document.published else None
    row["ingested_at"] = document.ingested_at or store.now()
    cursor = store.db.table("documents").insert(row)
    return int(cursor.last_pk or 0)


def list_documents(store: Store) -> list[dict[str, Any]]:
    """Summary rows of every document (no text), oldest first."""
    sql = f"SELECT {', '.join(_LIST_COLUMNS)} FROM documents ORDER BY id"
    return [dict(zip(_LIST_COLUMNS, row, strict=True)) for row in store.conn.execute(sql)]


def get_document(store: Store, document_id: int) -> Document:
    rows = list(store.db.table("documents").rows_where("id = ?", [document_id]))
    if not rows:
        raise NotFoundError(f"no document {document_id}")
    return document_from_row(rows[0])


def document_duplicate_of(store: Store, document_id: int) -> int | None:
    row = store.conn.execute(
        "SELECT duplicate_of FROM documents WHERE id = ?", (document_id,)
    ).fetchone()
    return None if row is None or row[0] is None else int(row[0])


def counts(store: Store) -> dict[str, int]:
    out: dict[str, int] = {}
    for table in ("tracks", "documents", "excerpts", "overrides", "audit_log"):
        out[table] = int(store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    return out
