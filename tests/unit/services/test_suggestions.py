"""Keyword suggestions through the service and ``tracker track suggest``, in process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.cli import main
from tracker.domain.errors import NotFoundError, UserError
from tracker.services import track_admin, undo
from tracker.services.database import Store
from tracker.services.suggestions import accept_keywords, suggest_keywords, with_keywords
from tracker.services.tracks import get_track

TRACK = "trump-putin-summit"


def test_suggestions_carry_score_count_and_two_quoted_examples(seed_db: Store) -> None:
    found = suggest_keywords(seed_db, TRACK, limit=5)
    assert (found.track, found.documents, found.stored) == (TRACK, 5, 5)
    assert len(found.suggestions) <= 5
    keywords = {k.lower() for k in get_track(seed_db, TRACK).keywords}
    for s in found.suggestions:
        assert s.phrase.lower() not in keywords
        assert s.sentences >= 3 and s.score >= 1.0
        assert 1 <= len(s.examples) <= 2 and all(e.document and e.quote for e in s.examples)
    assert found == suggest_keywords(seed_db, TRACK, limit=5)


def test_bad_tracks_are_refused_in_words(seed_db: Store, fresh_db: Store) -> None:
    with pytest.raises(NotFoundError, match="no track 'nope'"):
        suggest_keywords(seed_db, "nope")
    track_admin.archive_track(seed_db, TRACK)
    with pytest.raises(UserError, match="archived; restore it"):
        suggest_keywords(seed_db, TRACK)
    empty = suggest_keywords(fresh_db, TRACK)
    assert (empty.stored, empty.suggestions) == (0, [])


def test_accepting_adds_to_the_keywords_as_an_undoable_edit(seed_db: Store) -> None:
    before = get_track(seed_db, TRACK)
    after = accept_keywords(seed_db, TRACK, ["informal meeting", before.keywords[0].upper()])
    assert after.keywords == [*before.keywords, "informal meeting"]
    assert undo.undo_last(seed_db).action == "track.edit"
    assert get_track(seed_db, TRACK) == before
    assert with_keywords(["Talks"], ["talks", " lay  down arms ", ""]) == ["Talks", "lay down arms"]


def _cli(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def get_keywords(db: Path) -> list[str]:
    from tracker.storage import open_db

    store = open_db(db)
    try:
        return list(get_track(store, TRACK).keywords)
    finally:
        store.close()


def test_the_command_prints_a_table_json_and_clear_refusals(
    seed_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _cli(seed_db_path, "track", "suggest", "--id", TRACK, "--limit", "3", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) <= 3
    for row in rows:
        assert set(row) == {"phrase", "score", "sentences", "examples"}
        assert all(set(e) == {"document", "quote"} for e in row["examples"])
    assert _cli(seed_db_path, "track", "suggest", "--id", TRACK) == 0
    out = capsys.readouterr().out
    assert out.startswith("phrase") or out.startswith("No suggestions")
    before = [*get_keywords(seed_db_path)]
    args = ("track", "edit", "--id", TRACK, "--add-keyword", "prisoner swap,SUMMIT")
    assert _cli(seed_db_path, *args) == 0
    assert get_keywords(seed_db_path) == [*before, "prisoner swap"]
    assert _cli(seed_db_path, "track", "edit", "--id", TRACK, "--keyword", "summit") == 0
    assert get_keywords(seed_db_path) == ["summit"]  # --keyword replaces, as it always did
    capsys.readouterr()
    assert _cli(seed_db_path, "track", "suggest", "--id", "nope") == 1
    assert "no track 'nope'" in capsys.readouterr().err
    assert _cli(seed_db_path, "track", "suggest") == 2
    assert "needs the track" in capsys.readouterr().err
    empty = tmp_path / "empty.db"
    assert _cli(empty, "init", "--empty") == 0
    assert _cli(empty, "track", "add", "--title", "Harbour talks", "--kind", "talks",
                "--party", "Norland") == 0  # fmt: skip
    capsys.readouterr()
    assert _cli(empty, "track", "suggest", "--id", "harbour-talks") == 0
    assert "no document is stored" in capsys.readouterr().out
    assert _cli(empty, "track", "archive", "--id", "harbour-talks") == 0
    capsys.readouterr()
    assert _cli(empty, "track", "suggest", "--id", "harbour-talks") == 1
    assert "archived" in capsys.readouterr().err


def test_a_large_database_is_read_in_part_evidence_first(
    seed_db: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.services import suggestions

    monkeypatch.setattr(suggestions, "MAX_DOCUMENTS", 3)
    found = suggest_keywords(seed_db, TRACK)
    assert (found.documents, found.stored) == (3, 5)
    ids, stored = suggestions._chosen_ids(seed_db, get_track(seed_db, TRACK), [5, 2])
    assert stored == 5 and len(ids) == 3 and {5, 2} <= set(ids)
