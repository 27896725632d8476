"""The rows an import writes: a document's excerpts stored together get the ids and quote
keys they would get one at a time, savepoints nest, and an update of a column the
full-text indexes do not hold leaves the indexes alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.domain.models import Document, Finding
from tracker.storage import documents as document_rows
from tracker.storage import excerpts, open_db
from tracker.storage.db import Store, insert_row


def _finding(start: int, words: str) -> Finding:
    return Finding(
        track_id="trump-putin-summit",
        start=start,
        end=start + len(words),
        exact=words,
        signal="postponed",
        cue="put on hold",
    )


FOUND = [
    _finding(0, "The summit in Budapest was put on hold."),
    _finding(40, "Officials gave no new date for the meeting."),
    _finding(85, "Talks between the two sides go on."),
]


def _store(tmp_path: Path, name: str) -> tuple[Store, int]:
    from tracker.services.setup import initialise

    store = open_db(tmp_path / name)
    initialise(store, with_seeds=False)
    with store.write():
        doc_id = document_rows.insert(
            store, Document(title="On hold", text="The summit text.", sha256=name)
        )
    return store, doc_id


def _rows(store: Store) -> list[tuple[object, ...]]:
    return store.conn.execute(
        "SELECT e.id, e.start, e.exact, e.signal, e.recorded_at, k.norm, k.document_id "
        "FROM excerpts e JOIN excerpt_keys k ON k.excerpt_id = e.id ORDER BY e.id"
    ).fetchall()


def test_excerpts_stored_together_get_the_ids_and_keys_of_one_at_a_time(tmp_path: Path) -> None:
    together, doc_a = _store(tmp_path, "together.db")
    single, doc_b = _store(tmp_path, "single.db")
    norms = [f.exact.lower() for f in FOUND]
    for store, doc_id in ((together, doc_a), (single, doc_b)):
        with store.write():
            # the newest excerpt removed: the next id is one above the largest left
            first = excerpts.insert_many(
                store, list(zip(FOUND[:2], norms[:2], strict=True)), document_id=doc_id, at="t1"
            )
            excerpts.remove(store, [first[1]])
    with together.write():
        ids = excerpts.insert_many(
            together, list(zip(FOUND, norms, strict=True)), document_id=doc_a, at="t2"
        )
    with single.write():  # what SQLite gives each row inserted on its own
        for finding, norm in zip(FOUND, norms, strict=True):
            row = finding.model_dump()
            row.update(context=0, document_id=doc_b, recorded_at="t2", origin="machine")
            new_id = insert_row(single, "excerpts", row)
            insert_row(
                single, "excerpt_keys", {"excerpt_id": new_id, "document_id": doc_b, "norm": norm}
            )
    assert ids == [2, 3, 4]
    assert _rows(together) == _rows(single)
    assert excerpts.insert_many(together, [], document_id=doc_a, at="t3") == []
    together.close()
    single.close()


def test_an_inner_savepoint_rolls_back_alone(fresh_db: Store) -> None:
    with fresh_db.write():
        fresh_db.conn.execute("INSERT INTO settings (key, value) VALUES ('outer', '1')")
        with pytest.raises(ValueError), fresh_db.write():
            fresh_db.conn.execute("INSERT INTO settings (key, value) VALUES ('inner', '1')")
            with fresh_db.write():
                fresh_db.conn.execute("INSERT INTO settings (key, value) VALUES ('deeper', '1')")
            raise ValueError("refused")
        with fresh_db.write():
            fresh_db.conn.execute("INSERT INTO settings (key, value) VALUES ('after', '1')")
    keys = {r[0] for r in fresh_db.conn.execute("SELECT key FROM settings")}
    assert {"outer", "after"} <= keys
    assert not {"inner", "deeper"} & keys


def _changes(store: Store, sql: str, params: list[object]) -> int:
    """Rows the statement changed, its triggers' writes included."""
    before = store.conn.total_changes
    with store.write():
        store.conn.execute(sql, params)
    return store.conn.total_changes - before


def test_updates_of_columns_not_indexed_leave_the_full_text_indexes_alone(
    tmp_path: Path,
) -> None:
    store, doc_id = _store(tmp_path, "index.db")
    with store.write():
        (excerpt_id,) = excerpts.insert_many(
            store, [(FOUND[0], "the summit")], document_id=doc_id, at="t1"
        )
    # a grade or a copy's original: the row alone
    assert _changes(store, "UPDATE excerpts SET credibility = 2 WHERE id = ?", [excerpt_id]) == 1
    assert _changes(store, "UPDATE documents SET duplicate_of = NULL WHERE id = ?", [doc_id]) == 1
    # a new quote or title is indexed again (shadow tables written too)
    sql = "UPDATE excerpts SET exact = 'Geneva talks resumed.' WHERE id = ?"
    assert _changes(store, sql, [excerpt_id]) > 1
    found = store.conn.execute(
        "SELECT rowid FROM excerpts_fts WHERE excerpts_fts MATCH 'geneva'"
    ).fetchall()
    assert found == [(excerpt_id,)]
    assert not store.conn.execute(
        "SELECT rowid FROM excerpts_fts WHERE excerpts_fts MATCH 'budapest'"
    ).fetchall()
    assert _changes(store, "UPDATE documents SET title = 'Resumed' WHERE id = ?", [doc_id]) > 1
    for index in ("documents_fts", "excerpts_fts", "documents_exact", "excerpts_exact"):
        store.conn.execute(f"INSERT INTO {index} ({index}) VALUES ('integrity-check')")
    store.close()
