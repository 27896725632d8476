"""The ``tracker`` command line: every service reachable, ``--json`` everywhere.

Exit codes: 0 ok, 1 failure, 2 usage error; a user's mistake prints one line on stderr,
never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.app_info import APP_NAME, __version__
from tracker.domain.errors import TrackerError, UsageError
from tracker.domain.times import format_time, parse_time, parse_user_date

if TYPE_CHECKING:
    from tracker.services.database import Store

log = logging.getLogger("tracker.cli")

Handler = Callable[["Store", argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise UsageError(f"{self.prog}: {message}")


def emit_json(value: Any) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False, default=str))


def table(rows: Sequence[Sequence[Any]], headers: Sequence[str]) -> str:
    """A plain fixed-width table; long cells are cut with an ellipsis."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, value in enumerate(row):
            widths[i] = max(widths[i], len(value))
    line = "  ".join(h.ljust(widths[i]) for i, h in enumerate(headers))
    out = [line.rstrip(), "  ".join("-" * w for w in widths)]
    out += ["  ".join(v.ljust(widths[i]) for i, v in enumerate(row)).rstrip() for row in cells]
    return "\n".join(out)


def _cell(value: Any, limit: int = 60) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------- commands


def cmd_init(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.setup import initialise

    report = initialise(store, with_seeds=not args.empty)
    if args.json:
        emit_json(
            {"db": str(store.path), "seeds": report.model_dump(mode="json") if report else None}
        )
    else:
        print(f"database ready: {store.path}")
        if report is not None:
            print(f"seeds: {report.count('new')} new, {report.count('duplicate')} already present")
    return 0


def _progress_printer(enabled: bool) -> Callable[[int, int, str], None] | None:
    if not enabled:
        return None

    def show(done: int, total: int, name: str) -> None:
        width = 30
        filled = int(width * done / total) if total else width
        sys.stderr.write(
            f"\r[{'#' * filled}{' ' * (width - filled)}] {done}/{total} {name[:30]:<30}"
        )
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def cmd_ingest(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.ingest import ingest_paths

    show = _progress_printer(not args.json and sys.stderr.isatty())
    report = ingest_paths(store, args.paths, max_bytes=int(args.max_mb * 1_048_576), progress=show)
    if args.json:
        emit_json(report.model_dump(mode="json"))
    else:
        for item in report.items:
            if item.outcome == "new":
                print(f"new        #{item.document_id}  {item.title}")
            elif item.outcome == "duplicate":
                print(f"duplicate  {item.path}  ({item.reason})")
            else:
                print(f"refused    {item.path}: {item.reason}")
        print(
            f"{report.count('new')} new, {report.count('duplicate')} duplicate, "
            f"{report.count('refused')} refused"
        )
    return 0


def cmd_docs(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.documents import list_documents

    docs = list_documents(store)
    if args.json:
        emit_json([d.model_dump(mode="json") for d in docs])
        return 0
    rows = [
        (
            d.id,
            d.title,
            d.outlet or "—",
            f"{d.published or '—'} ({d.published_basis})",
            d.reliability,
            d.chars,
        )
        for d in docs
    ]
    print(table(rows, ["id", "title", "outlet", "published", "rel.", "chars"]))
    return 0


def _parse_int(value: str, what: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise UsageError(f"{what} must be a whole number, not {value!r}") from None


def cmd_doc(store: Store, args: argparse.Namespace) -> int:
    from tracker.services import documents

    doc_id = _parse_int(args.id, "document id")
    if args.set_published or args.set_reliability or args.set_outlet or args.set_url:
        documents.edit_document(
            store,
            doc_id,
            published=args.set_published,
            reliability=args.set_reliability,
            outlet=args.set_outlet,
            url=args.set_url,
        )
    doc = documents.get_document(store, doc_id)
    if args.json:
        data = doc.model_dump(mode="json", exclude={"raw_text"} if not args.raw else set())
        data["duplicate_of"] = documents.document_duplicate_of(store, doc_id)
        emit_json(data)
        return 0
    print(doc.title)
    print(f"outlet: {doc.outlet or '—'} ({doc.outlet_basis})   byline: {doc.byline or '—'}")
    note = f" — {doc.published_note}" if doc.published_note else ""
    print(f"published: {doc.published or '—'} ({doc.published_basis}){note}")
    print(f"reliability: {doc.reliability} ({doc.reliability_basis})   url: {doc.url or '—'}")
    print(f"source: {doc.source_path or '—'}   {doc.chars} characters   sha256 {doc.sha256[:16]}…")
    print()
    print(doc.raw_text if args.raw else doc.text)
    return 0


def cmd_tracks(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.tracks import list_tracks

    tracks = list_tracks(store, include_archived=args.all)
    if args.json:
        emit_json([t.model_dump(mode="json") for t in tracks])
        return 0
    rows = [(t.id, t.kind.value, t.title, "archived" if t.archived else "") for t in tracks]
    print(table(rows, ["track", "kind", "title", ""]))
    return 0


def cmd_search(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.search import search

    hits = search(store, args.query, limit=args.limit)
    if args.json:
        emit_json([h.model_dump() for h in hits])
        return 0
    if not hits:
        print("no matches")
        return 0
    for hit in hits:
        where = (
            f"excerpt #{hit.excerpt_id} ({hit.track_id})" if hit.kind == "excerpt" else "document"
        )
        print(f"#{hit.document_id} {hit.title} — {where}")
        print(f"    {' '.join(hit.snippet.split())}")
    return 0


def _as_of(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return parse_user_date(value)
    except ValueError as exc:
        raise UsageError(f"--as-of: {exc}") from None


def _moment(value: str, flag: str) -> datetime:
    try:
        return parse_time(value)
    except ValueError:
        raise UsageError(
            f"{flag}: {value!r} is not an ISO 8601 time (e.g. 2025-10-21T12:00:00Z)"
        ) from None


def _known_at(value: str | None) -> str | None:
    return None if value is None else format_time(_moment(value, "--known-at"))


def cmd_status(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.status import all_statuses

    if args.as_of and args.known_at:
        raise UsageError("use either --as-of or --known-at, not both")
    statuses = all_statuses(store, as_of=_as_of(args.as_of), known_at=_known_at(args.known_at))
    if args.json:
        emit_json([s.model_dump(mode="json") for s in statuses])
        return 0
    rows = []
    for s in statuses:
        marks = []
        if s.source == "override":
            marks.append("override")
        if s.contested:
            marks.append("contested")
        if s.needs_review:
            marks.append("NEEDS REVIEW")
        if s.next_event_overdue:
            marks.append("next event overdue")
        rows.append(
            (
                s.track,
                s.status or "unknown",
                s.since or "—",
                s.as_of or "—",
                s.confidence,
                s.independent_sources,
                " ".join(marks),
            )
        )
    print(table(rows, ["track", "status", "since", "as of", "confidence", "sources", "flags"]))
    for s in statuses:
        if s.needs_review:
            print(f"! {s.track}: {s.review_reason}")
    return 0


def cmd_evidence(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.evidence import claimed_status, evidence_for
    from tracker.services.tracks import get_track

    track = get_track(store, args.track)
    items = evidence_for(store, track.id)
    if args.json:
        emit_json(
            [
                {
                    "id": e.id,
                    "document": e.document_id,
                    "start": e.start,
                    "end": e.end,
                    "quote": e.exact,
                    "status": claimed_status(e, track.kind),
                    "signal": e.signal,
                    "cue": e.cue,
                    "modality": e.modality,
                    "speaker": e.speaker,
                    "event_date": e.event_date,
                    "date_precision": e.date_precision,
                    "date_basis": e.date_basis,
                    "reliability": e.reliability,
                    "credibility": e.credibility,
                    "grade": f"{e.reliability}{e.credibility}",
                    "duplicate_of": e.duplicate_of,
                    "context": e.context,
                    "outlet": e.outlet,
                    "cameo": e.cameo,
                    "plover": e.plover,
                }
                for e in items
            ]
        )
        return 0
    rows = [
        (
            e.id,
            e.event_date or "—",
            e.signal or "·",
            e.modality,
            f"{e.reliability}{e.credibility}",
            e.speaker or "",
            f"#{e.document_id}",
            e.exact,
        )
        for e in items
    ]
    print(table(rows, ["id", "date", "signal", "modality", "grade", "speaker", "doc", "quote"]))
    return 0


def cmd_explain(store: Store, args: argparse.Namespace) -> int:
    from tracker.domain.summary import next_event_words
    from tracker.services.evidence import evidence_for
    from tracker.services.status import track_status

    s = track_status(store, args.track)
    print(s.title)
    print(s.line())
    if s.latest is not None:
        print(f"Latest development: {s.latest.words(overridden=s.source == 'override')}")
    print(f"Next event: {next_event_words(s.next_event, overdue=s.next_event_overdue)}")
    print()
    if s.override:
        print("What the evidence alone says:")
    print(s.explanation)
    if s.override:
        o = s.override
        print()
        print(f"Override by {o.analyst} at {o.created_at}: {o.status} — {o.reason}")
        if s.inferred_status != o.status:
            print(
                f"The evidence alone points to: {(s.inferred_status or 'unknown').replace('_', ' ')}."
            )
    if s.contested:
        quotes = {e.id: e for e in evidence_for(store, s.track)}
        print()
        print("Contested by:")
        for excerpt_id in s.contested_ids:
            e = quotes.get(excerpt_id)
            if e is not None:
                who = f"{e.speaker}: " if e.speaker else ""
                print(
                    f"  [{excerpt_id}] {who}“{e.exact}” (document {e.document_id}, {e.outlet or 'outlet unknown'})"
                )
    if s.needs_review:
        print()
        print(f"Needs review: {s.review_reason}")
    return 0


def cmd_history(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.status import history

    entries = history(store, args.track, include_superseded=args.all)
    if args.json:
        emit_json([e.model_dump(mode="json") for e in entries])
        return 0
    rows = [
        (
            e.event_date or "—",
            e.status,
            e.origin,
            e.analyst or "—",
            e.recorded_at[:19] + "Z",
            e.rationale,
        )
        for e in entries
    ]
    print(table(rows, ["event date", "status", "origin", "who", "recorded", "why"]))
    return 0


def cmd_verify(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.verify import verify

    report = verify(store)
    if args.json:
        emit_json(report.model_dump(mode="json"))
    else:
        for line in report.lines:
            print(line)
    return 0 if report.ok else 1


def cmd_override(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.overrides import apply_override

    override = apply_override(
        store,
        args.track,
        args.status,
        reason=args.reason,
        analyst=args.analyst,
        likelihood=args.likelihood,
        confidence=args.confidence,
        review_by=args.review_by,
        evidence_ids=args.evidence or [],
    )
    if args.json:
        emit_json(override.model_dump(mode="json"))
    else:
        print(f"{args.track}: override #{override.id} → {override.status} by {override.analyst}")
    return 0


def cmd_revoke(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.overrides import revoke_override
    from tracker.services.status import track_status

    override = revoke_override(store, args.track, reason=args.reason, analyst=args.analyst)
    status = track_status(store, args.track)
    if args.json:
        emit_json({"revoked": override.id, "status": status.status})
    else:
        print(
            f"{args.track}: override #{override.id} revoked; status back to {status.status} (inferred)"
        )
    return 0


def cmd_ack(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.overrides import acknowledge

    override = acknowledge(store, args.track, note=args.note, analyst=args.analyst)
    if args.json:
        emit_json(override.model_dump(mode="json"))
    else:
        print(
            f"{args.track}: override #{override.id} kept ({override.status}); review acknowledged"
        )
    return 0


def cmd_undo(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.undo import undo_last

    result = undo_last(store, analyst=args.analyst)
    if args.json:
        emit_json(result.model_dump(mode="json"))
    else:
        print(f"undone: {result.description}")
    return 0


def cmd_redo(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.undo import redo_last

    result = redo_last(store, analyst=args.analyst)
    if args.json:
        emit_json(result.model_dump(mode="json"))
    else:
        print(f"redone: {result.description}")
    return 0


def cmd_audit(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.audit_log import entries

    rows = entries(store, limit=args.limit)
    if args.json:
        emit_json([r.model_dump() for r in rows])
        return 0
    print(
        table(
            [(r.seq, r.at[:19] + "Z", r.actor, r.action, r.entity, r.payload) for r in rows],
            ["seq", "at", "actor", "action", "entity", "payload"],
        )
    )
    return 0


def cmd_changes(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.changes import changes_since_seen, mark_all_seen

    report = (
        mark_all_seen(store, analyst=args.analyst)
        if args.seen
        else changes_since_seen(store, analyst=args.analyst)
    )
    if args.json:
        emit_json(report.model_dump(mode="json") | {"marked_seen": bool(args.seen)})
        return 0
    if report.first_look:
        print(f"first look for {report.analyst}: from now on, what is new is listed here")
        return 0
    if not report.total:
        print(f"nothing new for {report.analyst} since they last looked")
    for t in report.tracks:
        print(f"{t.track}: {t.words()}")
    if report.new_documents:
        ids = ", ".join(f"#{i}" for i in report.new_document_ids[:10])
        more = " …" if report.new_documents > 10 else ""
        print(f"new documents: {report.new_documents} ({ids}{more})")
    if args.seen:
        print("marked seen")
    return 0


def _split_list(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    out: list[str] = []
    for value in values:
        out.extend(v.strip() for v in value.split(",") if v.strip())
    return out


def cmd_track(store: Store, args: argparse.Namespace) -> int:
    from tracker.services import track_admin

    if args.action == "add":
        if not args.title or not args.kind:
            raise UsageError("track add needs --title and --kind")
        track = track_admin.add_track(
            store,
            title=args.title,
            kind=args.kind,
            track_id=args.id,
            description=args.description or "",
            actors=track_admin.parse_actors(args.actor or []),
            keywords=_split_list(args.keyword),
            context_terms=_split_list(args.context),
            min_actors=args.min_actors,
            analyst=args.analyst,
            parties=_split_list(args.party),
            places=_split_list(args.place),
        )
    elif args.action == "edit":
        if not args.id:
            raise UsageError("track edit needs the track: tracker track edit --id TRACK ...")
        track = track_admin.edit_track(
            store,
            args.id,
            analyst=args.analyst,
            title=args.title,
            kind=args.kind,
            description=args.description,
            actors=track_admin.parse_actors(args.actor) if args.actor else None,
            parties=_split_list(args.party),
            places=_split_list(args.place),
            keywords=_split_list(args.keyword),
            context_terms=_split_list(args.context),
            min_actors=args.min_actors,
        )
    else:
        if not args.id:
            raise UsageError(f"track {args.action} needs --id TRACK")
        track = track_admin.archive_track(
            store, args.id, archived=args.action == "archive", analyst=args.analyst
        )
    if args.json:
        emit_json(track.model_dump(mode="json"))
    else:
        state = " (archived)" if track.archived else ""
        print(f"{track.id}: {track.title} [{track.kind.value}]{state}")
    return 0


def cmd_backup(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.database import backup

    target = backup(store, args.path)
    if args.json:
        emit_json({"backup": str(target)})
    else:
        print(f"backup written: {target}")
    return 0


def cmd_brief(store: Store, args: argparse.Namespace) -> int:
    from tracker.briefing import export_briefing

    tracks = _split_list([args.tracks]) if args.tracks else None
    since: date | datetime | None = None
    if args.since and "T" in args.since:
        since = _moment(args.since, "--known-at")
    elif args.since:
        since = _as_of(args.since)
    result = export_briefing(store, args.format, args.out, tracks=tracks, since=since)
    path = getattr(result, "path", result)
    if args.json:
        emit_json({"path": str(path), "format": args.format})
    else:
        print(f"briefing written: {path}")
    return 0


# ---------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="tracker", description=f"{APP_NAME}: evidence-backed status of diplomatic tracks."
    )
    parser.add_argument(
        "--db", type=Path, help="database file (default: $TRACKER_DB or the user data folder)"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    def command(
        name: str, handler: Handler, help_text: str, json_flag: bool = True
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        if json_flag:
            p.add_argument("--json", action="store_true", help="machine-readable output")
        return p

    p = command("init", cmd_init, "create or migrate the database; load default tracks and seeds")
    p.add_argument("--empty", action="store_true", help="default tracks only, no seed articles")
    p = command("ingest", cmd_ingest, "import article files or folders (.txt, .md, .html)")
    p.add_argument("paths", nargs="+", type=Path)
    p.add_argument("--max-mb", type=float, default=10.0, help="largest document accepted (MB)")
    command("docs", cmd_docs, "list documents")
    p = command("doc", cmd_doc, "show one document's metadata and cleaned text; edit its metadata")
    p.add_argument("id")
    p.add_argument("--raw", action="store_true", help="show the raw text instead")
    p.add_argument("--set-published", metavar="DATE", help="set the published date (YYYY-MM-DD)")
    p.add_argument("--set-reliability", metavar="A-F", help="set the source reliability grade")
    p.add_argument("--set-outlet", metavar="NAME", help="set the outlet")
    p.add_argument("--set-url", metavar="URL", help="set the url")
    p = command("tracks", cmd_tracks, "list tracks")
    p.add_argument("--all", action="store_true", help="include archived tracks")
    p = command("search", cmd_search, "full-text search over documents and excerpts")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p = command("status", cmd_status, "each track's effective status")
    p.add_argument(
        "--as-of", metavar="DATE", help="the status on that date, by all evidence held now"
    )
    p.add_argument(
        "--known-at", metavar="TIME", help="what the tracker showed at that moment (ISO 8601)"
    )
    p = command("evidence", cmd_evidence, "a track's evidence excerpts")
    p.add_argument("track")
    p = command(
        "explain",
        cmd_explain,
        "the reasoning behind a track's status, with quotes",
        json_flag=False,
    )
    p.add_argument("track")
    p = command("history", cmd_history, "a track's status history, inferred and manual")
    p.add_argument("track")
    p.add_argument("--all", action="store_true", help="include superseded inferred transitions")
    command("verify", cmd_verify, "check excerpt anchors, the audit chain and database integrity")
    p = command("override", cmd_override, "set a track's status by analyst judgement")
    p.add_argument("track")
    p.add_argument("status")
    p.add_argument("--reason", required=True)
    p.add_argument("--analyst")
    p.add_argument("--likelihood", help="ICD 203 term, e.g. 'very unlikely'")
    p.add_argument("--confidence", help="low, moderate or high")
    p.add_argument("--review-by", metavar="DATE")
    p.add_argument("--evidence", nargs="+", type=int, metavar="ID", help="supporting excerpt ids")
    p = command("revoke", cmd_revoke, "end a track's override; back to the inferred status")
    p.add_argument("track")
    p.add_argument("--reason", required=True)
    p.add_argument("--analyst")
    p = command("ack", cmd_ack, "keep an override flagged for review, with a note")
    p.add_argument("track")
    p.add_argument("--note", required=True)
    p.add_argument("--analyst")
    p = command("undo", cmd_undo, "undo the last analyst action (recorded, nothing deleted)")
    p.add_argument("--analyst")
    p = command("redo", cmd_redo, "make the last undone action hold again (recorded)")
    p.add_argument("--analyst")
    p = command(
        "changes", cmd_changes, "what is new since you last looked (documents, evidence, status)"
    )
    p.add_argument("--seen", action="store_true", help="then mark everything seen")
    p.add_argument("--analyst", help="whose marks (default: the analyst of the settings)")
    p = command("audit", cmd_audit, "the audit log")
    p.add_argument("--limit", type=int)
    p = command("track", cmd_track, "add, edit, archive or restore a track")
    p.add_argument("action", choices=["add", "edit", "archive", "restore"])
    p.add_argument("--id", help="track id (slug); derived from the title when adding")
    p.add_argument("--title")
    p.add_argument(
        "--kind",
        help="summit, meeting, conference (one encounter); channel, talks (a line of contact "
        "or a negotiation in rounds); initiative, coalition (a plan or a group)",
    )
    p.add_argument("--description")
    p.add_argument("--actor", action="append", metavar="NAME|ALIAS|...", help="repeat per actor")
    p.add_argument(
        "--party",
        action="append",
        metavar="NAME[,NAME]",
        help="a side: country or organisation (Iran, United States, NATO); repeat or comma-separate",
    )
    p.add_argument(
        "--place",
        action="append",
        metavar="NAME[,NAME]",
        help="where it happens: city, country or venue (Muscat, Oman)",
    )
    p.add_argument("--keyword", action="append", metavar="WORD[,WORD]")
    p.add_argument(
        "--context", action="append", metavar="TERM[,TERM]", help="terms of another, earlier event"
    )
    p.add_argument("--min-actors", type=int)
    p.add_argument("--analyst")
    p = command("brief", cmd_brief, "export a briefing (PDF, DOCX, Markdown or HTML)")
    p.add_argument("--format", required=True, choices=["pdf", "docx", "md", "html"])
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--tracks", metavar="A,B", help="track ids (default: all)")
    p.add_argument(
        "--since",
        metavar="DATE|TIME",
        help="what changed since a date or an ISO 8601 time (default: the last briefing)",
    )
    p = command("backup", cmd_backup, "write an online backup of the database")
    p.add_argument("path", type=Path)
    return parser


def _creates_without_seeds(args: argparse.Namespace) -> bool:
    return args.command == "ingest" or (args.command == "init" and getattr(args, "empty", False))


def open_store_for(args: argparse.Namespace) -> Store:
    from tracker.paths import default_db_path
    from tracker.services.setup import open_or_create

    path = Path(args.db).expanduser() if args.db else default_db_path()
    return open_or_create(path, with_seeds=not _creates_without_seeds(args))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return 2
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    store: Store | None = None
    try:
        store = open_store_for(args)
        return int(args.handler(store, args))
    except TrackerError as exc:
        print(f"tracker: {exc}", file=sys.stderr)
        return getattr(exc, "exit_code", 1)
    except KeyboardInterrupt:
        print("tracker: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    finally:
        if store is not None:
            store.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
