"""Export a briefing to a file and record it: a ``briefings`` row and an audit entry."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tracker.briefing.build import build_briefing, cutoff_of, select_tracks
from tracker.briefing.checks import check_docx, check_pdf, check_text
from tracker.briefing.model import Briefing
from tracker.domain.errors import UsageError, UserError
from tracker.services.briefings import last_briefing_at, record_export
from tracker.services.database import Store
from tracker.services.files import AtomicFile, describe_os_error

__all__ = ["FORMATS", "BriefingResult", "check_format", "export_briefing", "last_briefing_at"]

log = logging.getLogger(__name__)

FORMATS: tuple[str, ...] = ("pdf", "docx", "md", "html")
SUFFIX = {"pdf": ".pdf", "docx": ".docx", "md": ".md", "html": ".html"}


@dataclass(frozen=True)
class BriefingResult:
    """What an export wrote and recorded."""

    id: int  # row in the briefings table
    path: Path
    format: str
    tracks: list[str]
    since: str | None  # the record-time cut-off used (--new-since); None: no cut-off
    created_at: str
    head_seq: int
    head_hash: str  # audit head the briefing shows (before its own export entry)
    sha256: str  # of the written file
    bytes: int
    seconds: float  # time to build and write the file
    briefing: Briefing

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "path": str(self.path),
            "format": self.format,
            "tracks": self.tracks,
            "since": self.since,
            "created_at": self.created_at,
            "head_seq": self.head_seq,
            "head_hash": self.head_hash,
            "sha256": self.sha256,
            "bytes": self.bytes,
            "seconds": round(self.seconds, 3),
        }


def check_format(fmt: str) -> str:
    norm = fmt.strip().lower()
    if norm not in FORMATS:
        raise UsageError(f"unknown briefing format {fmt!r}; use one of: {', '.join(FORMATS)}")
    return norm


def _render(fmt: str, briefing: Briefing, out: Path) -> Callable[[Path], None]:
    """Render ``briefing`` as ``fmt`` into ``out``; returns the check of the written file."""
    if fmt == "pdf":
        from tracker.briefing.pdf import render_pdf

        pages = render_pdf(briefing, out)
        return lambda path: check_pdf(path, pages)
    if fmt == "docx":
        from tracker.briefing.word import render_docx

        render_docx(briefing, out)
        return check_docx
    from tracker.briefing.render import render_html, render_markdown

    text = (render_markdown if fmt == "md" else render_html)(briefing)
    data = text.encode("utf-8")
    out.write_bytes(data)
    return lambda path: check_text(path, data)


def _target(out: Path, fmt: str, generated: dt.datetime) -> Path:
    """The file to write: ``out``, or a dated name inside ``out`` when it is a folder. The
    folder must exist (a mistyped path is not created)."""
    out = Path(out).expanduser()
    if out.is_dir() and not out.is_symlink():
        return out / f"briefing-{generated.strftime('%Y%m%d-%H%M%S')}{SUFFIX[fmt]}"
    folder = out.parent
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise UserError(f"cannot write the briefing to {out}: the folder {folder} {what}")
    return out


def _written(render: Callable[[], Callable[[Path], None]], out: AtomicFile) -> int:
    """Render into ``out.tmp``, flush it to disk and check it; its size."""
    try:
        check = render()
    except OSError as exc:
        raise UserError(
            f"cannot write the briefing to {out.target}: {describe_os_error(exc)}"
        ) from exc
    return out.finish(check)


def export_briefing(
    store: Store,
    fmt: str,
    out: Path,
    tracks: list[str] | None = None,
    since: dt.date | None = None,
    *,
    new_since: dt.date | dt.datetime | str | None = None,
    now: dt.datetime | None = None,
) -> BriefingResult:
    """Write a briefing on ``tracks`` (default: every live track) as ``fmt`` to ``out``.

    "What changed" covers world events on or after ``since`` (a date) and records made
    after ``new_since`` (a date, a datetime or a stored record time). With neither, it is
    what was recorded since the last briefing was exported (everything, summarised, for
    the first one). ``now`` fixes the generated-at time shown. The export is recorded in
    the ``briefings`` table and the audit log; the head hash printed in the briefing is
    the audit head *before* that entry. ``out`` in a folder that does not exist is refused.
    """
    kind = check_format(fmt)
    selected = [t.id for t in select_tracks(store, tracks)]
    previous = last_briefing_at(store)
    # No cut-off asked for: the last briefing, unless --since chose world events alone.
    default = previous if since is None else None
    cutoff = cutoff_of(new_since) if new_since is not None else default
    started = time.perf_counter()
    generated = now or dt.datetime.now(dt.UTC)
    target = _target(out, kind, generated)
    briefing = build_briefing(
        store, selected, since, generated, new_since=cutoff, first=previous is None
    )
    with AtomicFile(target) as file:
        size = _written(lambda: _render(kind, briefing, file.tmp), file)
        digest = hashlib.sha256(file.tmp.read_bytes()).hexdigest()
        seconds = time.perf_counter() - started
        path = target.resolve()
        # The record and the move into place in one transaction: a database that cannot be
        # written (read-only, busy, full) leaves the old file untouched, and a file that
        # cannot be moved records nothing.
        row_id, created = record_export(
            store,
            fmt=kind,
            path=str(path),
            tracks=selected,
            since=cutoff,
            events_since=since,
            head_seq=briefing.head_seq,
            head_hash=briefing.head_hash,
            sha256=digest,
            publish=file.publish,
            unpublish=file.restore,
        )
    log.info("briefing %s written to %s in %.2fs", kind, path, seconds)
    return BriefingResult(
        id=row_id,
        path=path,
        format=kind,
        tracks=selected,
        since=cutoff,
        created_at=created,
        head_seq=briefing.head_seq,
        head_hash=briefing.head_hash,
        sha256=digest,
        bytes=size,
        seconds=seconds,
        briefing=briefing,
    )
