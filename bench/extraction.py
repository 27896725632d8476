"""Extraction per article on one core: the pure engine, the compiled one
(``scripts/build_compiled.py``) and any other checkout, side by side in one run.

Two workloads, the same inputs for every engine (prepared once, by this checkout):

- ``generated``: N generated articles of the benchmark corpus (seed 7), the default tracks
  (the workload of ``bench/matching.py``);
- ``corpus15``: the labelled corpus articles with the corpus's tracks (the inputs and
  tracks of the extraction golden, ``tests/fixtures/extraction_golden.json.gz``: 227
  articles and 57 tracks at the end of 2026-12-07; the report gives the counts).

Each engine runs in its own process, the engines one after the other, ``--rounds`` times;
a figure is the best single pass (processor time) over the rounds, per article. Every
engine's findings on ``corpus15`` are hashed, so the table also says whether an engine
reads the same as this checkout's pure one.

    .venv/bin/python bench/extraction.py                       # pure vs compiled
    .venv/bin/python bench/extraction.py --engine start=/tmp/old-checkout
    .venv/bin/python bench/extraction.py --engine before=/tmp/old --pair pure=before

``--pair A=B`` (repeatable) also reports, for engines measured in the same rounds, the
median over the rounds of B's time over A's (the rounds alternate the engines, so each
ratio pairs two passes made under about the same load: on a shared machine a steadier
figure than the ratio of two best passes).
"""

from __future__ import annotations

import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a plain script

from bench.common import ROOT, WORK, parser, report

GOLDEN = ROOT / "tests" / "fixtures" / "extraction_golden.json.gz"

# Run inside each engine's process, with that engine's ``tracker`` first on the path.
CHILD = r"""
import hashlib, json, sys, time
from datetime import date
import tracker
from tracker.domain.models import Track
from tracker.extract import extract_document
from tracker.services.tracks import default_tracks

data = json.load(open(sys.argv[1], encoding="utf-8"))
def docs(rows):
    return [(t, date.fromisoformat(p) if p else None) for t, p in rows]
work = {
    "generated": (docs(data["generated"]), default_tracks()),
    "corpus15": (docs(data["corpus"]), [Track.model_validate(t) for t in data["tracks"]]),
}
out = {"engine": str(tracker.__file__)}
for name, (items, tracks) in work.items():
    extract_document(items[0][0], items[0][1], tracks)  # warm the caches and compiled rules
    if sys.argv[2] == "worker":  # what a reading worker does with its collector, if anything
        try:
            from tracker.services.reading import _quiet_collector
        except ImportError:
            pass
        else:
            _quiet_collector()
    started = time.process_time()
    found = [extract_document(text, published, tracks) for text, published in items]
    out[name] = (time.process_time() - started) * 1000 / len(items)
    if name == "corpus15":
        payload = json.dumps([[f.model_dump(mode="json") for f in fs] for fs in found])
        out["digest"] = hashlib.sha256(payload.encode()).hexdigest()[:16]
compiled = [m for m in sys.modules.values() if (getattr(m, "__file__", "") or "").endswith(".so")
            and m.__name__.startswith("tracker.")]
out["compiled_modules"] = len(compiled)
print(json.dumps(out))
"""


def _inputs(count: int) -> dict[str, Any]:
    from bench.corpus import write_corpus
    from tracker.ingest.pipeline import prepare_file

    folder = WORK / f"corpus-{count}-7"
    if not (folder / ".complete").exists():
        write_corpus(folder, count, seed=7)
        (folder / ".complete").write_text("ok")
    generated = []
    for path in sorted(folder.glob("*.txt")):
        doc = prepare_file(path).document
        generated.append((doc.text, doc.published.isoformat() if doc.published else None))
    with gzip.open(GOLDEN, "rt", encoding="utf-8") as handle:
        golden = json.load(handle)
    corpus = [
        (d["text"], d["published"]) for d in golden["documents"] if d["name"].startswith("corpus/")
    ]
    return {"generated": generated, "corpus": corpus, "tracks": golden["tracks"]}


def _run(root: Path, inputs: Path, mode: str = "plain") -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONHASHSEED": "0"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(inputs), mode],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"bench/extraction: the engine at {root} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _paired(pairs: list[str], every: dict[str, list[dict[str, Any]]]) -> dict[str, str]:
    """Per ``A=B``: the median over the rounds of B's time over A's, per workload, with the
    lowest and highest ratio."""
    out: dict[str, str] = {}
    for spec in pairs:
        a, _, b = spec.partition("=")
        if a not in every or b not in every:
            raise SystemExit(f"bench/extraction: --pair {spec}: no such engine")
        for key in ("generated", "corpus15"):
            ratios = sorted(y[key] / x[key] for x, y in zip(every[a], every[b], strict=True))
            out[f"{b}/{a} {key}"] = (
                f"median {statistics.median(ratios):.3f} "
                f"(of {len(ratios)}: {ratios[0]:.3f}–{ratios[-1]:.3f})"
            )
    return out


def main() -> None:
    p = parser(__doc__ or "")
    p.add_argument("--docs", type=int, default=300, help="generated articles")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--no-compiled", action="store_true", help="the pure engine only")
    p.add_argument(
        "--as-worker",
        action="store_true",
        help="set up the garbage collector after the warm-up as a reading worker does "
        "(each engine's own services.reading), not as a plain process",
    )
    p.add_argument(
        "--engine",
        action="append",
        default=[],
        metavar="NAME=PATH",
        help="another checkout's tracker package, measured in the same rounds",
    )
    p.add_argument(
        "--pair",
        action="append",
        default=[],
        metavar="A=B",
        help="report the median over the rounds of engine B's time over engine A's",
    )
    args = p.parse_args()
    engines: dict[str, Path] = {"pure": ROOT}
    if not args.no_compiled:
        from scripts.build_compiled import ensure

        engines["compiled"] = ensure()
    for spec in args.engine:
        name, _, path = spec.partition("=")
        engines[name] = Path(path).resolve()

    best: dict[str, dict[str, Any]] = {}
    every: dict[str, list[dict[str, Any]]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-extraction-") as tmp:
        inputs = Path(tmp) / "inputs.json"
        prepared = _inputs(args.docs)
        inputs.write_text(json.dumps(prepared), encoding="utf-8")
        for _ in range(args.rounds):
            for name, root in engines.items():
                got = _run(root, inputs, "worker" if args.as_worker else "plain")
                every.setdefault(name, []).append(dict(got))
                row = best.setdefault(name, got)
                for key in ("generated", "corpus15"):
                    row[key] = min(row[key], got[key])
    reference = best["pure"]
    rows = [
        {
            "engine": name,
            "generated_ms": row["generated"],
            "corpus15_ms": row["corpus15"],
            "vs_pure_generated": reference["generated"] / row["generated"],
            "vs_pure_corpus15": reference["corpus15"] / row["corpus15"],
            "compiled_modules": row["compiled_modules"],
            "same_findings": row["digest"] == reference["digest"],
        }
        for name, row in best.items()
    ]
    report(
        "extraction",
        rows,
        {
            "generated_docs": args.docs,
            "corpus_docs": len(prepared["corpus"]),
            "corpus_tracks": len(prepared["tracks"]),
            "rounds": args.rounds,
            "as_worker": args.as_worker,
            **_paired(args.pair, every),
        },
        as_json=args.json,
        target="3x faster per article than the issue's start, the same findings",
    )


if __name__ == "__main__":
    main()
