"""The analyst's judgements through the real CLI with ``--json``: each action and its undo,
evidence added by hand, the review queue and the user lexicon."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_cli

SUMMIT = "trump-putin-summit"
CHANNEL = "rubio-lavrov-channel"


def cli_json(db: Path, *args: str) -> Any:
    result = run_cli(*args, "--json", db=db)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def summit(db: Path) -> dict[str, Any]:
    return next(s for s in cli_json(db, "status") if s["track"] == SUMMIT)


def test_rejecting_what_decides_on_hold_and_undo_through_the_cli(seed_db_path: Path) -> None:
    db = seed_db_path
    before = summit(db)
    assert (before["status"], before["since"], before["rests_on_unreviewed"]) == (
        "on_hold",
        "2025-10-21",
        True,
    )
    decisive = before["unreviewed_ids"]
    for excerpt_id in decisive:
        view = cli_json(
            db,
            "excerpt",
            str(excerpt_id),
            "--reject",
            "--reason",
            "not-evidence",
            "--analyst",
            "alice",
        )
        assert (view["reading"], view["reject_reason"], view["judged_by"]) == (
            "rejected",
            "not_evidence",
            "alice",
        )
    after = summit(db)
    assert after["since"] == "2025-10-22"
    assert after["explanation"] != before["explanation"]
    assert "Left out by analysts: 4 excerpts rejected" in after["explanation"]
    for _ in decisive:
        undone = cli_json(db, "undo")
        assert undone["action"] == "excerpt.judge"
    restored = summit(db)
    assert (restored["since"], restored["explanation"]) == (before["since"], before["explanation"])


ACTIONS: list[tuple[list[str], Any]] = [
    (["--confirm"], lambda v: v["reading"] == "confirmed"),
    (["--signal", "cancelled"], lambda v: v["judged"]["signal"] == "cancelled"),
    (["--modality", "hypothetical"], lambda v: v["judged"]["modality"] == "hypothetical"),
    (
        ["--date", "2025-W44"],
        lambda v: (
            (v["judged"]["event_date"], v["judged"]["date_precision"]) == ("2025-10-27", "week")
        ),
    ),
    (["--track", CHANNEL], lambda v: v["tracks"] == [CHANNEL]),
    (["--add-track", CHANNEL], lambda v: v["tracks"] == [SUMMIT, CHANNEL]),
    (["--note", "ask the desk"], lambda v: v["notes"] == ["ask the desk"]),
    (
        ["--confirm", "--date", "2025-10", "--note", "month only"],
        lambda v: (
            (v["reading"], v["judged"]["date_precision"], v["notes"])
            == ("corrected", "month", ["month only"])
        ),
    ),
]


def test_each_judgement_and_its_undo(seed_db_path: Path) -> None:
    db = seed_db_path
    excerpt_id = str(summit(db)["unreviewed_ids"][0])
    shown = cli_json(db, "excerpt", excerpt_id)
    assert (shown["reading"], shown["judgements"]) == ("machine", [])
    for flags, check in ACTIONS:
        judged = cli_json(db, "excerpt", excerpt_id, *flags)
        assert check(judged), (flags, judged)
        assert len(judged["judgements"]) == 1
        audit = cli_json(db, "audit", "--limit", "1")[0]
        assert (audit["action"], audit["entity"]) == ("excerpt.judge", f"excerpt:{excerpt_id}")
        assert audit["payload"]["judgement"]["id"] == judged["judgements"][0]["id"]
        undone = cli_json(db, "undo")
        assert (undone["action"], undone["entity"]) == ("excerpt.judge", f"excerpt:{excerpt_id}")
    back = cli_json(db, "excerpt", excerpt_id)
    assert (back["reading"], back["tracks"], back["judgements"]) == ("machine", [SUMMIT], [])


def test_evidence_the_machine_missed_through_the_cli(seed_db_path: Path) -> None:
    db = seed_db_path
    docs = cli_json(db, "docs")
    doc = next(d for d in docs if "Putin-Trump Summit Put on Hold" in d["title"])
    words = "The U.S. had proposed freezing the battle lines at their current positions"
    added = cli_json(
        db,
        "evidence",
        "add",
        str(doc["id"]),
        "--quote",
        words,
        "--track",
        SUMMIT,
        "--signal",
        "preparing",
        "--date",
        "2025-10-24",
        "--analyst",
        "bob",
    )
    assert (added["origin"], added["reading"], added["quote"]) == ("analyst", "added", words)
    listed = [e for e in cli_json(db, "evidence", SUMMIT) if e["id"] == added["id"]]
    assert [(e["reading"], e["judged_by"], e["event_date"]) for e in listed] == [
        ("added", "bob", "2025-10-24")
    ]
    report = cli_json(db, "verify")
    assert report["ok"] and report["excerpts"]["orphan"] == 0
    assert report["judgements"]["ok"]
    cli_json(db, "undo")
    assert not [e for e in cli_json(db, "evidence", SUMMIT) if e["id"] == added["id"]]


BACK_ON = """Budapest summit back on, officials say

Published 30 October 2025

President Trump and President Putin will meet in Budapest on 20 November, the White House said on Thursday. The summit has been scheduled after weeks of uncertainty, officials confirmed.
"""


def test_the_review_queue_and_hold_for_review(seed_db_path: Path, tmp_path: Path) -> None:
    db = seed_db_path
    queue = cli_json(db, "review")
    assert queue["count"] == len(queue["items"]) > 0
    held = cli_json(db, "review", "--hold", SUMMIT, "--track", SUMMIT)
    assert [t["review_mode"] for t in held["tracks"]] == ["hold"]
    article = tmp_path / "back-on.txt"
    article.write_text(BACK_ON, encoding="utf-8")
    assert cli_json(db, "ingest", str(article))["new"] == 1
    status = summit(db)
    assert (status["status"], len(status["held_ids"])) == ("on_hold", 2)
    waiting = [i for i in cli_json(db, "review", "--track", SUMMIT)["items"] if i["held"]]
    assert [i["excerpt"] for i in waiting] == status["held_ids"]
    cli_json(db, "excerpt", str(waiting[0]["excerpt"]), "--confirm")
    assert summit(db)["status"] == "scheduled"
    text = run_cli("status", "--wide", db=db).stdout
    assert "unreviewed" in text


def test_a_rule_taught_from_a_correction_through_the_cli(
    seed_db_path: Path, tmp_path: Path
) -> None:
    db = seed_db_path
    evidence = cli_json(db, "evidence", SUMMIT)
    corrected = next(e for e in evidence if "did not want to have a" in e["quote"])
    others = {
        e["id"]: e["signal"]
        for e in evidence
        if "wasted meeting" in e["quote"].lower() and e["document"] != corrected["document"]
    }
    cli_json(db, "excerpt", str(corrected["id"]), "--signal", "on_hold")
    change = cli_json(
        db,
        "lexicon",
        "add",
        "wasted meeting",
        "--signal",
        "on_hold",
        "--kind",
        "summit",
        "--excerpt",
        str(corrected["id"]),
    )
    assert change["rules"][0]["phrase"] == "wasted meeting"
    assert change["reextract"]["changed"] >= 2
    now = {e["id"]: e["signal"] for e in cli_json(db, "evidence", SUMMIT) if e["id"] in others}
    assert set(now.values()) == {"on_hold"} != set(others.values())
    rules = cli_json(db, "lexicon", "list")
    assert [r["kinds"] for r in rules] == [["summit"]]
    exported = cli_json(db, "lexicon", "export", str(tmp_path / "desk.json"))
    assert exported["rules"] == 1
    other_db = tmp_path / "other.db"
    imported = cli_json(other_db, "lexicon", "import", exported["path"])
    assert [r["phrase"] for r in imported["added"]] == ["wasted meeting"]
    removed = cli_json(db, "lexicon", "remove", str(rules[0]["id"]))
    assert removed["rules"][0]["removed_at"] is not None
    assert cli_json(db, "lexicon", "list") == []
    cli_json(db, "undo")
    assert len(cli_json(db, "lexicon", "list")) == 1


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["excerpt", "99999"], 1, "no excerpt 99999"),
        (["excerpt", "x1"], 2, "whole number"),
        (["excerpt", "1", "--reject"], 2, "needs a reason"),
        (["excerpt", "1", "--reject", "--reason", "dull"], 2, "not a reason to reject"),
        (["excerpt", "1", "--date", "soonish"], 2, "is not a date"),
        (["excerpt", "1", "--signal", "maybe"], 2, "not a signal"),
        (
            ["evidence", "add", "1", "--quote", "not in there at all", "--track", SUMMIT],
            1,
            "not in document 1",
        ),
        (["evidence", "add", "1", "--track", SUMMIT], 2, "needs --quote and --track"),
        (["evidence", SUMMIT, "--quote", "x"], 2, "only with tracker evidence add"),
        (["lexicon", "add", "wasted meeting"], 2, "does one thing"),
        (["lexicon", "import", "/nonexistent/rules.json"], 1, "cannot read"),
        (["lexicon", "remove", "42"], 1, "no rule 42"),
        (["review", "--hold", "no-such-track"], 1, "no track"),
    ],
)
def test_mistakes_are_one_line(
    seed_db_path: Path, args: list[str], code: int, message: str
) -> None:
    result = run_cli(*args, db=seed_db_path)
    assert result.returncode == code, result.stderr
    lines = [
        line
        for line in result.stderr.splitlines()
        if line.strip() and not line.startswith("usage:")
    ]
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def _run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> Any:
    """One command through the CLI's own entry point (in this process: the suite runs
    dozens of them), its JSON answer."""
    from tracker.cli import main

    capsys.readouterr()
    code = main(["--db", str(db), *args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, (args, err)
    return json.loads(out) if out.strip() else None


def test_the_database_verifies_after_every_judging_command(
    seed_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each judging command writes audited rows the state seals cover (judgements, evidence
    added by hand, lexicon rules, review settings, the review queue, the re-read excerpts):
    after every one of them, and every undo, ``tracker verify`` finds nothing."""
    db = seed_db_path

    def run(*args: str) -> Any:
        return _run(capsys, db, *args)

    status = next(s for s in run("status") if s["track"] == SUMMIT)
    evidence = [e["id"] for e in run("evidence", SUMMIT)]
    first, second = status["unreviewed_ids"][:2]
    others = [str(i) for i in evidence if i not in (first, second)][:3]
    doc = next(d for d in run("docs") if "Putin-Trump Summit Put on Hold" in d["title"])
    article = tmp_path / "back-on.txt"
    article.write_text(BACK_ON, encoding="utf-8")
    rules = tmp_path / "desk.json"
    commands: list[list[str]] = [
        ["excerpt", str(first), "--confirm", "--analyst", "alice"],
        ["excerpt", str(second), "--reject", "--reason", "not-evidence"],
        ["excerpt", others[0], "--signal", "cancelled"],
        ["excerpt", others[0], "--modality", "hypothetical"],
        ["excerpt", others[0], "--date", "2025-W44"],
        ["excerpt", others[1], "--track", CHANNEL],
        ["excerpt", others[2], "--add-track", CHANNEL],
        ["excerpt", others[2], "--note", "ask the desk"],
        ["undo"],
        [
            *("evidence", "add", str(doc["id"]), "--quote", "The U.S. had proposed freezing"),
            *("--track", SUMMIT, "--signal", "preparing", "--date", "2025-10-24"),
        ],
        ["review", "--hold", SUMMIT],
        ["ingest", str(article)],
        ["review", "--apply", SUMMIT],
        ["lexicon", "add", "wasted meeting", "--signal", "on_hold", "--kind", "summit"],
        ["lexicon", "export", str(rules)],
        ["lexicon", "remove", "1"],
        ["lexicon", "import", str(rules)],
        ["reextract"],
        ["undo"],
        ["undo"],
        ["undo"],
    ]
    for command in commands:
        run(*command)
        report = run("verify")
        assert report["ok"] and report["findings"] == [], (command, report["lines"])
        assert report["judgements"]["ok"], (command, report["lines"])
    assert any(e["action"] == "state.seal" for e in run("audit", "--seals", "--limit", "5"))
