"""Importing articles: files, folders and pasted text, one transaction per document."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, computed_field

from tracker.domain.errors import DatabaseError, UserError
from tracker.domain.models import Document
from tracker.ingest.pipeline import (
    DEFAULT_MAX_BYTES,
    MANIFEST_NAME,
    SIDECAR_SUFFIX,
    PreparedDocument,
    is_candidate,
    prepare_bytes,
    prepare_file,
    special_kind,
)
from tracker.services.assessments import analysis_pending, pending_tracks, refresh
from tracker.services.audit_actor import current_analyst
from tracker.services.evidence import extract_evidence, store_evidence
from tracker.services.settings import outlet_reliability
from tracker.storage import audit
from tracker.storage import documents as document_rows
from tracker.storage import tracks as track_rows
from tracker.storage.db import Store

log = logging.getLogger(__name__)

# "skipped": an entry of an imported folder that is not an article (another file type, a
# hidden file, a link not followed), reported with its reason.
Outcome = Literal["new", "duplicate", "refused", "skipped"]
# progress(done, total, label) -> False to cancel
ProgressFn = Callable[[int, int, str], bool | None]


class IngestItem(BaseModel):
    """What became of one file (or of pasted text)."""

    path: str
    outcome: Outcome
    document_id: int | None = None
    title: str | None = None
    reason: str | None = None
    duplicate_of: int | None = None
    warnings: list[str] = Field(default_factory=list)


class IngestReport(BaseModel):
    """What an import did, file by file."""

    items: list[IngestItem] = Field(default_factory=list)
    cancelled: bool = False

    def count(self, outcome: Outcome) -> int:
        return sum(1 for item in self.items if item.outcome == outcome)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def new(self) -> int:
        return self.count("new")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def duplicate(self) -> int:
        return self.count("duplicate")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def refused(self) -> int:
        return self.count("refused")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def skipped(self) -> int:
        return self.count("skipped")

    @property
    def new_ids(self) -> list[int]:
        return [i.document_id for i in self.items if i.outcome == "new" and i.document_id]


class Entry(BaseModel):
    """One path found for an import: to read (``reason`` None) or not, and why."""

    path: Path
    reason: str | None = None
    outcome: Outcome = "refused"


def _inside(target: Path, root: Path) -> bool:
    return target == root or root in target.parents


def _folder_entry(path: Path, root: Path) -> Entry:
    """What to do with one file found in a folder (``root`` resolved)."""
    name = path.name
    if name.endswith(SIDECAR_SUFFIX) or name == MANIFEST_NAME:
        return Entry(path=path, reason="manifest", outcome="skipped")
    if name.startswith("."):
        return Entry(path=path, reason="hidden file", outcome="skipped")
    try:
        info = path.lstat()
        if path.is_symlink():
            target = path.resolve()
            if not _inside(target, root):
                return Entry(
                    path=path,
                    reason=f"a symbolic link to {target}, outside the imported folder: not followed",
                )
            info = target.stat()
    except (OSError, RuntimeError) as exc:
        return Entry(path=path, reason=f"cannot read: {getattr(exc, 'strerror', None) or exc}")
    kind = special_kind(info.st_mode)
    if kind is not None:
        return Entry(path=path, reason=f"not a regular file ({kind})")
    if not is_candidate(path):
        return Entry(
            path=path,
            reason=f"not an article file (.txt, .md or .html): {path.suffix or 'no suffix'}",
            outcome="skipped",
        )
    return Entry(path=path, outcome="new")


def _walk(folder: Path) -> Iterator[Entry]:
    root = folder.resolve()
    problems: list[Entry] = []

    def unreadable(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else folder
        problems.append(Entry(path=where, reason=f"cannot read folder: {exc.strerror or exc}"))

    for base, dirs, files in os.walk(folder, onerror=unreadable):
        here = Path(base)
        keep = []
        for name in sorted(dirs):
            sub = here / name
            if name.startswith("."):
                yield Entry(path=sub, reason="hidden folder", outcome="skipped")
            elif sub.is_symlink():
                yield Entry(
                    path=sub, reason="a symbolic link to a folder: not followed", outcome="skipped"
                )
            else:
                keep.append(name)
        dirs[:] = keep
        for name in sorted(files):
            entry = _folder_entry(here / name, root)
            if entry.reason != "manifest":
                yield entry
        yield from problems
        problems.clear()
    yield from problems


def expand_paths(paths: Iterable[Path | str]) -> Iterator[tuple[Path, str | None]]:
    """Files to import, folders walked in name order; ``(path, reason)`` where a path
    cannot be imported (see ``expand_entries`` for what was skipped and why)."""
    for entry in expand_entries(paths):
        if entry.outcome != "skipped":
            yield entry.path, entry.reason


def expand_entries(paths: Iterable[Path | str]) -> Iterator[Entry]:
    """Every entry an import meets: files to read, and what is refused or skipped with its
    reason. Inside a folder only regular files are read, symbolic links are not followed
    out of the folder (nor into sub-folders), and an unreadable sub-folder is reported."""
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            if is_candidate(path):
                yield Entry(path=path, outcome="new")
            else:
                yield Entry(
                    path=path,
                    reason=f"not an article file (.txt, .md or .html): {path.suffix or 'no suffix'}",
                )
        elif os.path.lexists(path):
            try:
                kind = special_kind(path.stat().st_mode) or "not a regular file"
            except OSError as exc:
                kind = f"cannot read: {exc.strerror or exc}"
            yield Entry(
                path=path,
                reason=kind if kind.startswith("cannot") else f"not a regular file ({kind})",
            )
        else:
            yield Entry(path=path, reason="no such file or folder")


def store_prepared(
    store: Store, prepared: PreparedDocument, *, label: str, actor: str
) -> IngestItem:
    """Write one prepared document, its audit row and its evidence in one transaction.

    The evidence is read before the transaction begins (extraction is the long part of
    importing a big document), so the database stays open to other writers meanwhile."""
    doc = _with_analyst_grade(store, prepared.document)
    existing = document_rows.find_by_hash(store, doc.sha256)
    if existing is not None:
        return _duplicate(label, doc, existing)
    extracted = extract_evidence(doc.text, doc.published, track_rows.list_tracks(store))
    with store.write():
        existing = document_rows.find_by_hash(store, doc.sha256)
        if existing is not None:
            return _duplicate(label, doc, existing)
        doc_id = document_rows.insert(store, doc)
        audit.append(
            store,
            actor=actor,
            action="ingest",
            entity=f"document:{doc_id}",
            payload={
                "title": doc.title,
                "sha256": doc.sha256,
                "source": doc.source_path,
                "published": doc.published.isoformat() if doc.published else None,
                "outlet": doc.outlet,
            },
        )
        store_evidence(store, doc_id, extracted)
        analysis_pending(store, True)
    return IngestItem(
        path=label,
        outcome="new",
        document_id=doc_id,
        title=doc.title,
        warnings=list(prepared.warnings),
    )


def _duplicate(label: str, doc: Document, existing: int) -> IngestItem:
    return IngestItem(
        path=label,
        outcome="duplicate",
        title=doc.title,
        duplicate_of=existing,
        reason=f"same text as document {existing}",
    )


def _with_analyst_grade(store: Store, doc: Document) -> Document:
    """Apply the analyst's default reliability for the document's outlet (Preferences)."""
    if doc.reliability_basis == "analyst" or not doc.outlet:
        return doc
    grades = {name.lower(): grade for name, grade in outlet_reliability(store).items()}
    grade = grades.get(doc.outlet.lower())
    if grade is None:
        return doc
    return doc.model_copy(update={"reliability": grade, "reliability_basis": "inferred"})


def ingest_paths(
    store: Store,
    paths: Sequence[Path | str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: ProgressFn | None = None,
    analyst: str | None = None,
) -> IngestReport:
    """Import files and folders. Unreadable or unsuitable files are refused with their
    reason and the import carries on; a cancelled import keeps what was finished."""
    actor = current_analyst(store, analyst)
    report = IngestReport()
    todo = list(expand_entries(paths))
    for index, entry in enumerate(todo):
        path = entry.path
        label = str(path)
        if progress is not None and progress(index, len(todo), path.name) is False:
            report.cancelled = True
            break
        if entry.reason is not None:
            report.items.append(IngestItem(path=label, outcome=entry.outcome, reason=entry.reason))
            continue
        report.items.append(_ingest_one(store, path, label, actor, max_bytes))
    if progress is not None and not report.cancelled:
        progress(len(todo), len(todo), "")
    if report.new_ids or analysis_pending(store):
        # Only the tracks the new evidence touched (and any the new copies change).
        refresh(store, actor=actor, track_ids=pending_tracks(store))
    return report


def _ingest_one(store: Store, path: Path, label: str, actor: str, max_bytes: int) -> IngestItem:
    """One file: stored, a duplicate, or refused with its reason. A fault in reading one
    file never stops the batch; a database that cannot be written does."""
    try:
        prepared = prepare_file(path, max_bytes=max_bytes)
        return store_prepared(store, prepared, label=label, actor=actor)
    except DatabaseError:
        raise
    except UserError as exc:
        return IngestItem(path=label, outcome="refused", reason=str(exc))
    except (ValueError, ArithmeticError, RecursionError, MemoryError, LookupError) as exc:
        log.exception("reading %s failed", path)
        return IngestItem(
            path=label,
            outcome="refused",
            reason=f"could not be read ({type(exc).__name__}: {str(exc)[:200]})",
        )


def ingest_text(
    store: Store,
    text: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
    url: str | None = None,
    analyst: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> IngestItem:
    """Import pasted text as a new document; fields given here count as the analyst's."""
    actor = current_analyst(store, analyst)
    manifest = {
        k: v
        for k, v in {"title": title, "outlet": outlet, "published": published, "url": url}.items()
        if v
    }
    data = text.encode("utf-8")
    prepared = prepare_bytes(data, name="pasted.txt", manifest=manifest, max_bytes=max_bytes)
    item = store_prepared(store, prepared, label="pasted text", actor=actor)
    if item.outcome == "new":
        refresh(store, actor=actor, track_ids=pending_tracks(store))
    return item
