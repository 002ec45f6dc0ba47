"""Axis ticks as data: the finest calendar unit whose labels fit, plus a coarser context row.

The minor row steps through days, months or years (with 2/5/10-style multiples, up to
hundreds of billions of years); the major row names the enclosing period ("April 2023" over
days, "2023" over months, "2020s" over years). Years before 1 fall on round BC years ("500
BC"), and steps of ten thousand years or more on round "years ago" ("2 million years ago"). A
candidate unit is accepted only if every label fits before the next tick, measured with the
caller's text-width function, so labels can never overlap at any zoom. The major row keeps a
"sticky" label for the period at the left edge, pushed aside by the next one like a sticky
header. No label is ever cut by the edges of the strip: a minor label that would be keeps its
tick but loses its text, and a major one is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from xiaomi_timeline.core.dates import (
    END_DAY,
    MAX_YEAR,
    MIN_YEAR,
    PRESENT_YEAR,
    YEARS_AGO_FROM,
    civil_of,
    month_length,
    month_name,
    ordinal_of,
    year_of,
    year_start,
    year_text,
)
from xiaomi_timeline.core.geometry.timescale import TimeScale

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

    def year(self, year: int, *, calendar: bool = False, era: bool = False) -> str:
        """A year as :func:`~xiaomi_timeline.core.dates.year_text` writes it."""
        return year_text(year, self.language, calendar=calendar, era=era)

    def decade(self, year: int) -> str:
        return f"{year}s"

    def years(self, first: int, last: int) -> str:
        return f"{first}\u2013{last}"

    def month(self, year: int, month: int) -> str:
        """A month with its year, over a row of days: "April 2023"."""
        return f"{month_name(month, self.language)} {self.year(year, calendar=True)}"

    def month_short(self, month: int) -> str:
        return month_name(month, self.language, short=True)

    def day(self, day: int) -> str:
        return str(day)


@dataclass(frozen=True, slots=True)
class TickUnit:
    """A calendar step: ``kind`` is "day", "month", "year" or "ago" (years counted back
    from :data:`PRESENT_YEAR`, for deep time); ``step`` multiples of it."""

    kind: str
    step: int

    @property
    def approx_days(self) -> float:
        return {"day": 1.0, "month": 30.44, "year": 365.25, "ago": 365.25}[self.kind] * self.step


MINOR_UNITS: tuple[TickUnit, ...] = (
    TickUnit("day", 1),
    TickUnit("day", 2),
    TickUnit("day", 5),
    TickUnit("month", 1),
    TickUnit("month", 3),
    TickUnit("month", 6),
    *(
        TickUnit("year" if m * 10**k < YEARS_AGO_FROM else "ago", m * 10**k)
        for k in range(12)
        for m in (1, 2, 5)
    ),
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
    power = 10
    while power <= unit.step:
        power *= 10
    return TickUnit(unit.kind, min(power, 10**12))


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
        ticks = _fitting_ticks(scale, unit, text_width, names, padding)
        if ticks is not None:
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


def _collide(left: Tick, right: Tick, padding: float) -> bool:
    return right.x - left.x < MIN_TICK_SPACING or left.label_right + padding > right.label_x


def _fitting_ticks(
    scale: TimeScale, unit: TickUnit, text_width: TextWidth, names: TickNames, padding: float
) -> tuple[Tick, ...] | None:
    """The minor ticks of ``unit`` if none of their labels collide, else None: made one at a
    time and given up at the first collision, as a unit too fine for the view collides in
    its first few ticks (the whole view tried years, then every 2, 5, 10 years, ...)."""
    ticks: list[Tick] = []
    for tick in _each_tick(scale, unit, text_width, names, major=False):
        if ticks and _collide(ticks[-1], tick, padding):
            return None
        ticks.append(tick)
    return tuple(ticks)


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
    return tuple(_each_tick(scale, unit, text_width, names, major=major))


def _each_tick(
    scale: TimeScale, unit: TickUnit, text_width: TextWidth, names: TickNames, *, major: bool
) -> Iterator[Tick]:
    for day, label in _tick_days(scale.start, scale.end, unit, names, major=major):
        x = scale.x_for(day)
        yield Tick(day, x, label, x + LABEL_OFFSET, float(text_width(label)))


def _tick_days(
    start: float, end: float, unit: TickUnit, names: TickNames, *, major: bool
) -> Iterator[tuple[float, str]]:
    """Days (and labels) of ``unit`` ticks from the last one at or before ``start`` to ``end``."""
    if unit.kind in ("year", "ago"):
        yield from _year_ticks(start, end, unit.step, names, major=major, ago=unit.kind == "ago")
    elif unit.kind == "month":
        yield from _month_ticks(start, end, unit.step, names, major=major)
    else:
        yield from _day_ticks(start, end, unit.step, names)


def _year_ticks(
    start: float, end: float, step: int, names: TickNames, *, major: bool, ago: bool
) -> Iterator[tuple[float, str]]:
    first = year_of(start)
    for year in _round_years(first, min(MAX_YEAR, year_of(end)), step, ago=ago):
        label = _year_label(year, step, names, major=major, after_bc=first < 1, ago=ago)
        yield year_start(year), label


def _round_years(first: int, last: int, step: int, *, ago: bool) -> Iterator[int]:
    """Round years for ``step`` from the last one at or before ``first`` up to ``last``:
    multiples of ``step`` after 1 BC and 1 BC minus multiples before it, or (``ago``)
    :data:`PRESENT_YEAR` minus multiples throughout."""
    if ago:
        k = -((first - PRESENT_YEAR) // step)  # ceil: the tick at or before ``first``
        while (year := PRESENT_YEAR - k * step) <= last:
            if year >= MIN_YEAR:
                yield year
            k -= 1
        return
    if first <= 0:
        k = -((first - 1) // step)  # BC years 1 - k*step, the first at or before ``first``
        while (year := 1 - k * step) <= min(last, 0):
            if year >= MIN_YEAR:
                yield year
            k -= 1
    k = max(1, first // step)
    while (year := k * step) <= last:
        yield year
        k += 1


def _year_label(
    year: int, step: int, names: TickNames, *, major: bool, after_bc: bool, ago: bool
) -> str:
    """``after_bc``: the view starts before year 1, so later years say "AD"."""
    if ago:
        return names.year(year, era=after_bc)
    if year < 1 or after_bc:
        return names.year(year, calendar=True, era=True)
    if major and step == 10:
        return names.decade(year)
    if major and step > 10:
        return names.years(year, min(MAX_YEAR, year + step - 1))  # "1900s" reads as a decade
    return names.year(year)


def _month_ticks(
    start: float, end: float, step: int, names: TickNames, *, major: bool
) -> Iterator[tuple[float, str]]:
    first_year, first_month, _ = civil_of(int(start // 1))
    index = first_year * 12 + (first_month - 1) // step * step
    while True:
        year, month0 = divmod(index, 12)
        if year > MAX_YEAR:
            return
        day = ordinal_of(year, month0 + 1, 1)
        if day > end:
            return
        label = names.month(year, month0 + 1) if major else names.month_short(month0 + 1)
        yield float(day), label
        index += step


def _day_ticks(
    start: float, end: float, step: int, names: TickNames
) -> Iterator[tuple[float, str]]:
    """Days 1, 1+step, ... within each month; the last few days of a month are skipped when
    the next month's 1st would sit closer than ``step`` days."""
    year, month, _ = civil_of(int(start // 1))
    day = ordinal_of(year, month, 1)
    last = min(end, END_DAY - 1)
    while day <= last:
        year, month, day_of_month = civil_of(day)
        month_len = month_length(year, month)
        if (day_of_month - 1) % step == 0 and day_of_month <= month_len - step + 1:
            yield float(day), names.day(day_of_month)
        day += 1
