"""Untrusted text on a terminal or a label: control and bidi characters shown, not obeyed.

Article titles, outlet names, sidecar values and analyst names come from outside. Printed
raw, an ``ESC[2J`` clears the analyst's terminal and a right-to-left override turns
"gnp.exe" into "exe.png" on screen. ``visible`` replaces each such character with a
visible stand-in: C0 controls and DEL with their Unicode control pictures (``␛``), C1
controls with ``<U+009B>``, and bidi embeddings, overrides and isolates with their short
names (``<RLO>``). Everything else, right-to-left script included, is left alone.
"""

from __future__ import annotations

import re

BIDI_NAMES = {
    "\u202a": "LRE",
    "\u202b": "RLE",
    "\u202c": "PDF",
    "\u202d": "LRO",
    "\u202e": "RLO",
    "\u2066": "LRI",
    "\u2067": "RLI",
    "\u2068": "FSI",
    "\u2069": "PDI",
}

_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Characters JSON leaves raw that a terminal may obey: C1 controls, bidi controls.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _stand_in(char: str) -> str:
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    if char in BIDI_NAMES:
        return f"<{BIDI_NAMES[char]}>"
    return f"<U+{code:04X}>"


def visible(text: str, keep: str = "") -> str:
    """``text`` with control and bidi characters replaced by visible stand-ins; the
    characters in ``keep`` (e.g. ``"\\n\\t"`` for a body of text) pass through."""

    def replace(match: re.Match[str]) -> str:
        char = match.group(0)
        return char if char in keep else _stand_in(char)

    return _UNSAFE.sub(replace, text)


def label(text: str | None) -> str:
    """A one-line label (a title in a list or a window title): every control and bidi
    character shown, line breaks included."""
    return visible(text or "")


def escape_json_text(encoded: str) -> str:
    """JSON text with C1 and bidi controls written as ``\\uXXXX`` escapes (same data,
    nothing a terminal obeys); JSON already escapes C0 controls."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", encoded)
