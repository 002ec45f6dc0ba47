"""Millions of synthetic events as columns, in date order, chunk by chunk, for the scaling
prototype: the same shape as :mod:`xiaomi_timeline.bench.generator`'s events (dates of mixed
precision with some ranges, a category, claim status, zero to three people, zero to two
organizations, tags, a title and a description) but drawn with numpy, because ten million
events as JSON text or as Python dicts would not fit the point being made.

Only the dates of all events are drawn up front (to sort them, a few hundred MB at 10M); every
other column is drawn per chunk, so memory stays at one chunk's worth.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import numpy as np
import numpy.typing as npt

from xiaomi_timeline.bench import vocabulary as vocab
from xiaomi_timeline.bench.generator import FIRST_DAY, LAST_DAY, entity_counts

ObjectArray = npt.NDArray[np.object_]
FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

_EPOCH = date(1970, 1, 1).toordinal()
_STATUSES = np.array(["confirmed", "reported", "disputed"], dtype=object)
_STATUS_SHARES = (0.7, 0.2, 0.1)
_PRECISION_SHARES = (0.2, 0.3, 0.5)  # year, month, day
_RANGE_SHARE = 0.15


@dataclass(frozen=True)
class SyntheticEntities:
    """Who and what the events refer to: ids with display names (and aliases for people)."""

    people: tuple[tuple[str, str, tuple[str, ...]], ...]  # (id, name, aliases)
    organizations: tuple[tuple[str, str], ...]  # (id, name)
    categories: tuple[tuple[str, str], ...]  # (id, label)
    tags: tuple[str, ...]


@dataclass(frozen=True)
class ListColumn:
    """A list per row: row ``i`` holds ``values[offsets[i]:offsets[i + 1]]``."""

    offsets: npt.NDArray[np.int32]
    values: ObjectArray

    def row(self, i: int) -> list[str]:
        return [str(v) for v in self.values[self.offsets[i] : self.offsets[i + 1]]]


@dataclass(frozen=True)
class DateColumns:
    """Where events are drawn (``lo``/``hi``/``anchor`` in ordinal days, as
    :class:`~xiaomi_timeline.core.geometry.lanes.EventGeometry`), the years they touch and how
    precise their start is."""

    lo: FloatArray
    hi: FloatArray
    anchor: FloatArray
    start_year: npt.NDArray[np.int32]
    end_year: npt.NDArray[np.int32]
    precision: npt.NDArray[np.int8]

    def part(self, rows: slice) -> DateColumns:
        return DateColumns(*(getattr(self, f.name)[rows] for f in dataclasses.fields(DateColumns)))


@dataclass(frozen=True)
class EventChunk:
    """Consecutive events, in date order, as one array per column of the store."""

    position: IntArray
    ids: list[str]
    dates: DateColumns
    category: ObjectArray
    status: ObjectArray
    people: ListColumn
    organizations: ListColumn
    tags: ListColumn
    title: list[str]
    description: list[str]
    search_text: list[str]

    def __len__(self) -> int:
        return len(self.position)


def synthetic_entities(events: int, seed: int) -> SyntheticEntities:
    """As many people and organizations as the JSON generator makes for ``events`` events."""
    rng = np.random.default_rng(seed)
    n_people, n_orgs, _ = entity_counts(events)
    people = []
    for i in range(n_people):
        surname = vocab.SURNAMES[int(rng.integers(len(vocab.SURNAMES)))]
        given = vocab.GIVEN_SYLLABLES[int(rng.integers(len(vocab.GIVEN_SYLLABLES)))]
        latin = f"{surname[0]} {given[0].capitalize()}"
        people.append((f"p{i:05d}", latin, (f"{given[0].capitalize()} {surname[0]}",)))
    organizations = []
    for i in range(n_orgs):
        stem = vocab.ORG_STEMS[i % len(vocab.ORG_STEMS)]
        suffix = vocab.ORG_KINDS[(i // len(vocab.ORG_STEMS)) % len(vocab.ORG_KINDS)][1]
        round_ = i // (len(vocab.ORG_STEMS) * len(vocab.ORG_KINDS))
        name = f"{stem} {suffix}" if round_ == 0 else f"{stem} {suffix} {round_ + 1}"
        organizations.append((f"o{i:04d}", name))
    categories = tuple((cid, label) for cid, label, _, _ in vocab.CATEGORIES)
    return SyntheticEntities(tuple(people), tuple(organizations), categories, vocab.TAGS)


def _year_of(days: IntArray) -> npt.NDArray[np.int32]:
    stamps = (days - _EPOCH).astype("datetime64[D]")
    years: npt.NDArray[np.int32] = stamps.astype("datetime64[Y]").astype(np.int32) + 1970
    return years


def _period(days: IntArray, unit: str) -> tuple[IntArray, IntArray]:
    """The first day of each day's year or month, and the first day of the next one."""
    stamps = (days - _EPOCH).astype("datetime64[D]").astype(unit)
    first = stamps.astype("datetime64[D]").astype(np.int64) + _EPOCH
    following = (stamps + 1).astype("datetime64[D]").astype(np.int64) + _EPOCH
    return first, following


def _all_dates(events: int, rng: np.random.Generator) -> DateColumns:
    """Every event's extent, sorted like the index sorts (first day, then length)."""
    days = FIRST_DAY + ((LAST_DAY - FIRST_DAY) * rng.random(events) ** 0.5).astype(np.int64)
    precision = rng.choice(3, size=events, p=_PRECISION_SHARES).astype(np.int8)
    year_lo, year_hi = _period(days, "datetime64[Y]")
    month_lo, month_hi = _period(days, "datetime64[M]")
    lo = np.select([precision == 0, precision == 1], [year_lo, month_lo], days)
    start_hi = np.select([precision == 0, precision == 1], [year_hi, month_hi], days + 1)
    is_range = rng.random(events) < _RANGE_SHARE
    lasting = np.minimum(3650, rng.exponential(200, events)).astype(np.int64)
    end_day = start_hi + lasting  # a range ends on a day at or after its start's last day
    hi = np.where(is_range, end_day + 1, start_hi)
    order = np.lexsort((hi - lo, lo))
    lo, hi, start_hi, is_range = lo[order], hi[order], start_hi[order], is_range[order]
    return DateColumns(
        lo=lo.astype(np.float64),
        hi=hi.astype(np.float64),
        anchor=np.where(is_range, lo, (lo + start_hi) / 2.0).astype(np.float64),
        start_year=_year_of(lo),
        end_year=_year_of(hi - 1),
        precision=precision[order],
    )


def _skewed(rng: np.random.Generator, size: int, count: int) -> IntArray:
    """Codes with a long tail (a few prominent people, many rare ones), like the generator."""
    return (count * rng.random(size) ** 2).astype(np.int64)


def _lists(
    rng: np.random.Generator, rows: int, shares: tuple[float, ...], ids: ObjectArray
) -> ListColumn:
    """Per row, a number of entries drawn with ``shares`` (for 0, 1, 2 ...), codes skewed,
    duplicates within a row removed."""
    lengths = rng.choice(len(shares), size=rows, p=shares)
    codes = _skewed(rng, int(lengths.sum()), len(ids))
    row_of = np.repeat(np.arange(rows), lengths)
    unique = np.unique(row_of * len(ids) + codes)  # sorted by row, then code; no repeats
    kept_rows, kept_codes = unique // len(ids), unique % len(ids)
    offsets = np.zeros(rows + 1, dtype=np.int32)
    offsets[1:] = np.cumsum(np.bincount(kept_rows, minlength=rows))
    return ListColumn(offsets, ids[kept_codes])


def synthetic_chunks(
    events: int, seed: int, entities: SyntheticEntities, chunk: int = 250_000
) -> Iterator[EventChunk]:
    """All ``events`` events in date order, ``chunk`` at a time; the same for the same seed."""
    rng = np.random.default_rng(seed)
    dates = _all_dates(events, rng)
    people_ids = np.array([p[0] for p in entities.people], dtype=object)
    people_names = {p[0]: p[1] for p in entities.people}
    org_ids = np.array([o[0] for o in entities.organizations], dtype=object)
    org_names = {o[0]: o[1] for o in entities.organizations}
    categories = np.array([c[0] for c in entities.categories], dtype=object)
    tags = np.array(entities.tags, dtype=object)
    for first in range(0, events, chunk):
        part = slice(first, min(events, first + chunk))
        rows = part.stop - first
        people = _lists(rng, rows, (0.3, 0.4, 0.2, 0.1), people_ids)
        organizations = _lists(rng, rows, (0.3, 0.5, 0.2), org_ids)
        tag_lists = _lists(rng, rows, (0.25, 0.25, 0.25, 0.25), tags)
        titles = _titles(rng, people, organizations, people_names, org_names)
        descriptions = _descriptions(rng, titles)
        yield EventChunk(
            position=np.arange(first, part.stop, dtype=np.int64),
            ids=[f"ev{p:08d}" for p in range(first, part.stop)],
            dates=dates.part(part),
            category=categories[rng.integers(len(categories), size=rows)],
            status=_STATUSES[rng.choice(3, size=rows, p=_STATUS_SHARES)],
            people=people,
            organizations=organizations,
            tags=tag_lists,
            title=titles,
            description=descriptions,
            search_text=[
                "\n".join((t, d, *tag_lists.row(i))).casefold()
                for i, (t, d) in enumerate(zip(titles, descriptions, strict=True))
            ],
        )


def _titles(
    rng: np.random.Generator,
    people: ListColumn,
    organizations: ListColumn,
    people_names: dict[str, str],
    org_names: dict[str, str],
) -> list[str]:
    rows = len(people.offsets) - 1
    verbs_person = rng.integers(len(vocab.VERBS_PERSON), size=rows).tolist()
    verbs_org = rng.integers(len(vocab.VERBS_ORG), size=rows).tolist()
    topics = rng.integers(len(vocab.TOPICS), size=rows).tolist()
    stems = rng.integers(len(vocab.ORG_STEMS), size=rows).tolist()
    with_topic = (rng.random(rows) < 0.4).tolist()
    p_first, p_last = people.offsets[:-1].tolist(), people.offsets[1:].tolist()
    o_first, o_last = organizations.offsets[:-1].tolist(), organizations.offsets[1:].tolist()
    p_values, o_values = people.values, organizations.values
    titles = []
    for i in range(rows):
        org = (
            org_names[o_values[o_first[i]]] if o_last[i] > o_first[i] else vocab.ORG_STEMS[stems[i]]
        )
        if p_last[i] > p_first[i]:
            text = (
                f"{people_names[p_values[p_first[i]]]} {vocab.VERBS_PERSON[verbs_person[i]]} {org}"
            )
        else:
            text = f"{org} {vocab.VERBS_ORG[verbs_org[i]]}"
        if len(text) < 30 or with_topic[i]:
            text += f" on {vocab.TOPICS[topics[i]]}"
        titles.append(text)
    return titles


def _descriptions(rng: np.random.Generator, titles: list[str]) -> list[str]:
    """The title, a topic sentence and two to five of the stock sentences in rotation."""
    rows = len(titles)
    topics = rng.integers(len(vocab.TOPICS), size=rows).tolist()
    offsets = rng.integers(len(vocab.SENTENCES), size=rows).tolist()
    counts = rng.integers(2, 6, size=rows).tolist()
    doubled = vocab.SENTENCES + vocab.SENTENCES
    return [
        " ".join(
            (
                f"{title}.",
                f"The work concerns {vocab.TOPICS[topic]}.",
                *doubled[offset : offset + count],
            )
        )
        for title, topic, offset, count in zip(titles, topics, offsets, counts, strict=True)
    ]
