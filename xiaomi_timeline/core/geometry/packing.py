"""Row packing and label placement for one lane's events: first-fit rows by priority, whole
labels where there is room, elided ones where not, and a vectorised proof of "cannot fit"
that sends hopeless lanes to clusters before any packing is tried."""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from xiaomi_timeline.core.geometry.frame import LayoutMetrics
from xiaomi_timeline.core.geometry.lanes import EventGeometry
from xiaomi_timeline.core.geometry.timescale import TimeScale

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
LabelWidth = Callable[[int], float]
LabelWidths = Callable[[list[int]], list[float]]
"""Widths of many labels at once (measuring new titles in a batch is cheaper)."""
LabelWrap = Callable[[int, float], float]
"""The width of the wider line when an event's title is broken into two lines no wider
than the given width, or 0 when it cannot be."""
LabelWraps = Callable[[list[int]], list[float]]
"""The narrowest two lines of many titles at once, 0 for a title that cannot be broken: the
width :data:`LabelWrap` gives for any width from that one up (breaking new titles in a batch
is cheaper)."""
WRAP_SLACK = 0.01
"""Two lines this much wider than the room still fit it (rounding of measured widths)."""
LabelPlace = tuple[float, float, int]
"""A label's x, width and number of lines."""


@dataclass
class Placed:
    index: int
    row: int
    marker: tuple[float, float]
    extent: tuple[float, float]
    label_x: float
    label_w: float
    full_w: float
    lines: int = 1
    """2 when the whole title is drawn on two lines (the second in the row below)."""


class Row:
    """Occupied x intervals of one row, kept sorted (they never overlap)."""

    def __init__(self) -> None:
        self.starts: list[float] = []
        self.ends: list[float] = []
        self.last_end = -math.inf
        """The largest end so far: anything starting after it is free without a search."""

    def add(self, a: float, b: float) -> None:
        j = bisect.bisect_left(self.starts, a)
        self.starts.insert(j, a)
        self.ends.insert(j, b)
        self.last_end = max(self.last_end, b)

    def next_start(self, x: float) -> float:
        j = bisect.bisect_right(self.starts, x)
        return self.starts[j] if j < len(self.starts) else math.inf


SMALL_LANE = 16
"""Lanes of at most this many events in view are shaped in plain Python (see
:func:`_shape_lists`)."""
DATE_ORDER_MAX = 40
"""Lanes of at most this many events in view are packed in date order when every event still
gets its best label that way (see :func:`pack_lane`)."""

_STATUS_RANK = np.array([0, 2, 1], dtype=np.int64)
"""Placement priority by status code: confirmed, then disputed, then reported."""


def _priority(members: IntArray, geo: EventGeometry, selected: int | None) -> list[int]:
    """Positions into ``members`` in placement order: the selection (if given), then ranges,
    then confirmed / disputed / reported, each in date order. Earlier ones get the first rows and
    whole labels. A few members are sorted in plain Python (the same order)."""
    if len(members) <= SMALL_LANE:
        ids, chosen = members.tolist(), -1 if selected is None else selected
        status, ranged, rank = geo.status.item, geo.is_range.item, _STATUS_RANK.item
        return sorted(
            range(len(ids)),
            key=lambda k: (ids[k] != chosen, not ranged(ids[k]), rank(status(ids[k])), k),
        )
    keys = (
        np.arange(len(members)),
        _STATUS_RANK[geo.status[members]],
        ~geo.is_range[members],
        members != (-1 if selected is None else selected),
    )
    order: list[int] = np.lexsort(keys).tolist()
    return order


def pack_lane(
    members: IntArray,
    geo: EventGeometry,
    scale: TimeScale,
    label_width: LabelWidth,
    m: LayoutMetrics,
    selected: int | None,
    memo: PackMemo | None = None,
    label_widths: LabelWidths | None = None,
    label_wrap: LabelWrap | None = None,
    label_wraps: LabelWraps | None = None,
) -> tuple[int, list[Placed]] | None:
    """Rows used and the placed events of a lane, or None when they cannot fit in
    ``max_rows``.

    Each event gets its whole label if some row has room, else a short one that grows into
    the free space after it and is elided; if that order runs out of rows, every label is
    reserved short. A cheap vectorised bound rejects hopeless lanes before any packing.

    ``memo`` (updated) holds the lane's last packing: when the view has only moved sideways
    (same zoom, same events) and every label would choose the same place, packing is a pure
    translation of it, so panning does not pack again.

    A lane too dense to pack is known before any title is broken onto two lines, and the
    titles that may need two lines are broken in one batch (``label_wraps``, if given)."""
    ids = members.tolist()
    widths = label_widths(ids) if label_widths else [label_width(i) for i in ids]
    if len(ids) <= SMALL_LANE:
        mk0, mk1, ext0, ext1 = _shape_lists(ids, geo, scale, m)
        if not _surely_sparse((mk0, mk1, ext0, ext1), widths, scale, m):
            arrays = [np.asarray(a, np.float64) for a in (mk0, mk1, ext0, ext1, widths)]
            if _too_dense((arrays[0], arrays[1], arrays[2], arrays[3]), arrays[4], scale, m):
                return None
        chosen = [ids[k] for k, w in enumerate(widths) if _wrap_tried(mk0[k], mk1[k], w, scale, m)]
        wraps = {}
        if label_wrap and label_wraps and chosen:
            wraps = dict(zip(chosen, label_wraps(chosen), strict=True))
    else:
        shapes = marker_shapes(members, geo, scale, m)
        if _too_dense(shapes, np.asarray(widths, dtype=np.float64), scale, m):
            return None
        wraps = _wrap_candidates(shapes, widths, ids, scale, m, label_wraps) if label_wrap else {}
        mk0, mk1, ext0, ext1 = (a.tolist() for a in shapes)
    # With label_wraps, ``wraps`` holds every event _best_label would try to break: the
    # others need no way to, and none is made for them.
    lazy = label_wrap is not None and label_wraps is None
    best = [
        _best_label(
            (a, b),
            (e0, e1),
            w,
            scale,
            m,
            _wrap_of(label_wrap, i, wraps) if lazy or i in wraps else None,
        )
        for a, b, e0, e1, w, i in zip(mk0, mk1, ext0, ext1, widths, ids, strict=True)
    ]
    one_line = best  # the best labels kept to one line, where two do not fit in the rows
    if (lazy or wraps) and any(place[2] == 2 for place in best):
        one_line = [
            _best_label((mk0[k], mk1[k]), (ext0[k], ext1[k]), widths[k], scale, m)
            if place[2] == 2
            else place
            for k, place in enumerate(best)
        ]
    tiers = [best] if one_line is best else [best, one_line]
    key = (scale.days_per_pixel, scale.width, scale.x0, selected, m.max_rows)
    if memo is not None and (moved := memo.translated(key, members, scale, best)) is not None:
        moved_rows, moved_placed = moved
        _grow_labels(moved_placed, moved_rows, m, scale.x1)
        return max(1, len(moved_rows)), moved_placed

    def pack(first: int | None) -> tuple[list[Row], list[Placed]] | None:
        order = _priority(members, geo, first)
        for choices in ((*tiers, None), (None,)):
            packed = _pack_in_order(order, ids, (mk0, mk1, ext0, ext1), widths, choices, m)
            if packed is not None:
                return packed
        return None

    # A small lane reads top to bottom in date order when every event still gets its best
    # label (see _best_label) that way; a crowded one gives the first rows to ranges and
    # confirmed events, and short labels where needed.
    packed = None
    for tier in tiers if len(ids) <= DATE_ORDER_MAX else ():
        packed = _pack_in_order(
            list(range(len(ids))), ids, (mk0, mk1, ext0, ext1), widths, (tier,), m
        )
        if packed is not None:
            break
    # The selection goes first only where it would otherwise lose its whole label: putting
    # it first everywhere reshuffled a lane's rows on every click.
    packed = packed or pack(None)
    if selected is not None and not _whole_label(packed, selected):
        packed = pack(selected) or packed
    if packed is None:
        return None
    rows, placed = packed
    if memo is not None:
        memo.keep(key, members, scale, best, rows, placed)
    _grow_labels(placed, rows, m, scale.x1)
    return max(1, len(rows)), placed


def _shape_lists(
    ids: list[int], geo: EventGeometry, scale: TimeScale, m: LayoutMetrics
) -> tuple[list[float], list[float], list[float], list[float]]:
    """:func:`_shapes` of a few events, in plain Python: the same float operations in the
    same order, so the same values, without numpy's fixed cost per call (most of the work
    for the handful of events a person's lane shows)."""
    x0, start, per_day, r = scale.x0, scale.start, scale.width / scale.span, m.marker_radius
    lo, hi, anchor, is_range = geo.lo.item, geo.hi.item, geo.anchor.item, geo.is_range.item
    mk0, mk1, ext0, ext1 = [], [], [], []
    for i in ids:
        lo_x = x0 + (lo(i) - start) * per_day
        hi_x = x0 + (hi(i) - start) * per_day
        if is_range(i):
            bar_end = max(hi_x, lo_x + 3.0)
            mk0.append(lo_x)
            mk1.append(bar_end)
            ext0.append(lo_x)
            ext1.append(bar_end)
        else:
            ax = x0 + (anchor(i) - start) * per_day
            mk0.append(ax - r)
            mk1.append(ax + r)
            ext0.append(min(lo_x, ax - r))
            ext1.append(max(hi_x, ax + r))
    return mk0, mk1, ext0, ext1


def _surely_sparse(
    shapes: tuple[list[float], list[float], list[float], list[float]],
    widths: list[float],
    scale: TimeScale,
    m: LayoutMetrics,
) -> bool:
    """True when :func:`_too_dense` is sure to be False without running it: fewer events
    than rows (so the overlap is shallower than the rows) and each minimal interval no
    wider than the bound's share of the view (so their sum is within it)."""
    mk0, mk1, ext0, ext1 = shapes
    if len(mk0) >= m.max_rows:
        return False
    bound = scale.width * 1.1
    gap, spacing, shortest = m.label_gap, m.spacing, m.min_label_px
    for a0, a1, e0, e1, w in zip(mk0, mk1, ext0, ext1, widths, strict=True):
        end = max(a1, e1, a1 + gap + min(w, shortest)) + spacing
        if end - min(a0, e0) > bound:
            return False
    return True


def _wrap_tried(a0: float, a1: float, full: float, scale: TimeScale, m: LayoutMetrics) -> bool:
    """Whether :func:`_best_label` may break this label onto two lines (one event of
    :func:`_wrap_candidates`)."""
    x0, x1 = scale.x0, scale.x1
    room_right = x1 - max(a1 + m.label_gap, x0)
    room_left = min(a0 - m.label_gap, x1) - x0
    return full > room_right and full > room_left and max(room_left, room_right) * 2 >= full


def _wrap_candidates(
    shapes: tuple[FloatArray, FloatArray, FloatArray, FloatArray],
    widths: list[float],
    ids: list[int],
    scale: TimeScale,
    m: LayoutMetrics,
    label_wraps: LabelWraps | None,
) -> dict[int, float]:
    """The narrowest two lines of the events whose label fits on neither side of its
    marker but might on two lines (those :func:`_best_label` tries to break), by event."""
    if label_wraps is None:
        return {}
    mk0, mk1 = shapes[0], shapes[1]
    full = np.asarray(widths, dtype=np.float64)
    room_right = scale.x1 - np.maximum(mk1 + m.label_gap, scale.x0)
    room_left = np.minimum(mk0 - m.label_gap, scale.x1) - scale.x0
    tried = (full > room_right) & (full > room_left)
    tried &= np.maximum(room_left, room_right) * 2 >= full
    chosen = [ids[k] for k in np.flatnonzero(tried).tolist()]
    return dict(zip(chosen, label_wraps(chosen), strict=True)) if chosen else {}


def _wrap_of(
    label_wrap: LabelWrap | None, index: int, narrowest: dict[int, float]
) -> Callable[[float], float] | None:
    if label_wrap is None:
        return None
    known = narrowest.get(index)
    if known is not None:
        return lambda width: known if 0.0 < known <= width + WRAP_SLACK else 0.0
    return lambda width: label_wrap(index, width)


def _whole_label(packed: tuple[list[Row], list[Placed]] | None, event: int) -> bool:
    """True unless ``event`` is among the placed and got less than its whole label."""
    if packed is None:
        return False
    return all(p.label_w >= p.full_w or p.lines == 2 for p in packed[1] if p.index == event)


def _pack_in_order(
    order: list[int],
    ids: list[int],
    shapes: tuple[list[float], list[float], list[float], list[float]],
    widths: list[float],
    choices: tuple[list[LabelPlace] | None, ...],
    m: LayoutMetrics,
) -> tuple[list[Row], list[Placed]] | None:
    """Put each event, in ``order``, in the first row with room for it and its label: the
    label each of ``choices`` gives it in turn (see :func:`_best_label`; None: a short
    one). None when
    one does not fit in ``max_rows``. This loop runs events x rows times a frame, so
    :func:`first_fit` and :meth:`Row.add` are inlined (half the cost). A two-line label
    also needs its width free in the next row (see :func:`_fit_two_lines`).

    A row's intervals never overlap, and with ``spacing`` each is longer than nothing, so
    sorted by start their ends are sorted too: the last one ends at the row's ``last_end``.
    An interval reaching past a row's last start is then free there only after
    ``last_end``; one that starts before every row's ``last_end`` and reaches past every
    row's last start (most events of a crowded lane, which end up in a row of their own) is
    free in none, which is known without looking at each row."""
    mk0, mk1, ext0, ext1 = shapes
    gap, spacing, limit, shortest = m.label_gap, m.spacing, m.max_rows, m.min_label_px
    shelf: _Shelf = ([], [], [], [])  # per row, as parallel lists: no attribute lookups
    row_starts, row_ends, last_ends, last_starts = shelf
    lowest_end, latest_start = math.inf, -math.inf  # least of last_ends, greatest of starts
    sure = spacing > 0  # the shortcuts above hold
    placed: list[Placed] = []
    for k in order:
        a0, a1, e0, e1 = mk0[k], mk1[k], ext0[k], ext1[k]
        left = a0 if a0 <= e0 else e0
        right = a1 if a1 >= e1 else e1
        full_w = widths[k]
        for choice in choices:
            label_x, reserve_w, lines = (
                choice[k]
                if choice is not None
                else (a1 + gap, full_w if full_w <= shortest else shortest, 1)
            )
            a = (left if left <= label_x else label_x) - (spacing if label_x < a0 else 0.0)
            b = label_x + reserve_w
            b = (right if right > b else b) + spacing
            found = -1
            if lines == 2:
                found, bounds = _two_lines_on(
                    shelf, (a, b), (label_x - spacing, label_x + reserve_w + spacing), limit
                )
                lowest_end, latest_start = bounds or (lowest_end, latest_start)
            elif a >= lowest_end or b <= latest_start or not sure:
                for n, last_end in enumerate(last_ends):  # first_fit
                    if a >= last_end:  # after everything in the row: append
                        row_starts[n].append(a)
                        row_ends[n].append(b)
                        last_ends[n], last_starts[n] = b, a
                        if last_end == lowest_end:
                            lowest_end = min(last_ends)
                        latest_start = max(latest_start, a)
                        found = n
                        break
                    if b > last_starts[n] and sure:  # overlaps the row's last interval
                        continue
                    starts = row_starts[n]
                    j = bisect.bisect_left(starts, b) - 1
                    if j < 0 or row_ends[n][j] <= a:  # Row.add, before the row's last start
                        j = bisect.bisect_left(starts, a)
                        starts.insert(j, a)
                        row_ends[n].insert(j, b)
                        found = n
                        break
            if found < 0 and lines == 1 and len(last_ends) < limit:  # a new row
                found = len(last_ends)
                row_starts.append([a])
                row_ends.append([b])
                last_ends.append(b)
                last_starts.append(a)
                lowest_end, latest_start = min(lowest_end, b), max(latest_start, a)
            if found >= 0:
                placed.append(
                    Placed(ids[k], found, (a0, a1), (e0, e1), label_x, reserve_w, full_w, lines)
                )
                break
        else:
            return None
    return _rows_of(shelf), placed


_Shelf = tuple[list[list[float]], list[list[float]], list[float], list[float]]
"""Rows being packed, as parallel lists: each row's starts, ends, largest end, last start."""


def _two_lines_on(
    shelf: _Shelf, first: tuple[float, float], second: tuple[float, float], limit: int
) -> tuple[int, tuple[float, float] | None]:
    """:func:`_fit_two_lines` on a shelf: the row found (-1 if none) and, if one was, the
    shelf's least last end and greatest last start after taking both."""
    row_starts, row_ends, last_ends, last_starts = shelf
    found = _fit_two_lines((row_starts, row_ends, last_ends), first, second, limit)
    if found < 0:
        return found, None
    last_starts[:] = [starts[-1] for starts in row_starts]
    return found, (min(last_ends), max(last_starts))


def _rows_of(shelf: _Shelf) -> list[Row]:
    rows = []
    for starts, ends, last_end in zip(shelf[0], shelf[1], shelf[2], strict=True):
        row = Row()
        row.starts, row.ends, row.last_end = starts, ends, last_end
        rows.append(row)
    return rows


def _fit_two_lines(
    rows: tuple[list[list[float]], list[list[float]], list[float]],
    first: tuple[float, float],
    second: tuple[float, float],
    limit: int,
) -> int:
    """The first row ``n`` where ``first`` is free and ``second`` is free in row ``n + 1``
    (rows are added up to ``limit``); both are then taken. -1 when there is none."""
    starts, ends, last_ends = rows

    def free(n: int, interval: tuple[float, float]) -> bool:
        if n >= len(starts):
            return n < limit
        a, b = interval
        j = bisect.bisect_left(starts[n], b) - 1
        return j < 0 or ends[n][j] <= a

    for n in range(min(len(starts), limit - 1) + 1):
        if free(n, first) and free(n + 1, second):
            for row, (a, b) in ((n, first), (n + 1, second)):
                if row == len(starts):
                    starts.append([])
                    ends.append([])
                    last_ends.append(-math.inf)
                j = bisect.bisect_left(starts[row], a)
                starts[row].insert(j, a)
                ends[row].insert(j, b)
                last_ends[row] = max(last_ends[row], b)
            return n
    return -1


class PackMemo:
    """One lane's last successful packing before labels grew, in pixels of its view."""

    def __init__(self) -> None:
        self.key: tuple[object, ...] = ()
        self.members: IntArray = np.empty(0, np.int64)
        self.start = 0.0
        self.best: list[LabelPlace] = []
        self.rows: list[tuple[list[float], list[float]]] = []
        self.placed: list[Placed] = []
        self.label_widths: list[float] = []

    def keep(
        self,
        key: tuple[object, ...],
        members: IntArray,
        scale: TimeScale,
        best: list[LabelPlace],
        rows: list[Row],
        placed: list[Placed],
    ) -> None:
        """Remember a packing. Rows are not changed after packing, so they are kept as they
        are; placements are, by :func:`_grow_labels`, so their label widths are noted now."""
        self.key, self.members, self.start, self.best = key, members, scale.start, best
        self.rows = [(r.starts, r.ends) for r in rows]
        self.placed = placed
        self.label_widths = [p.label_w for p in placed]

    def translated(
        self,
        key: tuple[object, ...],
        members: IntArray,
        scale: TimeScale,
        best: list[LabelPlace],
    ) -> tuple[list[Row], list[Placed]] | None:
        """Rows and placements moved to ``scale``, or None unless packing afresh would give
        exactly that: same zoom, events and selection, and every event's best label (the
        only choice that depends on the view's edges) in the same place relative to it."""
        if key != self.key or not np.array_equal(members, self.members):
            return None
        dx = (self.start - scale.start) * scale.pixels_per_day
        for (x, w, lines), (old_x, old_w, old_lines) in zip(best, self.best, strict=True):
            if abs(x - old_x - dx) > 1e-6 or abs(w - old_w) > 1e-6 or lines != old_lines:
                return None
        rows = []
        for starts, ends in self.rows:
            row = Row()
            row.starts = [a + dx for a in starts]
            row.ends = [b + dx for b in ends]
            row.last_end = max(row.ends, default=-math.inf)
            rows.append(row)
        placed = [
            Placed(
                p.index,
                p.row,
                (p.marker[0] + dx, p.marker[1] + dx),
                (p.extent[0] + dx, p.extent[1] + dx),
                p.label_x + dx,
                label_w,
                p.full_w,
                p.lines,
            )
            for p, label_w in zip(self.placed, self.label_widths, strict=True)
        ]
        return rows, placed


def marker_shapes(
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


def _too_dense(
    shapes: tuple[FloatArray, FloatArray, FloatArray, FloatArray],
    widths: FloatArray,
    scale: TimeScale,
    m: LayoutMetrics,
) -> bool:
    """True when the lane needs more than ``max_rows`` even with every label cut to its
    shortest: the deepest overlap of those minimal intervals is the number of rows an
    interval packing needs. Checked with two sorts instead of a failed packing."""
    mk0, mk1, ext0, ext1 = shapes
    if not len(mk0):
        return False
    starts = np.minimum(mk0, ext0)
    label_end = mk1 + m.label_gap + np.minimum(widths, m.min_label_px)
    ends = np.maximum(np.maximum(mk1, ext1), label_end) + m.spacing
    if float(np.sum(ends - starts)) > m.max_rows * (
        scale.width * 1.1 + float(ends.max() - ends.min())
    ):
        return True
    starts, ends = np.sort(starts), np.sort(ends)
    depth = np.arange(1, len(starts) + 1) - np.searchsorted(ends, starts, side="right")
    return int(depth.max()) > m.max_rows


def _best_label(
    mk: tuple[float, float],
    ext: tuple[float, float],
    full_w: float,
    scale: TimeScale,
    m: LayoutMetrics,
    wrap: Callable[[float], float] | None = None,
) -> LabelPlace:
    """x, width and lines of the label that shows most of the title inside the view: whole,
    right of the marker, else left of it; if it fits on neither side of the view, whole on
    two lines on the roomier side where it can (``wrap`` says how wide the two lines are);
    else on the roomier side, elided (a bar running off the view carries it inside).

    A moment known only to the month or year first tries beside its whole band: a label
    over the band hides how uncertain the date is, which is what readers check."""
    if ext[1] - ext[0] > mk[1] - mk[0] + 1.0:
        beside = max(ext[1] + m.label_gap, scale.x0)
        if full_w <= scale.x1 - beside:
            return beside, full_w, 1
        before = min(ext[0] - m.label_gap, scale.x1)
        if full_w <= before - scale.x0:
            return before - full_w, full_w, 1
    right_x = max(mk[1] + m.label_gap, scale.x0)  # a marker beyond either edge: its label
    room_right = scale.x1 - right_x  # starts (or ends) in view, never cut there
    left_end = min(mk[0] - m.label_gap, scale.x1)
    room_left = left_end - scale.x0
    if full_w <= room_right:
        return right_x, full_w, 1
    if full_w <= room_left:
        return left_end - full_w, full_w, 1
    if wrap is not None and max(room_left, room_right) * 2 >= full_w:
        two_lines = _two_lines(mk, ext, scale, m, wrap)
        if two_lines is not None:
            return two_lines
    inside = min(mk[1], scale.x1) - max(mk[0], scale.x0) - 2 * m.label_gap
    if mk[1] - mk[0] > 2 * m.marker_radius + 1 and inside >= min(full_w, m.min_label_px):
        return max(mk[0], scale.x0) + m.label_gap, min(full_w, inside), 1  # inside its bar
    if room_left > room_right and room_left >= m.min_label_px:
        return scale.x0, room_left, 1
    return right_x, min(full_w, max(room_right, m.min_label_px)), 1


def _two_lines(
    mk: tuple[float, float],
    ext: tuple[float, float],
    scale: TimeScale,
    m: LayoutMetrics,
    wrap: Callable[[float], float],
) -> LabelPlace | None:
    """The title whole on two lines: beside the uncertainty band if it fits there, else
    beside the marker; on the roomier side first."""
    sides = []
    for x0, x1 in ((ext[0], ext[1]), mk) if ext != mk else (mk,):
        right_x = max(x1 + m.label_gap, scale.x0)
        left_end = min(x0 - m.label_gap, scale.x1)
        pair = ((right_x, scale.x1 - right_x, False), (left_end, left_end - scale.x0, True))
        sides += sorted(pair, key=lambda side: -side[1])
    for x, room, on_left in sides:
        wrapped = wrap(room) if room >= m.min_label_px else 0.0
        if wrapped > 0:
            return (x - wrapped if on_left else x), wrapped, 2
    return None


def _grow_labels(placed: list[Placed], rows: list[Row], m: LayoutMetrics, x1: float) -> None:
    """Widen short labels into the free space before the next interval in their row (and
    before the right edge of the view)."""
    for item in placed:
        if item.label_w < item.full_w and item.label_x > item.marker[1] and item.lines == 1:
            limit = min(rows[item.row].next_start(item.label_x) - m.spacing, x1)
            item.label_w = max(item.label_w, min(item.full_w, limit - item.label_x))


def first_fit(rows: list[Row], interval: tuple[float, float], limit: int) -> int | None:
    """The first row where ``interval`` is free (a new one if allowed), else None. The test
    is inlined: this loop runs rows x events times a frame."""
    a, b = interval
    bisect_left = bisect.bisect_left
    for n, row in enumerate(rows):
        if a >= row.last_end:
            return n
        j = bisect_left(row.starts, b) - 1
        if j < 0 or row.ends[j] <= a:
            return n
    if len(rows) < limit:
        rows.append(Row())
        return len(rows) - 1
    return None
