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
    """Decode article bytes; return ``(text, encoding)`` (see ``decode_report``)."""
    text, encoding, _note = decode_report(data)
    return text, encoding


def _utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when ``data`` looks like UTF-16 text without a BOM:
    an even length and a NUL in nearly every other byte (Latin-script text in UTF-16)."""
    sample = data[:4096]
    if len(data) % 2 or len(sample) < 8:
        return None
    odd = sample[1::2].count(0) / (len(sample) // 2)
    even = sample[0::2].count(0) / (len(sample) // 2)
    if odd > 0.6 and even < 0.05:
        return "utf-16-le"
    if even > 0.6 and odd < 0.05:
        return "utf-16-be"
    return None


def _utf8_or_fallback(data: bytes) -> tuple[str, str, str | None]:
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with some bad bytes (a damaged file, or text pasted from elsewhere):
    # keep it UTF-8 and show where bytes were lost; otherwise a legacy Windows encoding.
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    multibyte = sum(1 for ch in replaced if ord(ch) > 0x7F and ch != "\ufffd")
    if multibyte > bad:
        return (
            replaced,
            "utf-8",
            f"invalid UTF-8: {bad} byte sequence(s) could not be read and show as \ufffd",
        )
    try:
        return data.decode("cp1252"), "cp1252", "not UTF-8: read as Windows-1252 (cp1252)"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1", "not UTF-8: read as Latin-1 (ISO 8859-1)"


def decode_report(data: bytes) -> tuple[str, str, str | None]:
    """Decode article bytes; return ``(text, encoding, note)``, the note saying what a
    reader should know about the decoding (a fallback, replaced bytes) or ``None``.

    Tries, in order: a BOM (UTF-8, UTF-16), UTF-16 without a BOM, strict UTF-8; invalid
    UTF-8 is read with the bad bytes replaced (mostly UTF-8) or as cp1252 (else latin-1),
    and the note says so. Refuses binary data (known file signatures, NUL bytes, many
    control characters) with a clear message.
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise RejectedInputError(f"this is {what}, not an article (.txt, .md or .html)")
    if data.startswith(codecs.BOM_UTF8):
        body = data[len(codecs.BOM_UTF8) :]
        text, _enc, note = _utf8_or_fallback(body)
        if _enc != "utf-8":  # a UTF-8 BOM says UTF-8: keep it, replacing what is broken
            text = body.decode("utf-8", errors="replace")
            note = "invalid UTF-8 after a UTF-8 byte order mark: broken bytes show as \ufffd"
        return _checked(text), "utf-8-sig", note
    utf16 = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else None
    utf16 = utf16 or _utf16_without_bom(data)
    if utf16 is not None:
        try:
            note = None if utf16 == "utf-16" else f"no byte order mark: read as {utf16.upper()}"
            return _checked(data.decode(utf16)), utf16, note
        except UnicodeDecodeError as exc:
            raise RejectedInputError(f"broken UTF-16 text ({exc.reason})") from None
    if b"\x00" in data:
        raise RejectedInputError("this looks like a binary file (it contains NUL bytes)")
    text, encoding, note = _utf8_or_fallback(data)
    return _checked(text), encoding, note


def _checked(text: str) -> str:
    sample = text[:65536]
    if sample and len(_CONTROLS.findall(sample)) / len(sample) > 0.02:
        raise RejectedInputError("this looks like a binary file (many control characters)")
    # NUL and other C0 controls never belong in article text.
    return _CONTROLS.sub("", text).replace("\x0c", "\n")
