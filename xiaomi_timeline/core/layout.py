"""Row packing, label placement, level of detail and hit testing for one frame, without Qt.

The painter draws exactly what :func:`layout_frame` returns, and the canvas hit-tests the same
:class:`FrameLayout`, so a click lands on what the user sees. Culling is a ``searchsorted`` on
each lane's sorted left edges, and lanes outside the vertical viewport are not laid out, so a
frame costs what is visible, not what is loaded. When a lane has more visible events than can
be drawn legibly (or the frame's label budget is spent) it becomes a row of counted clusters.
"""

from __future__ import annotations

import bisect
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from numpy.typing import NDArray

from xiaomi_timeline.core.dates import PartialDate, Precision
from xiaomi_timeline.core.lanes import (
    LANE_MODES,
    NO_LANE_KEY,
    STATUSES,
    EventGeometry,
    Lane,
    LaneModel,
    build_lane_model,
    lane_label,
    make_lane,
    result_lane_model,
)
from xiaomi_timeline.core.timescale import TimeScale

__all__ = [
    "LANE_MODES", "NO_LANE_KEY", "STATUSES", "Box", "ClusterBox", "EventGeometry",
    "FrameLayout", "Hit", "ItemBox", "Lane", "LaneBox", "LaneModel", "LayoutMetrics",
    "build_lane_model", "density", "lane_label", "layout_frame", "make_lane",
    "result_lane_model", "visible_members",
]

log = logging.getLogger(__name__)

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
LabelWidth = Callable[[int], float]


@dataclass(frozen=True, slots=True)
class LayoutMetrics:
    """Pixel sizes and budgets of the layout; export allows more rows and items than the
    screen, whose budget keeps a frame near ~400 labels (design.md s5)."""

    row_height: float = 22.0
    marker_radius: float = 5.0
    bar_height: float = 10.0
    lane_padding: float = 6.0
    label_gap: float = 5.0
    spacing: float = 8.0
    max_rows: int = 14
    max_items_per_lane: int = 250
    max_items_total: int = 350
    min_label_px: float = 40.0
    cluster_px: float = 40.0
    cluster_rows: int = 2


@dataclass(frozen=True, slots=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def contains(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1

    def overlaps(self, other: Box) -> bool:
        return self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 and (
            other.y0 < self.y1
        )

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x0 + self.x1) / 2.0, (self.y0 + self.y1) / 2.0


@dataclass(frozen=True, slots=True)
class ItemBox:
    """One event drawn in one lane: marker (the hit target), its extent and its label box."""

    index: int
    lane: int
    row: int
    y: float
    marker: Box
    extent: tuple[float, float]
    """Uncertainty band (moments) or bar (ranges) in x."""
    label: Box | None
    label_full: bool
    """False when the label box is narrower than the text: the painter elides it."""


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

    @property
    def vague(self) -> bool:
        return bool(self.label)


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
class Hit:
    kind: str
    """"event" or "cluster"."""
    index: int = -1
    cluster: ClusterBox | None = None


@dataclass(frozen=True)
class FrameLayout:
    """Everything placed for one frame, in pixels."""

    lanes: tuple[LaneBox, ...]
    items: tuple[ItemBox, ...]
    clusters: tuple[ClusterBox, ...]
    top: float
    bottom: float

    @property
    def content_height(self) -> float:
        return self.bottom - self.top

    def hit_test(self, x: float, y: float, slop: float = 2.0) -> Hit | None:
        """The event marker, then label, then cluster under ``(x, y)``."""
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


def visible_members(lane: Lane, geo: EventGeometry, start: float, end: float) -> IntArray:
    """Members of ``lane`` drawn within ``[start, end)``: bisect on sorted left edges, then a
    vectorised check of right edges."""
    first = int(np.searchsorted(lane.member_lo, start - lane.max_extent, side="left"))
    last = int(np.searchsorted(lane.member_lo, end, side="left"))
    candidates = lane.members[first:last]
    return candidates[geo.hi[candidates] > start]


def layout_frame(
    model: LaneModel,
    scale: TimeScale,
    label_width: LabelWidth,
    *,
    top: float = 0.0,
    metrics: LayoutMetrics | None = None,
    selected: int | None = None,
    viewport: tuple[float, float] | None = None,
    row_hints: IntArray | None = None,
) -> FrameLayout:
    """Place the visible events (or clusters) of the lanes that are on screen.

    Lanes stack from ``top``. Only lanes meeting ``viewport`` (y from, y to; None means all)
    are laid out and returned; the others keep the row counts remembered in ``row_hints``
    (one per lane, updated in place), found by a prefix sum, so 2,500 person lanes cost what
    the ~20 on screen cost.
    """
    m = metrics or LayoutMetrics()
    n = len(model.lanes)
    rows = row_hints if row_hints is not None and len(row_hints) == n else np.ones(n, np.int64)
    margin = scale.span * 0.02
    window = (scale.start - margin, scale.end + margin)
    plans: dict[int, _LanePlacement] = {}
    for _ in range(4):  # lanes may shrink and pull new ones into view: settle in a few steps
        tops = _lane_tops(rows, top, m)
        fresh = [k for k in _on_screen(tops, viewport) if k not in plans]
        if not fresh:
            break
        for k in fresh:
            members = visible_members(model.lanes[k], model.geometry, *window)
            members, vague, vague_rows = _split_vague(members, model.geometry, scale)
            plans[k] = _LanePlacement("clusters", m.cluster_rows, len(members), members,
                                      vague=vague, vague_rows=vague_rows)
        _pack_within_budget(plans, fresh, model.geometry, scale, label_width, m, selected)
        for k in fresh:
            rows[k] = plans[k].total_rows
    tops = _lane_tops(rows, top, m)
    return _assemble(plans, tops, model.geometry, scale, m)


VAGUE_FRACTION = 0.5
"""A moment whose uncertainty is wider than this share of the view is "vague" at this zoom."""
VAGUE_GROUP_MIN = 3
"""Smaller groups of vague moments are drawn as ordinary markers with their bands."""


def _split_vague(
    members: IntArray, geo: EventGeometry, scale: TimeScale
) -> tuple[IntArray, list[_Vague], int]:
    """Separate groups of moments known only to a year (or month) wider than the view from
    the events that can be placed, so hundreds of "1991" events do not hide the ones dated
    to the day. Returns the placeable members (still sorted), the groups and their rows."""
    if not len(members):
        return members, [], 0
    lo, hi = geo.lo[members], geo.hi[members]
    wide = (hi - lo) > VAGUE_FRACTION * scale.span
    is_range = geo.is_range[members]
    vague = ~is_range & wide
    long_ranges = is_range & wide
    if int(np.count_nonzero(long_ranges)) < VAGUE_GROUP_MIN:
        long_ranges[:] = False
    if not vague.any() and not long_ranges.any():
        return members, [], 0
    _, inverse, counts = np.unique(lo[vague] * 4 + geo.precision[members][vague],
                                      return_inverse=True, return_counts=True)
    big = counts >= VAGUE_GROUP_MIN
    keep = ~vague & ~long_ranges
    keep[np.flatnonzero(vague)[~big[inverse]]] = True
    firsts = np.flatnonzero(vague)[np.unique(inverse, return_index=True)[1]]
    found = [(float(lo[f]), float(hi[f]), int(geo.precision[members[f]]), c)
             for f, c in zip(firsts[big].tolist(), counts[big].tolist(), strict=True)]
    if long_ranges.any():  # periods running through the whole view: one band, counted
        found.append((float(lo[long_ranges].min()), float(hi[long_ranges].max()), -1,
                      int(np.count_nonzero(long_ranges))))
    groups: list[_Vague] = []
    rows: list[_Row] = []
    for g_lo, g_hi, precision, count in found:
        x0, x1 = scale.x_for(g_lo), scale.x_for(g_hi)
        if min(x1, scale.x1) - max(x0, scale.x0) < 4.0:
            continue  # only in the margin beyond the view's edge
        row = _first_fit(rows, (x0, x1), 1_000)
        assert row is not None
        rows[row].add(x0, x1)
        groups.append(_Vague(row, g_lo, g_hi, precision, count))
    return members[keep], groups, len(rows)


def _lane_tops(rows: IntArray, top: float, m: LayoutMetrics) -> FloatArray:
    """y of each lane's top edge, plus the bottom of the last one (n + 1 values)."""
    heights = 2 * m.lane_padding + np.maximum(rows, 1) * m.row_height
    return top + np.concatenate(([0.0], np.cumsum(heights)))


def _on_screen(tops: FloatArray, viewport: tuple[float, float] | None) -> list[int]:
    n = len(tops) - 1
    if viewport is None:
        return list(range(n))
    first = int(np.searchsorted(tops[1:], viewport[0], side="right"))
    last = int(np.searchsorted(tops[:-1], viewport[1], side="left"))
    return list(range(first, min(last, n)))


def _pack_within_budget(
    plans: dict[int, _LanePlacement],
    fresh: list[int],
    geo: EventGeometry,
    scale: TimeScale,
    label_width: LabelWidth,
    m: LayoutMetrics,
    selected: int | None,
) -> None:
    """Lay out the ``fresh`` lanes as individual events, least crowded first, while the
    frame's item budget lasts; the rest stay clusters."""
    spent = sum(p.visible for p in plans.values() if p.mode == "items")
    budget = m.max_items_total - spent
    candidates = sorted((plans[k].visible, k) for k in fresh
                        if plans[k].visible <= m.max_items_per_lane)
    for visible, k in candidates:
        if visible > budget:
            break
        packed = _pack_lane(plans[k].members, geo, scale, label_width, m, selected)
        if packed is not None:
            packed.vague, packed.vague_rows = plans[k].vague, plans[k].vague_rows
            plans[k] = packed
            budget -= visible


@dataclass
class _Placed:
    index: int
    row: int
    marker: tuple[float, float]
    extent: tuple[float, float]
    label_x: float
    label_w: float
    full_w: float


@dataclass
class _LanePlacement:
    mode: str
    rows: int
    visible: int
    members: IntArray
    items: list[_Placed] = field(default_factory=list)
    vague: list[_Vague] = field(default_factory=list)
    vague_rows: int = 0

    @property
    def total_rows(self) -> int:
        return self.vague_rows + self.rows


@dataclass(frozen=True)
class _Vague:
    """Moments whose dates are too coarse for this zoom (their uncertainty is wider than half
    the view) and share one uncertainty interval: drawn once, as a band with a count."""

    row: int
    lo: float
    hi: float
    precision: int
    count: int


class _Row:
    """Occupied x intervals of one row, kept sorted (they never overlap)."""

    def __init__(self) -> None:
        self.starts: list[float] = []
        self.ends: list[float] = []

    def free(self, a: float, b: float) -> bool:
        j = bisect.bisect_left(self.starts, b) - 1
        return j < 0 or self.ends[j] <= a

    def add(self, a: float, b: float) -> None:
        j = bisect.bisect_left(self.starts, a)
        self.starts.insert(j, a)
        self.ends.insert(j, b)

    def next_start(self, x: float) -> float:
        j = bisect.bisect_right(self.starts, x)
        return self.starts[j] if j < len(self.starts) else math.inf


_STATUS_RANK = np.array([0, 2, 1], dtype=np.int64)
"""Placement priority by status code: confirmed, then disputed, then reported."""


def _priority(members: IntArray, geo: EventGeometry, selected: int | None) -> IntArray:
    """Positions into ``members`` in placement order: the selection, then ranges, then
    confirmed / disputed / reported, each in date order. Earlier ones get the first rows and
    whole labels."""
    keys = (np.arange(len(members)), _STATUS_RANK[geo.status[members]],
            ~geo.is_range[members], members != (-1 if selected is None else selected))
    return np.lexsort(keys)


def _pack_lane(
    members: IntArray,
    geo: EventGeometry,
    scale: TimeScale,
    label_width: LabelWidth,
    m: LayoutMetrics,
    selected: int | None,
) -> _LanePlacement | None:
    """Rows for a lane's visible events, or None when they cannot fit in ``max_rows``.

    Each event gets its whole label if some row has room, else a short one that grows into
    the free space after it and is elided; if that order runs out of rows, every label is
    reserved short. A cheap vectorised bound rejects hopeless lanes before any packing."""
    shapes = _shapes(members, geo, scale, m)
    ids = members.tolist()
    widths = [label_width(i) for i in ids]
    shortest = min(widths, default=0.0)
    if _surely_too_dense(shapes[0], scale, m, min(shortest, m.min_label_px)):
        return None
    mk0, mk1, ext0, ext1 = (a.tolist() for a in shapes)
    order = _priority(members, geo, selected).tolist()
    for attempt in ((True, False), (False,)):
        rows: list[_Row] = []
        placed: list[_Placed] = []
        for k in order:
            shape = ((mk0[k], mk1[k]), (ext0[k], ext1[k]))
            item = _place(ids[k], shape, widths[k], rows, scale, m, attempt)
            if item is None:
                break
            placed.append(item)
        else:
            _grow_labels(placed, rows, m, scale.x1)
            return _LanePlacement("items", max(1, len(rows)), len(members), members, placed)
    return None


def _shapes(
    members: IntArray, geo: EventGeometry, scale: TimeScale, m: LayoutMetrics
) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray]:
    """Marker x-intervals (the hit targets) and drawn extents (band or bar), vectorised."""
    lo_x = scale.xs_for(geo.lo[members])
    hi_x = scale.xs_for(geo.hi[members])
    ax = scale.xs_for(geo.anchor[members])
    is_range = geo.is_range[members]
    r = m.marker_radius
    bar_end = np.maximum(hi_x, lo_x + 3.0)
    mk0 = np.where(is_range, lo_x, ax - r)
    mk1 = np.where(is_range, bar_end, ax + r)
    ext0 = np.where(is_range, lo_x, np.minimum(lo_x, ax - r))
    ext1 = np.where(is_range, bar_end, np.maximum(hi_x, ax + r))
    return mk0, mk1, ext0, ext1


def _surely_too_dense(
    mk0: FloatArray, scale: TimeScale, m: LayoutMetrics, label_least: float
) -> bool:
    """True when no packing can succeed: every item needs at least ``least`` pixels (marker,
    gap, the shortest label it may get, spacing), so items whose left edges lie within
    ``least`` of each other need separate rows, and all of them need ``n * least`` pixels."""
    least = 2 * m.marker_radius + m.label_gap + label_least + m.spacing
    if len(mk0) * least > m.max_rows * (scale.width + 2 * least + 0.1 * scale.width):
        return True
    lefts = np.sort(mk0)
    crowd = np.searchsorted(lefts, lefts + least, side="left") - np.arange(len(lefts))
    return bool(len(crowd) and int(crowd.max()) > m.max_rows)


def _place(
    index: int,
    shape: tuple[tuple[float, float], tuple[float, float]],
    full_w: float,
    rows: list[_Row],
    scale: TimeScale,
    m: LayoutMetrics,
    attempt: tuple[bool, ...],
) -> _Placed | None:
    """Put one event in the first row with room, trying a whole label then a short one as
    ``attempt`` says. A whole label that would leave the view goes left of the marker, or,
    for a bar running off the right edge with no room on the left, inside the bar."""
    mk, ext = shape
    right_x = mk[1] + m.label_gap
    left_x = None
    if right_x + full_w > scale.x1:
        if mk[0] - m.label_gap - full_w >= scale.x0:
            left_x = mk[0] - m.label_gap - full_w
        elif mk[1] - mk[0] > 2 * m.marker_radius + 1 and mk[1] > scale.x1 - m.min_label_px:
            right_x = max(mk[0], scale.x0) + m.label_gap  # a long bar: label inside it
    for full in attempt:
        label_x = left_x if full and left_x is not None else right_x
        reserve_w = full_w if full else min(full_w, m.min_label_px)
        pad = m.spacing if label_x < mk[0] else 0.0
        interval = (min(mk[0], ext[0], label_x) - pad,
                    max(mk[1], ext[1], label_x + reserve_w) + m.spacing)
        row = _first_fit(rows, interval, m.max_rows)
        if row is not None:
            rows[row].add(*interval)
            return _Placed(index, row, mk, ext, label_x, reserve_w, full_w)
    return None


def _grow_labels(placed: list[_Placed], rows: list[_Row], m: LayoutMetrics, x1: float) -> None:
    """Widen short labels into the free space before the next interval in their row (and
    before the right edge of the view)."""
    for item in placed:
        if item.label_w < item.full_w and item.label_x > item.marker[1]:
            limit = min(rows[item.row].next_start(item.label_x) - m.spacing, x1)
            item.label_w = max(item.label_w, min(item.full_w, limit - item.label_x))


def _first_fit(rows: list[_Row], interval: tuple[float, float], limit: int) -> int | None:
    for n, row in enumerate(rows):
        if row.free(*interval):
            return n
    if len(rows) < limit:
        rows.append(_Row())
        return len(rows) - 1
    return None


def _assemble(
    plans: dict[int, _LanePlacement],
    tops: FloatArray,
    geo: EventGeometry,
    scale: TimeScale,
    m: LayoutMetrics,
) -> FrameLayout:
    lanes: list[LaneBox] = []
    items: list[ItemBox] = []
    vague: list[ClusterBox] = []
    cluster_lanes: list[tuple[int, float, _LanePlacement]] = []
    for lane_no in sorted(plans):
        p = plans[lane_no]
        y0, y1 = float(tops[lane_no]), float(tops[lane_no + 1])
        lanes.append(LaneBox(lane_no, y0, y1, p.mode, p.total_rows, p.visible))
        body = y0 + p.vague_rows * m.row_height
        if p.mode == "clusters":
            cluster_lanes.append((lane_no, body, p))
        items.extend(_item_boxes(lane_no, body, p, geo, m))
        vague.extend(_vague_boxes(lane_no, y0, p, scale, m))
    clusters = _clusters(cluster_lanes, geo, scale, m) + vague
    return FrameLayout(tuple(lanes), tuple(items), tuple(clusters), float(tops[0]),
                       float(tops[-1]))


def _vague_boxes(
    lane_no: int, y: float, p: _LanePlacement, scale: TimeScale, m: LayoutMetrics
) -> list[ClusterBox]:
    """Bands for vague groups; a click zooms out until their interval is a fifth of the view."""
    out = []
    for g in p.vague:
        top = y + m.lane_padding + g.row * m.row_height + 3
        box = Box(max(scale.x_for(g.lo), scale.x0), top, min(scale.x_for(g.hi), scale.x1),
                  top + m.row_height - 6)
        centre, half = (g.lo + g.hi) / 2, (g.hi - g.lo) * 2.5
        if g.precision < 0:
            label = f"{g.count} periods running through this view"
        else:
            label = f"{g.count} events dated only to {_period_text(g.lo, g.precision)}"
        out.append(ClusterBox(lane_no, box, g.count, centre - half, centre + half, -1, 1.0,
                              label))
    return out


def _period_text(day: float, precision: int) -> str:
    first = date.fromordinal(int(day))
    if precision == Precision.YEAR:
        return str(first.year)
    return PartialDate(first.year, first.month).format("en")


def _item_boxes(
    lane_no: int, y: float, p: _LanePlacement, geo: EventGeometry, m: LayoutMetrics
) -> list[ItemBox]:
    out = []
    for it in p.items:
        cy = y + m.lane_padding + (it.row + 0.5) * m.row_height
        half = m.bar_height / 2.0 if geo.is_range[it.index] else m.marker_radius
        label = None
        if it.label_w > 1.0:
            label = Box(it.label_x, cy - m.row_height / 2 + 2, it.label_x + it.label_w,
                        cy + m.row_height / 2 - 2)
        out.append(ItemBox(it.index, lane_no, it.row, cy,
                           Box(it.marker[0], cy - half, it.marker[1], cy + half),
                           it.extent, label, it.label_w >= it.full_w))
    return out


def _clusters(
    lanes: list[tuple[int, float, _LanePlacement]],
    geo: EventGeometry,
    scale: TimeScale,
    m: LayoutMetrics,
) -> list[ClusterBox]:
    """Bin each cluster lane's visible events by where they may begin (their earliest day)
    into columns ``cluster_px`` wide, aligned to time so bins do not jump while panning; bar
    heights share one square-root scale."""
    bin_days = m.cluster_px * scale.days_per_pixel
    per_lane = []
    for lane_no, y, p in lanes:
        members = p.members
        if not len(members):
            continue
        # members are sorted by lo, so bins come out sorted; what began before the view is
        # counted at its left edge
        los_all = np.maximum(geo.lo[members], scale.start)
        bins = np.floor(los_all / bin_days).astype(np.int64)
        starts = np.concatenate(([0], np.flatnonzero(np.diff(bins)) + 1))
        counts = np.diff(np.concatenate((starts, [len(bins)])))
        his = np.maximum.reduceat(geo.hi[members], starts)
        cats = _dominant_categories(geo.category[members], starts, counts)
        per_lane.append((lane_no, y, bins[starts], counts, los_all[starts], his, cats))
    if not per_lane:
        return []
    top_count = max(int(counts.max()) for _, _, _, counts, _, _, _ in per_lane)
    height = m.cluster_rows * m.row_height
    out = []
    for lane_no, y, keys, counts, los, his, cats in per_lane:
        xs = scale.xs_for((keys * bin_days).astype(np.float64))
        levels = np.sqrt(counts / top_count)
        y0, y1 = y + m.lane_padding, y + m.lane_padding + height
        for x0, count, lo, hi, cat, level in zip(xs.tolist(), counts.tolist(), los.tolist(),
                                                 his.tolist(), cats.tolist(), levels.tolist(),
                                                 strict=True):
            box = Box(x0 + 1.0, y0, x0 + m.cluster_px - 1.0, y1)
            out.append(ClusterBox(lane_no, box, count, lo, hi, cat, level))
    return out


def _dominant_categories(
    cats: NDArray[np.int32], starts: IntArray, counts: IntArray
) -> IntArray:
    """Most common category per bin (bins are consecutive slices of ``cats``), vectorised."""
    if cats.min() == cats.max():  # category lanes: one colour, no counting
        return np.full(len(starts), int(cats[0]), dtype=np.int64)
    width = int(cats.max()) + 1
    bin_of = np.repeat(np.arange(len(starts)), counts)
    table = np.bincount(bin_of * width + cats, minlength=len(starts) * width)
    dominant: IntArray = table.reshape(len(starts), width).argmax(axis=1).astype(np.int64)
    return dominant


def density(
    geo: EventGeometry, start: float, end: float, bins: int
) -> NDArray[np.int64]:
    """Events per bin of ``[start, end)`` by anchor, for the overview strip and histograms."""
    if bins <= 0 or not end > start:
        return np.zeros(max(bins, 0), dtype=np.int64)
    counts, _ = np.histogram(geo.anchor, bins=bins, range=(start, end))
    return counts.astype(np.int64)


def precision_label(precision: int) -> str:
    return Precision(precision).label
