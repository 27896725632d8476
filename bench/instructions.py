"""Instructions per pass of extraction, counted by callgrind: figures a busy machine does
not move, for changes of a few percent that timings cannot resolve.

Each engine (a checkout's ``tracker`` package, or its compiled build from
``scripts/build_compiled.py``) reads the labelled corpus articles with the corpus's tracks
(the inputs of the extraction golden; the report gives the article count) once, after one article read to warm the
caches, under ``valgrind --tool=callgrind``; the table gives the inclusive instruction
counts of the whole run and of the named functions (the compiled engine's C functions, so
give the compiled builds; in a pure engine only the interpreter's own show). A run takes
a few minutes per engine.

    .venv/bin/python bench/instructions.py --engine before=/tmp/old/build/compiled
    .venv/bin/python bench/instructions.py --function match_tracks --function scan
    .venv/bin/python bench/instructions.py --warm   # also a pass with nothing left to compile
    .venv/bin/python bench/instructions.py --as-worker --pass-only --engine start=/tmp/old
    .venv/bin/python bench/instructions.py --as-worker --pass-only --no-compiled \
        --engine start=/tmp/old --engine end=.   # pure engines only, no compiled build

The first pass includes compiling: the lexicon's cue patterns and their lower-case twins
are compiled as the reading first meets them (inside ``find_cues``), the tracks when first
read. ``--warm`` runs the child again with two passes and reports the difference, the
instructions of a pass that compiles nothing, as a long-running reading worker reads;
but it reads every sentence a second time, which the sentence memories answer, so it costs
less than a pass over articles the process has not met. ``--as-worker`` compiles the
lexicon's cues ahead, as a reading worker's fork server does, and ``--pass-only`` subtracts
a run with no pass: together, what a worker spends on articles it has not met.

Needs ``valgrind`` and ``callgrind_annotate`` on the path.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a plain script

from bench.common import ROOT, parser, report

GOLDEN = ROOT / "tests" / "fixtures" / "extraction_golden.json.gz"
FUNCTIONS = ("extract_document", "match_tracks", "_read", "scan", "find_cues")

CHILD = r"""
import json, sys
from datetime import date
from tracker.domain.models import Track
from tracker.extract import extract_document

data = json.load(open(sys.argv[1], encoding="utf-8"))
docs = [(t, date.fromisoformat(p) if p else None) for t, p in data["corpus"]]
tracks = [Track.model_validate(t) for t in data["tracks"]]
if sys.argv[3] == "worker":  # as a reading worker's fork server: every cue compiled ahead
    from tracker.extract.lexicon import load_lexicon

    load_lexicon().warm()
extract_document(docs[0][0], docs[0][1], tracks)
for _ in range(int(sys.argv[2])):
    for text, published in docs:
        extract_document(text, published, tracks)
"""

# "1,234,567 (12.34%)  file:function [object]" in callgrind_annotate's inclusive listing
_LINE = re.compile(r"^\s*([\d,]+)\s+\([^)]*\)\s+(\S+)")


def _inputs(path: Path) -> int:
    with gzip.open(GOLDEN, "rt", encoding="utf-8") as handle:
        golden = json.load(handle)
    corpus = [
        (d["text"], d["published"]) for d in golden["documents"] if d["name"].startswith("corpus/")
    ]
    path.write_text(json.dumps({"corpus": corpus, "tracks": golden["tracks"]}), encoding="utf-8")
    return len(corpus)


def _count(
    root: Path,
    inputs: Path,
    out: Path,
    functions: list[str],
    passes: int = 1,
    mode: str = "plain",
) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONHASHSEED": "0"}
    subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={out}",
            sys.executable,
            "-c",
            CHILD,
            str(inputs),
            str(passes),
            mode,
        ],
        env=env,
        cwd=root,
        capture_output=True,
        check=True,
    )
    listing = subprocess.run(
        ["callgrind_annotate", "--inclusive=yes", str(out)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    row: dict[str, Any] = {"total_G": _total(listing) / 1e9}
    for name in functions:
        row[f"{name}_G"] = _function(listing, name) / 1e9
    return row


def _total(listing: str) -> int:
    for line in listing.splitlines():
        if "PROGRAM TOTALS" in line:
            return int(line.split()[0].replace(",", ""))
    return 0


def _function(listing: str, name: str) -> int:
    """The largest inclusive count of a compiled function ``name`` (``CPyDef_…___name``)."""
    best = 0
    for line in listing.splitlines():
        m = _LINE.match(line)
        if m and m.group(2).split(":")[-1].endswith(f"___{name}"):
            best = max(best, int(m.group(1).replace(",", "")))
    return best


def main() -> None:
    p = parser(__doc__ or "")
    p.add_argument(
        "--engine",
        action="append",
        default=[],
        metavar="NAME=PATH",
        help="an engine to count (default: this checkout's compiled build)",
    )
    p.add_argument(
        "--warm",
        action="store_true",
        help="also count a second pass and report it alone (a pass with nothing to compile)",
    )
    p.add_argument(
        "--as-worker",
        action="store_true",
        help="compile the lexicon's cues ahead (``Lexicon.warm``), as a reading worker's "
        "fork server does, so that the pass compiles none of them",
    )
    p.add_argument(
        "--pass-only",
        action="store_true",
        help="also count a run with no pass and report the difference: the instructions of "
        "the pass alone (start-up, imports and the warm-up article left out)",
    )
    p.add_argument(
        "--no-compiled",
        action="store_true",
        help="count only the engines given with --engine (no compiled build of this checkout)",
    )
    p.add_argument(
        "--function",
        action="append",
        default=[],
        help=f"a compiled function to report (default: {', '.join(FUNCTIONS)})",
    )
    args = p.parse_args()
    if shutil.which("valgrind") is None or shutil.which("callgrind_annotate") is None:
        raise SystemExit("bench/instructions: needs valgrind and callgrind_annotate")
    engines: dict[str, Path] = {}
    if not args.no_compiled and not any(
        spec.partition("=")[0] == "compiled" for spec in args.engine
    ):
        from scripts.build_compiled import ensure

        engines["compiled"] = ensure()
    for spec in args.engine:
        name, _, path = spec.partition("=")
        engines[name] = Path(path).resolve()
    functions = args.function or list(FUNCTIONS)
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-instructions-") as tmp:
        inputs = Path(tmp) / "inputs.json"
        corpus_docs = _inputs(inputs)
        mode = "worker" if args.as_worker else "plain"
        for name, root in engines.items():
            counted = _count(root, inputs, Path(tmp) / f"{name}.out", functions, 1, mode)
            rows.append({"engine": name, **counted})
            if args.pass_only:
                none = _count(root, inputs, Path(tmp) / f"{name}-0.out", functions, 0, mode)
                alone = {key: value - none[key] for key, value in counted.items()}
                rows.append({"engine": f"{name}, the pass alone", **alone})
            if args.warm:
                twice = _count(root, inputs, Path(tmp) / f"{name}-2.out", functions, 2, mode)
                warm = {key: twice[key] - value for key, value in counted.items()}
                rows.append({"engine": f"{name}, a warm pass", **warm})
    report(
        "instructions",
        rows,
        {
            "corpus_docs": corpus_docs,
            "pass": "one, after one article to warm the caches (it includes compiling the"
            " lexicon's cues and the tracks as the reading first meets them, the cues not"
            " with --as-worker); a warm pass: a run of two passes less the run of one; the"
            " pass alone: the run of one less a run of none",
            "as_worker": args.as_worker,
        },
        as_json=args.json,
    )


if __name__ == "__main__":
    main()
