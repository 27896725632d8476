"""The ``tracker`` command line: every service reachable, ``--json`` everywhere.

How a command is written (``docs/cli.md`` tells the same for contributors):

- it is declared in ``build_parser`` with ``command(name, handler, help, example=...,
  output=Shape(...))``; the global options (``--db``, ``--json``, ``--wide``, ``-v``) are
  added to every command, so they work before or after its name;
- its handler takes the ``Store`` and the parsed arguments, calls services, and prints
  either ``emit_json(model)`` (when ``args.json``) or text (``table``/``prose`` fit 100
  columns unless ``--wide``);
- a refusal is raised as a ``TrackerError`` subclass, whose ``exit_code`` (an ``ExitCode``:
  0 ok, 1 refused or failed, 2 usage, 4 the database does not verify and is open
  read-only until acknowledged, 75 the database is busy) ends the command with one line
  on stderr, never a traceback; a failure of SQLite or the disk (read-only, full, damaged,
  busy) is told the same way; a handler returns ``ExitCode.OK`` or ``ExitCode.FAILED``
  when it completes;
- numbers typed by the user are bounded (``bounded_int``, ``bounded_float``), and text
  from outside (titles, quotes, names) is printed with control and bidi characters shown,
  not obeyed (``_Visible``).
"""

from __future__ import annotations

import argparse
import logging
import math
import shutil
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.app_info import APP_NAME, __version__
from tracker.clitools import output
from tracker.clitools.output import emit_json, prose, table
from tracker.clitools.reference import CommandInfo, Shape
from tracker.domain.errors import ExitCode, TrackerError, UsageError
from tracker.domain.text import visible
from tracker.domain.times import format_time, parse_time, parse_user_date

if TYPE_CHECKING:
    from tracker.services.database import Store

__all__ = ["ExitCode", "build_parser", "emit_json", "main", "prose", "table"]

log = logging.getLogger("tracker.cli")

Handler = Callable[["Store", argparse.Namespace], int]
HELP_WIDTH = 100


def _formatter(prog: str) -> argparse.HelpFormatter:
    """Help text as wide as the terminal, at most ``HELP_WIDTH`` (so docs/cli.md matches)."""
    columns = min(shutil.get_terminal_size((HELP_WIDTH, 24)).columns, HELP_WIDTH)
    return argparse.HelpFormatter(prog, width=columns, max_help_position=30)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise UsageError(f"{self.prog}: {message}")


class _Visible:
    """A text stream that shows control and bidi characters instead of passing them to
    the terminal (``keep``: the ones that pass, e.g. newline)."""

    def __init__(self, stream: Any, keep: str) -> None:
        self._stream = stream
        self._keep = keep

    def write(self, text: str) -> int:
        self._stream.write(visible(text, self._keep))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


MAX_ID = 2**63 - 1


def bounded_int(low: int, high: int, what: str) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high``."""

    def parse(value: str) -> int:
        try:
            number = int(value.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{what} must be a whole number, not {value!r}"
            ) from None
        if not low <= number <= high:
            raise argparse.ArgumentTypeError(f"{what} must be from {low} to {high}, not {value}")
        return number

    return parse


def bounded_float(low: float, high: float, what: str) -> Callable[[str], float]:
    """An argparse type: a finite number greater than ``low``, at most ``high``."""

    def parse(value: str) -> float:
        try:
            number = float(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{what} must be a number, not {value!r}") from None
        if not math.isfinite(number) or not low < number <= high:
            raise argparse.ArgumentTypeError(
                f"{what} must be a number above {low:g} and at most {high:g}, not {value}"
            )
        return number

    return parse


def add_global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """The options every command takes, before or after its name.

    The top-level parser holds the defaults; a command's parser sets a value only when the
    option is given after the command name (``argparse.SUPPRESS``), so neither place wins
    over the other by accident.
    """
    group = parser.add_argument_group("global options")

    def default(value: Any) -> Any:
        return value if top else argparse.SUPPRESS

    group.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        default=default(None),
        help="database file (default: $TRACKER_DB, else the user data folder; see `tracker where`)",
    )
    group.add_argument(
        "--json", action="store_true", default=default(False), help="machine-readable output"
    )
    group.add_argument(
        "--wide",
        action="store_true",
        default=default(False),
        help="do not fit tables and text to 100 columns",
    )
    group.add_argument(
        "-v", "--verbose", action="store_true", default=default(False), help="log what happens"
    )


# ---------------------------------------------------------------- commands


def cmd_init(store: Store, args: argparse.Namespace) -> int:
    from tracker.clitools.results import InitResult
    from tracker.services.documents import counts
    from tracker.services.setup import initialise

    opened = args.opened
    # A database created by this run was initialised while opening; nothing is left to do.
    report = opened.seeds if opened.created else initialise(store, with_seeds=not args.empty)
    held = counts(store)
    result = InitResult(
        db=str(store.path),
        created=opened.created,
        tracks=held["tracks"],
        documents=held["documents"],
        seeds=report,
    )
    if args.json:
        emit_json(result)
        return ExitCode.OK
    state = "created" if opened.created else "ready"
    print(f"database {state}: {store.path}")
    if report is not None and not opened.created:
        added = report.count("new")
        print(f"seeds: {added} added" if added else "seeds: all already present")
    print(f"it holds {held['tracks']} tracks and {held['documents']} documents")
    return ExitCode.OK


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
        emit_json(report)
    else:
        for item in report.items:
            if item.outcome == "new":
                print(f"new        #{item.document_id}  {item.title}")
            elif item.outcome == "duplicate":
                print(f"duplicate  {item.path}  ({item.reason})")
            else:
                print(f"{item.outcome:<9}  {item.path}: {item.reason}")
            for warning in item.warnings:
                print(f"{'':<9}  warning: {warning}")
        print(report.summary())
    if report.refused:
        many = "was" if report.refused == 1 else "were"
        print(f"tracker: {report.refused} of the entries {many} refused", file=sys.stderr)
        return ExitCode.FAILED
    return ExitCode.OK


def cmd_docs(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.documents import list_documents

    docs = list_documents(store)
    if args.json:
        emit_json(docs)
        return ExitCode.OK
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
    headers = ["id", "title", "outlet", "published", "rel.", "chars"]
    print(table(rows, headers, flex=(1, 2), main=1))
    return ExitCode.OK


def _parse_int(value: str, what: str) -> int:
    try:
        return bounded_int(1, MAX_ID, what)(value)
    except argparse.ArgumentTypeError as exc:
        raise UsageError(str(exc)) from None


def cmd_doc(store: Store, args: argparse.Namespace) -> int:
    from tracker.clitools.results import DocumentView
    from tracker.services import documents

    doc_id = _parse_int(args.id, "document id")
    edit = None
    if args.set_published or args.set_reliability or args.set_outlet or args.set_url:
        edit = documents.edit_document(
            store,
            doc_id,
            published=args.set_published,
            reliability=args.set_reliability,
            outlet=args.set_outlet,
            url=args.set_url,
        )
    doc = documents.get_document(store, doc_id)
    if args.json:
        view = DocumentView.model_validate(
            doc.model_dump()
            | {
                "duplicate_of": documents.document_duplicate_of(store, doc_id),
                "changed": sorted(edit.after) if edit else [],
                "event_dates_moved": edit.event_dates_moved if edit else 0,
            }
        )
        emit_json(view.model_dump(mode="json", exclude=set() if args.raw else {"raw_text"}))
    elif edit is not None:
        _print_edit(doc, edit)
    else:
        _print_document(doc, raw=args.raw)
    return ExitCode.OK


def _print_edit(doc: Any, edit: Any) -> None:
    """What an edit changed, one line a field (the article itself is not printed)."""
    basis = {"published": doc.published_basis, "reliability": doc.reliability_basis}
    print(f"document {doc.id}: {doc.title}")
    for field in ("published", "reliability", "outlet", "url"):
        if field in edit.after:
            now = edit.after[field] or "—"
            how = f" ({basis[field]})" if field in basis else ""
            was = edit.before.get(field) or "—"
            was_how = f" ({edit.before_basis[field]})" if field in edit.before_basis else ""
            print(f"  {field}: {now}{how}, was {was}{was_how}")
    if "published" in edit.after:
        moved = edit.event_dates_moved
        dates = "event date" if moved == 1 else "event dates"
        print(f"  {moved} {dates} of its excerpts moved; the statuses were recomputed")


def _print_document(doc: Any, *, raw: bool) -> None:
    print(doc.title)
    print(f"outlet: {doc.outlet or '—'} ({doc.outlet_basis})   byline: {doc.byline or '—'}")
    note = f" — {doc.published_note}" if doc.published_note else ""
    print(f"published: {doc.published or '—'} ({doc.published_basis}){note}")
    print(f"reliability: {doc.reliability} ({doc.reliability_basis})   url: {doc.url or '—'}")
    print(f"source: {doc.source_path or '—'}   {doc.chars} characters   sha256 {doc.sha256[:16]}…")
    print()
    print(doc.raw_text if raw else doc.text)


def cmd_tracks(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.tracks import list_tracks

    tracks = list_tracks(store, include_archived=args.all)
    if args.ids:
        print("\n".join(t.id for t in tracks))
        return ExitCode.OK
    if args.json:
        emit_json(tracks)
        return ExitCode.OK
    rows = [(t.id, t.kind.value, t.title, "archived" if t.archived else "") for t in tracks]
    print(table(rows, ["track", "kind", "title", ""], flex=(2,)))
    return ExitCode.OK


def cmd_search(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.search import parse_query, search

    parsed = parse_query(args.query)
    if parsed.only_excluded:
        raise UsageError("a search needs something to look for; -word only leaves things out")
    if parsed.empty:
        raise UsageError(f"nothing to search for in {args.query!r}; type a word")
    hits = search(store, args.query, limit=args.limit)
    if args.json:
        emit_json(hits)
        return ExitCode.OK
    if not hits:
        print("no matches")
        return ExitCode.OK
    for hit in hits:
        where = (
            f"excerpt #{hit.excerpt_id} ({hit.track_id})" if hit.kind == "excerpt" else "document"
        )
        print(output.cut(f"#{hit.document_id} {hit.title} — {where}", output.width() or 10**9))
        print(prose(hit.snippet, indent="    "))
    return ExitCode.OK


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


def _status_flags(s: Any) -> str:
    marks = []
    if s.source == "override":
        marks.append("override")
    if s.contested:
        marks.append("contested")
    if s.needs_review:
        marks.append("REVIEW")
    if getattr(s, "next_event_overdue", False):
        marks.append("overdue")
    if s.rests_on_unreviewed:
        marks.append("unreviewed")
    if s.held_ids:
        marks.append(f"{len(s.held_ids)} held")
    return " ".join(marks)


def cmd_status(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.assessments import analysis_pending
    from tracker.services.status import all_statuses

    if args.as_of and args.known_at:
        raise UsageError("use either --as-of or --known-at, not both")
    known_at = _known_at(args.known_at)
    statuses = all_statuses(store, as_of=_as_of(args.as_of), known_at=known_at)
    if analysis_pending(store):
        print(
            "tracker: note: an interrupted import left the analysis unfinished; these statuses "
            "may not reflect every document yet (the next `tracker ingest` finishes it)",
            file=sys.stderr,
        )
    if args.json:
        emit_json(statuses)
        return ExitCode.OK
    if known_at is not None and not statuses:
        from tracker.domain.times import short_time
        from tracker.services.audit_log import first_record_at

        first = first_record_at(store)
        since = f"; its first record is from {short_time(first)}" if first else ""
        print(f"Nothing was on record at {short_time(known_at)}: no track existed yet{since}.")
        return ExitCode.OK
    rows = [
        (
            s.track,
            s.status or "unknown",
            s.since or "—",
            s.as_of or "—",
            s.confidence,
            s.independent_sources,
            _status_flags(s),
        )
        for s in statuses
    ]
    print(table(rows, ["track", "status", "since", "as of", "confidence", "sources", "flags"]))
    for s in statuses:
        if s.needs_review:
            print(prose(f"! {s.track}: {s.review_reason}"))
    return ExitCode.OK


def _evidence_rows(store: Store, track_id: str, ids: set[int] | None = None) -> list[Any]:
    from tracker.clitools.results import EvidenceRow
    from tracker.services.evidence import claimed_status, evidence_for
    from tracker.services.tracks import get_track

    track = get_track(store, track_id)
    return [
        EvidenceRow(
            id=e.id,
            document=e.document_id,
            start=e.start,
            end=e.end,
            quote=e.exact,
            status=claimed_status(e, track.kind),
            signal=e.signal,
            cue=e.cue,
            rule=e.rule,
            modality=e.modality,
            speaker=e.speaker,
            event_date=e.event_date,
            date_precision=e.date_precision,
            date_basis=e.date_basis,
            reliability=e.reliability,
            credibility=e.credibility,
            grade=f"{e.reliability}{e.credibility}",
            duplicate_of=e.duplicate_of,
            context=e.context,
            outlet=e.outlet,
            cameo=e.cameo,
            plover=e.plover,
            reading=e.reading,
            reject_reason=e.reject_reason,
            judged_by=e.judged_by,
            judged_at=e.judged_at,
            notes=e.notes,
            machine=e.machine,
            tracks=e.judged_tracks,
            home_track=e.home_track,
        )
        for e in evidence_for(store, track.id, include_rejected=True)
        if ids is None or e.id in ids
    ]


_READING_MARKS = {"confirmed": "✓", "corrected": "✎", "added": "+", "rejected": "✗"}


def _mark(e: Any, track_id: str) -> str:
    if e.tracks is not None and track_id not in e.tracks and e.reading != "rejected":
        return "→"
    return _READING_MARKS.get(e.reading, "")


def cmd_evidence(store: Store, args: argparse.Namespace) -> int:
    if args.target[0] == "add" and len(args.target) > 1:
        return _evidence_add(store, args)
    if len(args.target) > 1:
        raise UsageError(
            "tracker evidence TRACK lists a track's evidence; to add: "
            "tracker evidence add DOC --quote … --track T --signal S"
        )
    _refuse_add_options(args)
    items = _evidence_rows(store, args.target[0])
    if args.json:
        emit_json(items)
        return ExitCode.OK
    rows = [
        (
            e.id,
            _mark(e, args.target[0]),
            e.event_date or "—",
            e.signal or "·",
            e.modality,
            e.grade,
            e.speaker or "",
            f"#{e.document}",
            e.quote,
        )
        for e in items
    ]
    headers = ["id", "", "date", "signal", "modality", "grade", "speaker", "doc", "quote"]
    print(table(rows, headers, flex=(6, 8)))
    if any(e.reading != "machine" for e in items):
        print(prose("✓ confirmed  ✎ corrected  + added by an analyst  ✗ rejected  → moved"))
    return ExitCode.OK


def cmd_explain(store: Store, args: argparse.Namespace) -> int:
    from tracker.clitools.results import Explanation
    from tracker.services.status import track_status

    s = track_status(store, args.track)
    order = {excerpt_id: i for i, excerpt_id in enumerate(s.contested_ids)}
    contested = sorted(
        _evidence_rows(store, s.track, set(s.contested_ids)) if s.contested else [],
        key=lambda e: order[e.id],
    )
    if args.json:
        emit_json(Explanation.model_validate(s.model_dump() | {"contested_by": contested}))
        return ExitCode.OK
    from tracker.domain.summary import next_event_words

    print(s.title)
    print(prose(s.line()))
    if s.latest is not None:
        print(prose(f"Latest development: {s.latest.words(overridden=s.source == 'override')}"))
    print(prose(f"Next event: {next_event_words(s.next_event, overdue=s.next_event_overdue)}"))
    print()
    if s.override:
        print("What the evidence alone says:")
    print(prose(s.explanation))
    if s.override:
        o = s.override
        print()
        print(prose(f"Override by {o.analyst} at {o.created_at}: {o.status} — {o.reason}"))
        if s.inferred_status != o.status:
            alone = (s.inferred_status or "unknown").replace("_", " ")
            print(f"The evidence alone points to: {alone}.")
    if contested:
        print()
        print("Contested by:")
        for e in contested:
            who = f"{e.speaker}: " if e.speaker else ""
            where = f"document {e.document}, {e.outlet or 'outlet unknown'}"
            print(prose(f"[{e.id}] {who}“{e.quote}” ({where})", indent="  "))
    if s.needs_review:
        print()
        print(prose(f"Needs review: {s.review_reason}"))
    return ExitCode.OK


def cmd_history(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.status import history

    entries = history(store, args.track, include_superseded=args.all)
    if args.json:
        emit_json(entries)
        return ExitCode.OK
    rows = [
        (
            e.event_date or "—",
            e.status,
            e.origin,
            e.analyst or "—",
            e.recorded_at[:16].replace("T", " "),
            e.rationale,
        )
        for e in entries
    ]
    headers = ["event date", "status", "origin", "who", "recorded (UTC)", "why"]
    print(table(rows, headers, flex=(3, 5)))
    return ExitCode.OK


def cmd_verify(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.tamper import acknowledge
    from tracker.services.verify import verify

    if args.acknowledge:
        done = acknowledge(store, analyst=args.analyst)
        if args.json:
            from tracker.clitools.results import AcknowledgeResult

            emit_json(AcknowledgeResult(acknowledged=done))
        else:
            for finding in done:
                print(f"acknowledged: {finding.text}")
            print(f"{len(done)} findings acknowledged; the database can be changed again")
        return ExitCode.OK
    report = verify(store, head=args.head)
    if args.json:
        emit_json(report)
    else:
        for line in report.lines:
            print(line)
    return ExitCode.OK if report.ok else ExitCode.FAILED


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
        emit_json(override)
    else:
        print(f"{args.track}: override #{override.id} → {override.status} by {override.analyst}")
    return ExitCode.OK


def cmd_revoke(store: Store, args: argparse.Namespace) -> int:
    from tracker.clitools.results import RevokeResult
    from tracker.services.overrides import revoke_override
    from tracker.services.status import track_status

    override = revoke_override(store, args.track, reason=args.reason, analyst=args.analyst)
    status = track_status(store, args.track)
    now = (status.status or "unknown").replace("_", " ")
    summary = (
        f"{args.track}: override #{override.id} ({override.status.replace('_', ' ')}) revoked; "
        f"the status is {now} again, as inferred"
    )
    if args.json:
        emit_json(
            RevokeResult(
                revoked=override.id or 0, status=status.status, override=override, summary=summary
            )
        )
    else:
        print(summary)
    return ExitCode.OK


def cmd_ack(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.overrides import acknowledge

    override = acknowledge(store, args.track, note=args.note, analyst=args.analyst)
    if args.json:
        emit_json(override)
    else:
        print(
            f"{args.track}: override #{override.id} kept ({override.status}); review acknowledged"
        )
    return ExitCode.OK


def cmd_undo(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.undo import undo_last

    return _print_undo(undo_last(store, analyst=args.analyst), args)


def cmd_redo(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.undo import redo_last

    return _print_undo(redo_last(store, analyst=args.analyst), args)


def _print_undo(result: Any, args: argparse.Namespace) -> int:
    """What an undo or redo did: its JSON, or its sentence."""
    if args.json:
        emit_json(result)
    else:
        print(result.summary)
    return ExitCode.OK


def cmd_changes(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.changes import changes_since_seen, mark_all_seen

    report = (
        mark_all_seen(store, analyst=args.analyst)
        if args.seen
        else changes_since_seen(store, analyst=args.analyst)
    )
    if args.json:
        emit_json(report)
        return ExitCode.OK
    if report.first_look:
        print(f"First look for {report.analyst}: from now on, what is new is listed here.")
        return ExitCode.OK
    if not report.total:
        print(f"Nothing new for {report.analyst} since they last looked.")
    for t in report.tracks:
        print(f"{t.track}: {t.words()}")
    if report.new_documents:
        ids = ", ".join(f"#{i}" for i in report.new_document_ids[:10])
        more = " …" if report.new_documents > 10 else ""
        print(f"new documents: {report.new_documents} ({ids}{more})")
    if args.seen and report.total:
        print("Marked seen.")
    return ExitCode.OK


_ADD_OPTIONS = ("quote", "track", "signal", "date", "precision", "modality", "note", "analyst")


def _refuse_add_options(args: argparse.Namespace) -> None:
    given = [f"--{o}" for o in _ADD_OPTIONS if getattr(args, o, None) is not None]
    if given:
        raise UsageError(f"{', '.join(given)}: only with tracker evidence add DOC")


def _evidence_add(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.judgements import add_evidence

    if len(args.target) != 2:
        raise UsageError("tracker evidence add DOC --quote … --track T --signal S [--date D]")
    if not args.quote or not args.track:
        raise UsageError("tracker evidence add needs --quote and --track")
    view = add_evidence(
        store,
        _parse_int(args.target[1], "document id"),
        args.quote,
        track=args.track,
        signal=args.signal,
        modality=args.modality,
        event_date=args.date,
        precision=args.precision,
        note=args.note,
        analyst=args.analyst,
    )
    if args.json:
        emit_json(view)
    else:
        _print_excerpt(view)
    return ExitCode.OK


def _reading_line(r: Any) -> str:
    from tracker.domain.readings import describe_date

    when = describe_date(r.event_date, r.date_precision)
    signal = r.signal or "no status signal"
    status = f" → {r.status}" if r.status and r.status != r.signal else ""
    context = " · context" if r.context else ""
    return f"{signal}{status} · {r.modality} · {when} ({r.date_basis}){context}"


def _quoted(text: str) -> str:
    flat = " ".join(text.split())
    return flat if flat[:1] in '“"‘' and flat[-1:] in '”"’' else f"“{flat}”"


def _print_excerpt(view: Any) -> None:
    from tracker.domain.readings import reason_words
    from tracker.services.judgements import describe_judgement

    print(
        prose(
            f"Excerpt {view.id} — document {view.document} “{view.document_title}” "
            f"({view.outlet or 'outlet unknown'}, {view.published or 'undated'}), "
            f"grade {view.grade}"
        )
    )
    counts = ", ".join(view.tracks) if view.tracks else "no track (rejected)"
    print(f"Read for: {view.track} · evidence of: {counts}")
    print(prose(_quoted(view.quote)))
    print()
    first = "added:" if view.origin == "analyst" else "machine:"
    print(f"{first:<10}{_reading_line(view.machine)}")
    if view.machine.rule:
        print("rule:     " + prose(view.machine.rule, indent=" " * 10).lstrip())
    state = view.reading
    if state == "rejected":
        state = f"rejected ({reason_words(view.reject_reason)})"
    who = f" by {view.judged_by} at {view.judged_at}" if view.judged_by else ""
    print(f"judged:   {state}{who}")
    if view.reading not in ("machine", "rejected"):
        print(f"          {_reading_line(view.judged)}")
        if view.judged.rule and view.judged.rule != view.machine.rule:
            print(prose(f"rule: {view.judged.rule}", indent=" " * 10))
    if view.judged_via is not None:
        print(f"          (a copy: the judgements of excerpt {view.judged_via} apply)")
    for note in view.notes:
        print(prose(f"note:     {note}"))
    if view.judgements:
        print()
        print("judgements:")
        for j in view.judgements:
            line = f"#{j.id}  {j.created_at[:19]}Z  {j.analyst}: {describe_judgement(j)}"
            print(prose(line, indent="  "))
    if view.waiting_for_review:
        print()
        print("Waiting for review: confirm (--confirm) or reject (--reject --reason R) it.")


def cmd_excerpt(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.judgements import excerpt_view, judge_excerpt

    excerpt_id = _parse_int(args.id, "excerpt id")
    wanted = (
        args.confirm,
        args.reject,
        args.reason,
        args.signal,
        args.modality,
        args.date,
        args.precision,
        args.track,
        args.add_track,
        args.note,
    )
    if any(w not in (None, False) for w in wanted):
        view = judge_excerpt(
            store,
            excerpt_id,
            confirm=args.confirm,
            reject=args.reject,
            reason=args.reason,
            signal=args.signal,
            modality=args.modality,
            event_date=args.date,
            precision=args.precision,
            track=args.track,
            add_track=args.add_track,
            note=args.note,
            analyst=args.analyst,
        )
    else:
        view = excerpt_view(store, excerpt_id)
    if args.json:
        emit_json(view)
    else:
        _print_excerpt(view)
    return ExitCode.OK


def cmd_review(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.review import review_queue, set_review_mode

    if args.hold and args.apply:
        raise UsageError("use either --hold TRACK or --apply TRACK")
    if args.hold or args.apply:
        set_review_mode(
            store, args.hold or args.apply, "hold" if args.hold else "apply", analyst=args.analyst
        )
    queue = review_queue(store)
    if args.track:
        from tracker.services.tracks import get_track

        track = get_track(store, args.track).id
        items = [i for i in queue.items if i.track == track]
        queue = queue.model_copy(
            update={
                "items": items,
                "count": len(items),
                "tracks": [t for t in queue.tracks if t.track == track],
                "orphaned_judgements": [
                    o for o in queue.orphaned_judgements if o.judgement.track_id == track
                ],
            }
        )
    if args.json:
        emit_json(queue)
        return ExitCode.OK
    _print_queue(queue)
    return ExitCode.OK


def _print_queue(queue: Any) -> None:
    from tracker.services.judgements import describe_judgement
    from tracker.services.review import MODE_WORDS

    if queue.items:
        print(f"To review: {queue.count} machine reading{'s' if queue.count != 1 else ''}")
        rows = [
            (
                i.excerpt,
                i.track,
                i.event_date or "—",
                i.signal or "·",
                ("HELD: " if i.held else "") + i.why,
                i.quote,
            )
            for i in queue.items
        ]
        print(table(rows, ["excerpt", "track", "date", "signal", "why", "quote"], flex=(4, 5)))
    else:
        print("To review: nothing waits for an analyst.")
    print()
    for t in queue.tracks:
        flags = [MODE_WORDS[t.review_mode]]
        if t.rests_on_unreviewed:
            ids = ", ".join(str(i) for i in t.unreviewed_ids)
            flags.append(f"rests on unreviewed readings ({ids})")
        if t.held_ids:
            flags.append(f"holding {', '.join(str(i) for i in t.held_ids)}")
        print(prose(f"{t.track}: {' · '.join(flags)}"))
    if queue.orphaned_judgements:
        print()
        print("Judgements without an excerpt (kept, applied again once an excerpt covers them):")
        for o in queue.orphaned_judgements:
            j = o.judgement
            line = (
                f"#{j.id} {j.analyst} on document {j.document_id} ({j.track_id}): "
                f"{describe_judgement(j)} — “{' '.join(j.exact.split())[:80]}”: {o.problem}"
            )
            print(prose(line, indent="  "))


def _reextract_summary(report: Any) -> str:
    if report is None:
        return "documents not read again yet (tracker reextract applies the lexicon)"
    changed = ", ".join(report.tracks) or "none"
    return (
        f"read {_documents_read(report)} again: {report.added} new readings, "
        f"{report.removed} gone, {report.changed} changed; statuses changed: {changed}"
    )


def _documents_read(report: Any) -> str:
    """The documents read: all of them, or those where a rule's phrase can match."""
    if report.read is None or report.read == report.documents:
        return f"{report.documents} documents"
    return f"{report.read} of {report.documents} documents (where the phrase can match)"


def cmd_lexicon(store: Store, args: argparse.Namespace) -> int:
    actions = {
        "list": _lexicon_list,
        "add": _lexicon_add,
        "remove": _lexicon_remove,
        "export": _lexicon_export,
        "import": _lexicon_import,
    }
    return actions[args.action](store, args)


def _one_argument(args: argparse.Namespace, usage: str) -> str:
    if len(args.args) != 1:
        raise UsageError(usage)
    return str(args.args[0])


def _lexicon_list(store: Store, args: argparse.Namespace) -> int:
    from tracker.services import teach

    rules = teach.list_rules(store, include_removed=args.all)
    if args.json:
        emit_json(rules)
    elif not rules:
        print("no lexicon rules yet (tracker lexicon add PHRASE --signal S)")
    else:
        rows = [
            (r.id, r.describe(), r.analyst, r.created_at[:10], "removed" if r.removed_at else "")
            for r in rules
        ]
        print(table(rows, ["id", "rule", "analyst", "added", ""], flex=(1,)))
    return ExitCode.OK


def _lexicon_add(store: Store, args: argparse.Namespace) -> int:
    from tracker.services import teach

    phrase = _one_argument(
        args, 'tracker lexicon add "PHRASE" --signal S [--kind K] (one phrase, quoted)'
    )
    rule = teach.make_rule(
        phrase=phrase,
        signal=args.signal,
        modality=args.modality,
        not_cue=args.not_a_cue,
        kinds=_split_list(args.kind) or [],
        note=args.note,
        excerpt_id=args.excerpt,
    )
    show = _progress_printer(not args.json and sys.stderr.isatty())
    change = teach.add_rule(
        store, rule, analyst=args.analyst, reextract=not args.no_reextract, progress=show
    )
    return _print_rule_change(args, change, "added")


def _lexicon_remove(store: Store, args: argparse.Namespace) -> int:
    from tracker.services import teach

    rule_id = _parse_int(_one_argument(args, "tracker lexicon remove RULE_ID"), "rule id")
    show = _progress_printer(not args.json and sys.stderr.isatty())
    change = teach.remove_rule(
        store, rule_id, analyst=args.analyst, reextract=not args.no_reextract, progress=show
    )
    return _print_rule_change(args, change, "removed")


def _lexicon_export(store: Store, args: argparse.Namespace) -> int:
    from tracker.services import teach

    path = teach.export_rules(store, Path(_one_argument(args, "tracker lexicon export FILE")))
    if args.json:
        emit_json({"path": str(path), "rules": len(teach.list_rules(store))})
    else:
        print(f"rules written: {path}")
    return ExitCode.OK


def _lexicon_import(store: Store, args: argparse.Namespace) -> int:
    from tracker.services import teach

    source = Path(_one_argument(args, "tracker lexicon import FILE"))
    show = _progress_printer(not args.json and sys.stderr.isatty())
    report = teach.import_rules(
        store, source, analyst=args.analyst, reextract=not args.no_reextract, progress=show
    )
    if args.json:
        emit_json(report)
        return ExitCode.OK
    print(f"{len(report.added)} rules added, {report.skipped} held already")
    for r in report.added:
        print(f"  #{r.id} {r.describe()}")
    if report.added:
        print(_reextract_summary(report.reextract))
    return ExitCode.OK


def _print_rule_change(args: argparse.Namespace, change: Any, verb: str) -> int:
    if args.json:
        emit_json(change)
        return ExitCode.OK
    for r in change.rules:
        print(f"rule #{r.id} {verb}: {r.describe()}")
    print(_reextract_summary(change.reextract))
    return ExitCode.OK


def cmd_reextract(store: Store, args: argparse.Namespace) -> int:
    from tracker.services.teach import reextract_all

    show = _progress_printer(not args.json and sys.stderr.isatty())
    report = reextract_all(store, progress=show)
    if args.json:
        emit_json(report)
    else:
        print(_reextract_summary(report))
    return ExitCode.OK


def cmd_audit(store: Store, args: argparse.Namespace) -> int:
    from tracker.clitools.results import AuditRow
    from tracker.services.audit_log import entries

    rows = entries(store, limit=args.limit, include_seals=args.seals)
    if args.json:
        emit_json([AuditRow.of(r) for r in rows])
        return ExitCode.OK
    rows_out = [
        (r.seq, r.at[:19].replace("T", " "), r.actor, r.action, r.entity, r.payload) for r in rows
    ]
    headers = ["seq", "at (UTC)", "actor", "action", "entity", "payload"]
    print(table(rows_out, headers, flex=(2, 5)))
    return ExitCode.OK


def _split_list(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    out: list[str] = []
    for value in values:
        out.extend(v.strip() for v in value.split(",") if v.strip())
    return out


def _track_add(store: Store, args: argparse.Namespace) -> Any:
    from tracker.services import track_admin

    if not args.title or not args.kind:
        raise UsageError("track add needs --title and --kind")
    return track_admin.add_track(
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


def _track_edit(store: Store, args: argparse.Namespace) -> Any:
    from tracker.services import track_admin

    if not args.id:
        raise UsageError("track edit needs the track: tracker track edit --id TRACK ...")
    keywords = _split_list(args.keyword)
    if args.add_keyword:
        from tracker.services.suggestions import with_keywords
        from tracker.services.tracks import get_track

        base = keywords if keywords is not None else get_track(store, args.id).keywords
        keywords = with_keywords(base, _split_list(args.add_keyword) or [])
    return track_admin.edit_track(
        store,
        args.id,
        analyst=args.analyst,
        title=args.title,
        kind=args.kind,
        description=args.description,
        actors=track_admin.parse_actors(args.actor) if args.actor else None,
        parties=_split_list(args.party),
        places=_split_list(args.place),
        keywords=keywords,
        context_terms=_split_list(args.context),
        min_actors=args.min_actors,
    )


def _track_suggest(store: Store, args: argparse.Namespace) -> int:
    from tracker.briefing.language import quoted
    from tracker.services.suggestions import suggest_keywords

    if not args.id:
        raise UsageError("track suggest needs the track: tracker track suggest --id TRACK")
    found = suggest_keywords(store, args.id, limit=args.limit)
    if args.json:
        emit_json(found.suggestions)
        return ExitCode.OK
    if not found.suggestions:
        why = "no document is stored" if not found.stored else "no phrase stands out yet"
        print(f"No suggestions for {found.track} ({why}): import articles about this track first.")
        return ExitCode.OK
    rows = [
        [
            s.phrase,
            f"{s.score:.1f}",
            s.sentences,
            f"{quoted(s.examples[0].quote)} ({s.examples[0].document})" if s.examples else "",
        ]
        for s in found.suggestions
    ]
    print(table(rows, ["phrase", "score", "sentences", "example"], flex=(3,)))
    print(
        f"\n{found.documents} of {found.stored} documents read. Add phrases with: "
        f'tracker track edit --id {found.track} --add-keyword "PHRASE[,PHRASE]"'
    )
    return ExitCode.OK


def cmd_track(store: Store, args: argparse.Namespace) -> int:
    from tracker.services import track_admin

    if args.action == "suggest":
        return _track_suggest(store, args)
    if args.action == "add":
        track = _track_add(store, args)
    elif args.action == "edit":
        track = _track_edit(store, args)
    else:
        if not args.id:
            raise UsageError(f"track {args.action} needs --id TRACK")
        track = track_admin.archive_track(
            store, args.id, archived=args.action == "archive", analyst=args.analyst
        )
    if args.json:
        emit_json(track)
    else:
        state = " (archived)" if track.archived else ""
        print(f"{track.id}: {track.title} [{track.kind.value}]{state}")
    return ExitCode.OK


def cmd_backup(store: Store, args: argparse.Namespace) -> int:
    from tracker.clitools.results import BackupResult
    from tracker.services.database import backup

    target = backup(store, args.path)
    if args.json:
        emit_json(BackupResult(backup=str(target), bytes=target.stat().st_size))
    else:
        print(f"backup written: {target}")
    return ExitCode.OK


def _events_since(value: str | None) -> date | None:
    if value is None:
        return None
    if "T" in value:
        raise UsageError(
            "--since takes a date (world events from that day on); "
            "for what was recorded after a moment, use --new-since TIME"
        )
    try:
        return parse_user_date(value)
    except ValueError as exc:
        raise UsageError(f"--since: {exc}") from None


def _new_since(value: str | None) -> date | datetime | str | None:
    """``--new-since``: a date, an ISO 8601 time, or ``last`` (the last briefing)."""
    if value is None or value.strip().lower() == "last":
        return None
    if "T" in value:
        return _moment(value, "--new-since")
    try:
        return parse_user_date(value)
    except ValueError as exc:
        raise UsageError(f"--new-since: {exc}") from None


def _brief_target(raw: str) -> Path:
    """``--out``: a file, or an existing folder; a folder that does not exist is refused."""
    from tracker.domain.errors import UserError

    path = Path(raw).expanduser()
    if raw.endswith(("/", "\\")) and not path.is_dir():
        raise UserError(f"cannot write the briefing into {raw}: that folder does not exist")
    return path


def cmd_brief(store: Store, args: argparse.Namespace) -> int:
    from tracker.briefing import export_briefing

    tracks = _split_list([args.tracks]) if args.tracks else None
    since = _events_since(args.since)
    new_since = _new_since(args.new_since)
    if since is not None and args.new_since and args.new_since.strip().lower() == "last":
        from tracker.services.briefings import last_briefing_at

        new_since = last_briefing_at(store)
    out = _brief_target(args.out)
    result = export_briefing(
        store, args.format, out, tracks=tracks, since=since, new_since=new_since
    )
    if args.json:
        from tracker.clitools.results import BriefResult

        emit_json(BriefResult.of(result))
    else:
        first = " (the first briefing: new evidence is counted, not listed)"
        print(f"briefing written: {result.path}")
        print(
            f"changes covered: {result.briefing.since_label}{first if result.briefing.first else ''}"
        )
    return ExitCode.OK


def _db_choice(args: argparse.Namespace) -> tuple[Path, str]:
    """The database a command uses and what chose it (``--db``, ``TRACKER_DB``, default)."""
    import os

    from tracker.paths import default_db_path

    if args.db:
        return Path(args.db).expanduser().absolute(), "--db"
    chosen = "TRACKER_DB" if os.environ.get("TRACKER_DB") else "default"
    return default_db_path().absolute(), chosen


def cmd_where(store: Store | None, args: argparse.Namespace) -> int:
    from tracker.clitools.results import WhereResult
    from tracker.paths import log_dir, resources_dir, seeds_dir, user_db_path, window_settings_file

    path, chosen = _db_choice(args)
    result = WhereResult(
        database=str(path),
        database_from=chosen,
        database_exists=path.is_file(),
        default_database=str(user_db_path()),
        window_settings=str(window_settings_file()),
        logs=str(log_dir()),
        resources=str(resources_dir()),
        seeds=str(seeds_dir()),
    )
    if args.json:
        emit_json(result)
        return ExitCode.OK
    state = "" if result.database_exists else " (not created yet)"
    rows = [
        ("database", f"{result.database}{state} — from {chosen}"),
        ("default database", result.default_database),
        ("window settings", result.window_settings),
        ("logs", result.logs),
        ("resources", result.resources),
        ("seed articles", result.seeds),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name.ljust(width)}  {value}")
    return ExitCode.OK


def cmd_completion(store: Store | None, args: argparse.Namespace) -> int:
    from tracker.clitools.completion import script
    from tracker.clitools.results import CompletionResult
    from tracker.domain.vocabulary import CONFIDENCE_LEVELS, STATUSES, TrackKind

    words = {
        "status": list(dict.fromkeys(s for kind in STATUSES.values() for s in kind)),
        "kind": [k.value for k in TrackKind],
        "confidence": list(CONFIDENCE_LEVELS),
    }
    text = script(args.shell, build_parser(), words)
    if args.json:
        emit_json(CompletionResult(shell=args.shell, script=text))
    else:
        print(text, end="")
    return ExitCode.OK


# ---------------------------------------------------------------- parser

COMMANDS: dict[str, CommandInfo] = {}


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="tracker",
        description=f"{APP_NAME}: evidence-backed status of diplomatic tracks.",
        epilog="Global options work before or after the command. Exit codes: 0 ok, "
        "1 refused or failed, 2 usage. `tracker COMMAND --help` for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_global_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    def command(
        name: str,
        handler: Handler,
        help_text: str,
        *,
        example: str,
        output: Shape,
        needs_store: bool = True,
        notes: tuple[str, ...] = (),
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler, needs_store=needs_store)
        add_global_options(p, top=False)
        COMMANDS[name] = CommandInfo(example=example, output=output, notes=notes)
        return p

    _declare_commands(command)
    return parser


CommandFn = Callable[..., argparse.ArgumentParser]


def _declare_commands(command: CommandFn) -> None:
    _declare_reading(command)
    _declare_judging(command)
    _declare_excerpts(command)
    _declare_admin(command)


def _track_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("track", help="track id (see tracker tracks)")


def _analyst_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--analyst", help="who (default: the analyst name set, else the login)")


def _search_syntax() -> tuple[str, ...]:
    """The query language as the reference shows it (the window's help shows the same)."""
    from tracker.domain.search import SYNTAX

    rows = [f"| `{example}` | {meaning} |" for example, meaning in SYNTAX]
    return (
        "The query language (the window's search field takes the same; its ? button shows "
        "this table):",
        "\n".join(["| type | to find |", "|---|---|", *rows]),
        "Excerpts come first, then documents, each best first (BM25). A query that starts "
        "with `-` needs `--` before it: `tracker search -- '-alaska summit'`.",
    )


def _declare_reading(command: CommandFn) -> None:
    p = command(
        "init",
        cmd_init,
        "create or migrate the database; load default tracks and seeds",
        example="tracker init --empty",
        output=Shape("tracker.clitools.results:InitResult"),
    )
    p.add_argument("--empty", action="store_true", help="default tracks only, no seed articles")
    p = command(
        "ingest",
        cmd_ingest,
        "import article files or folders (.txt, .md, .html); exit 1 if any was refused",
        example="tracker ingest ~/articles/",
        output=Shape("tracker.services.ingest:IngestReport"),
    )
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files and folders")
    p.add_argument(
        "--max-mb",
        type=bounded_float(0, 1024, "--max-mb"),
        default=10.0,
        help="largest document accepted (MB)",
    )
    command(
        "docs",
        cmd_docs,
        "list documents",
        example="tracker docs",
        output=Shape("tracker.domain.models:DocumentSummary", many=True),
    )
    p = command(
        "doc",
        cmd_doc,
        "show one document's metadata and cleaned text; edit its metadata",
        example="tracker doc 2 --set-published 2025-10-22",
        output=Shape(
            "tracker.clitools.results:DocumentView", note="raw_text is left out unless --raw"
        ),
    )
    p.add_argument("id", help="document id (see tracker docs)")
    p.add_argument("--raw", action="store_true", help="show the raw text instead")
    p.add_argument("--set-published", metavar="DATE", help="set the published date (YYYY-MM-DD)")
    p.add_argument("--set-reliability", metavar="A-F", help="set the source reliability grade")
    p.add_argument("--set-outlet", metavar="NAME", help="set the outlet")
    p.add_argument("--set-url", metavar="URL", help="set the url")
    p = command(
        "tracks",
        cmd_tracks,
        "list tracks",
        example="tracker tracks --all",
        output=Shape("tracker.domain.models:Track", many=True),
    )
    p.add_argument("--all", action="store_true", help="include archived tracks")
    p.add_argument("--ids", action="store_true", help="only the ids, one a line (for scripts)")
    p = command(
        "search",
        cmd_search,
        "full-text search over documents and excerpts",
        example="tracker search '\"on hold\" budapest'",
        output=Shape("tracker.domain.models:SearchHit", many=True),
        notes=_search_syntax(),
    )
    p.add_argument("query", help='words, "a phrase", prefix*, OR, -word, outlet:, track:')
    p.add_argument(
        "--limit",
        type=bounded_int(1, 100_000, "--limit"),
        default=20,
        help="hits of each kind (default 20)",
    )
    p = command(
        "status",
        cmd_status,
        "each track's effective status",
        example="tracker status --as-of 2025-10-18",
        output=Shape("tracker.services.status:TrackStatus", many=True),
    )
    p.add_argument(
        "--as-of", metavar="DATE", help="the status on that date, by all evidence held now"
    )
    p.add_argument(
        "--known-at", metavar="TIME", help="what the tracker showed at that moment (ISO 8601)"
    )
    p = command(
        "evidence",
        cmd_evidence,
        "a track's evidence excerpts (rejected and moved ones marked); "
        "`evidence add DOC --quote …` adds words the machine missed",
        example="tracker evidence trump-putin-summit",
        output=Shape(
            "tracker.clitools.results:EvidenceRow",
            many=True,
            note="`evidence add` prints the excerpt added, as `tracker excerpt` does.",
        ),
    )
    p.add_argument("target", nargs="+", metavar="TRACK | add DOC", help="a track id, or add DOC")
    p.add_argument("--quote", help="add: the words of the document to add as evidence")
    p.add_argument("--track", help="add: the track they are evidence of")
    p.add_argument("--signal", help="add: the status signal (default: the machine's guess)")
    p.add_argument("--date", help="add: the event date: YYYY-MM-DD, YYYY-Www, YYYY-MM or none")
    p.add_argument("--precision", help="add: day, week or month")
    p.add_argument("--modality", help="add: asserted, reported, future, hypothetical, …")
    p.add_argument("--note", help="add: a note kept with the evidence")
    _analyst_option(p)
    p = command(
        "explain",
        cmd_explain,
        "the reasoning behind a track's status, with quotes",
        example="tracker explain trump-putin-summit",
        output=Shape("tracker.clitools.results:Explanation"),
    )
    _track_argument(p)
    p = command(
        "history",
        cmd_history,
        "a track's status history, inferred and manual",
        example="tracker history trump-putin-summit --all",
        output=Shape("tracker.services.status:HistoryEntry", many=True),
    )
    _track_argument(p)
    p.add_argument("--all", action="store_true", help="include superseded inferred transitions")
    p = command(
        "verify",
        cmd_verify,
        "check the database: integrity, excerpt quotes, the audit chain, its head witness, "
        "the sealed state and the judgements replayed from the log; exit 1 on problems",
        example="tracker verify",
        output=Shape(
            "tracker.services.verify:VerifyReport",
            note="with --acknowledge: {acknowledged: [finding, …]} "
            "(tracker.clitools.results:AcknowledgeResult)",
        ),
    )
    p.add_argument(
        "--head",
        metavar="HASH",
        help="a head hash printed in a briefing: check it is still in the audit log",
    )
    p.add_argument(
        "--acknowledge",
        action="store_true",
        help="record that you have seen the findings; the database can be changed again",
    )
    _analyst_option(p)


def _declare_judging(command: CommandFn) -> None:
    p = command(
        "override",
        cmd_override,
        "set a track's status by analyst judgement",
        example='tracker override trump-putin-summit cancelled --reason "Briefed by the desk"',
        output=Shape("tracker.domain.models:Override"),
    )
    _track_argument(p)
    p.add_argument("status", help="a status of the track's kind, e.g. cancelled")
    p.add_argument("--reason", required=True, help="why (required; kept in the audit log)")
    _analyst_option(p)
    p.add_argument("--likelihood", help="ICD 203 term, e.g. 'very unlikely'")
    p.add_argument("--confidence", help="low, moderate or high")
    p.add_argument("--review-by", metavar="DATE")
    p.add_argument(
        "--evidence",
        nargs="+",
        type=bounded_int(1, MAX_ID, "--evidence"),
        metavar="ID",
        help="supporting excerpt ids",
    )
    p = command(
        "revoke",
        cmd_revoke,
        "end a track's override; back to the inferred status",
        example='tracker revoke trump-putin-summit --reason "Not confirmed"',
        output=Shape("tracker.clitools.results:RevokeResult"),
    )
    _track_argument(p)
    p.add_argument("--reason", required=True, help="why (required; kept in the audit log)")
    _analyst_option(p)
    p = command(
        "ack",
        cmd_ack,
        "keep an override flagged for review, with a note",
        example='tracker ack trump-putin-summit --note "Reviewed; keeping the override"',
        output=Shape("tracker.domain.models:Override"),
    )
    _track_argument(p)
    p.add_argument("--note", required=True, help="why the override stands")
    _analyst_option(p)
    p = command(
        "undo",
        cmd_undo,
        "undo the last analyst action (recorded, nothing deleted)",
        example="tracker undo",
        output=Shape("tracker.services.undo:UndoResult"),
    )
    _analyst_option(p)
    p = command(
        "redo",
        cmd_redo,
        "make the last undone action hold again (recorded)",
        example="tracker redo",
        output=Shape("tracker.services.undo:UndoResult"),
    )
    _analyst_option(p)
    p = command(
        "changes",
        cmd_changes,
        "what is new since you last looked: new documents, new evidence, status changes",
        example="tracker changes --seen",
        output=Shape("tracker.services.changes:ChangeReport"),
    )
    p.add_argument("--seen", action="store_true", help="then mark everything seen")
    _analyst_option(p)
    p = command(
        "track",
        cmd_track,
        "add, edit, archive or restore a track; suggest keywords from its reporting",
        example='tracker track add --title "Iran nuclear talks" --kind talks --keyword talks',
        output=Shape(
            "tracker.domain.models:Track",
            note="`track suggest` prints a list of {phrase, score, sentences, examples: "
            "[{document, quote}]} instead.",
        ),
    )
    p.add_argument("action", choices=["add", "edit", "archive", "restore", "suggest"])
    p.add_argument("--id", help="track id (slug); derived from the title when adding")
    p.add_argument("--title")
    p.add_argument(
        "--kind",
        help="summit, meeting, visit, conference (one encounter); channel, talks (a line of "
        "contact or a negotiation in rounds); initiative, coalition (a plan or a group); "
        'also read: "state visit", negotiations, "peace process", agreement, alliance …',
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
    p.add_argument(
        "--keyword",
        action="append",
        metavar="WORD[,WORD]",
        help="event words; on edit the keywords given replace the track's (give the old ones too)",
    )
    p.add_argument(
        "--add-keyword",
        action="append",
        metavar="WORD[,WORD]",
        help="edit: add these to the track's keywords (a suggestion accepted, say)",
    )
    p.add_argument(
        "--context", action="append", metavar="TERM[,TERM]", help="terms of another, earlier event"
    )
    p.add_argument("--min-actors", type=bounded_int(1, 20, "--min-actors"))
    p.add_argument(
        "--limit",
        type=bounded_int(1, 100, "--limit"),
        default=10,
        help="suggest: how many phrases (default 10)",
    )
    _analyst_option(p)


def _declare_excerpts(command: CommandFn) -> None:
    """The analyst's judgements on excerpts, the review queue and the user lexicon."""
    p = command(
        "excerpt",
        cmd_excerpt,
        "show an excerpt with its judgements; confirm, reject, correct, move or annotate it",
        example="tracker excerpt 49 --reject --reason not-evidence",
        output=Shape("tracker.services.judgements:ExcerptView"),
    )
    p.add_argument("id", help="excerpt id (see tracker evidence)")
    p.add_argument("--confirm", action="store_true", help="the machine read it right")
    p.add_argument("--reject", action="store_true", help="it counts for nothing (needs --reason)")
    p.add_argument("--reason", help="not-about-track, not-evidence or boilerplate")
    p.add_argument("--signal", help="the status signal it carries (a signal, a status, or none)")
    p.add_argument("--modality", help="asserted, reported, future, hypothetical, negated, denied")
    p.add_argument("--date", help="the event date: YYYY-MM-DD, YYYY-Www (week) or YYYY-MM")
    p.add_argument("--precision", help="day, week or month (with or without --date)")
    p.add_argument("--track", metavar="T", help="move it to track T")
    p.add_argument("--add-track", metavar="T", help="make it evidence of track T as well")
    p.add_argument("--note", help="a note kept with the excerpt")
    _analyst_option(p)
    p = command(
        "review",
        cmd_review,
        "machine readings waiting for an analyst; hold a track's new readings for review",
        example="tracker review --hold trump-putin-summit",
        output=Shape("tracker.services.review:ReviewQueue"),
    )
    p.add_argument("--track", help="only this track")
    p.add_argument("--hold", metavar="TRACK", help="hold new machine readings of TRACK for review")
    p.add_argument("--apply", metavar="TRACK", help="apply machine readings of TRACK at once")
    _analyst_option(p)
    p = command(
        "lexicon",
        cmd_lexicon,
        "the rules analysts taught the tracker (user lexicon): list, add, remove, export, import",
        example='tracker lexicon add "wasted meeting" --signal on_hold --kind summit',
        output=Shape(
            "tracker.services.teach:RuleChange",
            note="`lexicon list` prints LexiconRule objects, `import` an ImportReport, "
            "`export` {path, rules}.",
        ),
    )
    p.add_argument("action", choices=["list", "add", "remove", "export", "import"])
    p.add_argument("args", nargs="*", metavar="PHRASE | RULE_ID | FILE")
    p.add_argument("--signal", help="add: the phrase is a cue of this signal")
    p.add_argument("--modality", help="add: the phrase makes a cue negated, denied, …")
    p.add_argument("--not-a-cue", action="store_true", help="add: the phrase is no status cue")
    p.add_argument(
        "--kind", action="append", metavar="KIND[,KIND]", help="add: only on tracks of these kinds"
    )
    p.add_argument("--note", help="add: why the rule holds")
    p.add_argument(
        "--excerpt", type=int, metavar="ID", help="add: the corrected excerpt it comes from"
    )
    p.add_argument("--all", action="store_true", help="list: removed rules too")
    p.add_argument(
        "--no-reextract", action="store_true", help="do not read the documents again yet"
    )
    _analyst_option(p)
    command(
        "reextract",
        cmd_reextract,
        "read every document again with the lexicon in force",
        example="tracker reextract",
        output=Shape("tracker.services.teach:ReextractReport"),
    )


def _declare_admin(command: CommandFn) -> None:
    p = command(
        "audit",
        cmd_audit,
        "the audit log",
        example="tracker audit --limit 20",
        output=Shape("tracker.clitools.results:AuditRow", many=True),
    )
    p.add_argument(
        "--limit", type=bounded_int(1, MAX_ID, "--limit"), help="only the newest N entries"
    )
    p.add_argument(
        "--seals", action="store_true", help="include the state.seal rows (the sealed state)"
    )
    p = command(
        "brief",
        cmd_brief,
        "export a briefing (PDF, DOCX, Markdown or HTML)",
        example="tracker brief --format pdf --out briefing.pdf",
        output=Shape("tracker.clitools.results:BriefResult"),
    )
    p.add_argument("--format", required=True, choices=["pdf", "docx", "md", "html"])
    p.add_argument(
        "--out", required=True, metavar="PATH", help="the file, or an existing folder to name it in"
    )
    p.add_argument("--tracks", metavar="A,B", help="track ids (default: all)")
    p.add_argument(
        "--since",
        metavar="DATE",
        help="what changed in the world from that date on: status changes and evidence by "
        "event date, analyst actions by day (e.g. 2025-10-20, '7 days ago')",
    )
    p.add_argument(
        "--new-since",
        metavar="DATE|TIME|last",
        help="what arrived in the database after that moment (default, without --since: "
        "last, the last briefing; the first briefing counts what is on record)",
    )
    p = command(
        "backup",
        cmd_backup,
        "write an online backup of the database",
        example="tracker backup ~/tracker-backup.db",
        output=Shape("tracker.clitools.results:BackupResult"),
    )
    p.add_argument("path", type=Path, help="the backup file to write")
    command(
        "where",
        cmd_where,
        "where the database, window settings and logs are (creates nothing)",
        example="tracker where",
        output=Shape("tracker.clitools.results:WhereResult"),
        needs_store=False,
    )
    p = command(
        "completion",
        cmd_completion,
        "print a shell completion script (bash or zsh)",
        example="tracker completion bash > ~/.local/share/bash-completion/completions/tracker",
        output=Shape("tracker.clitools.results:CompletionResult"),
        needs_store=False,
    )
    p.add_argument("shell", choices=["bash", "zsh"], help="bash or zsh")


def _creates_without_seeds(args: argparse.Namespace) -> bool:
    return args.command == "ingest" or (args.command == "init" and getattr(args, "empty", False))


def open_store_for(args: argparse.Namespace) -> Store:
    """Open the database the command names; creating or upgrading it is said on stderr."""
    from tracker.paths import default_db_path
    from tracker.services.setup import open_reporting

    path = Path(args.db).expanduser() if args.db else default_db_path()
    # Only an explicit `init` adds the tracker's tables to another application's database.
    store, report = open_reporting(
        path, with_seeds=not _creates_without_seeds(args), adopt=args.command == "init"
    )
    args.opened = report
    notice = report.notice()
    if notice:
        print(f"tracker: {notice}", file=sys.stderr)
    if store.flagged and args.command != "verify":
        print(
            f"tracker: WARNING: {path} does not verify ({store.flagged[0]}); it is open "
            "read-only until acknowledged: run `tracker verify`, then "
            "`tracker verify --acknowledge`",
            file=sys.stderr,
        )
    return store


def _explained(exc: BaseException, args: argparse.Namespace) -> TrackerError | None:
    from tracker.services.database import explain_failure

    where = args.db if getattr(args, "db", None) else "the database"
    found = explain_failure(exc, where)
    return found if isinstance(found, TrackerError) else None


def _before_opening(args: argparse.Namespace) -> None:
    """What a command can start before its database is open: an import's reading workers."""
    if args.command == "ingest":
        from tracker.services.workers import start_early

        start_early(args.paths)


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    out, err = sys.stdout, sys.stderr
    sys.stdout = _Visible(out, "\n\t")
    sys.stderr = _Visible(err, "\n\t\r")
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = out, err


def _main(argv: Sequence[str] | None) -> int:
    try:
        args = _parse(argv)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return ExitCode.USAGE
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    output.set_width(None if args.wide else output.DEFAULT_WIDTH)
    store: Store | None = None
    try:
        if args.needs_store:
            _before_opening(args)
            store = open_store_for(args)
        return int(args.handler(store, args))
    except TrackerError as exc:
        print(f"tracker: {exc}", file=sys.stderr)
        return int(exc.exit_code)
    except KeyboardInterrupt:
        print("tracker: interrupted", file=sys.stderr)
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        return ExitCode.OK
    except Exception as exc:
        friendly = _explained(exc, args)
        if friendly is None:
            raise
        print(f"tracker: {friendly}", file=sys.stderr)
        return int(friendly.exit_code)
    finally:
        if store is not None:
            store.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
