"""The reading rule an excerpt keeps: stored and read back, taken again on re-reading,
shown by ``tracker evidence --json`` and ``tracker excerpt ID``, and the analyst's hand named
when an analyst sets the signal or adds the evidence."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tracker.cli import main
from tracker.domain.models import Finding
from tracker.extract.rulenames import ADDED_BY_ANALYST, SET_BY_ANALYST
from tracker.services.readings import judged_excerpt
from tracker.storage import excerpts

SUMMIT = "trump-putin-summit"


def _finding(rule: str | None) -> Finding:
    return Finding(
        track_id=SUMMIT,
        start=0,
        end=5,
        exact="Words",
        signal="held",
        cue="met",
        rule=rule,
        modality="asserted",
    )


def test_an_excerpts_rule_is_stored_read_back_and_taken_again(seed_db: Any) -> None:
    store = seed_db
    document = int(store.conn.execute("SELECT min(id) FROM documents").fetchone()[0])
    with store.write():
        new = excerpts.insert(
            store,
            _finding("listed cue 'met' (held)"),
            document_id=document,
            norm="words",
            at=store.now(),
        )
    stored = excerpts.get(store, new)
    assert stored is not None and stored.rule == "listed cue 'met' (held)"
    with store.write():
        excerpts.refind(store, new, _finding("clause verb: meet (past)"))
    again = excerpts.get(store, new)
    assert again is not None and again.rule == "clause verb: meet (past)"
    with store.write():
        excerpts.refind(store, new, _finding(None))
    gone = excerpts.get(store, new)
    assert gone is not None and gone.rule is None


def test_every_machine_excerpt_with_a_signal_names_its_rule(seed_db: Any) -> None:
    rows = seed_db.conn.execute(
        "SELECT signal, rule FROM excerpts WHERE origin = 'machine'"
    ).fetchall()
    assert rows
    assert all(rule for signal, rule in rows if signal is not None)
    assert {rule.split(" ", 1)[0] for _signal, rule in rows if rule} >= {"listed"}


def _cli_json(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> Any:
    capsys.readouterr()
    assert main(["--db", str(db), "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_evidence_listing_gives_each_excerpts_rule(
    capsys: pytest.CaptureFixture[str], seed_db_path: Path
) -> None:
    rows = _cli_json(capsys, seed_db_path, "evidence", SUMMIT)
    assert all("rule" in row for row in rows)
    with_signal = [row for row in rows if row["signal"] is not None]
    assert with_signal and all(row["rule"] for row in with_signal)
    assert any(row["rule"].startswith("listed cue '") for row in with_signal)
    # the fields that were there keep their names
    assert {"signal", "cue", "modality", "machine"} <= set(rows[0])


def test_an_excerpt_shows_the_rule_that_read_it_and_the_analysts_hand(
    capsys: pytest.CaptureFixture[str], seed_db_path: Path, seed_db: Any
) -> None:
    rows = _cli_json(capsys, seed_db_path, "evidence", SUMMIT)
    chosen = next(row for row in rows if row["signal"] == "on_hold" and row["rule"])
    capsys.readouterr()
    assert main(["--db", str(seed_db_path), "excerpt", str(chosen["id"])]) == 0
    shown = capsys.readouterr().out
    assert f"rule:     {chosen['rule']}" in " ".join(shown.split("\n"))
    # an analyst sets another signal: the judged reading names the analyst's hand and the
    # machine's rule is kept with the machine's values
    args = ["excerpt", str(chosen["id"]), "--signal", "cancelled", "--analyst", "ana"]
    assert main(["--db", str(seed_db_path), *args]) == 0
    view = _cli_json(capsys, seed_db_path, "excerpt", str(chosen["id"]))
    assert view["machine"]["rule"] == chosen["rule"]
    assert view["judged"]["rule"] == SET_BY_ANALYST
    judged = judged_excerpt(seed_db, chosen["id"])
    assert judged is not None and judged.machine["rule"] == chosen["rule"]


def _words_no_excerpt_holds(store: Any) -> tuple[int, str]:
    """A document and a few of its words that no excerpt of the summit holds."""
    for doc, text in store.conn.execute("SELECT id, text FROM documents ORDER BY id"):
        spans = store.conn.execute(
            'SELECT start, "end" FROM excerpts WHERE document_id = ? AND track_id = ?',
            [doc, SUMMIT],
        ).fetchall()
        at = 0
        for line in text.split("\n"):
            start, at = at, at + len(line) + 1
            words = line.split()
            if len(words) >= 6 and not any(a <= start < b for a, b in spans):
                return int(doc), " ".join(words[:5])
    raise AssertionError("every line is held")


def test_evidence_added_by_hand_names_the_analyst(
    capsys: pytest.CaptureFixture[str], seed_db_path: Path, seed_db: Any
) -> None:
    document, quote = _words_no_excerpt_holds(seed_db)
    args = ["evidence", "add", str(document), "--quote", quote, "--track", SUMMIT]
    capsys.readouterr()
    code = main(["--db", str(seed_db_path), *args, "--signal", "held", "--analyst", "ana"])
    if code != 0:
        pytest.fail(capsys.readouterr().err)
    after = _cli_json(capsys, seed_db_path, "evidence", SUMMIT)
    added = [row for row in after if row["reading"] == "added"]
    assert added and all(row["rule"] == ADDED_BY_ANALYST for row in added)
