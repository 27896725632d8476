"""One way to print: JSON for machines, fitted tables and wrapped prose for people.

``emit_json`` is the single JSON emitter every command uses: it accepts pydantic models,
lists of them, or plain JSON values. ``table`` fits its columns into ``width()``
characters (100 unless ``--wide``) by shortening the widest free column first; with
``--wide`` nothing is cut.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence
from typing import Any

from tracker.domain.text import escape_json_text

DEFAULT_WIDTH = 100
_GAP = 2
_MIN_COLUMN = 6
# Characters the main column keeps while the others give way.
MAIN_KEEPS = 40

_width: int | None = DEFAULT_WIDTH


def set_width(width: int | None) -> None:
    """How wide tables and prose may be; ``None`` (``--wide``) means no limit."""
    global _width
    _width = width


def width() -> int | None:
    return _width


def jsonable(value: Any) -> Any:
    """A pydantic model (or a list or dict of them) as plain JSON values. (Models are
    recognised by their ``model_dump``, so the CLI starts without importing pydantic.)"""
    if hasattr(value, "model_dump") and not isinstance(value, type):
        return value.model_dump(mode="json")
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    return value


def emit_json(value: Any) -> None:
    """Print ``value`` as indented JSON (UTF-8, not escaped, except the C1 and bidi
    control characters a terminal would obey: written as ``\\uXXXX``, the same data)."""
    print(escape_json_text(json.dumps(jsonable(value), indent=2, ensure_ascii=False, default=str)))


def one_line(value: Any) -> str:
    """A cell's text: ``None`` is empty, runs of whitespace (newlines too) become one space."""
    return " ".join(("" if value is None else str(value)).split())


def cut(text: str, limit: int) -> str:
    """``text`` shortened to ``limit`` characters with an ellipsis."""
    return text if len(text) <= limit else text[: max(limit - 1, 0)] + "…"


def fit_widths(
    natural: Sequence[int], minimum: Sequence[int], limit: int, *, main: int | None = None
) -> list[int]:
    """Column widths that fit ``limit`` (gaps included): the widest column gives way first,
    none below its ``minimum``; the ``main`` column (the quote, the title) keeps
    ``MAIN_KEEPS`` characters until every other column is down to its minimum. If the
    minimums do not fit, they are what is returned."""
    widths = list(natural)
    if main is not None:
        floor = list(minimum)
        floor[main] = max(minimum[main], min(natural[main], MAIN_KEEPS))
        widths = _shrink(widths, floor, limit)
    return _shrink(widths, minimum, limit)


def _shrink(widths: list[int], minimum: Sequence[int], limit: int) -> list[int]:
    widths = list(widths)
    excess = sum(widths) + _GAP * (len(widths) - 1) - limit
    while excess > 0:
        candidates = [i for i, w in enumerate(widths) if w > minimum[i]]
        if not candidates:
            break
        widest = max(candidates, key=lambda i: (widths[i], i))
        others = [widths[i] for i in candidates if i != widest]
        runner_up = max([*others, minimum[widest]])
        step = min(excess, max(widths[widest] - runner_up, 1))
        widths[widest] -= step
        excess -= step
    return widths


def table(
    rows: Sequence[Sequence[Any]],
    headers: Sequence[str],
    *,
    flex: Sequence[int] | None = None,
    main: int | None = None,
) -> str:
    """A plain fixed-width table fitted to ``width()``.

    Only the ``flex`` columns (default: the last) give way, cut with an ellipsis; ids,
    dates and grades are never cut. Among them the ``main`` one (default: the last flex
    column) gives way last.
    """
    cells = [[one_line(v) for v in row] for row in rows]
    natural = [len(h) for h in headers]
    for row in cells:
        for i, value in enumerate(row):
            natural[i] = max(natural[i], len(value))
    widths = natural
    if _width is not None:
        flexible = set(flex if flex is not None else [len(headers) - 1])
        minimum = [
            min(natural[i], max(len(h), _MIN_COLUMN)) if i in flexible else natural[i]
            for i, h in enumerate(headers)
        ]
        chosen = max(flexible) if main is None else main
        widths = fit_widths(natural, minimum, _width, main=chosen)
    gap = " " * _GAP

    def line(values: Sequence[str]) -> str:
        return gap.join(cut(v, widths[i]).ljust(widths[i]) for i, v in enumerate(values)).rstrip()

    out = [line(headers), gap.join("-" * w for w in widths)]
    out += [line(row) for row in cells]
    return "\n".join(out)


def prose(text: str, *, indent: str = "") -> str:
    """A paragraph wrapped to ``width()`` (kept on one line with ``--wide``)."""
    flat = one_line(text)
    if _width is None:
        return indent + flat
    return textwrap.fill(
        flat,
        width=_width,
        initial_indent=indent,
        subsequent_indent=indent or "",
        break_on_hyphens=False,
    )
