"""The status timeline: a picture of a track's transitions along a date axis.

Two lanes: *Evidence* (the inferred status, from the inferred transitions) and *Analyst*
(override periods, from the manual transitions). Inferred changes are round markers,
overrides diamonds, revocations squares; an undone action is a hollow, crossed-out marker
with no label (it counts as never made). Actions on one day sit side by side, never on
top of each other. Today is a dashed line, the next event a dotted one (red when overdue).
When today lies far past the last event the axis is broken, so a week of events is not
squeezed into a few pixels.

Markers can be clicked, or reached with the arrow keys and chosen with Enter:
``markers_chosen(list[HistoryEntry])`` tells which.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from tracker.domain.periods import Span, status_periods
from tracker.ui.format import fmt_date, fmt_time, one_line, status_label
from tracker.ui.models.base import plain_tooltip
from tracker.ui.theme import muted_text, status_color

if TYPE_CHECKING:
    from tracker.services.status import HistoryEntry


LANE_LABEL_W = 74
LANE_H = 18
MARKER = 6.0


@dataclass(frozen=True)
class _Axis:
    """Dates to x: one linear segment, or — when today (and the analyst's recent actions)
    lie far past the evidence — a main segment for the evidence, a break, and a short
    segment for the recent days."""

    lo: date
    hi: date
    left: float
    main_right: float
    recent_lo: date | None = None
    recent_hi: date | None = None
    recent_left: float = 0.0
    right: float = 0.0
    break_x: float | None = None

    @staticmethod
    def fit(
        *, evidence: list[date], recent: list[date], today: date, left: float, right: float
    ) -> _Axis:
        base = evidence or recent or [today]
        first, last = min(base), max(base)
        span = max((last - first).days, 1)
        pad = timedelta(days=max(1, span // 12))
        lo, hi = first - pad, last + pad
        late = [d for d in [*recent, today] if d > hi]
        if late and (min(late) - hi).days > max(30, span * 2):
            r_lo, r_hi = min(late), max(late)
            r_pad = timedelta(days=max(1, (r_hi - r_lo).days // 8))
            share = 0.16 if r_hi == r_lo else 0.26
            recent_left = right - (right - left) * share
            return _Axis(
                lo=lo,
                hi=hi,
                left=left,
                main_right=recent_left - 22,
                recent_lo=r_lo - r_pad,
                recent_hi=r_hi + r_pad,
                recent_left=recent_left,
                right=right,
                break_x=recent_left - 11,
            )
        hi = max(hi, *(d + pad for d in [*recent, today]))
        return _Axis(lo=lo, hi=hi, left=left, main_right=right, right=right)

    def x_of(self, day: date) -> float:
        if self.recent_lo is not None and self.recent_hi is not None and day > self.hi:
            width = self.right - self.recent_left
            days = max((self.recent_hi - self.recent_lo).days, 1)
            offset = min(max((day - self.recent_lo).days, 0), days)
            return self.recent_left + width * offset / days
        total = max((self.hi - self.lo).days, 1)
        return self.left + (self.main_right - self.left) * (day - self.lo).days / total


@dataclass
class Marker:
    """A marker as drawn: where, its shape, and the history entries it stands for."""

    center: QPointF
    shape: str  # circle, diamond, square
    status: str
    entries: list[HistoryEntry] = field(default_factory=list)
    undone: bool = False

    @property
    def rect(self) -> QRectF:
        r = MARKER + 3
        return QRectF(self.center.x() - r, self.center.y() - r, 2 * r, 2 * r)


def describe_entry(h: HistoryEntry) -> str:
    """One history entry in words, for tooltips and screen readers."""
    if h.origin == "inferred":
        text = f"{status_label(h.status)} from {fmt_date(h.event_date)}, inferred"
        if h.contested:
            text += " (contested)"
        return text + (f": {one_line(h.rationale, 200)}" if h.rationale else "")
    verb = "Override to" if h.origin == "override" else "Back to"
    text = (
        f"{verb} {status_label(h.status)} by {h.analyst or 'an analyst'}, {fmt_time(h.recorded_at)}"
    )
    if h.rationale:
        text += f": {one_line(h.rationale, 200)}"
    return text + (" — undone" if h.undone else "")


def _manual_day(h: HistoryEntry) -> date:
    return date.fromisoformat(h.recorded_at[:10])


class TimelineView(QWidget):
    """Paints a track's status history (see the module docstring).

    Signals: ``markers_chosen(list)`` — the history entries of a clicked marker."""

    markers_chosen = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Status timeline")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self._history: list[HistoryEntry] = []
        self._today = date.today()
        self._next: date | None = None
        self._next_overdue = False
        self._markers: list[Marker] = []
        self._focus = -1
        self._describe()
        self.setMinimumHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self._small()).height()
        return QSize(480, 2 * LANE_H + 4 * line + 22)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def set_history(
        self,
        history: list[HistoryEntry],
        *,
        today: date | None = None,
        next_event: date | None = None,
        next_overdue: bool = False,
    ) -> None:
        self._history = list(history)
        self._today = today or date.today()
        self._next = next_event
        self._next_overdue = next_overdue
        self._focus = -1
        self._describe()
        self.update()

    def markers(self) -> list[Marker]:
        """The markers as last laid out (left to right)."""
        if not self._markers and self._history:
            self._layout()
        return list(self._markers)

    def _live(self) -> list[HistoryEntry]:
        return [h for h in self._history if not h.undone]

    def _describe(self) -> None:
        evidence, overrides, revokes = status_periods(self._live(), self._today)
        parts = [f"{status_label(s.status)} from {fmt_date(s.start)}" for s in evidence]
        parts += [f"override {status_label(s.status)} from {fmt_date(s.start)}" for s in overrides]
        parts += [f"revoked on {fmt_date(d)}" for d, _ in revokes]
        undone = sum(1 for h in self._history if h.undone and h.origin == "override")
        if undone:
            parts.append(f"{undone} undone override{'s' if undone != 1 else ''}")
        if self._next is not None:
            parts.append(
                f"next event {fmt_date(self._next)}" + (" (overdue)" if self._next_overdue else "")
            )
        self.setAccessibleDescription("; ".join(parts) or "no status changes yet")

    # ------------------------------------------------------------------ geometry

    def _small(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, self.font().pointSizeF() * 0.9))
        return small

    def _rows(self) -> tuple[float, float, float]:
        line = QFontMetrics(self._small()).height()
        lane1 = 6 + line + 2
        lane2 = lane1 + LANE_H + 4
        axis_y = lane2 + LANE_H + 6
        return lane1, lane2, axis_y

    def _axis(self) -> _Axis:
        evidence, overrides, revokes = status_periods(self._live(), self._today)
        manual = [_manual_day(h) for h in self._history if h.origin != "inferred"]
        return _Axis.fit(
            evidence=[sp.start for sp in evidence] + ([self._next] if self._next else []),
            recent=[sp.start for sp in overrides] + [d for d, _ in revokes] + manual,
            today=self._today,
            left=LANE_LABEL_W,
            right=self.width() - 14,
        )

    def _layout(self) -> tuple[_Axis, list[Span], list[Span]]:
        """Place every marker (kept for clicks, keys and tooltips)."""
        axis = self._axis()
        evidence, overrides, _revokes = status_periods(self._live(), self._today)
        lane1, lane2, _axis_y = self._rows()
        markers: list[Marker] = []
        inferred = [h for h in self._history if h.origin == "inferred" and h.current]
        for span in evidence:
            entries = [
                h for h in inferred if h.event_date == span.start and h.status == span.status
            ]
            markers.append(
                Marker(
                    QPointF(axis.x_of(span.start), lane1 + LANE_H / 2),
                    "circle",
                    span.status,
                    entries,
                )
            )
        by_day: dict[date, list[HistoryEntry]] = defaultdict(list)
        for h in sorted(
            (h for h in self._history if h.origin != "inferred"), key=lambda h: h.recorded_at
        ):
            by_day[_manual_day(h)].append(h)
        step = 2 * MARKER + 4
        for day, entries in by_day.items():
            x = axis.x_of(day)
            for i, h in enumerate(entries):
                dx = (i - (len(entries) - 1) / 2) * step
                shape = "diamond" if h.origin == "override" else "square"
                markers.append(
                    Marker(QPointF(x + dx, lane2 + LANE_H / 2), shape, h.status, [h], h.undone)
                )
        markers.sort(key=lambda m: (m.center.x(), m.center.y()))
        self._markers = markers
        return axis, evidence, overrides

    def marker_at(self, pos: QPointF | QPoint) -> Marker | None:
        point = QPointF(pos)
        for marker in self.markers():
            if marker.rect.contains(point):
                return marker
        return None

    # ------------------------------------------------------------------ interaction

    def mousePressEvent(self, event: QMouseEvent) -> None:
        marker = self.marker_at(event.position())
        if marker is not None and event.button() == Qt.MouseButton.LeftButton:
            self._focus = self._markers.index(marker)
            self.update()
            self.markers_chosen.emit(list(marker.entries))
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.marker_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        markers = self.markers()
        key = event.key()
        if markers and key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End):
            if key == Qt.Key.Key_Home:
                self._focus = 0
            elif key == Qt.Key.Key_End or self._focus < 0:
                self._focus = len(markers) - 1
            else:
                delta = -1 if key == Qt.Key.Key_Left else 1
                self._focus = max(0, min(len(markers) - 1, self._focus + delta))
            marker = markers[self._focus]
            self.setAccessibleDescription(self._marker_text(marker))
            QToolTip.showText(
                self.mapToGlobal(marker.center.toPoint()),
                plain_tooltip(self._marker_text(marker)) or "",
                self,
            )
            self.update()
            return
        if markers and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if 0 <= self._focus < len(markers):
                self.markers_chosen.emit(list(markers[self._focus].entries))
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._focus < 0 and self.markers():
            self._focus = len(self._markers) - 1
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def _marker_text(self, marker: Marker) -> str:
        lines = [describe_entry(h) for h in marker.entries]
        if not lines:
            lines = [f"{status_label(marker.status)}"]
        return "\n".join(lines) + "\n(click or press Enter to show it)"

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            marker = self.marker_at(event.pos())
            if marker is not None:
                QToolTip.showText(
                    event.globalPos(), plain_tooltip(self._marker_text(marker)) or "", self
                )
            else:
                QToolTip.showText(
                    event.globalPos(), plain_tooltip(self.accessibleDescription()) or "", self
                )
            return True
        return super().event(event)

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        muted = muted_text(pal, base)
        painter.fillRect(self.rect(), base)
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        small = self._small()
        fm = QFontMetrics(small)
        line = fm.height()
        painter.setFont(small)

        if not self._history:
            painter.setPen(muted)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, "No status changes recorded yet"
            )
            return
        axis, evidence, overrides = self._layout()
        lane1, lane2, axis_y = self._rows()
        left = axis.left

        painter.setPen(muted)
        painter.drawText(
            QRectF(6, lane1, left - 10, LANE_H), Qt.AlignmentFlag.AlignVCenter, "Evidence"
        )
        painter.drawText(
            QRectF(6, lane2, left - 10, LANE_H), Qt.AlignmentFlag.AlignVCenter, "Analyst"
        )
        self._draw_axis(painter, axis, axis_y, fm, text, muted)
        if axis.break_x is not None:
            self._draw_break(painter, axis.break_x, lane1 - 2, axis_y + 4, pal)

        self._draw_bands(painter, evidence, lane1, axis.x_of, pal)
        self._draw_bands(painter, overrides, lane2, axis.x_of, pal)
        self._draw_markers(painter, pal, text, muted)
        self._draw_labels(painter, evidence, lane1, axis.x_of, fm, text, above=True)
        current = [s for s in overrides if s.end >= self._today]
        self._draw_labels(painter, overrides, lane2, axis.x_of, fm, text, above=False, keep=current)

        if self._next is not None:
            x = axis.x_of(self._next)
            colour = status_color("cancelled", pal) if self._next_overdue else text
            painter.setPen(QPen(colour, 1.2, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, lane1), QPointF(x, axis_y))
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPolygon(
                QPolygonF(
                    [QPointF(x - 4, axis_y - 6), QPointF(x + 4, axis_y - 6), QPointF(x, axis_y)]
                )
            )

        today_x = axis.x_of(self._today)
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(today_x, 4), QPointF(today_x, axis_y + 4))
        label = f"today {fmt_date(self._today)}" if axis.break_x is not None else "today"
        w = fm.horizontalAdvance(label)
        painter.setPen(text)
        tx = min(max(today_x - w / 2, left), self.width() - w - 4)
        painter.drawText(QRectF(tx, axis_y + 4 + line, w + 2, line), label)
        self._draw_legend(painter, left, axis_y + 4 + line, tx, small, fm, pal, text, muted)
        painter.end()

    def _draw_axis(
        self,
        painter: QPainter,
        axis: _Axis,
        axis_y: float,
        fm: QFontMetrics,
        text: QColor,
        muted: QColor,
    ) -> None:
        painter.setPen(QPen(muted, 1))
        painter.drawLine(QPointF(axis.left, axis_y), QPointF(axis.right, axis_y))
        lo, hi, main_right = axis.lo, axis.hi, axis.main_right
        total = max((hi - lo).days, 1)
        step = 1
        while (main_right - axis.left) / max(total / step, 1) < fm.horizontalAdvance("00 Mmm") + 12:
            step = {1: 2, 2: 7, 7: 14, 14: 30, 30: 61, 61: 91}.get(step, step * 2)
        day = lo + timedelta(days=(step - (lo.toordinal() % step)) % step) if step < 7 else lo
        painter.setPen(text)
        while day <= hi:
            x = axis.x_of(day)
            if x > main_right:
                break
            painter.drawLine(QPointF(x, axis_y), QPointF(x, axis_y + 3))
            label = f"{day.day} {day.strftime('%b')}"
            if (day.month == 1 and day.day <= step) or day == lo:
                label += f" {day.year}"
            w = fm.horizontalAdvance(label)
            painter.drawText(QRectF(x - w / 2, axis_y + 3, w + 2, fm.height()), label)
            day += timedelta(days=step)

    def _draw_bands(
        self,
        painter: QPainter,
        spans: list[Span],
        y: float,
        x_of: Callable[[date], float],
        pal: QPalette,
    ) -> None:
        for span in spans:
            x0, x1 = x_of(span.start), x_of(span.end)
            band = QColor(status_color(span.status, pal))
            band.setAlpha(150 if span.origin == "inferred" else 210)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(band)
            painter.drawRect(QRectF(x0, y + 3, max(x1 - x0, 2.0), LANE_H - 6))

    def _draw_markers(self, painter: QPainter, pal: QPalette, text: QColor, muted: QColor) -> None:
        base = pal.color(QPalette.ColorRole.Base)
        for n, marker in enumerate(self._markers):
            c = marker.center
            if marker.undone:
                painter.setPen(QPen(muted, 1.2))
                painter.setBrush(base)
            else:
                painter.setPen(QPen(text, 1.2))
                painter.setBrush(
                    base if marker.shape == "square" else status_color(marker.status, pal)
                )
            if marker.shape == "circle":
                painter.drawEllipse(c, MARKER, MARKER)
            elif marker.shape == "diamond":
                painter.drawPolygon(_diamond(c, MARKER + 1))
            else:
                painter.drawRect(
                    QRectF(c.x() - MARKER / 2 - 1, c.y() - MARKER / 2 - 1, MARKER + 2, MARKER + 2)
                )
            if marker.undone:
                painter.drawLine(
                    QPointF(c.x() - MARKER, c.y() + MARKER), QPointF(c.x() + MARKER, c.y() - MARKER)
                )
            if n == self._focus and self.hasFocus():
                painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(marker.rect, 3, 3)

    def _draw_labels(
        self,
        painter: QPainter,
        spans: list[Span],
        y: float,
        x_of: Callable[[date], float],
        fm: QFontMetrics,
        text: QColor,
        *,
        above: bool,
        keep: list[Span] | None = None,
    ) -> None:
        """Label the spans, the newest first, each only where it overlaps none placed."""
        taken: list[tuple[float, float]] = []
        order = list(reversed(spans))
        if keep:
            order = [s for s in order if s in keep] + [s for s in order if s not in keep]
        painter.setPen(text)
        for span in order:
            label = status_label(span.status) + (" (contested)" if span.contested else "")
            w = fm.horizontalAdvance(label)
            x0 = x_of(span.start)
            if above:
                lx = min(max(x0 - MARKER, LANE_LABEL_W), self.width() - w - 4)
                ly = y - fm.height() - 1
            else:  # beside the marker, inside the lane; left of it near the edge
                lx = x0 + MARKER + 6
                if lx + w > self.width() - 4:
                    lx = x0 - MARKER - 6 - w
                ly = y + (LANE_H - fm.height()) / 2
            if any(lx < b + 6 and lx + w > a - 6 for a, b in taken) or lx < LANE_LABEL_W - 4:
                continue
            painter.drawText(QRectF(lx, ly, w + 2, fm.height()), label)
            taken.append((lx, lx + w))

    def _draw_break(self, painter: QPainter, x: float, y0: float, y1: float, pal: QPalette) -> None:
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1.2))
        for offset in (-3, 3):
            path = QPainterPath(QPointF(x + offset - 3, y1))
            path.lineTo(QPointF(x + offset + 3, y0))
            painter.drawPath(path)

    def _draw_legend(
        self,
        painter: QPainter,
        x: float,
        y: float,
        stop: float,
        font: QFont,
        fm: QFontMetrics,
        pal: QPalette,
        text: QColor,
        muted: QColor,
    ) -> None:
        """Symbols and words, left of the today label (``stop``), as many as fit."""
        cy = y + fm.height() / 2
        items = [
            ("inferred", "circle"),
            ("override", "diamond"),
            ("revoked", "square"),
            ("undone", "undone"),
        ]
        painter.setFont(font)
        for label, shape in items:
            w = fm.horizontalAdvance(label)
            if x + 14 + w > stop - 8:
                break
            painter.setPen(QPen(text if shape != "undone" else muted, 1))
            painter.setBrush(
                pal.color(QPalette.ColorRole.Base) if shape in ("square", "undone") else muted
            )
            if shape == "circle":
                painter.drawEllipse(QPointF(x + 4, cy), 4, 4)
            elif shape in ("diamond", "undone"):
                painter.drawPolygon(_diamond(QPointF(x + 4, cy), 5))
                if shape == "undone":
                    painter.drawLine(QPointF(x, cy + 4), QPointF(x + 8, cy - 4))
            else:
                painter.drawRect(QRectF(x, cy - 4, 8, 8))
            painter.setPen(muted)
            painter.drawText(QRectF(x + 13, y, w + 2, fm.height()), label)
            x += w + 26


def _diamond(c: QPointF, r: float) -> QPolygonF:
    return QPolygonF(
        [
            QPointF(c.x(), c.y() - r),
            QPointF(c.x() + r, c.y()),
            QPointF(c.x(), c.y() + r),
            QPointF(c.x() - r, c.y()),
        ]
    )
