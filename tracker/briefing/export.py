"""Export a briefing to a file and record it: a ``briefings`` row and an audit entry."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tracker.briefing.build import build_briefing, cutoff_of, select_tracks
from tracker.briefing.model import Briefing
from tracker.domain.errors import UsageError, UserError
from tracker.services.briefings import last_briefing_at, record_export
from tracker.services.database import Store

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


def _renderer(fmt: str) -> Callable[[Briefing, Path], None]:
    if fmt == "pdf":
        from tracker.briefing.pdf import render_pdf

        return render_pdf
    if fmt == "docx":
        from tracker.briefing.word import render_docx

        return render_docx
    from tracker.briefing.render import render_html, render_markdown

    text = render_markdown if fmt == "md" else render_html

    def write_text(briefing: Briefing, out: Path) -> None:
        out.write_text(text(briefing), encoding="utf-8", newline="\n")

    return write_text


def _target(out: Path, fmt: str, generated: dt.datetime) -> Path:
    """The file to write: ``out``, or a dated name inside ``out`` when it is a folder. The
    folder must exist (a mistyped path is not created)."""
    out = Path(out).expanduser()
    if out.is_dir():
        return out / f"briefing-{generated.strftime('%Y%m%d-%H%M%S')}{SUFFIX[fmt]}"
    folder = out.parent
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise UserError(f"cannot write the briefing to {out}: the folder {folder} {what}")
    return out


def _temporary(folder: Path, suffix: str) -> Path:
    """A new empty file beside the target, created with the permissions the user's umask
    allows (``mkstemp`` would make it private to the user whatever the umask says)."""
    for _ in range(100):
        path = folder / f".briefing-{secrets.token_hex(6)}{suffix}"
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return path
    raise FileExistsError(f"no free temporary name in {folder}")  # pragma: no cover


def _write_atomically(render: Callable[[Briefing, Path], None], b: Briefing, out: Path) -> None:
    """Render into a temporary file beside ``out`` and move it into place, so a failed
    export never leaves half a briefing behind."""
    try:
        tmp = _temporary(out.parent, out.suffix)
    except OSError as exc:
        raise UserError(f"cannot write the briefing to {out}: {exc.strerror or exc}") from exc
    try:
        render(b, tmp)
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise UserError(f"the {out.suffix or 'briefing'} renderer wrote nothing")
        os.replace(tmp, out)
    except OSError as exc:
        raise UserError(f"cannot write the briefing to {out}: {exc.strerror or exc}") from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


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
    _write_atomically(_renderer(kind), briefing, target)
    seconds = time.perf_counter() - started
    data = target.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    path = target.resolve()
    try:
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
        )
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
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
        bytes=len(data),
        seconds=seconds,
        briefing=briefing,
    )
