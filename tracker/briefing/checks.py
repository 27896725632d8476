"""Checks of a written briefing before it replaces anything: the file must be whole.

A full disk or a failing writer can leave a file that looks written: Qt's PDF writer, for
one, reports no error when the disk fills. Each check reads the file back: a PDF must have
its header, cross-reference and end marker and the page count the layout produced; a DOCX
must be a sound ZIP whose document part parses; Markdown and HTML must be exactly the text
rendered.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from tracker.domain.errors import UserError

_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def _broken(path: Path, what: str) -> UserError:
    return UserError(
        f"the briefing written to {path.name} is not whole ({what}); nothing was replaced"
    )


def check_pdf(path: Path, pages: int | None) -> None:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise _broken(path, "no PDF header")
    tail = data[-2048:]
    if b"%%EOF" not in tail or b"startxref" not in tail:
        raise _broken(path, "the PDF ends early")
    found = len(_PAGE.findall(data))
    if found == 0 or (pages is not None and found != pages):
        raise _broken(path, f"{found} pages instead of {pages}")


def check_docx(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            bad = archive.testzip()
            if bad is not None:
                raise _broken(path, f"damaged part {bad}")
            ElementTree.fromstring(archive.read("word/document.xml"))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError) as exc:
        raise _broken(path, f"not a sound DOCX: {exc}") from None


def check_text(path: Path, expected: bytes) -> None:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _broken(path, str(exc)) from None
    if data != expected:
        raise _broken(path, f"{len(data)} of {len(expected)} bytes")
