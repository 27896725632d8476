"""The reading engine's output, finding for finding, on fixed inputs: every labelled corpus
article, every seed and 120 generated articles, read with the corpus's tracks (and each
corpus article with each track alone). The fixture was written by the engine before it was
made faster (``scripts/extraction_golden.py``); a change of reading rules rewrites it with
that script, a change of speed must leave it as it is.
"""

from __future__ import annotations

import gzip
import json
import zlib
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from tracker.domain.models import Track
from tracker.extract import extract_document

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "extraction_golden.json.gz"


@lru_cache(maxsize=1)
def golden() -> dict[str, Any]:
    with gzip.open(FIXTURE, "rt", encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


@lru_cache(maxsize=1)
def tracks() -> tuple[Track, ...]:
    return tuple(Track.model_validate(t) for t in golden()["tracks"])


def _read(doc: dict[str, Any], chosen: tuple[Track, ...]) -> list[dict[str, Any]]:
    published = date.fromisoformat(doc["published"]) if doc["published"] else None
    return [
        f.model_dump(mode="json") for f in extract_document(doc["text"], published, list(chosen))
    ]


def _differences(want: list[dict[str, Any]], got: list[dict[str, Any]]) -> list[str]:
    """The findings that differ, as readable lines (at most ten)."""
    out: list[str] = []
    for index in range(max(len(want), len(got))):
        a = want[index] if index < len(want) else None
        b = got[index] if index < len(got) else None
        if a == b:
            continue
        if a is None or b is None:
            out.append(f"#{index}: expected {a!r}, got {b!r}")
        else:
            fields = {k: (a.get(k), b.get(k)) for k in sorted({*a, *b}) if a.get(k) != b.get(k)}
            out.append(f"#{index} {a['track_id']} “{a['exact'][:60]}”: {fields}")
        if len(out) >= 10:
            break
    return out


def test_fixture_covers_the_corpus_seeds_and_generated_articles() -> None:
    names = [d["name"] for d in golden()["documents"]]
    corpus = FIXTURE.parents[1] / "corpus"
    articles = len(list((corpus / "articles").iterdir()))
    corpus_tracks = sum(
        len(json.loads(f.read_text(encoding="utf-8"))["tracks"])
        for f in (corpus / "tracks").glob("*.json")
    )
    assert sum(n.startswith("corpus/") for n in names) == articles
    assert sum(n.startswith("seeds/") for n in names) == 5
    assert sum(n.startswith("generated/") for n in names) == 120
    assert len(tracks()) == corpus_tracks
    assert sum(len(d["findings"]) for d in golden()["documents"]) > 1000


@pytest.mark.parametrize("group", ["corpus", "seeds", "generated"])
def test_same_findings_with_every_track(group: str) -> None:
    problems: dict[str, list[str]] = {}
    for doc in golden()["documents"]:
        if not doc["name"].startswith(group + "/"):
            continue
        diff = _differences(doc["findings"], _read(doc, tracks()))
        if diff:
            problems[doc["name"]] = diff
    assert not problems, json.dumps(problems, indent=1, ensure_ascii=False)[:6000]


# A track alone on an article that tells nothing about it: about nine in ten of the pairs
# and most of the time (7 ms each). Every pair that reads something is checked; of the
# empty ones a fixed quarter, chosen by a checksum of the article and the track so every
# run checks the same pairs and every track and article has some.
EMPTY_SAMPLE = 4


def _checked(name: str, track_id: str, want: list[dict[str, Any]]) -> bool:
    return bool(want) or zlib.crc32(f"{name}|{track_id}".encode()) % EMPTY_SAMPLE == 0


def test_same_findings_with_each_track_alone() -> None:
    by_id = {t.id: t for t in tracks()}
    problems: dict[str, list[str]] = {}
    for doc in golden()["documents"]:
        for track_id, want in doc.get("alone", {}).items():
            if not _checked(doc["name"], track_id, want):
                continue
            diff = _differences(want, _read(doc, (by_id[track_id],)))
            if diff:
                problems[f"{doc['name']} [{track_id}]"] = diff
    assert not problems, json.dumps(problems, indent=1, ensure_ascii=False)[:6000]


def test_the_sample_of_empty_pairs_reaches_every_track_and_article() -> None:
    checked = [
        (doc["name"], track_id)
        for doc in golden()["documents"]
        for track_id, want in doc.get("alone", {}).items()
        if _checked(doc["name"], track_id, want)
    ]
    alone = [d for d in golden()["documents"] if d.get("alone")]
    assert {t for _, t in checked} == {t.id for t in tracks()}
    assert {n for n, _ in checked} == {d["name"] for d in alone}
