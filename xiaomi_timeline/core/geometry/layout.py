"""One frame of the timeline, without Qt: which lanes are on screen, and for each, its
events packed into rows (:mod:`packing`) or their stand-ins (:mod:`lod`).

The painter draws exactly what :func:`layout_frame` returns, and the canvas hit-tests the same
:class:`FrameLayout`, so a click lands on what the user sees. Culling is a ``searchsorted`` on
each lane's sorted left edges, and lanes outside the vertical viewport are not laid out, so a
frame costs what is visible, not what is loaded. When a lane has more visible events than can
be drawn legibly (or the frame's label budget is spent) it becomes a row of counted clusters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np
from numpy.typing import NDArray

from xiaomi_timeline.core.geometry.frame import (
    Box,
    ClusterBox,
    ClusterRun,
    EdgeBox,
    FrameLayout,
    Hit,
    ItemBox,
    LaneBox,
    LayoutMetrics,
)
from xiaomi_timeline.core.geometry.lanes import (
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
from xiaomi_timeline.core.geometry.lod import (
    Vague,
    clusters,
    density,
    lone_events,
    split_vague_lanes,
    vague_boxes,
)
from xiaomi_timeline.core.geometry.packing import (
    LabelWidths,
    LabelWrap,
    LabelWraps,
    PackMemo,
    Placed,
    pack_lane,
)
from xiaomi_timeline.core.geometry.timescale import TimeScale

__all__ = [
    "LANE_MODES",
    "NO_LANE_KEY",
    "STATUSES",
    "Box",
    "ClusterBox",
    "ClusterRun",
    "EdgeBox",
    "EventGeometry",
    "FrameLayout",
    "FrameRequest",
    "Hit",
    "ItemBox",
    "Lane",
    "LaneBox",
    "LaneModel",
    "LayoutMemory",
    "LayoutMetrics",
    "Vague",
    "build_lane_model",
    "density",
    "lane_label",
    "lane_top",
    "layout_frame",
    "make_lane",
    "result_lane_model",
    "row_limit",
    "visible_members",
]


FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
LabelWidth = Callable[[int], float]


def visible_members(lane: Lane, geo: EventGeometry, start: float, end: float) -> IntArray:
    """Members of ``lane`` drawn within ``[start, end)``: bisect on sorted left edges, then a
    vectorised check of right edges."""
    first = int(np.searchsorted(lane.member_lo, start - lane.max_extent, side="left"))
    inside = int(np.searchsorted(lane.member_lo, start, side="right"))
    last = int(np.searchsorted(lane.member_lo, end, side="left"))
    if inside >= last:
        candidates = lane.members[first:last]
        return candidates[geo.hi[candidates] > start]
    # Those beginning after ``start`` end after it too: only earlier ones are checked.
    before = lane.members[first:inside]
    if not len(before):
        return lane.members[inside:last]
    return np.concatenate((before[geo.hi[before] > start], lane.members[inside:last]))


@dataclass(frozen=True)
class FrameRequest:
    """What one frame shows: lanes, window, label sizes, selection, and where lanes sit.

    ``top`` is the first lane's y; only lanes meeting ``viewport`` (y from, y to; None means
    all) are laid out. ``row_hints`` (one row count per lane, from the previous frame's
    :attr:`FrameLayout.rows`) keeps the lanes that are not laid out at their last height.
    ``label_widths``, if given, measures many labels in one call (``label_width`` is then
    only a fallback).
    """

    model: LaneModel
    scale: TimeScale
    label_width: LabelWidth
    top: float = 0.0
    metrics: LayoutMetrics = field(default_factory=LayoutMetrics)
    selected: int | None = None
    viewport: tuple[float, float] | None = None
    row_hints: IntArray | None = None
    label_widths: LabelWidths | None = None
    label_wrap: LabelWrap | None = None
    """Breaks a title too long for either side of its marker into two lines, if given."""
    label_wraps: LabelWraps | None = None
    """The narrowest two lines of many titles in one call (``label_wrap`` is then only a
    fallback)."""


@dataclass
class LayoutMemory:
    """What layouts of one lane model remember between frames, per lane: the zoom, event
    count and row limit at which packing failed (not retried in views as crowded), and the
    last packing (translated on a sideways pan). Owned by whoever shows the model; it
    changes no result, only how fast it is reached."""

    failures: dict[int, tuple[float, int, int]] = field(default_factory=dict)
    pack_memos: dict[int, PackMemo] = field(default_factory=dict)


def layout_frame(request: FrameRequest, memory: LayoutMemory | None = None) -> FrameLayout:
    """Place the visible events (or clusters) of the lanes that are on screen.

    Lanes off screen keep their hinted row counts (their tops are a prefix sum), so a frame
    costs the lanes on screen, not all of them. A lane is drawn event by event whenever its
    labels fit in :func:`row_limit` rows (lanes scroll), and as counted clusters only beyond:
    legibility decides, not a small cap. ``request`` is not changed; ``memory`` may be.
    """
    model, scale, viewport = request.model, request.scale, request.viewport
    base = request.metrics
    m = replace(
        base,
        max_rows=row_limit(base, viewport),  # no viewport: no scrolling
        row_per_event=base.row_per_event if viewport is not None else 0,
    )
    n = len(model.lanes)
    hints = request.row_hints
    rows = hints.copy() if hints is not None and len(hints) == n else np.ones(n, np.int64)
    margin = scale.span * 0.02
    window = (scale.start - margin, scale.end + margin)
    plans: dict[int, _LanePlacement] = {}
    for _ in range(4):  # lanes may shrink and pull new ones into view: settle in a few steps
        tops = _lane_tops(rows, request.top, m)
        fresh = [k for k in _on_screen(tops, viewport) if k not in plans]
        if not fresh:
            break
        visible = [visible_members(model.lanes[k], model.geometry, *window) for k in fresh]
        widest = max(model.lanes[k].max_extent for k in fresh)
        split = split_vague_lanes(visible, model.geometry, scale, widest)
        for k, (members, vague, vague_rows) in zip(fresh, split, strict=True):
            plans[k] = _LanePlacement(
                "clusters",
                m.cluster_rows,
                len(members),
                members,
                vague=vague,
                vague_rows=vague_rows,
            )
        _pack_within_budget(plans, fresh, replace(request, metrics=m), memory or LayoutMemory())
        for k in fresh:
            rows[k] = plans[k].total_rows
    tops = _lane_tops(rows, request.top, m)
    shown = set(_on_screen(tops, viewport))  # lanes above may have grown and pushed some out
    plans = {k: plan for k, plan in plans.items() if k in shown}
    return _assemble(plans, tops, model, scale, m, rows)


def row_limit(metrics: LayoutMetrics | None, viewport: tuple[float, float] | None) -> int:
    """Rows any lane may use before it turns into clusters: on screen ``lane_screens``
    viewport heights (lanes scroll), never fewer than ``max_rows``. A lane of at most
    ``row_per_event`` events may also take a row for each."""
    m = metrics or LayoutMetrics()
    if viewport is None:
        return m.max_rows
    screen_rows = int((viewport[1] - viewport[0]) * m.lane_screens / m.row_height)
    return max(m.max_rows, screen_rows)


def lane_top(row_hints: IntArray, lane: int, metrics: LayoutMetrics | None = None) -> float:
    """y of ``lane``'s top edge below the first lane's, from the rows laid out so far (lanes
    not yet laid out count one row): where to scroll to bring a lane into view."""
    return float(_lane_tops(row_hints[:lane], 0.0, metrics or LayoutMetrics())[-1])


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
    request: FrameRequest,
    memory: LayoutMemory,
) -> None:
    """Lay out the ``fresh`` lanes as individual events, least crowded first, while the
    frame's item budget lasts; the rest stay clusters. A lane that failed at this zoom or a
    closer one with as few events and as many rows allowed is not tried again."""
    m, geo, scale = request.metrics, request.model.geometry, request.scale
    failures = memory.failures
    spent = sum(p.visible for p in plans.values() if p.mode == "items")
    budget = m.max_items_total - spent
    candidates = sorted(
        (plans[k].visible, k) for k in fresh if plans[k].visible <= m.max_items_per_lane
    )
    dpp = scale.days_per_pixel
    for visible, k in candidates:
        if visible > budget:
            break
        limit = max(m.max_rows, 2 * visible if visible <= m.row_per_event else 0)
        failed = failures.get(k)
        if failed is not None and dpp >= failed[0] and visible >= failed[1] and limit <= failed[2]:
            continue
        lane_m = m if limit == m.max_rows else replace(m, max_rows=limit)
        memo = memory.pack_memos.setdefault(k, PackMemo())
        packed = pack_lane(
            plans[k].members,
            geo,
            scale,
            request.label_width,
            lane_m,
            request.selected,
            memo,
            request.label_widths,
            request.label_wrap,
            request.label_wraps,
        )
        if packed is None:
            failures[k] = (dpp, visible, limit)
            continue
        plan = plans[k]
        plan.mode, plan.rows, plan.items = "items", packed[0], packed[1]
        budget -= visible


@dataclass
class _LanePlacement:
    mode: str
    rows: int
    visible: int
    members: IntArray
    items: list[Placed] = field(default_factory=list)
    vague: list[Vague] = field(default_factory=list)
    vague_rows: int = 0

    @property
    def total_rows(self) -> int:
        return self.vague_rows + self.rows


def _assemble(
    plans: dict[int, _LanePlacement],
    tops: FloatArray,
    model: LaneModel,
    scale: TimeScale,
    m: LayoutMetrics,
    rows: IntArray,
) -> FrameLayout:
    geo = model.geometry
    edges: list[EdgeBox] = []
    lanes: list[LaneBox] = []
    items: list[ItemBox] = []
    vague: list[ClusterBox] = []
    cluster_lanes: list[tuple[int, float, IntArray]] = []
    for lane_no in sorted(plans):
        p = plans[lane_no]
        y0, y1 = float(tops[lane_no]), float(tops[lane_no + 1])
        lanes.append(LaneBox(lane_no, y0, y1, p.mode, p.total_rows, p.visible))
        body = y0 + p.vague_rows * m.row_height
        if p.mode == "clusters":
            cluster_lanes.append((lane_no, body, p.members))
        items.extend(_item_boxes(lane_no, body, p, geo, m))
        vague.extend(vague_boxes(lane_no, y0, p.vague, scale, m))
        if not p.visible and not p.vague:
            edges.extend(edge_boxes(lane_no, y0, model.lanes[lane_no], geo, scale, m))
    runs = []
    members_of = {lane_no: members for lane_no, _, members in cluster_lanes}
    for run in clusters(cluster_lanes, geo, scale, m):
        rest, lone = lone_events(run, members_of[run.lane], geo, scale, m)
        items.extend(lone)
        if len(rest):
            runs.append(rest)
    return FrameLayout(
        tuple(lanes),
        tuple(items),
        tuple(vague),
        float(tops[0]),
        float(tops[-1]),
        tuple(edges),
        tuple(runs),
        rows,
    )


EDGE_CHAR_PX = 7.5
"""Width per character of an off-screen indicator's text (digits and arrows, small font)."""


def edge_boxes(
    lane_no: int,
    y: float,
    lane: Lane,
    geo: EventGeometry,
    scale: TimeScale,
    m: LayoutMetrics,
) -> list[EdgeBox]:
    """Counted arrows at the edges of a lane that draws nothing in the view, so "1 event"
    in its header never faces an empty row; each leads to the nearest event on its side."""
    after_from = int(np.searchsorted(lane.member_lo, scale.end, side="left"))
    before_to = int(np.searchsorted(lane.member_lo, scale.start, side="left"))
    before = lane.members[:before_to]
    before = before[geo.hi[before] <= scale.start]
    cy = y + m.lane_padding + m.row_height / 2
    out = []
    if len(before):
        nearest = before[int(np.argmax(geo.hi[before]))]
        out.append(("left", len(before), float(geo.anchor[nearest])))
    if after_from < len(lane.members):
        out.append(
            ("right", len(lane.members) - after_from, float(geo.anchor[lane.members[after_from]]))
        )
    boxes = []
    for side, count, target in out:
        width = 14.0 + EDGE_CHAR_PX * (len(str(count)) + 2)
        x0 = scale.x0 + 4 if side == "left" else scale.x1 - 4 - width
        box = Box(x0, cy - m.row_height / 2 + 2, x0 + width, cy + m.row_height / 2 - 2)
        boxes.append(EdgeBox(lane_no, side, box, count, target))
    return boxes


def _item_boxes(
    lane_no: int, y: float, p: _LanePlacement, geo: EventGeometry, m: LayoutMetrics
) -> list[ItemBox]:
    if not p.items:
        return []
    out = []
    ranged = geo.is_range[[it.index for it in p.items]].tolist()
    row_h, half_bar, radius, body = (
        m.row_height,
        m.bar_height / 2.0,
        m.marker_radius,
        (y + m.lane_padding),
    )
    for it, is_range in zip(p.items, ranged, strict=True):
        cy = body + (it.row + 0.5) * row_h
        half = half_bar if is_range else radius
        label = None
        if it.label_w > 1.0:
            bottom = cy + row_h * (it.lines - 0.5) - 2
            label = Box(it.label_x, cy - row_h / 2 + 2, it.label_x + it.label_w, bottom)
        out.append(
            ItemBox(
                it.index,
                lane_no,
                it.row,
                cy,
                Box(it.marker[0], cy - half, it.marker[1], cy + half),
                it.extent,
                label,
                it.label_w >= it.full_w or it.lines == 2,
                it.lines,
            )
        )
    return out
