"""The analyst's hand in the window: actions on one excerpt (Confirm, Reject…, Change
signal…, Change modality…, Change date…, Move to track…, Note…, Teach a rule…, Copy quote
with citation, Show in source) from an Evidence menu, with shortcuts, and as context menus
on evidence rows, on queued readings and on a highlighted excerpt of the source; "Add as
evidence…" for words selected in the source; the "To review" tab; the per-track setting
"hold new machine readings for review"; the lexicon rules panel of Preferences.

``install_judging(window)`` builds all of it onto the main window with small hooks; the
actions act on the excerpt of the view that has the focus (the review list, the source
text, else the evidence table). While the database is open read-only (it does not verify
and its findings are not acknowledged) the actions that change it are off and refused.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

from tracker.domain.readings import describe_date, reason_words
from tracker.ui.dialogs.judgement import ExcerptRef
from tracker.ui.format import citation as evidence_citation
from tracker.ui.format import cite, one_line
from tracker.ui.views.review import ReviewView

if TYPE_CHECKING:
    from tracker.domain.models import Evidence
    from tracker.services.judgements import Suggestion
    from tracker.services.review import ReviewItem
    from tracker.ui.main_window import MainWindow
    from tracker.ui.snapshot import Snapshot, TrackDetail

K = QKeySequence
SHORTCUTS: dict[str, list[str]] = {
    "confirm": ["Ctrl+Return", "Ctrl+Enter"],
    "reject": ["Ctrl+Delete", "Ctrl+Backspace"],
    "signal": ["Ctrl+Shift+S"],
    "modality": ["Ctrl+Shift+Y"],
    "date": ["Ctrl+Shift+W"],
    "move": ["Ctrl+Shift+T"],
    "note": ["Ctrl+Shift+N"],
    "teach": ["Ctrl+Shift+L"],
    "show": ["Ctrl+J"],
    "add": ["Ctrl+Shift+E"],
    "review_tab": ["Ctrl+8"],
    "hold": ["Ctrl+Alt+H"],
}


def citation(e: ExcerptRef) -> str:
    """The excerpt's quote with who said it, where and when (``tracker.ui.format.cite``)."""
    return cite(
        e.quote,
        speaker=e.speaker,
        outlet=e.outlet,
        title=e.document_title,
        published=e.published,
    )


def ref_of(e: Evidence, detail: TrackDetail) -> ExcerptRef:
    """An excerpt of a track's evidence as the actions take it."""
    tracks = e.judged_tracks if e.judged_tracks is not None else [e.track_id]
    return ExcerptRef(
        excerpt_id=e.id,
        document_id=e.document_id,
        track_id=detail.track.id,
        kind=detail.track.kind.value,
        quote=e.exact,
        signal=e.signal,
        modality=e.modality,
        event_date=e.event_date,
        date_precision=e.date_precision,
        reading=e.reading,
        tracks=tuple([] if e.reading == "rejected" else tracks),
        cue=e.cue,
        speaker=e.speaker,
        outlet=e.outlet,
        published=e.published,
        document_title=e.document_title,
    )


# The actions that change the database: off, and refused, while it is open read-only.
CHANGING = ("confirm", "reject", "signal", "modality", "date", "move", "note", "teach", "add")


class JudgingActions(QObject):
    """The actions on one excerpt and the views they are wired to (see the module docs)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.review = ReviewView(window)
        self.actions: dict[str, QAction] = {}
        self._dialogs: list[QWidget] = []
        self._context: ExcerptRef | None = None  # the excerpt a context menu was opened on
        self._prefs_panel: Any = None
        self._make_actions()
        self._make_menu()
        self._wire()

    # ------------------------------------------------------------------ building

    def _action(self, key: str, text: str, slot: Callable[[], object], tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcuts([K(s) for s in SHORTCUTS.get(key, [])])
        action.setStatusTip(tip)
        action.setToolTip(tip)
        changes = key in CHANGING
        action.triggered.connect(lambda _checked=False: self._run(slot, changes=changes))
        self.window.addAction(action)
        self.actions[key] = action
        return action

    def _make_actions(self) -> None:
        a = self._action
        a("confirm", "&Confirm", self.confirm, "The machine read this excerpt right")
        a("reject", "&Reject…", self.reject, "The excerpt counts for nothing; say why")
        a("signal", "Change &signal…", self.change_signal, "The status signal it carries")
        a("modality", "Change &modality…", self.change_modality, "Asserted, reported, …")
        a("date", "Change &date…", self.change_date, "When its event happened: day, week or month")
        a("move", "Mo&ve to track…", self.move, "Evidence of another track (or of a second one)")
        a("note", "&Note…", self.add_note, "A note kept with the excerpt")
        a("teach", "&Teach a rule…", self.teach, "Turn a phrase into a rule of the user lexicon")
        self.actions["copy"] = self.window.act_copy  # the window's Edit › Copy, on the target
        a("show", "Show in s&ource", self.show_in_source, "Open the excerpt in its document")
        a("add", "&Add as evidence…", self.add_evidence, "The selected words are evidence")
        self.hold = QAction("&Hold new machine readings for review", self.window)
        self.hold.setCheckable(True)
        self.hold.setShortcuts([K(s) for s in SHORTCUTS["hold"]])
        self.hold.setStatusTip(
            "New machine readings of this track change its status only once an analyst "
            "confirms them"
        )
        self.hold.triggered.connect(self._on_hold_toggled)
        self.review_tab = QAction("To &review", self.window)
        self.review_tab.setShortcuts([K(s) for s in SHORTCUTS["review_tab"]])
        self.review_tab.triggered.connect(self.show_review)
        self.window.addAction(self.review_tab)

    def _make_menu(self) -> None:
        bar = self.window.menuBar()
        menu = QMenu("E&vidence", bar)
        self.menu = menu
        self._fill(menu, source=True)
        help_action = next((m for m in bar.actions() if m.text() == "&Help"), None)
        bar.insertMenu(help_action, menu) if help_action else bar.addMenu(menu)
        for m in bar.actions():
            sub = m.menu()
            if m.text() == "&Track" and isinstance(sub, QMenu):
                sub.addSeparator()
                sub.addAction(self.hold)
            if m.text() == "&View" and isinstance(sub, QMenu):
                sub.addAction(self.review_tab)

    def _fill(
        self, menu: QMenu, *, source: bool = False, review: bool = False, table: bool = False
    ) -> None:
        keys: list[str | None] = ["confirm", "reject", None, "signal", "modality", "date"]
        keys += ["move", "note", None, "teach"]
        if not table:  # the evidence table's menu has its own copy and show
            keys += ["copy", "show"]
        if source:
            keys += [None, "add"]
        for key in keys:
            if key is None:
                menu.addSeparator()
            else:
                menu.addAction(self.actions[key])

    def _wire(self) -> None:
        w = self.window
        c = self.controller
        self.tab_index = w.left_tabs.addTab(self.review, "Review")
        self.review.item_chosen.connect(self._on_review_chosen)
        self.review.confirm_requested.connect(lambda _i: self._run(self.confirm, changes=True))
        self.review.reject_requested.connect(lambda _i: self._run(self.reject, changes=True))
        for view, handler in (
            (self.review.table, self._on_review_menu),
            (w.source.text, self._on_source_menu),
        ):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(handler)
        w.detail.evidence.context_menu_requested.connect(self._extend_evidence_menu)
        c.snapshot_changed.connect(self._on_snapshot)
        c.excerpt_judged.connect(self._tell)
        c.evidence_added.connect(lambda i: self._tell(f"Added as evidence: excerpt #{i}."))
        c.rules_changed.connect(self._tell)
        c.review_mode_changed.connect(self._on_mode_changed)
        c.suggestion_ready.connect(self._on_suggestion)
        w.detail.evidence.table.selectionModel().currentRowChanged.connect(self._update)
        w.source.text.selectionChanged.connect(self._update)
        w.source.text.cursorPositionChanged.connect(self._update)
        w.track_list.track_selected.connect(lambda _t: self._update())
        QApplication.instance().focusChanged.connect(self._on_focus)  # type: ignore[union-attr]
        self._update()

    # ------------------------------------------------------------------ the target

    def _detail(self, track_id: str | None = None) -> TrackDetail | None:
        snapshot = self.window.snapshot
        if track_id is None:
            return self.window.current_detail()
        return snapshot.detail(track_id) if snapshot else None

    def _from_review(self, item: ReviewItem) -> ExcerptRef | None:
        detail = self._detail(item.track)
        if detail is None:
            return None
        found = self._find(item.track, item.excerpt)
        if found is not None:
            return ref_of(found, detail)
        return ExcerptRef(
            excerpt_id=item.excerpt,
            document_id=item.document,
            track_id=item.track,
            kind=detail.track.kind.value,
            quote=item.quote,
            signal=item.signal,
            modality=item.modality,
            event_date=item.event_date,
            date_precision=item.date_precision,
            tracks=(item.track,),
            outlet=item.outlet,
            document_title=item.document_title,
        )

    def _find(self, track_id: str, excerpt_id: int) -> Evidence | None:
        """An excerpt of the track's evidence the window has read, or ``None``."""
        return next((e for e in self.window.evidence_rows(track_id) if e.id == excerpt_id), None)

    def _from_source(self, index: int | None = None) -> ExcerptRef | None:
        source = self.window.source
        detail = self._detail()
        if detail is None or source.document_id is None:
            return None
        e = source.excerpt_at(source.cursor_index() if index is None else index)
        if e is None:
            return None
        fresh = self._find(detail.track.id, e.id) or e
        return ref_of(fresh, detail)

    def _from_table(self) -> ExcerptRef | None:
        detail = self._detail()
        e = self.window.detail.selected_excerpt()
        return ref_of(e, detail) if e is not None and detail is not None else None

    def target(self) -> ExcerptRef | None:
        """The excerpt the actions apply to: the one a context menu was opened on, else the
        one of the view with the focus."""
        if self._context is not None:
            return self._context
        focus = QApplication.focusWidget()
        if focus is not None and self.review.isAncestorOf(focus):
            item = self.review.current_item()
            return self._from_review(item) if item is not None else None
        if focus is self.window.source.text:
            return self._from_source() or self._from_table()
        return self._from_table()

    def _run(self, slot: Callable[[], object], *, changes: bool = False) -> None:
        """Run an action on the target; one that ``changes`` the database is refused while
        it is open read-only (findings not yet acknowledged)."""
        try:
            if not (changes and self.window.refused_while_flagged()):
                slot()
        finally:
            self._context = None

    def _flagged(self) -> bool:
        snapshot = self.window.snapshot
        return bool(snapshot and snapshot.flagged)

    def _off_while_flagged(self) -> None:
        if self._flagged():
            for key in CHANGING:
                self.actions[key].setEnabled(False)
            self.hold.setEnabled(False)

    def _guarded(self, change: Callable[..., object]) -> Callable[..., None]:
        """``change``, refused while the database is open read-only."""

        def run(*args: object) -> None:
            if not self.window.refused_while_flagged():
                change(*args)

        return run

    @Slot(object, object)
    def _on_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        self._update()

    @Slot()
    def _update(self, *args: object) -> None:
        target = self.target()
        has = target is not None
        for key in ("confirm", "reject", "signal", "modality", "date", "move", "note"):
            self.actions[key].setEnabled(has)
        for key in ("teach", "copy", "show"):
            self.actions[key].setEnabled(has)
        if target is not None:
            self.actions["confirm"].setEnabled(target.reading in ("machine", "rejected"))
            self.actions["reject"].setEnabled(target.reading != "rejected")
        self.actions["add"].setEnabled(self.window.source.selected_span() is not None)
        detail = self._detail()
        self.hold.setEnabled(detail is not None and not detail.track.archived)
        self.hold.setChecked(bool(detail and detail.status.review_mode == "hold"))
        self._off_while_flagged()

    # ------------------------------------------------------------------ context menus

    def _popup(self, menu: QMenu, widget: QWidget, pos: QPoint) -> None:
        self._popup_state(menu)
        menu.popup(widget.mapToGlobal(pos))

    def _popup_state(self, menu: QMenu) -> None:
        """Enable the actions for the context menu's excerpt; keep it until the menu hides."""
        self._update()
        if self._context is not None:
            for key in ("confirm", "reject", "signal", "modality", "date", "move", "note"):
                self.actions[key].setEnabled(True)
            for key in ("teach", "copy", "show"):
                self.actions[key].setEnabled(True)
            self.actions["confirm"].setEnabled(self._context.reading in ("machine", "rejected"))
            self.actions["reject"].setEnabled(self._context.reading != "rejected")
        self._off_while_flagged()
        self.last_menu = menu
        menu.aboutToHide.connect(self._after_menu)

    @Slot()
    def _after_menu(self) -> None:
        # The chosen action is triggered after the menu hides: keep the target until then.
        QTimer.singleShot(0, self._drop_context)

    def _drop_context(self) -> None:
        self._context = None
        self._update()

    @Slot(QPoint)
    def _on_evidence_menu(self, pos: QPoint) -> None:
        """The evidence table's context menu at ``pos`` (the view's own actions, then the
        judging ones), shown without blocking."""
        view = self.window.detail.evidence
        index = view.table.indexAt(pos)
        if not index.isValid():
            return
        view.table.setCurrentIndex(index)
        view.table.selectRow(index.row())
        e = view.selected_excerpt()
        if e is None:
            return
        menu = view.build_context_menu(e)  # the judging actions join it (below)
        menu.popup(view.table.viewport().mapToGlobal(pos))

    @Slot(object, object)
    def _extend_evidence_menu(self, menu: QMenu, e: Evidence) -> None:
        """Add the judging actions to the evidence view's context menu of ``e``."""
        detail = self._detail()
        if detail is None:
            return
        self._context = ref_of(e, detail)
        menu.addSeparator()
        self._fill(menu, table=True)
        self._popup_state(menu)

    @Slot(QPoint)
    def _on_review_menu(self, pos: QPoint) -> None:
        table = self.review.table
        index = table.indexAt(pos)
        if not index.isValid():
            return
        table.setCurrentIndex(index)
        item = self.review.current_item()
        self._context = self._from_review(item) if item is not None else None
        if self._context is None:
            return
        menu = QMenu(table)
        self._fill(menu)
        self._popup(menu, table.viewport(), pos)

    @Slot(QPoint)
    def _on_source_menu(self, pos: QPoint) -> None:
        source = self.window.source
        menu = source.text.createStandardContextMenu(pos)
        from tracker.ui.views.source import python_index

        doc = source._view.document.text if source._view else ""
        at = python_index(doc, source.text.cursorForPosition(pos).position())
        self._context = self._from_source(at)
        ours = QMenu(menu)
        if source.selected_span() is not None:
            ours.addAction(self.actions["add"])
        if self._context is not None:
            excerpt_menu = QMenu(f"Excerpt #{self._context.excerpt_id}", menu)
            self._fill(excerpt_menu)
            ours.addMenu(excerpt_menu)
        standard = menu.actions()
        if standard and ours.actions():
            menu.insertActions(standard[0], [*ours.actions(), menu.insertSeparator(standard[0])])
        else:
            menu.addActions(ours.actions())
        self._popup(menu, source.text.viewport(), pos)

    # ------------------------------------------------------------------ the actions

    def _tell(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)

    def _open(self, dialog: QDialog, accepted: Callable[[], None]) -> QDialog:
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda *_: self._dialogs.remove(dialog))
        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def _judge(self, e: ExcerptRef, message: str, **judgement: Any) -> None:
        self.controller.judge(e.excerpt_id, message, **judgement)

    def confirm(self) -> None:
        e = self.target()
        if e is not None:
            self._judge(e, f"Excerpt #{e.excerpt_id} confirmed.", confirm=True)

    def reject(self) -> QDialog | None:
        from tracker.ui.dialogs.judgement import RejectDialog

        e = self.target()
        if e is None:
            return None
        dialog = RejectDialog(e, self.window)

        def done() -> None:
            reason, note = dialog.value()
            self._judge(
                e,
                f"Excerpt #{e.excerpt_id} rejected ({reason_words(reason)}).",
                reject=True,
                reason=reason,
                note=note,
            )

        return self._open(dialog, done)

    def _choose(self, dialog_class: Any, field: str, words: str) -> QDialog | None:
        """A choice dialog on the target; OK records ``field`` = the choice."""
        e = self.target()
        if e is None:
            return None
        dialog = dialog_class(e, self.window)
        return self._open(
            dialog,
            lambda: self._judge(
                e, f"Excerpt #{e.excerpt_id}: {words} changed.", **{field: dialog.value()}
            ),
        )

    def change_signal(self) -> QDialog | None:
        from tracker.ui.dialogs.judgement import SignalDialog

        return self._choose(SignalDialog, "signal", "signal")

    def change_modality(self) -> QDialog | None:
        from tracker.ui.dialogs.judgement import ModalityDialog

        return self._choose(ModalityDialog, "modality", "modality")

    def change_date(self) -> QDialog | None:
        from tracker.ui.dialogs.judgement import DateDialog

        e = self.target()
        if e is None:
            return None
        dialog = DateDialog(e, self.window)

        def done() -> None:
            day, precision = dialog.value()
            words = describe_date(date.fromisoformat(day), precision)
            self._judge(
                e,
                f"Excerpt #{e.excerpt_id} re-dated: {words}.",
                event_date=day,
                precision=precision,
            )

        return self._open(dialog, done)

    def move(self) -> QDialog | None:
        from tracker.ui.dialogs.judgement import MoveDialog

        e = self.target()
        snapshot = self.window.snapshot
        if e is None or snapshot is None:
            return None
        tracks = [
            (d.track.id, d.track.title) for d in snapshot.details.values() if not d.track.archived
        ]
        dialog = MoveDialog(e, tracks, self.window)

        def done() -> None:
            track, keep = dialog.value()
            if keep:
                self._judge(
                    e, f"Excerpt #{e.excerpt_id} is evidence of {track} too.", add_track=track
                )
            else:
                self._judge(
                    e,
                    f"Excerpt #{e.excerpt_id} moved to {track}.",
                    track=track,
                    from_track=e.track_id,
                )

        return self._open(dialog, done)

    def add_note(self) -> QDialog | None:
        from tracker.ui.dialogs.judgement import NoteDialog

        e = self.target()
        if e is None:
            return None
        found = self._find(e.track_id, e.excerpt_id)
        dialog = NoteDialog(e, list(found.notes) if found else [], self.window)
        return self._open(
            dialog,
            lambda: self._judge(e, f"Note kept on excerpt #{e.excerpt_id}.", note=dialog.value()),
        )

    def teach(self) -> QDialog | None:
        from tracker.ui.dialogs.rule import RuleDialog

        e = self.target()
        if e is None:
            return None
        phrase = e.cue or ""
        span = self.window.source.selected_span()
        if span is not None and self.window.source._view is not None:
            words = self.window.source._view.document.text[span[0] : span[1]]
            if " ".join(words.split()) in " ".join(e.quote.split()):
                phrase = " ".join(words.split())
        dialog = RuleDialog(
            self.window,
            phrase=phrase,
            signal=e.signal,
            kind=e.kind,
            excerpt_id=e.excerpt_id,
            quote=one_line(e.quote, 200),
        )
        return self._open(dialog, lambda: self.controller.add_rule(**dialog.rule()))

    def copy_citation(self) -> str:
        """Copy the target excerpt's quote with its citation; returns the text ("" when
        there is no target)."""
        e = self.target()
        if e is None:
            return ""
        found = self._find(e.track_id, e.excerpt_id)
        text = evidence_citation(found) if found is not None else citation(e)
        QGuiApplication.clipboard().setText(text)
        self._tell("Quote copied with its citation.")
        return text

    def show_in_source(self) -> None:
        e = self.target()
        if e is None:
            return
        w = self.window
        if w.track_list.current_track() != e.track_id:
            w.track_list.select_track(e.track_id)
        found = self._find(e.track_id, e.excerpt_id)
        w.detail.select_excerpt(e.excerpt_id)
        if found is not None:
            w.detail.excerpt_chosen.emit(found)

    def add_evidence(self) -> None:
        source = self.window.source
        span = source.selected_span()
        if span is None or source.document_id is None:
            self._tell("Select the words to add in the source text first.")
            return
        self.controller.suggest_evidence(
            source.document_id, span[0], span[1], self.window.track_list.current_track()
        )

    @Slot(object)
    def _on_suggestion(self, suggestion: Suggestion) -> None:
        self.open_add_dialog(suggestion)

    def open_add_dialog(self, suggestion: Suggestion) -> QDialog | None:
        from tracker.ui.dialogs.add_evidence import AddEvidenceDialog

        snapshot = self.window.snapshot
        if snapshot is None:
            return None
        tracks = [
            (d.track.id, d.track.title, d.track.kind.value)
            for d in snapshot.details.values()
            if not d.track.archived
        ]
        dialog = AddEvidenceDialog(suggestion, tracks, self.window)

        def done() -> None:
            r = dialog.request()
            self.controller.add_evidence(
                r.document_id,
                r.quote,
                track=r.track,
                signal=r.signal,
                modality=r.modality,
                event_date=r.event_date,
                precision=r.precision,
                note=r.note,
                near=r.near,
            )

        return self._open(dialog, done)

    @Slot(bool)
    def _on_hold_toggled(self, hold: bool) -> None:
        detail = self._detail()
        if self.window.refused_while_flagged():
            self.hold.setChecked(not hold)
            return
        if detail is not None:
            self.controller.set_review_mode(detail.track.id, "hold" if hold else "apply")

    @Slot(str)
    def _on_mode_changed(self, track_id: str) -> None:
        detail = self._detail(track_id)
        held = detail is not None and detail.status.review_mode == "hold"
        self._tell(
            f"{track_id}: new machine readings "
            + ("wait for review." if held else "are applied at once.")
        )

    # ------------------------------------------------------------------ review tab

    def show_review(self) -> None:
        self.window.left_tabs.setCurrentWidget(self.review)
        self.review.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot(object)
    def _on_review_chosen(self, item: ReviewItem) -> None:
        w = self.window
        if w.track_list.current_track() != item.track:
            w.track_list.select_track(item.track)
        w.detail.select_excerpt(item.excerpt)

    @Slot(object)
    def _on_snapshot(self, snapshot: Snapshot) -> None:
        self.review.set_queue(snapshot.review)
        count = snapshot.review.count if snapshot.review else 0
        held = sum(1 for i in snapshot.review.items if i.held) if snapshot.review else 0
        title = f"Review ({count})" if count else "Review"
        tabs = self.window.left_tabs
        tabs.setTabText(self.tab_index, title)
        tabs.setTabToolTip(
            self.tab_index,
            f"{count} machine readings wait for an analyst ({held} held back)"
            if count
            else "Nothing waits for review",
        )
        if self._prefs_panel is not None:
            self._prefs_panel.set_rules(snapshot.rules)
        self._update()

    def attach_rules_panel(self, panel: Any) -> None:
        """Wire the rules panel of an open Preferences dialog to the controller."""
        self._prefs_panel = panel
        panel.remove_requested.connect(self._guarded(self.controller.remove_rule))
        panel.import_requested.connect(self._guarded(self.controller.import_rules))
        panel.export_requested.connect(self.controller.export_rules)
        panel.add_requested.connect(self._guarded(self._open_rule_dialog))
        panel.destroyed.connect(lambda *_: setattr(self, "_prefs_panel", None))
        if self.window.snapshot is not None:
            panel.set_rules(self.window.snapshot.rules)

    def _open_rule_dialog(self) -> None:
        from tracker.ui.dialogs.rule import RuleDialog

        detail = self._detail()
        dialog = RuleDialog(self.window, kind=detail.track.kind.value if detail else None)
        self._open(dialog, lambda: self.controller.add_rule(**dialog.rule()))


def install_judging(window: MainWindow) -> JudgingActions:
    """Add the judging actions, menus, context menus and the review tab to ``window``."""
    return JudgingActions(window)
