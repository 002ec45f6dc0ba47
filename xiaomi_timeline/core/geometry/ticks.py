"""Axis ticks as data: the finest calendar unit whose labels fit, plus a coarser context row.

The minor row steps through days, months or years (with 2/5/10-style multiples); the major row
names the enclosing period ("April 2023" over days, "2023" over months, "2020s" over years). A
candidate unit is accepted only if every label fits before the next tick, measured with the
caller's text-width function, so labels can never overlap at any zoom. The major row keeps a
"sticky" label for the period at the left edge, pushed aside by the next one like a sticky
header. No label is ever cut by the edges of the strip: a minor label that would be keeps its
tick but loses its text, and a major one is dropped.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from xiaomi_timeline.core.dates import MAX_YEAR, MIN_YEAR, month_name, year_of
from xiaomi_timeline.core.geometry.timescale import TimeScale

log = logging.getLogger(__name__)

TextWidth = Callable[[str], float]

LABEL_OFFSET = 3.0
"""Labels start this many pixels right of their tick."""
MIN_TICK_SPACING = 16.0
"""No unit is considered whose ticks would be closer than this, whatever the labels."""


class TickNames:
    """The words of the axis labels, in English by default; the GUI passes its own in the
    interface's locale (the core stays free of Qt and of any translation machinery)."""

    def __init__(self, language: str = "en") -> None:
        self.language = language

    def year(self, year: int) -> str:
        return str(year)

    def decade(self, year: int) -> str:
        return f"{year}s"

    def years(self, first: int, last: int) -> str:
        return f"{first}\u2013{last}"

    def month(self, year: int, month: int) -> str:
        """A month with its year, over a row of days: "April 2023"."""
        return f"{month_name(month, self.language)} {year}"

    def month_short(self, month: int) -> str:
        return month_name(month, self.language, short=True)

    def day(self, day: int) -> str:
        return str(day)


@dataclass(frozen=True, slots=True)
class TickUnit:
    """A calendar step: ``kind`` is "day", "month" or "year"; ``step`` multiples of it."""

    kind: str
    step: int

    @property
    def approx_days(self) -> float:
        return {"day": 1.0, "month": 30.44, "year": 365.25}[self.kind] * self.step


MINOR_UNITS: tuple[TickUnit, ...] = (
    TickUnit("day", 1),
    TickUnit("day", 2),
    TickUnit("day", 5),
    TickUnit("month", 1),
    TickUnit("month", 3),
    TickUnit("month", 6),
    *(TickUnit("year", s) for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000)),
)


@dataclass(frozen=True, slots=True)
class Tick:
    """One tick: its day and x, and its label's text, left edge and width."""

    day: float
    x: float
    label: str
    label_x: float
    label_width: float

    @property
    def label_right(self) -> float:
        return self.label_x + self.label_width


@dataclass(frozen=True, slots=True)
class Axis:
    """The ticks for one scale: a fine labelled row and a coarse context row."""

    unit: TickUnit
    major_unit: TickUnit
    minor: tuple[Tick, ...]
    major: tuple[Tick, ...]


def major_unit_for(unit: TickUnit) -> TickUnit:
    """The context unit drawn above ``unit``."""
    if unit.kind == "day":
        return TickUnit("month", 1)
    if unit.kind == "month":
        return TickUnit("year", 1)
    if unit.step < 10:
        return TickUnit("year", 10)
    if unit.step < 100:
        return TickUnit("year", 100)
    return TickUnit("year", 1000)


def axis_ticks(
    scale: TimeScale,
    text_width: TextWidth,
    language: str | TickNames = "en",
    padding: float = 8.0,
) -> Axis:
    """Ticks for ``scale``: the finest unit whose minor labels all fit without overlapping.

    ``language`` names the months in core's English or Indonesian, or is a :class:`TickNames`
    that words every label."""
    names = TickNames(language) if isinstance(language, str) else language
    chosen = MINOR_UNITS[-1]
    minor: tuple[Tick, ...] = ()
    day_label = text_width("11") + padding  # every day unit labels some two-digit day
    for unit in MINOR_UNITS:
        spacing = unit.approx_days * scale.pixels_per_day
        if spacing < MIN_TICK_SPACING or (unit.kind == "day" and spacing < day_label):
            continue
        ticks = _make_ticks(scale, unit, text_width, names, major=False)
        if _labels_fit(ticks, padding):
            chosen, minor = unit, ticks
            break
    else:
        minor = _thin(_make_ticks(scale, chosen, text_width, names, major=False), padding)
    major_unit = major_unit_for(chosen)
    major = _major_row(scale, major_unit, text_width, names, padding)
    minor = tuple(t if _whole(t, scale) else Tick(t.day, t.x, "", t.label_x, 0.0) for t in minor)
    return Axis(chosen, major_unit, minor, tuple(t for t in major if _whole(t, scale)))


def _whole(tick: Tick, scale: TimeScale) -> bool:
    """True when the tick's label lies wholly inside the strip (a cut label such as "c" for
    "Dec" or "202" for "2025" reads as nonsense)."""
    return tick.label_x >= scale.x0 and tick.label_right <= scale.x1


def _labels_fit(ticks: tuple[Tick, ...], padding: float) -> bool:
    for left, right in itertools.pairwise(ticks):
        if right.x - left.x < MIN_TICK_SPACING or left.label_right + padding > right.label_x:
            return False
    return True


def _thin(ticks: tuple[Tick, ...], padding: float) -> tuple[Tick, ...]:
    """Drop labels that would collide (only for the coarsest unit at extreme zoom-out)."""
    kept: list[Tick] = []
    for tick in ticks:
        if not kept or kept[-1].label_right + padding <= tick.label_x:
            kept.append(tick)
    return tuple(kept)


def _major_row(
    scale: TimeScale, unit: TickUnit, text_width: TextWidth, names: TickNames, padding: float
) -> tuple[Tick, ...]:
    ticks = [t for t in _make_ticks(scale, unit, text_width, names, major=True)]
    visible = [t for t in ticks if t.x >= scale.x0]
    before = [t for t in ticks if t.x < scale.x0]
    if before:  # sticky label for the period already under way at the left edge
        sticky = before[-1]
        x = scale.x0 + LABEL_OFFSET
        if visible:
            x = min(x, visible[0].label_x - padding - sticky.label_width)
        if x >= scale.x0:  # dropped once the next label starts to push it out
            visible.insert(0, Tick(sticky.day, sticky.x, sticky.label, x, sticky.label_width))
    return _thin(tuple(visible), padding)


def _make_ticks(
    scale: TimeScale, unit: TickUnit, text_width: TextWidth, names: TickNames, *, major: bool
) -> tuple[Tick, ...]:
    ticks = []
    for day, label in _tick_days(scale.start, scale.end, unit, names, major=major):
        x = scale.x_for(day)
        ticks.append(Tick(day, x, label, x + LABEL_OFFSET, float(text_width(label))))
    return tuple(ticks)


def _tick_days(
    start: float, end: float, unit: TickUnit, names: TickNames, *, major: bool
) -> Iterator[tuple[float, str]]:
    """Days (and labels) of ``unit`` ticks from the last one at or before ``start`` to ``end``."""
    if unit.kind == "year":
        yield from _year_ticks(start, end, unit.step, names, major=major)
    elif unit.kind == "month":
        yield from _month_ticks(start, end, unit.step, names, major=major)
    else:
        yield from _day_ticks(start, end, unit.step, names)


def _year_ticks(
    start: float, end: float, step: int, names: TickNames, *, major: bool
) -> Iterator[tuple[float, str]]:
    first = max(MIN_YEAR, (year_of(start) // step) * step)
    last = min(MAX_YEAR, year_of(end))
    for year in range(first, last + 1, step):
        if year < MIN_YEAR:
            continue
        day = float(date(year, 1, 1).toordinal())
        label = names.year(year)
        if major and step == 10:
            label = names.decade(year)
        elif major and step > 10:
            label = names.years(year, min(MAX_YEAR, year + step - 1))  # "1900s" is a decade
        yield day, label


def _month_ticks(
    start: float, end: float, step: int, names: TickNames, *, major: bool
) -> Iterator[tuple[float, str]]:
    first = date.fromordinal(int(max(1.0, start)))
    index = first.year * 12 + (first.month - 1) // step * step
    last_day = int(min(end, float(date.max.toordinal())))
    while True:
        year, month0 = divmod(index, 12)
        if year > MAX_YEAR:
            return
        day = date(year, month0 + 1, 1).toordinal()
        if day > last_day:
            return
        label = names.month(year, month0 + 1) if major else names.month_short(month0 + 1)
        yield float(day), label
        index += step


def _day_ticks(
    start: float, end: float, step: int, names: TickNames
) -> Iterator[tuple[float, str]]:
    """Days 1, 1+step, ... within each month; the last few days of a month are skipped when
    the next month's 1st would sit closer than ``step`` days."""
    first = date.fromordinal(int(max(1.0, start)))
    day = date(first.year, first.month, 1).toordinal()
    last = int(min(end, float(date.max.toordinal())))
    while day <= last:
        current = date.fromordinal(day)
        month_len = _month_length(current.year, current.month)
        if (current.day - 1) % step == 0 and current.day <= month_len - step + 1:
            yield float(day), names.day(current.day)
        day += 1


def _month_length(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days
