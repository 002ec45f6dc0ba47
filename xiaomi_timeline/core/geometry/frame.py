"""What one frame of the timeline is made of, in pixels: lanes, event boxes, clusters, and the
hit test over them. Produced by :func:`xiaomi_timeline.core.geometry.layout.layout_frame`."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray


@dataclass(frozen=True, slots=True)
class LayoutMetrics:
    """Pixel sizes and budgets of the layout; export allows more rows and items than the
    screen. ``max_items_total`` is what a screen frame can label and still draw in time."""

    row_height: float = 22.0
    marker_radius: float = 5.0
    bar_height: float = 10.0
    lane_padding: float = 6.0
    label_gap: float = 5.0
    spacing: float = 8.0
    max_rows: int = 14
    """Rows a lane may always use (export, or a viewport shorter than this)."""
    lane_screens: float = 1.0
    """On screen a lane may also grow to this many viewport heights (lanes scroll)."""
    row_per_event: int = 40
    """A lane with at most this many events in view may take one row for each (it scrolls):
    a lane of 19 events is always drawn event by event, whatever the window's height."""
    max_items_per_lane: int = 250
    max_items_total: int = 160
    min_label_px: float = 40.0
    cluster_px: float = 40.0
    cluster_rows: int = 2


class Box(NamedTuple):
    """A rectangle in pixels (a named tuple: a frame makes hundreds, and tuples are cheap)."""

    x0: float
    y0: float
    x1: float
    y1: float

    def contains(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1

    def overlaps(self, other: Box) -> bool:
        return (
            self.x0 < other.x1
            and other.x0 < self.x1
            and self.y0 < other.y1
            and (other.y0 < self.y1)
        )

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x0 + self.x1) / 2.0, (self.y0 + self.y1) / 2.0


class ItemBox(NamedTuple):
    """One event drawn in one lane: marker (the hit target), its extent and its label box
    (a named tuple, like :class:`Box`, because a frame makes hundreds)."""

    index: int  # type: ignore[assignment]  # the event's position; shadows tuple.index
    lane: int
    row: int
    y: float
    marker: Box
    extent: tuple[float, float]
    """Uncertainty band (moments) or bar (ranges) in x."""
    label: Box | None
    label_full: bool
    """False when the label box is narrower than the text: the painter elides it."""
    label_lines: int = 1
    """2 when the title is broken into two lines, the second in the row below."""


@dataclass(frozen=True, slots=True)
class ClusterBox:
    """Several events drawn as one counted bar; clicking it zooms to ``[start, end)``."""

    lane: int
    box: Box
    count: int
    start: float
    end: float
    category: int
    """Most common category code among the members (for colour)."""
    level: float
    """Bar height as a fraction of the lane: the square root of the count over the frame's
    largest, so a bar of 4x the events is 2x as tall and small bins stay visible."""
    label: str = ""
    """For a group of vague events: what they share ("40 events dated only to 1991")."""
    period: float = 0.0
    """For a vague group: the first day of the year or month they share."""
    precision: int = 0
    """For a vague group: its date precision (a Precision), or -1 for periods in progress."""

    @property
    def vague(self) -> bool:
        return bool(self.label)


@dataclass(frozen=True, eq=False)
class ClusterRun:
    """One lane's counted clusters as columns (one entry per bin, left to right), which the
    painter draws from arrays; :meth:`boxes` gives them as :class:`ClusterBox` objects."""

    lane: int
    y0: float
    y1: float
    x0: NDArray[np.float64]
    """Left edge of each bin's column (the bar is inset by a pixel on each side)."""
    width: float
    count: NDArray[np.int64]
    start: NDArray[np.float64]
    end: NDArray[np.float64]
    category: NDArray[np.int64]
    level: NDArray[np.float64]

    def __len__(self) -> int:
        return len(self.count)

    def boxes(self) -> list[ClusterBox]:
        return [
            ClusterBox(
                self.lane,
                Box(x + 1.0, self.y0, x + self.width - 1.0, self.y1),
                count,
                lo,
                hi,
                cat,
                level,
            )
            for x, count, lo, hi, cat, level in zip(
                self.x0.tolist(),
                self.count.tolist(),
                self.start.tolist(),
                self.end.tolist(),
                self.category.tolist(),
                self.level.tolist(),
                strict=True,
            )
        ]


@dataclass(frozen=True, slots=True)
class LaneBox:
    lane: int
    y0: float
    y1: float
    mode: str
    """"items" or "clusters"."""
    rows: int
    visible: int
    """How many of the lane's events intersect the window."""


@dataclass(frozen=True, slots=True)
class EdgeBox:
    """A lane that draws nothing in the view but has events beyond one edge: a counted
    arrow there ("◀ 3", "2 ▶"); clicking it centres the nearest of them."""

    lane: int
    side: str
    """"left" (earlier events) or "right" (later ones)."""
    box: Box
    count: int
    target: float
    """Where the nearest of those events sits (ordinal day)."""

    @property
    def text(self) -> str:
        return f"◀ {self.count}" if self.side == "left" else f"{self.count} ▶"


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str
    """"event", "cluster" or "edge"."""
    index: int = -1
    cluster: ClusterBox | None = None
    edge: EdgeBox | None = None


@dataclass(frozen=True)
class FrameLayout:
    """Everything placed for one frame, in pixels."""

    lanes: tuple[LaneBox, ...]
    items: tuple[ItemBox, ...]
    bands: tuple[ClusterBox, ...]
    """Vague-date bands (see :mod:`~xiaomi_timeline.core.geometry.lod`)."""
    top: float
    bottom: float
    edges: tuple[EdgeBox, ...] = ()
    """Off-screen indicators of lanes that look empty in this view."""
    runs: tuple[ClusterRun, ...] = ()
    """Counted clusters, per lane, as columns (what the painter draws)."""
    rows: NDArray[np.int64] | None = field(default=None, compare=False)
    """Rows of every lane as this frame left them (the next frame's row hints)."""

    @cached_property
    def clusters(self) -> tuple[ClusterBox, ...]:
        """Every stand-in as an object: the counted clusters, then the vague bands."""
        return tuple(box for run in self.runs for box in run.boxes()) + self.bands

    @property
    def content_height(self) -> float:
        return self.bottom - self.top

    def hit_test(self, x: float, y: float, slop: float = 2.0) -> Hit | None:
        """The off-screen indicator, event marker, label, then cluster under ``(x, y)``."""
        for edge in self.edges:
            if edge.box.contains(x, y):
                return Hit("edge", -1, None, edge)
        for item in self.items:
            m = item.marker
            if m.x0 - slop <= x <= m.x1 + slop and m.y0 - slop <= y <= m.y1 + slop:
                return Hit("event", item.index)
        for item in self.items:
            if item.label is not None and item.label.contains(x, y):
                return Hit("event", item.index)
        for cluster in self.clusters:
            if cluster.box.contains(x, y):
                return Hit("cluster", -1, cluster)
        return None

    def items_for(self, index: int) -> list[ItemBox]:
        return [item for item in self.items if item.index == index]
