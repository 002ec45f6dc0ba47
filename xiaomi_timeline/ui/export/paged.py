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

from xiaomi_timeline.core.query import QueryResult
from xiaomi_timeline.ui.export.events import EventPages, page_label, paint_footer
from xiaomi_timeline.ui.timeline.frames import build_frame, legend_extras_for, regions
from xiaomi_timeline.ui.timeline.painting import paint_frame
from xiaomi_timeline.ui.timeline.scene import TimelineScene, strip

LOGICAL_DPI = 96
MARGIN_MM = 12.0
MIN_FIT = 0.8
"""The most the timeline is shrunk to stay on one page (13 px labels stay ~8 pt); past
that its lanes continue on more pages instead."""
_TALL = 1_000_000.0


def paper_for(locale: QLocale | None = None) -> QPageSize:
    """Letter where the locale measures in US units, A4 everywhere else."""
    system = (locale or QLocale()).measurementSystem()
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
class TimelinePlan:
    """The timeline drawn at ``zoom`` (logical pixels per page pixel), on these pages;
    ``rows`` is each lane's row count, so every page lays its lanes out at the same heights."""

    scene: TimelineScene
    zoom: float
    pages: tuple[TimelinePage, ...]
    rows: NDArray[np.int64]


def plan_timeline(scene: TimelineScene, area: QRectF) -> TimelinePlan:
    """Fit ``scene`` to pages of ``area``: one page if it fits at no less than
    :data:`MIN_FIT`, else at full size with its lanes split between pages at lane
    boundaries (tiled: the title, axis and legend on each)."""
    # A lane's rows must not depend on how tall the page is, or pages would disagree.
    scene = replace(
        scene, metrics=replace(scene.metrics, lane_screens=0.0), vscroll=0.0, scroll_hint=False
    )
    for zoom in (1.0, 0.9, MIN_FIT, 1.0):  # the last: too tall at any fit, so full size
        width, height = area.width() / zoom, area.height() / zoom
        paged = fitted(scene, width)
        chrome, lanes, rows = _measure(paged, width)
        if chrome + lanes[-1][1] <= height:
            break
    room = max(40.0, height - chrome)
    return TimelinePlan(paged, zoom, tuple(_split(lanes, room)), rows)


def fitted(scene: TimelineScene, width: float) -> TimelineScene:
    """``scene`` with its window fitted to its events across ``width`` pixels."""
    x0, strip_width = strip(QRectF(0, 0, width, 100))
    scale = scene.scale.resized(x0, strip_width)
    span = scene.model.geometry.span()
    if span is not None:
        scale = scale.fitted(*span, margin=0.03)
    return replace(scene, scale=scale)


def _measure(
    scene: TimelineScene, width: float
) -> tuple[float, list[tuple[float, float]], NDArray[np.int64]]:
    """The height of everything but the lanes, each lane's (top, bottom) from the first
    lane's top, and each lane's rows, laid out once in a band tall enough for all of them."""
    frame = build_frame(QRectF(0, 0, width, _TALL), scene)
    probe = regions(QRectF(0, 0, width, _TALL), scene, legend_extras_for(frame.layout))
    chrome = probe.title.height() + probe.axis.height() + probe.eras.height()
    chrome += probe.legend.height() + 8
    top = frame.layout.top
    lanes = [(box.y0 - top, box.y1 - top) for box in frame.layout.lanes]
    rows = frame.layout.rows
    if rows is None:
        rows = np.ones(len(frame.layout.lanes), np.int64)
    return chrome, lanes or [(0.0, 0.0)], rows


def _split(lanes: list[tuple[float, float]], room: float) -> list[TimelinePage]:
    """Group lanes into pages of at most ``room`` height, breaking between lanes; a lane
    taller than a page is cut into page-high pieces."""
    pages: list[TimelinePage] = []
    start = 0.0
    end = lanes[-1][1]
    while True:
        limit = start + room
        fitting = [bottom for _, bottom in lanes if start < bottom <= limit]
        cut = fitting[-1] if fitting else min(limit, end)
        if end <= limit:
            cut = end
        pages.append(TimelinePage(start, max(1.0, cut - start)))
        if cut >= end:
            return pages
        start = cut


def write_document(
    device: QPagedPaintDevice,
    scene: TimelineScene,
    result: QueryResult,
    paper: QPageSize | None = None,
) -> int:
    """Draw the timeline pages, then the event pages, onto ``device``; return how many
    pages were drawn. With ``paper`` (a PDF) the timeline is on landscape pages and the
    events on portrait ones; without it (a printer, which cannot turn the paper during a
    job) every page has the layout the device was given."""
    if paper is not None:
        device.setPageLayout(page_layout(paper, QPageLayout.Orientation.Landscape))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the page device could not be opened for drawing")
    try:
        scale = device.logicalDpiX() / LOGICAL_DPI
        painter.scale(scale, scale)
        area = logical_area(device.pageLayout())
        plan = plan_timeline(scene, area)
        for number, page in enumerate(plan.pages, 1):
            if number > 1:
                device.newPage()
            _paint_timeline_page(painter, plan, page, area)
            if len(plan.pages) > 1:
                paint_footer(painter, area, page_label(number))
        if paper is not None:
            device.setPageLayout(page_layout(paper, QPageLayout.Orientation.Portrait))
        device.newPage()
        events = EventPages(
            painter, device, logical_area(device.pageLayout()), result, scene.language
        )
        events.write(first_page=len(plan.pages) + 1)
        return len(plan.pages) + events.pages
    finally:
        painter.end()


def _paint_timeline_page(
    painter: QPainter, plan: TimelinePlan, page: TimelinePage, area: QRectF
) -> None:
    """The scene from ``page.vscroll`` with exactly ``page.lanes_height`` of lanes (no part
    of the next page's lane), scaled by the plan's zoom."""
    width = area.width() / plan.zoom
    scene = replace(plan.scene, vscroll=page.vscroll)
    height = area.height() / plan.zoom
    frame = build_frame(QRectF(0, 0, width, height), scene, row_hints=plan.rows)
    for _ in range(2):  # the legend explains what this page shows: its height may differ
        surplus = frame.regions.lanes.height() - page.lanes_height
        if abs(surplus) < 0.5:
            break
        height -= surplus
        frame = build_frame(QRectF(0, 0, width, height), scene, row_hints=plan.rows)
    painter.save()
    painter.scale(plan.zoom, plan.zoom)
    paint_frame(painter, frame)
    painter.restore()
