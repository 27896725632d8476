"""Storage: pragmas, migrations, version refusal, the append-only audit chain."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tracker.domain.errors import DatabaseError
from tracker.storage import SCHEMA_VERSION, audit, open_db
from tracker.storage.db import backup
from tracker.storage.migrations import migrations

REQUIRED_TABLES = {
    "tracks",
    "documents",
    "excerpts",
    "transitions",
    "overrides",
    "audit_log",
    "documents_fts",
    "excerpts_fts",
    "assessments",
    "briefings",
    "settings",
}


def test_open_sets_pragmas_and_schema(tmp_path: Path) -> None:
    store = open_db(tmp_path / "t.db")
    conn = store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert set(store.db.table_names()) >= REQUIRED_TABLES
    store.close()


def test_migrations_apply_twice_without_change(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    open_db(path).close()
    store = open_db(path)
    assert migrations.pending(store.db) == []
    applied = [m.name for m in migrations.applied(store.db)]
    assert applied == [
        "m001_initial",
        "m002_record_time_indexes",
        "m003_incremental_analysis",
        "m004_track_parties_places",
        "m005_exact_search",
        "m006_briefing_events_since",
        "m007_judgements",
        "m008_seen_marks",
        "m009_index_updates_of_indexed_columns",
        "m010_index_what_the_recomputation_filters_on",
        "m011_excerpt_rule",
    ]
    store.close()


def test_newer_schema_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.execute("CREATE TABLE future (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version"):
        open_db(path)
    assert path.read_bytes() == before


def test_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not sqlite at all, just text" * 100)
    with pytest.raises(DatabaseError, match="not a tracker database"):
        open_db(path)


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="folder"):
        open_db(tmp_path)


def test_audit_chain_appends_and_verifies(tmp_path: Path) -> None:
    store = open_db(tmp_path / "t.db")
    with store.write():
        first = audit.append(store, actor="alice", action="test", entity="x:1", payload={"a": 1})
        second = audit.append(
            store, actor="bob", action="test", entity="x:2", payload={"b": [1, 2]}
        )
    # a new database's log opens with the baseline of its (empty) state's seals
    baseline = audit.entries(store, include_seals=True)[0]
    assert (baseline.seq, baseline.action, baseline.prev_hash) == (1, "state.seal", audit.GENESIS)
    assert first.prev_hash == baseline.hash
    assert second.prev_hash == first.hash
    report = audit.verify_chain(store)
    assert report.ok and report.rows == 3 and report.head_hash == second.hash
    store.close()


def test_audit_log_refuses_update_and_delete(tmp_path: Path) -> None:
    store = open_db(tmp_path / "t.db")
    with store.write():
        audit.append(store, actor="alice", action="test", entity="x:1", payload={})
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("UPDATE audit_log SET actor = 'mallory'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("DELETE FROM audit_log")
    store.close()


def test_tampering_is_named_by_seq(tmp_path: Path) -> None:
    store = open_db(tmp_path / "t.db")
    with store.write():
        for i in range(3):
            audit.append(store, actor="a", action="test", entity=f"x:{i}", payload={"i": i})
    store.conn.execute("DROP TRIGGER audit_log_no_update")
    store.conn.execute("UPDATE audit_log SET payload = '{\"i\":99}' WHERE seq = 2")
    report = audit.verify_chain(store)
    assert not report.ok and report.first_broken == 2
    store.close()


def test_audit_append_requires_a_transaction(tmp_path: Path) -> None:
    store = open_db(tmp_path / "t.db")
    with pytest.raises(RuntimeError):
        audit.append(store, actor="a", action="t", entity="x", payload={})
    store.close()


def test_write_rolls_back_on_error(tmp_path: Path) -> None:
    store = open_db(tmp_path / "t.db")
    with pytest.raises(ZeroDivisionError), store.write():
        store.conn.execute("INSERT INTO settings (key, value) VALUES ('k', 'v')")
        _ = 1 / 0
    assert store.conn.execute("SELECT count(*) FROM settings").fetchone()[0] == 0
    store.close()


def test_record_times_strictly_increase(tmp_path: Path) -> None:
    store = open_db(tmp_path / "t.db")
    stamps = [store.now() for _ in range(200)]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert stamps[0].endswith("Z")
    store.close()


def test_online_backup_opens(tmp_path: Path) -> None:
    store = open_db(tmp_path / "t.db")
    with store.write():
        store.conn.execute("INSERT INTO settings (key, value) VALUES ('k', 'v')")
    target = backup(store, tmp_path / "copy.db")
    store.close()
    copy = open_db(target)
    assert copy.conn.execute("SELECT value FROM settings").fetchone()[0] == "v"
    copy.close()


def test_shared_shingles_leave_out_boilerplate(tmp_path: Path) -> None:
    """``corpus.shared_shingles``: how many sampled shingles of a document each other
    document below an id holds, a shingle held by more than ``most`` not counted."""
    from tracker.domain.models import Document
    from tracker.storage import corpus
    from tracker.storage import documents as document_rows

    store = open_db(tmp_path / "t.db")
    with store.write():
        ids = [
            document_rows.insert(store, Document(title=f"d{n}", text=f"t{n}", sha256=f"h{n}"))
            for n in range(6)
        ]
        # shingle 7 is held by every document, 8 by the last two, 9 by the last one only
        for doc in ids:
            corpus.add_sketch(store, doc, [7])
        corpus.add_sketch(store, ids[4], [8])
        corpus.add_sketch(store, ids[5], [8, 9])
    last = ids[5]
    shared = corpus.shared_shingles(store, last, below=1 << 62, most=10)
    assert shared == {ids[0]: 1, ids[1]: 1, ids[2]: 1, ids[3]: 1, ids[4]: 2}
    # shingle 7 (five holders) is boilerplate at most 4: only shingle 8 counts
    assert corpus.shared_shingles(store, last, below=1 << 62, most=4) == {ids[4]: 1}
    assert corpus.shared_shingles(store, last, below=1 << 62, most=5) == shared
    earlier = corpus.shared_shingles(store, ids[4], below=ids[4], most=10)
    assert earlier == {i: 1 for i in ids[:4]}  # shingle 8: no earlier holder; 7: four
    assert corpus.shared_shingles(store, 10_000, below=1 << 62, most=10) == {}
    facts = corpus.copy_facts(store, [ids[0], ids[5], 10_000])
    assert facts == {ids[0]: (None, 1), ids[5]: (None, 3)}  # no copies yet; 10,000 unknown
    store.close()


@pytest.mark.parametrize("share", [1, 1_000_000])
def test_shingles_shared_with_earlier_documents_count_alike_in_memory_and_in_sql(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, share: int
) -> None:
    """``corpus.shared_with_earlier``: a large import counts in memory, a small one by a
    statement per document; both give ``shared_shingles(doc, below=doc)`` for each."""
    from tracker.domain.models import Document
    from tracker.storage import corpus
    from tracker.storage import documents as document_rows

    monkeypatch.setattr(corpus, "_IN_MEMORY_SHARE", share)
    store = open_db(tmp_path / "t.db")
    with store.write():
        ids = [
            document_rows.insert(store, Document(title=f"d{n}", text=f"t{n}", sha256=f"h{n}"))
            for n in range(8)
        ]
        # 1 held by all (boilerplate at most=3), 2 by the even ones, 3 by the last three
        for n, doc in enumerate(ids):
            corpus.add_sketch(store, doc, [1] + ([2] if n % 2 == 0 else []))
        for doc in ids[5:]:
            corpus.add_sketch(store, doc, [3])
    wanted = [ids[0], ids[3], ids[6], ids[7], 10_000]
    for most in (3, 10):
        got = dict(corpus.shared_with_earlier(store, wanted, most=most))
        assert list(got) == wanted
        assert got == {d: corpus.shared_shingles(store, d, below=d, most=most) for d in wanted}
    # the seventh: 1 is boilerplate (six earlier holders), 2 is the even ones', 3 the sixth's
    assert dict(corpus.shared_with_earlier(store, [ids[6]], most=3)) == {
        ids[6]: {ids[0]: 1, ids[2]: 1, ids[4]: 1, ids[5]: 1}
    }
    store.close()


def test_evidence_read_for_recomputation_equals_the_validated_models(seed_db: object) -> None:
    """A track's evidence is built from its rows without validation: every field, type and
    default is what validating the same values gives."""
    from tracker.domain.models import Evidence
    from tracker.storage import excerpts

    store = seed_db
    sql = excerpts._EVIDENCE_SQL.format(recorded="", order="e.id") + " LIMIT 0"
    cursor = store.conn.execute(sql, ["trump-putin-summit"])  # type: ignore[attr-defined]
    columns = [d[0] for d in cursor.description]
    assert columns == [*excerpts._STORED_FIELDS, "origin"]
    seen = 0
    for track in ("trump-putin-summit", "rubio-lavrov-channel", "coalition-of-the-willing"):
        for e in excerpts.evidence_for(store, track):  # type: ignore[arg-type]
            checked = Evidence.model_validate(e.model_dump())
            assert checked == e
            assert checked.model_dump_json() == e.model_dump_json()
            assert e.model_copy(update={"credibility": 1}).credibility == 1
            seen += 1
    assert seen > 20


def test_middle_firm_date_is_found_by_the_database(fresh_db: object) -> None:
    from datetime import date

    from tracker.services.ingest import ingest_text
    from tracker.storage import documents as document_rows

    store = fresh_db
    assert document_rows.firm_median(store) == (0, None)  # type: ignore[arg-type]
    days = ["2025-10-20", "2025-10-03", "2025-11-11", "2025-10-09"]
    for number, day in enumerate(days):
        ingest_text(
            store,  # type: ignore[arg-type]
            f"Report {number}: Rubio and Lavrov spoke by phone about the summit plans.",
            title=f"Report {number}",
            published=day,
        )
    ordered = sorted(date.fromisoformat(d) for d in days)
    assert document_rows.firm_median(store) == (4, ordered[2])  # type: ignore[arg-type]
