"""The paged document that PDF export and printing share.

Real paper (A4, or Letter where the locale measures in US units): the filtered timeline on
landscape pages, fitted to the page width; when its lanes do not fit one page at a legible
size they continue, lane by lane, at full size on the next page with the title, axis and
legend repeated. Then pages list every event with its date, status and sources
(:class:`EventPages`): portrait in a PDF; on a printer, which keeps one orientation for a
job, in the orientation it was given.

Everything is drawn in logical pixels of :data:`LOGICAL_DPI`, scaled to the device, so a PDF
at 96 dpi and a printer at 1200 dpi show the same pages.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from numpy.typing import NDArray

from PySide6.QtCore import QLocale, QMarginsF, QRectF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter

from xiaomi_timeline.core.geometry.frame import LayoutMetrics
from xiaomi_timeline.core.query import QueryResult
from xiaomi_timeline.ui.export.events import EventPages, Progress, page_label, paint_footer
from xiaomi_timeline.ui.timeline.frames import build_frame, legend_extras_for, regions
from xiaomi_timeline.ui.timeline.painting import paint_frame
from xiaomi_timeline.ui.timeline.scene import TimelineScene, strip

LOGICAL_DPI = 96
MARGIN_MM = 12.0
MIN_FIT = 0.8
MAX_PARTS = 4
"""The most pages wide a crowded timeline is cut into."""
LEGIBLE = 0.9
"""The share of the events that must show their whole label for a part to be legible."""
"""The most the timeline is shrunk to stay on one page (13 px labels stay ~8 pt); past
that its lanes continue on more pages instead."""
_TALL = 1_000_000.0


def paper_for(locale: QLocale | None = None) -> QPageSize:
    """Letter where ``locale`` (by default the system's, not the interface language's: an
    English interface in Jakarta still prints on A4) measures in US units, else A4."""
    system = (locale or QLocale.system()).measurementSystem()
    if system == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def page_layout(paper: QPageSize, orientation: QPageLayout.Orientation) -> QPageLayout:
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(paper, orientation, margins, QPageLayout.Unit.Millimeter)


def logical_area(layout: QPageLayout) -> QRectF:
    """The printable rectangle of ``layout`` in logical pixels, at the origin."""
    points = layout.paintRect(QPageLayout.Unit.Point)
    factor = LOGICAL_DPI / 72
    return QRectF(0, 0, points.width() * factor, points.height() * factor)


@dataclass(frozen=True)
class TimelinePage:
    """One page of the timeline: its lanes from ``vscroll`` down, ``lanes_height`` tall."""

    vscroll: float
    lanes_height: float


@dataclass(frozen=True, eq=False)
class TimelineTile:
    """One part of the time span (the whole of it unless it is too crowded to read), on
    one or more pages; ``rows`` is each lane's row count, so every page of the part lays its
    lanes out at the same heights."""

    scene: TimelineScene
    pages: tuple[TimelinePage, ...]
    rows: NDArray[np.int64]


@dataclass(frozen=True, eq=False)
class TimelinePlan:
    """The timeline drawn at ``zoom`` (logical pixels per page pixel), part by part."""

    zoom: float
    tiles: tuple[TimelineTile, ...]


@dataclass(frozen=True, eq=False)
class _Measured:
    chrome: float
    """The height of everything but the lanes."""
    lanes: list[tuple[float, float]]
    """Each lane's (top, bottom) from the first lane's top."""
    rows: NDArray[np.int64]
    legible: float
    """The share of the events in view drawn with their whole label."""


def plan_timeline(scene: TimelineScene, area: QRectF) -> TimelinePlan:
    """Fit ``scene`` to pages of ``area``. Its span is cut into the fewest parts (up to
    :data:`MAX_PARTS`) in which :data:`LEGIBLE` of the events show their whole label; the
    parts are drawn on one page each if they fit at no less than :data:`MIN_FIT`, else at
    full size with their lanes split between pages at lane boundaries (the title, axis and
    legend on each page)."""
    # A lane's rows must not depend on how tall the page is, or pages would disagree.
    scene = replace(
        scene, metrics=replace(scene.metrics, lane_screens=0.0), vscroll=0.0, scroll_hint=False
    )
    parts = _parts_for(scene, area.width())
    for zoom in (1.0, 0.9, MIN_FIT, 1.0):  # the last: too tall at any fit, so full size
        width, height = area.width() / zoom, area.height() / zoom
        scenes = [fitted(scene, width, window) for window in _windows(scene, parts)]
        measured = [_measure(part, width) for part in scenes]
        if all(m.chrome + m.lanes[-1][1] <= height for m in measured):
            break
    tiles = tuple(
        TimelineTile(
            part, tuple(_split(m.lanes, max(40.0, height - m.chrome), scene.metrics)), m.rows
        )
        for part, m in zip(scenes, measured, strict=True)
    )
    return TimelinePlan(zoom, tiles)


def _parts_for(scene: TimelineScene, width: float) -> int:
    """Into how many parts the span is cut: the fewest that are legible, else the most
    legible."""
    best, best_parts = -1.0, 1
    for parts in range(1, MAX_PARTS + 1):
        windows = _windows(scene, parts)
        legible = min(_measure(fitted(scene, width, w), width).legible for w in windows)
        if legible >= LEGIBLE:
            return parts
        if legible > best + 0.05:  # another page only for a clear gain
            best, best_parts = legible, parts
    return best_parts


def _windows(scene: TimelineScene, parts: int) -> list[tuple[float, float] | None]:
    """The span of the events cut into ``parts`` equal windows (None: the whole span)."""
    span = scene.model.geometry.span()
    if span is None or parts == 1:
        return [None]
    start, end = span
    step = (end - start) / parts
    return [(start + n * step, start + (n + 1) * step) for n in range(parts)]


def fitted(
    scene: TimelineScene, width: float, window: tuple[float, float] | None = None
) -> TimelineScene:
    """``scene`` with its time window fitted to ``window`` (by default the span of its
    events) across ``width`` pixels."""
    x0, strip_width = strip(QRectF(0, 0, width, 100))
    scale = scene.scale.resized(x0, strip_width)
    span = window or scene.model.geometry.span()
    if span is not None:
        scale = scale.fitted(*span, margin=0.03)
    return replace(scene, scale=scale)


def _measure(scene: TimelineScene, width: float) -> _Measured:
    """``scene`` laid out once in a band tall enough for all its lanes."""
    frame = build_frame(QRectF(0, 0, width, _TALL), scene)
    layout = frame.layout
    probe = regions(QRectF(0, 0, width, _TALL), scene, legend_extras_for(layout))
    chrome = probe.title.height() + probe.axis.height() + probe.eras.height()
    chrome += probe.legend.height() + 8
    lanes = [(box.y0 - layout.top, box.y1 - layout.top) for box in layout.lanes]
    rows = layout.rows if layout.rows is not None else np.ones(len(layout.lanes), np.int64)
    in_view = sum(lane.visible for lane in layout.lanes)
    whole = sum(1 for item in layout.items if item.label is not None and item.label_full)
    legible = whole / in_view if in_view else 1.0
    return _Measured(chrome, lanes or [(0.0, 0.0)], rows, legible)


def _split(
    lanes: list[tuple[float, float]], room: float, metrics: LayoutMetrics
) -> list[TimelinePage]:
    """Group lanes into pages of at most ``room`` height, breaking between lanes; a lane
    taller than a page is cut between its rows."""
    pages: list[TimelinePage] = []
    start = 0.0
    end = lanes[-1][1]
    while True:
        limit = start + room
        if end <= limit:
            cut = end
        else:
            fitting = [bottom for _, bottom in lanes if start < bottom <= limit]
            cut = fitting[-1] if fitting else _row_cut(lanes, start, limit, metrics)
        pages.append(TimelinePage(start, max(1.0, cut - start)))
        if cut >= end:
            return pages
        start = cut


def _row_cut(
    lanes: list[tuple[float, float]], start: float, limit: float, metrics: LayoutMetrics
) -> float:
    """The lowest row boundary above ``limit`` of the lane that crosses it (``limit`` if
    no row ends between ``start`` and ``limit``)."""
    top = next(top for top, bottom in lanes if top <= limit < bottom)
    first_row = top + metrics.lane_padding
    rows = int((limit - first_row) // metrics.row_height)
    cut = first_row + rows * metrics.row_height
    return cut if cut > start else limit


def write_document(
    device: QPagedPaintDevice,
    scene: TimelineScene,
    result: QueryResult,
    paper: QPageSize | None = None,
    *,
    with_events: bool = True,
    progress: Progress | None = None,
) -> int:
    """Draw the timeline pages, then (``with_events``) the event pages, onto ``device``;
    return how many pages were drawn. With ``paper`` (a PDF) the timeline is on landscape
    pages and the events on portrait ones; without it (a printer, which cannot turn the
    paper during a job) every page has the layout the device was given. ``progress`` is told
    how far the work has got and may stop it by raising
    :class:`~xiaomi_timeline.ui.export.events.Cancelled`."""
    if paper is not None:
        device.setPageLayout(page_layout(paper, QPageLayout.Orientation.Landscape))
    area = logical_area(device.pageLayout())
    plan = plan_timeline(scene, area)
    pages = [(tile, page) for tile in plan.tiles for page in tile.pages]
    events = None
    if with_events:
        portrait = page_layout(paper, QPageLayout.Orientation.Portrait) if paper else None
        events = EventPages(logical_area(portrait) if portrait else area, result, scene.language)
        events.count(progress)
    total = len(pages) + (events.pages if events else 0)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the page device could not be opened for drawing")
    try:
        scale = device.logicalDpiX() / LOGICAL_DPI
        painter.scale(scale, scale)
        for number, (tile, page) in enumerate(pages, 1):
            if progress is not None:
                progress("draw", number - 1, total)
            if number > 1:
                device.newPage()
            _paint_timeline_page(painter, plan.zoom, tile, page, area)
            if total > 1:
                paint_footer(painter, area, page_label(number, total))
        if events is not None:
            if paper is not None:
                device.setPageLayout(page_layout(paper, QPageLayout.Orientation.Portrait))
            device.newPage()
            events.write(painter, device, len(pages) + 1, total, progress)
        return total
    finally:
        painter.end()


def _paint_timeline_page(
    painter: QPainter, zoom: float, tile: TimelineTile, page: TimelinePage, area: QRectF
) -> None:
    """The tile's scene from ``page.vscroll`` with exactly ``page.lanes_height`` of lanes
    (no part of the next page's lane), scaled by ``zoom``."""
    width = area.width() / zoom
    scene = replace(tile.scene, vscroll=page.vscroll)
    height = area.height() / zoom
    frame = build_frame(QRectF(0, 0, width, height), scene, row_hints=tile.rows)
    for _ in range(2):  # the legend explains what this page shows: its height may differ
        surplus = frame.regions.lanes.height() - page.lanes_height
        if abs(surplus) < 0.5:
            break
        height -= surplus
        frame = build_frame(QRectF(0, 0, width, height), scene, row_hints=tile.rows)
    painter.save()
    painter.scale(zoom, zoom)
    paint_frame(painter, frame)
    painter.restore()
