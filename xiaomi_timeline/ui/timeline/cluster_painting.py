"""Drawing the level-of-detail stand-ins: counted cluster bars, vague-date bands, and the
counted arrows at the edges of lanes whose events are all off screen."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPixmap, QStaticText

from xiaomi_timeline.core.caching import BoundedCache
from xiaomi_timeline.core.geometry.layout import ClusterBox, ClusterRun, EdgeBox
from xiaomi_timeline.ui.i18n.language import current_ui_language
from xiaomi_timeline.ui.i18n.words import vague_band_text
from xiaomi_timeline.ui.timeline.palette import faded, tint
from xiaomi_timeline.ui.timeline.scene import (
    TimelineScene,
    draw_short_text,
    elided_text,
    static_text,
)
from xiaomi_timeline.ui.timeline.stamps import cached, cached_pixmap, can_stamp


def paint_clusters(
    painter: QPainter,
    runs: Sequence[ClusterRun],
    bands: Sequence[ClusterBox],
    scene: TimelineScene,
) -> None:
    """Level of detail: vague-date bands, then a square-root-scaled bar per time bin with its
    event count. A frame has hundreds of bins: bars are laid out from the runs' columns and
    batched per colour into one drawRects call, and each count's text, width and static
    text are looked up once per frame."""
    if bands:
        _paint_bands(painter, bands, scene)
    if not runs:
        return
    font = scene.small_font
    ascent = QFontMetricsF(font).ascent()
    bars, labels = _bars_and_counts(runs, scene)
    painter.setPen(Qt.PenStyle.NoPen)
    colors = scene.category_colors
    for code, rects in bars.items():
        base = colors[code] if 0 <= code < len(colors) else scene.palette.muted
        painter.setBrush(tint(base, 170, scene.palette.background))
        painter.drawRects(rects)
    painter.setFont(font)
    painter.setPen(scene.palette.text)
    if scene.static_text and can_stamp(painter):
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        style = (font.pixelSize(), font.bold(), scene.palette.text.rgba(), ratio)
        stamps: dict[str, QPixmap] = {}  # a frame shows the same counts many times
        for x, y, label in labels:  # whole pixels: a count may move by half a pixel
            stamp = stamps.get(label[0])
            if stamp is None:
                stamp = stamps[label[0]] = _count_stamp(label, font, scene, style)
            painter.drawPixmap(round(x), round(y), stamp)
    elif scene.static_text:
        for x, y, label in labels:
            painter.drawStaticText(QPointF(x, y), label[2])
    else:
        for x, y, label in labels:
            painter.drawText(QPointF(x, y + ascent), label[0])


_CountLabel = tuple[str, float, QStaticText]
_Shapes = tuple[dict[int, list[QRectF]], list[tuple[float, float, _CountLabel]]]
_ShapesOf = tuple[Sequence[ClusterRun], _Shapes]
_LAST_SHAPES: BoundedCache[tuple[object, ...], _ShapesOf] = BoundedCache(
    "cluster shapes of the last layout", 1
)
"""The bars and counts of the runs drawn last, keyed by the runs' identity (and held with
them, so the identity stays theirs): a repaint of an unchanged view (on hover, focus or
selection) draws the very same runs, as its layout is reused."""


def _bars_and_counts(runs: Sequence[ClusterRun], scene: TimelineScene) -> _Shapes:
    """Each bin's bar, by category, and its count's place and label where it fits: worked
    out once for the runs of a layout in this view and font."""
    font = scene.small_font
    fm = QFontMetricsF(font)
    line = fm.height()
    size, bold = font.pixelSize(), font.bold()
    view_x0, view_x1 = scene.scale.x0, scene.scale.x1
    language = current_ui_language()  # the counts' words and decimal sign
    key = (id(runs), view_x0, view_x1, size, bold, line, font.family(), language)
    known = _LAST_SHAPES.get(key)
    if known is not None and known[0] is runs:
        return known[1]
    bars: dict[int, list[QRectF]] = {}
    labels: list[tuple[float, float, _CountLabel]] = []
    for run in runs:
        heights = np.maximum(3.0, (run.y1 - run.y0 - line) * run.level)
        tops = (run.y1 - heights).tolist()
        lefts = (run.x0 + 1.0).tolist()
        width = run.width - 2.0
        rects = [
            QRectF(x, top, width, h)
            for x, top, h in zip(lefts, tops, heights.tolist(), strict=True)
        ]
        codes = run.category.tolist()
        if codes.count(codes[0]) == len(codes):  # category lanes: one colour
            bars.setdefault(codes[0], []).extend(rects)
        else:
            for code, rect in zip(codes, rects, strict=True):
                bars.setdefault(code, []).append(rect)
        for x, top, count in zip(lefts, tops, run.count.tolist(), strict=True):
            label = _COUNT_LABELS.get((size, bold, count, language)) or _count_label(
                count, font, fm, language
            )
            left, right = max(x, view_x0), min(x + width, view_x1)
            if label[1] <= right - left:  # centred on what is in view: never cut to ".18"
                labels.append(((left + right - label[1]) / 2, top - line, label))
    _LAST_SHAPES.put(key, (runs, (bars, labels)))
    return bars, labels


_COUNT_LABELS: BoundedCache[tuple[int, bool, int, str], _CountLabel] = BoundedCache(
    "cluster counts", 5000
)


def _count_stamp(
    label: _CountLabel, font: QFont, scene: TimelineScene, style: tuple[int, bool, int, float]
) -> QPixmap:
    """A count drawn once into a pixmap: cheaper to draw than its static text, and a view
    may show a hundred counts. ``style`` is the font's pixel size and weight, the text
    colour and the device pixel ratio (worked out once a frame)."""
    key = ("count", label[0], *style)
    stamp = cached(key)
    if stamp is not None:
        return stamp
    size = (label[1] + 2, QFontMetricsF(font).height() + 1)

    def draw(painter: QPainter) -> None:
        painter.setFont(font)
        painter.setPen(scene.palette.text)
        painter.drawStaticText(QPointF(0, 0), label[2])

    return cached_pixmap(key, size, style[3], draw)


def _count_label(count: int, font: QFont, fm: QFontMetricsF, language: str) -> _CountLabel:
    """A cluster's count as text ("12", "1.2k"), its width and static text, cached for the
    interface ``language`` it is worded in."""
    text = _count_text(count)
    label = (text, _count_width(text, fm), static_text(text, font))
    return _COUNT_LABELS.put((font.pixelSize(), font.bold(), count, language), label)


def _paint_bands(painter: QPainter, bands: Sequence[ClusterBox], scene: TimelineScene) -> None:
    """Events known only to a period wider than the view: one faint band with whiskers at
    the period's ends and what they share, instead of a pile of identical markers. Bands lie
    in rows of their own and never overlap, so all bands, then all whiskers, then all texts
    are drawn, each kind with its colour or font set once."""
    pal, scale, font = scene.palette, scene.scale, scene.small_font
    fm = QFontMetricsF(font)
    rects, whiskers, texts = [], [], []
    for band in bands:
        box = band.box
        rects.append(QRectF(box.x0, box.y0 + 3, box.x1 - box.x0, box.y1 - box.y0 - 6))
        reach = (band.end - band.start) * 0.4
        for x in (scale.x_for(band.start + reach), scale.x_for(band.end - reach)):
            if box.x0 - 1 <= x <= box.x1 + 1:
                whiskers.append(QRectF(x - 0.6, box.y0, 1.2, box.y1 - box.y0))
        text = elided_text(fm, font, vague_band_text(band), max(0.0, box.x1 - box.x0 - 12))
        texts.append((box.x0 + 6, (box.y0 + box.y1) / 2 - fm.height() / 2, text))
    fill = tint(pal.muted, 60, pal.background)
    for rect in rects:  # fillRect: fractional rects edge differently from drawRects
        painter.fillRect(rect, fill)
    whisker = tint(pal.muted, 170, pal.background)
    for rect in whiskers:
        painter.fillRect(rect, whisker)
    painter.setFont(font)
    painter.setPen(pal.text)
    for x, top, text in texts:
        draw_short_text(painter, scene, x, top + fm.ascent(), text, font)
    painter.setPen(Qt.PenStyle.NoPen)


def paint_edges(painter: QPainter, edges: Sequence[EdgeBox], scene: TimelineScene) -> None:
    """ "◀ 3" / "2 ▶" pills: this lane's events lie beyond that edge of the view. Person
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
        painter.drawRoundedRect(
            QRectF(box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0), radius, radius
        )
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


_COUNT_WIDTHS: BoundedCache[tuple[str, float], float] = BoundedCache("count widths", 4096)


def _count_width(text: str, fm: QFontMetricsF) -> float:
    key = (text, fm.height())
    width = _COUNT_WIDTHS.get(key)
    if width is None:
        width = _COUNT_WIDTHS.put(key, fm.horizontalAdvance(text))
    return width


def _count_text(count: int) -> str:
    """A cluster's count in a few characters, shortened in the unit and with the abbreviation
    of the interface language, the number in its locale: 950, 1.1k, 12k; 1,1 rb, 12 rb in
    Indonesian (where 1.1 would read as eleven hundred); 9500, 1.2万 in Chinese."""
    translate = QCoreApplication.translate
    unit = translate(
        "ClusterCount",
        "1000",
        "the unit a cluster's count is shortened in from that count on, as a number: 1000 for "
        "thousands (1.2k), 10000 where counts go in ten thousands (1.2万 for 12,000)",
    )
    step = int(unit) if unit.isdigit() and int(unit) > 1 else 1000
    if count < step:
        return str(count)
    digits = 0 if count >= 10 * step else 1
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)  # 1234k, never 1,234k
    number = locale.toString(count / step if digits else float(count // step), "f", digits)
    shortened = translate(
        "ClusterCount", "%1k", "a cluster's count in that unit (1.2k, 12k) in a small badge"
    )
    return shortened.replace("%1", number)
