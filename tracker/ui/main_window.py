"""The main window: tracks on the left, the chosen track in the middle, its source on the
right; menus, a toolbar with the search field, and a status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QWidget,
)

from tracker.app_info import APP_NAME
from tracker.domain.text import label
from tracker.ui.controller import TrackerController
from tracker.ui.errors import show_problem
from tracker.ui.models.base import plain_tooltip
from tracker.ui.snapshot import DocumentView, Snapshot, TrackDetail
from tracker.ui.ui_settings import load_bytes, save_bytes, ui_settings
from tracker.ui.views.documents import DocumentListView
from tracker.ui.views.judging import install_judging
from tracker.ui.views.search import SearchResultsView
from tracker.ui.views.search_help import add_search_help
from tracker.ui.views.source import SourceView
from tracker.ui.views.track_detail import TrackDetailView
from tracker.ui.views.track_list import TrackListView
from tracker.ui.views.widgets import plain_label

if TYPE_CHECKING:
    from tracker.domain.models import Evidence
    from tracker.services.search import SearchHit

    # Dialogs are imported when first opened: the first paint does not need them.
    from tracker.ui.dialogs.about import AboutDialog
    from tracker.ui.dialogs.export import ExportBriefingDialog
    from tracker.ui.dialogs.import_dialog import ImportDialog
    from tracker.ui.dialogs.override import OverrideDialog
    from tracker.ui.dialogs.reason import ReasonDialog
    from tracker.ui.dialogs.track_editor import TrackEditorDialog


log = logging.getLogger(__name__)

DOC_CACHE = 24


class MainWindow(QMainWindow):
    """Holds the views and wires them to the controller; the logic is the controller's."""

    def __init__(
        self,
        controller: TrackerController,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._today = today
        self._snapshot: Snapshot | None = None
        self._shown: tuple[int, str] | None = None
        self._docs: dict[int, DocumentView] = {}
        self._focus: Evidence | None = None  # the excerpt shown in the source
        self._dialogs: list[QWidget] = []
        self._sized = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.setAccessibleName("Diplomatic Status Tracker main window")

        # views
        self.track_list = TrackListView(self)
        self.documents_view = DocumentListView(self)
        self.search_view = SearchResultsView(self)
        self.left_tabs = QTabWidget(self)
        self.left_tabs.setObjectName("leftTabs")
        self.left_tabs.addTab(self.track_list, "Tracks")
        self.left_tabs.addTab(self.documents_view, "Documents")
        self.left_tabs.addTab(self.search_view, "Search")
        self.detail = TrackDetailView(self)
        self.source = SourceView(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.left_tabs)
        self.splitter.addWidget(self.detail)
        self.splitter.addWidget(self.source)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 4)
        self.setCentralWidget(self.splitter)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchField")
        self.search_edit.setAccessibleName("Search documents and excerpts")
        self.search_edit.setPlaceholderText("Search documents and excerpts")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(220)
        self.search_edit.setMaximumWidth(420)
        self.search_edit.returnPressed.connect(self._on_search_requested)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(350)
        self._search_timer.timeout.connect(self._on_search_requested)
        self.search_edit.textEdited.connect(lambda _t: self._search_timer.start())
        self.search_help = add_search_help(self.search_edit)

        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self._make_status_bar()
        self._make_integrity_banner()

        # wiring
        c = controller
        c.snapshot_changed.connect(self._on_snapshot_changed)
        c.search_finished.connect(self._on_search_finished)
        c.failed.connect(self._on_failed)
        c.import_finished.connect(self._on_import_finished)
        c.override_applied.connect(lambda t: self._tell(f"Override recorded on {t}."))
        c.override_revoked.connect(lambda t: self._tell(f"Override on {t} revoked."))
        c.review_acknowledged.connect(lambda t: self._tell(f"Review on {t} acknowledged."))
        c.action_undone.connect(lambda d: self._tell(f"Undone: {d}."))
        c.document_edited.connect(lambda d: self._tell(f"Document #{d} updated."))
        c.track_saved.connect(self._on_track_saved)
        c.preferences_loaded.connect(self._on_preferences_loaded)
        c.preferences_saved.connect(lambda: self._tell("Preferences saved."))
        c.briefing_exported.connect(self._on_briefing_exported)
        c.recomputed.connect(
            lambda ids: self._tell(f"Recomputed; changed: {', '.join(ids) or 'none'}.")
        )
        c.findings_acknowledged.connect(
            lambda n: self._tell(f"{n} finding(s) acknowledged; the database can be changed again.")
        )
        c.runner.busy_changed.connect(self._on_busy_changed)
        c.runner.set_progress_parent(self)

        self.track_list.track_selected.connect(self._on_track_selected)
        self.detail.excerpt_chosen.connect(self._on_excerpt_chosen)
        self.detail.override_requested.connect(self.open_override_dialog)
        self.detail.revoke_requested.connect(self.open_revoke_dialog)
        self.detail.acknowledge_requested.connect(self.open_acknowledge_dialog)
        self.detail.undo_requested.connect(self.controller.undo)
        self.source.metadata_edit_requested.connect(self.controller.edit_document)
        self.search_view.hit_chosen.connect(self._on_hit_chosen)
        self.documents_view.document_chosen.connect(self._on_document_chosen)
        self.judging = install_judging(self)

        self._update_actions()
        self._restore_state()
        self.integrity_dock.hide()  # until a snapshot says the database does not verify

    # ================================================================== building

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | list[QKeySequence] | None = None,
        *,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _make_actions(self) -> None:
        K = QKeySequence
        self.act_import = self._action(
            "&Import files…",
            self.open_import_files,
            K(K.StandardKey.Open),
            tip="Import article files (.txt, .md, .html)",
        )
        self.act_import_folder = self._action(
            "Import &folder…", self.open_import_folder, K("Ctrl+Shift+O")
        )
        self.act_paste = self._action(
            "&Paste article…",
            self.open_paste_dialog,
            K("Ctrl+Shift+V"),
            tip="Paste an article's text as a new document",
        )
        self.act_export = self._action("&Export briefing…", self.open_export_dialog, K("Ctrl+E"))
        self.act_quit = self._action("&Quit", self.close, K(K.StandardKey.Quit))
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.act_undo = self._action(
            "&Undo",
            self.controller.undo,
            K(K.StandardKey.Undo),
            tip="Undo the last analyst action (recorded, nothing deleted)",
        )
        self.act_find = self._action("&Find…", self._on_find, K(K.StandardKey.Find))
        self.act_prefs = self._action(
            "&Preferences…",
            self.controller.load_preferences,
            [K(K.StandardKey.Preferences), K("Ctrl+,")],
        )
        self.act_prefs.setMenuRole(QAction.MenuRole.PreferencesRole)

        self.act_archived = QAction("Show &archived tracks", self)
        self.act_archived.setCheckable(True)
        self.act_archived.toggled.connect(self._on_show_archived)
        self.act_refresh = self._action(
            "&Reload", self.controller.refresh, K(K.StandardKey.Refresh)
        )
        self.act_tab_tracks = self._action(
            "&Tracks", lambda: self.left_tabs.setCurrentIndex(0), K("Ctrl+1")
        )
        self.act_tab_docs = self._action(
            "&Documents", lambda: self.left_tabs.setCurrentIndex(1), K("Ctrl+2")
        )
        self.act_tab_search = self._action(
            "&Search results", lambda: self.left_tabs.setCurrentIndex(2), K("Ctrl+3")
        )
        self.act_tab_evidence = self._action(
            "&Evidence", lambda: self.detail.tabs.setCurrentIndex(0), K("Ctrl+4")
        )
        self.act_tab_history = self._action(
            "&History", lambda: self.detail.tabs.setCurrentIndex(1), K("Ctrl+5")
        )

        self.act_new_track = self._action(
            "&New track…", self.open_new_track_dialog, K(K.StandardKey.New)
        )
        self.act_edit_track = self._action("&Edit track…", self.open_edit_track_dialog, K("F2"))
        self.act_archive = self._action("&Archive track", self._on_archive_clicked)
        self.act_override = self._action(
            "&Override status…",
            self.open_override_dialog,
            K("Ctrl+M"),
            tip="Set the status by your judgement, with a reason",
        )
        self.act_revoke = self._action(
            "&Revoke override…", self.open_revoke_dialog, K("Ctrl+Shift+M")
        )
        self.act_ack = self._action(
            "Ac&knowledge review…", self.open_acknowledge_dialog, K("Ctrl+K")
        )
        self.act_recompute = self._action(
            "Re&compute statuses", self.controller.recompute, K("Ctrl+Shift+R")
        )

        self.act_about = self._action(f"&About {APP_NAME}", self.open_about_dialog)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_about_qt = self._action("About &Qt", QApplication.aboutQt)
        self.act_about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([self.act_import, self.act_import_folder, self.act_paste])
        file_menu.addSeparator()
        file_menu.addAction(self.act_export)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit = bar.addMenu("&Edit")
        edit.addAction(self.act_undo)
        edit.addSeparator()
        edit.addAction(self.act_find)
        edit.addSeparator()
        edit.addAction(self.act_prefs)
        view = bar.addMenu("&View")
        view.addAction(self.act_archived)
        view.addSeparator()
        view.addActions([self.act_tab_tracks, self.act_tab_docs, self.act_tab_search])
        view.addActions([self.act_tab_evidence, self.act_tab_history])
        view.addSeparator()
        view.addAction(self.act_refresh)
        track = bar.addMenu("&Track")
        track.addActions([self.act_new_track, self.act_edit_track, self.act_archive])
        track.addSeparator()
        track.addActions([self.act_override, self.act_revoke, self.act_ack])
        track.addSeparator()
        track.addAction(self.act_recompute)
        helpm = bar.addMenu("&Help")
        helpm.addActions([self.act_about, self.act_about_qt])

    def _make_toolbar(self) -> None:
        tools = QToolBar("Main toolbar", self)
        tools.setObjectName("mainToolbar")
        tools.setMovable(False)
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tools.addAction(self.act_import)
        tools.addAction(self.act_paste)
        tools.addSeparator()
        tools.addAction(self.act_override)
        tools.addAction(self.act_undo)
        tools.addSeparator()
        tools.addAction(self.act_export)
        spacer = QWidget(tools)
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy()
        )
        tools.addWidget(spacer)
        tools.addWidget(self.search_edit)
        self.addToolBar(tools)

    def show_read_only(self, holder: int | None) -> None:
        """Tell that another window holds the database, so this one only reads it."""
        who = f" (process {holder})" if holder else ""
        self.setWindowTitle(f"{self.windowTitle()} — read-only")
        label = QLabel(f"Read-only: another window{who} has this database open.")
        self.statusBar().addPermanentWidget(label)

    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        self.db_label = plain_label(name="Database")
        self.counts_label = plain_label(name="Counts")
        self.busy_label = plain_label("", name="Activity")
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(self.counts_label)
        bar.addPermanentWidget(self.db_label)
        self.db_label.setText(f"Database: {self.controller.db_path}")
        self.db_label.setToolTip(plain_tooltip(str(self.controller.db_path)) or "")

    def _make_integrity_banner(self) -> None:
        """A strip above the views, shown only while the database does not verify."""
        from tracker.ui.views.integrity import IntegrityBanner

        self.integrity_banner = IntegrityBanner(self)
        self.integrity_banner.acknowledge_requested.connect(self.confirm_acknowledge_findings)
        dock = QDockWidget(self)
        dock.setObjectName("integrityDock")
        dock.setTitleBarWidget(QWidget(dock))  # no title, no close button: not dismissable
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        dock.setAllowedAreas(Qt.DockWidgetArea.TopDockWidgetArea)
        dock.setWidget(self.integrity_banner)
        dock.toggleViewAction().setVisible(False)
        self.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, dock)
        self.integrity_dock = dock

    def _show_integrity(self, findings: list[str]) -> None:
        self.integrity_banner.show_findings(findings)
        self.integrity_dock.setVisible(bool(findings))

    def confirm_acknowledge_findings(self) -> QMessageBox:
        """Ask before recording the acknowledgement (it is an audit row in the analyst's
        name, and the state is sealed as it now is)."""
        findings = self._snapshot.flagged if self._snapshot else []
        box = QMessageBox(self)
        box.setObjectName("acknowledgeFindingsDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Acknowledge findings")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            f"Acknowledge {len(findings)} finding(s) against the audit log?\n\n"
            "The audit log will record that you have seen them, the database is sealed as "
            "it now is, and changes are allowed again. What was changed outside the tracker "
            "is not undone: check it against a backup first if in doubt."
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Ok).setText("Acknowledge")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(self.controller.acknowledge_findings)
        self._keep(box)
        box.open()
        return box

    # ================================================================== state

    def _restore_state(self) -> None:
        geometry = load_bytes("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = load_bytes("main/state")
        if state is not None:
            self.restoreState(state)
        for key, splitter in self._splitters().items():
            saved = load_bytes(f"main/{key}")
            if saved is not None:
                splitter.restoreState(saved)
        self.act_archived.setChecked(
            bool(ui_settings().value("main/show_archived", False, type=bool))
        )

    def save_state(self) -> None:
        save_bytes("main/geometry", self.saveGeometry())
        save_bytes("main/state", self.saveState())
        for key, splitter in self._splitters().items():
            save_bytes(f"main/{key}", splitter.saveState())
        ui_settings().setValue("main/show_archived", self.act_archived.isChecked())

    def _splitters(self) -> dict[str, QSplitter]:
        return {
            "splitter": self.splitter,
            "detail_splitter": self.detail.splitter,
            "history_splitter": self.detail.history.splitter,
        }

    def set_default_sizes(self) -> None:
        """Pane sizes for a window that has none remembered."""
        width = max(self.width(), 900)
        left = max(320, int(width * 0.23))
        middle = int((width - left) * 0.6)
        self.splitter.setSizes([left, middle, width - left - middle])
        height = max(self.height(), 600)
        self.detail.splitter.setSizes([int(height * 0.36), int(height * 0.64)])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            if load_bytes("main/splitter") is None:
                self.set_default_sizes()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    # ================================================================== snapshot

    @property
    def snapshot(self) -> Snapshot | None:
        return self._snapshot

    @Slot(object)
    def _on_snapshot_changed(self, snapshot: Snapshot) -> None:
        self._snapshot = snapshot
        self._docs.clear()
        self._shown = None
        c = snapshot.counts
        self.counts_label.setText(
            f"{c.get('tracks', 0)} tracks · {c.get('documents', 0)} documents · "
            f"{c.get('excerpts', 0)} excerpts · {c.get('overrides', 0)} overrides"
        )
        name = label(Path(snapshot.db_path).name)
        read_only = " (read-only: does not verify)" if snapshot.flagged else ""
        self.setWindowTitle(f"{name}{read_only} — {APP_NAME}")
        self._show_integrity(snapshot.flagged)
        self.documents_view.set_documents(snapshot.documents)
        self.source.set_has_documents(bool(snapshot.documents))
        self.track_list.set_statuses(snapshot.statuses)
        self._show_track(self.track_list.current_track())
        if self.source.document_id is not None:
            self._open_document(self.source.document_id, focus=self._focus)
        self._update_actions()

    def current_detail(self) -> TrackDetail | None:
        if self._snapshot is None:
            return None
        return self._snapshot.detail(self.track_list.current_track())

    @Slot(str)
    def _on_track_selected(self, track_id: str) -> None:
        self._show_track(track_id)

    def _show_track(self, track_id: str | None) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            return
        key = (id(snapshot), track_id or "")
        if self._shown == key:
            return
        self._shown = key
        previous = self.detail.detail
        detail = snapshot.detail(track_id)
        self.detail.show_detail(detail, today=self._today)
        self.detail.set_audit(snapshot.audit, snapshot.undo_label)
        changed_track = previous is None or detail is None or previous.track.id != detail.track.id
        if detail is not None and changed_track and detail.status.latest is not None:
            self.detail.select_excerpt(detail.status.latest.excerpt)
        self._update_actions()

    def _update_actions(self) -> None:
        detail = self.current_detail()
        status = detail.status if detail else None
        has_track = status is not None
        self.act_override.setEnabled(has_track and not (status and status.archived))
        self.act_revoke.setEnabled(bool(status and status.override))
        self.act_ack.setEnabled(bool(status and status.override and status.needs_review))
        self.act_edit_track.setEnabled(has_track)
        self.act_archive.setEnabled(has_track)
        self.act_archive.setText(
            "Rest&ore track" if status and status.archived else "&Archive track"
        )
        label = self._snapshot.undo_label if self._snapshot else None
        self.act_undo.setEnabled(label is not None)
        self.act_undo.setText(f"&Undo {label}" if label else "&Undo")
        self.act_undo.setIconText("Undo")  # the toolbar keeps it short
        self.act_undo.setToolTip(f"Undo {label}" if label else "Nothing to undo")
        self.act_export.setEnabled(self._snapshot is not None)
        flagged = bool(self._snapshot and self._snapshot.flagged)
        for action in (
            self.act_import,
            self.act_import_folder,
            self.act_paste,
            self.act_new_track,
            self.act_recompute,
        ):
            action.setEnabled(not flagged)
        if flagged:
            for action in self._changing_actions():
                action.setEnabled(False)

    def _changing_actions(self) -> tuple[QAction, ...]:
        """The actions that change the database (off while it is open read-only)."""
        return (
            self.act_import,
            self.act_import_folder,
            self.act_paste,
            self.act_export,
            self.act_undo,
            self.act_new_track,
            self.act_edit_track,
            self.act_archive,
            self.act_override,
            self.act_revoke,
            self.act_ack,
            self.act_recompute,
        )

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        self.busy_label.setText("Working…" if busy else "")

    def _tell(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    @Slot(str, str)
    def _on_failed(self, message: str, details: str) -> None:
        self._tell(message)
        box = show_problem(self, message, details)
        self._keep(box)

    def _keep(self, widget: QWidget) -> None:
        self._dialogs.append(widget)
        if hasattr(widget, "finished"):
            widget.finished.connect(
                lambda *_: self._dialogs.remove(widget) if widget in self._dialogs else None
            )

    # ================================================================== sources

    @Slot(object)
    def _on_excerpt_chosen(self, excerpt: Evidence) -> None:
        self._focus = excerpt
        self._open_document(excerpt.document_id, focus=excerpt)

    def _excerpts_of(self, document_id: int) -> list[Evidence]:
        detail = self.detail.detail
        if detail is None:
            return []
        return [e for e in detail.evidence if e.document_id == document_id]

    def _open_document(
        self,
        document_id: int,
        *,
        focus: Evidence | None = None,
        span: tuple[int, int] | None = None,
        find: str | None = None,
    ) -> None:
        if focus is not None and self.detail.detail is not None:
            fresh = [e for e in self.detail.detail.evidence if e.id == focus.id]
            focus = fresh[0] if fresh else None if focus.document_id != document_id else focus

        def show(view: DocumentView) -> None:
            if len(self._docs) >= DOC_CACHE:
                self._docs.pop(next(iter(self._docs)))
            self._docs[document_id] = view
            self.source.show_document(
                view, self._excerpts_of(document_id), focus=focus, span=span, find=find
            )

        cached = self._docs.get(document_id)
        if cached is not None:
            show(cached)
        else:
            self.controller.load_document(document_id, then=show)

    @Slot(object)
    def _on_hit_chosen(self, hit: SearchHit) -> None:
        if (
            hit.kind == "excerpt"
            and hit.track_id
            and hit.excerpt_id is not None
            and self.track_list.select_track(hit.track_id)
            and self.detail.select_excerpt(hit.excerpt_id)
        ):
            return
        self._focus = None
        span = (hit.start, hit.end) if hit.start is not None and hit.end is not None else None
        self._open_document(hit.document_id, span=span, find=self.search_edit.text())

    @Slot(int)
    def _on_document_chosen(self, document_id: int) -> None:
        self._focus = None
        self._open_document(document_id)

    # ================================================================== search

    @Slot()
    def _on_find(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    @Slot()
    def _on_search_requested(self) -> None:
        self._search_timer.stop()
        text = self.search_edit.text()
        if not text.strip():
            self.search_view.set_results("", [])
            return
        self.controller.search(text)

    @Slot(str, list)
    def _on_search_finished(self, query: str, hits: list[SearchHit]) -> None:
        self.search_view.set_results(query, hits)
        self.left_tabs.setCurrentWidget(self.search_view)

    # ================================================================== dialogs

    def refused_while_flagged(self) -> bool:
        """Whether a change must not even be started: the database is open read-only until
        its findings are acknowledged (said in the status bar; the banner says why)."""
        if self._snapshot is None or not self._snapshot.flagged:
            return False
        self._tell("Read-only: acknowledge the findings in the banner before changing anything.")
        return True

    def _open(self, dialog: QDialog) -> QDialog:
        self._keep(dialog)
        dialog.open()
        return dialog

    def open_override_dialog(self) -> OverrideDialog | None:
        from tracker.ui.dialogs.override import OverrideDialog

        if self.refused_while_flagged():
            return None
        detail = self.current_detail()
        if detail is None:
            return None
        dialog = OverrideDialog(detail.status, detail.evidence, self, today=self._today)

        def accepted() -> None:
            r = dialog.request()
            self.controller.apply_override(
                r.track_id,
                r.status,
                reason=r.reason,
                likelihood=r.likelihood,
                confidence=r.confidence,
                review_by=r.review_by,
                evidence_ids=r.evidence_ids,
            )

        dialog.accepted.connect(accepted)
        self._open(dialog)
        return dialog

    def open_revoke_dialog(self) -> ReasonDialog | None:
        from tracker.ui.dialogs.reason import revoke_dialog

        if self.refused_while_flagged():
            return None
        detail = self.current_detail()
        if detail is None or detail.status.override is None:
            return None
        dialog = revoke_dialog(detail.status.title, self)
        track_id = detail.track.id
        dialog.accepted.connect(
            lambda: self.controller.revoke(track_id, reason=dialog.reason_text())
        )
        self._open(dialog)
        return dialog

    def open_acknowledge_dialog(self) -> ReasonDialog | None:
        from tracker.ui.dialogs.reason import acknowledge_dialog

        if self.refused_while_flagged():
            return None
        detail = self.current_detail()
        if detail is None or detail.status.override is None:
            return None
        dialog = acknowledge_dialog(detail.status.title, detail.status.review_reason, self)
        track_id = detail.track.id
        dialog.accepted.connect(
            lambda: self.controller.acknowledge(track_id, note=dialog.reason_text())
        )
        self._open(dialog)
        return dialog

    def open_import_dialog(
        self, *, paste: bool = False, paths: list[Path] | None = None
    ) -> ImportDialog:
        from tracker.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self, paste=paste)
        if paths:
            dialog.add_paths(paths)

        def accepted() -> None:
            r = dialog.request()
            if r.text is not None:
                self.controller.import_text(
                    r.text, title=r.title, outlet=r.outlet, published=r.published, url=r.url
                )
            elif r.paths:
                self.controller.import_paths(r.paths)

        dialog.accepted.connect(accepted)
        self._open(dialog)
        return dialog

    def open_import_files(self) -> None:
        from tracker.ui.dialogs.import_dialog import FILE_FILTER

        names, _ = QFileDialog.getOpenFileNames(self, "Import articles", "", FILE_FILTER)
        if names:
            self.controller.import_paths([Path(n) for n in names])

    def open_import_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, "Import a folder of articles")
        if name:
            self.controller.import_paths([Path(name)])

    def open_paste_dialog(self) -> ImportDialog:
        return self.open_import_dialog(paste=True)

    def open_export_dialog(self) -> ExportBriefingDialog | None:
        from tracker.ui.dialogs.export import ExportBriefingDialog

        if self._snapshot is None:
            return None
        dialog = ExportBriefingDialog(self._snapshot.statuses, self)

        def accepted() -> None:
            fmt, out, tracks, since = dialog.choice()
            self.controller.export_briefing(fmt, out, tracks, since)

        dialog.accepted.connect(accepted)
        self._open(dialog)
        return dialog

    def open_new_track_dialog(self) -> TrackEditorDialog:
        from tracker.ui.dialogs.track_editor import TrackEditorDialog

        existing = set(self._snapshot.details) if self._snapshot else set()
        dialog = TrackEditorDialog(None, existing, self)
        dialog.accepted.connect(lambda: self.controller.save_track(*dialog.fields()))
        self._open(dialog)
        return dialog

    def open_edit_track_dialog(self) -> TrackEditorDialog | None:
        from tracker.ui.dialogs.track_editor import TrackEditorDialog

        detail = self.current_detail()
        if detail is None:
            return None
        dialog = TrackEditorDialog(
            detail.track, set(self._snapshot.details) if self._snapshot else set(), self
        )
        dialog.accepted.connect(lambda: self.controller.save_track(*dialog.fields()))
        self._open(dialog)
        return dialog

    def _on_archive_clicked(self) -> None:
        detail = self.current_detail()
        if detail is None:
            return
        if detail.track.archived:
            self.controller.archive_track(detail.track.id, archived=False)
            return
        box = QMessageBox(self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Archive track")
        box.setText(f"Archive “{detail.track.title}”?")
        box.setInformativeText(
            "It is hidden from the list; its evidence and history are kept, and "
            "View → Show archived tracks brings it back. Undo reverses it."
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        track_id = detail.track.id
        box.accepted.connect(lambda: self.controller.archive_track(track_id, archived=True))
        self._open(box)

    @Slot(str)
    def _on_track_saved(self, track_id: str) -> None:
        self._tell(f"Track {track_id} saved.")
        if not self.track_list.select_track(track_id) and not self.act_archived.isChecked():
            self._tell(f"Track {track_id} archived (View → Show archived tracks shows it).")

    @Slot(dict)
    def _on_preferences_loaded(self, prefs: dict[str, Any]) -> None:
        from tracker.ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(prefs, self)
        self.judging.attach_rules_panel(dialog.rules_panel)

        def accepted() -> None:
            name, outlets = dialog.values()
            self.controller.save_preferences(name, outlets)

        dialog.accepted.connect(accepted)
        self._open(dialog)

    def open_about_dialog(self) -> AboutDialog:
        from tracker.ui.dialogs.about import AboutDialog

        dialog = AboutDialog(str(self.controller.db_path), self)
        self._open(dialog)
        return dialog

    @Slot(bool)
    def _on_show_archived(self, show: bool) -> None:
        self.track_list.proxy.set_show_archived(show)

    @Slot(str)
    def _on_briefing_exported(self, path: str) -> None:
        self._tell(f"Briefing written to {path}")
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    # ================================================================== import

    @Slot(object)
    def _on_import_finished(self, result: object) -> None:
        from tracker.services.ingest import IngestItem, IngestReport

        if isinstance(result, IngestItem):
            if result.outcome == "new":
                self._tell(f"Imported “{result.title}” as document #{result.document_id}.")
            else:
                self._on_failed(f"Not imported: {result.reason}", "")
            return
        if not isinstance(result, IngestReport):
            return
        skipped = f", {result.skipped} skipped" if result.skipped else ""
        summary = (
            f"{result.count('new')} new, {result.count('duplicate')} already held, "
            f"{result.count('refused')} refused{skipped}"
            + (" (cancelled)" if result.cancelled else "")
        )
        self._tell(f"Import finished: {summary}.")
        refused = [i for i in result.items if i.outcome in ("refused", "skipped")]
        refused += [
            i.model_copy(update={"reason": "; ".join(i.warnings)})
            for i in result.items
            if i.outcome == "new" and i.warnings
        ]
        if refused or result.cancelled:
            lines = [label(f"{Path(i.path).name}: {i.reason}") for i in refused[:20]]
            if len(refused) > 20:
                lines.append(f"… and {len(refused) - 20} more")
            box = QMessageBox(self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle("Import finished")
            box.setText(f"Import finished: {summary}.")
            if lines:
                box.setInformativeText("\n".join(lines))
            self._open(box)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.controller.import_paths(paths)


__all__ = ["MainWindow", "QByteArray", "QLabel"]
