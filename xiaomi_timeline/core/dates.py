"""Partial dates: a day, a month or a year, each known only as precisely as the sources allow.

Precision is not duration. ``"2019"`` is one moment somewhere in 2019, so it has an
*uncertainty interval* (all of 2019) but it is still a point. Positions on the time axis are
ordinal days as floats (``date.toordinal()``: 0001-01-01 is 1.0), which keeps all geometry
in plain arithmetic. Supported years are 1 to 9999, the range of :class:`datetime.date`.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from functools import lru_cache

from xiaomi_timeline.core.caching import registered

PARTIAL_DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
_PARTIAL_DATE_RE = re.compile(PARTIAL_DATE_PATTERN)

MIN_YEAR = 1
MAX_YEAR = 9999

_MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
}
_MONTHS_SHORT = {lang: tuple(name[:3] for name in names) for lang, names in _MONTHS.items()}


class Precision(IntEnum):
    """How much of a date is known. Ordered: YEAR < MONTH < DAY."""

    YEAR = 0
    MONTH = 1
    DAY = 2

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ValueError says what is wrong."""
        return _parse_cached(text)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def first_day(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        if self.day is not None:
            return self.first_day()
        month = self.month or 12
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    @property
    def earliest(self) -> float:
        """Start of the uncertainty interval, in ordinal days."""
        return float(self.first_day().toordinal())

    @property
    def latest(self) -> float:
        """End of the uncertainty interval (exclusive), in ordinal days."""
        return float(self.last_day().toordinal() + 1)

    @property
    def midpoint(self) -> float:
        return (self.earliest + self.latest) / 2.0

    def iso(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def format(self, language: str = "en") -> str:
        """Human text exactly as precise as known: "2019", "April 2023", "20 December 2024"."""
        months = _MONTHS.get(language, _MONTHS["en"])
        if self.month is None:
            return str(self.year)
        if self.day is None:
            return f"{months[self.month - 1]} {self.year}"
        return f"{self.day} {months[self.month - 1]} {self.year}"

    def __str__(self) -> str:
        return self.iso()


@registered("partial dates parsed")
@lru_cache(maxsize=65536)
def _parse_cached(text: str) -> PartialDate:
    if not _PARTIAL_DATE_RE.fullmatch(text):  # match() would let "2019\n" through
        raise ValueError(
            f"{text!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-12-20)"
        )
    parts = [int(p) for p in text.split("-")]
    year = parts[0]
    if year < MIN_YEAR:
        raise ValueError(f"year {year} is out of range; years run from 0001 to 9999")
    month = parts[1] if len(parts) > 1 else None
    day = parts[2] if len(parts) > 2 else None
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"{text!r} has month {month}; months run from 01 to 12")
    if month is not None and day is not None:
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            raise ValueError(
                f"{text!r} does not exist: {_MONTHS['en'][month - 1]} {year} has {last} days"
            )
    return PartialDate(year, month, day)


@registered("date spans")
@lru_cache(maxsize=131072)
def date_span(text: str) -> tuple[float, float, int, int]:
    """(earliest, latest exclusive, precision, year) of a date string; ValueError if invalid.

    The hot path of loading big files: computed straight from the digits, cached per string.
    """
    try:
        if not (text.isascii() and text.replace("-", "").isdigit()):
            raise ValueError(text)
        year = int(text[:4])
        if len(text) == 10 and text[4] == text[7] == "-":
            day = date(year, int(text[5:7]), int(text[8:10])).toordinal()
            return float(day), float(day + 1), int(Precision.DAY), year
        if len(text) == 7 and text[4] == "-":
            month = int(text[5:7])
            first = date(year, month, 1).toordinal()
            last = first + calendar.monthrange(year, month)[1]
            return float(first), float(last), int(Precision.MONTH), year
        if len(text) == 4 and year >= MIN_YEAR:
            first = date(year, 1, 1).toordinal()
            return float(first), float(date(year, 12, 31).toordinal() + 1), 0, year
    except ValueError:
        pass
    date_ = PartialDate.parse(text)  # raises the explanatory ValueError
    return date_.earliest, date_.latest, int(date_.precision), date_.year


def format_range(start: PartialDate, end: PartialDate | None, language: str = "en") -> str:
    """ "2020 – 2022", "April 2023", "16 – 17 December 2025" style range text."""
    if end is None or end == start:
        return start.format(language)
    return f"{start.format(language)} – {end.format(language)}"


def year_of(ordinal_day: float) -> int:
    """Calendar year containing an ordinal day position (clamped to 1..9999)."""
    day = int(max(1, min(ordinal_day, date.max.toordinal())))
    return date.fromordinal(day).year


def year_start(year: int) -> float:
    """Ordinal day of 1 January of ``year`` (clamped to the supported range)."""
    year = max(MIN_YEAR, min(MAX_YEAR, year))
    return float(date(year, 1, 1).toordinal())


def month_name(month: int, language: str = "en", *, short: bool = False) -> str:
    table = _MONTHS_SHORT if short else _MONTHS
    return table.get(language, table["en"])[month - 1]
