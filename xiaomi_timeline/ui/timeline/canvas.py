"""The zoomable timeline canvas: its state, the frame that state gives, and input.

Input and the public setters change the state (window, lanes, selection, hover, scroll) and
mark the frame stale. The frame is laid out once for all the changes, when Qt delivers the
layout request posted with them (before the repaint request, which has a lower priority) or
when something needs it first (a synchronous ``grab``, a hit test). Scrolling the lanes to
the selection and keeping the scroll within the lanes happen there too. ``paintEvent`` only
draws the current frame; hit tests are pure functions of that frame and a point.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray
from typing_extensions import override

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from xiaomi_timeline.core.geometry.eras import EraSpan, era_extent, era_spans
from xiaomi_timeline.core.geometry.frame import LayoutMetrics
from xiaomi_timeline.core.geometry.layout import (
    LANE_MODES,
    FrameLayout,
    Hit,
    LaneModel,
    LayoutMemory,
    lane_top,
    result_lane_model,
    visible_members,
)
from xiaomi_timeline.core.geometry.timescale import TimeScale, domain_for
from xiaomi_timeline.core.query import IntArray, QueryResult
from xiaomi_timeline.core.schema import Event, one_line, text_in
from xiaomi_timeline.core.textmatch import search_terms
from xiaomi_timeline.ui.i18n.words import category_name
from xiaomi_timeline.ui.timeline import accessibility
from xiaomi_timeline.ui.timeline.era_painting import era_in_strip
from xiaomi_timeline.ui.timeline.frames import TimelineFrame, build_frame, hit_at, on_legend_more
from xiaomi_timeline.ui.timeline.legend_popup import show_legend_popup
from xiaomi_timeline.ui.timeline.painting import paint_frame
from xiaomi_timeline.ui.timeline.palette import TimelinePalette
from xiaomi_timeline.ui.timeline.scene import (
    GUTTER,
    LabelTexts,
    TimelineScene,
    TitleStore,
    label_font,
    strip,
)
from xiaomi_timeline.ui.timeline.tooltips import (
    as_rich_text,
    era_tooltip,
    hit_tooltip,
    lane_tooltip,
)

log = logging.getLogger(__name__)

WHEEL_STEP = 1.25
"""Zoom factor per wheel notch (120 eighths of a degree)."""
KEY_ZOOM = 1.5
KEY_PAN_FRACTION = 0.2
FIT_MARGIN_PX = LayoutMetrics().cluster_px + 4
"""Room that Fit leaves at either end: cluster columns are aligned to time, so the last
one may reach a column's width past the last event (and its count must not be cut)."""
DRAG_THRESHOLD = 4.0
KEYPAD = Qt.KeyboardModifier.KeypadModifier
WARM_TEXTS_FROM = 5000
"""Documents with this many events have a sample of their titles measured when the lanes
are built, not during the first frames (see :meth:`LabelTexts.warm`)."""
REVEAL_TRIES = 3
"""Layouts that may scroll towards the selection: its lane's top first (from the rows known
so far), then its row once the lane is laid out."""
SETTLE_STEPS = 2 + REVEAL_TRIES
"""Layouts one state change may take: the reveal's, and the scroll clamped around them."""


class TimelineCanvas(QWidget):
    """The timeline: lanes of events over a time axis, zoomable and pannable.

    Mouse: the wheel zooms about the cursor (Shift+wheel scrolls the lanes, a horizontal wheel
    pans); drag pans (and scrolls lanes vertically); click selects an event or zooms into a
    cluster; double-click zooms to the event and activates it; hovering shows title and date.

    Keys: ``+``/``-`` zoom, Shift+Left/Right pan (plain Left/Right are left to the window for
    the previous/next event in date order), Up/Down select the nearest event in the row above
    or below on screen, Home/End go to the first/last event, F fits the filtered events, Enter
    activates the selection, PageUp/PageDown scroll the lanes, L opens the whole legend where
    it is folded.

    Assistive technology sees the events on screen as the items of a list (see
    :mod:`accessibility`); the selected one is the focused item, and each new selection is
    announced.

    Signals:
        event_selected(str): an event was clicked (its id).
        event_activated(str): an event was double-clicked or Enter was pressed on it.
        visible_range_changed(float, float): the visible window changed (ordinal days).
        model_changed(): new events or lanes (the overview strip redraws its density).
    """

    event_selected = Signal(str)
    event_activated = Signal(str)
    visible_range_changed = Signal(float, float)
    model_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline-canvas")
        accessibility.install(TimelineCanvas)
        self._set_accessible_texts()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 160)
        self._result: QueryResult | None = None
        self._model: LaneModel | None = None
        self._eras: tuple[EraSpan, ...] = ()
        self._texts: LabelTexts | None = None
        self._title_store: tuple[tuple[object, ...], TitleStore] | None = None
        """What the label texts of the shown document measured, and for which document,
        language and font."""
        self._warmed_for: tuple[object, str, str] | None = None
        self._everything: tuple[tuple[object, str, str], LaneModel] | None = None
        self._first_layouts: tuple[tuple[object, ...], dict[tuple[object, ...], FrameLayout]]
        self._first_layouts = ((), {})
        """The first layouts of the lanes of every event each time they were shown, by
        layout key, and for which lanes and font: the click that removes the last filter
        usually shows the view it showed before the first one."""
        self._fresh = False
        """The next layout is the first of the current lanes (unused memory, no row hints)."""
        self._lane_mode = "category"
        self._language = "en"
        self._selected_id: str | None = None
        self._hovered: int | None = None
        self._vscroll = 0.0
        self._reveal_tries = 0
        self._announce = False
        self._frame: TimelineFrame | None = None
        self._stale = False
        self._row_hints: NDArray[np.int64] | None = None
        self._memory = LayoutMemory()
        self._palette = TimelinePalette.system()
        self._colors: tuple[QColor, ...] = ()
        self._labels: tuple[str, ...] = ()
        self._set_fonts()
        x0, width = strip(QRectF(self.rect()))
        self._scale = TimeScale(730120.0, 730120.0 + 3650.0, x0=x0, width=width)
        self._press: QPointF | None = None
        self._press_scale: TimeScale | None = None
        self._press_vscroll = 0.0
        self._dragging = False

    # -- public API ----------------------------------------------------------------------

    def set_result(self, result: QueryResult) -> None:
        """Show ``result``'s events. A new document fits the view; a new filter keeps it,
        unless none of the filtered events would be in it."""
        new_document = self._result is None or self._result.index is not result.index
        self._result = result
        self._rebuild_model()
        if new_document or not self._any_visible():
            self.fit()
        else:
            self._set_scale(self._scale.with_limits(self._domain()))

    def _any_visible(self) -> bool:
        """Whether any shown event is in the window (every event is in some lane, whose
        members are culled by bisection)."""
        if self._model is None:
            return False
        geo, start, end = self._model.geometry, self._scale.start, self._scale.end
        return any(len(visible_members(lane, geo, start, end)) for lane in self._model.lanes)

    def set_selected(self, event_id: str | None) -> None:
        """Highlight an event; pan to it when it is off screen (the zoom is kept), and scroll
        the lanes to it when the frame is laid out."""
        self._selected_id = event_id
        index = self._selected_index()
        self._reveal_tries = REVEAL_TRIES if index is not None else 0
        self._announce = index is not None
        if index is not None and self._model is not None:
            geo = self._model.geometry
            lo, hi = float(geo.lo[index]), float(geo.hi[index])
            if hi < self._scale.start or lo > self._scale.end:
                centre = float(geo.anchor[index])
                half = self._scale.span / 2
                self._set_scale(self._scale.with_window(centre - half, centre + half))
        self._invalidate()

    def set_lane_mode(self, mode: str) -> None:
        if mode not in LANE_MODES:
            raise ValueError(f"lane mode must be one of {', '.join(LANE_MODES)}, not {mode!r}")
        if mode != self._lane_mode:
            self._lane_mode = mode
            self._vscroll = 0.0
            self._rebuild_model()

    def lane_mode(self) -> str:
        return self._lane_mode

    def set_language(self, language: str) -> None:
        if language != self._language:
            self._language = language
            self._rebuild_model()

    def retranslate(self) -> None:
        """Axis, lane headers, legend and tooltips in the new interface language."""
        self._set_accessible_texts()
        self._invalidate()

    def _set_accessible_texts(self) -> None:
        self.setAccessibleName(self.tr("Timeline"))
        self.setAccessibleDescription(
            self.tr(
                "Events on a time axis; Up and Down move between rows, Left and Right "
                "between events in date order, + and - zoom"
            )
        )

    def fit(self) -> None:
        """Show all filtered events."""
        span = self._model.geometry.span() if self._model is not None else None
        limits = self._domain()
        scale = self._scale.with_limits(limits)
        if span is None:
            self._set_scale(scale.with_window(*limits))
        else:  # room for a cluster's whole column at either end: its count shows
            self._set_scale(scale.fitted(*span, margin=0.04, margin_px=FIT_MARGIN_PX))

    def visible_range(self) -> tuple[float, float]:
        return self._scale.start, self._scale.end

    def set_visible_range(self, start: float, end: float) -> None:
        """Show ``[start, end)`` (clamped); anything but a finite window is ignored."""
        if math.isfinite(start) and math.isfinite(end) and end > start:
            self._set_scale(self._scale.with_window(start, end))

    def scale(self) -> TimeScale:
        return self._scale

    def result(self) -> QueryResult | None:
        """The filtered events shown."""
        return self._result

    def eras(self) -> tuple[EraSpan, ...]:
        """The document's eras, as drawn."""
        return self._eras

    def lane_model(self) -> LaneModel | None:
        return self._model

    def current_frame(self) -> TimelineFrame | None:
        """The frame on screen, or about to be: laid out now if the state changed since."""
        if self._stale:
            self._lay_out()
        return self._frame

    def frame_layout(self) -> FrameLayout | None:
        """Where the current frame places lanes, events and clusters (what hit tests use)."""
        frame = self.current_frame()
        return frame.layout if frame is not None else None

    def scene(self) -> TimelineScene | None:
        """What the current frame draws (tests reproduce a frame from it)."""
        frame = self.current_frame()
        return frame.scene if frame is not None else None

    def domain(self) -> tuple[float, float]:
        return self._scale.limits

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        self._set_scale(self._scale.zoomed(factor, anchor_x))

    def pan(self, dx: float) -> None:
        self._set_scale(self._scale.panned(dx))

    # -- model ---------------------------------------------------------------------------

    def _rebuild_model(self) -> None:
        result = self._result
        if result is None:
            return
        self._model = self._lane_model(result)
        self._eras = era_spans(result.index.document, self._language)
        language = self._language
        titles = _TitleList(result.index.events, result.positions, language)
        warm_for = (result.index, language, self._font.key())
        if self._title_store is None or self._title_store[0] != warm_for:
            self._title_store = (warm_for, TitleStore())
        self._texts = LabelTexts(
            titles,
            self._font,
            unshaped_latin=True,
            store=self._title_store[1],
            key=result.positions.item,  # the same title whatever the filter
        )
        if len(result) >= WARM_TEXTS_FROM and warm_for != self._warmed_for:
            self._texts.warm(len(result))  # the font's character pairs, once per document
            self._warmed_for = warm_for
        self._hovered = None
        self._frame = None
        self._row_hints = np.ones(len(self._model.lanes), dtype=np.int64)
        self._memory = LayoutMemory()
        self._fresh = True
        self._restyle()
        self.model_changed.emit()
        self._invalidate()

    def _known_layouts(self) -> dict[tuple[object, ...], FrameLayout] | None:
        """First layouts of the lanes of every event in this font, if they are shown."""
        everything = self._everything
        if everything is None or self._model is not everything[1]:
            return None
        key = (everything[0], everything[1], self._font.key())
        if self._first_layouts[0] != key:
            self._first_layouts = (key, {})
        return self._first_layouts[1]

    def _lane_model(self, result: QueryResult) -> LaneModel:
        """The result's lanes; those of every event are kept while the document, lane mode
        and language stay, so removing the last filter does not lay them out again."""
        if result.masks:  # some filter narrows it
            return result_lane_model(result, self._lane_mode, self._language)
        key = (result.index, self._lane_mode, self._language)
        if self._everything is None or self._everything[0] != key:
            self._everything = (key, result_lane_model(result, self._lane_mode, self._language))
        return self._everything[1]

    def _restyle(self) -> None:
        """The categories' colours (in this palette) and labels (in this language)."""
        if self._model is None:
            return
        index = self._result.index if self._result else None
        colors = index.category_colors if index else {}
        keys = self._model.geometry.categories
        self._colors = tuple(self._palette.category_color(colors.get(k)) for k in keys)
        self._labels = tuple(category_name(index, k, self._language) if index else k for k in keys)

    def _set_fonts(self) -> None:
        self._font = label_font(self._label_pixel_size())
        self._small_font = label_font(max(10, self._font.pixelSize() - 2))
        self._header_font = label_font(self._font.pixelSize(), bold=True)

    def _domain(self) -> tuple[float, float]:
        """Room around the filtered events and every era (so each era can be reached)."""
        if self._model is not None and (span := self._model.geometry.span()) is not None:
            if (eras := era_extent(self._eras)) is not None:
                span = (min(span[0], eras[0]), max(span[1], eras[1]))
            return domain_for(*span)
        if self._result is not None:
            return domain_for(*self._result.index.span())
        return self._scale.limits

    def selected_index(self) -> int | None:
        """The selected event's position among the filtered events, if it is among them."""
        return self._selected_index()

    def _selected_index(self) -> int | None:
        if self._model is None or self._selected_id is None:
            return None
        return self._model.position_of(self._selected_id)

    def _event(self, index: int) -> Event:
        assert self._result is not None
        return self._result.index.events[int(self._result.positions[index])]

    def _set_scale(self, scale: TimeScale) -> None:
        old = self._scale
        self._scale = scale
        if (old.start, old.end) != (scale.start, scale.end):
            self.visible_range_changed.emit(scale.start, scale.end)
        self._invalidate()

    # -- the frame -----------------------------------------------------------------------

    def _invalidate(self) -> None:
        """The state changed: lay the frame out again before it is next drawn or hit."""
        if not self._stale:
            self._stale = True
            QCoreApplication.postEvent(self, QEvent(QEvent.Type.LayoutRequest))
        self.update()

    def _lay_out(self) -> None:
        """Build the frame of the current state, scrolling the lanes towards the selection
        and back within their height as needed (each scroll lays out again)."""
        self._stale = False
        self._sync_strip()
        frame = self._build(self._frame)
        for _ in range(SETTLE_STEPS):
            vscroll = self._settled_vscroll(frame)
            if vscroll is None:
                break
            self._vscroll = vscroll
            frame = self._build(frame)
        self._frame = frame
        if self._announce:
            self._announce = False
            accessibility.announce_selection(self)

    def _build(self, previous: TimelineFrame | None) -> TimelineFrame | None:
        scene = self._scene()
        if scene is None:
            return None
        frame = build_frame(
            QRectF(self.rect()),
            scene,
            row_hints=self._row_hints,
            memory=self._memory,
            previous=previous,
            known=self._known_layouts() if self._fresh else None,
        )
        self._fresh = False
        if frame.layout.rows is not None:
            self._row_hints = frame.layout.rows
        return frame

    def _scene(self) -> TimelineScene | None:
        if self._model is None or self._texts is None:
            return None
        return TimelineScene(
            model=self._model,
            scale=self._scale,
            texts=self._texts,
            palette=self._palette,
            category_colors=self._colors,
            category_labels=self._labels,
            language=self._language,
            selected=self._selected_index(),
            hovered=self._hovered,
            vscroll=self._vscroll,
            focused=self.hasFocus(),
            search_terms=search_terms(self._result.filter.text) if self._result else (),
            small_font=self._small_font,
            header_font=self._header_font,
            legend_compact=True,
            legend_lines=1,
            legend_categories=self._lane_mode != "category",
            eras=self._eras,
        )

    def _settled_vscroll(self, frame: TimelineFrame | None) -> float | None:
        """Where the lanes should scroll to after ``frame``, or None to stay: within their
        height, and towards the selected event while a reveal is pending."""
        if frame is None:
            self._reveal_tries = 0
            return None
        if self._vscroll > frame.max_vscroll:
            return frame.max_vscroll
        if not self._reveal_tries:
            return None
        self._reveal_tries -= 1
        target = self._reveal_target(frame)
        if target is None or abs(target - self._vscroll) <= 0.5:
            return None
        return max(0.0, target)

    def _reveal_target(self, frame: TimelineFrame) -> float | None:
        """The scroll that shows the selected event's row: its item's if ``frame`` placed
        it, else its first lane's top (from the rows known so far); None when it is in view
        or has no lane."""
        index = self._selected_index()
        if index is None or self._model is None or self._row_hints is None:
            self._reveal_tries = 0
            return None
        area = frame.regions.lanes
        half = frame.scene.metrics.row_height / 2
        items = frame.layout.items_for(index)
        if any(area.top() <= it.y - half and it.y + half <= area.bottom() for it in items):
            self._reveal_tries = 0
            return None
        if items:
            self._reveal_tries = 0
            y = items[0].y
            return self._vscroll + (
                y - half - area.top() if y - half < area.top() else y + half - area.bottom()
            )
        lanes = self._model.lanes
        lane = next((n for n, la in enumerate(lanes) if bool(np.any(la.members == index))), None)
        if lane is None:
            self._reveal_tries = 0
            return None
        return lane_top(self._row_hints, lane, frame.scene.metrics)

    # -- painting ------------------------------------------------------------------------

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        frame = self.current_frame()
        painter = QPainter(self)
        try:
            if frame is None:
                painter.fillRect(self.rect(), self._palette.background)
                painter.setPen(self._palette.muted)
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No events"))
            else:
                paint_frame(painter, frame)
        finally:
            painter.end()

    @override
    def focusInEvent(self, event: QFocusEvent) -> None:
        self._announce = self._selected_index() is not None  # the item focus lands on
        self._invalidate()  # the focus frame
        super().focusInEvent(event)

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._invalidate()
        super().focusOutEvent(event)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._sync_strip()
        self._invalidate()
        super().resizeEvent(event)

    def _sync_strip(self) -> None:
        """Keep the time strip as wide as the widget (a hidden widget gets no resize event)."""
        x0, width = strip(QRectF(self.rect()))
        if (x0, width) != (self._scale.x0, self._scale.width):
            self._scale = self._scale.resized(x0, width)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._palette = TimelinePalette.from_qpalette(self.palette())
            self._restyle()
            self._invalidate()
        elif event.type() == QEvent.Type.FontChange:
            self._set_fonts()
            self._rebuild_model()
        super().changeEvent(event)

    def _label_pixel_size(self) -> int:
        return max(11, round(self.fontInfo().pixelSize()))

    # -- input ---------------------------------------------------------------------------

    def hit_at(self, pos: QPointF) -> Hit | None:
        """What the current frame draws at ``pos`` in the lanes, if anything."""
        frame = self.current_frame()
        return hit_at(frame, pos.x(), pos.y()) if frame is not None else None

    @override
    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        modifiers = event.modifiers()
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            self._scroll_lanes(-(delta.y() or delta.x()) / 2.0)
        elif abs(delta.x()) > abs(delta.y()):
            self.pan(delta.x() / 2.0)
        elif delta.y():
            self.zoom(WHEEL_STEP ** (delta.y() / 120.0), event.position().x())
        event.accept()

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._press_scale = self._scale
            self._press_vscroll = self._vscroll
            self._dragging = False
        super().mousePressEvent(event)

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._press is not None and self._press_scale is not None:
            delta = pos - self._press
            if self._dragging or abs(delta.x()) + abs(delta.y()) >= DRAG_THRESHOLD:
                self._dragging = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self._vscroll = max(0.0, self._press_vscroll - delta.y())
                self._set_scale(self._press_scale.panned(delta.x()))
            return
        self._update_hover(pos)

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        was_drag = self._dragging
        self._press, self._press_scale, self._dragging = None, None, False
        self.unsetCursor()
        if not was_drag:
            self._click(event.position())

    @override
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.hit_at(event.position())
        if hit is not None and hit.kind == "event":
            self._activate(hit.index)

    def _click(self, pos: QPointF) -> None:
        frame = self.current_frame()
        if frame is not None and on_legend_more(frame, pos.x(), pos.y()):
            show_legend_popup(frame, self)
            return
        hit = self.hit_at(pos)
        if hit is None:
            return
        if hit.kind == "cluster" and hit.cluster is not None:
            self.set_visible_range(hit.cluster.start, hit.cluster.end)
            return
        if hit.kind == "edge" and hit.edge is not None:  # centre the nearest, same zoom
            half = self._scale.span / 2
            self.set_visible_range(hit.edge.target - half, hit.edge.target + half)
            return
        event_id = self._model.geometry.event_id(hit.index) if self._model else None
        if event_id is not None:
            self._select(event_id)

    def _select(self, event_id: str) -> None:
        """Select an event the user pointed at (it is on screen) and say so."""
        self._selected_id = event_id
        self._announce = True
        self._invalidate()
        self.event_selected.emit(event_id)

    def _step_row(self, step: int) -> None:
        """Up (-1) or Down (+1): select the nearest event in the row above or below."""
        frame = self.current_frame()
        if frame is None or self._model is None:
            return
        items = accessibility.items_in_view(frame)
        selected = self._selected_index()
        current = next((item for item in items if item.index == selected), None)
        target = accessibility.next_in_rows(items, current, step)
        if target is not None:
            self._select(self._model.geometry.event_id(target.index))

    def _activate(self, index: int) -> None:
        if self._model is None:
            return
        geo = self._model.geometry
        event_id = geo.event_id(index)
        self._selected_id = event_id
        lo, hi = float(geo.lo[index]), float(geo.hi[index])
        self._set_scale(self._scale.fitted(lo, hi, margin=0.6))
        self.event_activated.emit(event_id)

    def _update_hover(self, pos: QPointF) -> None:
        hit = self.hit_at(pos)
        hovered = hit.index if hit is not None and hit.kind == "event" else None
        frame = self._frame
        if hit is not None or (frame is not None and on_legend_more(frame, pos.x(), pos.y())):
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
        if hovered != self._hovered:
            self._hovered = hovered
            self._invalidate()

    @override
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            if self._stale and self.isVisible():
                self._lay_out()
            return True
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltip_at(self, pos: QPointF) -> str:
        """The tooltip for ``pos`` as escaped rich text (see :mod:`tooltips`): over a
        lane's name, the whole name; over an event, cluster or arrow, what it is."""
        frame = self.current_frame()
        if self._model is None or frame is None:
            return ""
        if on_legend_more(frame, pos.x(), pos.y()):
            text = self.tr("Show the whole legend")
        elif frame.regions.eras.contains(pos):
            era = era_in_strip(frame.scene, frame.regions.eras, pos.x(), pos.y())
            text = era_tooltip(era) if era is not None else ""
        elif pos.x() < GUTTER:
            text = lane_tooltip(frame.layout, self._model, pos.y())
        else:
            hit = self.hit_at(pos)
            event = self._event(hit.index) if hit is not None and hit.kind == "event" else None
            text = hit_tooltip(hit, self._model, event, self._language) if hit else ""
        return as_rich_text(text)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        mods = event.modifiers()
        panning = mods & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier)
        step = self._scale.width * KEY_PAN_FRACTION
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(KEY_ZOOM)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom(1 / KEY_ZOOM)
        elif key == Qt.Key.Key_Left and panning:
            self.pan(step)
        elif key == Qt.Key.Key_Right and panning:
            self.pan(-step)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self._go_to_end(first=key == Qt.Key.Key_Home)
        elif key == Qt.Key.Key_F:
            self.fit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected_index() is not None:
            index = self._selected_index()
            assert index is not None
            self._activate(index)
        elif key == Qt.Key.Key_L and (frame := self.current_frame()) is not None:
            if frame.legend_more is not None:
                show_legend_popup(frame, self)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not mods & ~KEYPAD:
            self._step_row(1 if key == Qt.Key.Key_Down else -1)
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            page = self.height() * 0.8
            self._scroll_lanes(page if key == Qt.Key.Key_PageDown else -page)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _go_to_end(self, *, first: bool) -> None:
        span = self._model.geometry.span() if self._model is not None else None
        if span is None:
            return
        width = self._scale.span
        margin = width * 0.05
        if first:
            self.set_visible_range(span[0] - margin, span[0] - margin + width)
        else:
            self.set_visible_range(span[1] + margin - width, span[1] + margin)

    def _scroll_lanes(self, dy: float) -> None:
        self._vscroll = max(0.0, self._vscroll + dy)
        self._invalidate()


class _TitleList:
    """Titles of a result's events (``positions`` into ``events``) in one language, each
    computed on first use (a big document's titles would otherwise all be worked out before
    the first frame, and a list of the result's events built on every filter change)."""

    def __init__(self, events: Sequence[Event], positions: IntArray, language: str) -> None:
        self._events = events
        self._positions = positions
        self._language = language
        self._cache: dict[int, str] = {}

    def __call__(self, index: int) -> str:
        title = self._cache.get(index)
        if title is None:
            event = self._events[int(self._positions[index])]
            title = self._cache[index] = one_line(text_in(event.title, self._language))
        return title
