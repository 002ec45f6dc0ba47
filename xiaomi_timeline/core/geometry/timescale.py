"""Time <-> x mapping for the timeline: a visible window of ordinal days over a pixel strip.

A :class:`TimeScale` is an immutable value. Zoom, pan and fit return new scales, always clamped
to the scale's ``limits`` (the navigable domain) and to a minimum visible span, so the canvas,
the overview strip and export all share one definition of "what is visible" and tests can
check the geometry without Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from numpy.typing import NDArray

from xiaomi_timeline.core.dates import END_DAY, FIRST_DAY

MIN_DAY = FIRST_DAY
"""The first day positions can express: 1 January of the earliest year (deep time)."""
MAX_DAY = END_DAY
"""Exclusive end of 9999-12-31."""
MIN_SPAN_DAYS = 2.0
"""Narrowest visible window: two days, enough for day ticks to stay readable."""
DEPTH_SPAN_FRACTION = 2.0**-32
"""Far from year 1 the narrowest window is also this fraction of the distance: float days
there are only so fine (1/16 day a trillion years ago), and a window of a few days would
map them to pixels in visible steps. Nothing changes for years after -1,000,000."""

FloatArray = NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class TimeScale:
    """Maps ordinal days in ``[start, end)`` onto pixels ``[x0, x0 + width)``."""

    start: float
    end: float
    x0: float = 0.0
    width: float = 1000.0
    limits: tuple[float, float] = (MIN_DAY, MAX_DAY)
    min_span: float = MIN_SPAN_DAYS

    def __post_init__(self) -> None:
        if not self.width > 0:
            raise ValueError(f"width must be positive, not {self.width}")
        if not self.end > self.start:
            raise ValueError(f"end ({self.end}) must be after start ({self.start})")

    @property
    def span(self) -> float:
        return self.end - self.start

    @property
    def days_per_pixel(self) -> float:
        return self.span / self.width

    @property
    def pixels_per_day(self) -> float:
        return self.width / self.span

    @property
    def x1(self) -> float:
        return self.x0 + self.width

    def x_for(self, day: float) -> float:
        """Pixel position of an ordinal day (may lie outside the strip)."""
        return self.x0 + (day - self.start) * self.width / self.span

    def xs_for(self, days: FloatArray) -> FloatArray:
        """Vectorised :meth:`x_for` for numpy arrays of days."""
        return self.x0 + (days - self.start) * (self.width / self.span)

    def date_at(self, x: float) -> float:
        """Ordinal day under a pixel position."""
        return self.start + (x - self.x0) * self.span / self.width

    def narrowest_at(self, day: float) -> float:
        """The narrowest window around ``day``: :attr:`min_span`, or wider in deep time."""
        return max(self.min_span, abs(day) * DEPTH_SPAN_FRACTION)

    def with_window(self, start: float, end: float) -> TimeScale:
        """The same strip showing ``[start, end)``, clamped to the limits and minimum span."""
        lo, hi = self.limits
        centre = (start + end) / 2.0
        span = min(max(end - start, self.narrowest_at(centre)), hi - lo)
        new_start = centre - span / 2.0
        new_start = min(max(new_start, lo), hi - span)
        return replace(self, start=new_start, end=new_start + span)

    def zoomed(self, factor: float, anchor_x: float | None = None) -> TimeScale:
        """Zoom in by ``factor`` (>1 zooms in) keeping the day under ``anchor_x`` in place."""
        if not factor > 0:
            raise ValueError(f"zoom factor must be positive, not {factor}")
        ax = self.x0 + self.width / 2.0 if anchor_x is None else anchor_x
        lo, hi = self.limits
        anchor_day = self.date_at(ax)
        span = min(max(self.span / factor, self.narrowest_at(anchor_day)), hi - lo)
        fraction = (ax - self.x0) / self.width
        new_start = anchor_day - fraction * span
        new_start = min(max(new_start, lo), hi - span)
        return replace(self, start=new_start, end=new_start + span)

    def panned(self, dx: float) -> TimeScale:
        """Drag the content by ``dx`` pixels (positive moves the content right, earlier days in)."""
        shift = -dx * self.days_per_pixel
        return self.with_window(self.start + shift, self.end + shift)

    def resized(self, x0: float, width: float) -> TimeScale:
        """The same time window on a new pixel strip (window resize keeps what is shown)."""
        return replace(self, x0=x0, width=width)

    def with_limits(self, limits: tuple[float, float]) -> TimeScale:
        """New navigable domain; the window is re-clamped into it."""
        lo, hi = limits
        if not hi > lo:
            raise ValueError(f"limits must be increasing, not {limits}")
        clamped = (max(lo, MIN_DAY), min(hi, MAX_DAY))
        return replace(self, limits=clamped).with_window(self.start, self.end)

    def fitted(
        self, lo: float, hi: float, margin: float = 0.05, *, margin_px: float = 0.0
    ) -> TimeScale:
        """Show ``[lo, hi)`` with a margin on each side: a fraction of the span, and at least
        ``margin_px`` pixels."""
        if margin_px > 0:  # the data takes width / (1 + 2 margin); each side, margin of that
            margin = max(margin, margin_px / max(self.width - 2 * margin_px, 1.0))
        centre = (lo + hi) / 2.0
        span = max(hi - lo, self.narrowest_at(centre))
        half = span * (1.0 + 2.0 * margin) / 2.0
        return self.with_window(centre - half, centre + half)


def domain_for(lo: float, hi: float) -> tuple[float, float]:
    """Navigable limits around data spanning ``[lo, hi)``: the data plus generous room."""
    if not hi > lo:
        hi = lo + 1.0
    pad = max((hi - lo) * 0.15, 366.0)
    return (max(MIN_DAY, lo - pad), min(MAX_DAY, hi + pad))
