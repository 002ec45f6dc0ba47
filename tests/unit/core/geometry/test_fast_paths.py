"""The frame's shortcuts give what the plain computations give, on thousands of events.

Culling reads only the members that begin before the window, counted clusters find their
bins by bisection, lanes whose events are all short skip the vague-date split, a
geometry taken from another reads its ids only when asked, and rows are packed without
looking at every row for every event: each is checked against the straightforward
computation over many random windows or lanes.
"""

from __future__ import annotations

import bisect
import math

import numpy as np
import pytest

from xiaomi_timeline.core.geometry import packing
from xiaomi_timeline.core.geometry.frame import LayoutMetrics
from xiaomi_timeline.core.geometry.layout import EventGeometry, make_lane, visible_members
from xiaomi_timeline.core.geometry.lod import clusters, split_vague_lanes
from xiaomi_timeline.core.geometry.timescale import TimeScale

EVENTS = 6000


def _geometry(seed: int) -> EventGeometry:
    """Moments, ranges and coarse dates over 30 years, some on exactly the same day."""
    rng = np.random.default_rng(seed)
    lo = np.sort(rng.integers(730000, 741000, EVENTS).astype(np.float64))
    length = np.where(rng.random(EVENTS) < 0.2, rng.integers(1, 2000, EVENTS), 0).astype(float)
    length[rng.random(EVENTS) < 0.1] = 364.0  # known only to a year
    ids = np.empty(EVENTS, dtype=object)
    ids[:] = [f"e{i}" for i in range(EVENTS)]
    return EventGeometry(
        id_source=ids,
        lo=lo,
        hi=lo + length,
        anchor=lo + length / 2,
        start_hi=lo + length / 2,
        end_lo=lo + length / 2,
        is_range=length > 0,
        precision=np.where(length == 364.0, 1, 3).astype(np.int8),
        status=np.zeros(EVENTS, dtype=np.int8),
        category=rng.integers(0, 4, EVENTS).astype(np.int32),
        categories=("a", "b", "c", "d"),
    )


def _windows(seed: int) -> list[tuple[float, float]]:
    rng = np.random.default_rng(seed)
    windows = [(729000.0, 742000.0), (735000.0, 735000.5)]
    for _ in range(40):
        start = float(rng.integers(729500, 741500)) + rng.choice((0.0, 0.5))
        windows.append((start, start + float(rng.choice((1, 30, 400, 4000, 12000)))))
    return windows


def _plain_visible(geo: EventGeometry, members: np.ndarray, start: float, end: float) -> list[int]:
    return [int(i) for i in members if geo.lo[i] < end and geo.hi[i] > start]


def test_culling_finds_every_event_in_the_window() -> None:
    geo = _geometry(1)
    lane = make_lane("all", "All", "", np.arange(EVENTS, dtype=np.int64), geo)
    for start, end in _windows(2):
        got = visible_members(lane, geo, start, end).tolist()
        assert got == _plain_visible(geo, lane.members, start, end)  # still by left edge


def _plain_clusters(members: np.ndarray, geo: EventGeometry, scale: TimeScale, bin_days: float):  # type: ignore[no-untyped-def]
    los = np.maximum(geo.lo[members], scale.start)
    bins = np.floor(los / bin_days).astype(np.int64)
    starts = np.concatenate(([0], np.flatnonzero(np.diff(bins)) + 1))
    counts = np.diff(np.concatenate((starts, [len(bins)])))
    return bins[starts], counts, los[starts], np.maximum.reduceat(geo.hi[members], starts)


@pytest.mark.parametrize("width", [1000.0, 333.0])
def test_cluster_bins_are_those_of_a_plain_count(width: float) -> None:
    geo = _geometry(3)
    m = LayoutMetrics()
    lanes = [
        make_lane(k, k, "", np.flatnonzero(geo.category == n).astype(np.int64), geo)
        for n, k in enumerate(geo.categories)
    ]
    for start, end in _windows(4):
        scale = TimeScale(start, end, x0=170.0, width=width)
        visible = [(n, 0.0, visible_members(lane, geo, start, end)) for n, lane in enumerate(lanes)]
        runs = clusters([v for v in visible if len(v[2])], geo, scale, m)
        bin_days = m.cluster_px * scale.days_per_pixel
        for run, (_, _, members) in zip(runs, [v for v in visible if len(v[2])], strict=True):
            keys, counts, los, his = _plain_clusters(members, geo, scale, bin_days)
            assert run.count.tolist() == counts.tolist()
            assert run.start.tolist() == los.tolist()
            assert run.end.tolist() == his.tolist()
            assert run.x0.tolist() == scale.xs_for(keys * bin_days).tolist()


def test_places_on_bin_boundaries_start_their_bin() -> None:
    """Events beginning exactly where a bin begins are counted in it, not the one before."""
    geo = _geometry(5)
    m = LayoutMetrics()
    scale = TimeScale(735000.0, 735000.0 + 1000.0 * m.cluster_px / 10, x0=0.0, width=1000.0)
    bin_days = m.cluster_px * scale.days_per_pixel  # 0.1 day per pixel: whole days are edges
    members = np.flatnonzero((geo.lo >= scale.start) & (geo.lo < scale.end)).astype(np.int64)
    (run,) = clusters([(0, 0.0, members)], geo, scale, m)
    keys, counts, _, _ = _plain_clusters(members, geo, scale, bin_days)
    assert run.count.tolist() == counts.tolist() and len(counts) > 10
    assert run.x0.tolist() == scale.xs_for(keys * bin_days).tolist()


def test_lanes_of_short_events_skip_the_vague_split_with_the_same_result() -> None:
    geo = _geometry(6)
    lane = make_lane("all", "All", "", np.arange(EVENTS, dtype=np.int64), geo)
    for start, end in _windows(7):
        scale = TimeScale(start, end, x0=170.0, width=1000.0)
        members = [visible_members(lane, geo, start, end)]
        plain = split_vague_lanes(members, geo, scale)
        quick = split_vague_lanes(members, geo, scale, lane.max_extent)
        assert plain[0][0].tolist() == quick[0][0].tolist()
        assert plain[0][1:] == quick[0][1:]


def test_a_taken_geometry_has_the_ids_of_its_events() -> None:
    geo = _geometry(8)
    rng = np.random.default_rng(9)
    first = np.sort(rng.choice(EVENTS, 2000, replace=False)).astype(np.int64)
    second = np.sort(rng.choice(2000, 300, replace=False)).astype(np.int64)
    taken = geo.take(first).take(second)
    expected = geo.ids[first][second]
    assert taken.ids.tolist() == expected.tolist()
    assert [taken.event_id(i) for i in range(len(taken))] == expected.tolist()
    assert len(taken) == 300 and taken.lo.tolist() == geo.lo[first][second].tolist()


Packed = tuple[int, list[packing.Placed]] | None


def _pack_both_ways(
    members: np.ndarray,
    geo: EventGeometry,
    scale: TimeScale,
    selected: int | None,
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[Packed, Packed]:
    """A lane packed by the plain Python path for few events and by the numpy one."""
    m = LayoutMetrics(max_rows=6)

    def width(i: int) -> float:  # titles of many widths
        return 40.0 + (i * 37) % 260

    def wrap(i: int, room: float) -> float:  # a third can be broken onto two lines
        return 0.0 if i % 3 else min(room, width(i) * 0.6)

    args = (members, geo, scale, width, m, selected, None, None, wrap)
    quick = packing.pack_lane(*args)
    with monkeypatch.context() as patched:
        patched.setattr(packing, "SMALL_LANE", -1)
        plain = packing.pack_lane(*args)
    return quick, plain


def test_small_lanes_are_packed_as_the_numpy_path_packs_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Thousands of lanes of up to a dozen events, in random windows, with and without a
    selection; and an odd lane: one period many views wide (too dense by the sum bound)."""
    geo = _geometry(10)
    rng = np.random.default_rng(11)
    packed = 0
    for start, end in _windows(12) * 60:
        scale = TimeScale(start, end, x0=170.0, width=1000.0)
        size = int(rng.integers(0, packing.SMALL_LANE + 1))
        near = np.flatnonzero((geo.hi > start) & (geo.lo < end))
        if not len(near):
            continue
        members = np.sort(rng.choice(near, min(size, len(near)), replace=False)).astype(np.int64)
        selected = int(members[0]) if len(members) and rng.random() < 0.3 else None
        quick, plain = _pack_both_ways(members, geo, scale, selected, monkeypatch)
        assert quick == plain
        packed += quick is not None
    assert packed > 1000
    longest = int(np.argmax(geo.hi - geo.lo))
    begins = float(geo.lo[longest])
    scale = TimeScale(begins + 1, begins + 40, x0=170.0, width=1000.0)
    odd = np.array([longest], np.int64)
    assert _pack_both_ways(odd, geo, scale, None, monkeypatch) == (None, None)


def _first_fit_plainly(
    order: list[int],
    shapes: tuple[list[float], list[float], list[float], list[float]],
    widths: list[float],
    choices: tuple[list[tuple[float, float, int]] | None, ...],
    m: LayoutMetrics,
) -> tuple[list[tuple[list[float], list[float]]], list[tuple[int, int, float, float, int]]] | None:
    """First fit as it reads: each event's interval goes in the first row where it starts
    after everything (then last in it) or overlaps nothing (a bisection per row), else in a
    new row while there may be more."""
    mk0, mk1, ext0, ext1 = shapes
    starts: list[list[float]] = []
    ends: list[list[float]] = []
    last_ends: list[float] = []
    placed = []
    for k in order:
        for choice in choices:
            short = (mk1[k] + m.label_gap, min(widths[k], m.min_label_px), 1)
            x, w, lines = choice[k] if choice is not None else short
            a = min(mk0[k], ext0[k], x) - (m.spacing if x < mk0[k] else 0.0)
            b = max(mk1[k], ext1[k], x + w) + m.spacing
            if lines == 2:
                second = (x - m.spacing, x + w + m.spacing)
                row = packing._fit_two_lines((starts, ends, last_ends), (a, b), second, m.max_rows)
            else:
                free = (n for n in range(len(starts)) if _free(starts[n], ends[n], a, b))
                row = next(free, len(starts) if len(starts) < m.max_rows else -1)
                if row == len(starts):
                    starts.append([])
                    ends.append([])
                    last_ends.append(-math.inf)
                if row >= 0:  # after everything in the row: last, even beside equal starts
                    j = (
                        len(starts[row])
                        if a >= last_ends[row]
                        else bisect.bisect_left(starts[row], a)
                    )
                    starts[row].insert(j, a)
                    ends[row].insert(j, b)
                    last_ends[row] = max(last_ends[row], b)
            if row >= 0:
                placed.append((k, row, x, w, lines))
                break
        else:
            return None
    return list(zip(starts, ends, strict=True)), placed


def _free(starts: list[float], ends: list[float], a: float, b: float) -> bool:
    if starts and a >= max(ends):
        return True
    j = bisect.bisect_left(starts, b) - 1
    return j < 0 or ends[j] <= a


@pytest.mark.parametrize("spacing", [LayoutMetrics().spacing, 0.0])  # 0: shortcuts off
def test_rows_are_packed_first_fit_as_it_reads(spacing: float) -> None:
    """Lanes of a few to thousands of events, in date or shuffled order, with whole, short
    and two-line labels: the packing's shortcuts (a row passed without a bisection, an event
    free in no row sent to a new one) put every event where plain first fit does. The odd
    lanes: events on a few days, many with labels of no width (lines that may only touch)."""
    rng = np.random.default_rng(20)
    packed = 0
    for trial in range(160):
        odd = trial % 4 == 0
        n = int(rng.choice((3, 40, 300, 1500)))
        x = rng.choice((600.0, 620.0, 640.0), n) if odd else rng.uniform(0, 1200, n)
        x.sort()
        mk0 = x.tolist()
        mk1 = (x + rng.choice((0.0, 10.0, 60.0), n)).tolist()
        ext0 = (x - rng.choice((0.0, 0.0, 30.0), n)).tolist()
        ext1 = (np.array(mk1) + rng.choice((0.0, 0.0, 30.0), n)).tolist()
        widths = rng.choice((0.0, 0.0, 30.0) if odd else (0.0, 30.0, 150.0), n).tolist()
        lines = rng.choice((1, 2) if odd else (1, 1, 1, 1, 2), n).tolist()
        places = rng.choice(3, n).tolist()  # right of the marker, left of it, or at it
        tier = [
            ((mk1[k] + 5, mk0[k] - widths[k] - 5, mk0[k])[place], widths[k], lines[k])
            for k, place in enumerate(places)
        ]
        choices = ((tier, None), (None,), (tier,))[trial % 3]
        order = rng.permutation(n).tolist() if trial % 2 else list(range(n))
        m = LayoutMetrics(spacing=spacing, max_rows=int(rng.choice((3, 14, 60, 400))))
        shapes = (mk0, mk1, ext0, ext1)
        quick = packing._pack_in_order(order, list(range(n)), shapes, widths, choices, m)
        plain = _first_fit_plainly(order, shapes, widths, choices, m)
        if plain is None:
            assert quick is None
            continue
        assert quick is not None
        rows, placed = quick
        assert [(row.starts, row.ends) for row in rows] == plain[0]
        assert [(p.index, p.row, p.label_x, p.label_w, p.lines) for p in placed] == plain[1]
        packed += 1
    assert packed > 50
