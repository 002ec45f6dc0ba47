"""Drawing the level-of-detail stand-ins: counted cluster bars, vague-date bands, and the
counted arrows at the edges of lanes whose events are all off screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter

from xiaomi_timeline.core.layout import ClusterBox, EdgeBox
from xiaomi_timeline.ui.palette import faded, tint
from xiaomi_timeline.ui.scene import TimelineScene, elided_text, static_text


def paint_clusters(
    painter: QPainter, clusters: Sequence[ClusterBox], scene: TimelineScene
) -> None:
    """Level of detail: a log-scaled bar per time bin with its event count. Bars are batched
    per colour into one drawRects call (~1 us a bar instead of ~6 us)."""
    fm = QFontMetricsF(scene.small_font)
    line, ascent = fm.height(), fm.ascent()
    bars: dict[int, list[QRectF]] = {}
    labels: list[tuple[float, float, str]] = []
    for cluster in clusters:
        box = cluster.box
        if cluster.vague:
            _paint_vague(painter, cluster, scene)
            continue
        height = max(3.0, (box.y1 - box.y0 - line) * cluster.level)
        top = box.y1 - height
        bars.setdefault(cluster.category, []).append(QRectF(box.x0, top, box.x1 - box.x0, height))
        text = _count_text(cluster.count)
        width = _count_width(text, fm)
        if width <= box.x1 - box.x0:
            labels.append(((box.x0 + box.x1 - width) / 2, top - line, text))
    painter.setPen(Qt.PenStyle.NoPen)
    colors = scene.category_colors
    for code, rects in bars.items():
        base = colors[code] if 0 <= code < len(colors) else scene.palette.muted
        painter.setBrush(tint(base, 170, scene.palette.background))
        painter.drawRects(rects)
    painter.setFont(scene.small_font)
    painter.setPen(scene.palette.text)
    for x, y, text in labels:
        if scene.static_text:
            painter.drawStaticText(QPointF(x, y), static_text(text, scene.small_font))
        else:
            painter.drawText(QPointF(x, y + ascent), text)


def _paint_vague(painter: QPainter, cluster: ClusterBox, scene: TimelineScene) -> None:
    """Events known only to a period wider than the view: one faint band with whiskers at
    the period's ends and what they share, instead of a pile of identical markers."""
    box, pal = cluster.box, scene.palette
    color = tint(pal.muted, 60, pal.background)
    rect = QRectF(box.x0, box.y0 + 3, box.x1 - box.x0, box.y1 - box.y0 - 6)
    painter.fillRect(rect, color)
    whisker = tint(pal.muted, 170, pal.background)
    for x in (
        scene.scale.x_for(cluster.start + (cluster.end - cluster.start) * 0.4),
        scene.scale.x_for(cluster.end - (cluster.end - cluster.start) * 0.4),
    ):
        if box.x0 - 1 <= x <= box.x1 + 1:
            painter.fillRect(QRectF(x - 0.6, box.y0, 1.2, box.y1 - box.y0), whisker)
    fm = QFontMetricsF(scene.small_font)
    text = elided_text(fm, scene.small_font, cluster.label, max(0.0, box.x1 - box.x0 - 12))
    painter.setFont(scene.small_font)
    painter.setPen(pal.text)
    top = (box.y0 + box.y1) / 2 - fm.height() / 2
    if scene.static_text:  # the same few band texts every frame: cached glyphs
        painter.drawStaticText(QPointF(box.x0 + 6, top), static_text(text, scene.small_font))
    else:
        painter.drawText(QPointF(box.x0 + 6, top + fm.ascent()), text)
    painter.setPen(Qt.PenStyle.NoPen)


def paint_edges(painter: QPainter, edges: Sequence[EdgeBox], scene: TimelineScene) -> None:
    """"◀ 3" / "2 ▶" pills: this lane's events lie beyond that edge of the view. Person
    lanes zoomed in have dozens, so texts are cached and measured once."""
    if not edges:
        return
    pal = scene.palette
    fm = QFontMetricsF(scene.small_font)
    line, ascent = fm.height(), fm.ascent()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(faded(pal.highlight, 40))
    for edge in edges:
        box = edge.box
        radius = (box.y1 - box.y0) / 2
        painter.drawRoundedRect(QRectF(box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0),
                                radius, radius)
    painter.setFont(scene.small_font)
    painter.setPen(pal.text)
    for edge in edges:
        box, text = edge.box, edge.text
        x = (box.x0 + box.x1 - _count_width(text, fm)) / 2
        y = (box.y0 + box.y1 - line) / 2
        if scene.static_text:
            painter.drawStaticText(QPointF(x, y), static_text(text, scene.small_font))
        else:
            painter.drawText(QPointF(x, y + ascent), text)


_COUNT_WIDTHS: dict[tuple[str, float], float] = {}


def _count_width(text: str, fm: QFontMetricsF) -> float:
    key = (text, fm.height())
    width = _COUNT_WIDTHS.get(key)
    if width is None:
        width = _COUNT_WIDTHS[key] = fm.horizontalAdvance(text)
    return width


def _count_text(count: int) -> str:
    if count >= 10_000:
        return f"{count // 1000}k"
    if count >= 1000:
        return f"{count / 1000:.1f}k"
    return str(count)
