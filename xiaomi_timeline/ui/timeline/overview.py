"""The overview strip under the canvas: the whole document's event density and the visible
window. It always spans every event of the document, whatever the filter, so it keeps its
place and its year labels; events the filter hides are drawn faint, the others strong.

Dragging the window rectangle (or clicking beside it) moves the canvas; the wheel zooms it.
The density is rendered once per size and data into a pixmap, so a frame is one blit plus a
rectangle.
"""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
from numpy.typing import NDArray
from typing_extensions import override

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from xiaomi_timeline.core.geometry.eras import EraSpan
from xiaomi_timeline.core.geometry.layout import EventGeometry, density
from xiaomi_timeline.core.geometry.ticks import TextWidth, Tick, axis_ticks
from xiaomi_timeline.core.geometry.timescale import TimeScale
from xiaomi_timeline.ui.i18n.dates import LocaleTickNames
from xiaomi_timeline.ui.timeline.era_painting import era_color
from xiaomi_timeline.ui.timeline.palette import TimelinePalette, faded
from xiaomi_timeline.ui.timeline.scene import GUTTER, RIGHT_PAD, label_font

log = logging.getLogger(__name__)

STRIP_HEIGHT = 52
WHEEL_STEP = 1.25


class OverviewStrip(QWidget):
    """Minimap of the whole document with a draggable visible-window rectangle.

    Signals:
        window_requested(float, float): the user moved or zoomed the window (ordinal days).
    """

    window_requested = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline-overview")
        self.setAccessibleName(self.tr("Timeline overview"))
        self.setFixedHeight(STRIP_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self._geometry: EventGeometry | None = None
        self._eras: tuple[EraSpan, ...] = ()
        self._shown: EventGeometry | None = None
        self._all_counts: tuple[tuple[object, ...], NDArray[np.int64]] | None = None
        self._domain = (730120.0, 730120.0 + 3650.0)
        self._window = self._domain
        self._pixmap: QPixmap | None = None
        self._layers: dict[bool, tuple[tuple[object, ...], QPixmap, float]] = {}
        """The document's layer of the strip, with every event shown (True) and under a
        filter (False; its bars faint), and what each was drawn for."""
        self._drag_offset: float | None = None
        self._palette = TimelinePalette.system()
        self._color = QColor("#4a78c2")

    @override
    def sizeHint(self) -> QSize:
        return QSize(600, STRIP_HEIGHT)

    def set_data(
        self,
        geometry: EventGeometry | None,
        domain: tuple[float, float],
        shown: EventGeometry | None = None,
        eras: tuple[EraSpan, ...] = (),
    ) -> None:
        """Every event of the document (``geometry``) over ``domain``, the ones the filter
        lets through (``shown``; None when it is all of them) and the document's eras."""
        self._geometry = geometry
        self._eras = eras
        self._shown = shown
        self._domain = domain
        self._pixmap = None
        self.update()

    def set_window(self, start: float, end: float) -> None:
        self._window = (start, end)
        self.update()

    def visible_window(self) -> tuple[float, float]:
        return self._window

    def scale(self) -> TimeScale:
        """Whole domain over the strip, aligned with the canvas's time strip."""
        width = max(1.0, self.width() - GUTTER - RIGHT_PAD)
        return TimeScale(self._domain[0], self._domain[1], x0=GUTTER, width=width)

    def window_rect(self) -> QRectF:
        scale = self.scale()
        x0, x1 = scale.x_for(self._window[0]), scale.x_for(self._window[1])
        if x1 - x0 < 6:
            mid = (x0 + x1) / 2
            x0, x1 = mid - 3, mid + 3
        return QRectF(x0, 1, x1 - x0, self.height() - 2)

    # -- painting ------------------------------------------------------------------------

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            pal = self._palette
            painter.fillRect(self.rect(), pal.header)
            if self._pixmap is None or self._pixmap.size() != self.size():
                self._pixmap = self._render_density()
            painter.drawPixmap(0, 0, self._pixmap)
            rect = self.window_rect()
            # The tint is a plain fill inside the outline: Qt blends a translucent antialiased
            # fill this tall on helper threads, and waiting for them took ~1 ms of a click.
            painter.fillRect(rect.adjusted(1, 1, -1, -1), faded(pal.highlight, 45))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(pal.highlight, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 3, 3)
        finally:
            painter.end()

    def _render_density(self) -> QPixmap:
        """The strip: the document's layer (see :meth:`_document_layer`) with the filtered
        events' bars drawn strong over it."""
        layer, top = self._document_layer()
        if self._shown is None:
            return layer
        pixmap = QPixmap(layer)  # a copy: painting on it leaves the layer as it is
        painter = QPainter(pixmap)
        try:
            color = self._palette.text if self._palette.dark else self._color
            scale = self.scale()
            self._paint_bars(
                painter, scale, top, self._shown, faded(color, 190), peak_of=self._geometry
            )
        finally:
            painter.end()
        return pixmap

    def _document_layer(self) -> tuple[QPixmap, float]:
        """Label, ticks, eras and the whole document's bars (faint under a filter), and the
        bars' top. Kept while the document, domain, size and colours stay: a filter click
        only draws the filtered bars over it, and removing the filter draws nothing new."""
        everything = self._shown is None
        key = (self.size(), self._domain, self._geometry, self._eras)
        kept = self._layers.get(everything)
        if kept is not None and kept[0] == key:
            return kept[1], kept[2]
        pixmap = QPixmap(self.size())
        pal = self._palette
        pixmap.fill(pal.header)
        painter = QPainter(pixmap)
        try:
            scale = self.scale()
            font = label_font(10)
            painter.setFont(font)
            painter.setPen(pal.muted)
            painter.drawText(
                QRectF(8, 0, GUTTER - 16, self.height()),
                Qt.AlignmentFlag.AlignVCenter,
                self.tr("Overview"),
            )
            fm = painter.fontMetrics()
            for tick in overview_ticks(scale, fm.horizontalAdvance):
                painter.fillRect(QRectF(tick.x, 0, 1, self.height()), pal.grid)
                if tick.label:
                    painter.drawText(QPointF(tick.label_x, fm.ascent() + 1), tick.label)
            top = fm.height() + 2
            self._paint_eras(painter, scale, top)
            color = self._palette.text if self._palette.dark else self._color
            alpha = 150 if everything else 45
            self._paint_bars(painter, scale, top, self._geometry, faded(color, alpha))
        finally:
            painter.end()
        self._layers[everything] = (key, pixmap, top)
        return pixmap, top

    def _paint_eras(self, painter: QPainter, scale: TimeScale, top: float) -> None:
        """Each era as a faint band under the density bars, marked along the bottom."""
        for span in self._eras:
            x0 = max(scale.x_for(span.start), scale.x0)
            x1 = min(scale.x_for(span.end), scale.x1)
            if x1 < x0:
                continue
            x1 = max(x1, x0 + 1.0)
            color = era_color(span, self._palette)
            painter.fillRect(QRectF(x0, top, x1 - x0, self.height() - top), faded(color, 40))
            painter.fillRect(QRectF(x0, self.height() - 3, x1 - x0, 3), color)

    def eras(self) -> tuple[EraSpan, ...]:
        return self._eras

    def _density(self, geometry: EventGeometry, scale: TimeScale, bins: int) -> NDArray[np.int64]:
        """Events per bin; the whole document's counts are kept while its geometry, the
        domain and the width stay (a filter change only counts the events it shows)."""
        if geometry is not self._geometry:
            return density(geometry, scale.start, scale.end, bins)
        key = (geometry, scale.start, scale.end, bins)
        if self._all_counts is None or self._all_counts[0] != key:
            self._all_counts = (key, density(geometry, scale.start, scale.end, bins))
        return self._all_counts[1]

    def _paint_bars(
        self,
        painter: QPainter,
        scale: TimeScale,
        top: float,
        geometry: EventGeometry | None,
        brush: QColor,
        peak_of: EventGeometry | None = None,
    ) -> None:
        """Density bars of ``geometry``, scaled to the busiest bin of ``peak_of`` (so the
        filtered bars stand inside the document's)."""
        if geometry is None or not len(geometry):
            return
        bins = max(1, int(scale.width / 2))
        counts = self._density(geometry, scale, bins)
        reference = counts if peak_of is None else self._density(peak_of, scale, bins)
        peak = int(reference.max()) if reference.size else 0
        if peak == 0:
            return
        height = self.height() - top - 3
        bin_w = scale.width / bins
        shown = np.flatnonzero(counts)
        heights = np.maximum(1.5, np.sqrt(counts[shown] / peak) * height)
        lefts = scale.x0 + shown * bin_w
        tops = (self.height() - 3) - heights
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(brush)
        painter.drawRects(fill_rects(lefts, tops, bin_w, heights))
        painter.restore()

    def shown_geometry(self) -> EventGeometry | None:
        """The filtered events drawn strong (None: every event is)."""
        return self._shown

    def domain(self) -> tuple[float, float]:
        return self._domain

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._pixmap = None
        super().resizeEvent(event)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._palette = TimelinePalette.from_qpalette(self.palette())
            self._pixmap = None
            self._layers.clear()
            self.update()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Its label and axis in the new interface language."""
        self.setAccessibleName(self.tr("Timeline overview"))
        self._pixmap = None
        self._layers.clear()
        self.update()

    # -- input ---------------------------------------------------------------------------

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        x = event.position().x()
        rect = self.window_rect()
        if not rect.left() <= x <= rect.right():
            self._centre_on(x)
            rect = self.window_rect()
        self._drag_offset = x - rect.left()

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_offset is None:
            return
        scale = self.scale()
        span = self._window[1] - self._window[0]
        start = scale.date_at(event.position().x() - self._drag_offset)
        self._request(start, start + span)

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_offset = None

    @override
    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y()
        if delta:
            scale = self.scale().with_window(*self._window)
            window_scale = TimeScale(
                self._window[0], self._window[1], x0=0.0, width=1.0, limits=scale.limits
            )
            zoomed = window_scale.zoomed(WHEEL_STEP ** (delta / 120.0))
            self._request(zoomed.start, zoomed.end)
        event.accept()

    def _centre_on(self, x: float) -> None:
        centre = self.scale().date_at(x)
        half = (self._window[1] - self._window[0]) / 2
        self._request(centre - half, centre + half)

    def _request(self, start: float, end: float) -> None:
        self._window = (start, end)
        self.update()
        self.window_requested.emit(start, end)


def fill_rects(
    lefts: NDArray[np.floating[Any]],
    tops: NDArray[np.floating[Any]],
    width: float,
    heights: NDArray[np.floating[Any]],
) -> list[QRect]:
    """The pixels ``QPainter.fillRect`` fills for each of these rectangles (each edge rounded
    half up, as the raster engine does without antialiasing or a transform; coordinates are
    not negative), to draw them all with one ``drawRects``: a filter click draws hundreds of
    density bars, and a call each cost more than the drawing."""
    x0, y0 = np.floor(lefts + 0.5), np.floor(tops + 0.5)
    x1, y1 = np.floor((lefts + width) + 0.5), np.floor((tops + heights) + 0.5)
    return [
        QRect(left, top, right - left, bottom - top)
        for left, top, right, bottom in zip(
            x0.astype(np.int64).tolist(),
            y0.astype(np.int64).tolist(),
            x1.astype(np.int64).tolist(),
            y1.astype(np.int64).tolist(),
            strict=True,
        )
    ]


def overview_ticks(scale: TimeScale, text_width: TextWidth) -> tuple[Tick, ...]:
    """The strip's one row of labels: years (or decades...) when they fit; over a shorter
    span the context row ("2024", "April 2024"), so a year is always named."""
    axis = axis_ticks(scale, text_width, LocaleTickNames())
    if axis.unit.kind == "year":
        return axis.minor
    labelled = {t.day for t in axis.major if t.label}
    ticks = [t for t in axis.major if t.label]
    ticks += [Tick(t.day, t.x, "", t.label_x, 0.0) for t in axis.minor if t.day not in labelled]
    return tuple(sorted(ticks, key=lambda t: t.day))
