"""Event positions as numpy arrays, split into lanes by category, person or organization.

Built once per query result (not per frame): :class:`EventGeometry` holds one array per
attribute in date order, and each :class:`Lane` keeps its members sorted by left edge so a
frame can cull with ``searchsorted``. An event with two people is a member of both person
lanes. For a :class:`QueryResult` the arrays come from the index's columns and facets, so a
100k-event result is split without a Python loop over events.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
from numpy.typing import NDArray

from xiaomi_timeline.core.arrays import distinct
from xiaomi_timeline.core.dates import PartialDate
from xiaomi_timeline.core.query import QueryResult, TimelineIndex
from xiaomi_timeline.core.schema import Document, Event, text_in

STATUSES: tuple[str, ...] = ("confirmed", "reported", "disputed")
LANE_MODES: tuple[str, ...] = ("category", "person", "organization")
NO_LANE_KEY = ""
"""Key of the lane collecting events with no person / organization."""

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]


@dataclass(frozen=True, eq=False)
class EventGeometry:
    """Per-event positions in ordinal days, in date order (one entry per drawn event).

    ``lo``/``hi`` bound everything drawn for the event (uncertainty included); ``anchor`` is
    where a moment's marker sits (the middle of its uncertainty); ranges are solid between
    ``start_hi`` and ``end_lo`` and faded over the uncertain ends. The ids are
    ``id_source[id_positions]`` (or ``id_source`` itself): a subset made by :meth:`take`
    copies a million ids only when one is asked for.
    """

    id_source: NDArray[np.object_]
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
    id_positions: IntArray | None = None

    def __len__(self) -> int:
        return len(self.lo)

    @cached_property
    def ids(self) -> NDArray[np.object_]:
        """Each event's id."""
        if self.id_positions is None:
            return self.id_source
        return self.id_source[self.id_positions]

    @classmethod
    def from_events(cls, events: Sequence[Event], categories: Sequence[str] = ()) -> EventGeometry:
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
            codes[:, i] = (
                int(start.precision),
                STATUSES.index(event.status),
                cat_index[event.category],
            )
        return cls(
            id_source=_object_array([e.id for e in events]),
            lo=cols[0],
            hi=cols[1],
            anchor=cols[2],
            start_hi=cols[3],
            end_lo=cols[4],
            is_range=is_range,
            precision=codes[0].astype(np.int8),
            status=codes[1].astype(np.int8),
            category=codes[2],
            categories=tuple(cats),
        )

    @classmethod
    def from_index(cls, index: TimelineIndex) -> EventGeometry:
        """Arrays for every event of ``index`` in its date order, reusing its columns; cached
        per index, so each filter change only takes a subset."""
        cached = _INDEX_GEOMETRY.get(index)
        if cached is not None:
            return cached
        is_range = index.is_range & ~index.end_is_start  # "from X to X" is a moment
        end_lo = index.end_lo
        categories = list(index.category_keys)
        codes = index.category_code.astype(np.int32)
        if (codes < 0).any():
            codes = np.where(codes < 0, len(categories), codes).astype(np.int32)
            categories.append("?")
        geo = cls(
            id_source=index.event_ids,
            lo=index.start_lo,
            hi=np.where(is_range, index.end, index.start_hi),
            anchor=np.where(is_range, index.start_lo, (index.start_lo + index.start_hi) / 2.0),
            start_hi=index.start_hi,
            end_lo=np.where(is_range, end_lo, index.start_lo),
            is_range=is_range,
            precision=index.precision.astype(np.int8),
            status=index.status_code.astype(np.int8),
            category=codes,
            categories=tuple(categories),
        )
        _INDEX_GEOMETRY[index] = geo
        return geo

    def take(self, indices: IntArray) -> EventGeometry:
        """The sub-geometry of ``indices`` (e.g. a query result's positions)."""
        source = self.id_positions
        return EventGeometry(
            id_source=self.id_source,
            lo=self.lo[indices],
            hi=self.hi[indices],
            anchor=self.anchor[indices],
            start_hi=self.start_hi[indices],
            end_lo=self.end_lo[indices],
            is_range=self.is_range[indices],
            precision=self.precision[indices],
            status=self.status[indices],
            category=self.category[indices],
            categories=self.categories,
            id_positions=indices if source is None else source[indices],
        )

    def span(self) -> tuple[float, float] | None:
        """``(first lo, last hi)`` over all events, or None when empty."""
        return self._span

    @cached_property
    def _span(self) -> tuple[float, float] | None:
        if not len(self):
            return None
        return float(self.lo.min()), float(self.hi.max())

    def event_id(self, index: int) -> str:
        source = self.id_positions
        return str(self.id_source[index if source is None else source[index]])


_INDEX_GEOMETRY: weakref.WeakKeyDictionary[TimelineIndex, EventGeometry] = (
    weakref.WeakKeyDictionary()
)


def _object_array(values: list[str]) -> NDArray[np.object_]:
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


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
    _index_of: dict[str, int] = field(default_factory=dict, repr=False)
    _cache: dict[str, list[int]] = field(default_factory=dict, repr=False)

    def position_of(self, event_id: str) -> int | None:
        """Geometry index of an event id (the lookup table is built on first use)."""
        if not self._index_of and len(self.geometry):
            self._index_of.update(
                zip(self.geometry.ids.tolist(), range(len(self.geometry)), strict=True)
            )
        return self._index_of.get(event_id)

    def used_categories(self) -> list[int]:
        """Category codes present, in code order (for the legend; computed once)."""
        if "used" not in self._cache:
            self._cache["used"] = distinct(self.geometry.category).tolist()
        return list(self._cache["used"])


def make_lane(key: str, label: str, sublabel: str, members: IntArray, geo: EventGeometry) -> Lane:
    lo = geo.lo[members]
    if bool((lo[1:] >= lo[:-1]).all()):  # in date order already (a result's): no sort
        sorted_members = members.astype(np.int64)
    else:
        order = np.argsort(lo, kind="stable")
        sorted_members, lo = members[order].astype(np.int64), lo[order]
    extents = geo.hi[sorted_members] - lo
    return Lane(
        key,
        label,
        sublabel,
        sorted_members,
        lo,
        float(extents.max()) if len(extents) else 0.0,
    )


def build_lane_model(
    geometry: EventGeometry,
    events: Sequence[Event],
    document: Document | None,
    mode: str = "category",
    language: str = "en",
) -> LaneModel:
    """Lanes for ``mode`` from plain events: categories in document order, people /
    organizations in order of first appearance, then a last "no person" lane."""
    _check_mode(mode)
    if mode == "category":
        return _category_model(geometry, document, language)
    groups: dict[str, list[int]] = {}
    for i, event in enumerate(events):
        keys = event.people if mode == "person" else event.organizations
        for key in keys or (NO_LANE_KEY,):
            groups.setdefault(key, []).append(i)
    names = _Names(document, mode, language)
    lanes = [
        make_lane(key, *names.label(key), np.asarray(members, np.int64), geometry)
        for key, members in _no_lane_last(groups).items()
    ]
    return LaneModel(geometry, tuple(lanes), mode)


def result_lane_model(
    result: QueryResult, mode: str = "category", language: str = "en"
) -> LaneModel:
    """Lanes for a query result, vectorised over the index's columns and facets."""
    _check_mode(mode)
    index = result.index
    positions = result.positions
    geometry = EventGeometry.from_index(index).take(positions)
    if mode == "category":
        return _category_model(geometry, index.document, language)
    facet = index.people if mode == "person" else index.organizations
    members, codes = _result_pairs(positions, facet.pair_event, facet.pair_code)
    names = _names(index, mode, language)
    lanes = _facet_lanes(geometry, members, codes, facet.keys, names)
    chosen = result.filter.people if mode == "person" else result.filter.organizations
    if chosen:
        lanes = _chosen_first(
            lanes,
            index.resolve_people(chosen)
            if mode == "person"
            else index.resolve_organizations(chosen),
        )
    nobody = np.ones(len(positions), dtype=np.bool_)
    nobody[members] = False
    if nobody.any():
        lanes.append(
            make_lane(
                NO_LANE_KEY,
                *names.label(NO_LANE_KEY),
                np.flatnonzero(nobody).astype(np.int64),
                geometry,
            )
        )
    return LaneModel(geometry, tuple(lanes), mode)


def _chosen_first(lanes: list[Lane], chosen: set[str]) -> list[Lane]:
    """The lanes of the people (or organizations) a filter asks for, first: the rest are
    the others in their events, and a chosen person's lane must not end up under dozens of
    co-authors' lanes."""
    return [lane for lane in lanes if lane.key in chosen] + [
        lane for lane in lanes if lane.key not in chosen
    ]


def _result_pairs(
    positions: IntArray, pair_event: IntArray, pair_code: IntArray
) -> tuple[IntArray, IntArray]:
    """The (event, key code) pairs of a facet that fall in the result, with each event as
    its place in ``positions`` (the geometry index)."""
    if not len(positions):
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    if positions[-1] == len(positions) - 1:  # ascending and unique: the whole index
        return pair_event, pair_code
    slot = np.searchsorted(positions, pair_event)
    slot_ok = np.minimum(slot, len(positions) - 1)
    keep = (slot < len(positions)) & (positions[slot_ok] == pair_event)
    return slot[keep].astype(np.int64), pair_code[keep]


def _facet_lanes(
    geometry: EventGeometry,
    members: IntArray,
    codes: IntArray,
    keys: Sequence[str],
    names: _Names,
) -> list[Lane]:
    """One lane per key present, in order of first appearance, members sorted by left edge.

    Done for all lanes at once (a lexsort and two reductions): with thousands of people a
    per-lane loop of numpy calls took seconds at 1M events."""
    if not len(members):
        return []
    lo = geometry.lo[members]
    order = np.lexsort((members, lo, codes))  # by key, then left edge, ties in date order
    members, codes, lo = members[order], codes[order], lo[order]
    starts = np.flatnonzero(np.diff(codes, prepend=codes[0] - 1))
    ends = np.append(starts[1:], len(members))
    first = np.minimum.reduceat(members, starts)
    extent = np.maximum.reduceat(geometry.hi[members] - lo, starts)
    lanes = []
    for group in np.argsort(first, kind="stable").tolist():
        start, end = int(starts[group]), int(ends[group])
        key = keys[int(codes[start])]
        lanes.append(
            Lane(key, *names.label(key), members[start:end], lo[start:end], float(extent[group]))
        )
    return lanes


_NAMES: weakref.WeakKeyDictionary[TimelineIndex, dict[tuple[str, str], _Names]] = (
    weakref.WeakKeyDictionary()
)


def _names(index: TimelineIndex, mode: str, language: str) -> _Names:
    """Lane header texts, kept per index so a filter change does not recompute thousands."""
    per_index = _NAMES.setdefault(index, {})
    names = per_index.get((mode, language))
    if names is None:
        names = per_index[(mode, language)] = _Names(index.document, mode, language)
    return names


def _check_mode(mode: str) -> None:
    if mode not in LANE_MODES:
        raise ValueError(f"lane mode must be one of {', '.join(LANE_MODES)}, not {mode!r}")


def _category_model(geometry: EventGeometry, document: Document | None, language: str) -> LaneModel:
    """One lane per category present, in the document's category order."""
    codes = geometry.category
    order = np.argsort(codes, kind="stable")
    sorted_codes = codes[order]
    names = _Names(document, "category", language)
    lanes = []
    for code, first, count in zip(
        *np.unique(sorted_codes, return_index=True, return_counts=True), strict=True
    ):
        key = geometry.categories[int(code)]
        members = order[first : first + count].astype(np.int64)
        lanes.append(make_lane(key, *names.label(key), members, geometry))
    return LaneModel(geometry, tuple(lanes), "category")


def _no_lane_last(groups: dict[str, list[int]]) -> dict[str, list[int]]:
    if NO_LANE_KEY in groups:
        groups[NO_LANE_KEY] = groups.pop(NO_LANE_KEY)
    return groups


class _Names:
    """Lane header text: the name in the chosen language, plus its Chinese-script form."""

    def __init__(self, document: Document | None, mode: str, language: str) -> None:
        self.mode = mode
        self.language = language
        self._labels: dict[str, tuple[str, str]] = {}
        self.entities: dict[str, tuple[object, Sequence[str]]] = {}
        if document is None:
            return
        if mode == "category":
            self.entities = {c.id: (c.label, ()) for c in document.categories}
        elif mode == "person":
            self.entities = {p.id: (p.name, p.aliases) for p in document.people}
        else:
            self.entities = {o.id: (o.name, o.aliases) for o in document.organizations}

    def label(self, key: str) -> tuple[str, str]:
        known = self._labels.get(key)
        if known is None:
            known = self._labels[key] = self._label(key)
        return known

    def _label(self, key: str) -> tuple[str, str]:
        if key == NO_LANE_KEY:
            return (
                {"person": "No person", "organization": "No organization"}.get(self.mode, "Other"),
                "",
            )
        entity = self.entities.get(key)
        if entity is None:
            return key, ""
        name, aliases = entity
        shown = text_in(name, self.language)
        return shown, _chinese_name(name, aliases, shown)


def _chinese_name(name: object, aliases: Sequence[str], shown: str) -> str:
    candidates = [str(v) for v in name.values()] if isinstance(name, dict) else []
    candidates += list(aliases)
    for text in candidates:
        if text != shown and any("\u4e00" <= ch <= "\u9fff" for ch in text):
            return text
    return ""


def lane_label(document: Document | None, mode: str, key: str, language: str) -> tuple[str, str]:
    """Header text for one lane (see :class:`_Names`)."""
    return _Names(document, mode, language).label(key)
