"""The timeline as the main window shows it: the canvas above its overview strip, wired.

The view forwards the canvas's public API and signals, so the window can treat it as the
timeline itself.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from xiaomi_timeline.core.geometry.eras import era_extent
from xiaomi_timeline.core.geometry.lanes import EventGeometry
from xiaomi_timeline.core.geometry.timescale import domain_for
from xiaomi_timeline.core.query import QueryResult
from xiaomi_timeline.ui.timeline.canvas import TimelineCanvas
from xiaomi_timeline.ui.timeline.overview import OverviewStrip

log = logging.getLogger(__name__)


class TimelineView(QWidget):
    """Canvas and overview strip, kept in step.

    Signals (forwarded from the canvas):
        event_selected(str), event_activated(str), visible_range_changed(float, float)
    """

    event_selected = Signal(str)
    event_activated = Signal(str)
    visible_range_changed = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline-view")
        self.canvas = TimelineCanvas(self)
        self.overview = OverviewStrip(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.overview)
        self.setFocusProxy(self.canvas)
        self._connect_signals()

    def _connect_signals(self) -> None:
        canvas = self.canvas
        canvas.event_selected.connect(self.event_selected)
        canvas.event_activated.connect(self.event_activated)
        canvas.visible_range_changed.connect(self.visible_range_changed)
        canvas.visible_range_changed.connect(self.overview.set_window)
        canvas.model_changed.connect(self._on_canvas_model_changed)
        self.overview.window_requested.connect(canvas.set_visible_range)

    def _on_canvas_model_changed(self) -> None:
        """The overview spans the whole document; the filtered events are drawn strong."""
        model, result = self.canvas.lane_model(), self.canvas.result()
        if model is None or result is None:
            self.overview.set_data(None, self.canvas.domain())
        else:
            everything = EventGeometry.from_index(result.index)
            shown = None if len(result) == len(result.index) else model.geometry
            span = result.index.span()
            eras = self.canvas.eras()
            if (extent := era_extent(eras)) is not None:
                span = (min(span[0], extent[0]), max(span[1], extent[1]))
            self.overview.set_data(everything, domain_for(*span), shown, eras)
        self.overview.set_window(*self.canvas.visible_range())

    # -- the canvas API, forwarded -------------------------------------------------------

    def set_result(self, result: QueryResult) -> None:
        self.canvas.set_result(result)
        self._on_canvas_model_changed()

    def set_selected(self, event_id: str | None) -> None:
        self.canvas.set_selected(event_id)

    def set_lane_mode(self, mode: str) -> None:
        self.canvas.set_lane_mode(mode)

    def set_language(self, language: str) -> None:
        self.canvas.set_language(language)

    def retranslate(self) -> None:
        self.canvas.retranslate()
        self.overview.retranslate()

    def fit(self) -> None:
        self.canvas.fit()

    def visible_range(self) -> tuple[float, float]:
        return self.canvas.visible_range()

    def set_visible_range(self, start: float, end: float) -> None:
        self.canvas.set_visible_range(start, end)
