"""Export a briefing to a file and record it: a ``briefings`` row and an audit entry."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import os
import tempfile
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
    since: str | None  # the record-time cut-off used; None means everything
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
    out = Path(out).expanduser()
    if out.is_dir():
        return out / f"briefing-{generated.strftime('%Y%m%d-%H%M%S')}{SUFFIX[fmt]}"
    return out


def _write_atomically(render: Callable[[Briefing, Path], None], b: Briefing, out: Path) -> None:
    """Render into a temporary file beside ``out`` and move it into place, so a failed
    export never leaves half a briefing behind."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".briefing-", suffix=out.suffix, dir=out.parent)
    except OSError as exc:
        raise UserError(f"cannot write the briefing to {out}: {exc.strerror or exc}") from exc
    os.close(fd)
    tmp = Path(tmp_name)
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
    now: dt.datetime | None = None,
) -> BriefingResult:
    """Write a briefing on ``tracks`` (default: every live track) as ``fmt`` to ``out``.

    ``since`` (a date, or a datetime for an exact moment) limits "what changed" to records
    made after it; by default it is the moment the last briefing was exported, or
    everything if there was none. ``now`` fixes the generated-at time shown. The export is
    recorded in the ``briefings`` table and the audit log; the head hash printed in the
    briefing is the audit head *before* that entry.
    """
    kind = check_format(fmt)
    selected = [t.id for t in select_tracks(store, tracks)]
    cutoff = cutoff_of(since) if since is not None else last_briefing_at(store)
    started = time.perf_counter()
    generated = now or dt.datetime.now(dt.UTC)
    briefing = build_briefing(store, selected, cutoff, generated)
    target = _target(out, kind, generated)
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
