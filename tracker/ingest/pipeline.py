"""From a file (or pasted text) to a ``Document`` ready to store. Pure apart from reading."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tracker.domain import times
from tracker.domain.errors import RejectedInputError
from tracker.domain.models import Document
from tracker.domain.vocabulary import check_reliability
from tracker.ingest.clean import clean_text
from tracker.ingest.html import html_to_text
from tracker.ingest.markdown import markdown_to_text
from tracker.ingest.metadata import Metadata, apply_manifest, extract_metadata, match_outlet
from tracker.ingest.readers import decode_report

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
SUFFIXES = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
}
MANIFEST_NAME = "manifest.json"
SIDECAR_SUFFIX = ".meta.json"
MAX_MANIFEST_BYTES = 1_048_576
# Published dates outside this window are ignored (with a warning): no article of interest
# predates 1900, and one dated more than a year ahead is a typo or a trick.
EARLIEST_PUBLISHED = date(1900, 1, 1)
FUTURE_DAYS = 366
# Longest stated values (characters): a sidecar value over these is refused with its
# field named; a title or byline found in the text is cut to fit.
FIELD_LIMITS = {
    "title": 500,
    "outlet": 200,
    "byline": 300,
    "url": 2048,
    "published": 64,
    "reliability": 8,
}
_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


@dataclass
class PreparedDocument:
    document: Document
    dropped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def special_kind(mode: int) -> str | None:
    """What a non-regular file is ("a FIFO (named pipe)", …); ``None`` for a regular file."""
    for test, what in _KINDS:
        if test(mode):
            return what
    return None if stat.S_ISREG(mode) else "not a regular file"


def read_bounded(path: Path, max_bytes: int, *, follow: bool = True) -> bytes:
    """The bytes of the regular file at ``path``, never more than ``max_bytes`` read.

    Opened without blocking (a FIFO cannot hang the import) and checked on the open file
    (a device, FIFO or socket is refused); ``follow=False`` refuses a symbolic link."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise RejectedInputError("a symbolic link, not followed") from None
        raise RejectedInputError(f"cannot read: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        kind = special_kind(info.st_mode)
        if kind is not None:
            raise RejectedInputError(f"not a regular file ({kind})")
        if info.st_size > max_bytes:
            raise RejectedInputError(_too_large(info.st_size, max_bytes))
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > max_bytes:
            raise RejectedInputError(_too_large(total, max_bytes, more=True))
        return b"".join(chunks)
    except OSError as exc:
        raise RejectedInputError(f"cannot read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def _too_large(size: int, max_bytes: int, more: bool = False) -> str:
    over = "over " if more else ""
    return (
        f"{over}{size / 1_048_576:.1f} MB is over the {max_bytes / 1_048_576:g} MB limit "
        "for one document"
    )


def check_manifest(manifest: dict[str, Any], name: str = "sidecar") -> dict[str, Any]:
    """A sidecar's values, checked: each known field is text (or null) within its length
    limit; anything else is refused with the field named (``RejectedInputError``)."""
    for key, limit in FIELD_LIMITS.items():
        value = manifest.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            kind = {
                bool: "true/false",
                int: "a number",
                float: "a number",
                list: "a list",
                dict: "an object",
            }.get(type(value), type(value).__name__)
            raise RejectedInputError(f"{name} field {key!r} must be text, not {kind}")
        if len(value) > limit:
            raise RejectedInputError(
                f"{name} field {key!r} is {len(value):,} characters long; at most {limit:,}"
            )
    return manifest


def has_visible_text(text: str) -> bool:
    """Whether ``text`` holds anything a reader can see (not only spaces, zero-width or
    other format characters)."""
    return any(not ch.isspace() and unicodedata.category(ch)[0] not in "CZ" for ch in text)


def _fit(value: str | None, limit: int) -> str | None:
    if value is None or len(value) <= limit:
        return value
    return value[: limit - 1].rstrip() + "…"


def sane_published(when: date | None, today: date | None = None) -> str | None:
    """Why a published date is ignored (outside 1900 to a year past today), or ``None``."""
    if when is None:
        return None
    today = today or date.today()
    latest = today + timedelta(days=FUTURE_DAYS)
    if when < EARLIEST_PUBLISHED or when > latest:
        return (
            f"date ignored: published date {when.isoformat()} is outside "
            f"{EARLIEST_PUBLISHED.year}–{latest.year}"
        )
    return None


def normalized_hash(text: str) -> str:
    """SHA-256 of the text after Unicode NFC and whitespace folding: same article, same hash."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def media_type_for(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")):
        return "text/html"
    return "text/plain"


def _check_size(data: bytes, max_bytes: int) -> None:
    if len(data) > max_bytes:
        raise RejectedInputError(
            f"{len(data) / 1_048_576:.1f} MB is over the {max_bytes / 1_048_576:.0f} MB limit for one document"
        )
    if not data.strip():
        raise RejectedInputError("the file is empty")


def _reliability(stated: str | None, outlet: str | None) -> tuple[str, str]:
    """The source grade: the one stated in a manifest, else a known outlet's."""
    if stated:
        try:
            return check_reliability(stated), "analyst"
        except ValueError as exc:
            raise RejectedInputError(str(exc)) from None
    known = match_outlet(outlet) if outlet else None
    if known is not None:
        return known.reliability, "inferred"
    return "F", "unknown"


def _settle_metadata(
    info: Metadata, manifest: dict[str, Any] | None, name: str, warnings: list[str]
) -> dict[str, Any]:
    """Overlay the sidecar (checked), then hold the metadata to its bounds: a published
    date outside the sane window is ignored, an invisible title replaced by the file name,
    long values cut; each with a warning. Returns the sidecar's extra fields."""
    extra: dict[str, Any] = {}
    if manifest:
        try:
            extra = apply_manifest(info, check_manifest(manifest))
        except ValueError as exc:
            raise RejectedInputError(str(exc)) from None
    ignored = sane_published(info.published)
    if ignored is not None:
        warnings.append(ignored)
        info.published, info.published_basis, info.published_note = None, "unknown", ignored
    if not has_visible_text(info.title):
        info.title = Path(name).stem or "Untitled document"
        warnings.append("the title has no visible characters; the file name is used instead")
    for key in ("title", "byline", "outlet"):
        value = getattr(info, key)
        fitted = _fit(value, FIELD_LIMITS[key])
        if fitted != value:
            setattr(info, key, fitted)
            warnings.append(f"the {key} was cut to {FIELD_LIMITS[key]} characters")
    info.url = _fit(info.url, FIELD_LIMITS["url"])
    return extra


def prepare_bytes(
    data: bytes,
    *,
    name: str = "pasted text",
    media_type: str | None = None,
    manifest: dict[str, Any] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    source_path: str | None = None,
) -> PreparedDocument:
    """Decode, convert, clean and describe one article. Raises ``RejectedInputError``."""
    _check_size(data, max_bytes)
    raw, encoding, note = decode_report(data)
    warnings = [note] if note else []
    kind = media_type or media_type_for(Path(name), raw)
    meta: dict[str, str] = {}
    body = raw
    if kind == "text/html":
        body, meta = html_to_text(raw)
    elif kind == "text/markdown":
        body, meta = markdown_to_text(raw)
    cleaned = clean_text(body)
    if not cleaned.lines:
        raise RejectedInputError("no article text was found (only boilerplate or markup)")
    info = extract_metadata(cleaned.lines, cleaned.stamps, meta)
    extra = _settle_metadata(info, manifest, name, warnings)
    lines = list(cleaned.lines)
    for line in info.byline_lines:
        if line in lines[:12]:
            lines.remove(line)
            cleaned.dropped.append((line, "byline"))
    text = "\n\n".join(lines)
    if not text.strip():
        raise RejectedInputError("no article text was found (only boilerplate or markup)")
    if not has_visible_text(text):
        raise RejectedInputError("no visible text (only spaces, zero-width or control characters)")
    reliability, reliability_basis = _reliability(extra.get("reliability"), info.outlet)
    document = Document(
        title=info.title,
        outlet=info.outlet,
        outlet_basis=info.outlet_basis,
        byline=info.byline,
        url=info.url,
        published=info.published,
        published_basis=info.published_basis,
        published_note=info.published_note,
        reliability=reliability,
        reliability_basis=reliability_basis,
        source_path=source_path,
        media_type=kind,
        encoding=encoding,
        raw_text=raw,
        text=text,
        sha256=normalized_hash(text),
        chars=len(text),
    )
    return PreparedDocument(document=document, dropped=cleaned.dropped, warnings=warnings)


def load_manifest_for(path: Path) -> dict[str, Any] | None:
    """What a user stated about ``path``: ``NAME.meta.json`` beside it, or its entry in the
    folder's ``manifest.json`` (``{"files": {"NAME": {...}}}``)."""
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if os.path.lexists(sidecar):
        return _read_json(sidecar)
    folder_manifest = path.parent / MANIFEST_NAME
    if os.path.lexists(folder_manifest):
        data = _read_json(folder_manifest)
        files = data.get("files", {}) if isinstance(data, dict) else {}
        entry = files.get(path.name) if isinstance(files, dict) else None
        return entry if isinstance(entry, dict) else None
    return None


def _read_json(path: Path) -> dict[str, Any]:
    try:
        raw = read_bounded(path, MAX_MANIFEST_BYTES, follow=False)
    except RejectedInputError as exc:
        raise RejectedInputError(f"manifest {path.name} cannot be read: {exc}") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise RejectedInputError(f"manifest {path.name} cannot be read: {exc}") from None
    if not isinstance(data, dict):
        raise RejectedInputError(f"manifest {path.name} must hold a JSON object")
    return data


def prepare_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> PreparedDocument:
    """Read and prepare one file, with its sidecar manifest if there is one. Only a
    regular file is read, and never more than ``max_bytes`` of it."""
    data = read_bounded(path, max_bytes)
    manifest = load_manifest_for(path)
    return prepare_bytes(
        data, name=path.name, manifest=manifest, max_bytes=max_bytes, source_path=str(path)
    )


def is_candidate(path: Path) -> bool:
    """Files a folder import picks up: articles, not manifests or hidden files."""
    name = path.name
    return (
        not name.startswith(".")
        and not name.endswith(SIDECAR_SUFFIX)
        and name != MANIFEST_NAME
        and path.suffix.lower() in SUFFIXES
    )


def parse_user_date(value: str) -> date:
    """A date typed by a user (see ``tracker.domain.times.parse_user_date``)."""
    return times.parse_user_date(value)
