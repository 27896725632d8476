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
from tracker.services import evidence, teach
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
                        published_basis="stated" if item["published"] else "unknown",
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
        # a venue taken out: the sentences telling of the talks in Istanbul are read anew
        ("istanbul-russia-ukraine-talks", {"places": ["Dolmabahce Palace", "Ciragan Palace"]}),
        ("modi-sharif-unga-meeting", {"places": ["Washington"]}),  # a venue changed
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
    kept = [k for k in track.keywords if k != "delegations"]
    assert len(kept) == len(track.keywords) - 1
    before = _excerpts(corpus_db)
    read = _reading(monkeypatch)
    edit_track(corpus_db, track.id, analyst="test", keywords=kept)
    assert 0 < read[0] < _documents(corpus_db)
    after = _excerpts(corpus_db)
    assert after != before
    _reread_everything(corpus_db, track.id)
    assert _excerpts(corpus_db) == after


def test_a_person_taken_out_leaves_what_reading_everything_gives(
    corpus_db: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    track = get_track(corpus_db, "armenia-turkey-normalisation")
    kept = [a for a in track.actors if a.name != "Serdar Kılıç"]
    assert len(kept) == len(track.actors) - 1
    before = _excerpts(corpus_db)
    read = _reading(monkeypatch)
    edit_track(corpus_db, track.id, analyst="test", actors=kept)
    assert 0 < read[0] < _documents(corpus_db) // 4
    after = _excerpts(corpus_db)
    assert after != before
    _reread_everything(corpus_db, track.id)
    assert _excerpts(corpus_db) == after


def test_a_rule_added_or_removed_reads_only_where_its_phrase_can_match(
    corpus_db: Any,
) -> None:
    before = _excerpts(corpus_db)
    rule = teach.make_rule(phrase="hosted", not_cue=True, note="a host is not a meeting held")
    change = teach.add_rule(corpus_db, rule, analyst="test")
    assert change.reextract is not None and change.reextract.read is not None
    assert 0 < change.reextract.read < change.reextract.documents // 4
    after = _excerpts(corpus_db)
    assert after != before
    full = teach.reextract_all(corpus_db)
    assert full.read == full.documents
    assert _excerpts(corpus_db) == after
    removed = teach.remove_rule(corpus_db, change.rules[0].id or 0, analyst="test")
    assert removed.reextract is not None and removed.reextract.read == change.reextract.read
    back = _excerpts(corpus_db)
    teach.reextract_all(corpus_db)
    assert _excerpts(corpus_db) == back
    assert back != after


def test_a_rule_added_after_one_not_applied_reads_everything(corpus_db: Any) -> None:
    first = teach.make_rule(phrase="sat down", signal="held")
    teach.add_rule(corpus_db, first, analyst="test", reextract=False)
    second = teach.make_rule(phrase="hosted", not_cue=True)
    change = teach.add_rule(corpus_db, second, analyst="test")
    assert change.reextract is not None
    assert change.reextract.read == change.reextract.documents
