"""Creates the timeline view for the window's centre.

A stand-in with the same API keeps the window working (and testable) until the real canvas
module is available in this build.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from xiaomi_timeline.core.query import QueryResult

log = logging.getLogger(__name__)


class PlaceholderTimeline(QLabel):
    """Same signals and methods as TimelineView; shows a count instead of a drawing.

    Signals:
        event_selected(str), event_activated(str), visible_range_changed(float, float)
    """

    event_selected = Signal(str)
    event_activated = Signal(str)
    visible_range_changed = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline-canvas")
        self.setAccessibleName("Timeline")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.canvas = self
        self._range = (0.0, 1.0)

    def set_result(self, result: QueryResult) -> None:
        self.setText(f"{len(result)} events")

    def set_selected(self, event_id: str | None) -> None:
        pass

    def set_lane_mode(self, mode: str) -> None:
        pass

    def set_language(self, language: str) -> None:
        pass

    def fit(self) -> None:
        pass

    def visible_range(self) -> tuple[float, float]:
        return self._range

    def set_visible_range(self, start: float, end: float) -> None:
        self._range = (start, end)


def make_timeline_view() -> PlaceholderTimeline:
    """The real TimelineView when present, else the stand-in (same API)."""
    try:
        module: Any = importlib.import_module("xiaomi_timeline.ui.timeline_view")
    except ImportError:
        log.info("timeline view not available; using a placeholder")
        return PlaceholderTimeline()
    view: PlaceholderTimeline = module.TimelineView()
    return view
