"""The logic behind the window: every analyst action becomes one background job that
calls the services and then reads a fresh ``Snapshot``; results come back as signals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from tracker.ui.snapshot import (
    DocumentQuery,
    DocumentView,
    Snapshot,
    load_document,
    load_documents,
    load_evidence,
    load_snapshot,
)
from tracker.ui.tasks import Job, JobFailure, JobFn, Reporter, TaskRunner

if TYPE_CHECKING:
    from tracker.services.database import Store


log = logging.getLogger(__name__)


def _first_run(store: Store, report: Reporter) -> Any:
    """Default tracks, then the bundled seed articles (with progress)."""
    from tracker.services.setup import prepare

    return prepare(store, fresh=True, progress=report)


def _open_existing(store: Store, report: Reporter) -> Any:
    """What opening an existing file does: default tracks when it has none. (The set-up
    service, which brings the whole import pipeline with it, is loaded only then.)"""
    from tracker.services.tracks import list_tracks

    if list_tracks(store, include_archived=True):
        return None
    from tracker.services.setup import prepare

    return prepare(store, fresh=False)


def _warm_up(store: Store, report: Reporter) -> None:
    """Load, on the worker and before the analyst's first action, what that action needs:
    the service modules and the compiled lexicon. Compiled during the first import instead,
    the patterns held the interpreter lock for ~100 ms and froze the window."""
    import tracker.services.ingest
    import tracker.services.overrides
    import tracker.services.search
    import tracker.services.settings
    import tracker.services.track_admin
    import tracker.services.undo
    import tracker.services.verify  # noqa: F401  # the source view re-anchors quotes with it
    from tracker.services.evidence import warm_up

    warm_up(store)


def _freeze_heap(_result: object) -> None:
    """Move everything alive after start-up (Qt wrappers, services, the compiled lexicon)
    out of the garbage collector's reach. A full collection walks the whole heap holding
    the interpreter lock; over these objects it froze the window for ~110 ms in the middle
    of an import (measured by bench/responsiveness.py), after this for a few ms."""
    import gc

    gc.freeze()


class TrackerController(QObject):
    """Runs the analyst's actions in the background and reports what happened.

    Signals: ``snapshot_changed(Snapshot)`` after every load or change;
    ``ready()`` once the database is open and loaded; ``document_loaded(DocumentView)``;
    ``search_finished(query, hits)``; ``override_applied(track_id)``;
    ``override_revoked(track_id)``; ``review_acknowledged(track_id)``;
    ``action_undone(description)``; ``action_redone(description)``;
    ``evidence_loaded(TrackEvidence)``; ``documents_loaded(DocumentPage)``;
    ``changes_updated(ChangeReport)`` after marks were set;
    ``import_finished(report)`` (an ``IngestReport`` or,
    for pasted text, an ``IngestItem``); ``document_edited(document_id)``;
    ``track_saved(track_id)``; ``preferences_loaded(dict)``; ``preferences_saved()``;
    ``briefing_exported(path)``; ``recomputed(list)``; ``findings_acknowledged(count)``
    (a database that did not verify may be changed again); ``failed(message, details)``
    (``details`` is empty for the user's mistakes, a traceback for bugs);
    ``excerpt_judged(message)``, ``evidence_added(excerpt_id)``, ``suggestion_ready(Suggestion)``,
    ``rules_changed(message)``, ``review_mode_changed(track_id)``.
    """

    snapshot_changed = Signal(object)
    ready = Signal()
    document_loaded = Signal(object)
    search_finished = Signal(str, list)
    override_applied = Signal(str)
    override_revoked = Signal(str)
    review_acknowledged = Signal(str)
    action_undone = Signal(str)
    action_redone = Signal(str)
    evidence_loaded = Signal(object)
    documents_loaded = Signal(object)
    changes_updated = Signal(object)
    import_finished = Signal(object)
    document_edited = Signal(int)
    track_saved = Signal(str)
    preferences_loaded = Signal(dict)
    preferences_saved = Signal()
    briefing_exported = Signal(str)
    recomputed = Signal(list)
    findings_acknowledged = Signal(int)
    failed = Signal(str, str)
    excerpt_judged = Signal(str)
    evidence_added = Signal(int)
    suggestion_ready = Signal(object)
    rules_changed = Signal(str)
    review_mode_changed = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.snapshot: Snapshot | None = None
        self._search_generation = 0
        self._document_generation = 0
        self._generations: dict[str, int] = {}
        # What the window shows, read with every snapshot (set by the window).
        self.focus_track: str | None = None
        self.document_query = DocumentQuery()

    @property
    def db_path(self) -> Path:
        return self.runner.db_path

    @property
    def readonly(self) -> bool:
        return self.runner.readonly

    # ------------------------------------------------------------------ plumbing

    def _fail(self, failure: JobFailure) -> None:
        self.failed.emit(failure.message, "" if failure.expected else failure.details)

    def _read_all(self, store: Store) -> Snapshot:
        """A snapshot, with what the window shows of it read in the same job: the chosen
        track's evidence and the document list's first page. The window then applies it
        all while the worker rests — a worker busy in Python while the window paints makes
        every call Qt makes into Python wait for the interpreter lock."""
        snapshot = load_snapshot(store)
        track = self.focus_track
        evidence = None
        if track is not None and track in snapshot.details:
            evidence = load_evidence(store, track, snapshot.serial)
        elif snapshot.order:
            evidence = load_evidence(store, snapshot.order[0], snapshot.serial)
        page = load_documents(store, replace(self.document_query, offset=0))
        return replace(snapshot, evidence=evidence, documents=page)

    def _apply(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.snapshot_changed.emit(snapshot)

    def _change(
        self,
        fn: Callable[[Store, Reporter], Any],
        label: str,
        done: Callable[[Any], None] | None = None,
        *,
        progress: bool = False,
        cancellable: bool = False,
    ) -> Job:
        """Run ``fn`` then reload the snapshot, in one job; apply it, then call ``done``."""

        def job(store: Store, report: Reporter) -> tuple[Any, Snapshot]:
            result = fn(store, report)
            return result, self._read_all(store)

        def success(value: tuple[Any, Snapshot]) -> None:
            result, snapshot = value
            self._apply(snapshot)
            if done is not None:
                done(result)

        def failure(failure: JobFailure) -> None:
            self._fail(failure)
            self.refresh()  # show what is true after a refused or half-done change

        return self.runner.submit(
            job,
            label=label,
            on_success=success,
            on_failure=failure,
            progress=progress,
            cancellable=cancellable,
        )

    # ------------------------------------------------------------------ loading

    def start(self, *, create: bool) -> None:
        """Open the database (on the worker); a new one gets the tracks and seeds."""
        if create:

            def seeded(report: Any) -> None:
                self.import_finished.emit(report)  # tells of a cancelled or refused seed
                self.ready.emit()

            self._change(
                _first_run,
                "Setting up the database: importing the bundled articles",
                seeded,
                progress=True,
                cancellable=True,
            )
        else:
            self._change(
                _open_existing, "Opening the database", lambda _r: self.ready.emit(), progress=True
            )
        self.runner.submit(_warm_up, label="Preparing", on_success=_freeze_heap)

    def refresh(self) -> None:
        self.runner.submit(
            lambda store, _r: self._read_all(store),
            label="Loading",
            on_success=self._apply,
            on_failure=self._fail,
        )

    def load_document(
        self, document_id: int, then: Callable[[DocumentView], None] | None = None
    ) -> None:
        self._document_generation += 1
        generation = self._document_generation

        def success(view: DocumentView) -> None:
            if generation != self._document_generation:
                return  # a newer request is on its way
            if then is not None:
                then(view)
            self.document_loaded.emit(view)

        self.runner.submit(
            lambda store, _r: load_document(store, document_id),
            label="Opening the document",
            on_success=success,
            on_failure=self._fail,
        )

    def _read_newest(self, kind: str, fn: JobFn, label: str, emit: Callable[[Any], None]) -> None:
        """Read in the background and hand over only the answer to the newest request of
        this ``kind`` (the analyst may ask again before the first answer is in)."""
        generation = self._generations.get(kind, 0) + 1
        self._generations[kind] = generation

        def success(value: Any) -> None:
            if self._generations.get(kind) == generation:
                emit(value)

        self.runner.submit(fn, label=label, on_success=success, on_failure=self._fail)

    def load_evidence(self, track_id: str) -> None:
        """Read a track's evidence (the newest rows); ``evidence_loaded`` tells."""
        serial = self.snapshot.serial if self.snapshot else 0
        self._read_newest(
            "evidence",
            lambda store, _r: load_evidence(store, track_id, serial),
            "Reading the evidence",
            self.evidence_loaded.emit,
        )

    def load_documents(self, query: DocumentQuery) -> None:
        """Read one page of the document list; ``documents_loaded`` tells."""
        self._read_newest(
            "documents",
            lambda store, _r: load_documents(store, query),
            "Reading the document list",
            self.documents_loaded.emit,
        )

    def mark_seen(self, scopes: Sequence[tuple[str, str | None]], upto: str) -> None:
        """Mark tracks (``track:ID``) or the document list (``documents``) seen up to the
        record time the analyst's picture was read at; ``changes_updated`` tells."""
        from tracker.services.changes import changes_since_seen, mark_seen

        chosen = list(scopes)
        if self.readonly or not chosen:
            return
        statuses = (
            {s.track: s.status for s in self.snapshot.statuses if not s.archived}
            if self.snapshot
            else None
        )

        def work(store: Store, _r: Reporter) -> Any:
            mark_seen(store, chosen, upto=upto)
            return changes_since_seen(store, statuses=statuses)

        self.runner.submit(
            work,
            label="Marking as seen",
            on_success=self.changes_updated.emit,
            on_failure=self._fail,
        )

    def search(self, text: str) -> None:
        from tracker.services.search import search

        self._search_generation += 1
        generation = self._search_generation

        def success(hits: list[Any]) -> None:
            if generation == self._search_generation:
                self.search_finished.emit(text, hits)

        self.runner.submit(
            lambda store, _r: search(store, text, limit=100),
            label="Searching",
            on_success=success,
            on_failure=self._fail,
        )

    # ------------------------------------------------------------------ overrides

    def apply_override(
        self,
        track_id: str,
        status: str,
        *,
        reason: str,
        likelihood: str | None = None,
        confidence: str | None = None,
        review_by: date | None = None,
        evidence_ids: Sequence[int] = (),
    ) -> None:
        from tracker.services.overrides import apply_override

        self._change(
            lambda store, _r: apply_override(
                store,
                track_id,
                status,
                reason=reason,
                likelihood=likelihood,
                confidence=confidence,
                review_by=review_by,
                evidence_ids=list(evidence_ids),
            ),
            "Overriding the status",
            lambda _r: self.override_applied.emit(track_id),
        )

    def revoke(self, track_id: str, *, reason: str) -> None:
        from tracker.services.overrides import revoke_override

        self._change(
            lambda store, _r: revoke_override(store, track_id, reason=reason),
            "Revoking the override",
            lambda _r: self.override_revoked.emit(track_id),
        )

    def acknowledge(self, track_id: str, *, note: str) -> None:
        from tracker.services.overrides import acknowledge

        self._change(
            lambda store, _r: acknowledge(store, track_id, note=note),
            "Acknowledging the review",
            lambda _r: self.review_acknowledged.emit(track_id),
        )

    def acknowledge_findings(self) -> None:
        """Record that the analyst has seen what the database's checks found (it was open
        read-only); the state is sealed as it is and changes are allowed again."""
        from tracker.services.tamper import acknowledge

        self._change(
            lambda store, _r: acknowledge(store),
            "Acknowledging the findings",
            lambda found: self.findings_acknowledged.emit(len(found)),
        )

    def undo(self) -> None:
        from tracker.services.undo import undo_last

        self._change(
            lambda store, _r: undo_last(store),
            "Undoing",
            lambda result: self.action_undone.emit(result.label),
            progress=True,
        )

    def redo(self) -> None:
        from tracker.services.undo import redo_last

        self._change(
            lambda store, _r: redo_last(store),
            "Redoing",
            lambda result: self.action_redone.emit(result.label),
            progress=True,
        )

    # ------------------------------------------------------------------ import

    def import_paths(self, paths: Sequence[Path | str]) -> Job:
        from tracker.services.ingest import ingest_paths

        chosen = [Path(p) for p in paths]

        def work(store: Store, report: Reporter) -> Any:
            # the files are read in worker processes (services.reading); this thread stores
            return ingest_paths(store, chosen, progress=report)

        return self._change(
            work,
            "Importing articles",
            self.import_finished.emit,
            progress=True,
            cancellable=True,
        )

    def import_text(
        self,
        text: str,
        *,
        title: str | None = None,
        outlet: str | None = None,
        published: str | None = None,
        url: str | None = None,
    ) -> None:
        from tracker.services.ingest import ingest_text

        self._change(
            lambda store, _r: ingest_text(
                store, text, title=title, outlet=outlet, published=published, url=url
            ),
            "Importing the pasted article",
            self.import_finished.emit,
            progress=True,
        )

    def recompute(self) -> None:
        from tracker.services.assessments import refresh

        self._change(
            lambda store, report: refresh(store, progress=report),
            "Recomputing every track's status",
            lambda changed: self.recomputed.emit(list(changed)),
            progress=True,
        )

    # ------------------------------------------------------------------ documents

    def edit_document(self, document_id: int, changes: dict[str, str]) -> None:
        from tracker.services.documents import edit_document

        allowed = {
            k: v for k, v in changes.items() if k in ("published", "reliability", "outlet", "url")
        }
        self._change(
            lambda store, _r: edit_document(store, document_id, **allowed),
            "Saving the document details",
            lambda _r: self.document_edited.emit(document_id),
            progress=True,
        )

    # ------------------------------------------------------------------ tracks

    def save_track(self, track_id: str | None, fields: dict[str, Any]) -> None:
        """Add a track (``track_id`` None or new) or edit an existing one."""
        from tracker.services import track_admin

        def work(store: Store, _r: Reporter) -> str:
            data = {k: v for k, v in fields.items() if not k.startswith("_")}
            if "actors" in data:
                data["actors"] = track_admin.parse_actors(list(data["actors"]))
            if fields.get("_new"):
                return track_admin.add_track(store, track_id=track_id or None, **data).id
            return track_admin.edit_track(store, str(track_id), **data).id

        self._change(
            work, "Saving the track", lambda tid: self.track_saved.emit(str(tid)), progress=True
        )

    def suggest_keywords(
        self,
        track_id: str,
        then: Callable[[Any], None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """A track's keyword suggestions (``services.suggestions``), read on the worker and
        handed to ``then``; a refusal (an archived track …) goes to ``failed``."""
        from tracker.services.suggestions import suggest_keywords

        def failure(failure: JobFailure) -> None:
            if failed is not None:
                failed(failure.message)
            if not failure.expected:
                self._fail(failure)

        self.runner.submit(
            lambda store, report: suggest_keywords(store, track_id, limit=15, progress=report),
            label="Finding the track's words",
            on_success=then,
            on_failure=failure,
            progress=True,
        )

    def archive_track(self, track_id: str, archived: bool = True) -> None:
        from tracker.services.track_admin import archive_track

        self._change(
            lambda store, _r: archive_track(store, track_id, archived=archived),
            "Archiving the track" if archived else "Restoring the track",
            lambda _r: self.track_saved.emit(track_id),
        )

    # ------------------------------------------------------------------ preferences

    def load_preferences(self) -> None:
        from tracker.services import settings

        def work(store: Store, _r: Reporter) -> dict[str, Any]:
            from tracker.services.documents import list_documents
            from tracker.services.teach import list_rules

            outlets = sorted({d.outlet for d in list_documents(store) if d.outlet})
            return {
                "analyst": settings.analyst_name(store),
                "outlet_reliability": settings.outlet_reliability(store),
                "known_outlets": outlets,
                "rules": list_rules(store),
            }

        self.runner.submit(
            work,
            label="Reading preferences",
            on_success=self.preferences_loaded.emit,
            on_failure=self._fail,
        )

    def save_preferences(self, analyst: str | None, outlets: dict[str, str]) -> None:
        from tracker.services import settings

        def work(store: Store, _r: Reporter) -> None:
            if analyst is not None and analyst.strip() != settings.analyst_name(store):
                settings.set_analyst_name(store, analyst)
            current = settings.outlet_reliability(store)
            for outlet, grade in outlets.items():
                if current.get(outlet) != grade:
                    settings.set_outlet_reliability(store, outlet, grade)

        self._change(
            work, "Saving preferences", lambda _r: self.preferences_saved.emit(), progress=True
        )

    # ------------------------------------------------------------------ briefing

    def export_briefing(
        self, fmt: str, out: Path, tracks: list[str] | None, since: date | None
    ) -> None:
        def work(store: Store, _r: Reporter) -> str:
            try:
                from tracker.briefing import export_briefing
            except ImportError as exc:
                from tracker.domain.errors import UserError

                raise UserError(
                    f"Briefings cannot be exported by this build: the briefing module is missing ({exc})."
                ) from None
            result = export_briefing(store, fmt, out, tracks=tracks, since=since)
            return str(getattr(result, "path", result))

        def done(path: str) -> None:
            self.briefing_exported.emit(path)
            self.refresh()  # the export is in the audit log

        self.runner.submit(
            work,
            label=f"Writing the {fmt.upper()} briefing",
            on_success=done,
            on_failure=self._fail,
            progress=True,
        )

    # ------------------------------------------------------------------ judgements

    def judge(self, excerpt_id: int, message: str, **judgement: Any) -> None:
        """Record a judgement on an excerpt (``services.judgements.judge_excerpt``
        keywords); ``excerpt_judged(message)`` follows."""
        from tracker.services.judgements import judge_excerpt

        self._change(
            lambda store, _r: judge_excerpt(store, excerpt_id, **judgement),
            "Recording the judgement",
            lambda _view: self.excerpt_judged.emit(message),
        )

    def suggest_evidence(
        self, document_id: int, start: int, end: int, track_id: str | None
    ) -> None:
        """The machine's guess for words about to be added; ``suggestion_ready`` follows."""
        from tracker.services.judgements import suggest_evidence

        self.runner.submit(
            lambda store, _r: suggest_evidence(store, document_id, start, end, track_id),
            label="Reading the selection",
            on_success=self.suggestion_ready.emit,
            on_failure=self._fail,
        )

    def add_evidence(self, document_id: int, quote: str, **fields: Any) -> None:
        from tracker.services.judgements import add_evidence

        self._change(
            lambda store, _r: add_evidence(store, document_id, quote, **fields),
            "Adding the evidence",
            lambda view: self.evidence_added.emit(int(view.id)),
        )

    def set_review_mode(self, track_id: str, mode: str) -> None:
        from tracker.services.review import set_review_mode

        self._change(
            lambda store, _r: set_review_mode(store, track_id, mode),
            "Changing the review setting",
            lambda _r: self.review_mode_changed.emit(track_id),
        )

    # ------------------------------------------------------------------ lexicon rules

    def _rule_job(
        self, work: Callable[[Store, Reporter], Any], label: str, told: Callable[[Any], str]
    ) -> None:
        """A change of the user lexicon (every document is read again), then
        ``rules_changed(told(result))``."""
        self._change(
            work, label, lambda result: self.rules_changed.emit(told(result)), progress=True
        )

    def add_rule(self, **rule: Any) -> None:
        """Teach a rule (``services.teach.make_rule`` keywords) and read every document
        again with it."""
        from tracker.services import teach

        self._rule_job(
            lambda store, report: teach.add_rule(store, teach.make_rule(**rule), progress=report),
            "Teaching the rule and reading the documents again",
            lambda c: f"Rule added: {c.rules[0].describe()}; {_reread(c.reextract)}",
        )

    def remove_rule(self, rule_id: int) -> None:
        from tracker.services import teach

        self._rule_job(
            lambda store, report: teach.remove_rule(store, rule_id, progress=report),
            "Removing the rule and reading the documents again",
            lambda c: f"Rule removed: {c.rules[0].describe()}; {_reread(c.reextract)}",
        )

    def import_rules(self, path: Path) -> None:
        from tracker.services import teach

        self._rule_job(
            lambda store, report: teach.import_rules(store, path, progress=report),
            "Importing rules and reading the documents again",
            lambda r: (
                f"{len(r.added)} rules imported, {r.skipped} held already"
                + (f"; {_reread(r.reextract)}" if r.added else "")
            ),
        )

    def export_rules(self, path: Path) -> None:
        from tracker.services import teach

        self.runner.submit(
            lambda store, _r: teach.export_rules(store, path),
            label="Exporting the rules",
            on_success=lambda out: self.rules_changed.emit(f"Rules written to {out}"),
            on_failure=self._fail,
        )


def _reread(report: Any) -> str:
    if report is None:
        return "documents not read again yet"
    return (
        f"read {_documents_read(report)} again: {report.changed} readings changed, "
        f"{report.added} new, {report.removed} gone"
    )


def _documents_read(report: Any) -> str:
    """The documents read: all of them, or those where a rule's phrase can match."""
    if report.read is None or report.read == report.documents:
        return f"{report.documents} documents"
    return f"{report.read} of {report.documents} documents (where the phrase can match)"
