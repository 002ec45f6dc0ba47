"""Eras on the timeline: a strip of labelled periods under the axis, and the same periods as
faint bands behind the events. Colours are the era's own, or a neutral grey; the names are
drawn in the text colour over a light tint of it, so they stay legible in either theme."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from xiaomi_timeline.core.geometry.eras import EraSpan, era_rows
from xiaomi_timeline.core.geometry.timescale import TimeScale
from xiaomi_timeline.ui.timeline.palette import TimelinePalette, faded, tint
from xiaomi_timeline.ui.timeline.scene import (
    GUTTER,
    RIGHT_PAD,
    TimelineScene,
    draw_short_text,
    elided_text,
)

ROW_PAD = 6.0
"""Vertical room around an era's name in its row."""
LABEL_INSET = 4.0
BAND_ALPHA = 26
STRIP_ALPHA = 70
EDGE_ALPHA = 120


def era_strip_height(scene: TimelineScene) -> float:
    """Height of the era strip: one row per stack of overlapping eras, none without eras."""
    rows = era_rows(scene.eras)
    return rows * (QFontMetricsF(scene.small_font).height() + ROW_PAD) if rows else 0.0


def era_color(span: EraSpan, palette: TimelinePalette) -> QColor:
    return QColor(span.color) if span.color else palette.muted


def paint_era_bands(painter: QPainter, area: QRectF, scene: TimelineScene) -> None:
    """Each visible era as a faint band over the lanes ``area``, with its edges marked;
    call before the events are drawn."""
    for span, x0, x1 in _visible(scene.eras, scene.scale):
        color = era_color(span, scene.palette)
        painter.fillRect(QRectF(x0, area.top(), x1 - x0, area.height()), faded(color, BAND_ALPHA))
        edge = faded(color, EDGE_ALPHA)
        for x in (scene.scale.x_for(span.start), scene.scale.x_for(span.end)):
            if x0 <= x <= x1:
                painter.fillRect(QRectF(round(x), area.top(), 1.0, area.height()), edge)


def paint_era_strip(painter: QPainter, area: QRectF, scene: TimelineScene) -> None:
    """The era names in ``area``, each in its row over its period, cut to fit; a name whose
    era starts off screen stays at the left edge while the era is in view."""
    if area.height() <= 0:
        return
    pal = scene.palette
    painter.save()
    painter.fillRect(area, pal.axis)
    painter.setClipRect(
        QRectF(scene.scale.x0, area.top(), area.right() - scene.scale.x0, area.height())
    )
    font = scene.small_font
    fm = QFontMetricsF(font)
    row_height = fm.height() + ROW_PAD
    painter.setFont(font)
    for span, x0, x1 in _visible(scene.eras, scene.scale):
        color = era_color(span, pal)
        top = area.top() + span.row * row_height + 1
        chip = QRectF(x0, top, x1 - x0, row_height - 2)
        painter.fillRect(chip, tint(color, STRIP_ALPHA, pal.axis))
        painter.fillRect(QRectF(x0, top, min(3.0, x1 - x0), chip.height()), color)
        room = x1 - x0 - LABEL_INSET * 2 - 3
        if room < fm.horizontalAdvance("M…"):
            continue
        text = elided_text(fm, font, span.title, room)
        painter.setPen(pal.text)
        baseline = top + ROW_PAD / 2 + fm.ascent() - 1
        draw_short_text(painter, scene, x0 + 3 + LABEL_INSET, baseline, text, font)
    painter.restore()
    painter.fillRect(QRectF(area.left(), area.top(), GUTTER, area.height()), pal.header)
    painter.setPen(pal.muted)
    painter.setFont(font)
    name = QCoreApplication.translate("TimelineCanvas", "Eras")
    draw_short_text(
        painter, scene, area.left() + 8, area.top() + ROW_PAD / 2 + fm.ascent() - 1, name, font
    )
    painter.fillRect(QRectF(area.left(), area.bottom() - 1, area.width(), 1), pal.grid_major)


def era_in_strip(scene: TimelineScene, area: QRectF, x: float, y: float) -> EraSpan | None:
    """The era whose name sits at (``x``, ``y``) in the strip ``area``, if any."""
    if not area.contains(x, y) or not scene.eras:
        return None
    row = int((y - area.top()) / (QFontMetricsF(scene.small_font).height() + ROW_PAD))
    for span, x0, x1 in _visible(scene.eras, scene.scale):
        if span.row == row and x0 <= x < x1:
            return span
    return None


def _visible(spans: Sequence[EraSpan], scale: TimeScale) -> list[tuple[EraSpan, float, float]]:
    """Eras meeting the visible window, with their left and right x clipped to the strip
    (at least a pixel wide, so a short era far out stays visible)."""
    out = []
    right = scale.x1 + RIGHT_PAD
    for span in spans:
        if span.end <= scale.start or span.start >= scale.end:
            continue
        x0 = max(scale.x_for(span.start), scale.x0)
        x1 = min(scale.x_for(span.end), right)
        out.append((span, x0, max(x1, x0 + 1.0)))
    return out
