"""The labelled reading corpus (tests/corpus): load it and check it is well formed.

``python bench/labels.py --check`` validates every track and label file: quotes are exact
substrings found once in their article, statuses belong to the track's kind, dates parse,
track ids exist. The format is described in tests/corpus/README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # runnable as a plain script
    sys.path.insert(0, str(ROOT))

from tracker.domain.vocabulary import STATUSES  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"

# The statuses a corpus label may use per track kind: the tracker's own vocabulary.
KIND_STATUSES: dict[str, tuple[str, ...]] = {
    kind.value: tuple(statuses) for kind, statuses in STATUSES.items()
}
DEFAULT_KINDS = {
    "trump-putin-summit": "summit",
    "rubio-lavrov-channel": "channel",
    "coalition-of-the-willing": "coalition",
}
MODALITIES = ("asserted", "denied", "negated", "hypothetical", "future", "reported")
PRECISIONS = ("day", "week", "month", "year")


@dataclass
class CorpusTrack:
    id: str
    default: bool
    kind: str
    add: dict[str, Any] = field(default_factory=dict)
    expect: dict[str, Any] = field(default_factory=dict)
    group: str = ""


@dataclass
class Label:
    track: str
    quote: str
    status: str | None = None
    modality: str | None = None
    event_date: date | None = None
    precision: str | None = None
    evidence: bool = True
    construction: list[str] = field(default_factory=list)


@dataclass
class Article:
    name: str
    path: Path
    source: dict[str, Any]
    labels: list[Label]

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


@dataclass
class Corpus:
    root: Path
    tracks: dict[str, CorpusTrack]
    articles: list[Article]


class CorpusError(ValueError):
    pass


def _date(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise CorpusError(f"{where}: {value!r} is not a YYYY-MM-DD date") from None


def load_tracks(root: Path = CORPUS) -> dict[str, CorpusTrack]:
    tracks: dict[str, CorpusTrack] = {}
    for path in sorted((root / "tracks").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for raw in data.get("tracks", []):
            tid = raw["id"]
            if tid in tracks:
                raise CorpusError(f"{path.name}: track {tid!r} defined twice")
            default = bool(raw.get("default", False))
            add = raw.get("add") or {}
            kind = DEFAULT_KINDS.get(tid, "") if default else str(add.get("kind", ""))
            if kind not in KIND_STATUSES:
                raise CorpusError(f"{path.name}: track {tid!r} has unknown kind {kind!r}")
            if not default and not add.get("title"):
                raise CorpusError(f"{path.name}: added track {tid!r} needs add.title")
            expect = raw.get("expect") or {}
            if expect.get("status") is not None and expect["status"] not in KIND_STATUSES[kind]:
                raise CorpusError(
                    f"{path.name}: track {tid!r} expects {expect['status']!r}, not a {kind} status"
                )
            _date(expect.get("as_of"), f"{path.name}: {tid} expect.as_of")
            tracks[tid] = CorpusTrack(tid, default, kind, add, expect, path.stem)
    return tracks


def _label(raw: dict[str, Any], where: str) -> Label:
    unknown = set(raw) - {
        "track",
        "quote",
        "status",
        "modality",
        "event_date",
        "precision",
        "evidence",
        "construction",
        "note",
    }
    if unknown:
        raise CorpusError(f"{where}: unknown keys {sorted(unknown)}")
    return Label(
        track=str(raw["track"]),
        quote=str(raw["quote"]),
        status=raw.get("status"),
        modality=raw.get("modality"),
        event_date=_date(raw.get("event_date"), where),
        precision=raw.get("precision"),
        evidence=bool(raw.get("evidence", True)),
        construction=list(raw.get("construction", [])),
    )


def load(root: Path = CORPUS) -> Corpus:
    tracks = load_tracks(root)
    articles: list[Article] = []
    for path in sorted((root / "labels").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        article_path = root / data["article"]
        labels = [
            _label(raw, f"{path.name} label {i}") for i, raw in enumerate(data.get("labels", []))
        ]
        articles.append(Article(path.stem, article_path, data.get("source", {}), labels))
    return Corpus(root, tracks, articles)


def check(corpus: Corpus) -> list[str]:
    """Problems found, one line each (empty: the corpus is well formed)."""
    problems: list[str] = []
    seen_articles: set[Path] = set()
    for art in corpus.articles:
        where = f"labels/{art.name}.json"
        if not art.path.is_file():
            problems.append(f"{where}: article {art.path} does not exist")
            continue
        seen_articles.add(art.path.resolve())
        text = art.text
        src = art.source
        for key in ("url", "outlet", "published"):
            if not src.get(key):
                problems.append(f"{where}: source.{key} missing")
        try:
            _date(src.get("published"), f"{where} source.published")
        except CorpusError as exc:
            problems.append(str(exc))
        for i, lab in enumerate(art.labels):
            at = f"{where} label {i} ({lab.quote[:40]!r})"
            if lab.track not in corpus.tracks:
                problems.append(f"{at}: unknown track {lab.track!r}")
                continue
            count = text.count(lab.quote)
            if count != 1:
                problems.append(f"{at}: quote found {count} times in the article (need 1)")
            kind = corpus.tracks[lab.track].kind
            if lab.status is not None and lab.status not in KIND_STATUSES[kind]:
                problems.append(f"{at}: {lab.status!r} is not a {kind} status")
            if lab.modality is not None and lab.modality not in MODALITIES:
                problems.append(f"{at}: unknown modality {lab.modality!r}")
            if lab.precision is not None and lab.precision not in PRECISIONS:
                problems.append(f"{at}: unknown precision {lab.precision!r}")
            if lab.event_date is not None and lab.precision is None:
                problems.append(f"{at}: event_date without precision")
            if not lab.evidence and lab.status is not None:
                problems.append(f"{at}: evidence false but a status given")
    folder = corpus.root / "articles"
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.is_file() and path.resolve() not in seen_articles:
                problems.append(f"articles/{path.name}: no label file names it")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="validate the corpus")
    ap.add_argument("--root", type=Path, default=CORPUS)
    args = ap.parse_args(argv)
    try:
        corpus = load(args.root)
    except (CorpusError, KeyError, json.JSONDecodeError) as exc:
        print(f"corpus: {exc}", file=sys.stderr)
        return 1
    problems = check(corpus)
    for line in problems:
        print(line)
    outlets = {a.source.get("outlet") for a in corpus.articles}
    print(
        f"{len(corpus.tracks)} tracks, {len(corpus.articles)} articles, "
        f"{sum(len(a.labels) for a in corpus.articles)} labels, {len(outlets)} outlets; "
        f"{len(problems)} problems"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
