"""Colours and claim-status styles for the timeline, derived from the system palette.

The canvas follows the desktop's light or dark theme (:meth:`TimelinePalette.from_qpalette`);
export uses the fixed light palette so printed pictures look the same everywhere. Status styles
are the visual grammar the legend explains: confirmed is solid, reported is hollow, disputed is
hatched with a dashed outline.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette, QPen

from xiaomi_timeline.core.caching import BoundedCache
from xiaomi_timeline.core.colors import NEUTRAL_COLOR

log = logging.getLogger(__name__)

FALLBACK_CATEGORY_COLOR = NEUTRAL_COLOR


@dataclass(frozen=True)
class TimelinePalette:
    """Every colour the timeline paints with."""

    dark: bool
    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    grid_major: QColor
    lane_alt: QColor
    header: QColor
    axis: QColor
    highlight: QColor

    @classmethod
    def from_qpalette(cls, palette: QPalette) -> TimelinePalette:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        window = palette.color(QPalette.ColorRole.Window)
        dark = base.lightness() < 128
        return cls(
            dark=dark,
            background=base,
            text=text,
            muted=_mix(text, base, 0.45),
            grid=_mix(text, base, 0.90),
            grid_major=_mix(text, base, 0.78),
            lane_alt=_mix(text, base, 0.965),
            header=window,
            axis=window,
            highlight=palette.color(QPalette.ColorRole.Highlight),
        )

    @classmethod
    def system(cls) -> TimelinePalette:
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            return cls.from_qpalette(app.palette())
        return cls.light()

    @classmethod
    def light(cls) -> TimelinePalette:
        return cls._from_pair(
            QColor("#ffffff"), QColor("#1f2328"), QColor("#f3f4f6"), QColor("#2f6fde")
        )

    @classmethod
    def _from_pair(
        cls, base: QColor, text: QColor, window: QColor, highlight: QColor
    ) -> TimelinePalette:
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Base, base)
        palette.setColor(QPalette.ColorRole.Text, text)
        palette.setColor(QPalette.ColorRole.Window, window)
        palette.setColor(QPalette.ColorRole.Highlight, highlight)
        return cls.from_qpalette(palette)

    def category_color(self, hex_color: str | None) -> QColor:
        """A category's colour, lightened on dark backgrounds so it keeps its contrast."""
        color = QColor(hex_color or FALLBACK_CATEGORY_COLOR)
        if not color.isValid():
            color = QColor(FALLBACK_CATEGORY_COLOR)
        if self.dark and color.lightness() < 140:
            color = color.lighter(150)
        return color


_TINTS: BoundedCache[tuple[int, int, int], QColor] = BoundedCache("tints", 4096)


def tint(color: QColor, alpha: int, background: QColor) -> QColor:
    """``color`` at ``alpha`` over ``background``, as an opaque colour: alpha-blended fills
    cost far more to paint, and bands and clusters are many."""
    key = (color.rgb(), alpha, background.rgb())
    out = _TINTS.get(key)
    if out is None:
        out = _TINTS.put(key, _mix(background, color, alpha / 255.0))
    return out


def _mix(a: QColor, b: QColor, weight_b: float) -> QColor:
    """``a`` blended towards ``b``; weight_b=1 gives ``b``."""
    wa = 1.0 - weight_b
    return QColor(
        round(a.red() * wa + b.red() * weight_b),
        round(a.green() * wa + b.green() * weight_b),
        round(a.blue() * wa + b.blue() * weight_b),
    )


def faded(color: QColor, alpha: int) -> QColor:
    out = QColor(color)
    out.setAlpha(alpha)
    return out


_STYLES: BoundedCache[tuple[str, int, int], tuple[QPen, QBrush]] = BoundedCache(
    "status styles", 1024
)


def status_style(status: str, color: QColor, palette: TimelinePalette) -> tuple[QPen, QBrush]:
    """Pen and brush for a marker or bar: solid, hollow, or hatched with a dashed outline
    (cached: hundreds of markers a frame share a handful of styles)."""
    key = (status, color.rgba(), palette.background.rgba())
    style = _STYLES.get(key)
    if style is None:
        style = _STYLES.put(key, _make_status_style(status, color, palette))
    return style


def _make_status_style(status: str, color: QColor, palette: TimelinePalette) -> tuple[QPen, QBrush]:
    if status == "reported":
        pen = QPen(color, 2.0)
        return pen, QBrush(palette.background)
    if status == "disputed":
        pen = QPen(color, 1.6, Qt.PenStyle.DashLine)
        pen.setDashPattern([2.0, 1.5])
        return pen, QBrush(color, Qt.BrushStyle.BDiagPattern)
    return QPen(color.darker(125), 1.0), QBrush(color)
