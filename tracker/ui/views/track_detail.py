"""One track in detail: its summary (status line, review flag, latest development, next
event, override), the timeline, and tabs for the evidence, the reasoning and the history.

Every sentence here is read from the track's summary (``TrackStatus``), the one the list,
the board, the command line and the briefing show too.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.summary import next_event_words
from tracker.domain.text import label as shown_label
from tracker.ui.format import DASH, fmt_date, fmt_time, status_label
from tracker.ui.snapshot import TrackDetail
from tracker.ui.theme import status_color, text_on
from tracker.ui.views.evidence import EvidenceView
from tracker.ui.views.history import HistoryView
from tracker.ui.views.timeline import TimelineView
from tracker.ui.views.widgets import ElidedLabel, StatusBadge, heading_font, plain_label

if TYPE_CHECKING:
    from tracker.domain.models import AuditEntry, Evidence
    from tracker.services.changes import TrackChange
    from tracker.services.status import HistoryEntry, TrackStatus
    from tracker.ui.snapshot import TrackEvidence


def status_line(s: TrackStatus) -> str:
    """``On hold since 21 Oct 2025 · as of 22 Oct 2025 · inferred · moderate confidence``,
    with what waits for an analyst's review."""
    parts = [s.line()]
    if s.rests_on_unreviewed:
        parts.append("rests on unreviewed readings")
    if s.held_ids:
        held = len(s.held_ids)
        parts.append(f"{held} new reading{'s' if held != 1 else ''} held for review")
    return " · ".join(parts)


def latest_line(s: TrackStatus) -> str:
    return s.latest.words(overridden=s.source == "override") if s.latest else "none yet"


def override_line(s: TrackStatus) -> str:
    o = s.override
    if o is None:
        return "none — the status is inferred from the evidence"
    words = [w for w in (o.likelihood, f"{o.confidence} confidence" if o.confidence else None) if w]
    text = f"{status_label(o.status)}, set by {o.analyst} on {fmt_time(o.created_at)}"
    if words:
        text += f" ({', '.join(words)})"
    text += f" — “{' '.join(o.reason.split())}”"
    if s.inferred_status != o.status:
        text += f"; the evidence alone says {status_label(s.inferred_status)}"
    return text


def reasoning_text(s: TrackStatus) -> str:
    """The "Why" tab: the analyst's judgement (when there is one), then what the evidence
    alone says, each under its own heading so neither reads as the other."""
    parts: list[str] = []
    o = s.override
    if o is not None:
        parts.append(f"The analyst's judgement: {status_label(o.status)}")
        parts.append(f"Set by {o.analyst} on {fmt_time(o.created_at)}. Reason: {o.reason}")
        if o.likelihood or o.confidence:
            parts.append(
                "Estimate: "
                + "; ".join(
                    w
                    for w in (o.likelihood, f"{o.confidence} confidence" if o.confidence else None)
                    if w
                )
            )
        parts.append(f"Review by: {fmt_date(o.review_by) if o.review_by else DASH}")
        if o.acknowledged_at:
            parts.append(f"Review acknowledged {fmt_time(o.acknowledged_at)}: {o.ack_note or ''}")
        parts.append("")
        parts.append(f"What the evidence alone says: {status_label(s.inferred_status)}")
    else:
        parts.append(f"How the evidence was read: {status_label(s.status)}")
    parts.append(s.explanation or "No evidence about this track yet.")
    return "\n".join(parts)


class TrackDetailView(QWidget):
    """Signals: ``override_requested``, ``revoke_requested``, ``acknowledge_requested``,
    ``undo_requested``, ``excerpt_chosen(Evidence)`` (show it in its source),
    ``excerpt_requested(excerpt_id, document_id, quote)`` (show an excerpt that may not be
    among the rows loaded), ``open_original_requested(Evidence)``."""

    override_requested = Signal()
    revoke_requested = Signal()
    acknowledge_requested = Signal()
    undo_requested = Signal()
    excerpt_chosen = Signal(object)
    excerpt_requested = Signal(int, int, str)
    open_original_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail: TrackDetail | None = None
        self._change: TrackChange | None = None

        self.title = ElidedLabel(name="Track title")
        self.title.setFont(heading_font(self.font(), 1.3))
        self.badge = StatusBadge(self)
        self.status_text = ElidedLabel(name="Status line", lines=2)

        # the review flag: why, and a way to the evidence behind it
        self.review_banner = QFrame(self)
        self.review_banner.setObjectName("reviewBanner")
        self.review_banner.setAutoFillBackground(True)
        self.review_text = ElidedLabel(name="Needs review", lines=3)
        self.review_show = QPushButton("Show the evidence", self.review_banner)
        self.review_show.setAccessibleName("Show the evidence behind the review flag")
        self.review_show.clicked.connect(self._on_review_show)
        self.review_ack = QPushButton("Acknowledge…", self.review_banner)
        self.review_ack.setAccessibleName("Acknowledge the review flag and keep the override")
        self.review_ack.clicked.connect(self.acknowledge_requested)
        banner = QHBoxLayout(self.review_banner)
        banner.setContentsMargins(8, 4, 8, 4)
        banner.addWidget(self.review_text, 1)
        banner.addWidget(self.review_show, 0, Qt.AlignmentFlag.AlignVCenter)
        banner.addWidget(self.review_ack, 0, Qt.AlignmentFlag.AlignVCenter)
        self.review_banner.hide()

        # the facts: latest development, next event, override
        self.latest = ElidedLabel(name="Latest development", lines=2)
        self.latest_button = QPushButton("Show", self)
        self.latest_button.setAccessibleName("Show the latest development in its source")
        self.latest_button.clicked.connect(self._on_latest_clicked)
        self.next_event = ElidedLabel(name="Next event")
        self.override_text = ElidedLabel(name="Override")
        self.override_button = QPushButton("Override…", self)
        self.override_button.setAccessibleName("Override the status")
        self.override_button.setToolTip("Set the status by your judgement, with a reason (Ctrl+M)")
        self.revoke_button = QPushButton("Revoke…", self)
        self.revoke_button.setAccessibleName("Revoke the override")
        self.override_button.clicked.connect(self.override_requested)
        self.revoke_button.clicked.connect(self.revoke_requested)
        facts = QGridLayout()
        facts.setContentsMargins(0, 2, 0, 2)
        facts.setHorizontalSpacing(8)
        facts.setVerticalSpacing(3)
        for row, (name, label) in enumerate(
            (("Latest", self.latest), ("Next", self.next_event), ("Override", self.override_text))
        ):
            caption = plain_label(name)
            caption.setFont(heading_font(self.font(), 1.0))
            facts.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            facts.addWidget(label, row, 1)
        facts.addWidget(
            self.latest_button, 0, 2, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight
        )
        override_buttons = QHBoxLayout()
        override_buttons.setSpacing(4)
        override_buttons.addWidget(self.override_button)
        override_buttons.addWidget(self.revoke_button)
        facts.addLayout(override_buttons, 2, 2, Qt.AlignmentFlag.AlignTop)
        facts.setColumnStretch(1, 1)

        self.timeline = TimelineView(self)
        self.timeline.markers_chosen.connect(self._on_markers_chosen)

        # tabs: evidence, why, history
        self.evidence = EvidenceView(self)
        self.evidence.excerpt_chosen.connect(self.excerpt_chosen)
        self.evidence.open_original_requested.connect(self.open_original_requested)
        self.why = plain_label(wrap=True, selectable=True, name="Why this status")
        self.why.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.why.setContentsMargins(6, 6, 6, 6)
        why_scroll = QScrollArea(self)
        why_scroll.setObjectName("whyScroll")
        why_scroll.setWidget(self.why)
        why_scroll.setWidgetResizable(True)
        why_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.history = HistoryView(self)
        self.history.undo_requested.connect(self.undo_requested)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("detailTabs")
        self.tabs.addTab(self.evidence, "Evidence")
        self.tabs.addTab(why_scroll, "Why")
        self.tabs.addTab(self.history, "History")

        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.status_text, 1)

        summary = QWidget(self)
        summary.setObjectName("trackSummary")
        top = QVBoxLayout(summary)
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(4)
        top.addWidget(self.title)
        top.addLayout(head)
        top.addWidget(self.review_banner)
        top.addLayout(facts)
        top.addWidget(self.timeline)
        summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(summary)
        layout.addWidget(self.tabs, 1)
        for a, b in (
            (self.review_show, self.review_ack),
            (self.review_ack, self.latest_button),
            (self.latest_button, self.override_button),
            (self.override_button, self.revoke_button),
            (self.revoke_button, self.timeline),
            (self.timeline, self.tabs.tabBar()),
            (self.tabs.tabBar(), self.evidence.filter_edit),
        ):
            self.setTabOrder(a, b)
        self.show_detail(None)

    # ------------------------------------------------------------------ content

    @property
    def detail(self) -> TrackDetail | None:
        return self._detail

    def first_focus(self) -> QWidget:
        """Where Tab from the track list lands."""
        for widget in (self.review_show, self.latest_button, self.override_button):
            if widget.isVisible() and widget.isEnabled():
                return widget
        return self.evidence.filter_edit

    def show_detail(
        self,
        detail: TrackDetail | None,
        *,
        today: date | None = None,
        change: TrackChange | None = None,
        readonly: bool = False,
    ) -> None:
        """Show a track's summary, timeline and history (its evidence comes with
        ``set_evidence``, read separately)."""
        same_track = (
            detail is not None
            and self._detail is not None
            and detail.track.id == self._detail.track.id
        )
        self._detail = detail
        if detail is None:
            self.title.setText("No track selected")
            self.badge.hide()
            self.status_text.setText("Choose a track on the left, or add one from the Track menu.")
            for label in (self.latest, self.next_event, self.override_text, self.why):
                label.setText("")
            self.latest_button.hide()
            self.review_banner.hide()
            self.override_button.setEnabled(False)
            self.revoke_button.setEnabled(False)
            self.timeline.set_history([], today=today)
            self.evidence.set_evidence(None)
            self.tabs.setTabText(0, "Evidence")
            self.history.set_history([], [], None)
            return
        s = detail.status
        self.title.setText(shown_label(s.title) + (" (archived)" if s.archived else ""))
        self.badge.show()
        self.badge.set_status(s.status)
        self.status_text.setText(status_line(s))
        self._show_review(s)
        self.latest.setText(latest_line(s))
        self.latest_button.setVisible(s.latest is not None)
        self.next_event.setText(next_event_words(s.next_event, overdue=s.next_event_overdue))
        self.override_text.setText(override_line(s))
        self.override_button.setEnabled(not s.archived and not readonly)
        self.revoke_button.setEnabled(s.override is not None and not readonly)
        self.review_ack.setEnabled(not readonly)
        self.why.setText(reasoning_text(s))
        self.timeline.set_history(
            detail.history,
            today=today,
            next_event=s.next_event.date if s.next_event else None,
            next_overdue=s.next_event_overdue,
        )
        if not same_track:
            self.evidence.set_evidence(None)
            self.tabs.setTabText(0, "Evidence")
        self._change = change

    def set_evidence(self, evidence: TrackEvidence, change: TrackChange | None = None) -> None:
        """Show the evidence read for the track on view (ignored for another track)."""
        detail = self._detail
        if detail is None or evidence.track_id != detail.track.id:
            return
        s = detail.status
        self.evidence.set_evidence(
            evidence,
            since=s.since,
            latest=s.latest.excerpt if s.latest else None,
            new_after=new_after(change),
            held=s.held_ids,
        )
        new = self.evidence.model.new_count
        count = f"{evidence.total:,}" + (f", {new} new" if new else "")
        self.tabs.setTabText(0, f"Evidence ({count})")

    def set_change(self, change: TrackChange | None) -> None:
        """What is new on this track since the analyst last looked (``None``: nothing)."""
        self._change = change
        self.evidence.set_new_after(new_after(change))
        evidence = self.evidence.evidence
        if evidence is not None:
            new = self.evidence.model.new_count
            count = f"{evidence.total:,}" + (f", {new} new" if new else "")
            self.tabs.setTabText(0, f"Evidence ({count})")
            self.evidence._update_count()

    def set_audit(
        self,
        snapshot_audit: list[AuditEntry],
        undo_label: str | None,
        redo_label: str | None = None,
    ) -> None:
        detail = self._detail
        self.history.set_history(
            detail.history if detail else [],
            snapshot_audit,
            undo_label,
            track_id=detail.track.id if detail else None,
            redo_label=redo_label,
        )

    def changeEvent(self, event: QEvent) -> None:
        """Follow a switch between the light and dark palette (the banner's colours)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._detail is not None:
            self._show_review(self._detail.status)

    def _show_review(self, s: TrackStatus) -> None:
        flag = s.review if s.needs_review else None
        if flag is None:
            self.review_banner.hide()
            return
        pal = QPalette(self.review_banner.palette())
        fill = status_color("on_hold", self.palette())
        ink = text_on(fill, self.palette())
        pal.setColor(QPalette.ColorRole.Window, fill)
        pal.setColor(QPalette.ColorRole.WindowText, ink)
        self.review_banner.setPalette(pal)
        self.review_text.setPalette(pal)
        self.review_text.setText(f"⚑ Needs review: {flag.text}.")
        self.review_show.setVisible(flag.excerpt_id is not None)
        self.review_banner.show()

    # ------------------------------------------------------------------ evidence

    def selected_excerpt(self) -> Evidence | None:
        return self.evidence.selected_excerpt()

    def select_excerpt(self, excerpt_id: int) -> bool:
        if self.evidence.select_excerpt(excerpt_id):
            self.tabs.setCurrentWidget(self.evidence)
            return True
        return False

    def _request(self, excerpt_id: int, document_id: int, quote: str) -> None:
        if not self.select_excerpt(excerpt_id):
            self.excerpt_requested.emit(excerpt_id, document_id, quote)

    @Slot()
    def _on_latest_clicked(self) -> None:
        detail = self._detail
        if detail is not None and detail.status.latest is not None:
            d = detail.status.latest
            self._request(d.excerpt, d.document, d.quote)

    @Slot()
    def _on_review_show(self) -> None:
        detail = self._detail
        flag = detail.status.review if detail else None
        if flag is not None and flag.excerpt_id is not None and flag.document_id is not None:
            self._request(flag.excerpt_id, flag.document_id, flag.quote or "")

    @Slot(list)
    def _on_markers_chosen(self, entries: list[HistoryEntry]) -> None:
        """A timeline marker: an inferred change shows its first evidence, an analyst's
        action its row in the history."""
        if not entries:
            return
        first = entries[0]
        if first.origin == "inferred" and first.evidence_ids:
            if self.select_excerpt(first.evidence_ids[0]):
                self.evidence.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.tabs.setCurrentWidget(self.history)
        self.history.select_entry(first.id)


def new_after(change: TrackChange | None) -> str | None:
    """The record time after which a track's evidence is new to the analyst."""
    if change is None:
        return None
    if change.new_track or change.seen_at is None:
        return ""
    return change.seen_at
