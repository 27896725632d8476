"""Tamper suite: every table edited behind the tracker's back through the sqlite3 module
(update, delete, insert, tail truncation, full re-hash); ``verify`` names each one, and a
database that does not verify opens read-only until the analyst acknowledges it."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tracker.domain.errors import TamperedError, UsageError
from tracker.services.database import open_database
from tracker.services.overrides import apply_override
from tracker.services.setup import open_or_create
from tracker.services.tamper import acknowledge
from tracker.services.verify import verify
from tracker.storage import SCHEMA_VERSION, audit

TRACK = "trump-putin-summit"
CHANNEL = "rubio-lavrov-channel"


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tamper")
    path = folder / "t.db"
    store = open_or_create(path, with_seeds=False)
    from tracker.services.ingest import ingest_paths

    ingest_paths(store, [SEEDS])
    apply_override(store, TRACK, "cancelled", reason="White House said so", analyst="alice")
    from tracker.briefing import export_briefing

    export_briefing(store, "md", folder / "b.md")
    from tracker.services.settings import set_outlet_reliability

    set_outlet_reliability(store, "Atlantic Council", "B")
    # the analysts' hand: a judgement (1), a lexicon rule (1), a track held for review
    from tracker.services.judgements import judge_excerpt
    from tracker.services.review import set_review_mode
    from tracker.services.teach import add_rule, make_rule

    newest = store.conn.execute("SELECT max(id) FROM excerpts WHERE track_id = ?", [TRACK])
    judge_excerpt(store, newest.fetchone()[0], note="ask the desk", analyst="alice")
    rule = make_rule(phrase="wasted meeting", signal="on_hold", kinds=["summit"])
    add_rule(store, rule, analyst="alice", reextract=False)
    set_review_mode(store, CHANNEL, "hold", analyst="alice")
    assert store.conn.execute("SELECT count(*) FROM review_queue").fetchone()[0] > 0
    store.close()
    return path


@pytest.fixture
def db_path(_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "t.db"
    shutil.copy(_template, target)
    shutil.copy(_template.with_name("t.db.head"), tmp_path / "t.db.head")
    return target


def _edit(path: Path, *sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _texts(path: Path) -> list[str]:
    store = open_database(path)
    try:
        report = verify(store)
    finally:
        store.close()
    assert not report.ok
    return [f.text for f in report.findings]


def test_untouched_database_verifies(db_path: Path) -> None:
    store = open_database(db_path)
    report = verify(store)
    assert report.ok, report.lines
    assert store.flagged == []
    assert report.findings == []
    store.close()


CASES: list[tuple[str, list[str], str]] = [
    # documents
    (
        "document title",
        ["UPDATE documents SET title = 'Forged' WHERE id = 2"],
        "document 2 was changed",
    ),
    (
        "document outlet",
        ["UPDATE documents SET outlet = 'Reuters' WHERE id = 2"],
        "document 2 was changed",
    ),
    (
        "document reliability",
        ["UPDATE documents SET reliability = 'A' WHERE id = 3"],
        "document 3 was changed",
    ),
    (
        "document date",
        ["UPDATE documents SET published = '2025-10-01' WHERE id = 3"],
        "document 3 was changed",
    ),
    (
        "document text",
        ["UPDATE documents SET text = replace(text, 'no plans', 'firm plans') WHERE id = 3"],
        "document 3: its text no longer matches its recorded hash",
    ),
    (
        "document delete",
        ["DELETE FROM excerpts WHERE document_id = 5", "DELETE FROM documents WHERE id = 5"],
        "document 5 was deleted",
    ),
    (
        "document insert",
        [
            "INSERT INTO documents (id, title, raw_text, text, sha256, chars, ingested_at) "
            "VALUES (99, 'Planted', 'x', 'x', 'abc', 1, '2025-10-22T00:00:00.000000Z')"
        ],
        "document 99 has no audit record",
    ),
    # excerpts
    (
        "excerpt quote",
        [
            "UPDATE excerpts SET exact = replace(exact, 'no plans', 'firm plans') WHERE exact LIKE '%no plans%'"
        ],
        "its quote",
    ),
    (
        "excerpt track",
        ["UPDATE excerpts SET track_id = 'rubio-lavrov-channel' WHERE id = 1"],
        "excerpt 1 was changed",
    ),
    ("excerpt delete", ["DELETE FROM excerpts WHERE id = 2"], "excerpt 2 was deleted"),
    (
        "excerpt insert",
        [
            'INSERT INTO excerpts (id, document_id, track_id, start, "end", exact, recorded_at) '
            "VALUES (9999, 1, 'trump-putin-summit', 0, 5, (SELECT substr(text, 1, 5) FROM documents WHERE id = 1), "
            "'2025-10-22T00:00:00.000000Z')"
        ],
        "excerpt 9999 has no audit record",
    ),
    # overrides
    (
        "override edit",
        ["UPDATE overrides SET status = 'held', analyst = 'mallory'"],
        "override 1 was changed",
    ),
    (
        "override delete",
        ["DELETE FROM transitions WHERE override_id = 1", "DELETE FROM overrides"],
        "override 1 was deleted",
    ),
    (
        "override insert",
        [
            "UPDATE overrides SET ended_at = '2025-10-23T00:00:00.000000Z'",
            "INSERT INTO overrides (id, track_id, status, reason, analyst, created_at) "
            "VALUES (7, 'trump-putin-summit', 'held', 'forged', 'mallory', '2025-10-23T00:00:00.000000Z')",
        ],
        "override 7 has no audit record",
    ),
    # tracks
    (
        "track edit",
        ["UPDATE tracks SET title = 'Something else' WHERE id = 'rubio-lavrov-channel'"],
        "track rubio-lavrov-channel was changed",
    ),
    (
        "track insert",
        [
            "INSERT INTO tracks (id, title, kind, created_at, updated_at) VALUES "
            "('planted', 'Planted', 'summit', '2025-10-22T00:00:00Z', '2025-10-22T00:00:00Z')"
        ],
        "track planted has no audit record",
    ),
    # transitions (history)
    (
        "history edit",
        ["UPDATE transitions SET analyst = 'mallory' WHERE origin = 'override'"],
        "was changed",
    ),
    ("history delete", ["DELETE FROM transitions WHERE origin = 'override'"], "was deleted"),
    # assessments and settings
    (
        "assessment edit",
        ["UPDATE assessments SET status = 'held' WHERE id = (SELECT max(id) FROM assessments)"],
        "was changed",
    ),
    (
        "assessment delete",
        ["DELETE FROM assessments WHERE id = (SELECT max(id) FROM assessments)"],
        "was deleted",
    ),
    (
        "setting edit",
        [
            """UPDATE settings SET value = '{"Atlantic Council": "A"}' """
            "WHERE key = 'outlet_reliability'"
        ],
        "setting outlet_reliability was changed",
    ),
    (
        "setting insert",
        ["INSERT INTO settings (key, value) VALUES ('analyst', 'mallory')"],
        "setting analyst has no audit record",
    ),
    # the analysts' judgements, lexicon rules, review settings and the review queue
    (
        "judgement edit",
        ["UPDATE judgements SET verdict = 'rejected', reason = 'boilerplate' WHERE id = 1"],
        "judgement 1 was changed",
    ),
    (
        "judgement edit, replayed",
        ["UPDATE judgements SET note = 'forged' WHERE id = 1"],
        "judgement 1 differs from its audit entry (note)",
    ),
    ("judgement delete", ["DELETE FROM judgements WHERE id = 1"], "judgement 1 was deleted"),
    (
        "judgement insert",
        [
            'INSERT INTO judgements (id, document_id, track_id, start, "end", exact, verdict, '
            'reason, analyst, created_at) SELECT 9, document_id, track_id, start, "end", '
            "exact, 'rejected', 'not_evidence', 'mallory', '2025-10-23T00:00:00.000000Z' "
            "FROM excerpts WHERE id = 1"
        ],
        "judgement 9 has no audit record",
    ),
    (
        "lexicon rule edit",
        ["UPDATE lexicon_rules SET signal = 'cancelled' WHERE id = 1"],
        "lexicon rule 1 was changed",
    ),
    (
        "lexicon rule delete, replayed",
        ["DELETE FROM lexicon_rules WHERE id = 1"],
        "lexicon rule 1 is in the audit log but not in the database",
    ),
    (
        "review setting edit",
        [f"UPDATE track_review SET mode = 'apply' WHERE track_id = '{CHANNEL}'"],
        f"review setting of track {CHANNEL} was changed",
    ),
    (
        "review setting delete",
        ["DELETE FROM track_review"],
        f"review setting of track {CHANNEL} was deleted",
    ),
    (
        "queued reading delete",
        ["DELETE FROM review_queue"],
        "queued reading (excerpt/track)",
    ),
    # briefings
    (
        "briefing edit",
        ["UPDATE briefings SET path = '/tmp/other.md'"],
        "briefing record 1 was changed",
    ),
    # the audit log itself
    (
        "audit row edit",
        ["UPDATE audit_log SET actor = 'mallory' WHERE seq = 3"],
        "row 3 was changed",
    ),
    ("audit row delete", ["DELETE FROM audit_log WHERE seq = 4"], "row 4 is missing"),
    (
        "seal row garbled",
        [
            "UPDATE audit_log SET payload = 'not json' "
            "WHERE seq = (SELECT max(seq) FROM audit_log WHERE action = 'state.seal')"
        ],
        "was changed",
    ),
    (
        "audit analyst actions deleted",
        ["DELETE FROM audit_log WHERE action IN ('override.apply', 'briefing.export')"],
        "missing",
    ),
    (
        "audit tail truncation",
        ["DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 3 FROM audit_log)"],
        "rows were deleted from its end",
    ),
]


@pytest.mark.parametrize(("case", "sql", "named"), CASES, ids=[c[0] for c in CASES])
def test_each_edit_behind_the_trackers_back_is_named(
    db_path: Path, case: str, sql: list[str], named: str
) -> None:
    _edit(db_path, *sql)
    texts = _texts(db_path)
    assert any(named in t for t in texts), (case, texts)


def test_a_queued_reading_is_named_by_its_excerpt_and_track(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    excerpt, track = conn.execute(
        "SELECT excerpt_id, track_id FROM review_queue ORDER BY excerpt_id LIMIT 1"
    ).fetchone()
    conn.close()
    _edit(
        db_path,
        "UPDATE review_queue SET held = 1 - held, why = 'nothing to see' "
        f"WHERE excerpt_id = {excerpt} AND track_id = '{track}'",
    )
    assert _texts(db_path) == [
        f"queued reading (excerpt/track) {excerpt}/{track} was changed outside the tracker "
        "(it differs from what the audit log sealed)"
    ]


def _rehash_chain(path: Path, *, forged_override: bool) -> None:
    """Rewrite every audit row's hash so the chain verifies on its own again."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    if forged_override:
        conn.execute("UPDATE overrides SET status = 'held', analyst = 'mallory'")
    rows = conn.execute(
        "SELECT seq, at, actor, action, entity, payload FROM audit_log ORDER BY seq"
    ).fetchall()
    prev = audit.GENESIS
    for seq, at, actor, action, entity, payload in rows:
        if forged_override and action == "override.apply":
            data = json.loads(payload)
            data["status"] = "held"
            payload = audit.canonical_json(data)
        digest = audit.row_hash(seq, at, actor, action, entity, payload, prev)
        conn.execute(
            "UPDATE audit_log SET payload = ?, prev_hash = ?, hash = ? WHERE seq = ?",
            (payload, prev, digest, seq),
        )
        prev = digest
    conn.commit()
    conn.close()


def test_a_rehashed_chain_is_caught_by_the_witness_and_the_briefing_head(db_path: Path) -> None:
    _rehash_chain(db_path, forged_override=True)
    store = open_database(db_path)
    assert audit.verify_chain(store).ok  # the chain alone says nothing
    report = verify(store)
    texts = [f.text for f in report.findings]
    assert any("the log was rewritten" in t and "t.db.head" in t for t in texts), texts
    assert any("briefing #1 certified audit head" in t for t in texts), texts
    assert any("override 1 was changed" in t for t in texts), texts
    store.close()


def test_a_rehashed_chain_without_its_witness_is_caught_by_a_printed_head(db_path: Path) -> None:
    store = open_database(db_path)
    printed = audit.head(store)[1]
    store.close()
    _rehash_chain(db_path, forged_override=True)
    (db_path.with_name("t.db.head")).unlink()
    _edit(db_path, "DELETE FROM briefings")
    store = open_database(db_path)
    report = verify(store, head=printed[:16])
    assert any(f.key.startswith("head:") for f in report.findings), report.lines
    assert not report.ok
    store.close()


def test_a_printed_head_still_in_the_log_checks_out(db_path: Path) -> None:
    store = open_database(db_path)
    digest = audit.head(store)[1]
    report = verify(store, head=digest[:12])
    assert report.ok, report.lines
    assert any("in the audit log" in line for line in report.lines)
    with pytest.raises(UsageError):
        verify(store, head="not-a-hash")
    store.close()


def test_a_broken_chain_opens_read_only_and_flagged_until_acknowledged(db_path: Path) -> None:
    _edit(db_path, "UPDATE overrides SET status = 'held', analyst = 'mallory'")
    store = open_database(db_path)
    assert store.flagged and "override 1 was changed" in store.flagged[0]
    with pytest.raises(TamperedError, match="read-only until the findings are acknowledged"):
        apply_override(store, TRACK, "postponed", reason="x", analyst="bob")
    rows_before = audit.head(store)[0]
    assert audit.head(store)[0] == rows_before  # nothing appended to a broken chain
    done = acknowledge(store, analyst="bob")
    assert [f.key for f in done] == ["state:override:1:changed"]
    assert store.flagged == []
    entry = audit.entries(store, limit=1)[0]
    assert (entry.action, entry.actor) == ("verify.acknowledge", "bob")
    apply_override(store, TRACK, "postponed", reason="after review", analyst="bob")
    store.close()
    again = open_database(db_path)
    assert again.flagged == []
    assert verify(again).ok
    again.close()


def test_an_acknowledged_chain_break_stays_listed_but_does_not_block(db_path: Path) -> None:
    _edit(db_path, "UPDATE audit_log SET actor = 'mallory' WHERE seq = 3")
    store = open_database(db_path)
    assert store.flagged
    acknowledge(store, analyst="bob")
    report = verify(store)
    assert report.ok, report.lines
    assert [f.key for f in report.findings if f.acknowledged] == ["chain:3:changed"]
    assert any(line.strip().startswith("acknowledged: audit log: row 3") for line in report.lines)
    store.close()


def test_nothing_to_acknowledge_is_a_usage_error(db_path: Path) -> None:
    store = open_database(db_path)
    with pytest.raises(UsageError, match="nothing to acknowledge"):
        acknowledge(store)
    store.close()


def test_every_write_moves_the_head_witness(db_path: Path) -> None:
    store = open_database(db_path)
    apply_override(store, TRACK, "postponed", reason="new talks date", analyst="bob")
    seq, digest = audit.head(store)
    witness = json.loads(db_path.with_name("t.db.head").read_text())
    assert (witness["seq"], witness["hash"]) == (seq, digest)
    store.close()


def test_a_database_from_before_seals_gets_a_baseline(tmp_path: Path) -> None:
    """Seal rows absent (an older version's database): the first writable open seals it."""
    path = tmp_path / "old.db"
    store = open_or_create(path, with_seeds=False)
    from tracker.services.ingest import ingest_paths

    ingest_paths(store, [SEEDS / "000_68c1bb7019cf50ad.txt"])
    store.close()
    _edit(path, "DELETE FROM audit_log WHERE action = 'state.seal'")
    # re-link the chain the way the old version wrote it (no seal rows at all)
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT seq, at, actor, action, entity, payload FROM audit_log ORDER BY seq"
    ).fetchall()
    conn.execute("DELETE FROM audit_log")
    prev = audit.GENESIS
    for number, (_seq, at, actor, action, entity, payload) in enumerate(rows, start=1):
        digest = audit.row_hash(number, at, actor, action, entity, payload, prev)
        conn.execute(
            "INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (number, at, actor, action, entity, payload, prev, digest),
        )
        prev = digest
    conn.commit()
    conn.close()
    path.with_name("old.db.head").unlink()
    store = open_database(path)
    assert store.flagged == []
    assert audit.entries(store, limit=1, include_seals=True)[0].action == "state.seal"
    assert verify(store).ok
    store.close()


def test_seal_rows_stay_out_of_the_analysts_audit_view(db_path: Path) -> None:
    store = open_database(db_path)
    assert all(e.action != "state.seal" for e in audit.entries(store))
    assert any(e.action == "state.seal" for e in audit.entries(store, include_seals=True))
    store.close()


TEXT = "Trump and Putin agreed to meet in Budapest on Tuesday."


def _sealed_at_schema_6(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database written and sealed by a version whose schema ended at 6 (before the
    judgement tables and the ``origin`` of an excerpt), holding one document and excerpt."""
    from tracker.ingest.pipeline import normalized_hash
    from tracker.services import setup as setup_module
    from tracker.storage import db as db_module
    from tracker.storage import migrations

    with monkeypatch.context() as patch:
        older = [m for m in migrations.migrations._migrations if m.name != "m007_judgements"]
        patch.setattr(migrations.migrations, "_migrations", older)
        patch.setattr(db_module, "SCHEMA_VERSION", 6)
        # that version kept no record of a full reading (it reads the analysts' rules, a
        # table of schema 7)
        patch.setattr(setup_module, "forget_full_reading", lambda store: None)
        store = open_or_create(path, with_seeds=False)
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == 6
        with store.write():
            store.conn.execute(
                "INSERT INTO documents (id, title, raw_text, text, sha256, chars, ingested_at) "
                "VALUES (1, 'Budapest', ?, ?, ?, ?, ?)",
                [TEXT, TEXT, normalized_hash(TEXT), len(TEXT), store.now()],
            )
            store.conn.execute(
                'INSERT INTO excerpts (id, document_id, track_id, start, "end", exact, signal, '
                "recorded_at) VALUES (1, 1, ?, 0, ?, ?, 'agreed_to_meet', ?)",
                [TRACK, len(TEXT), TEXT, store.now()],
            )
        store.close()


def test_the_judgement_tables_of_a_migrated_database_are_sealed_from_its_first_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Schema 7 adds the judgements, lexicon rules, review settings and the review queue,
    and the ``origin`` column of excerpts: the first open migrates and seals the new tables
    as they are (adding the column changes no seal), and from then on an edit behind the
    tracker's back is named."""
    path = tmp_path / "six.db"
    _sealed_at_schema_6(path, monkeypatch)
    store = open_database(path)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.flagged == []
    baselines = [p["kinds"] for p in audit.payloads(store, "state.seal") if "kinds" in p]
    assert baselines[-1] == ["judgement", "lexicon_rule", "track_review", "review_queue"]
    from tracker.services.judgements import judge_excerpt
    from tracker.services.review import set_review_mode
    from tracker.services.teach import add_rule, make_rule

    judge_excerpt(store, 1, confirm=True, analyst="alice")
    add_rule(store, make_rule(phrase="wasted meeting", not_cue=True), analyst="alice")
    set_review_mode(store, CHANNEL, "hold", analyst="alice")
    report = verify(store)
    assert report.ok, report.lines
    store.close()
    _edit(
        path,
        "UPDATE judgements SET verdict = 'rejected', reason = 'boilerplate'",
        "UPDATE lexicon_rules SET analyst = 'mallory'",
        "UPDATE track_review SET since = '2020-01-01T00:00:00.000000Z'",
        "UPDATE excerpts SET origin = 'analyst' WHERE id = 1",
    )
    texts = _texts(path)
    for what in ("judgement 1", "lexicon rule 1", f"review setting of track {CHANNEL}"):
        assert (
            f"{what} was changed outside the tracker (it differs from what the audit log sealed)"
            in texts
        )
    assert any(t.startswith("excerpt 1 was changed") for t in texts)
    assert "judgement 1 differs from its audit entry (reason, verdict)" in texts


def test_a_sealed_table_without_its_sealed_columns_is_refused(db_path: Path) -> None:
    _edit(
        db_path,
        "DROP TABLE judgements",
        "CREATE TABLE judgements (id INTEGER PRIMARY KEY, verdict TEXT)",
    )
    from tracker.domain.errors import DatabaseError

    with pytest.raises(DatabaseError, match="the judgements table lacks the sealed columns"):
        open_database(db_path)


def test_a_changed_judgement_is_flagged_and_acknowledged_once_and_a_later_change_is_named_again(
    db_path: Path,
) -> None:
    """An acknowledgement seals the state as it stands: a row changed again afterwards is a
    new finding, not one acknowledged before."""
    _edit(db_path, "UPDATE judgements SET note = 'forged' WHERE id = 1")
    store = open_database(db_path)
    assert store.flagged == [
        "judgement 1 was changed outside the tracker (it differs from what the audit log sealed)"
    ]
    done = acknowledge(store, analyst="bob")
    assert [f.key for f in done] == [
        "state:judgement:1:changed",
        "replay:judgement:1:changed",
    ]
    report = verify(store)
    assert report.ok, report.lines
    assert [f.key for f in report.findings if f.acknowledged] == ["replay:judgement:1:changed"]
    store.close()
    _edit(db_path, "UPDATE judgements SET note = 'forged again' WHERE id = 1")
    store = open_database(db_path)
    assert store.flagged == [
        "judgement 1 was changed outside the tracker (it differs from what the audit log sealed)"
    ]
    assert not verify(store).ok
    store.close()


def test_a_row_written_twice_in_one_transaction_is_sealed_once(tmp_path: Path) -> None:
    """An upsert of a row already noted in the transaction (its conflict rule would
    override a trigger's INSERT OR IGNORE)."""
    from tracker.storage import open_db, settings

    store = open_db(tmp_path / "t.db")
    with store.write():
        settings.put(store, "analyst", "alice")
        settings.put(store, "analyst", "bob")
    payload = audit.payloads(store, "state.seal")[-1]
    assert list(payload["entities"]) == ["setting:analyst"]
    assert verify(store).ok
    store.close()


def test_the_sealed_columns_are_read_again_when_the_schema_changes(tmp_path: Path) -> None:
    """``seal.present`` is kept per open database while its schema stays the same; a
    sealed table changed by any connection is seen at the next seal, never the old list."""
    from tracker.domain.errors import DatabaseError
    from tracker.storage import open_db, seal

    path = tmp_path / "t.db"
    store = open_db(path)
    assert seal.present(store)["setting"] == ("value",)
    assert seal.present(store) == seal._read_present(store)
    _edit(path, "ALTER TABLE settings RENAME COLUMN value TO worth")
    with pytest.raises(DatabaseError, match="the settings table lacks the sealed columns value"):
        seal.present(store)
    store.close()
