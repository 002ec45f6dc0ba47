"""Lanes, row packing, label placement, level of detail and hit testing, all without Qt.

The painter draws exactly what :func:`layout_frame` returns, and the canvas hit-tests the same
:class:`FrameLayout`, so a click lands on what the user sees. Events arrive as numpy arrays in
date order (:class:`EventGeometry`); culling is a ``searchsorted`` on each lane's sorted left
edges, so a frame costs what is visible, not what is loaded. When a lane has more visible
events than can be drawn legibly it becomes a row of clusters with counts.
"""

from __future__ import annotations

import bisect
import logging
import math
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from xiaomi_timeline.core.dates import PartialDate, Precision
from xiaomi_timeline.core.query import QueryResult, TimelineIndex
from xiaomi_timeline.core.schema import Document, Event, text_in
from xiaomi_timeline.core.timescale import TimeScale

log = logging.getLogger(__name__)

STATUSES: tuple[str, ...] = ("confirmed", "reported", "disputed")
LANE_MODES: tuple[str, ...] = ("category", "person", "organization")
NO_LANE_KEY = ""
"""Key of the lane collecting events with no person / organization."""

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
LabelWidth = Callable[[int], float]


@dataclass(frozen=True, eq=False)
class EventGeometry:
    """Per-event positions in ordinal days, in date order (one entry per drawn event).

    ``lo``/``hi`` bound everything drawn for the event (uncertainty included); ``anchor`` is
    where a moment's marker sits (the middle of its uncertainty); ranges are solid between
    ``start_hi`` and ``end_lo`` and faded over the uncertain ends.
    """

    ids: tuple[str, ...]
    lo: FloatArray
    hi: FloatArray
    anchor: FloatArray
    start_hi: FloatArray
    end_lo: FloatArray
    is_range: NDArray[np.bool_]
    precision: NDArray[np.int8]
    status: NDArray[np.int8]
    category: NDArray[np.int32]
    categories: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def from_events(
        cls, events: Sequence[Event], categories: Sequence[str] = ()
    ) -> EventGeometry:
        """Arrays for ``events`` (kept in the given order); unknown categories are appended."""
        cats = list(categories)
        cat_index = {c: i for i, c in enumerate(cats)}
        n = len(events)
        cols = np.empty((5, n), dtype=np.float64)
        codes = np.empty((3, n), dtype=np.int32)
        is_range = np.zeros(n, dtype=np.bool_)
        for i, event in enumerate(events):
            start = PartialDate.parse(event.start)
            s_lo, s_hi = start.earliest, start.latest
            if event.end is not None and event.end != event.start:
                end = PartialDate.parse(event.end)
                cols[:, i] = (s_lo, end.latest, s_lo, s_hi, end.earliest)
                is_range[i] = True
            else:
                cols[:, i] = (s_lo, s_hi, (s_lo + s_hi) / 2.0, s_hi, s_lo)
            if event.category not in cat_index:
                cat_index[event.category] = len(cats)
                cats.append(event.category)
            codes[:, i] = (int(start.precision), STATUSES.index(event.status),
                           cat_index[event.category])
        return cls(
            ids=tuple(e.id for e in events), lo=cols[0], hi=cols[1], anchor=cols[2],
            start_hi=cols[3], end_lo=cols[4], is_range=is_range,
            precision=codes[0].astype(np.int8), status=codes[1].astype(np.int8),
            category=codes[2], categories=tuple(cats),
        )

    @classmethod
    def from_index(cls, index: TimelineIndex) -> EventGeometry:
        """Arrays for every event of ``index`` in its date order, reusing its columns; cached
        per index, so each filter change only takes a subset."""
        cached = _INDEX_GEOMETRY.get(index)
        if cached is not None:
            return cached
        end_lo = index.start_lo.copy()
        is_range = np.array([e.end is not None and e.end != e.start for e in index.events],
                            dtype=np.bool_)
        for i in np.flatnonzero(is_range).tolist():
            end_lo[i] = PartialDate.parse(str(index.events[i].end)).earliest
        moment_anchor = (index.start_lo + index.start_hi) / 2.0
        categories = list(index.category_keys)
        codes = index.category_code.astype(np.int32)
        if (codes < 0).any():
            codes = np.where(codes < 0, len(categories), codes).astype(np.int32)
            categories.append("?")
        geo = cls(
            ids=tuple(e.id for e in index.events), lo=index.start_lo,
            hi=np.where(is_range, index.end, index.start_hi),
            anchor=np.where(is_range, index.start_lo, moment_anchor),
            start_hi=index.start_hi, end_lo=np.where(is_range, end_lo, index.start_lo),
            is_range=is_range, precision=index.precision.astype(np.int8),
            status=index.status_code.astype(np.int8), category=codes,
            categories=tuple(categories),
        )
        _INDEX_GEOMETRY[index] = geo
        return geo

    def take(self, indices: IntArray) -> EventGeometry:
        """The sub-geometry of ``indices`` (e.g. a query result's positions)."""
        return EventGeometry(
            ids=tuple(self.ids[i] for i in indices.tolist()), lo=self.lo[indices],
            hi=self.hi[indices], anchor=self.anchor[indices], start_hi=self.start_hi[indices],
            end_lo=self.end_lo[indices], is_range=self.is_range[indices],
            precision=self.precision[indices], status=self.status[indices],
            category=self.category[indices], categories=self.categories,
        )

    def span(self) -> tuple[float, float] | None:
        """``(first lo, last hi)`` over all events, or None when empty."""
        if not len(self):
            return None
        return float(self.lo.min()), float(self.hi.max())


_INDEX_GEOMETRY: weakref.WeakKeyDictionary[TimelineIndex, EventGeometry] = (
    weakref.WeakKeyDictionary()
)


def result_lane_model(
    result: QueryResult, mode: str = "category", language: str = "en"
) -> LaneModel:
    """Lanes for a query result: the filtered events of its index, in date order."""
    geometry = EventGeometry.from_index(result.index).take(result.positions)
    return build_lane_model(geometry, result.events, result.index.document, mode, language)


@dataclass(frozen=True, eq=False)
class Lane:
    """One horizontal band: a category, person or organization and its events."""

    key: str
    label: str
    sublabel: str
    members: IntArray
    """Geometry indices, sorted by ``lo`` (so culling is a searchsorted on ``member_lo``)."""
    member_lo: FloatArray
    max_extent: float
    """Longest ``hi - lo`` among members: how far left of the window a visible one can start."""


@dataclass(frozen=True, eq=False)
class LaneModel:
    """Geometry split into lanes for one lane mode; rebuilt when the result or mode changes."""

    geometry: EventGeometry
    lanes: tuple[Lane, ...]
    mode: str
    index_of: dict[str, int] = field(default_factory=dict)

    def position_of(self, event_id: str) -> int | None:
        return self.index_of.get(event_id)


def make_lane(key: str, label: str, sublabel: str, members: IntArray, geo: EventGeometry) -> Lane:
    order = np.argsort(geo.lo[members], kind="stable")
    sorted_members = members[order].astype(np.int64)
    extents = geo.hi[sorted_members] - geo.lo[sorted_members]
    return Lane(key, label, sublabel, sorted_members, geo.lo[sorted_members],
                float(extents.max()) if len(extents) else 0.0)


def build_lane_model(
    geometry: EventGeometry,
    events: Sequence[Event],
    document: Document | None,
    mode: str = "category",
    language: str = "en",
) -> LaneModel:
    """Lanes for ``mode``: categories in document order, people / organizations in order of
    first appearance; an event with two people is a member of both lanes; events with nobody
    go to a last "no person" lane."""
    if mode not in LANE_MODES:
        raise ValueError(f"lane mode must be one of {', '.join(LANE_MODES)}, not {mode!r}")
    keyed: list[tuple[str, ...]]
    if mode == "category":
        keyed = [(c,) for c in (geometry.categories[k] for k in geometry.category.tolist())]
    elif mode == "person":
        keyed = [e.people for e in events]
    else:
        keyed = [e.organizations for e in events]
    groups: dict[str, list[int]] = {}
    if mode == "category" and document is not None:
        for category in document.categories:
            groups[category.id] = []
    for i, keys in enumerate(keyed):
        for key in keys or (NO_LANE_KEY,):
            groups.setdefault(key, []).append(i)
    if NO_LANE_KEY in groups:
        groups[NO_LANE_KEY] = groups.pop(NO_LANE_KEY)
    lanes = []
    for key, members in groups.items():
        if not members:
            continue
        label, sublabel = lane_label(document, mode, key, language)
        lanes.append(make_lane(key, label, sublabel, np.asarray(members, np.int64), geometry))
    index_of = {event_id: i for i, event_id in enumerate(geometry.ids)}
    return LaneModel(geometry, tuple(lanes), mode, index_of)


def lane_label(document: Document | None, mode: str, key: str, language: str) -> tuple[str, str]:
    """Header text for a lane, and a second line with the name in Chinese script if known."""
    if key == NO_LANE_KEY:
        return ({"person": "No person", "organization": "No organization"}.get(mode, "Other"), "")
    if document is None:
        return key, ""
    if mode == "category":
        for category in document.categories:
            if category.id == key:
                return text_in(category.label, language), ""
        return key, ""
    entities = document.people if mode == "person" else document.organizations
    for entity in entities:
        if entity.id == key:
            name = text_in(entity.name, language)
            return name, _chinese_name(entity.name, entity.aliases, name)
    return key, ""


def _chinese_name(name: object, aliases: Sequence[str], shown: str) -> str:
    candidates = list(name.values()) if isinstance(name, dict) else []
    candidates += list(aliases)
    for text in candidates:
        if text != shown and any("\u4e00" <= ch <= "\u9fff" for ch in str(text)):
            return str(text)
    return ""


@dataclass(frozen=True, slots=True)
class LayoutMetrics:
    """Pixel sizes of the layout; export uses taller lanes and more rows than the screen."""

    row_height: float = 22.0
    marker_radius: float = 5.0
    bar_height: float = 10.0
    lane_padding: float = 6.0
    label_gap: float = 5.0
    spacing: float = 8.0
    max_rows: int = 14
    max_items_per_lane: int = 300
    min_label_px: float = 40.0
    cluster_px: float = 36.0
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
    """Bar height as a fraction of the lane, on a log scale shared by the frame."""


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
) -> FrameLayout:
    """Place every lane's visible events (or clusters) below ``top`` for ``scale``."""
    m = metrics or LayoutMetrics()
    geo = model.geometry
    margin = scale.span * 0.02
    placed: list[tuple[int, _LanePlacement]] = []
    for lane_no, lane in enumerate(model.lanes):
        members = visible_members(lane, geo, scale.start - margin, scale.end + margin)
        placement = None
        if len(members) <= m.max_items_per_lane:
            placement = _pack_lane(members, geo, scale, label_width, m, selected)
        if placement is None:
            placement = _LanePlacement("clusters", m.cluster_rows, len(members), members)
        placed.append((lane_no, placement))
    return _assemble(placed, geo, scale, top, m)


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


def _priority(members: IntArray, geo: EventGeometry, selected: int | None) -> list[int]:
    """Placement order: the selection, then ranges, then confirmed / disputed / reported, each
    in date order. Higher priority gets the first rows and the full labels."""
    rank = {0: 0, 2: 1, 1: 2}
    keys = [
        (i != selected, not bool(geo.is_range[i]), rank[int(geo.status[i])], n)
        for n, i in enumerate(members.tolist())
    ]
    order = sorted(range(len(keys)), key=keys.__getitem__)
    return [int(members[k]) for k in order]


def _pack_lane(
    members: IntArray,
    geo: EventGeometry,
    scale: TimeScale,
    label_width: LabelWidth,
    m: LayoutMetrics,
    selected: int | None,
) -> _LanePlacement | None:
    """Rows for a lane's visible events, or None when they do not fit in ``max_rows`` (the
    lane then shows clusters). First every label at full width; if that needs too many rows,
    every label reserves only ``min_label_px`` and then grows into the free space after it,
    elided when it still does not fit."""
    order = _priority(members, geo, selected)
    shapes = [_shape(i, geo, scale, label_width, m) for i in order]
    for attempt in ("full", "mixed", "short"):
        rows: list[_Row] = []
        placed: list[_Placed] = []
        for i, shape in zip(order, shapes, strict=True):
            item = _place(i, shape, rows, m, attempt)
            if item is None:
                break
            placed.append(item)
        else:
            _grow_labels(placed, rows, m, scale.x1)
            return _LanePlacement("items", max(1, len(rows)), len(members), members, placed)
    return None


_Shape = tuple[tuple[float, float], tuple[float, float], float, float | None, float]


def _place(i: int, shape: _Shape, rows: list[_Row], m: LayoutMetrics, attempt: str) -> (
    _Placed | None
):
    """Put one event in the first row with room: with its whole label ("full"), with a
    short label to be elided ("short"), or whole if possible else short ("mixed")."""
    mk, ext, right_x, left_x, full_w = shape
    options = {"full": (True,), "short": (False,), "mixed": (True, False)}[attempt]
    for full in options:
        label_x = left_x if full and left_x is not None else right_x
        reserve_w = full_w if full else min(full_w, m.min_label_px)
        pad = m.spacing if label_x < mk[0] else 0.0
        interval = (min(mk[0], ext[0], label_x) - pad,
                    max(mk[1], ext[1], label_x + reserve_w) + m.spacing)
        row = _first_fit(rows, interval, m.max_rows)
        if row is not None:
            rows[row].add(*interval)
            return _Placed(i, row, mk, ext, label_x, reserve_w, full_w)
    return None


def _shape(
    i: int, geo: EventGeometry, scale: TimeScale, label_width: LabelWidth, m: LayoutMetrics
) -> _Shape:
    """Marker, extent, label x (right of the marker), label x if it must go left of the
    marker to stay on screen (else None), and the label's full width."""
    mk, ext = _marker_extent(i, geo, scale, m)
    full_w = label_width(i)
    label_x = mk[1] + m.label_gap
    left_x = None
    if geo.is_range[i] and mk[1] > scale.x1 - m.min_label_px:
        label_x = max(mk[0], scale.x0) + m.label_gap  # bar runs off screen: label inside it
    elif label_x + full_w > scale.x1 and mk[0] - m.label_gap - full_w >= scale.x0:
        left_x = mk[0] - m.label_gap - full_w
    return mk, ext, label_x, left_x, full_w


def _grow_labels(placed: list[_Placed], rows: list[_Row], m: LayoutMetrics, x1: float) -> None:
    """Widen reserved-short labels into the free space before the next interval in the row
    (and before the right edge of the view)."""
    for item in placed:
        if item.label_w < item.full_w and item.label_x > item.marker[1]:
            limit = min(rows[item.row].next_start(item.label_x) - m.spacing, x1)
            room = limit - item.label_x
            item.label_w = max(item.label_w, min(item.full_w, room))


def _first_fit(rows: list[_Row], interval: tuple[float, float], limit: int) -> int | None:
    for n, row in enumerate(rows):
        if row.free(*interval):
            return n
    if len(rows) < limit:
        rows.append(_Row())
        return len(rows) - 1
    return None


def _marker_extent(
    i: int, geo: EventGeometry, scale: TimeScale, m: LayoutMetrics
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Marker x-interval (the hit target) and drawn extent (band or bar) of event ``i``."""
    x_lo, x_hi = scale.x_for(float(geo.lo[i])), scale.x_for(float(geo.hi[i]))
    if geo.is_range[i]:
        x_hi = max(x_hi, x_lo + 3.0)
        return (x_lo, x_hi), (x_lo, x_hi)
    ax = scale.x_for(float(geo.anchor[i]))
    r = m.marker_radius
    return (ax - r, ax + r), (min(x_lo, ax - r), max(x_hi, ax + r))


def _assemble(
    placed: list[tuple[int, _LanePlacement]],
    geo: EventGeometry,
    scale: TimeScale,
    top: float,
    m: LayoutMetrics,
) -> FrameLayout:
    lanes: list[LaneBox] = []
    items: list[ItemBox] = []
    cluster_lanes: list[tuple[int, float, _LanePlacement]] = []
    y = top
    for lane_no, p in placed:
        height = 2 * m.lane_padding + p.rows * m.row_height
        lanes.append(LaneBox(lane_no, y, y + height, p.mode, p.rows, p.visible))
        if p.mode == "clusters":
            cluster_lanes.append((lane_no, y, p))
        for it in p.items:
            cy = y + m.lane_padding + (it.row + 0.5) * m.row_height
            half = m.bar_height / 2.0 if geo.is_range[it.index] else m.marker_radius
            label = None
            if it.label_w > 1.0:
                label = Box(it.label_x, cy - m.row_height / 2 + 2, it.label_x + it.label_w,
                            cy + m.row_height / 2 - 2)
            items.append(ItemBox(it.index, lane_no, it.row, cy,
                                 Box(it.marker[0], cy - half, it.marker[1], cy + half),
                                 it.extent, label, it.label_w >= it.full_w))
        y += height
    clusters = _clusters(cluster_lanes, geo, scale, m)
    return FrameLayout(tuple(lanes), tuple(items), tuple(clusters), top, y)


def _clusters(
    lanes: list[tuple[int, float, _LanePlacement]],
    geo: EventGeometry,
    scale: TimeScale,
    m: LayoutMetrics,
) -> list[ClusterBox]:
    """Bin each cluster lane's visible events into columns ``cluster_px`` wide, aligned to
    time (so bins do not jump while panning); bar heights share a log scale."""
    bin_days = m.cluster_px * scale.days_per_pixel
    raw: list[tuple[int, float, float, int, float, float, int]] = []
    for lane_no, y, p in lanes:
        members = p.members
        if not len(members):
            continue
        bins = np.floor(geo.anchor[members] / bin_days).astype(np.int64)
        order = np.argsort(bins, kind="stable")
        bins, members = bins[order], members[order]
        keys, starts, counts = np.unique(bins, return_index=True, return_counts=True)
        los = np.minimum.reduceat(geo.lo[members], starts)
        his = np.maximum.reduceat(geo.hi[members], starts)
        cats = geo.category[members]
        for k, s, c, lo, hi in zip(keys.tolist(), starts.tolist(), counts.tolist(),
                                   los.tolist(), his.tolist(), strict=True):
            dominant = int(np.bincount(cats[s:s + c]).argmax())
            raw.append((lane_no, y, float(k) * bin_days, int(c), lo, hi, dominant))
    if not raw:
        return []
    top_count = max(r[3] for r in raw)
    height = m.cluster_rows * m.row_height
    out = []
    for lane_no, y, day, count, lo, hi, cat in raw:
        x0 = scale.x_for(day)
        level = math.log1p(count) / math.log1p(top_count) if top_count > 1 else 1.0
        box = Box(x0 + 1.0, y + m.lane_padding, x0 + m.cluster_px - 1.0,
                  y + m.lane_padding + height)
        out.append(ClusterBox(lane_no, box, count, lo, hi, cat, level))
    return out


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
