"""A track edit at N stored documents: reading only the documents the track can reach
(``extract.reach``) against reading every document, in one run.

The database: the labelled corpus's articles and the seeds (as the extraction golden holds
them, cleaned) with the golden's tracks, read once; then their documents and excerpts copied
(new ids and hashes, the same text and dates, so the copies' stored evidence is what reading
them gives) up to N documents. Real reporting on some forty processes: each track's words
are in a share of the documents, as in an archive.

Each change runs on a fresh copy of the database in a new process, twice: as the service
does it now (``reextract_track`` with the track before the change; for a lexicon rule,
``teach.reextract_all`` with the rule's phrase) and reading everything (the stored reading
marked stale first, as the service did before). Figures are processor seconds of the
re-reading alone (the assessments' refresh after it is not changed here), the documents
read, and the ratio. The copies repeat their sentences, which the engine's
memories answer: the full pass reads a copy cheaper than a new article (its time per
document is printed beside it), so the ratio understates what an archive of distinct
articles gains.

    .venv/bin/python bench/trackedit.py                 # 1,000 and 5,000 documents
    .venv/bin/python bench/trackedit.py --sizes 1000 --json
"""

from __future__ import annotations

import gzip
import hashlib
import json
import multiprocessing
import shutil
import sqlite3
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.bulkdb import replicate
from bench.common import ROOT, WORK, parser, report

if TYPE_CHECKING:
    from tracker.domain.models import Track

GOLDEN = ROOT / "tests" / "fixtures" / "extraction_golden.json.gz"
ADDED = "inter-korean-talks"  # held back, then added


def _golden() -> dict[str, Any]:
    with gzip.open(GOLDEN, "rt", encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def build(docs: int) -> Path:
    """A database of ``docs`` documents with every golden track but ``ADDED`` (cached)."""
    from tracker.domain.models import Document, Track
    from tracker.services.evidence import extract_document_into, reading_is_current
    from tracker.services.setup import initialise
    from tracker.storage import documents as document_rows
    from tracker.storage import open_db
    from tracker.storage import tracks as track_rows

    path = WORK / f"trackedit-{docs}.db"
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for extra in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        extra.unlink(missing_ok=True)
    golden = _golden()
    store = open_db(partial)
    initialise(store, with_seeds=False)
    base = [d for d in golden["documents"] if not d["name"].startswith("generated/")]
    with store.write():
        for raw in golden["tracks"]:
            track = Track.model_validate(raw)
            if track.id != ADDED and track_rows.get(store, track.id) is None:
                track_rows.save(store, track)
        ids = [
            document_rows.insert(
                store,
                Document(
                    title=d["name"],
                    text=d["text"],
                    sha256=hashlib.sha256(d["text"].encode()).hexdigest(),
                    published=date.fromisoformat(d["published"]) if d["published"] else None,
                    published_basis="stated" if d["published"] else "unknown",
                ),
            )
            for d in base[:docs]
        ]
    for doc_id in ids:
        with store.write():
            extract_document_into(store, doc_id)
    assert reading_is_current(store)
    replicate(store, docs)
    store.close()
    sqlite3.connect(partial).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    partial.rename(path)
    return path


def _changes() -> list[tuple[str, str, dict[str, Any]]]:
    """(label, track id, the change): an added track, edited ones, a removed term, a rule."""
    return [
        ("add inter-korean-talks", ADDED, {}),
        (
            "armenia-turkey: a person out",
            "armenia-turkey-normalisation",
            {"drop_actor": "Serdar Kılıç"},
        ),
        (
            "istanbul talks: a keyword out",
            "istanbul-russia-ukraine-talks",
            {"drop_keyword": "delegations"},
        ),
        (
            "istanbul talks: Istanbul out",
            "istanbul-russia-ukraine-talks",
            {"update": {"places": ["Dolmabahce Palace", "Ciragan Palace"]}},
        ),
        (
            "modi-sharif: another venue",
            "modi-sharif-unga-meeting",
            {"update": {"places": ["Washington"]}},
        ),
        ("trump-putin: a keyword more", "trump-putin-summit", {"add_keyword": "Budapest summit"}),
        ("rule: 'hosted' not a cue", "", {"rule": "hosted"}),
    ]


def _changed(previous: Track, change: dict[str, Any]) -> Track:
    update: dict[str, Any] = dict(change.get("update", {}))
    if "drop_actor" in change:
        update["actors"] = [a for a in previous.actors if a.name != change["drop_actor"]]
    if "drop_keyword" in change:
        update["keywords"] = [k for k in previous.keywords if k != change["drop_keyword"]]
    if "add_keyword" in change:
        update["keywords"] = [*previous.keywords, change["add_keyword"]]
    return previous.model_copy(update=update)


def _run_change(path: Path, track_id: str, change: dict[str, Any], full: bool) -> tuple[float, int]:
    """Processor seconds of the re-reading for the change on a copy of ``path``, and the
    documents it read."""
    from tracker.domain.models import Track
    from tracker.services import evidence, teach
    from tracker.storage import open_db
    from tracker.storage import tracks as track_rows

    work = path.with_name(path.stem + "-work.db")
    for extra in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
        extra.unlink(missing_ok=True)
    shutil.copy(path, work)
    store = open_db(work)
    read: list[int] = []
    real = evidence.read_document

    def counting(*args: Any, **kwargs: Any) -> Any:
        read.append(1)
        return real(*args, **kwargs)

    evidence.read_document = counting  # type: ignore[assignment]
    try:
        if "rule" in change:
            rule = teach.make_rule(phrase=change["rule"], not_cue=True)
            stored = rule.model_copy(update={"analyst": "bench", "created_at": store.now()})
            with store.write():
                from tracker.storage import lexicon_rules as rule_rows

                stored.id = rule_rows.insert(store, stored)
            started = time.process_time()
            teach_phrases = None if full else [stored.phrase]
            _reread_for_rule(store, teach_phrases)
            return time.process_time() - started, len(read)
        previous = track_rows.get(store, track_id)
        if previous is None:
            raw = next(t for t in _golden()["tracks"] if t["id"] == track_id)
            track = Track.model_validate(raw)
        else:
            track = _changed(previous, change)
        with store.write():
            track_rows.save(store, track)
            if full:
                evidence.forget_full_reading(store)
        started = time.process_time()
        evidence.reextract_track(store, track, previous=previous)
        return time.process_time() - started, len(read)
    finally:
        evidence.read_document = real  # type: ignore[assignment]
        store.close()
        for extra in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
            extra.unlink(missing_ok=True)


def _reread_for_rule(store: Any, phrases: list[str] | None) -> None:
    """``teach.reextract_all``'s reading part: the documents where the phrases can match
    (all, with None), read with the lexicon in force."""
    from tracker.extract.reach import phrase_may_occur
    from tracker.services.evidence import reading_lexicon, reextract_document
    from tracker.storage import documents as document_rows
    from tracker.storage import tracks as track_rows

    tracks = track_rows.list_tracks(store)
    ids = [
        d
        for d, text in document_rows.all_texts(store)
        if phrases is None or phrase_may_occur(phrases, text)
    ]
    lexicon = reading_lexicon(store)
    with store.write():
        for doc_id in ids:
            reextract_document(store, doc_id, tracks, lexicon)


def _in_child(path: Path, track_id: str, change: dict[str, Any], full: bool) -> tuple[float, int]:
    """``_run_change`` in a new process: neither way finds the engine's memories warm from
    the other."""
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        result: tuple[float, int] = pool.apply(_run_change, (path, track_id, change, full))
    return result


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    args = p.parse_args()
    rows: list[dict[str, Any]] = []
    for size in args.sizes:
        path = build(size)
        for label, track_id, change in _changes():
            fast, fast_read = _in_child(path, track_id, change, full=False)
            slow, slow_read = _in_child(path, track_id, change, full=True)
            rows.append(
                {
                    "docs": size,
                    "change": label,
                    "read (reach)": fast_read,
                    "s (reach)": round(fast, 2),
                    "read (all)": slow_read,
                    "s (all)": round(slow, 2),
                    "ms/doc (all)": round(1000 * slow / max(1, slow_read), 2),
                    "all / reach": round(slow / fast, 1) if fast else None,
                }
            )
    report("track edit at N documents", rows, {}, as_json=args.json)


if __name__ == "__main__":
    main()
