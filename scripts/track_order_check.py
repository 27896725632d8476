"""Whether what the engine reads depends on what the tracks are called or the order they were
added in: the inputs of the extraction golden (tests/fixtures/extraction_golden.json.gz) read
with the same tracks twice, once as they are and once renamed so that their ids sort the
other way (``--rename``, the default) or listed in the reverse order (``--reverse``), and the
findings compared sentence by sentence after mapping the ids back.

    PYTHONPATH=$PWD .venv/bin/python scripts/track_order_check.py            # ids flipped
    PYTHONPATH=$PWD .venv/bin/python scripts/track_order_check.py --reverse  # list reversed
    PYTHONPATH=$PWD .venv/bin/python scripts/track_order_check.py --corpus-only --show 20

Prints how many sentences change the tracks they are evidence for, and how many findings
change at all (a track's signal, date or cue), with the first few of each.
"""

from __future__ import annotations

import argparse
import gzip
import json
import string
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from tracker.domain.models import Track
from tracker.extract import extract_document

FIXTURE = (
    Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "extraction_golden.json.gz"
)


def flipped_ids(ids: Sequence[str]) -> dict[str, str]:
    """A new id per id, prefixed so that the new ids sort in the reverse order of the old."""
    ordered = sorted(ids)
    letters = string.ascii_lowercase
    out: dict[str, str] = {}
    for rank, old in enumerate(ordered):
        code = len(ordered) - 1 - rank
        out[old] = f"{letters[code // 26]}{letters[code % 26]}-{old}"[:63]
    return out


def _sentences(
    findings: list[dict[str, Any]], back: dict[str, str]
) -> dict[tuple[int, int], dict[str, tuple[Any, ...]]]:
    """Per sentence span, the tracks it is evidence for with what was read for each."""
    out: dict[tuple[int, int], dict[str, tuple[Any, ...]]] = {}
    for f in findings:
        tid = back.get(f["track_id"], f["track_id"])
        out.setdefault((f["start"], f["end"]), {})[tid] = (
            f["signal"],
            f["modality"],
            f["event_date"],
            f["cue"],
            f["context"],
        )
    return out


Changed = tuple[str, tuple[int, int], dict[str, tuple[Any, ...]], dict[str, tuple[Any, ...]]]


def changed_sentences(
    data: dict[str, Any], *, reverse: bool = False, corpus_only: bool = False
) -> tuple[int, list[Changed]]:
    """The number of sentences with findings, and those read differently once the tracks
    are renamed (or their list reversed): (document, span, as named, renamed)."""
    tracks = [Track.model_validate(t) for t in data["tracks"]]
    if reverse:
        other = list(reversed(tracks))
        back: dict[str, str] = {}
    else:
        new = flipped_ids([t.id for t in tracks])
        other = [t.model_copy(update={"id": new[t.id]}) for t in tracks]
        back = {v: k for k, v in new.items()}
    docs = [d for d in data["documents"] if not corpus_only or d["name"].startswith("corpus/")]
    total = 0
    changed: list[Changed] = []
    for doc in docs:
        published = date.fromisoformat(doc["published"]) if doc["published"] else None
        a = [f.model_dump(mode="json") for f in extract_document(doc["text"], published, tracks)]
        b = [f.model_dump(mode="json") for f in extract_document(doc["text"], published, other)]
        sa, sb = _sentences(a, {}), _sentences(b, back)
        for span in sorted(set(sa) | set(sb)):
            total += 1
            if sa.get(span, {}) != sb.get(span, {}):
                changed.append((doc["name"], span, sa.get(span, {}), sb.get(span, {})))
    return total, changed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--reverse", action="store_true", help="reverse the list, keep the ids")
    ap.add_argument("--corpus-only", action="store_true", help="only the labelled corpus")
    ap.add_argument("--show", type=int, default=10, help="sentences to print")
    ap.add_argument("--fixture", type=Path, default=FIXTURE)
    args = ap.parse_args(argv)
    with gzip.open(args.fixture, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    total, changed = changed_sentences(data, reverse=args.reverse, corpus_only=args.corpus_only)
    texts = {d["name"]: d["text"] for d in data["documents"]}
    moved = sum(set(a) != set(b) for _, _, a, b in changed)
    print(
        f"{total} sentences with findings: {moved} change their tracks, "
        f"{len(changed) - moved} more change what is read for a track"
    )
    for name, span, a, b in changed[: args.show]:
        kind = "tracks" if set(a) != set(b) else "reading"
        text = texts[name][span[0] : span[1]].replace("\n", " ")
        print(
            f"{name} [{kind}] “{text[:110]}”\n"
            f"    as named:  {sorted(a.items())}\n"
            f"    {'reversed' if args.reverse else 'renamed'}:  {sorted(b.items())}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
