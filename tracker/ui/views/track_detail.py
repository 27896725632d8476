"""One track in detail: status line, explanation, override, timeline, evidence, history."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.text import label as shown_label
from tracker.ui.format import DASH, fmt_date, fmt_time, quoted, status_label
from tracker.ui.models.base import ROW_ROLE, SORT_ROLE
from tracker.ui.models.evidence import EvidenceTableModel
from tracker.ui.snapshot import TrackDetail
from tracker.ui.theme import status_color, text_on
from tracker.ui.views.history import HistoryView
from tracker.ui.views.timeline import TimelineView
from tracker.ui.views.widgets import (
    StatusBadge,
    fixed_columns,
    heading_font,
    plain_label,
    setup_table,
)

if TYPE_CHECKING:
    from tracker.domain.models import AuditEntry, Evidence


def status_line(detail: TrackDetail) -> str:
    """``On hold since 21 Oct 2025 · inferred · moderate confidence · contested``."""
    s = detail.status
    if s.status is None:
        return "No status yet · no evidence about this track"
    parts = [f"{status_label(s.status)} since {fmt_date(detail.since)}"]
    parts.append("analyst override" if s.source == "override" else "inferred")
    if s.source == "override" and s.override and s.override.confidence:
        parts.append(f"{s.override.confidence} confidence")
    elif s.source == "inferred":
        parts.append(f"{s.confidence} confidence")
    if s.contested:
        parts.append("contested")
    if s.needs_review:
        parts.append("needs review")
    if s.rests_on_unreviewed:
        parts.append("rests on unreviewed readings")
    if s.held_ids:
        parts.append(
            f"{len(s.held_ids)} new reading{'s' if len(s.held_ids) != 1 else ''} held for review"
        )
    return " · ".join(parts)


class TrackDetailView(QWidget):
    """Signals: ``override_requested``, ``revoke_requested``, ``acknowledge_requested``,
    ``excerpt_chosen(Evidence)`` (open it in its source), ``undo_requested``."""

    override_requested = Signal()
    revoke_requested = Signal()
    acknowledge_requested = Signal()
    excerpt_chosen = Signal(object)
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail: TrackDetail | None = None

        self.title = plain_label(wrap=True, name="Track title")
        self.title.setFont(heading_font(self.font(), 1.35))
        self.badge = StatusBadge(self)
        self.status_text = plain_label(wrap=True, selectable=True, name="Status line")
        self.review_banner = plain_label(wrap=True, name="Needs review")
        self.review_banner.setAutoFillBackground(True)
        self.review_banner.setMargin(6)
        self.review_banner.hide()
        self.explanation = plain_label(wrap=True, selectable=True, name="Explanation")
        self.latest = plain_label(wrap=True, selectable=True, name="Latest development")
        self.latest_button = QPushButton("Show in source", self)
        self.latest_button.setAccessibleName("Show the latest development in its source")
        self.latest_button.clicked.connect(self._on_latest_clicked)
        self.next_event = plain_label(wrap=True, selectable=True, name="Next event")

        # override box
        self.override_box = QGroupBox("Analyst override", self)
        self.override_text = plain_label(wrap=True, selectable=True, name="Override")
        self.override_button = QPushButton("Override…", self)
        self.override_button.setAccessibleName("Override the status")
        self.revoke_button = QPushButton("Revoke…", self)
        self.revoke_button.setAccessibleName("Revoke the override")
        self.ack_button = QPushButton("Acknowledge…", self)
        self.ack_button.setAccessibleName("Acknowledge the review flag and keep the override")
        self.override_button.clicked.connect(self.override_requested)
        self.revoke_button.clicked.connect(self.revoke_requested)
        self.ack_button.clicked.connect(self.acknowledge_requested)
        box = QVBoxLayout(self.override_box)
        box.addWidget(self.override_text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.override_button)
        buttons.addWidget(self.revoke_button)
        buttons.addWidget(self.ack_button)
        buttons.addStretch(1)
        box.addLayout(buttons)

        self.timeline = TimelineView(self)

        # evidence and history tabs
        self.evidence_model = EvidenceTableModel(self)
        self.evidence_proxy = QSortFilterProxyModel(self)
        self.evidence_proxy.setSourceModel(self.evidence_model)
        self.evidence_proxy.setSortRole(SORT_ROLE)
        self.evidence_table = QTableView(self)
        self.evidence_table.setObjectName("evidenceTable")
        self.evidence_table.setAccessibleName("Evidence")
        self.evidence_table.setModel(self.evidence_proxy)
        setup_table(self.evidence_table, stretch_column=EvidenceTableModel.QUOTE)
        header = self.evidence_table.horizontalHeader()
        m = EvidenceTableModel
        char = self.fontMetrics().averageCharWidth()
        fixed_columns(
            self.evidence_table,
            {
                m.DATE: "00 Mmm 0000",
                m.SIGNAL: "Postponed",
                m.MODALITY: "hypothetical",
                m.SPEAKER: "x" * 13,
                m.OUTLET: "x" * 13,
                m.GRADE: "B6",
                m.COPY: "doc #0000",
            },
        )
        header.setSectionResizeMode(m.QUOTE, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self._min_quote = char * 28
        self.evidence_table.viewport().installEventFilter(self)
        self.evidence_model.modelReset.connect(self._fit_quote_column)
        self.evidence_table.setMinimumWidth(char * 40)
        self.evidence_table.setSortingEnabled(True)
        self.evidence_table.sortByColumn(EvidenceTableModel.DATE, Qt.SortOrder.DescendingOrder)
        self.evidence_table.selectionModel().currentRowChanged.connect(
            self._on_evidence_row_changed
        )
        self.evidence_table.activated.connect(self._on_evidence_activated)

        self.history = HistoryView(self)
        self.history.undo_requested.connect(self.undo_requested)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("detailTabs")
        self.tabs.addTab(self.evidence_table, "Evidence")
        self.tabs.addTab(self.history, "History")

        head = QHBoxLayout()
        head.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.status_text, 1)

        latest_row = QHBoxLayout()
        latest_row.addWidget(self.latest, 1)
        latest_row.addWidget(self.latest_button, 0, Qt.AlignmentFlag.AlignTop)

        summary = QWidget(self)
        top = QVBoxLayout(summary)
        top.setContentsMargins(0, 0, 4, 0)
        top.addWidget(self.title)
        top.addLayout(head)
        top.addWidget(self.review_banner)
        top.addWidget(self.override_box)
        top.addLayout(latest_row)
        top.addWidget(self.next_event)
        top.addWidget(self.explanation)
        top.addStretch(1)
        self.summary_scroll = QScrollArea(self)
        self.summary_scroll.setObjectName("summaryScroll")
        self.summary_scroll.setWidget(summary)
        self.summary_scroll.setWidgetResizable(True)
        self.summary_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.summary_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        lower_layout.addWidget(self.timeline)
        lower_layout.addWidget(self.tabs, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("detailSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.summary_scroll)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.splitter)
        self.show_detail(None)

    # ------------------------------------------------------------------ content

    @property
    def detail(self) -> TrackDetail | None:
        return self._detail

    def show_detail(self, detail: TrackDetail | None, *, today: date | None = None) -> None:
        same_track = (
            detail is not None
            and self._detail is not None
            and detail.track.id == self._detail.track.id
        )
        selected = self.selected_excerpt() if same_track else None
        self._detail = detail
        if detail is None:
            self.title.setText("No track selected")
            self.badge.set_status(None)
            self.badge.hide()
            self.status_text.setText("Choose a track on the left, or add one from the Track menu.")
            for label in (self.explanation, self.latest, self.next_event, self.override_text):
                label.setText("")
            self.latest_button.hide()
            self.review_banner.hide()
            self.override_box.setEnabled(False)
            self.timeline.set_history([], today=today)
            self.evidence_model.set_evidence([])
            self.tabs.setTabText(0, "Evidence")
            self.history.set_history([], [], None)
            return
        s = detail.status
        self.override_box.setEnabled(True)
        self.title.setText(shown_label(s.title) + (" (archived)" if s.archived else ""))
        self.badge.show()
        self.badge.set_status(s.status)
        self.status_text.setText(status_line(detail))
        self._show_review(s.review_reason if s.needs_review else None)
        self.explanation.setText(s.explanation or "")
        if s.latest is not None:
            self.latest.setText(
                f"Latest development ({fmt_date(s.latest.date)}): {quoted(s.latest.quote, 300)}"
            )
            self.latest_button.show()
        else:
            self.latest.setText("Latest development: none yet")
            self.latest_button.hide()
        self.next_event.setText(self._next_event_text(detail))
        self._show_override(detail)
        self.timeline.set_history(
            detail.history, today=today, next_event=s.next_event.date if s.next_event else None
        )
        has_copies = any(
            e.duplicate_of is not None or e.document_duplicate_of is not None
            for e in detail.evidence
        )
        self.evidence_table.setColumnHidden(EvidenceTableModel.COPY, not has_copies)
        self.evidence_model.set_evidence(
            detail.evidence,
            decisive=(s.latest and [s.latest.excerpt]) or [],
            contested=s.contested_ids,
            held=s.held_ids,
        )
        if detail.evidence_capped:
            self.tabs.setTabText(
                0, f"Evidence (newest {len(detail.evidence):,} of {detail.evidence_total:,})"
            )
        else:
            self.tabs.setTabText(0, "Evidence")
        if selected is not None:
            self.select_excerpt(selected.id)

    def set_audit(self, snapshot_audit: list[AuditEntry], undo_label: str | None) -> None:
        detail = self._detail
        self.history.set_history(
            detail.history if detail else [],
            snapshot_audit,
            undo_label,
            track_id=detail.track.id if detail else None,
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.evidence_table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_quote_column()
        return super().eventFilter(watched, event)

    @Slot()
    def _fit_quote_column(self) -> None:
        """The quote takes the room the other columns leave, but never less than a
        readable minimum (the table scrolls sideways instead)."""
        header = self.evidence_table.horizontalHeader()
        quote = EvidenceTableModel.QUOTE
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != quote and not header.isSectionHidden(c)
        )
        room = self.evidence_table.viewport().width() - others
        header.resizeSection(quote, max(self._min_quote, room))

    def changeEvent(self, event: QEvent) -> None:
        """Follow a switch between the light and dark palette (the banner's colours)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._detail is not None:
            s = self._detail.status
            self._show_review(s.review_reason if s.needs_review else None)

    def _show_review(self, reason: str | None) -> None:
        if reason is None:
            self.review_banner.hide()
            return
        pal = QPalette(self.review_banner.palette())
        fill = status_color("on_hold", self.palette())
        pal.setColor(QPalette.ColorRole.Window, fill)
        pal.setColor(QPalette.ColorRole.WindowText, text_on(fill, self.palette()))
        self.review_banner.setPalette(pal)
        self.review_banner.setText(f"Needs review: {reason}")
        self.review_banner.show()

    def _next_event_text(self, detail: TrackDetail) -> str:
        nxt = detail.status.next_event
        if nxt is None or (nxt.date is None and not nxt.place and not nxt.what):
            return "Next event: none known"
        bits = [b for b in (fmt_date(nxt.date) if nxt.date else None, nxt.what, nxt.place) if b]
        return "Next event: " + " · ".join(bits)

    def _show_override(self, detail: TrackDetail) -> None:
        s = detail.status
        o = s.override
        if o is None:
            self.override_text.setText(
                "None. The status is inferred from the evidence; override it when your "
                "judgement differs."
            )
            self.revoke_button.setEnabled(False)
            self.ack_button.setEnabled(False)
            return
        words = [
            w for w in (o.likelihood, f"{o.confidence} confidence" if o.confidence else None) if w
        ]
        lines = [
            f"{status_label(o.status)} — set by {o.analyst} on {fmt_time(o.created_at)}"
            + (f" ({', '.join(words)})" if words else ""),
            f"Reason: {o.reason}",
            f"Review by: {fmt_date(o.review_by) if o.review_by else DASH}",
        ]
        if s.inferred_status != o.status:
            lines.append(f"The evidence alone says: {status_label(s.inferred_status).lower()}")
        if o.acknowledged_at:
            lines.append(f"Acknowledged {fmt_time(o.acknowledged_at)}: {o.ack_note or ''}")
        self.override_text.setText("\n".join(lines))
        self.revoke_button.setEnabled(True)
        self.ack_button.setEnabled(s.needs_review)

    # ------------------------------------------------------------------ evidence

    def selected_excerpt(self) -> Evidence | None:
        index = self.evidence_table.currentIndex()
        if not index.isValid():
            return None
        row: Evidence | None = index.data(ROW_ROLE)  # the evidence model's rows are Evidence
        return row

    def select_excerpt(self, excerpt_id: int) -> bool:
        row = self.evidence_model.row_of_key(excerpt_id)
        if row < 0:
            return False
        index = self.evidence_proxy.mapFromSource(self.evidence_model.index(row, 0))
        self.evidence_table.setCurrentIndex(index)
        self.evidence_table.selectRow(index.row())
        self.evidence_table.scrollTo(index)
        return True

    @Slot(QModelIndex, QModelIndex)
    def _on_evidence_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if row is not None:
            self.excerpt_chosen.emit(row)

    @Slot(QModelIndex)
    def _on_evidence_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.excerpt_chosen.emit(row)

    @Slot()
    def _on_latest_clicked(self) -> None:
        detail = self._detail
        if detail is None or detail.status.latest is None:
            return
        if not self.select_excerpt(detail.status.latest.excerpt):
            for e in detail.evidence:
                if e.id == detail.status.latest.excerpt:
                    self.excerpt_chosen.emit(e)
