"""Documents: listing and reading them, and an analyst's corrections of their metadata."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from tracker.domain.errors import NotFoundError, UsageError, UserError
from tracker.domain.models import Document, DocumentSummary
from tracker.domain.times import parse_user_date
from tracker.domain.vocabulary import check_reliability
from tracker.services.assessments import refresh
from tracker.services.audit_actor import current_analyst
from tracker.services.evidence import extract_document_into, reextract_document
from tracker.storage import audit
from tracker.storage import documents as document_rows
from tracker.storage import excerpts as excerpt_rows
from tracker.storage import tracks as track_rows
from tracker.storage.db import Store

# The basis column recorded beside each editable field.
BASIS_OF = {
    "published": "published_basis",
    "reliability": "reliability_basis",
    "outlet": "outlet_basis",
}


def list_documents(store: Store) -> list[DocumentSummary]:
    """Every document without its text, oldest first."""
    return document_rows.summaries(store)


def document_page(
    store: Store,
    *,
    order: str = "id",
    descending: bool = False,
    text: str = "",
    offset: int = 0,
    limit: int = 200,
) -> tuple[list[DocumentSummary], int]:
    """A page of the document list, sorted by ``order`` (id, title, outlet, published,
    reliability or ingested) and narrowed to titles or outlets containing ``text``; with the
    number of documents that match."""
    if order not in document_rows.PAGE_ORDERS:
        raise UserError(f"documents cannot be sorted by {order!r}")
    return document_rows.page(
        store,
        order=order,
        descending=descending,
        text=text.strip(),
        offset=max(0, offset),
        limit=max(1, min(limit, 5000)),
    )


def get_document(store: Store, document_id: int) -> Document:
    doc = document_rows.get(store, document_id)
    if doc is None:
        raise NotFoundError(f"no document {document_id}")
    return doc


def document_duplicate_of(store: Store, document_id: int) -> int | None:
    return document_rows.duplicate_of(store, document_id)


def counts(store: Store) -> dict[str, int]:
    """Rows held: tracks, documents, excerpts, overrides, audit_log."""
    return store.counts()


def _changes(
    published: str | None, reliability: str | None, outlet: str | None, url: str | None
) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if published is not None:
        try:
            when = parse_user_date(published)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        changes.update(
            published=when.isoformat(),
            published_basis="analyst",
            published_note="set by an analyst",
        )
    if reliability is not None:
        changes.update(reliability=check_reliability(reliability), reliability_basis="analyst")
    if outlet is not None:
        changes.update(outlet=outlet.strip() or None, outlet_basis="analyst")
    if url is not None:
        changes.update(url=url.strip() or None)
    return changes


class DocumentEdit(BaseModel):
    """What an analyst's edit of a document changed."""

    document_id: int
    before: dict[str, Any] = Field(default_factory=dict)  # field -> value before
    before_basis: dict[str, str] = Field(default_factory=dict)  # field -> how it was obtained
    after: dict[str, Any] = Field(default_factory=dict)  # field -> value now
    event_dates_moved: int = 0  # excerpts whose event date the edit changed


def edit_document(
    store: Store,
    doc_id: int,
    *,
    published: str | None = None,
    reliability: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    analyst: str | None = None,
) -> DocumentEdit:
    """An analyst's correction of a document's metadata; dates that depend on it are
    recomputed and the change is audited. Returns what changed."""
    doc = get_document(store, doc_id)
    changes = _changes(published, reliability, outlet, url)
    if not changes:
        return DocumentEdit(document_id=doc_id)
    dates_before = excerpt_rows.event_dates(store, doc_id)
    actor = current_analyst(store, analyst)
    before = {
        k: getattr(doc, k) for k in ("published", "reliability", "outlet", "url") if k in changes
    }
    before_basis = {
        "published_basis": doc.published_basis,
        "reliability_basis": doc.reliability_basis,
        "outlet_basis": doc.outlet_basis,
        "published_note": doc.published_note,
    }
    with store.write():
        document_rows.update(store, doc_id, changes)
        audit.append(
            store,
            actor=actor,
            action="document.edit",
            entity=f"document:{doc_id}",
            payload={"before": before, "before_basis": before_basis, "after": changes},
        )
        if "published" in changes:
            reextract_document(store, doc_id, track_rows.list_tracks(store))
        refresh(store, actor=actor)
    dates_after = excerpt_rows.event_dates(store, doc_id)
    moved = sum(1 for i, d in dates_after.items() if i in dates_before and dates_before[i] != d)
    return DocumentEdit(
        document_id=doc_id,
        before={k: _plain(v) for k, v in before.items()},
        before_basis={k: before_basis[BASIS_OF[k]] for k in before if k in BASIS_OF},
        after={k: changes[k] for k in before},
        event_dates_moved=moved,
    )


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def restore_document(store: Store, doc_id: int, payload: dict[str, Any]) -> list[str]:
    """Put back what a ``document.edit`` changed (inside the undo's transaction); returns
    the fields restored."""
    if document_rows.get(store, doc_id) is None:
        raise UserError(f"document {doc_id} no longer exists")
    before = payload["before"]
    previous_bases = payload.get("before_basis", {})
    changes: dict[str, Any] = dict(before)
    for key in before:
        if key in BASIS_OF:
            changes[BASIS_OF[key]] = previous_bases.get(BASIS_OF[key], "unknown")
    if "published" in changes:
        changes["published_note"] = previous_bases.get("published_note")
    document_rows.update(store, doc_id, changes)
    extract_document_into(store, doc_id)
    return sorted(before)


def reapply_document(store: Store, doc_id: int, payload: dict[str, Any]) -> list[str]:
    """Apply again what an undone ``document.edit`` changed (inside the redo's
    transaction); returns the fields set."""
    if document_rows.get(store, doc_id) is None:
        raise UserError(f"document {doc_id} no longer exists")
    after: dict[str, Any] = dict(payload["after"])
    document_rows.update(store, doc_id, after)
    extract_document_into(store, doc_id)
    return sorted(k for k in after if k in ("published", "reliability", "outlet", "url"))
