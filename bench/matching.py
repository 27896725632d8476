"""Multi-literal search, the compiled half of the reading rules: which engine finds the
lexicon's cue anchors in a sentence fastest, with the same answer.

Compared on the sentences of N generated articles (lower-cased), each finding, at every
word start, the longest anchor (what ``(?<![\\w])(?:anchors, longest first)`` finds with
``finditer``):

- ``re``: one combined alternation of every anchor (Python's own engine);
- ``ahocorasick``: one Aho–Corasick automaton (``pyahocorasick``), its overlapping hits
  reduced to the same leftmost-longest, non-overlapping answer in Python;
- ``re2``: the same alternation in Google's RE2 (``google-re2``; ``\\b`` for the
  look-behind RE2 lacks), when it is installed.

Also the whole extraction of those articles per article, single core (processor time).
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a plain script

from bench.common import WORK, parser, report, use_compiled
from bench.corpus import write_corpus


def _sentences(count: int) -> tuple[list[str], list[Any]]:
    from tracker.extract.sentences import split_sentences
    from tracker.extract.text import normalize_same_length
    from tracker.ingest.pipeline import prepare_file

    folder = WORK / f"corpus-{count}-7"
    if not (folder / ".complete").exists():
        write_corpus(folder, count, seed=7)
        (folder / ".complete").write_text("ok")
    docs = [prepare_file(p).document for p in sorted(folder.glob("*.txt"))]
    out: list[str] = []
    for doc in docs:
        text = normalize_same_length(doc.text)
        out += [text[s.start : s.end].lower() for s in split_sentences(text)]
    return out, docs


def _time(fn: Any, items: list[str], repeat: int) -> tuple[float, list[Any]]:
    best = float("inf")
    result: list[Any] = []
    for _ in range(repeat):
        started = time.process_time()
        result = [fn(s) for s in items]
        best = min(best, time.process_time() - started)
    return best, result


def main() -> None:
    p = parser(__doc__ or "")
    p.add_argument("--docs", type=int, default=300)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument(
        "--compiled",
        action="store_true",
        help="extract with the compiled engine of the bundle (scripts/build_compiled.py)",
    )
    args = p.parse_args()
    if args.compiled:
        use_compiled()

    from tracker.extract.lexicon import load_lexicon
    from tracker.extract.literals import LiteralIndex

    lexicon = load_lexicon()
    anchors = sorted(
        {a for s in lexicon.signals for c in s.patterns for a in (c.anchors or ())},
        key=lambda a: (-len(a), a),
    )
    sentences, docs = _sentences(args.docs)
    kb = sum(map(len, sentences)) / 1024
    combined = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(a) for a in anchors) + ")")
    index: LiteralIndex[str] = LiteralIndex({a: (a,) for a in anchors})
    engines: dict[str, Any] = {
        "re": lambda s: [(m.start(), m.group(0)) for m in combined.finditer(s)],
        "ahocorasick": index.word_starts,
    }
    try:
        import re2  # type: ignore[import-not-found]

        rx2 = re2.compile(r"\b(?:" + "|".join(re.escape(a) for a in anchors) + ")")
        engines["re2"] = lambda s: [(m.start(), m.group(0)) for m in rx2.finditer(s)]
    except ImportError:
        pass
    rows = []
    reference: list[Any] | None = None
    for name, fn in engines.items():
        seconds, found = _time(fn, sentences, args.repeat)
        reference = reference if reference is not None else found
        rows.append(
            {
                "engine": name,
                "us_per_kb": seconds * 1e6 / kb,
                "us_per_sentence": seconds * 1e6 / len(sentences),
                "same_answer": found == reference,
            }
        )
    from tracker.extract import extract_document
    from tracker.services.tracks import default_tracks

    tracks = default_tracks()
    extract_document(docs[0].text, docs[0].published, tracks)
    started = time.process_time()
    for doc in docs:
        extract_document(doc.text, doc.published, tracks)
    per_doc = (time.process_time() - started) / len(docs) * 1000
    report(
        "matching",
        rows,
        {
            "anchors": len(anchors),
            "sentences": len(sentences),
            "kb": round(kb, 1),
            "extract_ms_per_doc": per_doc,
        },
        as_json=args.json,
        target="the fastest engine that gives the same answer",
    )


if __name__ == "__main__":
    main()
