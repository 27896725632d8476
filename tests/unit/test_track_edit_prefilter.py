"""A track edit reads only the documents the track can reach (``extract.reach``), and the
evidence it leaves is what reading every document again gives: on the labelled corpus's
articles with the corpus's tracks, for an added track, an edited one and a removed term."""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tracker.domain.models import Document, Track
from tracker.services import evidence
from tracker.services.evidence import extract_document_into, forget_full_reading
from tracker.services.track_admin import add_track, edit_track
from tracker.services.tracks import get_track
from tracker.storage import documents as document_rows
from tracker.storage import open_db
from tracker.storage import tracks as track_rows

GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "extraction_golden.json.gz"
HELD_BACK = "inter-korean-talks"  # added by the test


@pytest.fixture(scope="module")
def _corpus_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the corpus's articles read with every corpus track but one."""
    from tracker.services.setup import initialise

    with gzip.open(GOLDEN, "rt", encoding="utf-8") as handle:
        golden = json.load(handle)
    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    store = open_db(path)
    initialise(store, with_seeds=False)
    with store.write():
        for raw in golden["tracks"]:
            track = Track.model_validate(raw)
            if track.id != HELD_BACK and track_rows.get(store, track.id) is None:
                track_rows.save(store, track)
        ids = []
        for item in golden["documents"]:
            if not item["name"].startswith("corpus/"):
                continue
            text = item["text"]
            ids.append(
                document_rows.insert(
                    store,
                    Document(
                        title=item["name"],
                        text=text,
                        sha256=hashlib.sha256(text.encode()).hexdigest(),
                        published=date.fromisoformat(item["published"])
                        if item["published"]
                        else None,
                    ),
                )
            )
    for doc_id in ids:
        with store.write():
            extract_document_into(store, doc_id)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


@pytest.fixture
def corpus_db(_corpus_template: Path, tmp_path: Path) -> Iterator[Any]:
    target = tmp_path / "corpus.db"
    shutil.copy(_corpus_template, target)
    store = open_db(target)
    yield store
    store.close()


def _excerpts(store: Any) -> list[tuple[Any, ...]]:
    rows = store.conn.execute(
        'SELECT id, document_id, track_id, start, "end", exact, signal, cue, rule, modality, '
        "speaker, event_date, date_precision, date_basis, origin FROM excerpts ORDER BY id"
    )
    return [tuple(row) for row in rows]


def _reading(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of documents each track edit reads (every one: a count of all)."""
    read: list[int] = []
    real = evidence.documents_to_reread

    def counting(*args: Any, **kwargs: Any) -> list[int] | None:
        found = real(*args, **kwargs)
        read.append(len(found) if found is not None else len(document_rows.ids(args[0])))
        return found

    monkeypatch.setattr(evidence, "documents_to_reread", counting)
    return read


def _reread_everything(store: Any, track_id: str) -> None:
    """What a track edit did before it looked where the track can match."""
    forget_full_reading(store)
    evidence.reextract_track(store, get_track(store, track_id))


def _documents(store: Any) -> int:
    return len(document_rows.ids(store))


def test_an_added_track_reads_only_what_it_reaches(
    corpus_db: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    with gzip.open(GOLDEN, "rt", encoding="utf-8") as handle:
        raw = next(t for t in json.load(handle)["tracks"] if t["id"] == HELD_BACK)
    held = Track.model_validate(raw)
    read = _reading(monkeypatch)
    add_track(
        corpus_db,
        track_id=held.id,
        title=held.title,
        kind=held.kind,
        actors=held.actors,
        parties=held.parties,
        places=held.places,
        keywords=held.keywords,
        context_terms=held.context_terms,
        min_actors=held.min_actors,
        analyst="test",
    )
    assert 0 < read[0] < _documents(corpus_db) // 2
    after = _excerpts(corpus_db)
    assert any(row[2] == HELD_BACK for row in after)
    _reread_everything(corpus_db, HELD_BACK)
    assert read[-1] == _documents(corpus_db)
    assert _excerpts(corpus_db) == after


@pytest.mark.parametrize(
    ("track_id", "change"),
    [
        # a party added: the sentences naming both sides become the track's
        ("modi-sharif-unga-meeting", {"places": ["New York", "Washington"]}),
        # a person added with a keyword of their own
        ("armenia-turkey-normalisation", {"keywords": ["normalisation", "Kars"]}),
    ],
)
def test_an_edited_track_leaves_what_reading_everything_gives(
    corpus_db: Any, monkeypatch: pytest.MonkeyPatch, track_id: str, change: dict[str, Any]
) -> None:
    before = _excerpts(corpus_db)
    read = _reading(monkeypatch)
    edit_track(corpus_db, track_id, analyst="test", **change)
    assert 0 < read[0] < _documents(corpus_db)
    after = _excerpts(corpus_db)
    assert after != before
    _reread_everything(corpus_db, track_id)
    assert _excerpts(corpus_db) == after


def test_a_removed_term_leaves_what_reading_everything_gives(
    corpus_db: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    track = get_track(corpus_db, "istanbul-russia-ukraine-talks")
    assert len(track.keywords) >= 2
    before = _excerpts(corpus_db)
    read = _reading(monkeypatch)
    edit_track(corpus_db, track.id, analyst="test", keywords=track.keywords[1:])
    assert 0 < read[0] < _documents(corpus_db)
    after = _excerpts(corpus_db)
    assert after != before
    _reread_everything(corpus_db, track.id)
    assert _excerpts(corpus_db) == after
