"""The board: every track's status lanes on one shared, zoomable time axis.

Each row is a track: its title, badge and "since" on the left; on the right its inferred
status as a band (markers where it changed), the analyst's overrides as a thinner band
under it, its next event (red when overdue). Long stretches with nothing in them are
drawn as a short break, so months of quiet do not squeeze a week of events. Today is a
dashed line through every lane.

Click a lane to choose its track, double-click (or Enter) to open it, click a marker to
open what it stands for. Ctrl+wheel, + and - zoom; 0 fits; arrows move between tracks.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.periods import Span, status_periods
from tracker.ui.format import fmt_date, status_label
from tracker.ui.models.base import plain_tooltip
from tracker.ui.theme import muted_text, paint_badge, status_color, text_on
from tracker.ui.views.timeline import describe_entry
from tracker.ui.views.widgets import plain_label

if TYPE_CHECKING:
    from tracker.services.status import HistoryEntry, TrackStatus

LABEL_W = 250
AXIS_H = 44
ROW_H = 46
GAP_DAYS = 45
BREAK_PX = 26.0
PAD_DAYS = 4
MIN_PPD, MAX_PPD = 0.25, 80.0
MARKER = 5.5


@dataclass(frozen=True)
class BoardRow:
    status: TrackStatus
    history: list[HistoryEntry]


class BoardAxis:
    """Dates to x (from 0) at ``ppd`` pixels a day, with every gap longer than
    ``GAP_DAYS`` without an event drawn as a ``BREAK_PX`` break."""

    def __init__(self, days: list[date], ppd: float) -> None:
        points = sorted(set(days)) or [date.today()]
        self.lo = points[0] - timedelta(days=PAD_DAYS)
        self.hi = points[-1] + timedelta(days=PAD_DAYS)
        self.ppd = ppd
        # pieces: (first day, last day, x of first day, broken)
        self._starts: list[date] = []
        self._xs: list[float] = []
        self._broken: list[bool] = []
        self.breaks: list[float] = []
        x = 0.0
        previous = self.lo
        for day in [*points, self.hi]:
            gap = (day - previous).days
            self._starts.append(previous)
            self._xs.append(x)
            if gap > GAP_DAYS:
                self._broken.append(True)
                self.breaks.append(x + BREAK_PX / 2)
                x += BREAK_PX
            else:
                self._broken.append(False)
                x += gap * ppd
            previous = day
        self._starts.append(self.hi)
        self._xs.append(x)
        self._broken.append(False)
        self.width = x

    def x_of(self, day: date) -> float:
        if day <= self.lo:
            return 0.0
        if day >= self.hi:
            return self.width
        i = bisect.bisect_right(self._starts, day) - 1
        start, x0 = self._starts[i], self._xs[i]
        end, x1 = self._starts[i + 1], self._xs[i + 1]
        if self._broken[i]:
            days = max((end - start).days, 1)
            return x0 + (x1 - x0) * (day - start).days / days
        return x0 + (day - start).days * self.ppd

    def ticks(self, min_gap: float) -> list[date]:
        """Dates to label, at least ``min_gap`` pixels apart, not inside a break."""
        out: list[date] = []
        last_x = -1e9
        step = 1
        while step * self.ppd < min_gap and step < 366:
            step = {1: 2, 2: 7, 7: 14, 14: 30, 30: 61, 61: 91, 91: 182}.get(step, step * 2)
        for i, start in enumerate(self._starts[:-1]):
            if self._broken[i]:
                continue
            end = self._starts[i + 1]
            day = start
            while day <= end:
                x = self.x_of(day)
                if x - last_x >= min_gap:
                    out.append(day)
                    last_x = x
                day += timedelta(days=step)
        return out


def _days(rows: list[BoardRow], today: date) -> list[date]:
    out = [today]
    for row in rows:
        for h in row.history:
            if h.origin == "inferred" and h.event_date is not None:
                out.append(h.event_date)
            elif h.origin != "inferred":
                out.append(date.fromisoformat(h.recorded_at[:10]))
        nxt = row.status.next_event
        if nxt is not None and nxt.date is not None:
            out.append(nxt.date)
    return out


class BoardView(QAbstractScrollArea):
    """See the module docstring. Signals: ``track_chosen(track_id)``,
    ``track_opened(track_id)``, ``markers_chosen(track_id, list)``, ``zoom_changed(ppd)``."""

    track_chosen = Signal(str)
    track_opened = Signal(str)
    markers_chosen = Signal(str, list)
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("board")
        self.setAccessibleName("Board: every track on one time axis")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self._rows: list[BoardRow] = []
        self._today = date.today()
        self._ppd = 6.0
        self._fitted = True
        self._current = -1
        self._axis = BoardAxis([self._today], self._ppd)
        self._hits: list[tuple[QRectF, str, list[HistoryEntry]]] = []

    # ------------------------------------------------------------------ content

    def set_rows(
        self, rows: list[BoardRow], *, today: date | None = None, current: str | None = None
    ) -> None:
        self._rows = list(rows)
        self._today = today or date.today()
        ids = [r.status.track for r in self._rows]
        self._current = ids.index(current) if current in ids else (0 if ids else -1)
        if self._fitted:
            self.fit()
        else:
            self._relayout()
        self._describe()

    def rows(self) -> list[BoardRow]:
        return list(self._rows)

    @property
    def current_track(self) -> str | None:
        return (
            self._rows[self._current].status.track if 0 <= self._current < len(self._rows) else None
        )

    def set_current(self, track_id: str | None) -> None:
        ids = [r.status.track for r in self._rows]
        if track_id in ids:
            self._current = ids.index(track_id)
            self._ensure_visible()
            self.viewport().update()

    @property
    def pixels_per_day(self) -> float:
        return self._ppd

    def _describe(self) -> None:
        bits = []
        for row in self._rows:
            s = row.status
            since = f" since {fmt_date(s.since)}" if s.since else ""
            bits.append(f"{s.title}: {status_label(s.status)}{since}")
        self.setAccessibleDescription("; ".join(bits) or "no tracks")

    # ------------------------------------------------------------------ zoom and layout

    def lane_width(self) -> int:
        return max(100, self.viewport().width() - LABEL_W - 16)

    def fit(self) -> None:
        """Zoom so the whole axis fits the lanes' width."""
        self._fitted = True
        days = _days(self._rows, self._today)
        trial = BoardAxis(days, 1.0)
        linear = trial.width - BREAK_PX * len(trial.breaks)
        room = self.lane_width() - BREAK_PX * len(trial.breaks)
        self._ppd = max(MIN_PPD, min(MAX_PPD, room / max(linear, 1.0)))
        self._relayout()
        self.zoom_changed.emit(self._ppd)

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Multiply the scale by ``factor``, keeping the date under ``anchor_x`` in place."""
        old = self._ppd
        new = max(MIN_PPD, min(MAX_PPD, old * factor))
        if new == old:
            return
        anchor = self.lane_width() / 2 if anchor_x is None else anchor_x
        bar = self.horizontalScrollBar()
        lane_x = bar.value() + anchor
        ratio = lane_x / max(self._axis.width, 1.0)
        self._fitted = False
        self._ppd = new
        self._relayout()
        bar.setValue(int(ratio * self._axis.width - anchor))
        self.zoom_changed.emit(self._ppd)

    def _relayout(self) -> None:
        self._axis = BoardAxis(_days(self._rows, self._today), self._ppd)
        h = self.horizontalScrollBar()
        h.setRange(0, max(0, int(self._axis.width) - self.lane_width()))
        h.setPageStep(self.lane_width())
        h.setSingleStep(24)
        v = self.verticalScrollBar()
        room = self.viewport().height() - AXIS_H
        v.setRange(0, max(0, len(self._rows) * ROW_H - room))
        v.setPageStep(max(room, ROW_H))
        v.setSingleStep(ROW_H // 2)
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()
        else:
            self._relayout()

    def sizeHint(self) -> QSize:
        return QSize(900, AXIS_H + ROW_H * max(3, len(self._rows)) + 20)

    # ------------------------------------------------------------------ geometry

    def _lane_x(self, day: date) -> float:
        return LABEL_W + 8 + self._axis.x_of(day) - self.horizontalScrollBar().value()

    def _row_top(self, n: int) -> float:
        return AXIS_H + n * ROW_H - self.verticalScrollBar().value()

    def row_at(self, y: float) -> int:
        n = int((y - AXIS_H + self.verticalScrollBar().value()) // ROW_H)
        return n if y >= AXIS_H and 0 <= n < len(self._rows) else -1

    def _ensure_visible(self) -> None:
        if self._current < 0:
            return
        v = self.verticalScrollBar()
        top = self._current * ROW_H
        room = self.viewport().height() - AXIS_H
        if top < v.value():
            v.setValue(top)
        elif top + ROW_H > v.value() + room:
            v.setValue(top + ROW_H - room)

    def marker_at(self, pos: QPointF | QPoint) -> tuple[str, list[HistoryEntry]] | None:
        point = QPointF(pos)
        for rect, track, entries in self._hits:
            if rect.contains(point):
                return track, entries
        return None

    # ------------------------------------------------------------------ interaction

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        hit = self.marker_at(pos)
        row = self.row_at(pos.y())
        if row >= 0:
            self._current = row
            self.viewport().update()
            self.track_chosen.emit(self._rows[row].status.track)
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self.markers_chosen.emit(hit[0], hit[1])
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position().y())
        if row >= 0:
            self.track_opened.emit(self._rows[row].status.track)
            return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = (
            self.marker_at(event.position()) is not None or self.row_at(event.position().y()) >= 0
        )
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor
        )
        super().mouseMoveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom(1.25**steps, event.position().x() - LABEL_W - 8)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self._rows:
            delta = -1 if key == Qt.Key.Key_Up else 1
            self._current = max(0, min(len(self._rows) - 1, self._current + delta))
            self._ensure_visible()
            self.viewport().update()
            self.track_chosen.emit(self._rows[self._current].status.track)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_track:
            self.track_opened.emit(self.current_track)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.5)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / 1.5)
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + (-1 if key == Qt.Key.Key_Left else 1) * bar.singleStep() * 3)
        else:
            super().keyPressEvent(event)

    def viewportEvent(self, event: object) -> bool:
        if isinstance(event, QHelpEvent):
            QToolTip.showText(
                event.globalPos(), plain_tooltip(self._tip_at(event.pos())) or "", self
            )
            return True
        return super().viewportEvent(event)  # type: ignore[arg-type]  # a QEvent

    def _tip_at(self, pos: QPoint) -> str | None:
        hit = self.marker_at(pos)
        if hit is not None:
            return "\n".join(describe_entry(h) for h in hit[1]) + "\n(click to open it)"
        row = self.row_at(pos.y())
        if row < 0:
            return None
        s = self._rows[row].status
        since = f" since {fmt_date(s.since)}" if s.since else ""
        lines = [s.title, f"{status_label(s.status)}{since}"]
        if s.next_event is not None and s.next_event.date is not None:
            lines.append(
                f"next event {fmt_date(s.next_event.date)}"
                + (" (overdue)" if s.next_event_overdue else "")
            )
        lines.append("(double-click or Enter to open the track)")
        return "\n".join(lines)

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        muted = muted_text(pal, base, pal.color(QPalette.ColorRole.AlternateBase))
        width = self.viewport().width()
        height = self.viewport().height()
        painter.fillRect(self.viewport().rect(), base)
        self._hits = []
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, self.font().pointSizeF() * 0.9))
        if not self._rows:
            painter.setPen(muted)
            painter.drawText(
                self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, "No tracks to show"
            )
            return
        # lanes (clipped right of the labels), then the labels, then the axis on top
        painter.save()
        painter.setClipRect(QRect(LABEL_W, AXIS_H, width - LABEL_W, height - AXIS_H))
        for n, row in enumerate(self._rows):
            top = self._row_top(n)
            if top > height or top + ROW_H < AXIS_H:
                continue
            if n % 2:
                painter.fillRect(
                    QRectF(LABEL_W, top, width - LABEL_W, ROW_H),
                    pal.color(QPalette.ColorRole.AlternateBase),
                )
            self._paint_lane(painter, row, top, pal, small, text, muted)
        self._paint_today(painter, pal, height)
        painter.restore()
        painter.save()
        painter.setClipRect(QRect(0, AXIS_H, LABEL_W, height - AXIS_H))
        for n, row in enumerate(self._rows):
            top = self._row_top(n)
            if AXIS_H - ROW_H <= top <= height:
                self._paint_label(painter, n, row, top, pal, small)
        painter.restore()
        self._paint_axis(painter, pal, small, text, muted, width)
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(QPointF(LABEL_W, 0), QPointF(LABEL_W, height))
        if self.hasFocus() and 0 <= self._current < len(self._rows):
            top = self._row_top(self._current)
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(1, top + 1, width - 3, ROW_H - 2))
        painter.end()

    def _paint_label(
        self, painter: QPainter, n: int, row: BoardRow, top: float, pal: QPalette, small: QFont
    ) -> None:
        s = row.status
        current = n == self._current
        if current:
            painter.fillRect(
                QRectF(0, top, LABEL_W, ROW_H), pal.color(QPalette.ColorRole.Highlight)
            )
        ink = pal.color(QPalette.ColorRole.HighlightedText if current else QPalette.ColorRole.Text)
        fm = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(ink)
        title = QFontMetrics(bold).elidedText(s.title, Qt.TextElideMode.ElideRight, LABEL_W - 16)
        painter.drawText(QRectF(8, top + 3, LABEL_W - 12, fm.height()), title)
        line_y = top + 5 + fm.height()
        badge_h = QFontMetrics(small).height() + 2
        w = paint_badge(
            painter,
            QRectF(8, line_y, LABEL_W / 2, badge_h),
            status_label(s.status),
            s.status,
            pal,
            small,
        )
        painter.setFont(small)
        painter.setPen(ink)
        since = f"since {fmt_date(s.since)}" if s.since else ""
        flags = (
            ("⚑ " if s.needs_review else "")
            + ("✎ " if s.override else "")
            + ("◷" if s.next_event_overdue else "")
        )
        painter.drawText(
            QRectF(14 + w, line_y, LABEL_W - 20 - w, badge_h),
            Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(small).elidedText(
                f"{since} {flags}".strip(), Qt.TextElideMode.ElideRight, int(LABEL_W - 20 - w)
            ),
        )

    def _paint_lane(
        self,
        painter: QPainter,
        row: BoardRow,
        top: float,
        pal: QPalette,
        small: QFont,
        text: QColor,
        muted: QColor,
    ) -> None:
        live = [h for h in row.history if not h.undone]
        evidence, overrides, revokes = status_periods(live, self._today)
        band_y, band_h = top + 7, ROW_H * 0.42
        over_y, over_h = band_y + band_h + 3, ROW_H * 0.2
        fm = QFontMetrics(small)
        painter.setFont(small)
        for span in evidence:
            self._band(painter, span, band_y, band_h, pal, fm, label=True)
        for span in overrides:
            self._band(painter, span, over_y, over_h, pal, fm, label=False)
        inferred = [h for h in live if h.origin == "inferred" and h.current]
        for span in evidence:
            entries = [
                h for h in inferred if h.event_date == span.start and h.status == span.status
            ]
            c = QPointF(self._lane_x(span.start), band_y + band_h / 2)
            painter.setPen(QPen(text, 1.1))
            painter.setBrush(status_color(span.status, pal))
            painter.drawEllipse(c, MARKER, MARKER)
            self._hit(c, row.status.track, entries)
        manual = sorted(
            (h for h in row.history if h.origin != "inferred"), key=lambda h: h.recorded_at
        )
        seen: dict[date, int] = {}
        for h in manual:
            day = date.fromisoformat(h.recorded_at[:10])
            k = seen.get(day, 0)
            seen[day] = k + 1
            c = QPointF(self._lane_x(day) + k * (2 * MARKER + 2), over_y + over_h / 2)
            painter.setPen(QPen(muted if h.undone else text, 1.1))
            painter.setBrush(
                pal.color(QPalette.ColorRole.Base)
                if h.undone or h.origin == "revoke"
                else status_color(h.status, pal)
            )
            r = MARKER
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(c.x(), c.y() - r),
                        QPointF(c.x() + r, c.y()),
                        QPointF(c.x(), c.y() + r),
                        QPointF(c.x() - r, c.y()),
                    ]
                )
            )
            if h.undone:
                painter.drawLine(QPointF(c.x() - r, c.y() + r), QPointF(c.x() + r, c.y() - r))
            self._hit(c, row.status.track, [h])
        del revokes
        nxt = row.status.next_event
        if nxt is not None and nxt.date is not None:
            x = self._lane_x(nxt.date)
            colour = status_color("cancelled", pal) if row.status.next_event_overdue else text
            painter.setPen(QPen(colour, 1.4, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, top + 3), QPointF(x, top + ROW_H - 3))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawPolygon(
                QPolygonF([QPointF(x - 5, top + 2), QPointF(x + 5, top + 2), QPointF(x, top + 9)])
            )

    def _band(
        self,
        painter: QPainter,
        span: Span,
        y: float,
        h: float,
        pal: QPalette,
        fm: QFontMetrics,
        *,
        label: bool,
    ) -> None:
        x0, x1 = self._lane_x(span.start), self._lane_x(span.end)
        fill = QColor(status_color(span.status, pal))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        rect = QRectF(x0, y, max(x1 - x0, 3.0), h)
        painter.drawRoundedRect(rect, 3, 3)
        if label:
            words = status_label(span.status)
            w = fm.horizontalAdvance(words)
            if rect.width() > w + 2 * MARKER + 10:
                painter.setPen(text_on(fill, pal))
                painter.drawText(
                    rect.adjusted(MARKER + 5, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, words
                )

    def _hit(self, c: QPointF, track: str, entries: list[HistoryEntry]) -> None:
        r = MARKER + 3
        self._hits.append((QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), track, entries))

    def _paint_today(self, painter: QPainter, pal: QPalette, height: int) -> None:
        x = self._lane_x(self._today)
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, AXIS_H), QPointF(x, height))

    def _paint_axis(
        self,
        painter: QPainter,
        pal: QPalette,
        small: QFont,
        text: QColor,
        muted: QColor,
        width: int,
    ) -> None:
        painter.fillRect(QRectF(0, 0, width, AXIS_H), pal.color(QPalette.ColorRole.Window))
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(QPointF(0, AXIS_H - 0.5), QPointF(width, AXIS_H - 0.5))
        fm = QFontMetrics(small)
        painter.setFont(small)
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        painter.drawText(
            QRectF(8, 0, LABEL_W - 12, AXIS_H),
            Qt.AlignmentFlag.AlignVCenter,
            f"{len(self._rows)} tracks",
        )
        painter.save()
        painter.setClipRect(QRect(LABEL_W, 0, width - LABEL_W, AXIS_H))
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        for day in self._axis.ticks(fm.horizontalAdvance("00 Mmm 0000") + 14):
            x = self._lane_x(day)
            painter.drawLine(QPointF(x, AXIS_H - 6), QPointF(x, AXIS_H - 1))
            label = f"{day.day} {day.strftime('%b')} {day.year}"
            w = fm.horizontalAdvance(label)
            lx = min(max(x - w / 2, LABEL_W + 2), width - w - 2)
            painter.drawText(QRectF(lx, 4, w + 2, fm.height()), label)
        for bx in self._axis.breaks:  # in the tick row, under the date labels
            x = LABEL_W + 8 + bx - self.horizontalScrollBar().value()
            painter.setPen(QPen(pal.color(QPalette.ColorRole.WindowText), 1.2))
            for off in (-3, 3):
                painter.drawLine(QPointF(x + off - 2, AXIS_H - 1), QPointF(x + off + 2, AXIS_H - 7))
        x = self._lane_x(self._today)
        label = f"today {fmt_date(self._today)}"
        w = fm.horizontalAdvance(label)
        lx = x + 5 if x + 5 + w <= width - 2 else x - 5 - w  # beside its line
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        painter.drawText(QRectF(lx, 6 + fm.height(), w + 2, fm.height()), label)
        painter.restore()
        del muted, text


class BoardPage(QWidget):
    """The board with its zoom buttons and a legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board = BoardView(self)
        title = plain_label("Board: every track's status on one time axis", name="Board title")
        bold = QFont(title.font())
        bold.setBold(True)
        title.setFont(bold)
        self.zoom_out = QPushButton("Zoom out", self)
        self.zoom_out.setToolTip("Zoom out (−, Ctrl+wheel)")
        self.zoom_out.clicked.connect(lambda: self.board.zoom(1 / 1.5))
        self.zoom_in = QPushButton("Zoom in", self)
        self.zoom_in.setToolTip("Zoom in (+, Ctrl+wheel)")
        self.zoom_in.clicked.connect(lambda: self.board.zoom(1.5))
        self.fit_button = QPushButton("Fit", self)
        self.fit_button.setToolTip("Show the whole time axis (0)")
        self.fit_button.clicked.connect(self.board.fit)
        self.legend = plain_label(
            "● status change from the evidence · ◆ analyst's override (hollow, crossed: undone) · "
            "▼ next event (red: overdue) · dashed: today · // a quiet stretch left out",
            wrap=True,
            name="Board legend",
        )
        bar = QHBoxLayout()
        bar.addWidget(title, 1)
        bar.addWidget(self.zoom_out)
        bar.addWidget(self.zoom_in)
        bar.addWidget(self.fit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(bar)
        layout.addWidget(self.board, 1)
        layout.addWidget(self.legend)
