"""Bytes to text: encoding detection and refusal of binary files."""

from __future__ import annotations

import codecs
import re

from tracker.domain.errors import RejectedInputError

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a DOCX/XLSX file)"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
)

_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode article bytes; return ``(text, encoding)``.

    Tries, in order: a BOM (UTF-8, UTF-16), strict UTF-8, cp1252, latin-1. Refuses binary
    data (known file signatures, NUL bytes, many control characters) with a clear message.
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise RejectedInputError(f"this is {what}, not an article (.txt, .md or .html)")
    if data.startswith(codecs.BOM_UTF8):
        return _checked(data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _checked(data.decode("utf-16")), "utf-16"
        except UnicodeDecodeError as exc:
            raise RejectedInputError(f"broken UTF-16 text ({exc.reason})") from None
    if b"\x00" in data:
        raise RejectedInputError("this looks like a binary file (it contains NUL bytes)")
    for encoding in ("utf-8", "cp1252", "latin-1"):
        try:
            return _checked(data.decode(encoding)), encoding
        except UnicodeDecodeError:
            continue
    raise RejectedInputError("the text encoding could not be recognised")  # pragma: no cover


def _checked(text: str) -> str:
    sample = text[:65536]
    if sample and len(_CONTROLS.findall(sample)) / len(sample) > 0.02:
        raise RejectedInputError("this looks like a binary file (many control characters)")
    # NUL and other C0 controls never belong in article text.
    return _CONTROLS.sub("", text).replace("\x0c", "\n")
