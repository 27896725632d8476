"""A briefing of a large record quotes within its budget and counts the rest.

The seeds are replicated into a record of many documents per track (each copy a week later,
the copies of one article marked as copies of it), so every section that grows with the
archive — status changes, contesting quotes, the places a quote was carried — has more than
its budget. The build must print the newest within the budget, say how many more there are,
and read only what it prints: the excerpts it builds are counted, not timed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tracker.briefing import build, build_briefing, export_briefing
from tracker.briefing.build import ALSO_IN_LIMIT, CONTESTED_LIMIT
from tracker.briefing.changes import TRANSITIONS_LISTED
from tracker.briefing.model import Briefing
from tracker.services import assessments
from tracker.services.status import track_status
from tracker.services.tracks import list_tracks
from tracker.storage import excerpts as excerpt_rows
from tracker.storage import open_db
from tracker.storage.db import Store

NOW = dt.datetime(2027, 6, 1, 9, 0, tzinfo=dt.UTC)
SUMMIT = "trump-putin-summit"
COPIES = 24  # each seed article again, a week apart, 24 times


def _replicate(store: Store, copies: int) -> None:
    """Each document ``copies`` times more, a week apart per copy, with its excerpts; the
    copies of the first dated article are marked as copies of it, each in another outlet
    (one story carried widely)."""
    conn = store.conn
    doc_cols = [r[1] for r in conn.execute("PRAGMA table_info(documents)")]
    ex_cols = [r[1] for r in conn.execute("PRAGMA table_info(excerpts)")]
    docs = conn.execute(f"SELECT {', '.join(doc_cols)} FROM documents ORDER BY id").fetchall()
    quoted = ", ".join(f'"{c}"' for c in ex_cols)
    rows = conn.execute(f"SELECT {quoted} FROM excerpts ORDER BY id").fetchall()
    keys = dict(conn.execute("SELECT excerpt_id, norm FROM excerpt_keys").fetchall())
    di = {c: i for i, c in enumerate(doc_cols)}
    xi = {c: i for i, c in enumerate(ex_cols)}
    doc_stride = max(r[0] for r in docs)
    ex_stride = max(r[0] for r in rows)
    carried = next(r[di["id"]] for r in docs if r[di["published"]])  # the story carried

    def shifted(day: str | None, days: int) -> str | None:
        return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat() if day else day

    with store.write():
        for n in range(1, copies + 1):
            new_docs = []
            for r in docs:
                row = list(r)
                row[di["id"]] = r[di["id"]] + n * doc_stride
                row[di["sha256"]] = f"{r[di['sha256']]}-{n}"
                row[di["published"]] = shifted(r[di["published"]], 7 * n)
                if r[di["id"]] == carried:  # carried by another outlet each time
                    row[di["duplicate_of"]] = carried
                    row[di["outlet"]] = f"Wire {n}"
                else:
                    row[di["duplicate_of"]] = None
                new_docs.append(row)
            conn.executemany(
                f"INSERT INTO documents ({', '.join(doc_cols)}) "
                f"VALUES ({', '.join('?' * len(doc_cols))})",
                new_docs,
            )
            new_rows, new_keys = [], []
            for r in rows:
                row = list(r)
                row[xi["id"]] = r[xi["id"]] + n * ex_stride
                row[xi["document_id"]] = r[xi["document_id"]] + n * doc_stride
                row[xi["event_date"]] = shifted(r[xi["event_date"]], 7 * n)
                row[xi["duplicate_of"]] = None
                new_rows.append(row)
                new_keys.append((row[xi["id"]], row[xi["document_id"]], keys.get(r[xi["id"]], "")))
            conn.executemany(
                f"INSERT INTO excerpts ({quoted}) VALUES ({', '.join('?' * len(ex_cols))})",
                new_rows,
            )
            conn.executemany(
                "INSERT INTO excerpt_keys (excerpt_id, document_id, norm) VALUES (?, ?, ?)",
                new_keys,
            )
    # The corpus facts (dates, copies) are set here by hand; only the inference runs (the
    # corpus-wide copy search over every text is what makes a full refresh slow).
    for track in list_tracks(store):
        assessments._recompute(store, track.id)


@pytest.fixture(scope="module")
def _large_template(tmp_path_factory: pytest.TempPathFactory, _seed_template: Path) -> Path:
    import shutil

    path = tmp_path_factory.mktemp("large") / "large.db"
    shutil.copy(_seed_template, path)
    store = open_db(path)
    try:
        _replicate(store, COPIES)
    finally:
        store.close()
    return path


@pytest.fixture
def large_db(_large_template: Path, tmp_path: Path) -> Iterator[Store]:
    import shutil

    target = tmp_path / "large.db"
    shutil.copy(_large_template, target)
    store = open_db(target)
    yield store
    store.close()


def _briefing(store: Store) -> Briefing:
    return build_briefing(store, now=NOW, first=True)


def test_status_changes_list_the_newest_and_count_the_earlier(large_db: Store) -> None:
    for track in _briefing(large_db).tracks:
        held = large_db.conn.execute(
            "SELECT count(*) FROM transitions WHERE track_id = ? AND origin = 'inferred' "
            "AND superseded_at IS NULL",
            [track.id],
        ).fetchone()[0]
        moves = [c for c in track.changes if c.category == "transition"]
        if held <= TRANSITIONS_LISTED:
            assert len(moves) == held
            continue
        count, *listed = moves  # the count comes first: it stands for the earlier ones
        assert len(listed) == TRANSITIONS_LISTED
        assert count.quote is None
        assert count.summary.startswith(f"{held - TRANSITIONS_LISTED:,} earlier status changes")
        assert f"“tracker history {track.id}” lists every one." in count.summary
        assert count.day is not None and all(c.day and c.day >= count.day for c in listed)


# Fewer contesting quotes than the summit has, so the budget bites on this small record.
SMALL_BUDGET = 4


def test_contested_quotes_are_the_newest_within_the_budget(
    large_db: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    everything = _briefing(large_db).tracks[0]
    assert CONTESTED_LIMIT >= len(everything.contested_rows) > SMALL_BUDGET
    assert everything.contested_note is None  # all of them fit the budget: no count
    monkeypatch.setattr(build, "CONTESTED_LIMIT", SMALL_BUDGET)
    summit = _briefing(large_db).tracks[0]
    assert summit.contested
    contesting = [r.contested for r in summit.contested_rows if r.contested]
    assert len(contesting) == SMALL_BUDGET
    newest = sorted(
        (r.contested for r in everything.contested_rows if r.contested),
        key=lambda q: (-(q.event_date or q.published or dt.date.min).toordinal(), q.excerpt_id),
    )
    # The newest contesting reports, each quoted as its original (a story carried again
    # this week comes in with the day it was first told): all of them in the full table.
    assert {q.excerpt_id for q in contesting} < {q.excerpt_id for q in newest}
    assert newest[0].excerpt_id == contesting[0].excerpt_id
    days = [(q.event_date or q.published or dt.date.min) for q in contesting]
    assert days == sorted(days, reverse=True)
    total = len(set(track_status(large_db, SUMMIT).contested_ids))
    assert total > SMALL_BUDGET
    assert summit.contested_note == (
        f"{total:,} excerpts contest this status; the newest {SMALL_BUDGET} are quoted "
        f"here, with their copies folded in. “tracker explain {SUMMIT}” lists every one."
    )


def test_a_story_carried_widely_names_some_places_and_counts_the_rest(large_db: Store) -> None:
    b = _briefing(large_db)
    quotes = [q for t in b.tracks for q in t.key_evidence]
    quotes += [
        q for t in b.tracks for r in t.contested_rows for q in (r.decisive, r.contested) if q
    ]
    carried = [x for x in [*quotes, *b.sources] if x.also_more]
    assert carried, "no quote or source of the widely carried article"
    for x in carried:
        assert len(x.also_in) == ALSO_IN_LIMIT
    assert all(len(x.also_in) <= ALSO_IN_LIMIT for x in [*quotes, *b.sources])


def test_the_build_reads_what_it_prints(large_db: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[int] = []
    make = excerpt_rows._evidence

    def counted(row: tuple[object, ...], *rest: object) -> object:
        built.append(1)
        return make(row, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(excerpt_rows, "_evidence", counted)
    b = _briefing(large_db)
    held = large_db.conn.execute("SELECT count(*) FROM excerpts").fetchone()[0]
    quoted = sum(
        len(t.key_evidence) + sum(1 for c in t.changes if c.quote) + 2 * len(t.contested_rows)
        for t in b.tracks
    )
    # The quotes, their originals and copies, and a page of candidates: not the record.
    assert held > 2000
    assert len(built) < 20 * max(quoted, 1) < held


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "pdf"])
def test_every_format_says_how_many_more(
    large_db: Store, tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build, "CONTESTED_LIMIT", SMALL_BUDGET)
    from tests.unit.test_briefing import rendered_text

    if fmt == "pdf":
        pytest.importorskip("PySide6")
        import shutil

        if shutil.which("pdftotext") is None:
            pytest.skip("no pdftotext")
    out = tmp_path / f"b.{fmt}"
    export_briefing(large_db, fmt, out, now=NOW)
    text = " ".join(rendered_text(out, fmt).split()).replace("\\", "")
    assert re.search(r"\d+ excerpts contest this status; the newest 4 are quoted here", text)
    assert re.search(r"[\d,]+ earlier status changes are not listed", text)
    assert re.search(r"Also in: [^.]*; and \d+ more\.", text)
