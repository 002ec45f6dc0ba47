"""Filtering: a frozen :class:`FilterState` -> the matching events in date order, plus facets.

:class:`TimelineIndex` is built once per document. It sorts events by date and keeps one numpy
column per attribute, so every filter is a vectorised mask: a person + year query on 100k
events costs microseconds, and the canvas culls by ``searchsorted`` on the same columns.
Within one dimension the chosen values are alternatives (Luo Fuli OR Lei Jun); dimensions
combine with AND. Facet counts for a dimension ignore that dimension's own selection, so the
filter panel always shows what else one could pick.
"""

from __future__ import annotations

import dataclasses
import itertools
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, partial
from typing import Any, TypeVar, cast

import numpy as np
import numpy.typing as npt

from xiaomi_timeline.core.colors import category_colors
from xiaomi_timeline.core.columns import (
    EventColumns,
    event_columns,
    member_codes,
    release_columns,
)
from xiaomi_timeline.core.dates import PartialDate
from xiaomi_timeline.core.gcutil import gc_paused
from xiaomi_timeline.core.schema import (
    Category,
    Document,
    Event,
    Organization,
    Person,
    Source,
    all_texts,
    text_in,
)
from xiaomi_timeline.core.textsearch import (
    EVENT_END,
    SearchTexts,
    Stop,
    TextColumns,
    event_search_text,
    text_columns,
)

STATUSES: tuple[str, ...] = ("confirmed", "reported", "disputed")

BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]
TEXT_MASKS_KEPT = 8
"""Searches whose masks an index keeps (the words a user goes back and forth between)."""
MAX_YEAR_BARS = 2000
"""Most years the year counts give one bar each; beyond (deep time), bars count runs of years."""
RUN_BARS = 120
"""Most bars when they count runs of years."""
FloatArray = npt.NDArray[np.float64]
Selection = BoolArray | IntArray
"""Some of an index's events: a mask over all of them, or their positions."""
K = TypeVar("K")
FEW_CODES = 4
"""Up to this many chosen people (or organizations) are found by comparing codes."""
SPARSE_SHARE = 4
"""Counts under a filter that lets through at most 1/SPARSE_SHARE of the events read only
those events; beyond, one pass over every event (or pair) is cheaper."""


@dataclass(frozen=True)
class FilterState:
    """What the user asked to see. Empty fields do not filter."""

    people: frozenset[str] = frozenset()
    organizations: frozenset[str] = frozenset()
    years: tuple[int, int] | None = None
    categories: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()
    text: str = ""

    def replace(self, **changes: Any) -> FilterState:
        return dataclasses.replace(self, **changes)

    def is_empty(self) -> bool:
        return self == FilterState()


class _Facet:
    """Membership of events in one many-to-many dimension (people, organizations, tags)."""

    def __init__(
        self, keys: Sequence[str], lengths: IntArray, codes: IntArray, rank: IntArray
    ) -> None:
        """``lengths``/``codes`` as :func:`~xiaomi_timeline.core.columns.member_codes` gives
        them for ``keys``; ``rank`` maps file positions to date-order positions."""
        self.keys = tuple(keys)
        self.code_of = {key: code for code, key in enumerate(self.keys)}
        events = rank[np.repeat(np.arange(lengths.size, dtype=np.int64), lengths)]
        known = codes >= 0
        self.pair_event = events[known]
        """The event (date-order position) of each pair; an event's pairs are adjacent."""
        self.pair_code = codes[known]
        self._events = rank.size
        self._pairs_of: tuple[IntArray, npt.NDArray[np.int32]] | None = None

    def mask(self, codes: Iterable[int], size: int) -> BoolArray:
        chosen = list(codes)
        if len(chosen) <= FEW_CODES:  # a compare per code beats a lookup per pair
            hit = np.zeros(self.pair_code.size, dtype=np.bool_)
            for code in chosen:
                hit |= self.pair_code == code
        else:
            wanted = np.zeros(len(self.keys), dtype=np.bool_)
            wanted[chosen] = True
            hit = wanted[self.pair_code]
        result = np.zeros(size, dtype=np.bool_)
        result[self.pair_event[hit]] = True
        return result

    def counts(self, mask: BoolArray) -> dict[str, int]:
        counted = np.bincount(self.pair_code[mask[self.pair_event]], minlength=len(self.keys))
        return dict(zip(self.keys, counted.tolist(), strict=True))  # ints already

    def counts_at(self, positions: IntArray) -> dict[str, int]:
        """:meth:`counts` of the events at ``positions``, reading only their own pairs: a
        filter that lets few events through counts them without a pass over every pair."""
        first, length = self._pairs_by_event()
        starts, lengths = first[positions], length[positions].astype(np.int64)
        ends = np.cumsum(lengths)
        pairs = np.arange(int(ends[-1]) if len(ends) else 0, dtype=np.int64)
        pairs += np.repeat(starts - (ends - lengths), lengths)
        counted = np.bincount(self.pair_code[pairs], minlength=len(self.keys))
        return dict(zip(self.keys, counted.tolist(), strict=True))

    def _pairs_by_event(self) -> tuple[IntArray, npt.NDArray[np.int32]]:
        """Each event's first pair and pair count (made on first use; an event's pairs are
        adjacent, so a run of equal ``pair_event`` is one event's)."""
        if self._pairs_of is None:
            events = self.pair_event
            runs = np.flatnonzero(np.diff(events, prepend=-1))
            first = np.zeros(self._events, dtype=np.int64)
            length = np.zeros(self._events, dtype=np.int32)
            first[events[runs]] = runs
            length[events[runs]] = np.diff(np.append(runs, len(events)))
            self._pairs_of = (first, length)
        return self._pairs_of


class TimelineIndex:
    """A loaded document, sorted by date, with columns and lookups for fast queries."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._search_texts: SearchTexts | None = None
        self._search_texts_lock = threading.Lock()
        self._text_masks: dict[str, BoolArray] = {}
        """The last searches' masks by text, oldest first (see :meth:`text_mask`)."""
        columns = event_columns(document)
        with gc_paused(freeze_on_success=True):
            self._build_columns(document.events, columns)
            self._build_lookups(columns)
            self._build_codes(columns)
        release_columns(document)

    def _build_columns(self, unsorted: Sequence[Event], columns: EventColumns) -> None:
        dates = columns.dates
        start = dates.start
        end_hi, end_year = dates.end_latest(), dates.end_year()
        is_range = np.zeros(len(start), dtype=np.bool_)
        is_range[dates.ranges] = True
        order = _date_order(start[:, 0], end_hi - start[:, 0])
        self._order = order
        self._rank = np.empty_like(order)  # file position -> date-order position
        self._rank[order] = np.arange(order.size)
        self.events: tuple[Event, ...] = tuple(map(unsorted.__getitem__, order.tolist()))
        self.start_lo, self.start_hi = start[order, 0], start[order, 1]
        self.start = self.start_lo
        self.end = end_hi[order]
        self.is_range = is_range[order]
        self.anchor = np.where(self.is_range, self.start_lo, (self.start_lo + self.start_hi) / 2)
        self.precision = start[order, 2].astype(np.int8)
        self.start_year = start[order, 3].astype(np.int64)
        self.end_year = end_year[order].astype(np.int64)
        end_lo, end_is_start = start[:, 0].copy(), np.zeros(len(start), dtype=np.bool_)
        end_lo[dates.ranges] = dates.end[:, 0]
        end_is_start[dates.ranges] = (dates.end == start[dates.ranges]).all(axis=1)
        self.end_lo = end_lo[order]
        """Earliest day of each event's end (its start's for a moment)."""
        self.end_is_start = end_is_start[order]
        """An end written the same as the start ("from 2019 to 2019"): drawn as a moment."""
        self._file_ids = columns.ids

    @cached_property
    def event_ids(self) -> npt.NDArray[np.object_]:
        """Event ids in date order, as an array (for the canvas's geometry; made on its
        first use, as filtering never needs it)."""
        ids = np.empty(len(self._order), dtype=object)
        ids[:] = self._file_ids
        return ids[self._order]

    def _sorted(self, by_file_position: npt.NDArray[Any]) -> npt.NDArray[Any]:
        """A column computed in file order (fast, sequential memory), put in date order."""
        return by_file_position[self._order]

    def __len__(self) -> int:
        return len(self.events)

    def _build_lookups(self, columns: EventColumns) -> None:
        doc = self.document
        self.people_by_id: dict[str, Person] = {p.id: p for p in doc.people}
        self.organizations_by_id: dict[str, Organization] = {o.id: o for o in doc.organizations}
        self.sources_by_id: dict[str, Source] = {s.id: s for s in doc.sources}
        self.categories_by_id: dict[str, Category] = {c.id: c for c in doc.categories}
        self.category_colors: dict[str, str] = category_colors(doc.categories)
        """Every category's colour (its own or an automatic one): every view uses these."""
        self._file_position = columns.file_position

    def _build_codes(self, columns: EventColumns) -> None:
        self.category_keys = tuple(self.categories_by_id)
        self.category_code = self._sorted(columns.value_codes("categories", self.category_keys))
        self.status_code = self._sorted(columns.value_codes("statuses", STATUSES))
        rank = self._rank
        people, organizations = tuple(self.people_by_id), tuple(self.organizations_by_id)
        self.people = _Facet(people, *columns.member_codes("people", people), rank)
        self.organizations = _Facet(
            organizations, *columns.member_codes("organizations", organizations), rank
        )
        self._tag_members = columns.tags
        self._text_columns: TextColumns | None = text_columns(columns)
        """What the search texts are built from (file order), until they are."""

    @cached_property
    def tags(self) -> _Facet:
        """Built on the first tag filter: nothing on screen shows tag counts, so a big file
        opens sooner without them."""
        keys = sorted(set(itertools.chain.from_iterable(self._tag_members)))
        return _Facet(keys, *member_codes(self._tag_members, keys), self._rank)

    # -- lookups -------------------------------------------------------------------------

    def position_of(self, event_id: str) -> int | None:
        position = self._file_position.get(event_id)
        return None if position is None else int(self._rank[position])

    def event(self, event_id: str) -> Event:
        event: Event = self.events[self._rank[self._file_position[event_id]]]
        return event

    def span(self) -> tuple[float, float]:
        """Ordinal days from the earliest start to the latest end (a default view)."""
        return self._span

    @cached_property
    def _span(self) -> tuple[float, float]:
        if not self.events:
            return (PartialDate(2000).earliest, PartialDate(2001).earliest)
        return float(self.start_lo.min()), float(self.end.max())

    def year_bounds(self) -> tuple[int, int] | None:
        return self._year_bounds

    @cached_property
    def _year_bounds(self) -> tuple[int, int] | None:
        if not self.events:
            return None
        return int(self.start_year.min()), int(self.end_year.max())

    @cached_property
    def _year_bars(self) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.int32]]:
        """Each event's first year bar, and the bar after its last (see
        :meth:`QueryResult.year_counts`), worked out once instead of per click."""
        bounds = self.year_bounds()
        step = 1 if bounds is None else years_per_bar(*bounds)
        first = 0 if bounds is None else bounds[0] // step * step
        starts = ((self.start_year - first) // step).astype(np.int32)
        ends = ((self.end_year - first) // step + 1).astype(np.int32)
        return starts, ends

    @cached_property
    def _total_counts(self) -> dict[str, dict[Any, int]]:
        """Each list's counts over every event, by list (made on first use: the counts
        whenever no other filter is set, as on the click that removes the last one)."""
        return {}

    def person_name(self, person_id: str, language: str = "en") -> str:
        person = self.people_by_id.get(person_id)
        return text_in(person.name, language) if person else person_id

    def organization_name(self, org_id: str, language: str = "en") -> str:
        org = self.organizations_by_id.get(org_id)
        return text_in(org.name, language) if org else org_id

    def category_label(self, category_id: str, language: str = "en") -> str:
        category = self.categories_by_id.get(category_id)
        return text_in(category.label, language) if category else category_id

    # -- name resolution -----------------------------------------------------------------

    @cached_property
    def _person_names(self) -> dict[str, set[str]]:
        return _name_table((p.id, p.name, p.aliases) for p in self.document.people)

    @cached_property
    def _organization_names(self) -> dict[str, set[str]]:
        return _name_table((o.id, o.name, o.aliases) for o in self.document.organizations)

    @cached_property
    def _category_names(self) -> dict[str, set[str]]:
        return _name_table((c.id, c.label, ()) for c in self.document.categories)

    def resolve_people(self, queries: Iterable[str]) -> set[str]:
        """Person ids matching ids, names or aliases, any script, case-insensitive."""
        return _resolve(self._person_names, queries)

    def resolve_organizations(self, queries: Iterable[str]) -> set[str]:
        return _resolve(self._organization_names, queries)

    def resolve_categories(self, queries: Iterable[str]) -> set[str]:
        return _resolve(self._category_names, queries)

    def unknown_names(self, state: FilterState) -> list[str]:
        """What a filter asks for that names nothing in the document, as sentences: a person
        filter "Nobody" matches no event because no such person exists, not because of the
        other filters, and users should be told which it is."""
        return [
            f"No {kind} in this file is called \u201c{name}\u201d."
            for kind, name in self.unknown_filter_names(state)
        ]

    def unknown_filter_names(self, state: FilterState) -> list[tuple[str, str]]:
        """(kind, name) of each name in the filter that names nothing in the document, kind
        being "person", "organization" or "category" (for sentences in other languages)."""
        checks = (
            ("person", state.people, self.resolve_people),
            ("organization", state.organizations, self.resolve_organizations),
            ("category", state.categories, self.resolve_categories),
        )
        return [
            (kind, name)
            for kind, names, resolve in checks
            for name in sorted(names)
            if not resolve([name])
        ]

    # -- querying ------------------------------------------------------------------------

    @property
    def text_search_ready(self) -> bool:
        """Whether the search texts are built (a text query is then a scan, no build)."""
        return self._search_texts is not None

    def prepare_text_search(self) -> None:
        """Build the search texts now. Safe on another thread: the index is only read, one
        build runs at a time (a second caller waits for it), and the texts are published by
        one assignment once whole."""
        if self._search_texts is not None:
            return
        with self._search_texts_lock:
            if self._search_texts is None:
                assert self._text_columns is not None
                self._search_texts = SearchTexts(*self._text_columns)
                self._text_columns = None

    def found_text(self, text: str) -> BoolArray | None:
        """The mask of ``text`` if a search for it was done and is still kept, else None."""
        return self._text_masks.get(text)

    @property
    def search_texts(self) -> SearchTexts:
        """Every event's own texts for searching, in file order (built on first use)."""
        self.prepare_text_search()
        assert self._search_texts is not None
        return self._search_texts

    def text_mask(self, text: str, stop: Stop | None = None) -> BoolArray:
        """Events that mention every word of ``text`` (case-insensitive) in their texts or in
        the names and aliases of their people and organizations. The last few masks are kept
        (read-only): a search done on another thread is then found here at once. Raises
        :class:`~xiaomi_timeline.core.textsearch.SearchStopped` once ``stop()`` is true."""
        kept = self._text_masks.get(text)
        if kept is not None:
            return kept
        mask = self._scan(text, stop)
        mask.setflags(write=False)
        masks = dict(self._text_masks)  # a new dict, published whole: other threads read it
        masks[text] = mask
        while len(masks) > TEXT_MASKS_KEPT:
            del masks[next(iter(masks))]
        self._text_masks = masks
        return mask

    def _scan(self, text: str, stop: Stop | None) -> BoolArray:
        mask = np.ones(len(self.events), dtype=np.bool_)
        texts = self.search_texts
        for term in dict.fromkeys(text.casefold().split()):
            if EVENT_END in term:
                found = self._plain_mask(term)
            else:
                found = texts.find(term, stop)[self._order]  # file order to date order
            found |= self._named_mask(term, self._person_names, self.people)
            found |= self._named_mask(term, self._organization_names, self.organizations)
            mask &= found
        return mask

    def _plain_mask(self, term: str) -> BoolArray:
        """Events whose own texts contain ``term``, one event at a time."""
        return np.fromiter(
            (term in event_search_text(event) for event in self.events),
            dtype=np.bool_,
            count=len(self.events),
        )

    def _named_mask(self, term: str, names: dict[str, set[str]], facet: _Facet) -> BoolArray:
        codes = {
            facet.code_of[entity]
            for name, ids in names.items()
            if term in name
            for entity in ids
            if entity in facet.code_of
        }
        if not codes:
            return np.zeros(len(self.events), dtype=np.bool_)
        return facet.mask(codes, len(self.events))

    def query(self, state: FilterState) -> QueryResult:
        size = len(self.events)
        masks: dict[str, BoolArray] = {}
        if state.people:
            codes = [self.people.code_of[p] for p in self.resolve_people(state.people)]
            masks["people"] = self.people.mask(codes, size)
        if state.organizations:
            codes = [
                self.organizations.code_of[o]
                for o in self.resolve_organizations(state.organizations)
            ]
            masks["organizations"] = self.organizations.mask(codes, size)
        if state.tags:
            lowered = {t.casefold() for t in state.tags}
            codes = [c for c, tag in enumerate(self.tags.keys) if tag.casefold() in lowered]
            masks["tags"] = self.tags.mask(codes, size)
        if state.years is not None:
            first, last = state.years
            masks["years"] = (self.start_year <= last) & (self.end_year >= first)
        if state.categories:
            ids = self.resolve_categories(state.categories)
            codes = [self.category_keys.index(c) for c in ids]
            masks["categories"] = _code_mask(self.category_code, codes, len(self.category_keys))
        if state.statuses:
            codes = [STATUSES.index(s) for s in state.statuses if s in STATUSES]
            masks["statuses"] = _code_mask(self.status_code, codes, len(STATUSES))
        if state.text.strip():
            masks["text"] = self.text_mask(state.text)
        return QueryResult(self, state, masks)


def _name_table(entries: Iterable[tuple[str, Any, Sequence[str]]]) -> dict[str, set[str]]:
    table: dict[str, set[str]] = {}
    for entity_id, name, aliases in entries:
        for key in (entity_id, *all_texts(name), *aliases):
            table.setdefault(key.casefold().strip(), set()).add(entity_id)
    return table


def _resolve(table: dict[str, set[str]], queries: Iterable[str]) -> set[str]:
    """Exact id/name/alias match first; otherwise every name containing the query."""
    found: set[str] = set()
    for query in queries:
        key = query.casefold().strip()
        if not key:
            continue
        if key in table:
            found |= table[key]
            continue
        for name, ids in table.items():
            if key in name:
                found |= ids
    return found


@dataclass(frozen=True)
class QueryResult:
    """The events matching a filter (positions into ``index.events``, in date order)."""

    index: TimelineIndex
    filter: FilterState
    masks: dict[str, BoolArray] = field(repr=False)

    @cached_property
    def mask(self) -> BoolArray:
        return self._combined(exclude=None)

    @cached_property
    def positions(self) -> IntArray:
        return np.flatnonzero(self.mask).astype(np.int64)

    def __len__(self) -> int:
        return int(self.positions.size)

    @property
    def total(self) -> int:
        return len(self.index)

    @cached_property
    def events(self) -> list[Event]:
        events = self.index.events
        return [events[i] for i in self.positions.tolist()]

    @property
    def ids(self) -> list[str]:
        return [event.id for event in self.events]

    def _combined(self, exclude: str | None) -> BoolArray:
        result = np.ones(len(self.index), dtype=np.bool_)
        for name, mask in self.masks.items():
            if name != exclude:
                result &= mask
        return result

    def _scope(self, exclude: str) -> Selection | None:
        """The events every filter but ``exclude``'s lets through, as positions when they
        are few, else as a mask; None when no other filter is set (every event). Lists
        whose own dimension is not filtered share the result's own positions."""
        others = tuple(name for name in self.masks if name != exclude)
        if not others:
            return None
        own_unfiltered = len(others) == len(self.masks)
        mask = self.mask if own_unfiltered else self._combined(exclude)
        if int(np.count_nonzero(mask)) * SPARSE_SHARE > mask.size:
            return mask
        return self.positions if own_unfiltered else np.flatnonzero(mask)

    def _counts(self, name: str, count: Callable[[Selection], dict[K, int]]) -> dict[K, int]:
        """``count`` of the events the other filters let through; with no other filter the
        index's counts of every event, worked out once per index."""
        scope = self._scope(name)
        if scope is not None:
            return count(scope)
        totals = self.index._total_counts
        if name not in totals:
            totals[name] = count(np.ones(len(self.index), dtype=np.bool_))
        return dict(cast("dict[K, int]", totals[name]))

    def person_counts(self) -> dict[str, int]:
        return self._counts("people", partial(_facet_counts, self.index.people))

    def organization_counts(self) -> dict[str, int]:
        return self._counts("organizations", partial(_facet_counts, self.index.organizations))

    def tag_counts(self) -> dict[str, int]:
        return self._counts("tags", partial(_facet_counts, self.index.tags))

    def category_counts(self) -> dict[str, int]:
        index = self.index
        count = partial(_code_counts, index.category_code, keys=index.category_keys)
        return self._counts("categories", count)

    def status_counts(self) -> dict[str, int]:
        return self._counts(
            "statuses", partial(_code_counts, self.index.status_code, keys=STATUSES)
        )

    def year_counts(self) -> dict[int, int]:
        """Events touching each year (a range counts in every year it spans), or, over more
        than :data:`MAX_YEAR_BARS` years (deep time), each run of :meth:`year_step` years,
        keyed by its first year."""
        bounds = self.index.year_bounds()
        if bounds is None:
            return {}
        return self._counts("years", partial(self._year_counts, bounds))

    def _year_counts(self, bounds: tuple[int, int], selected: Selection) -> dict[int, int]:
        step = self.year_step()
        first = bounds[0] // step * step
        bars = (bounds[1] // step * step - first) // step + 1
        starts, ends = self.index._year_bars
        diff = np.bincount(starts[selected], minlength=bars + 1)
        diff -= np.bincount(ends[selected], minlength=bars + 1)
        counts = np.cumsum(diff)[:-1]
        return {first + offset * step: int(n) for offset, n in enumerate(counts.tolist())}

    def year_step(self) -> int:
        """Years per bar of :meth:`year_counts`: 1 up to :data:`MAX_YEAR_BARS` years, else the
        smallest of 2, 5, 10, 20, 50, ... that makes at most :data:`RUN_BARS` bars, each
        wide enough to click."""
        bounds = self.index.year_bounds()
        return 1 if bounds is None else years_per_bar(*bounds)


def years_per_bar(first_year: int, last_year: int) -> int:
    """Years per bar of the year counts over ``first_year..last_year`` (see
    :meth:`QueryResult.year_step`)."""
    years = last_year - first_year + 1
    if years <= MAX_YEAR_BARS:
        return 1
    step, multiples = 1, itertools.cycle((2, 2.5, 2))  # 1, 2, 5, 10, 20, 50, ...
    while years / step > RUN_BARS - 1:
        step = int(step * next(multiples))
    return step


def _date_order(first: FloatArray, length: FloatArray) -> IntArray:
    """Positions by first day, then length; ties keep file order. For days of years 1-9999
    (whole numbers below 2**22) one float key, exact below 2**53, sorts like the lexsort of
    the two in half the time; years before 1 or deep time take the lexsort."""
    if len(first) and first.min() >= 0 and first.max() < 2**22 and length.max() < 2**22:
        key: FloatArray = first * 2.0**22 + length
        return np.argsort(key, kind="stable")
    return np.lexsort((length, first))


def _code_mask(codes: IntArray, chosen: Sequence[int], size: int) -> BoolArray:
    """Where ``codes`` (0..size-1, or -1 for none) is one of ``chosen``: a lookup in a
    table of the ``size`` codes (its last entry, for -1, is False)."""
    wanted = np.zeros(size + 1, dtype=np.bool_)
    wanted[list(chosen)] = True
    mask: BoolArray = wanted[codes]
    return mask


def _facet_counts(facet: _Facet, selected: Selection) -> dict[str, int]:
    """A facet's counts among ``selected`` (a mask, or the positions of few events)."""
    if selected.dtype == np.bool_:
        return facet.counts(cast(BoolArray, selected))
    return facet.counts_at(cast(IntArray, selected))


def _code_counts(codes: IntArray, selected: Selection, keys: Sequence[str]) -> dict[str, int]:
    """Events per code among ``selected`` (a mask, or positions); -1 counts nowhere."""
    chosen = codes[selected]
    counted = np.bincount(chosen[chosen >= 0], minlength=len(keys))
    return dict(zip(keys, counted.tolist(), strict=True))
