"""The events of a document read once into columns, shared by the checks and the index.

Every pass over 100k pydantic models costs ~40 ms in attribute reads alone (the objects are
scattered in memory), and the checks and the index need a dozen fields each. Reading them in
one pass here, and turning the date texts into numbers once per distinct text, is what keeps
load + validate + index within a small multiple of ``json.loads`` (issue 5).
"""

from __future__ import annotations

import itertools
import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from operator import attrgetter
from typing import Any

import numpy as np
import numpy.typing as npt

from xiaomi_timeline.core.dates import MIN_YEAR, PARTIAL_DATE_PATTERN, Precision, date_span
from xiaomi_timeline.core.schema import Conflict, Document, Event

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]

_FIELDS = attrgetter(
    "id", "category", "status", "start", "end", "people", "organizations", "sources",
    "related", "tags", "conflicts",
)


@dataclass(frozen=True)
class DateTable:
    """Each distinct date text once, and per event the row of its start and its end.

    ``spans`` rows are (earliest, latest exclusive, precision, year) as floats;
    ``end_rows`` is -1 for a moment (no end).
    """

    spans: FloatArray
    start_rows: IntArray
    end_rows: IntArray

    @property
    def start(self) -> FloatArray:
        """(earliest, latest, precision, year) of every event's start, in file order."""
        return self.spans[self.start_rows]

    def end_latest(self) -> FloatArray:
        """Where each event's extent ends: its end's latest day, or its start's for a moment."""
        latest: FloatArray = self.spans[self.start_rows, 1]
        ranges = self.end_rows >= 0
        latest[ranges] = self.spans[self.end_rows[ranges], 1]
        return latest

    def end_year(self) -> FloatArray:
        year: FloatArray = self.spans[self.start_rows, 3]
        ranges = self.end_rows >= 0
        year[ranges] = self.spans[self.end_rows[ranges], 3]
        return year


class _CodeTable(dict[str, int]):
    """Key -> code, with -1 for a key the document does not define."""

    def __missing__(self, key: str) -> int:
        return -1


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
        self.conflicts: dict[int, tuple[Conflict, ...]] = {
            index: conflicts for index, conflicts in enumerate(columns[10]) if conflicts
        }
        self._codes: dict[str, tuple[tuple[str, ...], Any]] = {}

    def value_codes(self, name: str, keys: Sequence[str]) -> IntArray:
        """Each event's ``name`` (``categories`` or ``statuses``) as its position in ``keys``,
        -1 where it is not one of them. Cached: the checks and the index ask the same."""
        keys = tuple(keys)
        cached = self._codes.get(name)
        if cached is not None and cached[0] == keys:
            result: IntArray = cached[1]
            return result
        table = _CodeTable({key: code for code, key in enumerate(keys)})
        codes = np.fromiter(map(table.__getitem__, getattr(self, name)), dtype=np.int64,
                            count=self.size)
        self._codes[name] = (keys, codes)
        return codes

    def member_codes(self, name: str, keys: Sequence[str]) -> tuple[IntArray, IntArray]:
        """(how many ids each event lists in ``name``, all those ids as positions in ``keys``
        in event order, -1 for an unknown id), for ``people``, ``organizations`` or ``tags``."""
        keys = tuple(keys)
        cached = self._codes.get(name)
        if cached is not None and cached[0] == keys:
            result: tuple[IntArray, IntArray] = cached[1]
            return result
        members: tuple[tuple[str, ...], ...] = getattr(self, name)
        lengths = np.fromiter(map(len, members), dtype=np.int64, count=self.size)
        table = _CodeTable({key: code for code, key in enumerate(keys)})
        codes = np.fromiter(map(table.__getitem__, itertools.chain.from_iterable(members)),
                            dtype=np.int64, count=int(lengths.sum()))
        self._codes[name] = (keys, (lengths, codes))
        return lengths, codes

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
        distinct: dict[str | None, int] = dict.fromkeys(itertools.chain(self.starts, self.ends), -1)
        distinct.pop(None, None)
        texts = [text for text in distinct if text is not None]
        distinct.update(zip(texts, range(len(texts)), strict=True))
        distinct[None] = -1
        spans = date_spans(texts)
        rows = distinct.__getitem__
        return DateTable(
            spans,
            np.fromiter(map(rows, self.starts), dtype=np.int64, count=self.size),
            np.fromiter(map(rows, self.ends), dtype=np.int64, count=self.size),
        )


def date_spans(texts: Sequence[str]) -> FloatArray:
    """:func:`date_span` of many texts as rows of an array, parsed by numpy in C.

    Any text numpy cannot take exactly as ours (a wrong shape, year 0, 30 February) sends
    the lot through :func:`date_span`, which raises the explanatory ValueError.
    """
    if not texts:
        return np.empty((0, 4), dtype=np.float64)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    try:
        if not all(map(_PARTIAL_DATE_RE.match, texts)):
            raise ValueError("not a partial date")
        days = np.array(texts, dtype="datetime64[D]")
        years = days.astype("datetime64[Y]")
        if years.min() < _FIRST_YEAR:
            raise ValueError("year before 1")
    except ValueError:
        return np.array([date_span(text) for text in texts], dtype=np.float64).reshape(-1, 4)
    precision = np.select([lengths == 10, lengths == 7], [Precision.DAY, Precision.MONTH],
                          Precision.YEAR)
    following = np.select(
        [lengths == 10, lengths == 7],
        [days + 1, (days.astype("datetime64[M]") + 1).astype("datetime64[D]")],
        (years + 1).astype("datetime64[D]"),
    )
    spans = np.empty((len(texts), 4), dtype=np.float64)
    spans[:, 0] = days.astype(np.int64) + _EPOCH_ORDINAL
    spans[:, 1] = following.astype(np.int64) + _EPOCH_ORDINAL
    spans[:, 2] = precision
    spans[:, 3] = years.astype(np.int64) + 1970
    return spans


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_FIRST_YEAR = np.datetime64(f"{MIN_YEAR:04d}", "Y")
_PARTIAL_DATE_RE = re.compile(PARTIAL_DATE_PATTERN)

_last: tuple[weakref.ref[Document], EventColumns] | None = None


def event_columns(document: Document) -> EventColumns:
    """The columns of ``document``'s events, read once for the document loaded last.

    One slot, held weakly: the loader's checks and the index that follows share the pass;
    the slot empties when the document dies or :func:`release_columns` is called.
    """
    global _last  # noqa: PLW0603 - a one-slot cache
    if _last is not None and _last[0]() is document:
        return _last[1]
    columns = EventColumns(document.events)
    _last = (weakref.ref(document, _forget), columns)
    return columns


def release_columns(document: Document) -> None:
    """Drop the cached columns of ``document`` (the index keeps what it needs in numpy)."""
    if _last is not None and _last[0]() is document:
        _forget(_last[0])


def _forget(reference: weakref.ref[Document]) -> None:
    global _last  # noqa: PLW0603 - a one-slot cache
    if _last is not None and _last[0] is reference:
        _last = None
