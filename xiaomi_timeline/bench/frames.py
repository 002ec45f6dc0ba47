"""Frame times: the real canvas painting into a 1280x800 image, per view and lane mode.

The canvas is a shown (offscreen) widget; each frame sets the visible range, then
``QWidget.render`` paints it into a ``QImage`` through its own ``paintEvent``, so the timed
path is the one a user's wheel or drag takes. Views: the whole span (20 repeated frames),
one-year windows over the 20 years up to the busiest, a zoom sweep from the whole span down
to a month, and a pan sweep of a two-year window (40 frames each). Switching lane mode (model
rebuild plus one frame) and ``set_result`` are timed once each and reported beside. A view
whose frames are very slow is sampled (every k-th frame) so one size cannot take hours.
"""

from __future__ import annotations

import logging
import math
import time
from datetime import date
from typing import Any

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from xiaomi_timeline.bench.stats import Stopwatch, summary_ms
from xiaomi_timeline.core.query import FilterState, TimelineIndex
from xiaomi_timeline.ui.timeline.canvas import TimelineCanvas

log = logging.getLogger(__name__)

WIDTH, HEIGHT = 1280, 800
LANE_MODES = ("category", "person", "organization")
SWEEP_FRAMES = 40
VIEW_BUDGET_S = 15.0
Range = tuple[float, float]


def _day(year: int, month: int = 1, day: int = 1) -> float:
    return float(date(year, month, day).toordinal())


def view_ranges(index: TimelineIndex) -> dict[str, list[Range]]:
    """The visible ranges of each view, computed from the data's span."""
    first, last = index.span()
    busiest = _busiest_year(index)
    centre = _day(busiest, 6, 1)
    whole = (first, last)
    years = [(_day(y), _day(y + 1)) for y in range(busiest - 19, busiest + 1)]
    zoom = []
    for step in range(SWEEP_FRAMES):  # geometric: whole span -> 30 days about the centre
        width = (last - first) * (30 / (last - first)) ** (step / (SWEEP_FRAMES - 1))
        share = (centre - first) / (last - first)
        zoom.append((centre - share * width, centre + (1 - share) * width))
    window = 730.0
    pan_from, pan_to = max(first, centre - 20 * 365.0), min(last, centre + 5 * 365.0) - window
    starts = (pan_from + (pan_to - pan_from) * s / (SWEEP_FRAMES - 1) for s in range(SWEEP_FRAMES))
    pan = [(lo, lo + window) for lo in starts]
    return {"whole": [whole] * 20, "year": years, "zoom": zoom, "pan": pan}


def _busiest_year(index: TimelineIndex) -> int:
    counts = index.query(FilterState()).year_counts()
    if not counts:
        return 2020
    return max(counts, key=lambda year: (counts[year], year))


def _frame(canvas: TimelineCanvas, image: QImage, visible: Range) -> tuple[float, float]:
    """(wall, CPU) seconds of one frame."""
    watch = Stopwatch()
    canvas.set_visible_range(*visible)
    canvas.render(image)
    return watch.read()


def _frames(canvas: TimelineCanvas, image: QImage, ranges: list[Range]) -> dict[str, Any]:
    """Time each frame of a view; when frames are slow, keep every k-th so a view's frames
    still span the whole sweep within :data:`VIEW_BUDGET_S`."""
    timed = [_frame(canvas, image, ranges[0])]
    affordable = max(2, int(VIEW_BUDGET_S / max(timed[0][0], 1e-6)))
    stride = max(1, math.ceil((len(ranges) - 1) / affordable))
    timed += [_frame(canvas, image, visible) for visible in ranges[1::stride]]
    figures = summary_ms([wall for wall, _ in timed], [cpu for _, cpu in timed])
    figures["planned"] = len(ranges)
    return figures


def _shown_canvas() -> tuple[TimelineCanvas, QImage]:
    app = QApplication.instance() or QApplication([])
    canvas = TimelineCanvas()
    canvas.resize(WIDTH, HEIGHT)
    canvas.show()
    app.processEvents()
    return canvas, QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)


def paint_each_mode(index: TimelineIndex) -> None:
    """One whole-span frame per lane mode (for the memory measurement)."""
    canvas, image = _shown_canvas()
    canvas.set_result(index.query(FilterState()))
    for mode in LANE_MODES:
        canvas.set_lane_mode(mode)
        canvas.render(image)
    canvas.close()


def measure_frames(index: TimelineIndex) -> dict[str, Any]:
    """Median/p95/max frame times for each lane mode and view."""
    canvas, image = _shown_canvas()
    views = view_ranges(index)
    start = time.perf_counter()
    canvas.set_result(index.query(FilterState()))
    figures: dict[str, Any] = {"set_result_ms": (time.perf_counter() - start) * 1000}
    for mode in LANE_MODES:
        canvas.set_visible_range(*views["whole"][0])
        start = time.perf_counter()
        canvas.set_lane_mode(mode)
        canvas.render(image)
        switch_ms = (time.perf_counter() - start) * 1000
        figures[mode] = {name: _frames(canvas, image, ranges) for name, ranges in views.items()}
        figures[mode]["switch_ms"] = switch_ms
        log.info(
            "frames %s: switch %.0f ms, medians %s",
            mode,
            switch_ms,
            {name: round(figures[mode][name]["median_ms"], 1) for name in views},
        )
    canvas.close()
    figures["size"] = [WIDTH, HEIGHT]
    return figures
