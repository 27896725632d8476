"""Tables fitted to 100 columns, ``--wide`` tables in full, the one JSON emitter."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

import pytest

from tracker.clitools import output
from tracker.clitools.output import cut, emit_json, fit_widths, prose, table
from tracker.domain.models import Latest

QUOTE = "An in-person meeting is not necessary, and there are no plans for President Trump " * 2


@pytest.fixture(autouse=True)
def _width() -> Iterator[None]:
    output.set_width(100)
    yield
    output.set_width(100)


def test_cut_keeps_short_text_and_marks_a_cut() -> None:
    assert cut("summit", 10) == "summit"
    assert cut("summit talks", 8) == "summit …"


def test_fit_widths_takes_from_the_widest_first() -> None:
    assert fit_widths([10, 50, 30], [10, 6, 6], 80) == [10, 36, 30]
    assert fit_widths([10, 50, 30], [10, 6, 6], 70) == [10, 28, 28]
    assert fit_widths([10, 50, 30], [10, 6, 6], 200) == [10, 50, 30]
    # The minimums are kept even when the table cannot fit.
    assert fit_widths([10, 50, 30], [10, 40, 20], 20) == [10, 40, 20]


def test_the_main_column_keeps_forty_characters_while_others_give_way() -> None:
    assert fit_widths([20, 60, 60], [20, 7, 6], 100, main=2) == [20, 36, 40]


def test_a_table_fits_100_columns_and_never_cuts_ids_or_dates() -> None:
    rows = [(12345, "2025-10-21", "Kremlin spokesman Dmitry Peskov", QUOTE)] * 3
    text = table(rows, ["id", "date", "speaker", "quote"], flex=(2, 3))
    lines = text.splitlines()
    assert max(len(line) for line in lines) == 100
    assert lines[2].startswith("12345  2025-10-21  ")
    assert lines[2].endswith("…")


def test_wide_prints_every_cell_in_full() -> None:
    output.set_width(None)
    rows = [(1, "2025-10-21", QUOTE)]
    text = table(rows, ["id", "date", "quote"])
    assert QUOTE.strip() in text
    assert "…" not in text


def test_newlines_in_a_cell_do_not_break_the_row() -> None:
    text = table([(1, "first line\nsecond line")], ["id", "text"])
    assert text.splitlines()[2] == "1   first line second line"


def test_prose_wraps_at_100_unless_wide() -> None:
    wrapped = prose(QUOTE * 2)
    assert all(len(line) <= 100 for line in wrapped.splitlines())
    assert len(wrapped.splitlines()) > 1
    output.set_width(None)
    assert "\n" not in prose(QUOTE * 2)


def test_emit_json_prints_models_and_lists_of_them(capsys: pytest.CaptureFixture[str]) -> None:
    emit_json([Latest(date=dt.date(2025, 10, 30), quote="on hold", document=2, excerpt=27)])
    assert json.loads(capsys.readouterr().out) == [
        {
            "date": "2025-10-30",
            "signal": None,
            "quote": "on hold",
            "document": 2,
            "excerpt": 27,
            "effect": "development",
        }
    ]
    emit_json({"quote": "“on hold”"})
    assert "“on hold”" in capsys.readouterr().out


def test_the_command_line_starts_without_pydantic_or_services() -> None:
    import subprocess
    import sys

    probe = (
        "import sys, tracker.cli; tracker.cli.build_parser(); "
        "print(sorted(m for m in ('pydantic', 'sqlite_utils', 'tracker.services') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
