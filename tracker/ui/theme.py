"""Colours that carry meaning: status families, origins; contrast derived from the palette."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette

from tracker.domain.vocabulary import FAMILY

# (light-palette fill, dark-palette fill) per family.
_FAMILY_FILLS: dict[str, tuple[str, str]] = {
    "good": ("#2e9e4f", "#3fb866"),
    "pending": ("#e0a000", "#f0b429"),
    "bad": ("#d0342c", "#e5534b"),
    "done": ("#3d6fb6", "#5a8fd8"),
    "unknown": ("#8a8f98", "#7a808a"),
}

FAMILY_WORDS = {
    "good": "going ahead",
    "pending": "uncertain",
    "bad": "stopped",
    "done": "concluded",
    "unknown": "no evidence",
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def family_of(status: str | None) -> str:
    return FAMILY.get(status or "", "unknown")


def status_color(status: str | None, palette: QPalette) -> QColor:
    light, dark = _FAMILY_FILLS[family_of(status)]
    return QColor(dark if is_dark(palette) else light)


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_on(fill: QColor, palette: QPalette) -> QColor:
    """The palette's text or base colour, whichever reads better on ``fill``; plain black or
    white when neither reaches a 4.5:1 contrast (WCAG AA)."""
    themed = [palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)]
    best = max(themed, key=lambda c: contrast_ratio(fill, c))
    if contrast_ratio(fill, best) >= 4.5:
        return best
    return max((QColor("#111111"), QColor("#ffffff")), key=lambda c: contrast_ratio(fill, c))


def blend(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved ``t`` (0..1) of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def muted_text(palette: QPalette, *backgrounds: QColor) -> QColor:
    """A quieter text colour that still reads at 4.5:1 (WCAG AA) on every one of
    ``backgrounds`` (default: the palette's base and window): the disabled text colour,
    moved towards the normal text colour until it does."""
    text = palette.color(QPalette.ColorRole.Text)
    grounds = backgrounds or (
        palette.color(QPalette.ColorRole.Base),
        palette.color(QPalette.ColorRole.AlternateBase),
        palette.color(QPalette.ColorRole.Window),
    )
    start = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    for step in range(11):
        colour = blend(start, text, step / 10)
        if all(contrast_ratio(colour, g) >= 4.5 for g in grounds):
            return colour
    return text


def paint_badge(
    painter: QPainter,
    rect: QRectF,
    text: str,
    status: str | None,
    palette: QPalette,
    font: QFont,
) -> float:
    """Paint a rounded status badge left-aligned in ``rect``; returns its width."""
    fill = status_color(status, palette)
    bold = QFont(font)
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    width = min(rect.width(), metrics.horizontalAdvance(text) + 14)
    height = min(rect.height(), metrics.height() + 4)
    badge = QRectF(rect.left(), rect.center().y() - height / 2, width, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(badge, height / 2, height / 2)
    painter.setPen(text_on(fill, palette))
    painter.setFont(bold)
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width - 10))
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, elided)
    painter.restore()
    return width
