"""The status timeline: a picture of a track's transitions along a date axis.

Two lanes: *Evidence* (the inferred status, from the inferred transitions) and *Analyst*
(override periods, from the manual transitions). Inferred changes are round markers,
overrides diamonds, revocations squares; today is a dashed line. When today lies far past
the last event the axis is broken, so a week of events is not squeezed into a few pixels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from tracker.domain.periods import Span, status_periods
from tracker.ui.format import fmt_date, status_label
from tracker.ui.models.base import plain_tooltip
from tracker.ui.theme import status_color

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


class TimelineView(QWidget):
    """Paints a track's status history (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Status timeline")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._history: list[HistoryEntry] = []
        self._today = date.today()
        self._next: date | None = None
        self._describe()

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        return QSize(480, 2 * LANE_H + 5 * line + 26)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def set_history(
        self,
        history: list[HistoryEntry],
        *,
        today: date | None = None,
        next_event: date | None = None,
    ) -> None:
        self._history = list(history)
        self._today = today or date.today()
        self._next = next_event
        self._describe()
        self.update()

    def _describe(self) -> None:
        evidence, overrides, revokes = status_periods(self._history, self._today)
        parts = [f"{status_label(s.status)} from {fmt_date(s.start)}" for s in evidence]
        parts += [f"override {status_label(s.status)} from {fmt_date(s.start)}" for s in overrides]
        parts += [f"revoked on {fmt_date(d)}" for d, _ in revokes]
        self.setAccessibleDescription("; ".join(parts) or "no status changes yet")
        self.setToolTip(plain_tooltip("\n".join(parts)) or "")

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        fm = QFontMetrics(small)
        line = fm.height()

        evidence, overrides, revokes = status_periods(self._history, self._today)
        if not evidence and not overrides:
            painter.setPen(muted)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, "No status changes recorded yet"
            )
            return

        left = LANE_LABEL_W
        right = self.width() - 14
        top_label = 6 + line  # status labels of lane 1 sit above it
        lane1 = top_label + 4
        lane2 = lane1 + LANE_H + line + 6
        axis_y = lane2 + LANE_H + 8

        axis = _Axis.fit(
            evidence=[sp.start for sp in evidence] + ([self._next] if self._next else []),
            recent=[sp.start for sp in overrides] + [d for d, _ in revokes],
            today=self._today,
            left=left,
            right=right,
        )
        x_of = axis.x_of
        today_x = x_of(self._today)
        broken = axis.break_x is not None

        # lane names
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(
            QRectF(6, lane1, left - 10, LANE_H), Qt.AlignmentFlag.AlignVCenter, "Evidence"
        )
        painter.drawText(
            QRectF(6, lane2, left - 10, LANE_H), Qt.AlignmentFlag.AlignVCenter, "Analyst"
        )

        # axis and ticks
        painter.setPen(QPen(muted, 1))
        painter.drawLine(QPointF(left, axis_y), QPointF(right, axis_y))
        lo, hi, main_right = axis.lo, axis.hi, axis.main_right
        total = max((hi - lo).days, 1)
        step = 1
        while (main_right - left) / max(total / step, 1) < fm.horizontalAdvance("00 Mmm") + 12:
            step = {1: 2, 2: 7, 7: 14, 14: 30, 30: 61, 61: 91}.get(step, step * 2)
        day = lo + timedelta(days=(step - (lo.toordinal() % step)) % step) if step < 7 else lo
        painter.setPen(text)
        while day <= hi:
            x = x_of(day)
            if x > main_right:
                break
            painter.drawLine(QPointF(x, axis_y), QPointF(x, axis_y + 4))
            label = f"{day.day} {day.strftime('%b')}"
            if (day.month == 1 and day.day <= step) or day == lo:
                label += f" {day.year}"
            w = fm.horizontalAdvance(label)
            painter.drawText(QRectF(x - w / 2, axis_y + 5, w + 2, line), label)
            day += timedelta(days=step)
        if axis.break_x is not None:
            self._draw_break(painter, axis.break_x, lane1 - 2, axis_y + 4, pal)

        # lanes
        self._draw_spans(painter, evidence, lane1, x_of, pal, small, fm, above=True)
        self._draw_spans(painter, overrides, lane2, x_of, pal, small, fm, above=False)
        for day, _status in revokes:
            x = x_of(day)
            painter.setPen(QPen(text, 1.5))
            painter.setBrush(pal.color(QPalette.ColorRole.Base))
            painter.drawRect(
                QRectF(
                    x - MARKER / 2 - 1, lane2 + LANE_H / 2 - MARKER / 2 - 1, MARKER + 2, MARKER + 2
                )
            )

        # next event
        if self._next is not None:
            x = x_of(self._next)
            painter.setPen(QPen(text, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, lane1), QPointF(x, axis_y))

        # today
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(today_x, 4), QPointF(today_x, axis_y + 4))
        painter.setFont(small)
        label = f"today {fmt_date(self._today)}" if broken else "today"
        w = fm.horizontalAdvance(label)
        painter.setPen(pal.color(QPalette.ColorRole.Highlight))
        tx = min(max(today_x - w / 2, left), self.width() - w - 4)
        painter.drawText(QRectF(tx, axis_y + 5 + line, w + 2, line), label)

        # legend
        legend_y = axis_y + 6 + 2 * line
        self._draw_legend(painter, left, legend_y, small, fm, pal)
        painter.end()

    def _draw_spans(
        self,
        painter: QPainter,
        spans: list[Span],
        y: float,
        x_of: Callable[[date], float],
        pal: QPalette,
        font: QFont,
        fm: QFontMetrics,
        *,
        above: bool,
    ) -> None:
        text = pal.color(QPalette.ColorRole.WindowText)
        label_right = -1e9
        for span in spans:
            x0, x1 = x_of(span.start), x_of(span.end)
            fill = status_color(span.status, pal)
            band = QColor(fill)
            band.setAlpha(150 if span.origin == "inferred" else 210)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(band)
            painter.drawRect(QRectF(x0, y + 3, max(x1 - x0, 2.0), LANE_H - 6))
            cy = y + LANE_H / 2
            painter.setPen(QPen(text, 1.2))
            painter.setBrush(fill)
            if span.origin == "inferred":
                painter.drawEllipse(QPointF(x0, cy), MARKER, MARKER)
            else:
                painter.drawPolygon(
                    QPolygonF(
                        [
                            QPointF(x0, cy - MARKER - 1),
                            QPointF(x0 + MARKER + 1, cy),
                            QPointF(x0, cy + MARKER + 1),
                            QPointF(x0 - MARKER - 1, cy),
                        ]
                    )
                )
            label = status_label(span.status) + (" (contested)" if span.contested else "")
            w = fm.horizontalAdvance(label)
            if x0 - MARKER + w > self.width() - 4 and span.contested:
                label = status_label(span.status) + " ⚡"
                w = fm.horizontalAdvance(label)
            if above:
                lx = min(max(x0 - MARKER, label_right + 6), self.width() - w - 4)
                ly = y - fm.height() - 1
            else:  # beside the marker, inside the lane: left of it when near the edge
                lx = x0 + MARKER + 4
                if lx + w > self.width() - 4:
                    lx = x0 - MARKER - 4 - w
                lx = max(lx, label_right + 6)
                ly = y + (LANE_H - fm.height()) / 2
            if lx > label_right + 4 and lx + w <= self.width() - 2:
                painter.setFont(font)
                painter.setPen(text)
                painter.drawText(QRectF(lx, ly, w + 2, fm.height()), label)
                label_right = lx + w

    def _draw_break(self, painter: QPainter, x: float, y0: float, y1: float, pal: QPalette) -> None:
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1.2))
        for offset in (-3, 3):
            path = QPainterPath(QPointF(x + offset - 3, y1))
            path.lineTo(QPointF(x + offset + 3, y0))
            painter.drawPath(path)

    def _draw_legend(
        self, painter: QPainter, x: float, y: float, font: QFont, fm: QFontMetrics, pal: QPalette
    ) -> None:
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        cy = y + fm.height() / 2
        items = [
            ("inferred from evidence", "circle"),
            ("analyst override", "diamond"),
            ("revoked", "square"),
            ("today", "dash"),
        ]
        painter.setFont(font)
        for label, shape in items:
            painter.setPen(QPen(text, 1))
            painter.setBrush(muted)
            if shape == "circle":
                painter.drawEllipse(QPointF(x + 4, cy), 4, 4)
            elif shape == "diamond":
                painter.drawPolygon(
                    QPolygonF(
                        [
                            QPointF(x + 4, cy - 5),
                            QPointF(x + 9, cy),
                            QPointF(x + 4, cy + 5),
                            QPointF(x - 1, cy),
                        ]
                    )
                )
            elif shape == "square":
                painter.setBrush(pal.color(QPalette.ColorRole.Base))
                painter.drawRect(QRectF(x, cy - 4, 8, 8))
            else:
                painter.setPen(
                    QPen(pal.color(QPalette.ColorRole.Highlight), 1.5, Qt.PenStyle.DashLine)
                )
                painter.drawLine(QPointF(x + 4, cy - 6), QPointF(x + 4, cy + 6))
            painter.setPen(muted)
            w = fm.horizontalAdvance(label)
            painter.drawText(QRectF(x + 14, y, w + 2, fm.height()), label)
            x += w + 34
