"""Keyword suggestions measured: what accepting them blindly does to the reading.

On the labelled corpus's added tracks (``--root``, tests/corpus by default) three readings
are scored with ``bench/quality.py``'s scoring:

- ``typed``: the tracks as the analyst typed them;
- ``stripped``: each added track's keywords cut down to its kind's event word ("talks",
  "summit" …);
- ``stripped+top5``: the stripped tracks, then ``tracker track suggest --limit 5`` and the
  five phrases added with ``tracker track edit --keyword`` (the re-read the edit triggers).

``--from-typed 3 5`` instead adds the top 3 or top 5 suggestions to the tracks as typed
(the held-out check: ``--root tests/heldout --from-typed 3 5``). ``--time N`` times the
suggestion on bench's generated database of N documents. Figures are printed; nothing is
asserted.
"""

from __future__ import annotations

import copy
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a plain script

from bench.common import parser
from bench.labels import CORPUS, Corpus, load
from bench.quality import Built, build, cli, read_excerpts, score

FIGURES = ("recall", "signal")


def _stripped(corpus: Corpus) -> Corpus:
    out = copy.deepcopy(corpus)
    for track in out.tracks.values():
        if not track.default:
            track.add["keyword"] = [track.kind]
    return out


def _reread(corpus: Corpus, built: Built) -> Built:
    """The excerpts and statuses of a database whose tracks were edited after the import."""
    excerpts = read_excerpts(built.db, corpus)
    statuses = {s["track"]: s for s in cli(built.db, "status")}
    as_of = {s["track"]: s for s in cli(built.db, "status", "--as-of", date.today().isoformat())}
    return Built(built.db, built.docs, built.texts, excerpts, statuses, as_of, 0.0, built.published)


def _accept_top(corpus: Corpus, built: Built, top: int) -> dict[str, list[str]]:
    """Add each added track's ``top`` suggestions to its keywords; what was added."""
    added: dict[str, list[str]] = {}
    for track in corpus.tracks.values():
        if track.default:
            continue
        found = cli(built.db, "track", "suggest", "--id", track.id, "--limit", str(top))
        phrases = [s["phrase"] for s in found][:top]
        added[track.id] = phrases
        if phrases:
            keywords = list(track.add.get("keyword") or []) + phrases
            cli(built.db, "track", "edit", "--id", track.id, "--keyword", ",".join(keywords))
    return added


def _row(name: str, result: dict[str, Any]) -> str:
    added = result["added"]
    return (
        f"{name:16} recall {added['recall']!s:6} signal {added['signal']!s:6} "
        f"date {added['date']!s:6} false/article {result['false_evidence_per_article']!s:6} "
        f"cross-track {result['cross_track_errors']}"
    )


def _run(corpus: Corpus, tops: list[int], *, verbose: bool) -> None:
    for top in tops:
        with tempfile.TemporaryDirectory() as tmp:
            built = build(corpus, Path(tmp))
            if top == tops[0]:
                print(_row("as given", score(corpus, built)))
            added = _accept_top(corpus, built, top)
            print(_row(f"+top{top}", score(corpus, _reread(corpus, built))))
            if verbose:
                for tid, phrases in added.items():
                    print(f"    {tid}: {', '.join(phrases) or '-'}")


def _time(count: int) -> None:
    from bench.bulkdb import build_db
    from tracker.services.database import open_database
    from tracker.services.suggestions import suggest_keywords
    from tracker.services.tracks import list_tracks

    store = open_database(build_db(count))
    for track in list_tracks(store):
        started = time.perf_counter()
        found = suggest_keywords(store, track.id, limit=10)
        seconds = time.perf_counter() - started
        print(
            f"{track.id:32} {seconds:6.2f} s  {found.documents} of {found.stored} documents "
            f"read, {len(found.suggestions)} suggestions"
        )
    store.close()


def main(argv: list[str] | None = None) -> int:
    ap = parser(__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=CORPUS, help="corpus folder")
    ap.add_argument("--from-typed", type=int, nargs="+", help="add the top N to the typed tracks")
    ap.add_argument("--time", type=int, help="time it on a generated database of N documents")
    ap.add_argument("--verbose", action="store_true", help="list the phrases accepted")
    args = ap.parse_args(argv)
    if args.time:
        _time(args.time)
        return 0
    corpus = load(args.root)
    if args.from_typed:
        print("tracks as typed:")
        _run(corpus, args.from_typed, verbose=args.verbose)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        print(_row("typed", score(corpus, build(corpus, Path(tmp)))))
    print("stripped to the kind's event word:")
    _run(_stripped(corpus), [5], verbose=args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
