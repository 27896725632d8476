"""The main window: tracks (and documents, search results, what changed) on the left, the
chosen track in the middle, its source on the right — or the board of every track on one
time axis; menus where every action has a shortcut, a toolbar with the search field, and
a status bar.

Tab moves from the track list to the track, its evidence and the source; arrow keys move
inside a list or table (Tab never walks its cells).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import replace
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
    QGuiApplication,
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
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
)

from tracker.app_info import APP_NAME
from tracker.domain.text import label
from tracker.ui.controller import TrackerController
from tracker.ui.errors import show_problem
from tracker.ui.models.base import plain_tooltip
from tracker.ui.seen import DOCUMENTS, SeenKeeper, track_scope
from tracker.ui.snapshot import (
    DocumentPage,
    DocumentQuery,
    DocumentView,
    Snapshot,
    TrackDetail,
    TrackEvidence,
)
from tracker.ui.ui_settings import load_bytes, save_bytes, ui_settings
from tracker.ui.views.widgets import plain_label

if TYPE_CHECKING:
    from tracker.domain.models import Evidence
    from tracker.services.changes import ChangeReport
    from tracker.services.search import SearchHit
    from tracker.services.status import HistoryEntry

    # Dialogs and the board are imported when first opened: the first paint needs none.
    from tracker.ui.dialogs.about import AboutDialog
    from tracker.ui.dialogs.export import ExportBriefingDialog
    from tracker.ui.dialogs.import_dialog import ImportDialog
    from tracker.ui.dialogs.override import OverrideDialog
    from tracker.ui.dialogs.reason import ReasonDialog
    from tracker.ui.dialogs.shortcuts import ShortcutsDialog
    from tracker.ui.dialogs.track_editor import TrackEditorDialog
    from tracker.ui.views.board import BoardPage
    from tracker.ui.views.changes import ChangesView
    from tracker.ui.views.documents import DocumentListView
    from tracker.ui.views.search import SearchResultsView
    from tracker.ui.views.source import SourceView
    from tracker.ui.views.track_detail import TrackDetailView
    from tracker.ui.views.track_list import TrackListView
    from tracker.ui.window_lock import WindowLock


log = logging.getLogger(__name__)

DOC_CACHE = 24
LOCK_RETRY_MS = 5000
TRACKS_TAB, DOCUMENTS_TAB, SEARCH_TAB, CHANGES_TAB = range(4)
# The largest default size; smaller screens get 92% of what they have.
DEFAULT_SIZE = (1440, 900)


def _keys(standard: QKeySequence.StandardKey, *fallback: str) -> list[QKeySequence]:
    """The platform's keys for ``standard`` (some platforms have none), then ``fallback``."""
    out: list[QKeySequence] = []
    for key in [*QKeySequence.keyBindings(standard), *(QKeySequence(f) for f in fallback)]:
        if not key.isEmpty() and key not in out:
            out.append(key)
    return out


class MainWindow(QMainWindow):
    """Holds the views and wires them to the controller; the logic is the controller's."""

    track_list: TrackListView
    documents_view: DocumentListView
    search_view: SearchResultsView
    changes_view: ChangesView
    left_tabs: QTabWidget
    detail: TrackDetailView
    source: SourceView
    splitter: QSplitter

    def __init__(
        self,
        controller: TrackerController,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        views: bool = True,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._today = today
        self._snapshot: Snapshot | None = None
        self._changes: ChangeReport | None = None
        self._shown: tuple[int, str] | None = None
        self._shown_track: str | None = None
        self._docs: dict[int, DocumentView] = {}
        self._evidence: dict[str, TrackEvidence] = {}
        self._pending: tuple[str, int, int, str] | None = None  # an excerpt to show when read
        self._focus: Evidence | None = None  # the excerpt shown in the source
        self._dialogs: list[QWidget] = []
        self._sized = False
        self._readonly = controller.readonly
        self._lock: WindowLock | None = None
        self._board: BoardPage | None = None
        self._seen = SeenKeeper()
        self._left_tab = TRACKS_TAB
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.setAccessibleName("Diplomatic Status Tracker main window")

        self._built = False
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        self.pages.addWidget(QWidget(self))  # the views come with build_views()
        self.setCentralWidget(self.pages)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchField")
        self.search_edit.setAccessibleName("Search documents and excerpts")
        self.search_edit.setPlaceholderText("Search documents and excerpts (Ctrl+F)")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(200)
        self.search_edit.setMaximumWidth(420)
        self.search_edit.returnPressed.connect(self._on_search_requested)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(350)
        self._search_timer.timeout.connect(self._on_search_requested)
        self.search_edit.textEdited.connect(lambda _t: self._search_timer.start())
        from tracker.ui.views.search_help import add_search_help

        self.search_help = add_search_help(self.search_edit)  # "?" and F1 in the field

        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self._make_status_bar()
        self._make_integrity_banner()
        self.integrity_dock.hide()  # until a snapshot says the database does not verify
        self._wire()
        self._restore_geometry()
        if views:
            self.build_views()

    def build_views(self) -> None:
        """Build the panes (the track list, the track, the source) and wire them. The
        desktop app calls it once the window's frame has painted; until then the window
        is its menus, toolbar and status bar."""
        if self._built:
            return
        from tracker.ui.views.changes import ChangesView
        from tracker.ui.views.documents import DocumentListView
        from tracker.ui.views.judging import install_judging
        from tracker.ui.views.search import SearchResultsView
        from tracker.ui.views.source import SourceView
        from tracker.ui.views.track_detail import TrackDetailView
        from tracker.ui.views.track_list import TrackListView

        self.track_list = TrackListView(self)
        self.documents_view = DocumentListView(self)
        self.search_view = SearchResultsView(self)
        self.changes_view = ChangesView(self)
        self.left_tabs = QTabWidget(self)
        self.left_tabs.setObjectName("leftTabs")
        self.left_tabs.addTab(self.track_list, "Tracks")
        self.left_tabs.addTab(self.documents_view, "Documents")
        self.left_tabs.addTab(self.search_view, "Search")
        self.left_tabs.addTab(self.changes_view, "Changes")
        self.left_tabs.currentChanged.connect(self._on_left_tab_changed)
        # five tabs in a narrow pane: less padding than the style's; on a small screen the
        # quotes get the room and the tab bar scrolls (each tab has a shortcut, Ctrl+1…4, 8)
        self.left_tabs.tabBar().setStyleSheet("QTabBar::tab { padding: 4px 6px; }")
        self.left_tabs.tabBar().setExpanding(False)
        self.left_tabs.tabBar().setUsesScrollButtons(True)
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
        self.splitter.setStretchFactor(2, 3)
        placeholder = self.pages.widget(0)
        self.pages.insertWidget(0, self.splitter)
        self.pages.setCurrentIndex(0)
        if placeholder is not None:
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        self._built = True

        self._wire_views()
        self.judging = install_judging(self)
        self._set_focus_order()
        self._restore_views_state()
        self._update_actions()
        if self.isVisible():
            self.set_default_sizes()

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
        self.act_quit = self._action("&Quit", self.close, _keys(K.StandardKey.Quit, "Ctrl+Q"))
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.act_undo = self._action(
            "&Undo",
            self.controller.undo,
            K(K.StandardKey.Undo),
            tip="Undo the last analyst action (recorded, nothing deleted)",
        )
        self.act_redo = self._action(
            "&Redo",
            self.controller.redo,
            [K("Ctrl+Shift+Z"), K("Ctrl+Y")],
            tip="Make the last undone action hold again (recorded)",
        )
        self.act_copy = self._action(
            "&Copy quote with citation",
            self._on_copy_citation,
            K("Ctrl+Shift+C"),
            tip="Copy the chosen quote with who said it, where and when (Ctrl+C in the evidence)",
        )
        self.act_find = self._action("&Find…", self._on_find, K(K.StandardKey.Find))
        self.act_filter = self._action(
            "Filter the &evidence", self._on_filter_evidence, K("Ctrl+Shift+F")
        )
        self.act_prefs = self._action(
            "&Preferences…",
            self.controller.load_preferences,
            _keys(K.StandardKey.Preferences, "Ctrl+,"),
        )
        self.act_prefs.setMenuRole(QAction.MenuRole.PreferencesRole)

        self.act_archived = QAction("Show &archived tracks", self)
        self.act_archived.setCheckable(True)
        self.act_archived.setShortcut(K("Ctrl+Shift+H"))
        self.act_archived.toggled.connect(self._on_show_archived)
        self.act_board = QAction("&Board of all tracks", self)
        self.act_board.setCheckable(True)
        self.act_board.setShortcut(K("Ctrl+B"))
        self.act_board.setStatusTip("Every track's status on one time axis")
        self.act_board.toggled.connect(self.show_board)
        self.act_zoom_in = self._action("Board: zoom &in", lambda: self._zoom(1.5), K("Ctrl+="))
        self.act_zoom_out = self._action(
            "Board: zoom &out", lambda: self._zoom(1 / 1.5), K("Ctrl+-")
        )
        self.act_zoom_fit = self._action("Board: &fit", lambda: self._zoom(0), K("Ctrl+0"))
        self.act_refresh = self._action(
            "&Reload", self.controller.refresh, K(K.StandardKey.Refresh)
        )
        tab = self._left_tab_action
        self.act_tab_tracks = tab("&Tracks", TRACKS_TAB, "Ctrl+1")
        self.act_tab_docs = tab("&Documents", DOCUMENTS_TAB, "Ctrl+2")
        self.act_tab_search = tab("&Search results", SEARCH_TAB, "Ctrl+3")
        self.act_tab_changes = tab("&Changes since you last looked", CHANGES_TAB, "Ctrl+4")
        self.act_tab_evidence = self._action("&Evidence", lambda: self._detail_tab(0), K("Ctrl+5"))
        self.act_tab_why = self._action(
            "&Why this status", lambda: self._detail_tab(1), K("Ctrl+6")
        )
        self.act_tab_history = self._action("&History", lambda: self._detail_tab(2), K("Ctrl+7"))
        self.act_mark_seen = self._action(
            "&Mark this track as seen",
            self._on_mark_track_seen,
            K("Ctrl+D"),
            tip="Clear what is new on this track",
        )
        self.act_mark_all_seen = self._action(
            "Mark &all as seen",
            self.mark_all_seen,
            K("Ctrl+Shift+D"),
            tip="Clear everything new since you last looked",
        )

        self.act_new_track = self._action(
            "&New track…", self.open_new_track_dialog, K(K.StandardKey.New)
        )
        self.act_edit_track = self._action("&Edit track…", self.open_edit_track_dialog, K("F2"))
        self.act_archive = self._action(
            "&Archive track", self._on_archive_clicked, K("Ctrl+Shift+A")
        )
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
        self.act_latest = self._action(
            "Show the &latest development", lambda: self.detail._on_latest_clicked(), K("Ctrl+L")
        )
        self.act_original = self._action(
            "Open the ori&ginal article",
            self._on_open_original,
            K("Ctrl+Shift+U"),
            tip="Open the chosen excerpt's (or the open document's) address in the browser",
        )
        self.act_recompute = self._action(
            "Re&compute statuses", self.controller.recompute, K("Ctrl+Shift+R")
        )

        self.act_shortcuts = self._action(
            "&Keyboard shortcuts",
            self.open_shortcuts_dialog,
            [K("Ctrl+/"), K("Shift+F1")],
        )
        self.act_about = self._action(
            f"&About {APP_NAME}", self.open_about_dialog, K("Ctrl+Shift+F1")
        )
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_about_qt = self._action("About &Qt", QApplication.aboutQt, K("Ctrl+Alt+F1"))
        self.act_about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _left_tab_action(self, text: str, index: int, keys: str) -> QAction:
        return self._action(text, lambda: self.show_left_tab(index), QKeySequence(keys))

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([self.act_import, self.act_import_folder, self.act_paste])
        file_menu.addSeparator()
        file_menu.addAction(self.act_export)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit = bar.addMenu("&Edit")
        edit.addActions([self.act_undo, self.act_redo])
        edit.addSeparator()
        edit.addAction(self.act_copy)
        edit.addSeparator()
        edit.addActions([self.act_find, self.act_filter])
        edit.addSeparator()
        edit.addAction(self.act_prefs)
        view = bar.addMenu("&View")
        view.addAction(self.act_board)
        view.addActions([self.act_zoom_in, self.act_zoom_out, self.act_zoom_fit])
        view.addSeparator()
        view.addActions(
            [self.act_tab_tracks, self.act_tab_docs, self.act_tab_search, self.act_tab_changes]
        )
        view.addActions([self.act_tab_evidence, self.act_tab_why, self.act_tab_history])
        view.addSeparator()
        view.addActions([self.act_mark_seen, self.act_mark_all_seen])
        view.addSeparator()
        view.addAction(self.act_archived)
        view.addAction(self.act_refresh)
        track = bar.addMenu("&Track")
        track.addActions([self.act_new_track, self.act_edit_track, self.act_archive])
        track.addSeparator()
        track.addActions([self.act_override, self.act_revoke, self.act_ack])
        track.addSeparator()
        track.addActions([self.act_latest, self.act_original])
        track.addSeparator()
        track.addAction(self.act_recompute)
        helpm = bar.addMenu("&Help")
        helpm.addActions([self.act_shortcuts, self.act_about, self.act_about_qt])

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
        tools.addAction(self.act_redo)
        tools.addSeparator()
        tools.addAction(self.act_board)
        tools.addAction(self.act_export)
        spacer = QWidget(tools)
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy()
        )
        tools.addWidget(spacer)
        tools.addWidget(self.search_edit)
        self.addToolBar(tools)
        for action, short in (
            (self.act_import, "Import files"),
            (self.act_paste, "Paste article"),
            (self.act_override, "Override status"),
            (self.act_undo, "Undo"),
            (self.act_redo, "Redo"),
            (self.act_board, "Board"),
            (self.act_export, "Export briefing"),
        ):
            action.setIconText(short)

    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        self.db_label = plain_label(name="Database")
        self.counts_label = plain_label(name="Counts")
        self.busy_label = plain_label("", name="Activity")
        self.readonly_label = plain_label("", name="Read-only")
        self.readonly_label.hide()
        self.take_over_button = QPushButton("Edit here", self)
        self.take_over_button.setToolTip(
            "The other window has closed: open this database for writing"
        )
        self.take_over_button.clicked.connect(self._on_take_over)
        self.take_over_button.hide()
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(self.readonly_label)
        bar.addPermanentWidget(self.take_over_button)
        bar.addPermanentWidget(self.counts_label)
        bar.addPermanentWidget(self.db_label)
        self.db_label.setText(f"Database: {Path(self.controller.db_path).name}")
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

    def _wire(self) -> None:
        c = self.controller
        c.snapshot_changed.connect(self._on_snapshot_changed)
        c.search_finished.connect(self._on_search_finished)
        c.failed.connect(self._on_failed)
        c.import_finished.connect(self._on_import_finished)
        c.evidence_loaded.connect(self._on_evidence_loaded)
        c.documents_loaded.connect(self._on_documents_loaded)
        c.changes_updated.connect(self._apply_changes)
        c.override_applied.connect(lambda t: self._tell(f"Override recorded on {self._title(t)}."))
        c.override_revoked.connect(lambda t: self._tell(f"Override on {self._title(t)} revoked."))
        c.review_acknowledged.connect(
            lambda t: self._tell(f"Review on {self._title(t)} acknowledged.")
        )
        c.action_undone.connect(lambda d: self._tell(f"Undone: the {d}."))
        c.action_redone.connect(lambda d: self._tell(f"Redone: the {d}."))
        c.document_edited.connect(lambda d: self._tell(f"Document #{d} updated."))
        c.track_saved.connect(self._on_track_saved)
        c.preferences_loaded.connect(self._on_preferences_loaded)
        c.preferences_saved.connect(lambda: self._tell("Preferences saved."))
        c.briefing_exported.connect(self._on_briefing_exported)
        c.recomputed.connect(self._on_recomputed)
        c.findings_acknowledged.connect(
            lambda n: self._tell(f"{n} finding(s) acknowledged; the database can be changed again.")
        )
        c.runner.busy_changed.connect(self._on_busy_changed)
        c.runner.set_progress_parent(self)

    def _wire_views(self) -> None:
        self.track_list.track_selected.connect(self._on_track_selected)
        d = self.detail
        d.excerpt_chosen.connect(self._on_excerpt_chosen)
        d.excerpt_requested.connect(lambda e, doc, q: self.show_excerpt(None, e, doc, q))
        d.override_requested.connect(self.open_override_dialog)
        d.revoke_requested.connect(self.open_revoke_dialog)
        d.acknowledge_requested.connect(self.open_acknowledge_dialog)
        d.undo_requested.connect(self.controller.undo)
        d.history.redo_requested.connect(self.controller.redo)
        d.open_original_requested.connect(self.open_original)
        d.evidence.copied.connect(lambda _t: self._tell("Quote copied with its citation."))
        self.source.metadata_edit_requested.connect(self.controller.edit_document)
        self.search_view.hit_chosen.connect(self._on_hit_chosen)
        self.documents_view.document_chosen.connect(self._on_document_chosen)
        self.documents_view.fetch_requested.connect(self._on_documents_wanted)
        ch = self.changes_view
        ch.track_chosen.connect(self._on_change_track_chosen)
        ch.excerpt_chosen.connect(self.show_excerpt)
        ch.document_chosen.connect(self._on_document_chosen)
        ch.mark_all_requested.connect(self.mark_all_seen)

    def _set_focus_order(self) -> None:
        """list → track → evidence → source (Tab leaves a table; arrows move inside)."""
        d, e, s = self.detail, self.detail.evidence, self.source
        chain: list[QWidget] = [
            self.search_edit,
            self.track_list.filter_edit,
            self.track_list.order_combo,
            self.track_list.table,
            d.review_show,
            d.review_ack,
            d.latest_button,
            d.override_button,
            d.revoke_button,
            d.timeline,
            d.tabs.tabBar(),
            e.filter_edit,
            e.signal_combo,
            e.outlet_combo,
            e.dates_button,
            e.columns_button,
            e.table,
            e.copy_button,
            e.original_button,
            s.text,
            s.outlet,
            s.reliability,
            s.published,
            s.url,
            s.revert_button,
            s.save_button,
        ]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    # ================================================================== state

    def _restore_geometry(self) -> None:
        geometry = load_bytes("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            self._fit_to_screen()
        else:
            self.resize(*self.default_size())
        state = load_bytes("main/state")
        if state is not None:
            self.restoreState(state)

    def _restore_views_state(self) -> None:
        for key, splitter in self._splitters().items():
            saved = load_bytes(f"main/{key}")
            if saved is not None:
                splitter.restoreState(saved)
        self.act_archived.setChecked(
            bool(ui_settings().value("main/show_archived", False, type=bool))
        )

    def default_size(self) -> tuple[int, int]:
        """The size a first run opens at: at most ``DEFAULT_SIZE``, and never more than
        the screen's free area (status bar in view on a 1280×720 screen)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return DEFAULT_SIZE
        free = screen.availableGeometry()
        return (
            min(DEFAULT_SIZE[0], int(free.width() * 0.92)),
            min(DEFAULT_SIZE[1], int(free.height() * 0.92)),
        )

    def _fit_to_screen(self) -> None:
        """A remembered size larger than this screen shrinks to it."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        frame = self.frameGeometry()
        if frame.width() > free.width() or frame.height() > free.height():
            self.resize(min(self.width(), free.width()), min(self.height(), free.height() - 40))
            self.move(free.topLeft())

    def save_state(self) -> None:
        save_bytes("main/geometry", self.saveGeometry())
        save_bytes("main/state", self.saveState())
        if not self._built:
            return
        for key, splitter in self._splitters().items():
            save_bytes(f"main/{key}", splitter.saveState())
        ui_settings().setValue("main/show_archived", self.act_archived.isChecked())

    def _splitters(self) -> dict[str, QSplitter]:
        return {
            "splitter": self.splitter,
            "history_splitter": self.detail.history.splitter,
        }

    def set_default_sizes(self) -> None:
        """Pane sizes for a window that has none remembered: the track in the middle
        gets the most room, its evidence the quotes."""
        width = max(self.width(), 900)
        left = min(max(self.left_tabs.tabBar().sizeHint().width() + 8, 240), int(width * 0.21))
        source = max(self.source.minimumSizeHint().width(), int(width * 0.25))
        self.splitter.setSizes([left, width - left - source, source])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized and self._built:
            self._sized = True
            if load_bytes("main/splitter") is None:
                self.set_default_sizes()
                QTimer.singleShot(0, self.set_default_sizes)  # again, once laid out

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self._lock is not None:
            self._lock.release()
        super().closeEvent(event)

    # ================================================================== read-only

    @property
    def readonly(self) -> bool:
        return self._readonly

    def show_read_only(self, holder: int | None, lock: WindowLock | None = None) -> None:
        """Another window writes this database: this one reads it, says so, offers no
        change, and — given the lock — offers to take over once the other has closed."""
        self._readonly = True
        self._lock = lock
        who = f" (process {holder})" if holder else ""
        self.readonly_label.setText(f"Read-only: another window{who} is writing this database")
        self.readonly_label.setToolTip(
            "Two windows never write one database. Close the other window to make changes "
            "here (Edit here appears), or use that window."
        )
        self.readonly_label.show()
        self._set_title()
        self._update_actions()
        if lock is not None:
            self._lock_timer = QTimer(self)
            self._lock_timer.setInterval(LOCK_RETRY_MS)
            self._lock_timer.timeout.connect(self._on_lock_retry)
            self._lock_timer.start()

    def hold_lock(self, lock: WindowLock) -> None:
        """The lock this (writing) window holds; released when it closes."""
        self._lock = lock

    @Slot()
    def _on_lock_retry(self) -> None:
        if self._lock is not None and self._lock.try_lock():
            self._lock_timer.stop()
            self.take_over_button.show()
            self.readonly_label.setText("Read-only: the other window has closed")

    @Slot()
    def _on_take_over(self) -> None:
        self.take_over_button.hide()
        self.readonly_label.hide()
        self._readonly = False
        self.controller.runner.reopen(readonly=False)
        self.controller.refresh()
        self._set_title()
        self._update_actions()
        self._tell("This window now writes the database.")

    def _set_title(self) -> None:
        name = label(Path(self._snapshot.db_path).name) if self._snapshot else ""
        title = f"{name} — {APP_NAME}" if name else APP_NAME
        if self._flagged():
            title += " — read-only: does not verify"
        elif self._readonly:
            title += " — read-only"
        self.setWindowTitle(title)

    def _writable(self) -> bool:
        """Whether this window may change the database: it holds the writing lock and the
        database verifies (or its findings were acknowledged)."""
        return not self._readonly and not self._flagged()

    def _flagged(self) -> bool:
        """Whether the database is open read-only until findings against its audit log are
        acknowledged."""
        return bool(self._snapshot and self._snapshot.flagged)

    # ================================================================== snapshot

    @property
    def snapshot(self) -> Snapshot | None:
        return self._snapshot

    def _title(self, track_id: str) -> str:
        detail = self._snapshot.detail(track_id) if self._snapshot else None
        return f"“{detail.track.title}”" if detail else track_id

    @Slot(object)
    def _on_snapshot_changed(self, snapshot: Snapshot) -> None:
        self._snapshot = snapshot
        self._docs.clear()
        self._evidence.clear()
        self._shown = None
        self._changes = self._seen.filtered(snapshot.changes)
        if snapshot.evidence is not None:  # read with the snapshot: no second job
            self._evidence[snapshot.evidence.track_id] = snapshot.evidence
        self._show_counts()
        self._set_title()
        self._show_integrity(snapshot.flagged)
        self.track_list.set_statuses(snapshot.statuses, self._changes)
        self.search_view.set_track_titles({t: d.track.title for t, d in snapshot.details.items()})
        if snapshot.documents is not None:
            self.documents_view.add_page(snapshot.documents)
        else:
            self.documents_view.reload()
        self.source.set_has_documents(bool(snapshot.counts.get("documents")))
        self._apply_changes(self._changes, local=True)
        if self._board is not None:
            self._fill_board()
        self._show_track(self.track_list.current_track())
        if self.source.document_id is not None:
            self._open_document(self.source.document_id, focus=self._focus)
        self._update_actions()

    def _show_counts(self) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            return
        c = snapshot.counts

        def n(count: int, word: str) -> str:
            return f"{count:,} {word}{'' if count == 1 else 's'}"

        active = snapshot.active_overrides
        overrides = f" · {n(active, 'active override')}" if active else ""
        self.counts_label.setText(
            f"{n(c.get('tracks', 0), 'track')} · {n(c.get('documents', 0), 'document')} · "
            f"{n(c.get('excerpts', 0), 'excerpt')}{overrides}"
        )

    def current_detail(self) -> TrackDetail | None:
        if self._snapshot is None:
            return None
        return self._snapshot.detail(self.track_list.current_track())

    def current_evidence(self) -> TrackEvidence | None:
        detail = self.current_detail()
        return self._evidence.get(detail.track.id) if detail else None

    def evidence_rows(self, track_id: str) -> list[Evidence]:
        """The evidence of ``track_id`` read since the last snapshot (empty when it has not
        been read)."""
        loaded = self._evidence.get(track_id)
        return loaded.rows if loaded is not None else []

    @Slot(str)
    def _on_track_selected(self, track_id: str) -> None:
        self._show_track(track_id)

    def _show_track(self, track_id: str | None) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            return
        key = (snapshot.serial, track_id or "")
        if self._shown == key:
            return
        self._shown = key
        self.controller.focus_track = track_id
        self._leave_track(track_id)
        detail = snapshot.detail(track_id)
        change = self._changes.for_track(track_id or "") if self._changes else None
        self.detail.show_detail(
            detail, today=self._today, change=change, readonly=not self._writable()
        )
        self.detail.set_audit(snapshot.audit, snapshot.undo_label, snapshot.redo_label)
        if self._board is not None:
            self._board.board.set_current(track_id)
        if detail is not None:
            cached = self._evidence.get(detail.track.id)
            if cached is not None:
                self.detail.set_evidence(cached, change)
                self._after_evidence(detail.track.id)
            else:
                self.controller.load_evidence(detail.track.id)
        self._update_actions()

    def _leave_track(self, next_track: str | None) -> None:
        """The analyst moves from one track to another: the one left, if it was on screen
        long enough, is seen."""
        previous = self._shown_track
        if previous == next_track:
            return
        self._shown_track = next_track
        if previous is not None and self._seen.left(track_scope(previous)):
            self._mark_tracks_seen([previous])
        if next_track is not None:
            self._seen.shown(track_scope(next_track))

    @Slot(object)
    def _on_evidence_loaded(self, evidence: TrackEvidence) -> None:
        if self._snapshot is None or evidence.snapshot != self._snapshot.serial:
            return  # read for an older picture; a fresh read follows
        self._evidence[evidence.track_id] = evidence
        change = self._changes.for_track(evidence.track_id) if self._changes else None
        self.detail.set_evidence(evidence, change)
        self._after_evidence(evidence.track_id)

    def _after_evidence(self, track_id: str) -> None:
        """The track's evidence is on view: show the excerpt asked for, or — with no
        document open yet — the latest development in its source."""
        pending = self._pending
        if pending is not None and pending[0] == track_id:
            self._pending = None
            self.show_excerpt(*pending)
        elif track_id == self.track_list.current_track() and self.source.document_id is None:
            latest = self.detail.detail.status.latest if self.detail.detail else None
            if latest is not None:
                self.detail.select_excerpt(latest.excerpt)

    def _update_actions(self) -> None:
        if not self._built:
            return
        detail = self.current_detail()
        status = detail.status if detail else None
        has_track = status is not None
        writable = self._writable()
        self.act_override.setEnabled(writable and has_track and not (status and status.archived))
        self.act_revoke.setEnabled(writable and bool(status and status.override))
        self.act_ack.setEnabled(
            writable and bool(status and status.override and status.needs_review)
        )
        self.act_edit_track.setEnabled(writable and has_track)
        self.act_archive.setEnabled(writable and has_track)
        self.act_archive.setText(
            "Rest&ore track" if status and status.archived else "&Archive track"
        )
        self.act_latest.setEnabled(bool(status and status.latest))
        for action in (
            self.act_import,
            self.act_import_folder,
            self.act_paste,
            self.act_new_track,
            self.act_recompute,
            self.act_prefs,
        ):
            action.setEnabled(writable)
        undo = self._snapshot.undo_label if self._snapshot else None
        redo = self._snapshot.redo_label if self._snapshot else None
        self.act_undo.setEnabled(writable and undo is not None)
        self.act_undo.setText(f"&Undo the {undo}" if undo else "&Undo")
        self.act_undo.setIconText("Undo")
        self.act_undo.setToolTip(f"Undo the {undo}" if undo else "Nothing to undo")
        self.act_redo.setEnabled(writable and redo is not None)
        self.act_redo.setText(f"&Redo the {redo}" if redo else "&Redo")
        self.act_redo.setIconText("Redo")
        self.act_redo.setToolTip(f"Redo the {redo}" if redo else "Nothing to redo")
        self.act_export.setEnabled(self._snapshot is not None and writable)
        on_board = self.pages.currentIndex() == 1
        for action in (self.act_zoom_in, self.act_zoom_out, self.act_zoom_fit):
            action.setEnabled(on_board)
        self.act_mark_seen.setEnabled(
            writable and bool(detail and self._changes and self._changes.for_track(detail.track.id))
        )
        self.act_mark_all_seen.setEnabled(writable and bool(self._changes and self._changes.total))
        self.source.save_button.setVisible(writable)
        self.source.revert_button.setVisible(writable)

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

    # ================================================================== what is new

    def _apply_changes(self, report: ChangeReport | None, *, local: bool = False) -> None:
        """Show what is new: the tracks' badges, the Changes panel, bold rows."""
        if not local:
            report = self._seen.filtered(report)
        self._changes = report
        total = report.total if report else 0
        self.left_tabs.setTabText(CHANGES_TAB, f"Changes ({total})" if total else "Changes")
        self.changes_view.set_report(report, readonly=not self._writable())
        self.track_list.set_changes(report)
        docs_new = report.documents_seen_at if report and report.new_documents else None
        self.documents_view.set_new_after(docs_new)
        detail = self.detail.detail
        if detail is not None:
            self.detail.set_change(report.for_track(detail.track.id) if report else None)
        self._update_actions()

    def _mark(self, scopes: list[tuple[str, str | None]]) -> None:
        report = self._changes
        if report is None or not scopes:
            return
        if self._readonly or self._flagged():  # seen in this window only: nothing written
            self._seen.remember([s for s, _ in scopes])
            self._apply_changes(report)
            return
        self.controller.mark_seen(scopes, report.read_at)

    def _mark_tracks_seen(self, track_ids: list[str]) -> None:
        report = self._changes
        if report is None or self._snapshot is None:
            return
        wanted = [t for t in track_ids if report.for_track(t) is not None]
        self._mark(
            [
                (track_scope(t), self._snapshot.details[t].status.status)
                for t in wanted
                if t in self._snapshot.details
            ]
        )

    @Slot()
    def _on_mark_track_seen(self) -> None:
        track = self.track_list.current_track()
        if track is not None:
            self._mark_tracks_seen([track])

    @Slot()
    def mark_all_seen(self) -> None:
        report = self._changes
        if report is None:
            return
        self._mark_tracks_seen([t.track for t in report.tracks])
        if report.new_documents:
            self._mark([(DOCUMENTS, None)])

    def show_left_tab(self, index: int) -> None:
        self.show_board(False)
        self.left_tabs.setCurrentIndex(index)
        widget = self.left_tabs.currentWidget()
        target = {
            TRACKS_TAB: self.track_list.table,
            DOCUMENTS_TAB: self.documents_view.table,
            SEARCH_TAB: self.search_view.table,
            CHANGES_TAB: self.changes_view.tree,
        }.get(index, widget)
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot(int)
    def _on_left_tab_changed(self, index: int) -> None:
        previous, self._left_tab = self._left_tab, index
        if previous == DOCUMENTS_TAB and self._seen.left(DOCUMENTS):
            report = self._changes
            if report is not None and report.new_documents:
                self._mark([(DOCUMENTS, None)])
        if index == DOCUMENTS_TAB:
            self._seen.shown(DOCUMENTS)

    def _detail_tab(self, index: int) -> None:
        self.show_board(False)
        self.detail.tabs.setCurrentIndex(index)
        self.detail.tabs.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot(str)
    def _on_change_track_chosen(self, track_id: str) -> None:
        self.show_board(False)
        self.track_list.select_track(track_id)

    # ================================================================== board

    def board_page(self) -> BoardPage:
        if self._board is None:
            from tracker.ui.views.board import BoardPage

            self._board = BoardPage(self)
            self.pages.addWidget(self._board)
            b = self._board.board
            b.track_chosen.connect(self._on_board_track_chosen)
            b.track_opened.connect(self._on_board_track_opened)
            b.markers_chosen.connect(self._on_board_markers)
            self._fill_board()
        return self._board

    def _fill_board(self) -> None:
        from tracker.ui.views.board import BoardRow

        if self._board is None or self._snapshot is None:
            return
        rows = [
            BoardRow(d.status, d.history)
            for t in self._snapshot.order
            if (d := self._snapshot.details[t])
            and (not d.track.archived or self.act_archived.isChecked())
        ]
        self._board.board.set_rows(rows, today=self._today, current=self.track_list.current_track())

    @Slot(bool)
    def show_board(self, on: bool) -> None:
        if on:
            page = self.board_page()
            self.pages.setCurrentWidget(page)
            page.board.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.pages.setCurrentIndex(0)
        if self.act_board.isChecked() != on:
            self.act_board.setChecked(on)
        self._update_actions()

    def _zoom(self, factor: float) -> None:
        if self._board is None or self.pages.currentIndex() != 1:
            return
        if factor:
            self._board.board.zoom(factor)
        else:
            self._board.board.fit()

    @Slot(str)
    def _on_board_track_chosen(self, track_id: str) -> None:
        self.track_list.select_track(track_id)

    @Slot(str)
    def _on_board_track_opened(self, track_id: str) -> None:
        self.track_list.select_track(track_id)
        self.show_board(False)
        self.track_list.table.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(str, list)
    def _on_board_markers(self, track_id: str, entries: list[HistoryEntry]) -> None:
        self.track_list.select_track(track_id)
        self.show_board(False)
        self.detail._on_markers_chosen(entries)

    # ================================================================== sources

    @Slot(object)
    def _on_excerpt_chosen(self, excerpt: Evidence) -> None:
        self._focus = excerpt
        self._open_document(excerpt.document_id, focus=excerpt)

    def show_excerpt(
        self, track_id: str | None, excerpt_id: int, document_id: int, quote: str
    ) -> None:
        """Show one excerpt: its track, its row in the evidence (once read) and its place
        in the source; one too old to be among the rows read is found by its quote."""
        self.show_board(False)
        track = track_id or self.track_list.current_track()
        if track is None:
            return
        if track != self.track_list.current_track():
            self.track_list.select_track(track)
        if track not in self._evidence:
            self._pending = (track, excerpt_id, document_id, quote)
            return
        if self.detail.select_excerpt(excerpt_id):
            self.detail.evidence.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._focus = None
        self._open_document(document_id, find=quote)

    def _excerpts_of(self, document_id: int) -> tuple[list[Evidence], dict[int, str | None]]:
        evidence = self.current_evidence()
        if evidence is None:
            return [], {}
        rows = [e for e in evidence.rows if e.document_id == document_id]
        return rows, evidence.claims

    def _open_document(
        self,
        document_id: int,
        *,
        focus: Evidence | None = None,
        span: tuple[int, int] | None = None,
        find: str | None = None,
    ) -> None:
        evidence = self.current_evidence()
        if focus is not None and evidence is not None:
            fresh = [e for e in evidence.rows if e.id == focus.id]
            focus = fresh[0] if fresh else None if focus.document_id != document_id else focus

        def show(view: DocumentView) -> None:
            if len(self._docs) >= DOC_CACHE:
                self._docs.pop(next(iter(self._docs)))
            self._docs[document_id] = view
            rows, claims = self._excerpts_of(document_id)
            self.source.show_document(view, rows, focus=focus, span=span, find=find, claims=claims)
            self._update_original()

        cached = self._docs.get(document_id)
        if cached is not None:
            show(cached)
        else:
            self.controller.load_document(document_id, then=show)

    def _update_original(self) -> None:
        e = self.detail.evidence.selected_excerpt()
        doc = self.source.document
        self.act_original.setEnabled(bool((e and e.url) or (doc and doc.url)))

    @Slot(object)
    def _on_hit_chosen(self, hit: SearchHit) -> None:
        if hit.kind == "excerpt" and hit.track_id and hit.excerpt_id is not None:
            self.show_excerpt(hit.track_id, hit.excerpt_id, hit.document_id, "")
            if self._pending is None and self.source.document_id == hit.document_id:
                return
        self._focus = None
        span = (hit.start, hit.end) if hit.start is not None and hit.end is not None else None
        self._open_document(hit.document_id, span=span, find=self.search_edit.text())

    @Slot(int)
    def _on_document_chosen(self, document_id: int) -> None:
        self._focus = None
        self._open_document(document_id)

    @Slot(object)
    def _on_documents_wanted(self, query: DocumentQuery) -> None:
        self.controller.document_query = replace(query, offset=0)
        self.controller.load_documents(query)

    @Slot(object)
    def _on_documents_loaded(self, page: DocumentPage) -> None:
        self.documents_view.add_page(page)

    def _on_copy_citation(self) -> None:
        if not self._built or not self.judging.copy_citation():
            self._tell("Choose an excerpt in the evidence first.")

    def _on_filter_evidence(self) -> None:
        self._detail_tab(0)
        self.detail.evidence.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.detail.evidence.filter_edit.selectAll()

    def _on_open_original(self) -> None:
        e = self.detail.evidence.selected_excerpt()
        if e is not None and e.url and self.focusWidget() is self.detail.evidence.table:
            self.open_original(e)
            return
        doc = self.source.document
        if doc is not None and doc.url:
            self._open_url(doc.url, doc.title)
        elif e is not None:
            self.open_original(e)
        else:
            self._tell("Choose an excerpt or open a document first.")

    @Slot(object)
    def open_original(self, e: Evidence) -> None:
        if not e.url:
            self._tell("No address is on record for this article; add it in the source pane (URL).")
            return
        self._open_url(e.url, e.document_title)

    def _open_url(self, url: str, title: str) -> bool:
        address = QUrl.fromUserInput(url)
        if not address.isValid() or address.scheme() not in ("http", "https", "file"):
            self._tell(f"“{url}” is not a web address the browser can open.")
            return False
        if not QDesktopServices.openUrl(address):
            self._on_failed(
                f"No browser could be started to open {url}. Copy the address from the source pane.",
                "",
            )
            return False
        self._tell(f"Opened the original of “{title}” in the browser.")
        return True

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
        self.show_board(False)
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

    def _message(
        self, icon: QMessageBox.Icon, title: str, text: str, more: str = ""
    ) -> QMessageBox:
        """A message box that shows its texts literally (titles and file names are never
        rich text)."""
        box = QMessageBox(self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setIcon(icon)
        box.setWindowTitle(title)
        box.setText(text)
        if more:
            box.setInformativeText(more)
        return box

    def _refuse_read_only(self) -> bool:
        if self._readonly:
            self._tell("This window is read-only: another window is writing this database.")
        return self._readonly

    def open_override_dialog(self) -> OverrideDialog | None:
        from tracker.ui.dialogs.override import OverrideDialog

        if self.refused_while_flagged():
            return None
        detail = self.current_detail()
        if detail is None or self._refuse_read_only():
            return None
        evidence = self._evidence.get(detail.track.id)
        dialog = OverrideDialog(
            detail.status, evidence.rows if evidence else [], self, today=self._today
        )

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
        if detail is None or detail.status.override is None or self._refuse_read_only():
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
        if detail is None or detail.status.override is None or self._refuse_read_only():
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
                self.import_paths(r.paths)

        dialog.accepted.connect(accepted)
        self._open(dialog)
        return dialog

    def import_paths(self, paths: list[Path]) -> bool:
        """Import files or folders (from the menu, a drop, the command line or another
        ``tracker-gui`` handing them over); refused with a message when read-only."""
        if not paths:
            return False
        if self._readonly:
            names = ", ".join(Path(p).name for p in paths[:3]) + (" …" if len(paths) > 3 else "")
            self._on_failed(
                f"Not imported ({names}): this window is read-only because another window is "
                "writing this database. Import them there, or close it and choose Edit here.",
                "",
            )
            return False
        self.controller.import_paths(paths)
        return True

    def open_import_files(self) -> None:
        from tracker.ui.dialogs.import_dialog import FILE_FILTER

        names, _ = QFileDialog.getOpenFileNames(self, "Import articles", "", FILE_FILTER)
        if names:
            self.import_paths([Path(n) for n in names])

    def open_import_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, "Import a folder of articles")
        if name:
            self.import_paths([Path(name)])

    def open_paste_dialog(self) -> ImportDialog | None:
        if self._refuse_read_only():
            return None
        return self.open_import_dialog(paste=True)

    def open_export_dialog(self) -> ExportBriefingDialog | None:
        from tracker.ui.dialogs.export import ExportBriefingDialog

        if self._snapshot is None or self._refuse_read_only():
            return None
        dialog = ExportBriefingDialog(self._snapshot.statuses, self)

        def accepted() -> None:
            fmt, out, tracks, since = dialog.choice()
            self.controller.export_briefing(fmt, out, tracks, since)

        dialog.accepted.connect(accepted)
        self._open(dialog)
        return dialog

    def open_new_track_dialog(self) -> TrackEditorDialog | None:
        from tracker.ui.dialogs.track_editor import TrackEditorDialog

        if self._refuse_read_only():
            return None
        existing = set(self._snapshot.details) if self._snapshot else set()
        dialog = TrackEditorDialog(None, existing, self)
        dialog.accepted.connect(lambda: self.controller.save_track(*dialog.fields()))
        self._open(dialog)
        return dialog

    def open_edit_track_dialog(self) -> TrackEditorDialog | None:
        from tracker.ui.dialogs.track_editor import TrackEditorDialog

        detail = self.current_detail()
        if detail is None or self._refuse_read_only():
            return None
        dialog = TrackEditorDialog(
            detail.track,
            set(self._snapshot.details) if self._snapshot else set(),
            self,
            suggest=self.controller.suggest_keywords,
        )
        dialog.accepted.connect(lambda: self.controller.save_track(*dialog.fields()))
        self._open(dialog)
        return dialog

    def open_shortcuts_dialog(self) -> ShortcutsDialog:
        from tracker.ui.dialogs.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.menuBar(), self)
        self._open(dialog)
        return dialog

    def _on_archive_clicked(self) -> None:
        detail = self.current_detail()
        if detail is None or self._refuse_read_only():
            return
        if detail.track.archived:
            self.controller.archive_track(detail.track.id, archived=False)
            return
        box = self._message(
            QMessageBox.Icon.Question,
            "Archive track",
            f"Archive “{detail.track.title}”?",
            "It is hidden from the list; its evidence and history are kept, and "
            "View → Show archived tracks brings it back. Undo reverses it.",
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        track_id = detail.track.id
        box.accepted.connect(lambda: self.controller.archive_track(track_id, archived=True))
        self._open(box)

    @Slot(str)
    def _on_track_saved(self, track_id: str) -> None:
        self._tell(f"Track {self._title(track_id)} saved.")
        if not self.track_list.select_track(track_id) and not self.act_archived.isChecked():
            self._tell(
                f"Track {self._title(track_id)} archived (View → Show archived tracks shows it)."
            )

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
        self.track_list.set_show_archived(show)
        if self._board is not None:
            self._fill_board()

    @Slot(list)
    def _on_recomputed(self, ids: list[str]) -> None:
        names = ", ".join(self._title(t) for t in ids) or "none"
        self._tell(f"Statuses recomputed; changed: {names}.")

    @Slot(str)
    def _on_briefing_exported(self, path: str) -> None:
        self._tell(f"Briefing written to {path}")
        if QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            return
        box = self._message(
            QMessageBox.Icon.Information,
            "Briefing written",
            f"The briefing was written to:\n{path}",
            "No application to open it was found on this system; open the file from your "
            "file manager or copy it where you need it.",
        )
        self._open(box)

    # ================================================================== import

    @Slot(object)
    def _on_import_finished(self, result: object) -> None:
        from tracker.services.ingest import IngestItem, IngestReport

        if isinstance(result, IngestItem):
            if result.outcome == "new":
                self._tell(f"Imported “{result.title}” as document #{result.document_id}.")
                self._show_what_changed()
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
        if result.count("new"):
            self._show_what_changed()
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
            box = self._message(
                QMessageBox.Icon.Information,
                "Import finished",
                f"Import finished: {summary}.",
                "\n".join(lines),
            )
            self._open(box)

    def _show_what_changed(self) -> None:
        """After an import, the Changes panel says what the new documents changed."""
        if self._changes is not None and self._changes.total:
            self.show_board(False)
            self.left_tabs.setCurrentIndex(CHANGES_TAB)

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
            self.import_paths(paths)


__all__ = ["MainWindow", "QByteArray", "QLabel"]
