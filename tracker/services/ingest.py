"""Importing articles: files, folders and pasted text. Every document lands whole or not
at all: a folder's documents are stored a few at a time in one transaction, each in a
savepoint of it; pasted text in a transaction of its own."""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Final, Literal, NamedTuple

from pydantic import BaseModel, Field, computed_field

from tracker.domain.errors import UserError
from tracker.domain.filekinds import special_kind
from tracker.domain.models import Document
from tracker.ingest.pipeline import (
    DEFAULT_MAX_BYTES,
    PreparedDocument,
    is_candidate,
    is_metadata,
    prepare_bytes,
)
from tracker.services.assessments import analysis_pending, pending_tracks, refresh
from tracker.services.audit_actor import current_analyst
from tracker.services.evidence import (
    extract_document_into,
    reading_lexicon,
    store_evidence,
    tracks_version,
)
from tracker.services.reading import ReadResult, read_files, read_prepared
from tracker.services.settings import outlet_reliability
from tracker.storage import audit
from tracker.storage import documents as document_rows
from tracker.storage import tracks as track_rows
from tracker.storage.db import Store, larger_cache

log = logging.getLogger(__name__)

# new: imported; duplicate: the same text is held already; refused: it could not be imported
# (missing, unreadable, binary, too large, not an article file when named); skipped: a file
# of a folder that is not an article (.pdf, .png …), is hidden or a link not followed, so
# it was not tried.
Outcome = Literal["new", "duplicate", "refused", "skipped"]
# progress(done, total, label) -> False to cancel
ProgressFn = Callable[[int, int, str], bool | None]


class IngestItem(BaseModel):
    """What became of one file (or of pasted text)."""

    path: str
    outcome: Outcome = Field(description="`new`, `duplicate`, `refused` or `skipped`")
    document_id: int | None = Field(default=None, description="the new document's id")
    title: str | None = None
    reason: str | None = Field(default=None, description="why it was refused or skipped")
    duplicate_of: int | None = Field(default=None, description="the document it repeats")
    warnings: list[str] = Field(
        default_factory=list,
        description="what was read with a fallback or ignored (a date, an encoding, a title)",
    )


class IngestReport(BaseModel):
    """What an import did, entry by entry (every file named or found in a folder)."""

    items: list[IngestItem] = Field(default_factory=list)
    cancelled: bool = Field(default=False, description="stopped before the end")

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

    def summary(self) -> str:
        """``2 new, 1 duplicate, 1 refused, 3 skipped (of 7 entries)``."""
        counts = f"{self.new} new, {self.duplicate} duplicate, {self.refused} refused"
        if self.skipped:
            counts += f", {self.skipped} skipped"
        entries = "entry" if len(self.items) == 1 else "entries"
        stop = "; cancelled before the end" if self.cancelled else ""
        return f"{counts} (of {len(self.items)} {entries}){stop}"

    @property
    def new_ids(self) -> list[int]:
        return [i.document_id for i in self.items if i.outcome == "new" and i.document_id]


# A folder's documents are stored this many to a transaction at most, and a transaction is
# committed once it has been open this long: each commit syncs the database and replaces
# the head witness (two disk flushes, which one document at a time made most of an
# import's time), while another writer waits for one batch at most and a kill loses only
# the batch being stored.
BATCH_DOCUMENTS: Final = 50
BATCH_SECONDS: Final = 0.5


class Batch:
    """The transaction an import stores documents in, committed every ``documents``
    documents or ``seconds`` seconds. Each document is written in a savepoint of it (the
    nested ``store.write()`` of ``store_prepared``), so a refused document leaves nothing;
    leaving the ``with`` block commits what is open, or rolls it back on an error."""

    def __init__(
        self, store: Store, documents: int = BATCH_DOCUMENTS, seconds: float = BATCH_SECONDS
    ) -> None:
        self.store = store
        self.documents = documents
        self.seconds = seconds
        self.commits = 0
        self._open: contextlib.ExitStack | None = None
        self._count = 0
        self._since = 0.0

    def begin(self) -> None:
        """Open a transaction, unless one is open already."""
        if self._open is None:
            stack = contextlib.ExitStack()
            stack.enter_context(self.store.write())
            self._open, self._count, self._since = stack, 0, time.monotonic()

    def stored(self) -> None:
        """One more document written; commit when the batch is full or old enough."""
        self._count += 1
        if self._count >= self.documents or time.monotonic() - self._since >= self.seconds:
            self.commit()

    def commit(self) -> None:
        stack, self._open = self._open, None
        if stack is not None:
            stack.close()
            self.commits += 1

    def __enter__(self) -> Batch:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if kind is None:
            self.commit()
            return
        stack, self._open = self._open, None
        if stack is not None:
            stack.__exit__(kind, exc, tb)  # rolls back; the error goes on


class Entry(NamedTuple):
    """A path an import considers: to import (no ``reason``), or refused or skipped."""

    path: Path
    reason: str | None = None
    outcome: Outcome = "refused"


def _inside(target: Path, root: Path) -> bool:
    return target == root or root in target.parents


def _folder_entry(path: Path, root: Path) -> Entry | None:
    """What to do with one file found in a folder (``root`` resolved); ``None`` for a
    manifest or sidecar, which is read with its article and not listed."""
    if is_metadata(path):
        return None
    if path.name.startswith("."):
        return Entry(path, _not_article(path), "skipped")
    try:
        info = path.lstat()
        if path.is_symlink():
            target = path.resolve()
            if not _inside(target, root):
                return Entry(
                    path, f"a symbolic link to {target}, outside the imported folder: not followed"
                )
            info = target.stat()
    except (OSError, RuntimeError) as exc:
        return Entry(path, f"cannot read: {getattr(exc, 'strerror', None) or exc}")
    kind = special_kind(info.st_mode)
    if kind is not None:
        return Entry(path, f"not a regular file ({kind})")
    if not is_candidate(path):
        return Entry(path, _not_article(path), "skipped")
    return Entry(path)


def _folder_entries(folder: Path) -> Iterator[Entry]:
    """A folder's files in name order. Only regular files are read; hidden files and
    folders, files that are not articles and symbolic links to folders are skipped, a
    symbolic link out of the folder or a FIFO, device or socket refused, an unreadable
    sub-folder reported, each with its reason (manifests and sidecars are read with their
    article, not listed)."""
    root = folder.resolve()
    problems: list[Entry] = []

    def unreadable(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else folder
        problems.append(Entry(where, f"cannot read folder: {exc.strerror or exc}"))

    for base, dirs, files in os.walk(folder, onerror=unreadable):
        here = Path(base)
        keep = []
        for name in sorted(dirs):
            sub = here / name
            if name.startswith("."):
                yield Entry(sub, "a hidden folder: not searched", "skipped")
            elif sub.is_symlink():
                yield Entry(sub, "a symbolic link to a folder: not followed", "skipped")
            else:
                keep.append(name)
        dirs[:] = keep
        for name in sorted(files):
            entry = _folder_entry(here / name, root)
            if entry is not None:
                yield entry
        yield from problems
        problems.clear()
    yield from problems


def _not_article(path: Path) -> str:
    if path.name.startswith("."):
        return "a hidden file"
    return (
        f"not an article file ({path.suffix or 'no suffix'}); the tracker reads .txt, .md and .html"
    )


def expand_paths(paths: Iterable[Path | str]) -> Iterator[Entry]:
    """Files to import, folders walked in name order; with a reason, a path that is not
    tried: refused when it was named (missing, not an article type, not a regular file),
    skipped when a folder holds it."""
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            yield from _folder_entries(path)
        elif path.is_file():
            yield Entry(path, None if is_candidate(path) else _not_article(path))
        elif os.path.lexists(path):
            try:
                kind = special_kind(path.stat().st_mode) or "not a regular file"
                reason = f"not a regular file ({kind})"
            except OSError as exc:
                reason = f"cannot read: {exc.strerror or exc}"
            yield Entry(path, reason)
        else:
            yield Entry(path, "no such file or folder")


def store_prepared(
    store: Store,
    prepared: PreparedDocument,
    *,
    label: str,
    actor: str,
    read: ReadResult | None = None,
    read_with: tuple[str, list[str]] | None = None,
) -> IngestItem:
    """Write one prepared document, its audit row and its evidence in one transaction (a
    savepoint of the caller's transaction when one is open: a batch of an import).
    ``read``: the evidence a worker already extracted, with the tracks ``read_with``
    (their version and ids); used when the tracks are still those, else the document is
    read again here."""
    doc = _with_analyst_grade(store, prepared.document)
    with store.write():
        existing = document_rows.find_by_hash(store, doc.sha256)
        if existing is not None:
            return IngestItem(
                path=label,
                outcome="duplicate",
                title=doc.title,
                duplicate_of=existing,
                reason=f"same text as document {existing}",
                warnings=list(prepared.warnings),
            )
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
        if read is not None and read_with is not None and tracks_version(store) == read_with[0]:
            store_evidence(store, doc_id, read.findings, read_with[1], read.sketch, read.norms)
        else:
            extract_document_into(store, doc_id)
        if not analysis_pending(store):  # set once per batch, not rewritten per document
            analysis_pending(store, True)
    return IngestItem(
        path=label,
        outcome="new",
        document_id=doc_id,
        title=doc.title,
        warnings=list(prepared.warnings),
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
    workers: int | None = None,
) -> IngestReport:
    """Import files and folders. Unreadable or unsuitable files are refused with their
    reason and the import carries on; a cancelled import keeps what was finished.

    Files are read (cleaned, dated, their evidence extracted) by one worker process per
    core (``workers``: None for the default, see ``reading.read_files``) and stored here in
    their order, a few to a transaction (``Batch``), each whole or not at all; ``progress``
    is told of each file as it is stored. A cancelled import commits the documents stored
    before it stopped; an error other than a refused file rolls back the open batch's
    documents only (a re-run imports them, and finds the committed ones as duplicates)."""
    actor = current_analyst(store, analyst)
    report = IngestReport()
    todo = list(expand_paths(paths))
    tracks = track_rows.list_tracks(store)
    read_with = (tracks_version(store), [t.id for t in tracks])
    batch = Batch(store, BATCH_DOCUMENTS, BATCH_SECONDS)
    results = read_files(
        [str(path) for path, problem, _outcome in todo if problem is None],
        tracks,
        reading_lexicon(store),
        max_bytes=max_bytes,
        workers=workers,
        on_wait=batch.commit,  # never hold the write lock while a long file is read
    )
    try:
        with larger_cache(store), batch:
            for index, (path, problem, outcome) in enumerate(todo):
                label = str(path)
                if progress is not None and progress(index, len(todo), path.name) is False:
                    report.cancelled = True
                    break
                if problem is not None:
                    report.items.append(IngestItem(path=label, outcome=outcome, reason=problem))
                    continue
                read = next(results)
                batch.begin()
                report.items.append(_store_read(store, read, label, actor, read_with))
                batch.stored()
    finally:
        results.close()
    if progress is not None and not report.cancelled:
        progress(len(todo), len(todo), "")
    if report.new_ids or analysis_pending(store):
        # Only the tracks the new evidence touched (and any the new copies change).
        with larger_cache(store):
            refresh(store, actor=actor, track_ids=pending_tracks(store))
    return report


def _store_read(
    store: Store, read: ReadResult, label: str, actor: str, read_with: tuple[str, list[str]]
) -> IngestItem:
    if read.prepared is None:
        return IngestItem(path=label, outcome="refused", reason=read.refused)
    try:
        return store_prepared(
            store, read.prepared, label=label, actor=actor, read=read, read_with=read_with
        )
    except UserError as exc:
        return IngestItem(path=label, outcome="refused", reason=str(exc))


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
    # Read before the transaction, as a file is: a long paste does not hold the database.
    tracks = track_rows.list_tracks(store)
    read_with = (tracks_version(store), [t.id for t in tracks])
    read = read_prepared("pasted text", prepared, tracks, reading_lexicon(store))
    item = store_prepared(
        store, prepared, label="pasted text", actor=actor, read=read, read_with=read_with
    )
    if item.outcome == "new":
        refresh(store, actor=actor, track_ids=pending_tracks(store))
    return item
