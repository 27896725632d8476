"""From a file (or pasted text) to a ``Document`` ready to store. Pure apart from reading."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from tracker.domain import times
from tracker.domain.errors import RejectedInputError
from tracker.domain.models import Document
from tracker.domain.vocabulary import check_reliability
from tracker.ingest.clean import clean_text
from tracker.ingest.html import html_to_text
from tracker.ingest.markdown import markdown_to_text
from tracker.ingest.metadata import apply_manifest, extract_metadata, match_outlet
from tracker.ingest.readers import decode_bytes

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


@dataclass
class PreparedDocument:
    document: Document
    dropped: list[tuple[str, str]] = field(default_factory=list)


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
    raw, encoding = decode_bytes(data)
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
    info = extract_metadata(cleaned.lines, cleaned.stamps, meta, dropped=cleaned.dropped)
    extra: dict[str, Any] = {}
    if manifest:
        try:
            extra = apply_manifest(info, manifest)
        except ValueError as exc:
            raise RejectedInputError(str(exc)) from None
    lines = list(cleaned.lines)
    for line in info.byline_lines:
        if line in lines[:12]:
            lines.remove(line)
            cleaned.dropped.append((line, "byline"))
    text = "\n\n".join(lines)
    if not text.strip():
        raise RejectedInputError("no article text was found (only boilerplate or markup)")
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
    return PreparedDocument(document=document, dropped=cleaned.dropped)


def load_manifest_for(path: Path) -> dict[str, Any] | None:
    """What a user stated about ``path``: ``NAME.meta.json`` beside it, or its entry in the
    folder's ``manifest.json`` (``{"files": {"NAME": {...}}}``)."""
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if sidecar.is_file():
        return _read_json(sidecar)
    folder_manifest = path.parent / MANIFEST_NAME
    if folder_manifest.is_file():
        data = _read_json(folder_manifest)
        files = data.get("files", {}) if isinstance(data, dict) else {}
        entry = files.get(path.name) if isinstance(files, dict) else None
        return entry if isinstance(entry, dict) else None
    return None


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RejectedInputError(f"manifest {path.name} cannot be read: {exc}") from None
    if not isinstance(data, dict):
        raise RejectedInputError(f"manifest {path.name} must hold a JSON object")
    return data


def prepare_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> PreparedDocument:
    """Read and prepare one file, with its sidecar manifest if there is one."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise RejectedInputError(f"cannot read: {exc.strerror or exc}") from None
    if size > max_bytes:
        raise RejectedInputError(
            f"{size / 1_048_576:.1f} MB is over the {max_bytes / 1_048_576:.0f} MB limit for one document"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RejectedInputError(f"cannot read: {exc.strerror or exc}") from None
    manifest = load_manifest_for(path)
    return prepare_bytes(
        data, name=path.name, manifest=manifest, max_bytes=max_bytes, source_path=str(path)
    )


def is_metadata(path: Path) -> bool:
    """A folder's ``manifest.json`` or an article's ``NAME.meta.json`` sidecar."""
    return path.name == MANIFEST_NAME or path.name.endswith(SIDECAR_SUFFIX)


def is_candidate(path: Path) -> bool:
    """Files a folder import picks up: articles, not manifests or hidden files."""
    return (
        not path.name.startswith(".") and not is_metadata(path) and path.suffix.lower() in SUFFIXES
    )


def parse_user_date(value: str) -> date:
    """A date typed by a user (see ``tracker.domain.times.parse_user_date``)."""
    return times.parse_user_date(value)
