"""The events of a document read once into columns, shared by the checks and the index.

The checks and the index need a dozen fields each; reading them in one pass, and parsing all
date texts in one numpy call, keeps loading fast (docs/architecture.md, "Loading big files").
"""

from __future__ import annotations

import itertools
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

from xiaomi_timeline.core.caching import BoundedCache
from xiaomi_timeline.core.dates import Precision, date_span, ordinal_of
from xiaomi_timeline.core.schema import Conflict, Document, Event

_T = TypeVar("_T")
IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]

_FIELDS = attrgetter(
    "id",
    "category",
    "status",
    "start",
    "end",
    "people",
    "organizations",
    "sources",
    "related",
    "tags",
    "conflicts",
)


@dataclass(frozen=True)
class DateTable:
    """Every event's start as (earliest, latest exclusive, precision, year) in file order,
    and the same for the ends of the events that have one (``ranges``, file positions)."""

    start: FloatArray
    ranges: IntArray
    end: FloatArray

    def end_latest(self) -> FloatArray:
        """Where each event's extent ends: its end's latest day, or its start's for a moment."""
        latest = self.start[:, 1].copy()
        latest[self.ranges] = self.end[:, 1]
        return latest

    def end_year(self) -> FloatArray:
        year = self.start[:, 3].copy()
        year[self.ranges] = self.end[:, 3]
        return year

    def ends_after_starts(self) -> bool:
        """No range ends before its start's earliest day."""
        return bool(np.all(self.end[:, 1] > self.start[self.ranges, 0]))


class _CodeTable(dict[str, int]):
    """Key -> code, with -1 for a key the document does not define."""

    def __missing__(self, key: str) -> int:
        return -1


def _code_table(keys: Sequence[str]) -> _CodeTable:
    return _CodeTable({key: code for code, key in enumerate(keys)})


class EventColumns:
    """One tuple per event field, in file order (``ids[i]`` is ``events[i].id``)."""

    def __init__(self, events: Sequence[Event]) -> None:
        self.size = len(events)
        columns: list[tuple[Any, ...]] = (
            list(zip(*map(_FIELDS, events), strict=True)) if events else [()] * 11
        )
        self.ids: tuple[str, ...] = columns[0]
        self.categories: tuple[str, ...] = columns[1]
        self.statuses: tuple[str, ...] = columns[2]
        self.starts: tuple[str, ...] = columns[3]
        self.ends: tuple[str | None, ...] = columns[4]
        self.people: tuple[tuple[str, ...], ...] = columns[5]
        self.organizations: tuple[tuple[str, ...], ...] = columns[6]
        self.sources: tuple[tuple[str, ...], ...] = columns[7]
        self.related: tuple[tuple[str, ...], ...] = columns[8]
        self.tags: tuple[tuple[str, ...], ...] = columns[9]
        conflicts: tuple[tuple[Conflict, ...], ...] = columns[10]
        self.conflicts: dict[int, tuple[Conflict, ...]] = {  # the few events that have any
            index: conflicts[index] for index in itertools.compress(range(self.size), conflicts)
        }
        self._codes: dict[str, tuple[tuple[str, ...], Any]] = {}

    def value_codes(self, name: str, keys: Sequence[str]) -> IntArray:
        """Each event's ``name`` (``categories`` or ``statuses``) as its position in ``keys``,
        -1 where it is not one of them. Cached: the checks and the index ask the same."""

        def compute(keys: tuple[str, ...]) -> IntArray:
            table = _code_table(keys)
            return np.fromiter(
                map(table.__getitem__, getattr(self, name)), dtype=np.int64, count=self.size
            )

        return self._cached(name, keys, compute)

    def member_codes(self, name: str, keys: Sequence[str]) -> tuple[IntArray, IntArray]:
        """:func:`member_codes` of the ``name`` column (``people`` or ``organizations``),
        cached like :meth:`value_codes`."""
        return self._cached(name, keys, lambda keys: member_codes(getattr(self, name), keys))

    def _cached(
        self, name: str, keys: Sequence[str], compute: Callable[[tuple[str, ...]], _T]
    ) -> _T:
        """``compute(keys)`` for column ``name``, remembered while the keys stay the same."""
        wanted = tuple(keys)
        cached = self._codes.get(name)
        if cached is None or cached[0] != wanted:
            cached = self._codes[name] = (wanted, compute(wanted))
        result: _T = cached[1]
        return result

    @cached_property
    def file_position(self) -> dict[str, int]:
        """Event id -> file position (the last one for a duplicated id)."""
        return dict(zip(self.ids, range(self.size), strict=True))

    def claim_sources(self) -> set[str]:
        """Every source id cited by a claim of a conflict."""
        return {
            source
            for conflicts in self.conflicts.values()
            for conflict in conflicts
            for claim in conflict.claims
            for source in claim.sources
        }

    @cached_property
    def dates(self) -> DateTable:
        """The date table; raises ValueError naming the first impossible date text."""
        # compress/filter keep the truthy items in C: an end is None or a non-empty text
        ranges = list(itertools.compress(range(self.size), self.ends))
        ends = list(filter(None, self.ends))
        return DateTable(
            date_spans(self.starts), np.array(ranges, dtype=np.int64), date_spans(ends)
        )


def member_codes(
    members: Sequence[Sequence[str]], keys: Sequence[str]
) -> tuple[IntArray, IntArray]:
    """(how many ids each event lists, all those ids as positions in ``keys`` in event
    order, -1 for an unknown id)."""
    lengths = np.fromiter(map(len, members), dtype=np.int64, count=len(members))
    table = _code_table(keys)
    codes = np.fromiter(
        map(table.__getitem__, itertools.chain.from_iterable(members)),
        dtype=np.int64,
        count=int(lengths.sum()),
    )
    return lengths, codes


def date_spans(texts: Sequence[str]) -> FloatArray:
    """:func:`date_span` of many texts as rows of an array, checked and parsed by numpy.

    Any text that is not exactly YYYY, YYYY-MM or YYYY-MM-DD (years before 1 as -YYYY...,
    four to twelve digits) naming a real date sends the lot through :func:`date_span`, which
    raises the explanatory ValueError.
    """
    if not texts:
        return np.empty((0, 4), dtype=np.float64)
    try:
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        width = min(int(lengths.max()), _LONGEST + 1)  # longer texts fail by their length
        raw = np.array(texts, dtype=f"S{width}")  # ASCII or UnicodeEncodeError (a ValueError)
        year, month, day, precision = _checked_fields(raw, lengths)
    except ValueError:
        return np.array([date_span(text) for text in texts], dtype=np.float64).reshape(-1, 4)
    # Built from integers, never by casting date strings: numpy's string-to-datetime64 cast
    # segfaults on an impossible date once the array holds ~500 or more texts (seen on
    # numpy 1.26 through 2.4.6), and datetime64 stops short of the deepest years.
    first = ordinal_of(year, month, day)
    one = np.ones_like(year)
    following = np.select(
        [precision == Precision.DAY, precision == Precision.MONTH],
        [first + 1, ordinal_of(year + (month == 12), month % 12 + 1, one)],
        ordinal_of(year + 1, one, one),
    )
    spans = np.empty((len(texts), 4), dtype=np.float64)
    spans[:, 0] = first
    spans[:, 1] = following
    spans[:, 2] = precision
    spans[:, 3] = year
    return spans


_LONGEST = len("-999999999999-12-31")
Fields = tuple[IntArray, IntArray, IntArray, IntArray]


def _checked_fields(raw: npt.NDArray[np.bytes_], lengths: IntArray) -> Fields:
    """(year, month, day, precision) of every text, month and day 1 where the text omits them.

    Raises ValueError unless every text is a partial date naming a real proleptic Gregorian
    date (leap years included).
    """
    chars = raw.view(np.uint8).reshape(len(raw), -1)
    if chars.shape[1] < 10:  # every text is shorter than a full day: pad the matrix
        chars = np.pad(chars, ((0, 0), (0, 10 - chars.shape[1])))
    if (chars[:, 0] == ord("-")).any():
        year, month, day, precision = _expanded_fields(chars, lengths)
    else:
        year, month, day, precision = _fixed_fields(chars, lengths)
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    month_days = _MONTH_DAYS[np.clip(month, 1, 12) - 1] + ((month == 2) & leap)
    if not ((month >= 1) & (month <= 12) & (day >= 1) & (day <= month_days)).all():
        raise ValueError("not a real date")
    return year, month, day, precision


def _fixed_fields(chars: npt.NDArray[np.uint8], lengths: IntArray) -> Fields:
    """The common case, years 0000-9999: every field at a fixed column."""
    digit = (chars >= ord("0")) & (chars <= ord("9"))
    dash = chars == ord("-")
    year_ok = digit[:, :4].all(axis=1)
    month_ok = year_ok & dash[:, 4] & digit[:, 5] & digit[:, 6]
    day_ok = month_ok & dash[:, 7] & digit[:, 8] & digit[:, 9]
    has_month, has_day = lengths >= 7, lengths == 10
    shaped = ((lengths == 4) & year_ok) | ((lengths == 7) & month_ok) | (has_day & day_ok)
    if not shaped.all():
        raise ValueError("not a partial date")

    def value(column: int) -> IntArray:  # one column at a time: 1M dates, 8 MB, not 80
        return chars[:, column].astype(np.int64) - ord("0")

    year = value(0) * 1000 + value(1) * 100 + value(2) * 10 + value(3)
    month = np.where(has_month, value(5) * 10 + value(6), 1)
    day = np.where(has_day, value(8) * 10 + value(9), 1)
    return year, month, day, has_month.astype(np.int64) + has_day


def _expanded_fields(chars: npt.NDArray[np.uint8], lengths: IntArray) -> Fields:
    """Any mix of four-digit years and signed years of four to twelve digits."""
    rows, columns = np.arange(len(chars)), np.arange(chars.shape[1])
    digit = (chars >= ord("0")) & (chars <= ord("9"))
    dash = chars == ord("-")
    negative = dash[:, 0]
    sign = negative.astype(np.int64)
    after_sign = dash & (columns >= 1)
    year_end = np.where(after_sign.any(axis=1), after_sign.argmax(axis=1), lengths)
    year_length = year_end - sign
    in_year = (columns >= sign[:, None]) & (columns < year_end[:, None])
    rest = lengths - year_end
    year_ok = (digit | ~in_year).all(axis=1) & np.where(
        negative, (year_length >= 4) & (year_length <= 12), year_length == 4
    )

    # the six characters after the year: "-MM-DD" where the text has them
    after = chars[rows[:, None], np.minimum(year_end[:, None] + np.arange(6), chars.shape[1] - 1)]
    after_digit = (after >= ord("0")) & (after <= ord("9"))
    after_values = after.astype(np.int64) - ord("0")
    month_ok = (after[:, 0] == ord("-")) & after_digit[:, 1] & after_digit[:, 2]
    day_ok = month_ok & (after[:, 3] == ord("-")) & after_digit[:, 4] & after_digit[:, 5]
    has_month, has_day = rest == 3, rest == 6
    if not (year_ok & ((rest == 0) | (has_month & month_ok) | (has_day & day_ok))).all():
        raise ValueError("not a partial date")
    powers = np.power(10, np.clip(year_end[:, None] - 1 - columns, 0, 11))
    magnitude = np.where(in_year, (chars.astype(np.int64) - ord("0")) * powers, 0).sum(axis=1)
    year = np.where(negative, -magnitude, magnitude)
    has_month |= has_day
    month = np.where(has_month, after_values[:, 1] * 10 + after_values[:, 2], 1)
    day = np.where(has_day, after_values[:, 4] * 10 + after_values[:, 5], 1)
    return year, month, day, has_month.astype(np.int64) + has_day


_MONTH_DAYS = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)


_Held = tuple[weakref.ref[Document], EventColumns]
_COLUMNS: BoundedCache[int, _Held] = BoundedCache("event columns", 1)
"""The columns of the document loaded last, by ``id``, holding the document weakly."""


def event_columns(document: Document) -> EventColumns:
    """The columns of ``document``'s events, read once for the document loaded last.

    One entry, held weakly: the loader's checks and the index that follows share the pass;
    it goes when the document dies or :func:`release_columns` is called.
    """
    key = id(document)
    held = _COLUMNS.get(key)
    if held is not None and held[0]() is document:
        return held[1]
    columns = EventColumns(document.events)
    _COLUMNS.put(key, (weakref.ref(document, _forget), columns))
    return columns


def release_columns(document: Document) -> None:
    """Drop the cached columns of ``document`` (the index keeps what it needs in numpy)."""
    held = _COLUMNS.get(id(document))
    if held is not None and held[0]() is document:
        _COLUMNS.pop(id(document))


def _forget(reference: weakref.ref[Document]) -> None:
    """The document died: drop its columns (an entry for a new one at its ``id`` stays)."""
    for key in [key for key, held in _COLUMNS.items() if held[0] is reference]:
        _COLUMNS.pop(key)
