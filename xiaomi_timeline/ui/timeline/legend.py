"""The legend: categories, claim statuses and date precision, each drawn as on the timeline,
plus the level-of-detail stand-ins (count clusters, vague-date bands) while any is on screen."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen, QPixmap

from xiaomi_timeline.core.caching import BoundedCache
from xiaomi_timeline.core.geometry.layout import STATUSES
from xiaomi_timeline.ui.i18n.language import current_ui_language
from xiaomi_timeline.ui.i18n.words import status_label, status_name
from xiaomi_timeline.ui.timeline.palette import (
    TimelinePalette,
    faded,
    status_style,
    tint,
)
from xiaomi_timeline.ui.timeline.scene import TimelineScene, label_font

log = logging.getLogger(__name__)

LEGEND_GLYPH = 30.0
LEGEND_GAP = 18.0


@dataclass(frozen=True)
class _LegendEntry:
    kind: str
    """"heading", "category", "status", "precision" or "standin"."""
    key: str
    text: str


def _date_texts(compact: bool) -> tuple[str, str, str, str]:
    """Day, month, year, period: short on screen, spelled out for export."""
    translate = QCoreApplication.translate
    if compact:
        return (
            translate("Legend", "Day"),
            translate("Legend", "Month known"),
            translate("Legend", "Year known"),
            translate("Legend", "Period"),
        )
    return (
        translate("Legend", "Day known"),
        translate("Legend", "Month known (band = the month)"),
        translate("Legend", "Year known (band = the year)"),
        translate("Legend", "Period (faded ends: uncertain)"),
    )


def _standin_text(kind: str, compact: bool) -> str:
    """The long texts are for export, where nothing can be clicked."""
    translate = QCoreApplication.translate
    if kind == "clusters":
        if compact:
            return translate("Legend", "12 = a cluster of 12 events; click to zoom in")
        return translate("Legend", "12 = a cluster of 12 events too close to draw apart")
    if compact:
        return translate(
            "Legend",
            "Band = events dated only to a wider year/month, or periods through the view; "
            "click to zoom out",
        )
    return translate(
        "Legend",
        "Grey band = events dated only to a year or month wider than the view, or periods "
        "running through it",
    )


def _legend_entries(scene: TimelineScene, extras: tuple[str, ...]) -> list[_LegendEntry]:
    """Categories (unless the lanes already name them), statuses, and date precision; the
    compact screen legend uses short words, the tooltip-less export spells them out."""
    translate = QCoreApplication.translate
    entries = []
    if scene.legend_categories:
        entries.append(_LegendEntry("heading", "", translate("Legend", "Categories")))
        entries += [
            _LegendEntry("category", str(code), scene.category_labels[code])
            for code in scene.model.used_categories()
            if 0 <= code < len(scene.category_labels)
        ]
    compact = scene.legend_compact
    status_heading = (
        translate("Legend", "Status") if compact else translate("Legend", "Claim status")
    )
    entries.append(_LegendEntry("heading", "", status_heading))
    entries += [
        _LegendEntry("status", s, status_name(s) if compact else status_label(s)) for s in STATUSES
    ]
    entries.append(_LegendEntry("heading", "", translate("Legend", "Dates")))
    entries += [
        _LegendEntry("precision", key, text)
        for key, text in zip(("day", "month", "year", "range"), _date_texts(compact), strict=True)
    ]
    if extras:
        entries.append(_LegendEntry("heading", "", translate("Legend", "Groups")))
        entries += [_LegendEntry("standin", kind, _standin_text(kind, compact)) for kind in extras]
    return entries


_LegendFlow = list[tuple[_LegendEntry, float, int]]
_FLOWS: BoundedCache[tuple[object, ...], _LegendFlow] = BoundedCache("legend layouts", 64)


def _flow_key(width: float, scene: TimelineScene, extras: tuple[str, ...]) -> tuple[object, ...]:
    """Everything the legend's entries and their places depend on."""
    return (
        round(width),
        current_ui_language(),
        tuple(scene.model.used_categories()),
        tuple(scene.category_labels),
        scene.small_font.pixelSize(),
        scene.legend_compact,
        scene.legend_categories,
        scene.legend_lines,
        extras,
    )


def _legend_flow(width: float, scene: TimelineScene, extras: tuple[str, ...]) -> _LegendFlow:
    """Entries with their x and line number, wrapped to ``width`` (cached: every frame asks
    with and without the stand-in entries, and they change only with the model or width)."""
    key = _flow_key(width, scene, extras)
    flow = _FLOWS.get(key)
    if flow is None:
        flow = _FLOWS.put(key, _compute_legend_flow(width, scene, extras))
    return flow


def _compute_legend_flow(
    width: float, scene: TimelineScene, extras: tuple[str, ...]
) -> _LegendFlow:
    """Left-to-right flow, wrapping between entries; a heading never ends a line (it moves
    down with its first entry, which stays beside it even if it must then be elided). With
    ``scene.legend_lines``, what does not fit in that many lines folds behind a "More" entry."""
    entries = _legend_entries(scene, extras)
    flow = _flow_entries(entries, [_entry_width(e, scene) for e in entries], width)
    limit = scene.legend_lines
    if not limit or not flow or flow[-1][2] < limit:
        return flow
    more = _LegendEntry("more", "", QCoreApplication.translate("Legend", "More…"))
    more_w = _entry_width(more, scene)
    kept = [placed for placed in flow if placed[2] < limit]
    while kept and (
        kept[-1][0].kind == "heading"
        or kept[-1][1] + _entry_width(kept[-1][0], scene) + 8 + more_w > width - 12
    ):
        kept.pop()
    if not kept:
        return [(more, 12.0, 0)]
    last, x, line = kept[-1]
    return [*kept, (more, x + _entry_width(last, scene) + 8, line)]


def _entry_width(entry: _LegendEntry, scene: TimelineScene) -> float:
    if entry.kind == "heading":
        bold = QFontMetricsF(label_font(scene.small_font.pixelSize(), bold=True))
        return bold.horizontalAdvance(entry.text + ":") + 8
    text_w = QFontMetricsF(scene.small_font).horizontalAdvance(entry.text)
    if entry.kind == "more":
        return text_w + 2 * MORE_PAD
    return LEGEND_GLYPH + text_w + LEGEND_GAP


MORE_PAD = 8.0
"""Space around the "More" entry's text, inside its button outline."""


def _flow_entries(entries: list[_LegendEntry], widths: list[float], width: float) -> _LegendFlow:
    x, line, out = 12.0, 0, []
    for n, (entry, w) in enumerate(zip(entries, widths, strict=True)):
        if entry.kind == "heading" and x > 12:
            x += 8
        need = w + (widths[n + 1] if entry.kind == "heading" and n + 1 < len(widths) else 0)
        after_heading = n > 0 and entries[n - 1].kind == "heading"
        if x + need > width - 12 and x > 12 and not after_heading:
            x, line = 12.0, line + 1
        out.append((entry, x, line))
        x += w
    return out


def legend_lines(
    width: float, scene: TimelineScene, extras: tuple[str, ...] = ()
) -> list[list[str]]:
    """The legend's texts line by line at ``width`` (headings end with ":"), as drawn."""
    lines: list[list[str]] = []
    for entry, _, line in _legend_flow(width, scene, extras):
        if entry.kind == "more":
            continue
        while len(lines) <= line:
            lines.append([])
        lines[line].append(entry.text + (":" if entry.kind == "heading" else ""))
    return lines


def legend_height(width: float, scene: TimelineScene, extras: tuple[str, ...] = ()) -> float:
    flow = _legend_flow(width, scene, extras)
    lines = (flow[-1][2] + 1) if flow else 0
    return lines * _legend_line(scene) + 10


def _legend_line(scene: TimelineScene) -> float:
    return QFontMetricsF(scene.small_font).height() + 8


def legend_more_rect(
    area: QRectF, scene: TimelineScene, extras: tuple[str, ...] = ()
) -> QRectF | None:
    """Where a folded legend's "More" entry is drawn in ``area``, or None if nothing is
    folded."""
    for entry, x, line in _legend_flow(area.width(), scene, extras):
        if entry.kind == "more":
            line_h = _legend_line(scene)
            top = area.top() + 5 + line * line_h + 2
            return QRectF(area.left() + x, top, _entry_width(entry, scene), line_h - 4)
    return None


_PIXMAPS: BoundedCache[tuple[object, ...], QPixmap] = BoundedCache("legend pixmaps", 4)


def paint_legend(
    painter: QPainter, area: QRectF, scene: TimelineScene, extras: tuple[str, ...] = ()
) -> None:
    """Categories, claim statuses and date precision, each drawn as on the timeline. On
    screen the legend is drawn once into a pixmap and blitted (it is the same every frame)."""
    if not scene.static_text or area.isEmpty():
        _draw_legend(painter, area, scene, extras)
        return
    ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
    pal = scene.palette
    key = (
        _flow_key(area.width(), scene, extras),
        round(area.height()),
        ratio,
        pal.background.rgba(),
        pal.text.rgba(),
        pal.header.rgba(),
        tuple(c.rgba() for c in scene.category_colors),
    )
    pixmap = _PIXMAPS.get(key)
    if pixmap is None:
        pixmap = QPixmap(round(area.width() * ratio), round(area.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(pal.header)
        inner = QPainter(pixmap)
        try:
            inner.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            _draw_legend(inner, QRectF(0, 0, area.width(), area.height()), scene, extras)
        finally:
            inner.end()
        _PIXMAPS.put(key, pixmap)
    painter.drawPixmap(area.topLeft(), pixmap)


def _draw_legend(
    painter: QPainter, area: QRectF, scene: TimelineScene, extras: tuple[str, ...]
) -> None:
    pal = scene.palette
    painter.fillRect(area, pal.header)
    painter.fillRect(QRectF(area.left(), area.top(), area.width(), 1), pal.grid_major)
    fm = QFontMetricsF(scene.small_font)
    bold_font = label_font(scene.small_font.pixelSize(), bold=True)
    line_h = _legend_line(scene)
    neutral = pal.muted if not pal.dark else pal.text
    for entry, x, line in _legend_flow(area.width(), scene, extras):
        cy = area.top() + 5 + line * line_h + line_h / 2
        left = area.left() + x
        baseline = cy - fm.height() / 2 + fm.ascent()
        if entry.kind == "heading":
            painter.setFont(bold_font)
            painter.setPen(pal.text)
            painter.drawText(QPointF(left, baseline), entry.text + ":")
            continue
        if entry.kind == "more":
            box = QRectF(left, cy - line_h / 2 + 2, _entry_width(entry, scene), line_h - 4)
            painter.setPen(QPen(pal.muted, 1.0))
            painter.setBrush(pal.background)
            painter.drawRoundedRect(box, 4, 4)
            painter.setFont(scene.small_font)
            painter.setPen(pal.text)
            painter.drawText(QPointF(left + MORE_PAD, baseline), entry.text)
            continue
        if entry.kind == "category":
            color = scene.category_colors[int(entry.key)]
            painter.setPen(QPen(color.darker(125), 1.0))
            painter.setBrush(color)
            painter.drawRoundedRect(QRectF(left + 4, cy - 6, 18, 12), 2, 2)
        elif entry.kind == "status":
            _legend_marker(painter, left + 13, cy, entry.key, neutral, pal)
        elif entry.kind == "standin":
            _legend_standin(painter, left, cy, entry.key, scene)
        else:
            _legend_precision(painter, left, cy, entry.key, neutral, pal)
        painter.setFont(scene.small_font)
        painter.setPen(pal.text)
        room = area.right() - 12 - left - LEGEND_GLYPH
        painter.drawText(
            QPointF(left + LEGEND_GLYPH, baseline),
            fm.elidedText(entry.text, Qt.TextElideMode.ElideRight, room),
        )


def _legend_marker(
    painter: QPainter, cx: float, cy: float, status: str, color: QColor, pal: TimelinePalette
) -> None:
    pen, brush = status_style(status, color, pal)
    rect = QRectF(cx - 6, cy - 6, 12, 12)
    if status == "disputed":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(pal.background)
        painter.drawEllipse(rect)
    painter.setPen(pen)
    painter.setBrush(brush)
    painter.drawEllipse(rect)


def _legend_standin(
    painter: QPainter, left: float, cy: float, kind: str, scene: TimelineScene
) -> None:
    """A small cluster bar under its count, or a grey band with whiskers, as drawn."""
    pal = scene.palette
    if kind == "vague":
        painter.fillRect(QRectF(left + 1, cy - 5, 24, 10), tint(pal.muted, 60, pal.background))
        for x in (left + 9, left + 17):
            painter.fillRect(QRectF(x - 0.6, cy - 7, 1.2, 14), tint(pal.muted, 170, pal.background))
        return
    painter.fillRect(QRectF(left + 3, cy + 1, 20, 6), tint(pal.muted, 170, pal.background))
    font = label_font(max(8, scene.small_font.pixelSize() - 2), bold=True)
    painter.setFont(font)
    painter.setPen(pal.text)
    fm = QFontMetricsF(font)
    painter.drawText(QPointF(left + 13 - fm.horizontalAdvance("12") / 2, cy), "12")


def _legend_precision(
    painter: QPainter, left: float, cy: float, kind: str, color: QColor, pal: TimelinePalette
) -> None:
    if kind == "range":
        painter.fillRect(QRectF(left + 1, cy - 5, 5, 10), faded(color, 70))
        painter.fillRect(QRectF(left + 6, cy - 5, 14, 10), color)
        painter.fillRect(QRectF(left + 20, cy - 5, 5, 10), faded(color, 70))
        return
    half = {"day": 0.0, "month": 7.0, "year": 13.0}[kind]
    cx = left + 13
    if half:
        painter.fillRect(QRectF(cx - half, cy - 3, 2 * half, 6), faded(color, 55))
        painter.fillRect(QRectF(cx - half, cy - 5, 1.2, 10), faded(color, 150))
        painter.fillRect(QRectF(cx + half - 1.2, cy - 5, 1.2, 10), faded(color, 150))
    painter.setPen(QPen(color.darker(125), 1.0))
    painter.setBrush(QBrush(color))
    painter.drawEllipse(QRectF(cx - 4, cy - 4, 8, 8))
