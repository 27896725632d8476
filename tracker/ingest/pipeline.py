"""From a file (or pasted text) to a ``Document`` ready to store. Pure apart from reading."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tracker.domain import times
from tracker.domain.errors import RejectedInputError
from tracker.domain.filekinds import special_kind
from tracker.domain.models import Document
from tracker.domain.vocabulary import check_reliability
from tracker.ingest.clean import clean_text
from tracker.ingest.datestamps import parse_date_value
from tracker.ingest.html import html_to_text
from tracker.ingest.markdown import markdown_to_text
from tracker.ingest.metadata import Metadata, apply_manifest, extract_metadata, match_outlet
from tracker.ingest.published import META_KEYS
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
# A head line that labels a date ("Published: 9999-12-31"): when the reader took no date,
# the date such a line prints is named in a warning rather than dropped in silence.
_LABELLED_DATE = re.compile(
    r"^\W{0,3}(?:published|posted|updated|last updated|date|dated)\b\W{0,3}(?P<rest>.{1,60})$",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"\b(\d{1,4})-(\d{1,2})-(\d{1,2})\b")
_YEAR = re.compile(r"(?<!\d)(\d{4,5})(?!\d)")


@dataclass
class PreparedDocument:
    document: Document
    dropped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


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


def _out_of_window(when: date, today: date) -> str | None:
    """Why a date an article printed cannot be its published date, or ``None``."""
    if when < EARLIEST_PUBLISHED or when > today + timedelta(days=FUTURE_DAYS):
        latest = today + timedelta(days=FUTURE_DAYS)
        return f"is outside {EARLIEST_PUBLISHED.year}–{latest.year}"
    if when > today + timedelta(days=1):
        return "is after today"
    return None


def unused_printed_date(
    meta: dict[str, str],
    stamps: list[str],
    lines: list[str],
    today: date | None = None,
) -> str | None:
    """Why the date the page's metadata, a date stamp or a labelled head line prints was
    not taken as the published date ("date ignored: …"), when it lies outside the sane
    window; ``None`` when no such date is printed. Read only when no date was found."""
    today = today or date.today()
    printed = [(meta[key], "page metadata") for key in META_KEYS if meta.get(key)]
    printed += [(stamp, f'"{stamp}"') for stamp in stamps]
    for value, where in printed:
        when = parse_date_value(value)
        why = _out_of_window(when, today) if when is not None else None
        if why is not None:
            assert when is not None
            return f"date ignored: published date {when.isoformat()} ({where}) {why}"
    for line in lines[:12]:
        labelled = _LABELLED_DATE.match(line)
        if labelled is None:
            continue
        rest = labelled["rest"]
        iso = _ISO_DATE.search(rest)
        if iso is not None:
            try:
                when = date(int(iso[1]), int(iso[2]), int(iso[3]))
            except ValueError:
                return f'date ignored: "{iso[0]}" is not a date'
            why = _out_of_window(when, today)
            if why is not None:
                return f'date ignored: published date {when.isoformat()} ("{line}") {why}'
        year = _YEAR.search(rest)
        if year is not None and not EARLIEST_PUBLISHED.year <= int(year[1]) <= today.year + 1:
            return f'date ignored: published date in the year {year[1]} ("{line}") is out of range'
    return None


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
    info: Metadata,
    manifest: dict[str, Any] | None,
    name: str,
    warnings: list[str],
    printed: tuple[dict[str, str], list[str], list[str]] = ({}, [], []),
) -> dict[str, Any]:
    """Overlay the sidecar (checked), then hold the metadata to its bounds: a published
    date outside the sane window is ignored, an invisible title replaced by the file name,
    long values cut; each with a warning; a date the page printed but the reader could
    not take (``printed``: its metadata and lines) is named. Returns the sidecar's extra
    fields."""
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
    elif info.published is None and (unused := unused_printed_date(*printed)) is not None:
        warnings.append(unused)
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


# A publication date in a news page's address: ".../2025/04/12/story", ".../2025-04-12/…",
# ".../20251020/story-1122992658.html" (a whole path segment of eight digits),
# ".../n3/2025/0816/c90000-…", ".../a/202506/09/WS….html", ".../en/202510304986" (a whole
# segment of digits: the date and a serial of the day, as some agencies number their pages),
# ".../mundo/251013/29911/story.html" (a segment of the date with a two-digit year, then a
# segment of the page's serial number).
_ADDRESS_DATE = re.compile(
    r"/(20\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?=/)"
    r"|/(20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?=[/_-])"
    r"|/(20\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/"
    r"|/(20\d\d)/(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/"
    r"|/(20\d\d)(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/"
    r"|/(20\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{2,6}(?=[/.]|$)"
    r"|/(2\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/\d{3,7}/"
    # Business Standard: "…-grows-126012901966_1.html", a 1, the date with a two-digit
    # year, the day's serial
    r"|-1([12]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{5}_1\.html?$"
)


# More layouts of a date in an address, each read only where nothing else in the path
# could be the date: the month by its name (".../world/2024/aug/23/story"); a segment
# opening with the date and the time of day, then the page's serial
# (".../20240423170027199252.html": 2024-04-23 17:00:27); a segment written day first
# (".../iraq/22042024", ".../22042024-amp"), only when it cannot be read month first (the
# day is past 12, or day and month are the same); a token of the page's name that is the
# date and nothing else (".../putin-visit-20240823-abc.html", "…_20240823.html",
# ".../putin-visit-2024-08-23"), never a longer run of digits (an ID or a serial).
_MONTH_ABBR = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAY = r"(0[1-9]|[12]\d|3[01])"
_MONTH = r"(0[1-9]|1[0-2])"
_ADDRESS_MONTH_NAME = re.compile(
    r"/(20\d\d)/(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*/(0?[1-9]|[12]\d|3[01])(?=/)",
    re.IGNORECASE,
)
_ADDRESS_STAMP = re.compile(rf"/(20\d\d){_MONTH}{_DAY}(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d*(?=[/.]|$)")
_ADDRESS_DAY_FIRST = re.compile(rf"/{_DAY}{_MONTH}(20\d\d)(?=[/.]|-[a-z]|$)", re.IGNORECASE)
_ADDRESS_TOKEN = re.compile(
    rf"(?:(?<=[a-z0-9][_-])|(?<=/))(20\d\d)(-?){_MONTH}\2{_DAY}(?=[_-][a-z0-9]|\.s?html?$|\.php$|\.aspx?$|/|$)",
    re.IGNORECASE,
)


def address_date(url: str | None, *, today: date | None = None) -> date | None:
    """The date a page's address carries in its path, if it carries one (not in the host,
    the query or a run of digits that does not open its path segment with the date). A date
    read from the looser layouts (``_ADDRESS_TOKEN`` and its kin) is refused when it lies
    after ``today`` (default: the system date): such a run of digits is an ID."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]*", "", url.split("?", 1)[0].split("#", 1)[0], flags=re.I)
    m = _ADDRESS_DATE.search(path)
    if m is None:
        found = _looser_address_date(path)
        return found if found is not None and found <= (today or date.today()) else None
    year, month, day = (int(g) for g in m.groups() if g is not None)
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _looser_address_date(path: str) -> date | None:
    """The date of ``path`` in the layouts ``_ADDRESS_DATE`` leaves out, or None."""
    if m := _ADDRESS_MONTH_NAME.search(path):
        return _make(int(m[1]), _MONTH_ABBR.index(m[2][:3].lower()) + 1, int(m[3]))
    if m := _ADDRESS_STAMP.search(path):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := _ADDRESS_DAY_FIRST.search(path):
        day, month = int(m[1]), int(m[2])
        return _make(int(m[3]), month, day) if day > 12 or day == month else None
    if len(tokens := _ADDRESS_TOKEN.findall(path)) == 1:
        return _make(int(tokens[0][0]), int(tokens[0][2]), int(tokens[0][3]))
    return None


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _leading_address(body: str, dropped: list[tuple[str, str]]) -> str | None:
    """The page's address when the text opens with it on a line of its own (a page saved
    as text, or copied with its address): the cleaner drops that line as furniture."""
    first = next((line.strip() for line in body.splitlines() if line.strip()), "")
    return first if (first, "address") in ((d.strip(), r) for d, r in dropped) else None


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
    info = extract_metadata(cleaned.lines, cleaned.stamps, meta, dropped=cleaned.dropped)
    info.url = info.url or _leading_address(body, cleaned.dropped)
    if info.published is None and (dated := address_date(info.url)) is not None:
        info.published, info.published_basis = dated, "inferred"
        info.published_note = f"the page's address carries the date: {info.url}"
    extra = _settle_metadata(info, manifest, name, warnings, (meta, cleaned.stamps, cleaned.lines))
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
