"""Reading quality on the labelled corpus (tests/corpus): how well the engine reads real reporting.

A fresh database with the default tracks; the corpus's added tracks created with
``tracker track add`` as the analyst typed them; every article imported with ``tracker
ingest``; then, through ``tracker evidence/status/doc --json`` (the same contract any outside
check uses), each label is scored:

- recall: the labelled sentence is among the track's excerpts;
- signal: the status the excerpt claims for the track (none for a denial, negation or
  hypothesis) equals the analyst's (a missing excerpt counts as a miss);
- date: the excerpt's event date equals the analyst's, for labels dated to the day;
- date_coarse: for labels dated only to a week, a month or a year, the excerpt's event date
  falls inside that week, month or year (an undated excerpt or none counts as a miss);
- cross-track: an excerpt claiming a status for a track on a sentence labelled only for others;
- false evidence: excerpts claiming a status on sentences with no label for their track (per
  article), and lines labelled "never evidence" (captions, menus…) that became excerpts;
- final status: each track's status after every article is in, against the expected one;
  and whether ``status`` and ``status --as-of <today>`` agree.

Scores are given for the default tracks and the added tracks separately, and per
construction tag. ``--verbose`` lists every miss.
"""

from __future__ import annotations

import calendar
import io
import json
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a plain script

from bench.common import parser, report
from bench.labels import CORPUS, Corpus, Label, load

ASSERTIVE = {"asserted", "reported", "future"}


def cli(db: Path, *args: str) -> Any:
    """Run ``tracker --db DB ARGS --json`` in process; the parsed JSON output."""
    from tracker.cli import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--db", str(db), *args, "--json"])
    if code != 0:
        raise RuntimeError(f"tracker {' '.join(args)} failed ({code}): {err.getvalue().strip()}")
    return json.loads(out.getvalue()) if out.getvalue().strip() else None


def _add_args(add: dict[str, Any], track_id: str, *, places: bool = True) -> list[str]:
    kind = (
        add["kind"]
        if places
        else {"talks": "channel", "conference": "meeting"}.get(add["kind"], add["kind"])
    )
    args = ["track", "add", "--id", track_id, "--title", add["title"], "--kind", kind]
    flags = ("actor", "party", "place", "keyword", "context") if places else ("actor", "keyword")
    for flag in flags:
        values = add.get(flag) or []
        if isinstance(values, str):
            values = [values]
        for value in values:
            args += [f"--{flag}", value]
    if add.get("min_actors") is not None:
        args += ["--min-actors", str(add["min_actors"])]
    return args


@dataclass
class Excerpt:
    id: int
    document: int
    start: int
    end: int
    status: str | None
    signal: str | None
    modality: str
    event_date: date | None
    quote: str


@dataclass
class Built:
    db: Path
    docs: dict[str, int]  # article name -> document id
    texts: dict[int, str]
    excerpts: dict[str, list[Excerpt]]  # track -> excerpts
    statuses: dict[str, dict[str, Any]]
    as_of_today: dict[str, dict[str, Any]]
    seconds: float
    published: dict[int, str | None] = field(default_factory=dict)  # document -> its date


def _claim(e: dict[str, Any], kind: str) -> str | None:
    """The status an excerpt claims: the CLI's ``status`` field, or (for builds that predate
    it) the lexicon's status for its signal when asserted, reported or announced ahead."""
    if "status" in e:
        return e["status"]  # type: ignore[no-any-return]
    if e.get("modality") not in ASSERTIVE or e.get("context") or not e.get("signal"):
        return None
    from tracker.extract.lexicon import load_lexicon

    fallback = {"talks": "channel", "conference": "meeting"}
    status = load_lexicon().status_for(e["signal"], fallback.get(kind, kind))
    if status == "held" and e.get("modality") == "future":
        return "proposed"
    return status


def read_excerpts(db: Path, corpus: Corpus) -> dict[str, list[Excerpt]]:
    """Every corpus track's excerpts in the database, with the status each one claims."""
    excerpts: dict[str, list[Excerpt]] = {}
    for tid in corpus.tracks:
        excerpts[tid] = [
            Excerpt(
                id=r["id"],
                document=r["document"],
                start=r["start"],
                end=r["end"],
                status=_claim(r, corpus.tracks[tid].kind),
                signal=r.get("signal"),
                modality=r.get("modality") or "asserted",
                event_date=date.fromisoformat(r["event_date"]) if r.get("event_date") else None,
                quote=r.get("quote", ""),
            )
            for r in cli(db, "evidence", tid)
        ]
    return excerpts


def build(corpus: Corpus, workdir: Path) -> Built:
    db = workdir / "quality.db"
    started = time.perf_counter()
    cli(db, "init", "--empty")
    for track in corpus.tracks.values():
        if not track.default:
            try:
                cli(db, *_add_args(track.add, track.id))
            except RuntimeError:  # a build without --party/--place or the newer kinds
                cli(db, *_add_args(track.add, track.id, places=False))
    paths = [str(a.path) for a in corpus.articles if a.path.is_file()]
    ingest = cli(db, "ingest", *paths)
    seconds = time.perf_counter() - started
    by_path = {
        str(Path(i["path"]).resolve()): i.get("document_id")
        for i in ingest["items"]
        if i.get("document_id") is not None
    }
    docs = {a.name: by_path.get(str(a.path.resolve()), -1) for a in corpus.articles}
    shown = {doc: cli(db, "doc", str(doc)) for doc in docs.values() if doc > 0}
    texts = {doc: d["text"] for doc, d in shown.items()}
    published = {doc: d.get("published") for doc, d in shown.items()}
    excerpts = read_excerpts(db, corpus)
    statuses = {s["track"]: s for s in cli(db, "status")}
    today = date.today().isoformat()
    as_of_today = {s["track"]: s for s in cli(db, "status", "--as-of", today)}
    return Built(db, docs, texts, excerpts, statuses, as_of_today, seconds, published)


def published_right(corpus: Corpus, built: Built) -> dict[str, int]:
    """How many articles the engine dated as their source was published: the same day, a
    day off (a time zone, a dateline of the next morning), otherwise wrong, or undated."""
    out = {"same_day": 0, "one_day_off": 0, "wrong": 0, "undated": 0}
    for art in corpus.articles:
        want = art.source.get("published")
        got = built.published.get(built.docs.get(art.name, -1))
        if not want:
            continue
        if not got:
            out["undated"] += 1
            continue
        off = abs((date.fromisoformat(got) - date.fromisoformat(str(want))).days)
        out["same_day" if off == 0 else "one_day_off" if off == 1 else "wrong"] += 1
    return out


def _locate(text: str, quote: str) -> tuple[int, int] | None:
    quote = quote.lstrip("#*>- ").strip() or quote  # a Markdown heading or list marker
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    # HTML cleaning may have joined or split whitespace: match on collapsed whitespace.
    words = quote.split()
    if not words:
        return None
    import re

    rx = re.compile(r"\s+".join(re.escape(w) for w in words))
    m = rx.search(text)
    return (m.start(), m.end()) if m else None


@dataclass
class Tally:
    counts: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    def add(self, key: str, ok: bool) -> None:
        self.counts[key][0] += int(ok)
        self.counts[key][1] += 1

    def rate(self, key: str) -> float | None:
        good, total = self.counts.get(key, [0, 0])
        return round(good / total, 3) if total else None

    def n(self, key: str) -> int:
        return self.counts.get(key, [0, 0])[1]


def score(corpus: Corpus, built: Built, verbose: bool = False) -> dict[str, Any]:
    sets = {"default": Tally(), "added": Tally()}
    tags = Tally()
    groups = Tally()
    confusion: dict[str, int] = defaultdict(int)
    date_errors: dict[str, int] = defaultdict(int)
    scored_docs = {built.docs.get(a.name, -1) for a in corpus.articles}
    misses: list[str] = []
    labelled: dict[tuple[int, str], list[tuple[int, int]]] = defaultdict(list)  # (doc, track)
    never: dict[tuple[int, str], list[tuple[int, int]]] = defaultdict(list)
    any_label: dict[int, list[tuple[int, int]]] = defaultdict(list)
    articles_scored = 0
    for art in corpus.articles:
        doc = built.docs.get(art.name, -1)
        text = built.texts.get(doc, "")
        if doc > 0:
            articles_scored += 1
        for lab in art.labels:
            track = corpus.tracks[lab.track]
            tally = sets["default" if track.default else "added"]
            span = _locate(text, lab.quote) if text else None
            if span is not None:
                any_label[doc].append(span)
                (labelled if lab.evidence else never)[(doc, lab.track)].append(span)
            if not lab.evidence:
                continue
            hits = [
                e
                for e in built.excerpts.get(lab.track, [])
                if span is not None and e.document == doc and e.start < span[1] and span[0] < e.end
            ]
            found = bool(hits)
            best = _best(hits, lab)
            agree = found and best is not None and best.status == lab.status
            tally.add("recall", found)
            group = group_of(art.name)
            groups.add(f"{group}|recall", found)
            groups.add(f"{group}|signal", agree)
            confusion[f"{lab.status or '-'} -> {_got(best)}"] += 1
            if lab.status is not None:
                tally.add("recall_status", found)
            tally.add("signal", agree)
            if found:
                tally.add("signal_found", agree)
            dated = lab.event_date is not None and lab.precision == "day"
            date_ok = dated and best is not None and best.event_date == lab.event_date
            if dated:
                tally.add("date", date_ok)
                groups.add(f"{group}|date", date_ok)
                date_errors[_date_error(best, lab)] += 1
            coarse = _coarse_span(lab)
            if coarse is not None:
                tally.add("date_coarse", _inside(best, coarse))
            for tag in lab.construction or ["(untagged)"]:
                tags.add(f"{tag}|recall", found)
                tags.add(f"{tag}|signal", agree)
                if dated:
                    tags.add(f"{tag}|date", date_ok)
            if verbose and (not found or not agree or (dated and not date_ok)):
                got = (
                    "no excerpt"
                    if best is None
                    else f"{best.status or '-'} ({best.signal}/{best.modality}) {best.event_date}"
                )
                want = f"{lab.status or '-'}{'/' + lab.modality if lab.modality else ''} {lab.event_date}"
                where = "" if span is not None else " [quote not in cleaned text]"
                misses.append(
                    f"{art.name} {lab.track}: want {want}; got {got}{where}\n    “{lab.quote}”"
                )
    # Excerpts that claim a status where the analyst saw none for that track.
    cross = 0
    false_claims = 0
    furniture = 0
    for tid, items in built.excerpts.items():
        track = corpus.tracks.get(tid)
        if track is None:
            continue
        for e in items:
            if e.document not in scored_docs:
                continue  # an article outside the part being scored
            spans = labelled.get((e.document, tid), [])
            own = any(e.start < b and a < e.end for a, b in spans)
            if any(e.start < b and a < e.end for a, b in never.get((e.document, tid), [])):
                if not own:
                    furniture += 1
                    if verbose:
                        misses.append(
                            f"never-evidence line became an excerpt of {tid}: “{e.quote}”"
                        )
                continue
            if e.status is None or own:
                continue
            others = any(e.start < b and a < e.end for a, b in any_label.get(e.document, []))
            if others:
                cross += 1
            else:
                false_claims += 1
            if verbose:
                what = "cross-track" if others else "false evidence"
                misses.append(f"{what} for {tid} ({e.status}, doc {e.document}): “{e.quote}”")
    finals: list[dict[str, Any]] = []
    for tid, track in corpus.tracks.items():
        got = built.statuses.get(tid, {})
        expect = track.expect or {}
        row = {
            "track": tid,
            "set": "default" if track.default else "added",
            "expected": expect.get("status"),
            "status": got.get("status"),
            "as_of": got.get("as_of"),
            "expected_as_of": expect.get("as_of"),
            "ok": expect.get("status") is None or got.get("status") == expect.get("status"),
            "as_of_today_agrees": built.as_of_today.get(tid, {}).get("status") == got.get("status"),
        }
        finals.append(row)
    result: dict[str, Any] = {
        "articles": articles_scored,
        "import_seconds": round(built.seconds, 2),
    }
    for name, tally in sets.items():
        result[name] = {
            "labels": tally.n("recall"),
            "recall": tally.rate("recall"),
            "recall_status": tally.rate("recall_status"),
            "signal": tally.rate("signal"),
            "signal_when_found": tally.rate("signal_found"),
            "date": tally.rate("date"),
            "dated_labels": tally.n("date"),
            "date_coarse": tally.rate("date_coarse"),
            "coarse_dated_labels": tally.n("date_coarse"),
        }
    result["cross_track_errors"] = cross
    result["false_evidence_per_article"] = round(false_claims / max(1, articles_scored), 3)
    result["furniture_excerpts"] = furniture
    result["final_status_ok"] = sum(1 for r in finals if r["ok"] and r["expected"])
    result["final_status_expected"] = sum(1 for r in finals if r["expected"])
    result["as_of_today_agrees"] = all(r["as_of_today_agrees"] for r in finals)
    result["published_dates"] = published_right(corpus, built)
    result["finals"] = finals
    by_tag: dict[str, dict[str, Any]] = defaultdict(dict)
    for key in tags.counts:
        tag, measure = key.split("|")
        by_tag[tag][measure] = tags.rate(key)
        by_tag[tag]["n"] = tags.n(f"{tag}|recall")
    result["by_construction"] = dict(sorted(by_tag.items()))
    by_group: dict[str, dict[str, Any]] = defaultdict(dict)
    for key in groups.counts:
        group, measure = key.split("|")
        by_group[group][measure] = groups.rate(key)
        by_group[group]["n"] = groups.n(f"{group}|recall")
    result["by_group"] = dict(sorted(by_group.items()))
    result["confusion"] = dict(sorted(confusion.items(), key=lambda kv: (-kv[1], kv[0])))
    result["date_errors"] = dict(sorted(date_errors.items(), key=lambda kv: (-kv[1], kv[0])))
    result["misses"] = misses
    return result


def _got(best: Excerpt | None) -> str:
    """What the engine read for a label, for the confusion table: its status, "-" for an
    excerpt with none, "no excerpt" when the sentence is not among the track's excerpts."""
    if best is None:
        return "no excerpt"
    return best.status or "-"


def _coarse_span(lab: Label) -> tuple[date, date] | None:
    """The days a week-, month- or year-precise label covers (first and last), else None.
    A week label is dated by its Monday; a month or year label by any day in it."""
    day = lab.event_date
    if day is None:
        return None
    if lab.precision == "week":
        first = day - timedelta(days=day.weekday())
        return first, first + timedelta(days=6)
    if lab.precision == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    if lab.precision == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    return None


def _inside(best: Excerpt | None, span: tuple[date, date]) -> bool:
    """Whether the engine dated the label's excerpt to a day inside the label's span."""
    if best is None or best.event_date is None:
        return False
    return span[0] <= best.event_date <= span[1]


def _date_error(best: Excerpt | None, lab: Label) -> str:
    """The kind of a day-precise label's date reading: right; no excerpt; undated; or how far
    off and which way ("+" later than the analyst's day, "-" earlier)."""
    if best is None:
        return "no excerpt"
    if best.event_date is None or lab.event_date is None:
        return "undated"
    days = (best.event_date - lab.event_date).days
    if days == 0:
        return "right"
    size = abs(days)
    bucket = (
        "1 day"
        if size == 1
        else "2-7 days"
        if size <= 7
        else "8-40 days"
        if size <= 40
        else "further"
    )
    return f"{bucket} {'later' if days > 0 else 'earlier'}"


def group_of(name: str) -> str:
    """An article's group from its number: "001-x" is in 0xx, "512-x" in 5xx, "1003-x" in 10xx."""
    return f"{int(name.split('-', 1)[0]) // 100}xx"


def part(corpus: Corpus, first: int, last: int) -> Corpus:
    """The corpus with only the articles numbered first..last (every track kept): a group's
    figures, scored on a database built from the whole corpus."""
    kept = [a for a in corpus.articles if first <= int(a.name.split("-", 1)[0]) <= last]
    return replace(corpus, articles=kept)


def _best(hits: list[Excerpt], lab: Label) -> Excerpt | None:
    """The excerpt that speaks for the label: the one agreeing with it, else the first."""
    if not hits:
        return None
    for e in hits:
        if e.status == lab.status:
            return e
    return hits[0]


def main(argv: list[str] | None = None) -> int:
    ap = parser(__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=CORPUS, help="corpus folder")
    ap.add_argument("--verbose", action="store_true", help="list every miss")
    ap.add_argument("--track", action="append", help="only labels of these tracks (repeat)")
    ap.add_argument(
        "--part",
        metavar="FIRST-LAST",
        help="only the articles numbered FIRST..LAST (e.g. 500-599), with every track",
    )
    ap.add_argument("--keep", type=Path, help="keep the database at this path")
    ap.add_argument(
        "--cache",
        action="store_true",
        help="read the local copies of the original pages (tests/corpus/.cache) instead of the "
        "rewrites: final statuses only, since labels quote the rewrites",
    )
    args = ap.parse_args(argv)
    corpus = load(args.root)
    if args.cache:
        return _run_on_cache(corpus, args)
    if args.part:
        first, _, last = args.part.partition("-")
        corpus = part(corpus, int(first), int(last or first))
    if args.track:
        wanted = set(args.track)
        for art in corpus.articles:
            art.labels = [lab for lab in art.labels if lab.track in wanted]
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        built = build(corpus, workdir)
        if args.keep:
            keep(built.db, args.keep)
        result = score(corpus, built, verbose=args.verbose)
    if args.json:
        report("quality", [], result, as_json=True)
        return 0
    rows = [
        {"set": name, **{k: v for k, v in result[name].items()}} for name in ("default", "added")
    ]
    figures = {
        k: v
        for k, v in result.items()
        if k
        not in (
            "default",
            "added",
            "finals",
            "by_construction",
            "misses",
            "by_group",
            "confusion",
            "date_errors",
        )
    }
    report("quality", rows, figures, as_json=False)
    print()
    print("final status per track:")
    for r in result["finals"]:
        mark = "ok" if r["ok"] else "WRONG"
        print(
            f"  {mark:5} {r['track']:32} {r['status'] or '-':10} as of {r['as_of'] or '-':10}"
            f"  expected {r['expected'] or '-'} {r['expected_as_of'] or ''}"
            f"{'' if r['as_of_today_agrees'] else '  (status --as-of today differs)'}"
        )
    print()
    print("by construction (recall / signal / date, n):")
    for tag, m in result["by_construction"].items():
        print(
            f"  {tag:28} {m.get('recall')!s:6} {m.get('signal')!s:6} {m.get('date')!s:6} n={m['n']}"
        )
    print()
    print("by group of articles (recall / signal / date, n):")
    for group, m in result["by_group"].items():
        print(
            f"  {group:5} {m.get('recall')!s:6} {m.get('signal')!s:6} {m.get('date')!s:6} n={m['n']}"
        )
    print()
    print("analyst's status -> engine's (evidence labels; '-' an excerpt with no status):")
    for pair, n in result["confusion"].items():
        print(f"  {pair:32} {n}")
    print()
    print("event dates of day-precise labels:")
    for kind, n in result["date_errors"].items():
        print(f"  {kind:24} {n}")
    if args.verbose:
        print()
        print("misses:")
        for line in result["misses"]:
            print("  " + line)
    return 0


def keep(db: Path, target: Path) -> None:
    """Move the built database to ``target`` with its head witness, so the kept copy
    verifies (a stale witness left beside ``target`` by an earlier run is replaced)."""
    from tracker.storage.witness import witness_path

    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(db, target)
    head, kept_head = witness_path(db), witness_path(target)
    if head.is_file():
        shutil.move(head, kept_head)
    else:
        kept_head.unlink(missing_ok=True)


def _run_on_cache(corpus: Corpus, args: Any) -> int:
    """The final status per track when the engine reads the original pages."""
    cache = corpus.root / ".cache"
    kept = []
    for art in corpus.articles:
        copy = cache / f"{art.name}.txt"
        if copy.is_file():
            art.path = copy
            art.labels = []
            kept.append(art)
    if not kept:
        print(f"no local copies in {cache} (tests/corpus/README.md says how to make them)")
        return 1
    corpus.articles = kept
    with tempfile.TemporaryDirectory() as tmp:
        built = build(corpus, Path(tmp))
        if args.keep:
            keep(built.db, args.keep)
    result: dict[str, Any] = {
        "articles": len(kept),
        "published_dates": published_right(corpus, built),
        "finals": [],
    }
    for tid, track in corpus.tracks.items():
        got = built.statuses.get(tid, {})
        expected = (track.expect or {}).get("status")
        result["finals"].append({"track": tid, "status": got.get("status"), "expected": expected})
    if args.json:
        report("quality-cache", [], result, as_json=True)
        return 0
    print(f"published dates: {result['published_dates']}")
    print(f"final status per track, read from {len(kept)} original pages:")
    for r in result["finals"]:
        mark = "ok" if r["expected"] is None or r["status"] == r["expected"] else "WRONG"
        print(f"  {mark:5} {r['track']:32} {r['status'] or '-':10} expected {r['expected'] or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
