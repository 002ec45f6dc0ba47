"""Level of detail: what stands in for events that cannot each be drawn legibly.

Two stand-ins, both counted and clickable: *clusters* (a bar per time bin when a lane has too
many events for the zoom) and *vague bands* (events whose date is known only to a period wider
than the view, or periods running through it, drawn once with what they share).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from xiaomi_timeline.core.dates import PartialDate, Precision, civil_of
from xiaomi_timeline.core.geometry.frame import (
    Box,
    ClusterBox,
    ClusterRun,
    ItemBox,
    LayoutMetrics,
)
from xiaomi_timeline.core.geometry.lanes import EventGeometry
from xiaomi_timeline.core.geometry.packing import Row, first_fit, marker_shapes
from xiaomi_timeline.core.geometry.timescale import TimeScale

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]

VAGUE_FRACTION = 0.5
"""A moment whose uncertainty is wider than this share of the view is "vague" at this zoom."""
VAGUE_GROUP_MIN = 3
"""Smaller groups of vague moments are drawn as ordinary markers with their bands."""
MIN_BAND_PX = 4.0
"""A band narrower than this inside the view is not drawn."""


def split_vague_lanes(
    lanes: list[IntArray], geo: EventGeometry, scale: TimeScale, widest: float | None = None
) -> list[tuple[IntArray, list[Vague], int]]:
    """For each lane's members, separate groups of moments known only to a year (or month)
    wider than the view from the events that can be placed, so hundreds of "1991" events do
    not hide the ones dated to the day: the placeable members (still sorted), the groups and
    their rows. The numpy steps run once over all lanes (each has a fixed cost). ``widest``,
    if given, is at least the longest ``hi - lo`` among the members: when that is under half
    the view, nothing is vague and no member is read."""
    plain: list[tuple[IntArray, list[Vague], int]] = [(members, [], 0) for members in lanes]
    if widest is not None and not widest > VAGUE_FRACTION * scale.span:
        return plain
    sizes = np.array([len(members) for members in lanes], np.int64)
    if not sizes.sum():
        return plain
    members = np.concatenate(lanes)
    lo, hi = geo.lo[members], geo.hi[members]
    # A moment that only grazes the view's edge stays a marker: a band there would be too
    # narrow to draw, and the moment would be in neither.
    in_view_px = (np.minimum(hi, scale.end) - np.maximum(lo, scale.start)) * scale.pixels_per_day
    wide = ((hi - lo) > VAGUE_FRACTION * scale.span) & (in_view_px >= MIN_BAND_PX)
    if not wide.any():
        return plain
    lane_of = np.repeat(np.arange(len(lanes)), sizes)
    is_range = geo.is_range[members]
    vague = ~is_range & wide
    long_ranges = is_range & wide
    long_count = np.bincount(lane_of[long_ranges], minlength=len(lanes))
    long_ranges &= (long_count >= VAGUE_GROUP_MIN)[lane_of]
    where = np.flatnonzero(vague)  # one sort finds each lane's groups, sizes, first members
    keys = lane_of[where] * 2.0**32 + lo[where] * 4 + geo.precision[members[where]]
    _, first, inverse, counts = np.unique(
        keys, return_index=True, return_inverse=True, return_counts=True
    )
    big = counts >= VAGUE_GROUP_MIN
    keep = ~vague & ~long_ranges
    keep[where[~big[inverse]]] = True
    found: list[list[tuple[float, float, int, int]]] = [[] for _ in lanes]
    for f, c in zip(where[first[big]].tolist(), counts[big].tolist(), strict=True):
        found[int(lane_of[f])].append(
            (float(lo[f]), float(hi[f]), int(geo.precision[members[f]]), c)
        )
    for lane in np.flatnonzero(long_count >= VAGUE_GROUP_MIN).tolist():
        mask = long_ranges & (lane_of == lane)  # periods through the whole view: one band
        found[lane].append(
            (float(lo[mask].min()), float(hi[mask].max()), -1, int(np.count_nonzero(mask)))
        )
    kept = np.split(members[keep], np.cumsum(np.bincount(lane_of[keep], minlength=len(lanes)))[:-1])
    out = []
    for n, groups in enumerate(found):
        if not groups and len(kept[n]) == len(lanes[n]):
            out.append(plain[n])
        else:
            out.append((kept[n], *_band_rows(groups, scale)))
    return out


def _band_rows(
    found: list[tuple[float, float, int, int]], scale: TimeScale
) -> tuple[list[Vague], int]:
    """Vague groups placed in rows of their own (first fit), skipping those only in the
    margin beyond the view's edges; returns the groups and how many rows they take."""
    groups: list[Vague] = []
    rows: list[Row] = []
    for g_lo, g_hi, precision, count in found:
        x0, x1 = scale.x_for(g_lo), scale.x_for(g_hi)
        if min(x1, scale.x1) - max(x0, scale.x0) < MIN_BAND_PX:
            continue  # only in the margin beyond the view's edge
        row = first_fit(rows, (x0, x1), 1_000)
        assert row is not None
        rows[row].add(x0, x1)
        groups.append(Vague(row, g_lo, g_hi, precision, count))
    return groups, len(rows)


@dataclass(frozen=True)
class Vague:
    """Moments whose dates are too coarse for this zoom (their uncertainty is wider than half
    the view) and share one uncertainty interval: drawn once, as a band with a count."""

    row: int
    lo: float
    hi: float
    precision: int
    count: int


def vague_boxes(
    lane_no: int, y: float, groups: list[Vague], scale: TimeScale, m: LayoutMetrics
) -> list[ClusterBox]:
    """Bands for vague groups; a click zooms out until their interval is a fifth of the view."""
    out = []
    for g in groups:
        top = y + m.lane_padding + g.row * m.row_height + 3
        box = Box(
            max(scale.x_for(g.lo), scale.x0),
            top,
            min(scale.x_for(g.hi), scale.x1),
            top + m.row_height - 6,
        )
        centre, half = (g.lo + g.hi) / 2, (g.hi - g.lo) * 2.5
        if g.precision < 0:
            label = f"{g.count} periods running through this view"
        else:
            label = f"{g.count} events dated only to {_period_text(g.lo, g.precision)}"
        out.append(
            ClusterBox(
                lane_no,
                box,
                g.count,
                centre - half,
                centre + half,
                -1,
                1.0,
                label,
                period=g.lo,
                precision=g.precision,
            )
        )
    return out


def _period_text(day: float, precision: int) -> str:
    year, month, _ = civil_of(int(day // 1))
    if precision == Precision.YEAR:
        return PartialDate(year).format("en")
    return PartialDate(year, month).format("en")


def clusters(
    lanes: list[tuple[int, float, IntArray]],
    geo: EventGeometry,
    scale: TimeScale,
    m: LayoutMetrics,
) -> list[ClusterRun]:
    """Bin each cluster lane's visible events by where they may begin (their earliest day)
    into columns ``cluster_px`` wide, aligned to time so bins do not jump while panning; bar
    heights share one square-root scale."""
    bin_days = m.cluster_px * scale.days_per_pixel
    per_lane = []
    for lane_no, y, members in lanes:
        if not len(members):
            continue
        # members are sorted by lo, so bins come out sorted; what began before the view is
        # counted at its left edge
        los_all = np.maximum(geo.lo[members], scale.start)
        places = los_all / bin_days  # bin n holds the places from n up to n + 1
        starts = _bin_starts(places)
        counts = np.diff(np.concatenate((starts, [len(places)])))
        his = np.maximum.reduceat(geo.hi[members], starts)
        cats = _dominant_categories(geo.category[members], starts, counts)
        keys = np.floor(places[starts]).astype(np.int64)
        per_lane.append((lane_no, y, keys, counts, los_all[starts], his, cats))
    if not per_lane:
        return []
    top_count = max(int(counts.max()) for _, _, _, counts, _, _, _ in per_lane)
    height = m.cluster_rows * m.row_height
    return [
        ClusterRun(
            lane_no,
            y + m.lane_padding,
            y + m.lane_padding + height,
            scale.xs_for((keys * bin_days).astype(np.float64)),
            m.cluster_px,
            counts,
            los,
            his,
            cats,
            np.sqrt(counts / top_count),
        )
        for lane_no, y, keys, counts, los, his, cats in per_lane
    ]


def lone_events(
    run: ClusterRun, members: IntArray, geo: EventGeometry, scale: TimeScale, m: LayoutMetrics
) -> tuple[ClusterRun, list[ItemBox]]:
    """``run`` without the bins that hold one event drawn between the bars either side, and
    those events as markers of their own, as a lane of events draws them (without a label),
    on the row where the bars stand: a bar counted "1" said less than the event's own marker
    does. A lone period longer than the room between the bars stays a counted bar: drawn
    whole, it would cover its neighbours' bars."""
    lone = np.flatnonzero(run.count == 1)
    if not len(lone):
        return run, []
    firsts = (np.cumsum(run.count) - run.count)[lone]  # each bin's first of the members
    events = members[firsts]
    mk0, mk1, ext0, ext1 = marker_shapes(events, geo, scale, m)
    # between the bars of the bins either side (each inset a pixel in its column): a moment's
    # dot by its centre (it may touch a bar's edge, as its date band may), a period whole
    left = np.concatenate(([-np.inf], run.x0[:-1] + run.width - 1.0))[lone]
    right = np.concatenate((run.x0[1:] + 1.0, [np.inf]))[lone]
    ranged = geo.is_range[events]
    centre = (mk0 + mk1) / 2
    fits = np.where(ranged, (ext0 >= left) & (ext1 <= right), (centre > left) & (centre < right))
    if not fits.any():
        return run, []
    row = m.cluster_rows - 1
    cy = run.y0 + (row + 0.5) * m.row_height
    half = np.where(ranged, m.bar_height / 2.0, m.marker_radius)
    items = [
        ItemBox(index, run.lane, row, cy, Box(x0, cy - h, x1, cy + h), (e0, e1), None, True)
        for index, x0, x1, e0, e1, h in zip(
            events[fits].tolist(),
            mk0[fits].tolist(),
            mk1[fits].tolist(),
            ext0[fits].tolist(),
            ext1[fits].tolist(),
            half[fits].tolist(),
            strict=True,
        )
    ]
    kept = np.ones(len(run), dtype=bool)
    kept[lone[fits]] = False
    rest = ClusterRun(
        run.lane,
        run.y0,
        run.y1,
        run.x0[kept],
        run.width,
        run.count[kept],
        run.start[kept],
        run.end[kept],
        run.category[kept],
        run.level[kept],
    )
    return rest, items


def _bin_starts(places: FloatArray) -> IntArray:
    """Where each bin begins in sorted ``places`` (bin n holds the places ``p`` with
    ``floor(p) == n``): a bisection per bin boundary when the bins are fewer than the
    places, as on screen they are (a few hundred bins, up to a million events)."""
    first, last = math.floor(places[0]), math.floor(places[-1])
    if last - first >= len(places):
        return np.concatenate(([0], np.flatnonzero(np.diff(np.floor(places))) + 1))
    # floor(p) >= n exactly when p >= n, for a whole number n
    cuts = np.searchsorted(places, np.arange(first + 1, last + 1, dtype=np.float64))
    return np.concatenate(([0], cuts[np.flatnonzero(np.diff(cuts, prepend=0))])).astype(np.int64)


def _dominant_categories(cats: NDArray[np.int32], starts: IntArray, counts: IntArray) -> IntArray:
    """Most common category per bin (bins are consecutive slices of ``cats``), vectorised."""
    if cats.min() == cats.max():  # category lanes: one colour, no counting
        return np.full(len(starts), int(cats[0]), dtype=np.int64)
    width = int(cats.max()) + 1
    bin_of = np.repeat(np.arange(len(starts)), counts)
    table = np.bincount(bin_of * width + cats, minlength=len(starts) * width)
    dominant: IntArray = table.reshape(len(starts), width).argmax(axis=1).astype(np.int64)
    return dominant


def density(geo: EventGeometry, start: float, end: float, bins: int) -> NDArray[np.int64]:
    """Events per bin of ``[start, end)`` by anchor, for the overview strip and histograms."""
    if bins <= 0 or not end > start:
        return np.zeros(max(bins, 0), dtype=np.int64)
    counts, _ = np.histogram(geo.anchor, bins=bins, range=(start, end))
    return counts.astype(np.int64)
