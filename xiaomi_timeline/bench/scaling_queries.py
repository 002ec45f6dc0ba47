"""The SQL a Parquet-backed timeline would run, built from the app's own :class:`FilterState`.

Pure Python, no database: each builder returns the statement and its parameters, so the meaning
of a filter can be checked without DuckDB installed. The semantics are those of
:class:`~xiaomi_timeline.core.query.TimelineIndex`: alternatives within a dimension, AND across
dimensions, facet counts ignoring their own dimension, years as overlap, text as "every word,
in the event's texts or in the names of its people and organizations". Names, aliases and
categories stay in memory (thousands of rows, not millions) and are resolved to ids here, so
the store only ever compares ids.

The events table (one row per event, in the index's date order) has the columns of
:data:`EVENT_COLUMNS`; ``lo``/``hi``/``anchor`` are the drawn extents of
:class:`~xiaomi_timeline.core.geometry.lanes.EventGeometry`, ``position`` the date-order rank.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

from xiaomi_timeline.core.query import (
    STATUSES,
    FilterState,
    _name_table,
    _resolve,
)

EVENT_COLUMNS: tuple[str, ...] = (
    "position",
    "id",
    "lo",
    "hi",
    "anchor",
    "start_year",
    "end_year",
    "precision",
    "category",
    "status",
    "people",
    "organizations",
    "tags",
    "title",
    "description",
    "search_text",
)
"""What a store holds per event: enough to filter, count, place and list it. Sources, conflicts
and the other texts of the detail pane would be read by id when an event is selected."""

PAGE_COLUMNS = "position, id, lo, hi, anchor, precision, category, status, title"
"""What the table and the canvas need of each visible event."""

ListFacet = Literal["people", "organizations", "tags"]
ValueFacet = Literal["categories", "statuses"]
_VALUE_COLUMN = {"categories": "category", "statuses": "status"}

IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class Sql:
    """A statement with ``?`` placeholders and their values, in order."""

    text: str
    params: tuple[object, ...] = ()


@dataclass(frozen=True)
class Window:
    """The visible span of ordinal days ``[start, end]`` cut into ``buckets`` equal bins (one
    per few pixels of the canvas, as the density strip and the clusters draw them)."""

    start: float
    end: float
    buckets: int

    def __post_init__(self) -> None:
        if self.buckets < 1 or not self.end > self.start:
            raise ValueError(f"empty window {self.start}..{self.end} in {self.buckets} buckets")

    @property
    def width(self) -> float:
        return (self.end - self.start) / self.buckets


class EntityNames:
    """Ids by name, alias and label, for the few thousand people, organizations, categories
    and tags of a store: what stays in memory when events do not."""

    def __init__(
        self,
        people: Iterable[tuple[str, object, Sequence[str]]],
        organizations: Iterable[tuple[str, object, Sequence[str]]],
        categories: Iterable[tuple[str, object]],
        tags: Iterable[str],
    ) -> None:
        """Each entity as (id, name, aliases); a name may be a LocalizedText (a dict)."""
        self.people = _name_table(people)
        self.organizations = _name_table(organizations)
        self.categories = _name_table((cid, label, ()) for cid, label in categories)
        self.tags = {tag.casefold(): tag for tag in tags}
        self.words: tuple[str, ...] | None = None
        """The words of the store's word index (:data:`WORD_TABLE`), when it is used."""

    def with_words(self, words: Iterable[str]) -> EntityNames:
        """These names, with text searched through a word index of ``words``."""
        names = copy.copy(self)
        names.words = tuple(words)
        return names

    def words_containing(self, term: str) -> list[str]:
        """The indexed words that contain ``term``."""
        return [word for word in self.words or () if term in word]

    def named(self, table: dict[str, set[str]], term: str) -> list[str]:
        """Ids whose id, name or an alias contains ``term`` (already casefolded)."""
        return sorted({i for name, ids in table.items() if term in name for i in ids})


WORD_TABLE = "event_words"
"""(word, position) of every distinct word of every event's search text, sorted by word. The
app matches a search term anywhere in an event's text; a term has no spaces, so it is in the
text exactly when it is in one of the text's words: the words containing it are found in the
vocabulary (thousands to a million short strings, in memory), and their events in the table."""
WORD_SPLIT = (
    r"[\t\n\x{0b}\x{0c}\r\x{1c}-\x{1f} \x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}"
    r"\x{2029}\x{202f}\x{205f}\x{3000}]+"
)
"""What ``str.split()`` splits on, as a regular expression for the store's engine."""


MEMBER_TABLES: dict[str, str] = {
    "people": "people_events",
    "organizations": "organizations_events",
}
"""(id, position, lo, hi) of every person and organization of every event, sorted by id: the
same pairs as the index's facets, with the event's extent. A filter reads the few row groups of
the chosen ids instead of every event's list, the facet counts group two narrow columns, and a
person's lane is drawn from its own rows without a join."""


def _members(facet: str, ids: Sequence[str]) -> Sql:
    """Events with any of ``ids`` in ``facet``; nothing at all for no ids."""
    if not ids:
        return Sql("FALSE")
    marks = ", ".join("?" * len(ids))
    table = MEMBER_TABLES[facet]
    return Sql(f"position IN (SELECT position FROM {table} WHERE id IN ({marks}))", tuple(ids))


def _texts_with(term: str, names: EntityNames) -> Sql:
    """Events whose search text contains ``term``: through the word index when there is one,
    else by reading every text."""
    if names.words is None:
        return Sql("contains(search_text, ?)", (term,))
    words = names.words_containing(term)
    if not words:
        return Sql("FALSE")
    marks = ", ".join("?" * len(words))
    return Sql(
        f"position IN (SELECT position FROM {WORD_TABLE} WHERE word IN ({marks}))", tuple(words)
    )


def where(state: FilterState, names: EntityNames, exclude: str | None = None) -> Sql:
    """The WHERE condition for ``state``, without the dimension ``exclude`` (for its facet
    counts). Always a valid condition: ``TRUE`` when nothing filters."""
    parts: list[Sql] = []
    if state.people and exclude != "people":
        parts.append(_members("people", sorted(_resolve(names.people, state.people))))
    if state.organizations and exclude != "organizations":
        ids = sorted(_resolve(names.organizations, state.organizations))
        parts.append(_members("organizations", ids))
    if state.tags and exclude != "tags":
        folded = {t.casefold() for t in state.tags}
        wanted = sorted(names.tags[t] for t in folded if t in names.tags)
        parts.append(Sql("list_has_any(tags, ?::VARCHAR[])", (wanted,)))
    if state.years is not None and exclude != "years":
        first, last = state.years
        parts.append(Sql("start_year <= ? AND end_year >= ?", (last, first)))
    if state.categories and exclude != "categories":
        ids = sorted(_resolve(names.categories, state.categories))
        parts.append(Sql("list_contains(?::VARCHAR[], category)", (ids,)))
    if state.statuses and exclude != "statuses":
        statuses = sorted(s for s in state.statuses if s in STATUSES)
        parts.append(Sql("list_contains(?::VARCHAR[], status)", (statuses,)))
    if state.text.strip() and exclude != "text":
        for term in state.text.casefold().split():
            people = _members("people", names.named(names.people, term))
            orgs = _members("organizations", names.named(names.organizations, term))
            texts = _texts_with(term, names)
            parts.append(
                Sql(
                    f"{texts.text} OR {people.text} OR {orgs.text}",
                    (*texts.params, *people.params, *orgs.params),
                )
            )
    if not parts:
        return Sql("TRUE")
    text = " AND ".join(f"({part.text})" for part in parts)
    return Sql(text, tuple(value for part in parts for value in part.params))


def count_sql(state: FilterState, names: EntityNames) -> Sql:
    """How many events match (the status bar's "N of M")."""
    condition = where(state, names)
    return Sql(f"SELECT count(*) FROM events WHERE {condition.text}", condition.params)


def density_sql(state: FilterState, names: EntityNames, window: Window) -> Sql:
    """Matching events per bucket of ``window`` by anchor, as ``(bucket, count)`` rows: the
    overview strip and the clusters of a zoomed-out canvas. The last bucket includes the
    window's end, like ``numpy.histogram``."""
    condition = where(state, names)
    text = (
        f"SELECT least(CAST(floor((anchor - ?) / ?) AS BIGINT), {window.buckets - 1}) AS bucket,"
        " count(*) AS n FROM events"
        f" WHERE anchor >= ? AND anchor <= ? AND {condition.text}"
        " GROUP BY bucket ORDER BY bucket"
    )
    params = (window.start, window.width, window.start, window.end, *condition.params)
    return Sql(text, params)


def page_sql(
    state: FilterState, names: EntityNames, window: Window, limit: int, offset: int = 0
) -> Sql:
    """One page of the matching events drawn in ``window`` (extent overlapping it), in date
    order: the rows the table shows and the items the canvas packs at a close zoom."""
    condition = where(state, names)
    text = (
        f"SELECT {PAGE_COLUMNS} FROM events WHERE lo < ? AND hi > ? AND {condition.text}"
        " ORDER BY position LIMIT ? OFFSET ?"
    )
    return Sql(text, (window.end, window.start, *condition.params, limit, offset))


LaneMode = Literal["category", "person", "organization"]
_LANE_FACET = {"person": "people", "organization": "organizations"}
NO_LANE = ""
"""The lane of events with no person (or organization), as the canvas keys it."""


def cluster_sql(
    state: FilterState,
    names: EntityNames,
    start: float,
    end: float,
    bin_days: float,
    mode: LaneMode,
    lanes: Sequence[str],
) -> Sql:
    """The counted clusters of the ``lanes`` on screen, as ``(lane, bin, count, first day,
    last day)`` rows: what the canvas draws for a lane with too many events to show one by
    one. Bins are ``bin_days`` wide and aligned to time; an event drawn in ``[start, end)``
    counts in the bin of its first day, or of ``start`` when it began before the view."""
    condition = where(state, names)
    columns = (
        "CAST(floor(greatest(lo, ?) / ?) AS BIGINT) AS bin, count(*) AS n,"
        " min(greatest(lo, ?)) AS first, max(hi) AS last"
    )
    head = (start, bin_days, start)
    visible = f"lo < ? AND hi > ? AND {condition.text}"
    shown = (end, start, *condition.params)
    if not lanes:
        return Sql("SELECT NULL, NULL, NULL, NULL, NULL WHERE FALSE")
    marks = ", ".join("?" * len(lanes))
    if mode == "category":
        return Sql(
            f"SELECT category AS lane, {columns} FROM events WHERE {visible}"
            f" AND category IN ({marks}) GROUP BY lane, bin ORDER BY lane, bin",
            (*head, *shown, *lanes),
        )
    facet = _LANE_FACET[mode]
    table = MEMBER_TABLES[facet]
    matching = (
        ""
        if condition.text == "TRUE"
        else f" AND position IN (SELECT position FROM events WHERE {condition.text})"
    )
    members = (
        f"SELECT id AS lane, {columns} FROM {table} WHERE lo < ? AND hi > ?"
        f" AND id IN ({marks}){matching} GROUP BY lane, bin"
    )
    params: tuple[object, ...] = (*head, end, start, *lanes, *condition.params)
    if NO_LANE in lanes:
        members += (
            f" UNION ALL SELECT '{NO_LANE}' AS lane, {columns} FROM events"
            f" WHERE {visible} AND len({facet}) = 0 GROUP BY lane, bin"
        )
        params = (*params, *head, *shown)
    return Sql(f"SELECT * FROM ({members}) ORDER BY lane, bin", params)


def neighbour_sql(state: FilterState, names: EntityNames, position: int, step: int) -> Sql:
    """The id of the matching event ``step`` places after (or before, for a negative step)
    date-order ``position``, itself excluded: Left and Right in the details."""
    condition = where(state, names)
    after = step > 0
    text = (
        f"SELECT id FROM events WHERE position {'>' if after else '<'} ? AND {condition.text}"
        f" ORDER BY position {'ASC' if after else 'DESC'} LIMIT 1 OFFSET ?"
    )
    return Sql(text, (position, *condition.params, abs(step) - 1))


def list_facet_sql(state: FilterState, names: EntityNames, facet: ListFacet) -> Sql:
    """``(id, count)`` per person, organization or tag under the other filters."""
    condition = where(state, names, exclude=facet)
    if facet not in MEMBER_TABLES:
        return Sql(
            f"SELECT value, count(*) AS n FROM (SELECT unnest({facet}) AS value FROM events"
            f" WHERE {condition.text}) GROUP BY value",
            condition.params,
        )
    table = MEMBER_TABLES[facet]
    if condition.text == "TRUE":
        return Sql(f"SELECT id, count(*) AS n FROM {table} GROUP BY id")
    return Sql(
        f"SELECT id, count(*) AS n FROM {table} WHERE position IN"
        f" (SELECT position FROM events WHERE {condition.text}) GROUP BY id",
        condition.params,
    )


def value_facet_sql(state: FilterState, names: EntityNames, facet: ValueFacet) -> Sql:
    """``(value, count)`` per category or claim status under the other filters."""
    column = _VALUE_COLUMN[facet]
    condition = where(state, names, exclude=facet)
    text = f"SELECT {column}, count(*) AS n FROM events WHERE {condition.text} GROUP BY {column}"
    return Sql(text, condition.params)


def year_edges_sql(state: FilterState, names: EntityNames, first: int, step: int) -> Sql:
    """Where each matching event's years begin and end, as ``(bar, +1/-1 count)`` rows: the
    year histogram in two group-bys, without expanding ranges into one row per year."""
    condition = where(state, names, exclude="years")
    text = (
        "SELECT bar, sum(n) AS n FROM ("
        f"SELECT CAST(floor((start_year - ?) / ?) AS BIGINT) AS bar, count(*) AS n"
        f" FROM events WHERE {condition.text} GROUP BY bar"
        " UNION ALL "
        f"SELECT CAST(floor((end_year - ?) / ?) AS BIGINT) + 1 AS bar, -count(*) AS n"
        f" FROM events WHERE {condition.text} GROUP BY bar"
        ") GROUP BY bar ORDER BY bar"
    )
    params = (first, step, *condition.params, first, step, *condition.params)
    return Sql(text, params)


def year_counts(
    edges: Iterable[tuple[int, int]], first_year: int, last_year: int, step: int
) -> dict[int, int]:
    """Events touching each bar of years, from :func:`year_edges_sql`'s rows (a running sum)."""
    first = first_year // step * step
    bars = (last_year // step * step - first) // step + 1
    diff = np.zeros(bars + 1, dtype=np.int64)
    for bar, n in edges:
        diff[bar] += n
    counts = np.cumsum(diff)[:-1]
    return {first + offset * step: int(n) for offset, n in enumerate(counts.tolist())}


def densities(rows: Iterable[tuple[int, int]], window: Window) -> IntArray:
    """:func:`density_sql`'s rows as one count per bucket (empty buckets are 0)."""
    counts = np.zeros(window.buckets, dtype=np.int64)
    for bucket, n in rows:
        counts[bucket] = n
    return counts


def aligned_window(start: float, end: float, pixels: int, pixels_per_bucket: int) -> Window:
    """The bucketed window for a canvas ``pixels`` wide showing ``[start, end]``: buckets
    ``pixels_per_bucket`` wide, the window widened to whole buckets from a multiple of the
    bucket width, so panning moves whole buckets instead of re-binning every event."""
    buckets = max(1, pixels // pixels_per_bucket)
    width = (end - start) / buckets
    first = math.floor(start / width) * width
    count = max(1, math.ceil((end - first) / width))
    return Window(first, first + count * width, count)
