"""Issue-level scenarios on the seed database: status, overrides, review flags, audit."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from tests.conftest import run_cli


def status_of(db: Path, *extra: str) -> dict[str, dict]:  # type: ignore[type-arg]
    result = run_cli("status", "--json", *extra, db=db)
    assert result.returncode == 0, result.stderr
    return {s["track"]: s for s in json.loads(result.stdout)}


def audit_rows(db: Path) -> int:
    return len(json.loads(run_cli("audit", "--json", db=db).stdout))


def test_seed_statuses(seed_db_path: Path) -> None:
    s = status_of(seed_db_path)
    summit = s["trump-putin-summit"]
    assert summit["status"] == "on_hold" and summit["source"] == "inferred"
    assert summit["since"] == "2025-10-21"  # when the status began
    assert summit["as_of"] == "2025-10-22"  # the newest evidence it rests on
    assert summit["contested"] is True
    assert summit["independent_sources"] >= 3
    for key in (
        "track",
        "title",
        "kind",
        "status",
        "inferred_status",
        "source",
        "as_of",
        "confidence",
        "contested",
        "evidence_count",
        "independent_sources",
        "latest",
        "next_event",
        "explanation",
        "override",
        "needs_review",
        "since",
        "next_event_overdue",
        "review",
    ):
        assert key in summit
    channel = s["rubio-lavrov-channel"]
    assert channel["status"] == "active"
    # the latest development, and that it leaves the channel's status as it is
    assert (channel["latest"]["date"], channel["latest"]["signal"]) == ("2025-10-21", "cancelled")
    assert channel["latest"]["effect"] == "development" and channel["latest"]["status"] is None
    coalition = s["coalition-of-the-willing"]
    assert coalition["status"] == "active"
    assert coalition["next_event"]["date"] == "2025-10-24"
    assert "London" in coalition["next_event"]["place"]
    assert coalition["next_event_overdue"] is True  # 24 Oct 2025 passed with no report
    assert coalition["next_event"]["overdue"] is True


def test_summit_history_and_as_of(seed_db_path: Path) -> None:
    hist = json.loads(run_cli("history", "trump-putin-summit", "--json", db=seed_db_path).stdout)
    statuses = [h["status"] for h in hist]
    assert "proposed" in statuses and "on_hold" in statuses
    assert statuses.index("proposed") < statuses.index("on_hold")
    assert (
        status_of(seed_db_path, "--as-of", "2025-10-18")["trump-putin-summit"]["status"]
        == "proposed"
    )


def test_evidence_quotes_are_exact_and_verify_passes(seed_db_path: Path) -> None:
    for track in ("trump-putin-summit", "rubio-lavrov-channel", "coalition-of-the-willing"):
        items = json.loads(run_cli("evidence", track, "--json", db=seed_db_path).stdout)
        assert items
        texts: dict[int, str] = {}
        for item in items:
            if item["document"] not in texts:
                doc = json.loads(
                    run_cli("doc", str(item["document"]), "--json", db=seed_db_path).stdout
                )
                texts[item["document"]] = doc["text"]
            assert texts[item["document"]][item["start"] : item["end"]] == item["quote"]
            assert "Greenland" not in item["quote"] and "Read More" not in item["quote"]
            for key in (
                "id",
                "document",
                "start",
                "end",
                "quote",
                "signal",
                "modality",
                "speaker",
                "event_date",
                "date_precision",
                "reliability",
                "credibility",
                "duplicate_of",
            ):
                assert key in item
    result = run_cli("verify", db=seed_db_path)
    assert result.returncode == 0, result.stdout


def test_override_revoke_and_history(seed_db_path: Path) -> None:
    db = seed_db_path
    r = run_cli(
        "override",
        "trump-putin-summit",
        "cancelled",
        "--reason",
        "Briefed: scrapped",
        "--analyst",
        "alice",
        db=db,
    )
    assert r.returncode == 0, r.stderr
    summit = status_of(db)["trump-putin-summit"]
    assert (summit["status"], summit["source"], summit["inferred_status"]) == (
        "cancelled",
        "override",
        "on_hold",
    )
    assert (
        summit["override"]["analyst"] == "alice"
        and summit["override"]["reason"] == "Briefed: scrapped"
    )
    hist = json.loads(run_cli("history", "trump-putin-summit", "--json", db=db).stdout)
    assert any(
        h["origin"] == "override"
        and h["analyst"] == "alice"
        and h["rationale"] == "Briefed: scrapped"
        for h in hist
    )
    assert (
        run_cli("revoke", "trump-putin-summit", "--reason", "Not confirmed", db=db).returncode == 0
    )
    summit = status_of(db)["trump-putin-summit"]
    assert (
        summit["status"] == "on_hold"
        and summit["source"] == "inferred"
        and summit["override"] is None
    )


def test_empty_reason_writes_nothing(seed_db_path: Path) -> None:
    before = audit_rows(seed_db_path)
    r = run_cli("override", "trump-putin-summit", "cancelled", "--reason", "", db=seed_db_path)
    assert r.returncode != 0 and "reason" in r.stderr
    assert audit_rows(seed_db_path) == before


def test_new_evidence_flags_override_then_ack(seed_db_path: Path, tmp_path: Path) -> None:
    db = seed_db_path
    assert (
        run_cli(
            "override", "trump-putin-summit", "cancelled", "--reason", "scrapped", db=db
        ).returncode
        == 0
    )
    assert status_of(db)["trump-putin-summit"]["needs_review"] is False
    art = tmp_path / "back_on.txt"
    art.write_text(
        "Trump and Putin to meet in Budapest after all\n\n"
        "Nov. 11, 2025\n\n"
        "The White House said on Monday the two presidents will meet in Budapest on 12 November.",
        encoding="utf-8",
    )
    assert run_cli("ingest", str(art), db=db).returncode == 0
    summit = status_of(db)["trump-putin-summit"]
    assert summit["needs_review"] is True and summit["review_reason"]
    assert run_cli("ack", "trump-putin-summit", "--note", "Still judged off", db=db).returncode == 0
    assert status_of(db)["trump-putin-summit"]["needs_review"] is False
    actions = [r["action"] for r in json.loads(run_cli("audit", "--json", db=db).stdout)]
    assert actions[-1] == "override.ack"


def test_undo_is_recorded_not_deleted(seed_db_path: Path) -> None:
    db = seed_db_path
    run_cli("override", "trump-putin-summit", "cancelled", "--reason", "r1", db=db)
    rows = audit_rows(db)
    assert run_cli("undo", db=db).returncode == 0
    assert status_of(db)["trump-putin-summit"]["source"] == "inferred"
    assert audit_rows(db) == rows + 1


def test_known_at_replays_the_past(seed_db_path: Path) -> None:
    db = seed_db_path
    run_cli("override", "trump-putin-summit", "cancelled", "--reason", "r", db=db)
    conn = sqlite3.connect(db)
    applied = conn.execute("SELECT created_at FROM overrides").fetchone()[0]
    conn.close()
    moment = datetime.strptime(applied, "%Y-%m-%dT%H:%M:%S.%fZ") - timedelta(milliseconds=1)
    before = moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    then = status_of(db, "--known-at", before)["trump-putin-summit"]
    assert then["status"] == "on_hold" and then["override"] is None
    assert status_of(db)["trump-putin-summit"]["status"] == "cancelled"


def test_tampered_audit_row_is_named(seed_db_path: Path) -> None:
    db = seed_db_path
    conn = sqlite3.connect(db)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET payload = '{\"forged\":true}' WHERE seq = 2")
    conn.commit()
    conn.close()
    result = run_cli("verify", db=db)
    assert result.returncode == 1
    assert "seq 2" in result.stdout


def test_setting_a_date_recomputes_what_depends_on_it(seed_db_path: Path) -> None:
    db = seed_db_path
    docs = json.loads(run_cli("docs", "--json", db=db).stdout)
    stated = next(d for d in docs if d["published_basis"] == "stated")
    assert run_cli("doc", str(stated["id"]), "--set-published", "2025-10-29", db=db).returncode == 0
    after = {d["id"]: d for d in json.loads(run_cli("docs", "--json", db=db).stdout)}
    assert after[stated["id"]]["published"] == "2025-10-29"
    assert after[stated["id"]]["published_basis"] == "analyst"
    inferred = [d for d in after.values() if d["published_basis"] == "inferred"]
    assert inferred and all(d["published"] == "2025-10-29" for d in inferred)
    summit = status_of(db)["trump-putin-summit"]
    assert (summit["since"], summit["as_of"]) == ("2025-10-28", "2025-10-29")
    assert run_cli("doc", str(stated["id"]), "--set-published", "someday", db=db).returncode == 2
    assert run_cli("undo", db=db).returncode == 0
    assert status_of(db)["trump-putin-summit"]["since"] == "2025-10-21"
    restored = {d["id"]: d for d in json.loads(run_cli("docs", "--json", db=db).stdout)}
    assert restored[stated["id"]]["published_basis"] == "stated"


def test_new_track_picks_up_existing_evidence(seed_db_path: Path) -> None:
    db = seed_db_path
    r = run_cli(
        "track",
        "add",
        "--title",
        "Zelensky–Trump meetings",
        "--kind",
        "meeting",
        "--actor",
        "Volodymyr Zelensky|Zelensky|Zelenskyy|Zelenskiy",
        "--actor",
        "Donald Trump|Trump",
        "--keyword",
        "meeting,met,talks",
        "--json",
        db=db,
    )
    assert r.returncode == 0, r.stderr
    track = json.loads(r.stdout)["id"]
    assert json.loads(run_cli("evidence", track, "--json", db=db).stdout)
    assert track in status_of(db)
    assert run_cli("track", "archive", "--id", track, db=db).returncode == 0
    assert track not in status_of(db)


def test_status_and_status_as_of_today_agree(seed_db_path: Path, tmp_path: Path) -> None:
    # Undated evidence (an article with no date at all) counts alike in both.
    undated = tmp_path / "undated.txt"
    undated.write_text(
        "Summit off, says official\n\nThe Budapest summit between Trump and Putin has been "
        "cancelled, an official said.\n",
        encoding="utf-8",
    )
    assert run_cli("ingest", str(undated), db=seed_db_path).returncode == 0
    today = dt.date.today().isoformat()
    now = status_of(seed_db_path)
    then = status_of(seed_db_path, "--as-of", today)
    for track, s in now.items():
        assert (then[track]["status"], then[track]["since"]) == (s["status"], s["since"]), track
