"""Write the reading engine's full output on a fixed set of inputs, for the test that holds
every faster implementation of it to the same findings (tests/unit/test_extraction_golden.py).

Inputs: every article of the labelled corpus (tests/corpus) and every seed, cleaned by the
ingest pipeline, plus generated articles of the benchmark corpus; the tracks are the
corpus's 15 (the defaults and the added ones, created as ``tracker track add`` creates
them). Output: one gzipped JSON object holding the tracks and, per document, its cleaned
text, its published date and every finding of ``extract_document`` — with all the tracks,
and for the corpus articles also with each track alone (as a track edit re-reads them).

    .venv/bin/python scripts/extraction_golden.py            # rewrite the fixture
    .venv/bin/python scripts/extraction_golden.py --engine /path/to/other/checkout

``--engine`` reads with another checkout's ``tracker`` package (the reading engine of main at
a merge, say) while taking the inputs from this one.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "extraction_golden.json.gz"
GENERATED = 120  # articles of the benchmark corpus (seed 7)


def _tracks(workdir: Path) -> list[Any]:
    """The corpus tracks as the command line creates them."""
    from bench.labels import load
    from bench.quality import _add_args
    from tracker.cli import main as cli
    from tracker.services.database import open_database
    from tracker.services.tracks import list_tracks

    db = workdir / "tracks.db"
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        if cli(["--db", str(db), "init", "--empty"]) != 0:
            raise SystemExit(err.getvalue())
        for track in load().tracks.values():
            if not track.default and cli(["--db", str(db), *_add_args(track.add, track.id)]) != 0:
                raise SystemExit(err.getvalue())
    store = open_database(db)
    try:
        return list(list_tracks(store))
    finally:
        store.close()


def _inputs(workdir: Path) -> list[tuple[str, Path, bool]]:
    """(name, path, read each track alone too) of every input article."""
    from bench.corpus import write_corpus
    from bench.labels import load

    corpus = load()
    items = [(f"corpus/{a.name}", a.path, True) for a in corpus.articles if a.path.is_file()]
    items += [(f"seeds/{p.name}", p, False) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    generated = workdir / "generated"
    write_corpus(generated, GENERATED, seed=7)
    items += [(f"generated/{p.name}", p, False) for p in sorted(generated.glob("*.txt"))]
    return items


def build() -> dict[str, Any]:
    from tracker.extract import extract_document
    from tracker.ingest.pipeline import prepare_file

    with tempfile.TemporaryDirectory(prefix="extraction-golden-") as tmp:
        workdir = Path(tmp)
        tracks = _tracks(workdir)
        documents = []
        for name, path, alone in _inputs(workdir):
            doc = prepare_file(path).document
            entry: dict[str, Any] = {
                "name": name,
                "published": doc.published.isoformat() if doc.published else None,
                "text": doc.text,
                "findings": [
                    f.model_dump(mode="json")
                    for f in extract_document(doc.text, doc.published, tracks)
                ],
            }
            if alone:
                entry["alone"] = {
                    t.id: [
                        f.model_dump(mode="json")
                        for f in extract_document(doc.text, doc.published, [t])
                    ]
                    for t in tracks
                }
            documents.append(entry)
    return {
        "tracks": [t.model_dump(mode="json") for t in tracks],
        "documents": documents,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--out", type=Path, default=FIXTURE)
    ap.add_argument("--engine", type=Path, help="a checkout whose tracker package reads")
    args = ap.parse_args(argv)
    if args.engine is not None:
        sys.path.insert(0, str(args.engine.resolve()))
    sys.path.insert(1 if args.engine else 0, str(ROOT))
    import tracker

    data = build()
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    # mtime 0: the same output always writes the same bytes.
    with gzip.GzipFile(args.out, "wb", mtime=0) as handle:
        handle.write(payload.encode("utf-8"))
    count = sum(len(d["findings"]) for d in data["documents"])
    print(
        f"{args.out}: {len(data['documents'])} documents, {count} findings "
        f"(engine {Path(tracker.__file__).parent})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
