"""A track's evidence: a filter bar (text, signal, outlet, dates), the table (the quote
takes the spare width on two lines; columns chosen by the analyst and remembered) and a
strip under it with the chosen excerpt in full and where it comes from.

Copy (Ctrl+C) copies the quote with its citation. The context menu offers the view's own
actions and then ``context_menu_requested(menu, excerpt)``, so other parts of the window
can add theirs before it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker.briefing.language import quoted
from tracker.ui.format import DASH, citation, fmt_date, one_line
from tracker.ui.models.base import ROW_ROLE, plain_tooltip
from tracker.ui.models.evidence import (
    EvidenceTableModel,
    copy_words,
    date_words,
    grade,
    grade_words,
    rule_words,
    signal_text,
    signal_words,
)
from tracker.ui.ui_settings import ui_settings
from tracker.ui.views.widgets import fixed_columns, plain_label, setup_table

if TYPE_CHECKING:
    from tracker.domain.models import Evidence
    from tracker.ui.snapshot import TrackEvidence

ANY = "__any__"
HIDDEN_KEY = "evidence/hidden_columns"
DEFAULT_HIDDEN = ("Modality", "Speaker", "Copy of", "Judged")


class DateRangeDialog(QDialog):
    """From and to dates for the evidence filter."""

    def __init__(self, start: date | None, end: date | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Evidence between dates")
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        for edit, value in ((self.start, start), (self.end, end)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            day = value or date.today()
            edit.setDate(QDate(day.year, day.month, day.day))
        form = QFormLayout(self)
        form.addRow("From", self.start)
        form.addRow("To", self.end)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def chosen(self) -> tuple[date, date]:
        a = self.start.date().toPython()
        b = self.end.date().toPython()
        assert isinstance(a, date) and isinstance(b, date)
        return (min(a, b), max(a, b))


class EvidenceView(QWidget):
    """Signals: ``excerpt_chosen(Evidence)`` (the current row: show it in its source);
    ``open_original_requested(Evidence)``; ``context_menu_requested(QMenu, Evidence)``;
    ``copied(str)`` (the text put on the clipboard)."""

    excerpt_chosen = Signal(object)
    open_original_requested = Signal(object)
    context_menu_requested = Signal(object, object)
    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._evidence: TrackEvidence | None = None
        self._since: date | None = None
        self._range: tuple[date | None, date | None] = (None, None)
        self._range_text = "Any date"

        # ---- filter bar
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("evidenceFilter")
        self.filter_edit.setPlaceholderText("Filter the evidence…")
        self.filter_edit.setToolTip("Words in the quote, speaker, outlet or article title")
        self.filter_edit.setAccessibleName("Filter the evidence by text")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.signal_combo = QComboBox(self)
        self.signal_combo.setAccessibleName("Filter the evidence by signal")
        self.signal_combo.activated.connect(self._apply_filter)
        self.outlet_combo = QComboBox(self)
        self.outlet_combo.setAccessibleName("Filter the evidence by outlet")
        self.outlet_combo.activated.connect(self._apply_filter)
        for combo in (self.signal_combo, self.outlet_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(7)
        self.dates_button = QToolButton(self)
        self.dates_button.setAccessibleName("Filter the evidence by date")
        self.dates_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.dates_button.setText("Any date")
        self.dates_menu = QMenu(self.dates_button)
        self.dates_button.setMenu(self.dates_menu)
        self.dates_menu.aboutToShow.connect(self._fill_dates_menu)
        self.columns_button = QToolButton(self)
        self.columns_button.setText("Columns")
        self.columns_button.setAccessibleName("Choose the evidence columns")
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_menu = QMenu(self.columns_button)
        self.columns_button.setMenu(self.columns_menu)
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        self.count_label = plain_label("", name="Evidence shown")

        # ---- table
        self.model = EvidenceTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("evidenceTable")
        self.table.setAccessibleName("Evidence")
        self.table.setModel(self.model)
        setup_table(self.table, stretch_column=EvidenceTableModel.QUOTE)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        line = self.table.fontMetrics().lineSpacing()
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(2 * line + 10)
        m = EvidenceTableModel
        fixed_columns(
            self.table,
            {
                m.DATE: "★ ✓ 00 Mmm 0000",
                m.SIGNAL: "Postponed",
                m.MODALITY: "hypothetical",
                m.SPEAKER: "x" * 12,
                m.OUTLET: "x" * 11,
                m.GRADE: "B6",
                m.COPY: "doc #0000",
                m.JUDGED: "✓",
            },
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(m.QUOTE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("Grade") + 18)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)
        self.table.sortByColumn(m.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.table.activated.connect(self._on_activated)
        self._restore_columns()

        # ---- actions (shortcuts work while the table has the focus)
        self.act_copy = self._action(
            "Copy with citation", self.copy_citation, QKeySequence.StandardKey.Copy
        )
        self.act_open_original = self._action(
            "Open the original article", self._on_open_original, "Ctrl+Shift+U"
        )
        self.act_show = self._action("Show in the source", self._on_show)

        # ---- strip: the chosen excerpt in full
        self.quote_label = plain_label(wrap=True, selectable=True, name="Excerpt quote")
        self.meta_label = plain_label(wrap=True, selectable=True, name="Excerpt source")
        # the reading rule that read the signal, one short line (hidden when none is known)
        self.rule_label = plain_label(wrap=True, selectable=True, name="Excerpt rule")
        self.rule_label.setVisible(False)
        self.copy_button = QPushButton("Copy with citation", self)
        self.copy_button.setToolTip("Copy the quote with who said it, where and when (Ctrl+C)")
        self.copy_button.clicked.connect(self.copy_citation)
        self.original_button = QPushButton("Open original", self)
        self.original_button.setToolTip("Open the article's address in the browser (Ctrl+Shift+U)")
        self.original_button.clicked.connect(self._on_open_original)
        strip = QFrame(self)
        strip.setObjectName("evidenceStrip")
        strip.setFrameShape(QFrame.Shape.StyledPanel)
        strip_layout = QHBoxLayout(strip)
        strip_layout.setContentsMargins(4, 2, 4, 2)
        texts_widget = QWidget(strip)
        texts = QVBoxLayout(texts_widget)
        texts.setContentsMargins(2, 2, 2, 2)
        texts.setSpacing(2)
        texts.addWidget(self.quote_label)
        texts.addWidget(self.meta_label)
        texts.addWidget(self.rule_label)
        texts.addStretch(1)
        self.strip_scroll = QScrollArea(strip)
        self.strip_scroll.setObjectName("evidenceStripText")
        self.strip_scroll.setWidget(texts_widget)
        self.strip_scroll.setWidgetResizable(True)
        self.strip_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.strip_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        strip_layout.addWidget(self.strip_scroll, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.original_button)
        buttons.addStretch(1)
        strip_layout.addLayout(buttons)
        self.strip = strip
        lines = self.fontMetrics().lineSpacing()
        strip.setFixedHeight(5 * lines + 16)  # quote, source, the rule that read it

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.filter_edit, 3)
        bar.addWidget(self.signal_combo, 1)
        bar.addWidget(self.outlet_combo, 1)
        bar.addWidget(self.dates_button)
        bar.addWidget(self.columns_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.strip)
        self.setTabOrder(self.filter_edit, self.signal_combo)
        self.setTabOrder(self.signal_combo, self.outlet_combo)
        self.setTabOrder(self.outlet_combo, self.dates_button)
        self.setTabOrder(self.dates_button, self.columns_button)
        self.setTabOrder(self.columns_button, self.table)
        self._show_strip(None)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        keys: QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.table.addAction(action)
        return action

    # ------------------------------------------------------------------ content

    @property
    def evidence(self) -> TrackEvidence | None:
        return self._evidence

    def set_evidence(
        self,
        evidence: TrackEvidence | None,
        *,
        since: date | None = None,
        latest: int | None = None,
        new_after: str | None = None,
        held: list[int] | None = None,
    ) -> None:
        """Show ``evidence`` (``None``: none yet). The chosen row is kept when it is still
        there; the filter is kept when the track is the same."""
        same = (
            evidence is not None
            and self._evidence is not None
            and evidence.track_id == self._evidence.track_id
        )
        keep = self.selected_excerpt() if same else None
        if not same:
            self._clear_filter_widgets()
        self._evidence = evidence
        self._since = since
        rows = evidence.rows if evidence else []
        self._fill_combos(rows)
        self.model.set_evidence(
            rows,
            claims=evidence.claims if evidence else {},
            new_after=new_after,
            latest=latest,
            accept=self.filter_predicate(),
            held=held,
            track_id=evidence.track_id if evidence else None,
        )
        self._update_count()
        if keep is not None:
            self.select_excerpt(keep.id)
        else:
            self._show_strip(self.selected_excerpt())

    def set_new_after(self, new_after: str | None) -> None:
        self.model.set_new_after(new_after)

    def _clear_filter_widgets(self) -> None:
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        self._range = (None, None)
        self._range_text = "Any date"
        self.dates_button.setText(self._range_text)

    def clear_filter(self) -> None:
        self._clear_filter_widgets()
        self.signal_combo.setCurrentIndex(0)
        self.outlet_combo.setCurrentIndex(0)
        self._apply_filter()

    def _fill_combos(self, rows: list[Evidence]) -> None:
        for combo, values, any_text in (
            (self.signal_combo, sorted({signal_text(e) for e in rows}), "Any signal"),
            (
                self.outlet_combo,
                sorted({e.outlet or DASH for e in rows}, key=str.casefold),
                "Any outlet",
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(any_text, ANY)
            for value in values:
                combo.addItem("Outlet unknown" if value == DASH else value, value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    # ------------------------------------------------------------------ filtering

    def filter_predicate(self) -> Callable[[Evidence], bool] | None:
        words = self.filter_edit.text().casefold().split()
        signal = self.signal_combo.currentData()
        outlet = self.outlet_combo.currentData()
        start, end = self._range
        if not words and signal in (None, ANY) and outlet in (None, ANY) and start is end is None:
            return None

        def accept(e: Evidence) -> bool:
            if signal not in (None, ANY) and signal_text(e) != signal:
                return False
            if outlet not in (None, ANY) and (e.outlet or DASH) != outlet:
                return False
            if start is not None and (e.event_date is None or e.event_date < start):
                return False
            if end is not None and (e.event_date is None or e.event_date > end):
                return False
            if words:
                hay = " ".join(
                    x for x in (e.exact, e.speaker, e.outlet, e.document_title) if x
                ).casefold()
                return all(w in hay for w in words)
            return True

        return accept

    @Slot()
    def _apply_filter(self, *_args: object) -> None:
        current = self.selected_excerpt()
        self.model.set_filter(self.filter_predicate())
        if current is not None and self.model.row_of_key(current.id) >= 0:
            self.select_excerpt(current.id)
        self._update_count()
        self._show_strip(self.selected_excerpt())

    def _update_count(self) -> None:
        ev = self._evidence
        held = len(ev.rows) if ev else 0
        shown = self.model.rowCount()
        bits = []
        if ev is not None and held and shown != held:
            bits.append(f"{shown:,} of {held:,} excerpts match the filter")
        elif ev is not None and not held:
            bits.append("No evidence on this track yet.")
        if ev is not None and ev.capped:
            bits.append(f"the newest {len(ev.rows):,} of {ev.total:,} held are listed")
        self.count_label.setText(" · ".join(bits))
        self.count_label.setVisible(bool(bits))

    def _dates(self) -> list[date]:
        return [
            e.event_date for e in (self._evidence.rows if self._evidence else []) if e.event_date
        ]

    def _fill_dates_menu(self) -> None:
        menu = self.dates_menu
        menu.clear()
        dates = self._dates()
        newest = max(dates) if dates else None
        choices: list[tuple[str, date | None, date | None]] = [("Any date", None, None)]
        if self._since is not None:
            choices.append((f"Since the status began ({fmt_date(self._since)})", self._since, None))
        if newest is not None:
            for days in (7, 30):
                choices.append(
                    (f"The last {days} days of evidence", newest - timedelta(days=days - 1), newest)
                )
        for text, start, end in choices:
            action = menu.addAction(text)
            action.triggered.connect(
                lambda _c=False, t=text, a=start, b=end: self.set_date_range(a, b, t)
            )
        menu.addSeparator()
        menu.addAction("Between dates…").triggered.connect(self._on_choose_dates)

    def set_date_range(self, start: date | None, end: date | None, text: str | None = None) -> None:
        self._range = (start, end)
        if text is None:
            text = f"{fmt_date(start) if start else '…'} – {fmt_date(end) if end else '…'}"
        self._range_text = "Any date" if start is end is None else text.split(" (")[0]
        self.dates_button.setText(self._range_text)
        self._apply_filter()

    def _on_choose_dates(self) -> None:
        dates = self._dates()
        dialog = DateRangeDialog(
            self._range[0] or (min(dates) if dates else None),
            self._range[1] or (max(dates) if dates else None),
            self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            start, end = dialog.chosen()
            self.set_date_range(start, end)

    # ------------------------------------------------------------------ columns

    def _restore_columns(self) -> None:
        saved = ui_settings().value(HIDDEN_KEY)
        hidden = set(saved) if isinstance(saved, list) else set(DEFAULT_HIDDEN)
        if isinstance(saved, str):
            hidden = {saved} if saved else set()
        for column in range(self.model.columnCount()):
            name = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            if column != EvidenceTableModel.QUOTE:
                self.table.setColumnHidden(column, name in hidden)

    def hidden_columns(self) -> list[str]:
        return [
            str(self.model.headerData(c, Qt.Orientation.Horizontal))
            for c in range(self.model.columnCount())
            if self.table.isColumnHidden(c)
        ]

    def set_column_shown(self, name: str, shown: bool) -> None:
        column = self.model.column_of(name)
        if column < 0 or column == EvidenceTableModel.QUOTE:
            return
        self.table.setColumnHidden(column, not shown)
        ui_settings().setValue(HIDDEN_KEY, self.hidden_columns())

    def _fill_columns_menu(self, menu: QMenu | None = None) -> QMenu:
        menu = menu or self.columns_menu
        menu.clear()
        for column in range(self.model.columnCount()):
            name = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.setEnabled(column != EvidenceTableModel.QUOTE)
            action.toggled.connect(lambda on, n=name: self.set_column_shown(n, on))
        return menu

    @Slot(QPoint)
    def _on_header_menu(self, pos: QPoint) -> None:
        menu = self._fill_columns_menu(QMenu(self))
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    # ------------------------------------------------------------------ the chosen excerpt

    def selected_excerpt(self) -> Evidence | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row: Evidence | None = index.data(ROW_ROLE)
        return row

    def select_excerpt(self, excerpt_id: int) -> bool:
        """Make ``excerpt_id`` the current row (clearing a filter that hides it)."""
        row = self.model.row_of_key(excerpt_id)
        if row < 0 and any(e.id == excerpt_id for e in self.model.all_rows()):
            self.clear_filter()
            row = self.model.row_of_key(excerpt_id)
        if row < 0:
            return False
        index = self.model.index(row, EvidenceTableModel.QUOTE)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index)
        return True

    def _show_strip(self, e: Evidence | None) -> None:
        has = e is not None
        for widget in (self.copy_button, self.original_button):
            widget.setEnabled(has)
        self.act_copy.setEnabled(has)
        self.act_open_original.setEnabled(bool(e and e.url))
        self.original_button.setEnabled(bool(e and e.url))
        self.original_button.setToolTip(
            e.url if e and e.url else "No address is on record for this article"
        )
        if e is None:
            self.quote_label.setText("Choose an excerpt to read it in full here.")
            self.meta_label.setText("")
            self._show_rule(None)
            return
        self.quote_label.setText(quoted(one_line(e.exact)))
        self.quote_label.setToolTip(plain_tooltip(one_line(e.exact)) or "")
        bits = [
            e.speaker,
            e.outlet or "outlet unknown",
            f"“{one_line(e.document_title, 90)}”" if e.document_title else None,
            f"published {fmt_date(e.published)}" if e.published else "publication date unknown",
            date_words(e),
            f"{signal_text(e)} ({e.cue or e.modality})" if e.signal else signal_text(e),
            f"grade {grade(e)}",
            copy_words(e),
        ]
        self.meta_label.setText(" · ".join(b for b in bits if b))
        self._show_rule(e)
        self.meta_label.setToolTip(
            plain_tooltip(f"{signal_words(e) or ''}\nGrade {grade(e)}: {grade_words(e)}") or ""
        )

    def _show_rule(self, e: Evidence | None) -> None:
        """The line naming the rule that read the chosen excerpt's signal."""
        words = rule_words(e) if e is not None else None
        self.rule_label.setText(words or "")
        self.rule_label.setVisible(bool(words))

    @Slot(QModelIndex, QModelIndex)
    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        self._show_strip(row)
        if row is not None:
            self.excerpt_chosen.emit(row)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.excerpt_chosen.emit(row)

    def copy_citation(self) -> str:
        """Put the chosen quote with its citation on the clipboard; returns the text."""
        e = self.selected_excerpt()
        if e is None:
            return ""
        text = citation(e)
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(text)
        return text

    def _on_open_original(self) -> None:
        e = self.selected_excerpt()
        if e is not None:
            self.open_original_requested.emit(e)

    def _on_show(self) -> None:
        e = self.selected_excerpt()
        if e is not None:
            self.excerpt_chosen.emit(e)

    @Slot(QPoint)
    def _on_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.setCurrentIndex(index)
        e = self.selected_excerpt()
        if e is None:
            return
        menu = self.build_context_menu(e)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def build_context_menu(self, e: Evidence) -> QMenu:
        """The context menu of excerpt ``e``: this view's actions, then others' (the
        ``context_menu_requested`` hook)."""
        menu = QMenu(self)
        menu.addAction(self.act_show)
        menu.addAction(self.act_copy)
        menu.addAction(self.act_open_original)
        self.context_menu_requested.emit(menu, e)
        return menu
