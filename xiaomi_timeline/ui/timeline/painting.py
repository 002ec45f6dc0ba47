"""Drawing the timeline: one frame over any QPaintDevice (screen, QImage, SVG, PDF).

:func:`paint_frame` draws a :class:`~xiaomi_timeline.ui.timeline.frames.TimelineFrame` as it
is: it lays nothing out and changes nothing it is given. :func:`paint_timeline` builds the
frame of a scene and draws it, for export and tests.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPen,
)

from xiaomi_timeline.core.caching import BoundedCache
from xiaomi_timeline.core.geometry.layout import STATUSES, Box, FrameLayout, ItemBox, LaneBox
from xiaomi_timeline.core.geometry.ticks import Axis, axis_ticks
from xiaomi_timeline.ui.i18n.dates import LocaleTickNames
from xiaomi_timeline.ui.i18n.words import events_count, lane_name
from xiaomi_timeline.ui.search_marks import MARK_COLOR
from xiaomi_timeline.ui.timeline.cluster_painting import paint_clusters, paint_edges
from xiaomi_timeline.ui.timeline.era_painting import paint_era_bands, paint_era_strip
from xiaomi_timeline.ui.timeline.frames import TimelineFrame, build_frame, label_lines
from xiaomi_timeline.ui.timeline.legend import paint_legend
from xiaomi_timeline.ui.timeline.palette import (
    TimelinePalette,
    faded,
    status_style,
    tint,
)
from xiaomi_timeline.ui.timeline.scene import (
    GUTTER,
    RIGHT_PAD,
    TimelineScene,
    draw_short_text,
    elided_text,
    label_font,
)
from xiaomi_timeline.ui.timeline.stamps import Rect, can_stamp, stamp_ellipses

log = logging.getLogger(__name__)


def paint_timeline(painter: QPainter, rect: QRectF, scene: TimelineScene) -> TimelineFrame:
    """Lay ``scene`` out in ``rect`` and draw it; return the frame that was drawn."""
    frame = build_frame(rect, scene)
    paint_frame(painter, frame)
    return frame


def paint_frame(painter: QPainter, frame: TimelineFrame) -> None:
    """Draw ``frame`` into its rectangle."""
    scene, layout, reg, rect = frame.scene, frame.layout, frame.regions, frame.rect
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(rect, scene.palette.background)
    axis = axis_ticks(scene.scale, scene.texts.text_width, LocaleTickNames())
    lanes_clip = QRectF(reg.lanes.left(), reg.lanes.top(), reg.lanes.width(), reg.lanes.height())
    painter.save()
    painter.setClipRect(lanes_clip)
    _paint_lane_stripes(painter, layout, reg.lanes, scene)
    paint_era_bands(painter, reg.lanes, scene)
    _paint_grid(painter, axis, reg.lanes, scene)
    content = QRectF(
        scene.scale.x0, reg.lanes.top(), scene.scale.width + RIGHT_PAD, reg.lanes.height()
    )
    painter.setClipRect(content)
    paint_clusters(painter, layout.runs, layout.bands, scene)
    _paint_items(painter, layout.items, reg.lanes, scene)
    for mark in frame.search_marks:
        painter.fillRect(mark, MARK_COLOR)
    paint_edges(painter, layout.edges, scene)
    painter.restore()
    _paint_scroll_hint(painter, layout, reg.lanes, scene)
    _paint_headers(painter, layout, reg.lanes, scene)
    _paint_axis(painter, axis, reg.axis, scene)
    paint_era_strip(painter, reg.eras, scene)
    if scene.title:
        _paint_title(painter, reg.title, scene)
    if scene.legend:
        paint_legend(painter, reg.legend, scene, frame.legend_extras)
    if scene.focused:
        painter.setPen(QPen(scene.palette.highlight, 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(1, 1, -1, -1))
    painter.restore()


def _in_view(items: Sequence[ItemBox], area: QRectF, scene: TimelineScene) -> list[ItemBox]:
    """The items whose row meets the visible lanes: a tall lane lays out all its rows (they
    scroll), and drawing the hidden ones would cost as much as the visible."""
    half = scene.metrics.row_height / 2
    top, bottom = area.top() - half, area.bottom() + half
    return [item for item in items if top <= item.y <= bottom]


def _paint_scroll_hint(
    painter: QPainter, frame: FrameLayout, area: QRectF, scene: TimelineScene
) -> None:
    """A thin thumb at the right edge when the lanes are taller than the view."""
    content = frame.content_height
    if not scene.scroll_hint or content <= area.height() + 0.5 or area.height() <= 0:
        return
    thumb = max(24.0, area.height() * area.height() / content)
    offset = (area.height() - thumb) * min(1.0, scene.vscroll / (content - area.height()))
    painter.setPen(Qt.PenStyle.NoPen)
    # An opaque tint, not a translucent colour: a blended fill costs much more.
    painter.setBrush(tint(scene.palette.text, 90, scene.palette.background))
    painter.drawRoundedRect(
        QRectF(area.right() - 7, area.top() + offset + 2, 5, thumb - 4), 2.5, 2.5
    )


def _paint_lane_stripes(
    painter: QPainter, frame: FrameLayout, area: QRectF, scene: TimelineScene
) -> None:
    pal = scene.palette
    for lane in frame.lanes:
        if lane.y1 < area.top() or lane.y0 > area.bottom():
            continue
        if lane.lane % 2:
            painter.fillRect(
                QRectF(area.left(), lane.y0, area.width(), lane.y1 - lane.y0), pal.lane_alt
            )
        painter.fillRect(QRectF(area.left(), lane.y1 - 1, area.width(), 1), pal.grid)


def _paint_grid(painter: QPainter, axis: Axis, area: QRectF, scene: TimelineScene) -> None:
    pal = scene.palette
    top, height = area.top(), area.height()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(pal.grid)
    painter.drawRects([QRectF(round(t.x), top, 1.0, height) for t in axis.minor])
    painter.setBrush(pal.grid_major)
    painter.drawRects(
        [QRectF(round(t.x), top, 1.0, height) for t in axis.major if t.x >= scene.scale.x0]
    )


def _paint_axis(painter: QPainter, axis: Axis, area: QRectF, scene: TimelineScene) -> None:
    pal = scene.palette
    painter.fillRect(area, pal.axis)
    painter.fillRect(QRectF(area.left(), area.bottom() - 1, area.width(), 1), pal.grid_major)
    fm = QFontMetricsF(scene.texts.font)
    line = fm.height()
    painter.save()
    painter.setClipRect(QRectF(scene.scale.x0, area.top(), area.width() - GUTTER, area.height()))
    major_y = area.top() + 4 + fm.ascent()
    minor_y = area.top() + 8 + line + fm.ascent()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(pal.grid_major)
    painter.drawRects(
        [
            QRectF(round(t.x), area.top(), 1.0, area.height())
            for t in axis.major
            if t.x >= scene.scale.x0
        ]
    )
    painter.setBrush(pal.muted)
    painter.drawRects([QRectF(round(t.x), area.bottom() - 6, 1.0, 6.0) for t in axis.minor])
    painter.setPen(pal.text)
    painter.setFont(scene.header_font)
    for tick in axis.major:
        draw_short_text(painter, scene, tick.label_x, major_y, tick.label, scene.header_font)
    painter.setFont(scene.texts.font)
    painter.setPen(pal.muted)
    for tick in axis.minor:
        if tick.label:
            draw_short_text(painter, scene, tick.label_x, minor_y, tick.label, scene.texts.font)
    painter.restore()
    painter.fillRect(QRectF(area.left(), area.top(), GUTTER, area.height()), pal.header)


def header_places(
    frame: FrameLayout, top: float, bottom: float, name_height: float
) -> list[tuple[LaneBox, float]]:
    """The lanes with a header between ``top`` and ``bottom``, each with the top of its name:
    at the lane's top, or held at ``top`` while the lane scrolls past, pushed up by the lane's
    end so it never sits on the next lane's name. A lane that ends at ``top`` (a page or a
    scroll that starts at the next lane) has none."""
    places = []
    for lane_box in frame.lanes:
        if lane_box.y1 <= top + 0.5 or lane_box.y0 >= bottom:
            continue
        held = max(lane_box.y0, top) + 6
        pushed = min(held, lane_box.y1 - name_height - 2)
        places.append((lane_box, max(pushed, lane_box.y0 + 2)))
    return places


def _paint_headers(
    painter: QPainter, frame: FrameLayout, area: QRectF, scene: TimelineScene
) -> None:
    """Lane names in the fixed left column, drawn last so content never covers them. The
    same names are drawn every frame: cached static text."""
    pal = scene.palette
    painter.save()
    painter.setClipRect(QRectF(area.left(), area.top(), GUTTER, area.height()))
    painter.fillRect(QRectF(area.left(), area.top(), GUTTER, area.height()), pal.header)
    small = QFontMetricsF(scene.small_font)
    name_fm = QFontMetricsF(scene.header_font)
    width = GUTTER - 16
    x = area.left() + 12
    for lane_box, name_top in header_places(frame, area.top(), area.bottom(), name_fm.height()):
        y = name_top
        lane = scene.model.lanes[lane_box.lane]
        painter.fillRect(QRectF(area.left(), lane_box.y1 - 1, GUTTER, 1), pal.grid)
        _paint_lane_swatch(painter, lane_box.lane, area.left() + 4, y, lane_box.y1, scene)
        painter.setFont(scene.header_font)
        painter.setPen(pal.text)
        name = elided_text(name_fm, scene.header_font, lane_name(lane, scene.model.mode), width)
        draw_short_text(painter, scene, x, y + name_fm.ascent(), name, scene.header_font)
        y += name_fm.height()
        painter.setFont(scene.small_font)
        painter.setPen(pal.muted)
        detail = events_count(len(lane.members))
        if lane.sublabel:
            detail = f"{lane.sublabel} · {detail}"
        if y + small.height() <= lane_box.y1:
            detail = elided_text(small, scene.small_font, detail, width)
            draw_short_text(painter, scene, x, y + small.ascent(), detail, scene.small_font)
    painter.fillRect(QRectF(area.left() + GUTTER - 1, area.top(), 1, area.height()), pal.grid_major)
    painter.restore()


def _paint_lane_swatch(
    painter: QPainter, lane_no: int, x: float, y: float, bottom: float, scene: TimelineScene
) -> None:
    if scene.model.mode != "category":
        return
    geo = scene.model.geometry
    lane = scene.model.lanes[lane_no]
    code = int(geo.category[lane.members[0]]) if len(lane.members) else -1
    if 0 <= code < len(scene.category_colors):
        painter.fillRect(
            QRectF(x, y, 4, max(4.0, min(bottom - y - 6, 30.0))), scene.category_colors[code]
        )


def _paint_items(
    painter: QPainter, laid_out: Sequence[ItemBox], area: QRectF, scene: TimelineScene
) -> None:
    """The items of ``laid_out`` whose row meets ``area``: bands and fades first, then bars,
    then markers grouped by style, then labels: shapes of one style go out in one call,
    much cheaper than one call each (see :func:`_item_shapes`)."""
    items, batch, ranges = _item_shapes(laid_out, area, scene)
    for item in items:
        if item.index == scene.selected:
            _paint_selection(painter, item, scene)
    batch.draw_rects(painter)
    for item, color, status, solid in ranges:
        _paint_range(painter, item, color, status, scene, solid)
    batch.draw_ellipses(painter, scene.palette, scene.static_text)
    _paint_hover(painter, items, scene)
    _paint_labels(painter, items, scene)
    if scene.focused:
        _paint_focus_ring(painter, items, scene)


_Range = tuple[ItemBox, QColor, str, tuple[float, float]]
_ItemShapes = tuple[list[ItemBox], "_Batch", list[_Range]]
_ItemShapesOf = tuple[object, object, _ItemShapes]
_LAST_ITEMS: BoundedCache[tuple[object, ...], _ItemShapesOf] = BoundedCache(
    "item shapes of the last layout", 1
)
"""The shapes of the items drawn last, keyed by the identity of the items and geometry (and
held with them, so the identities stay theirs): a repaint of an unchanged view (on hover,
focus or selection) draws the very same items, as its layout is reused."""


def _item_shapes(laid_out: Sequence[ItemBox], area: QRectF, scene: TimelineScene) -> _ItemShapes:
    """The items in view (:func:`_in_view`), their bands, fades and markers batched by
    colour and style, and their periods with the solid part of each. Each category's colours
    and tints are worked out once, and so is each period's solid part (its fades and its
    bar both need it). Kept for the next frame while the layout and colours stay."""
    palette = scene.palette
    geo = scene.model.geometry
    key = (
        id(laid_out),
        id(geo),
        scene.scale,
        area.top(),
        area.bottom(),
        scene.metrics.row_height,
        tuple(color.rgba() for color in scene.category_colors),
        palette.background.rgba(),
        palette.muted.rgba(),
    )
    known = _LAST_ITEMS.get(key)
    if known is not None and known[0] is laid_out and known[1] is geo:
        return known[2]
    items = _in_view(laid_out, area, scene)
    indices = [item.index for item in items]
    codes = geo.category[indices].tolist()
    style_of = _Styles(scene).of
    styles = {code: style_of(code) for code in set(codes)}
    batch = _Batch()
    ranges: list[_Range] = []
    add_ellipse, add_band = batch.ellipse, batch.band
    x_for = scene.scale.x_for
    for item, code, status_code, is_range, start_hi, end_lo in zip(
        items,
        codes,
        geo.status[indices].tolist(),
        geo.is_range[indices].tolist(),
        geo.start_hi[indices].tolist(),
        geo.end_lo[indices].tolist(),
        strict=True,
    ):
        style = styles[code]
        status = STATUSES[status_code]
        m = item.marker
        if is_range:
            solid = _solid_between(m, x_for(start_hi), x_for(end_lo))
            ranges.append((item, style.color, status, solid))
            _range_fades(batch, m, style, solid)
        else:
            x0, x1 = item.extent  # a moment known only to the month or year: its band
            if x1 - x0 > (m.x1 - m.x0) + 2:
                add_band(style, x0, x1, item.y)
            add_ellipse(status, style, (m.x0, m.y0, m.x1 - m.x0, m.y1 - m.y0))
    _LAST_ITEMS.put(key, (laid_out, geo, (items, batch, ranges)))
    return items, batch, ranges


def _paint_labels(painter: QPainter, items: Sequence[ItemBox], scene: TimelineScene) -> None:
    """Each label's title, elided to its box (or on two lines), on a translucent backing
    where it lies over its own bar or uncertainty band, so the text stays legible. New
    elisions are worked out in one batch first; a title drawn before comes from cached
    static text (see :meth:`LabelTexts.static`)."""
    texts = scene.texts
    texts.prepare_elided(
        [
            (item.index, item.label.x1 - item.label.x0)
            for item in items
            if item.label is not None and not item.label_full
        ]
    )
    painter.setPen(scene.palette.text)
    ascent = texts.metrics.ascent()
    half = texts.metrics.height() / 2
    backing = faded(scene.palette.background, 165)  # the bar still shows through
    shown = texts.shown
    font = None
    for item in items:
        label = item.label
        if label is None:
            continue
        x0, width, top = label.x0, label.x1 - label.x0, item.y - half
        if item.label_lines != 2 and scene.static_text:
            wanted, full, static, text = shown(item.index, width)
        else:
            wanted, full = texts.font_of(item.index), texts.width(item.index)
            static, text = None, ""
        if wanted is not font:
            font = wanted
            painter.setFont(font)
        if x0 < item.extent[1] and label.x1 > item.extent[0]:  # over its own bar or band
            painter.fillRect(QRectF(x0 - 2, top, min(width, full) + 4, half * 2), backing)
        if item.label_lines == 2:
            for n, line in enumerate(label_lines(scene, item)):
                painter.drawText(QPointF(x0, top + n * scene.metrics.row_height + ascent), line)
            _paint_label_tie(painter, item, top, top + scene.metrics.row_height + half * 2, scene)
            painter.setPen(scene.palette.text)
            continue
        if static is not None:
            painter.drawStaticText(QPointF(x0, top), static)
        else:
            painter.drawText(QPointF(x0, top + ascent), text or texts.elided(item.index, width))


def _paint_label_tie(
    painter: QPainter, item: ItemBox, top: float, bottom: float, scene: TimelineScene
) -> None:
    """A thin rule on the marker's side of a two-line label, so its second line reads as the
    first one's continuation, not as a label whose marker is missing."""
    label = item.label
    assert label is not None
    x = label.x1 + 3.5 if label.x1 <= item.marker.x0 else label.x0 - 3.5
    painter.setPen(QPen(scene.palette.muted, 1.0))
    painter.drawLine(QPointF(x, top + 2), QPointF(x, bottom - 2))


@dataclass(frozen=True)
class _Style:
    """One category's marker colour and its tints over the background, with their keys."""

    color: QColor
    key: int
    band: QColor
    band_key: int
    whisker: QColor
    whisker_key: int
    fade: QColor
    fade_key: int


class _Styles:
    def __init__(self, scene: TimelineScene) -> None:
        self._scene = scene
        self._styles: dict[int, _Style] = {}

    def of(self, code: int) -> _Style:
        style = self._styles.get(code)
        if style is None:
            scene = self._scene
            colors, background = scene.category_colors, scene.palette.background
            color = colors[code] if 0 <= code < len(colors) else scene.palette.muted
            band = tint(color, 55, background)
            whisker = tint(color, 150, background)
            fade = tint(color, 70, background)
            style = self._styles[code] = _Style(
                color, color.rgba(), band, band.rgba(), whisker, whisker.rgba(), fade, fade.rgba()
            )
        return style


class _Batch:
    """Rectangles by colour and marker ellipses by (status, colour), drawn per group."""

    def __init__(self) -> None:
        self.rects: dict[int, tuple[QColor, list[QRectF]]] = {}
        self.ellipses: dict[tuple[str, int], tuple[str, QColor, list[Rect]]] = {}

    def rect(self, color: QColor, key: int, rect: QRectF) -> None:
        group = self.rects.get(key)
        if group is None:
            group = self.rects[key] = (color, [])
        group[1].append(rect)

    def band(self, style: _Style, x0: float, x1: float, y: float) -> None:
        """A faint band with end whiskers over the whole interval a moment known only to the
        month or year could be in (uncertainty, not duration)."""
        self.rect(style.band, style.band_key, QRectF(x0, y - 3, x1 - x0, 6))
        self.rect(style.whisker, style.whisker_key, QRectF(x0, y - 5, 1.2, 10))
        self.rect(style.whisker, style.whisker_key, QRectF(x1 - 1.2, y - 5, 1.2, 10))

    def ellipse(self, status: str, style: _Style, rect: Rect) -> None:
        group = self.ellipses.get((status, style.key))
        if group is None:
            group = self.ellipses[(status, style.key)] = (status, style.color, [])
        group[2].append(rect)

    def draw_rects(self, painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for color, rects in self.rects.values():
            painter.setBrush(color)
            painter.drawRects(rects)

    def draw_ellipses(self, painter: QPainter, palette: TimelinePalette, stamps: bool) -> None:
        """Markers as ellipses, or (``stamps``, on screen) as cached stamps of them."""
        stamps = stamps and can_stamp(painter)
        for status, color, rects in self.ellipses.values():
            if not stamps:
                _marker_ellipses(painter, [QRectF(*rect) for rect in rects], status, color, palette)
                continue

            def one(
                target: QPainter, rect: QRectF, status: str = status, color: QColor = color
            ) -> None:
                _marker_ellipses(target, [rect], status, color, palette)

            key = ("marker", status, color.rgba(), palette.background.rgba())
            stamp_ellipses(painter, key, rects, one)


def _marker_ellipses(
    painter: QPainter,
    rects: Sequence[QRectF],
    status: str,
    color: QColor,
    palette: TimelinePalette,
) -> None:
    pen, brush = status_style(status, color, palette)
    if status == "disputed":  # hatching shows the background through: lay it first
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.background)
        for rect in rects:
            painter.drawEllipse(rect)
    painter.setPen(pen)
    painter.setBrush(brush)
    for rect in rects:
        painter.drawEllipse(rect)


def _range_fades(batch: _Batch, m: Box, style: _Style, solid: tuple[float, float]) -> None:
    """The uncertain ends of a period's dates (marker ``m``, solid between ``solid``), faded."""
    solid_x0, solid_x1 = solid
    if solid_x0 > m.x0:
        batch.rect(style.fade, style.fade_key, QRectF(m.x0, m.y0, solid_x0 - m.x0, m.y1 - m.y0))
    if m.x1 > solid_x1:
        batch.rect(style.fade, style.fade_key, QRectF(solid_x1, m.y0, m.x1 - solid_x1, m.y1 - m.y0))


def _solid_between(m: Box, start_hi_x: float, end_lo_x: float) -> tuple[float, float]:
    """Where a period's bar ``m`` is solid: from the x of its latest possible start to that
    of its earliest possible end, within the bar."""
    solid_x0 = min(max(start_hi_x, m.x0), m.x1)
    solid_x1 = max(min(end_lo_x, m.x1), solid_x0)
    return solid_x0, solid_x1


def _paint_hover(painter: QPainter, items: Sequence[ItemBox], scene: TimelineScene) -> None:
    painter.setPen(QPen(scene.palette.text, 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for item in items:
        if item.index == scene.hovered:
            m = item.marker
            rect = QRectF(m.x0, m.y0, m.x1 - m.x0, m.y1 - m.y0)
            if scene.model.geometry.is_range[item.index]:
                painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 3, 3)
            else:
                painter.drawEllipse(rect.adjusted(-2.5, -2.5, 2.5, 2.5))


def _paint_selection(painter: QPainter, item: ItemBox, scene: TimelineScene) -> None:
    painter.setPen(QPen(scene.palette.highlight, 2.0))
    painter.setBrush(faded(scene.palette.highlight, 60))
    painter.drawRoundedRect(selection_rect(item, scene.metrics.row_height), 4, 4)


def _paint_focus_ring(painter: QPainter, items: Sequence[ItemBox], scene: TimelineScene) -> None:
    """A dotted ring around the selected event while the canvas has the keyboard focus:
    the event the arrow keys move from."""
    pen = QPen(scene.palette.text, 1.5, Qt.PenStyle.DotLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for item in items:
        if item.index == scene.selected:
            rect = selection_rect(item, scene.metrics.row_height).adjusted(-2, -2, 2, 2)
            painter.drawRoundedRect(rect, 5, 5)


def selection_rect(item: ItemBox, row_height: float) -> QRectF:
    """The selection box: around the marker, its whole band or bar and its label, on
    whichever side the label is (an edge across the band would hide one of its whiskers)."""
    left, right = min(item.marker.x0, item.extent[0]), max(item.marker.x1, item.extent[1])
    if item.label is not None:
        left, right = min(left, item.label.x0), max(right, item.label.x1)
    height = row_height * item.label_lines - 2
    return QRectF(left - 4, item.y - row_height / 2 + 1, right - left + 8, height)


def _paint_range(
    painter: QPainter,
    item: ItemBox,
    color: QColor,
    status: str,
    scene: TimelineScene,
    solid: tuple[float, float],
) -> None:
    """The solid part of a period's bar (its fades were batched before)."""
    solid_x0, solid_x1 = solid
    m = item.marker
    pen, brush = status_style(status, color, scene.palette)
    rect = QRectF(solid_x0, m.y0, max(solid_x1 - solid_x0, 2.0), m.y1 - m.y0)
    if status == "disputed":
        painter.fillRect(rect, scene.palette.background)
    painter.setPen(pen)
    painter.setBrush(brush)
    painter.drawRoundedRect(rect, 2, 2)


def _paint_title(painter: QPainter, area: QRectF, scene: TimelineScene) -> None:
    pal = scene.palette
    font = label_font(round(scene.texts.font.pixelSize() * 1.7), bold=True)
    fm = QFontMetricsF(font)
    painter.setFont(font)
    painter.setPen(pal.text)
    painter.drawText(
        QPointF(area.left() + 12, area.top() + 6 + fm.ascent()),
        fm.elidedText(scene.title, Qt.TextElideMode.ElideRight, area.width() - 24),
    )
    if scene.subtitle:
        painter.setFont(scene.texts.font)
        painter.setPen(pal.muted)
        sub = scene.texts.metrics
        painter.drawText(
            QPointF(area.left() + 12, area.top() + 8 + fm.height() + sub.ascent()),
            sub.elidedText(scene.subtitle, Qt.TextElideMode.ElideRight, area.width() - 24),
        )
