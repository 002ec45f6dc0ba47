"""Partial dates: a day, a month or a year, each known only as precisely as the sources allow.

Precision is not duration. ``"2019"`` is one moment somewhere in 2019, so it has an
*uncertainty interval* (all of 2019) but it is still a point. Positions on the time axis are
ordinal days as floats, counted as ``date.toordinal()`` does (0001-01-01 is 1.0) and extended
to every year of the proleptic Gregorian calendar with astronomical numbering: year 0 is
1 BC, year -43 is 44 BC, so 0000-12-31 is day 0.0. Years run from -999,999,999,999 (ISO 8601
expanded years, written with a sign and four or more digits: ``"-0043"``,
``"-13700000000"``) to 9999; float days hold these exactly. People read such years as
"44 BC" or "13.7 billion years ago" (see :func:`year_text`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache
from typing import TypeVar

from xiaomi_timeline.core.caching import registered

PARTIAL_DATE_PATTERN = r"^(-[0-9]{4,12}|[0-9]{4})(-[0-9]{2}(-[0-9]{2})?)?$"
_PARTIAL_DATE_RE = re.compile(PARTIAL_DATE_PATTERN)

MIN_YEAR = -999_999_999_999
"""The earliest year: twelve digits after the sign, a trillion years before year 1."""
MAX_YEAR = 9999
"""The latest year. Later years would need five digits, and a five-digit date is far more
often a typo (``"20190"``, ``"201904"``) than a date after 9999, so none is accepted."""
PRESENT_YEAR = 2000
""""Years ago" count back from 1 January 2000 (the b2k convention), so what a date reads
never changes with the clock."""
YEARS_AGO_FROM = 10_000
"""Years at least this long before :data:`PRESENT_YEAR` read as "N thousand years ago"."""

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


_Int = TypeVar("_Int")


def ordinal_of(year: _Int, month: _Int, day: _Int) -> _Int:
    """Ordinal day of a proleptic Gregorian date in any year (``date.toordinal()`` where
    that exists). Only integer arithmetic, so it works on ints and on numpy integer arrays
    alike (the loader calls it on whole columns)."""
    y = year - (month <= 2)  # type: ignore[operator]  # years counted from 1 March
    era = y // 400
    year_of_era = y - era * 400
    day_of_year = (153 * ((month + 9) % 12) + 2) // 5 + day - 1  # type: ignore[operator]
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    result: _Int = era * 146097 + day_of_era - 305  # type: ignore[assignment]
    return result


def civil_of(ordinal: int) -> tuple[int, int, int]:
    """(year, month, day) of an ordinal day in any year; the inverse of :func:`ordinal_of`."""
    z = ordinal + 305
    era = z // 146097
    day_of_era = z - era * 146097
    year_of_era = (
        day_of_era - day_of_era // 1460 + day_of_era // 36524 - day_of_era // 146096
    ) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    shifted_month = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * shifted_month + 2) // 5 + 1
    month = shifted_month + 3 if shifted_month < 10 else shifted_month - 9
    return year_of_era + era * 400 + (month <= 2), month, day


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def month_length(year: int, month: int) -> int:
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date known to the year, the month or the day (astronomical years)."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (years before 1 as ``-YYYY...``);
        ValueError says what is wrong."""
        return _parse_cached(text)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def earliest(self) -> float:
        """Start of the uncertainty interval, in ordinal days."""
        return float(ordinal_of(self.year, self.month or 1, self.day or 1))

    @property
    def latest(self) -> float:
        """End of the uncertainty interval (exclusive), in ordinal days."""
        if self.day is not None:
            return self.earliest + 1.0
        if self.month is not None:
            return self.earliest + month_length(self.year, self.month)
        return float(ordinal_of(self.year + 1, 1, 1))

    @property
    def midpoint(self) -> float:
        return (self.earliest + self.latest) / 2.0

    def iso(self) -> str:
        text = f"{self.year:05d}" if self.year < 0 else f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def format(self, language: str = "en") -> str:
        """Human text exactly as precise as known: "2019", "April 2023", "20 December 2024",
        "15 March 44 BC", "13.7 billion years ago"."""
        if self.month is None:
            return year_text(self.year, language)
        year = year_text(self.year, language, calendar=True)
        month = month_name(self.month, language)
        if self.day is None:
            return f"{month} {year}"
        return f"{self.day} {month} {year}"

    def __str__(self) -> str:
        return self.iso()


_BC = {"en": "{} BC", "id": "{} SM"}
_AD = {"en": "AD {}", "id": "{} M"}
_YEARS_AGO = {"en": "{} {} years ago", "id": "{} {} tahun lalu"}
_MAGNITUDES = (
    (10**12, {"en": "trillion", "id": "triliun"}),
    (10**9, {"en": "billion", "id": "miliar"}),
    (10**6, {"en": "million", "id": "juta"}),
    (10**3, {"en": "thousand", "id": "ribu"}),
)
_DECIMAL_COMMA = frozenset({"id"})


def year_text(year: int, language: str = "en", *, calendar: bool = False, era: bool = False) -> str:
    """The one place that names an (astronomical) year for people.

    "2019"; "44 BC" for -43; "13.7 billion years ago" for -13700000000, used from
    :data:`YEARS_AGO_FROM` years before :data:`PRESENT_YEAR` on, to three significant digits
    (``calendar=True`` keeps the exact "12000 BC" form, for a month or day in that year).
    ``era=True`` marks a year after 1 BC too ("AD 14"), for a range that starts before it.
    """
    lang = language if language in _BC else "en"
    if year >= 1:
        return _AD[lang].format(year) if era else str(year)
    ago = PRESENT_YEAR - year
    if calendar or ago < YEARS_AGO_FROM:
        return _BC[lang].format(1 - year)
    rounded = float(f"{ago:.3g}")
    size, names = next((size, names) for size, names in _MAGNITUDES if rounded >= size)
    number = f"{rounded / size:.3g}"
    if lang in _DECIMAL_COMMA:
        number = number.replace(".", ",")
    return _YEARS_AGO[lang].format(number, names[lang])


ENDS_BEFORE = {
    "year": ("date.end_before_start", "swap start and end, or fix the year"),
    "month": ("date.end_before_start_month", "swap start and end, or fix the month"),
    "day": ("date.end_before_start_day", "swap start and end, or fix the day"),
}
"""The code and hint of an end before its start, by the part of the end to fix."""


def ends_before(start: PartialDate, end: PartialDate) -> str | None:
    """The part of ``end`` that puts it before ``start`` ("year", "month" or "day": the
    first that differs), or None when it is not before. Within one year, both dates then
    give the month (2021-03 before 2021-05), and within one month, both give the day."""
    if end.latest > start.earliest:
        return None
    if end.year != start.year:
        return "year"
    return "month" if end.month != start.month else "day"


class DateError(ValueError):
    """Text that is not a calendar date; ``code`` and ``values`` name the kind for a reader
    that words it in another language (see :class:`~xiaomi_timeline.core.problems.Problem`)."""

    def __init__(self, message: str, code: str = "", values: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.code = code
        self.values = values


@registered("partial dates parsed")
@lru_cache(maxsize=65536)
def _parse_cached(text: str) -> PartialDate:
    if not _PARTIAL_DATE_RE.fullmatch(text):  # match() would let "2019\n" through
        raise DateError(_shape_message(text))
    negative = text.startswith("-")
    parts = [int(p) for p in text.removeprefix("-").split("-")]
    year = -parts[0] if negative else parts[0]
    month = parts[1] if len(parts) > 1 else None
    day = parts[2] if len(parts) > 2 else None
    if month is not None and not 1 <= month <= 12:
        raise DateError(
            f"{text!r} has month {month}; months run from 01 to 12",
            "date.month_range",
            (repr(text), str(month)),
        )
    if month is not None and day is not None:
        last = month_length(year, month)
        if not 1 <= day <= last:
            raise DateError(
                f"{text!r} does not exist: {month_of_year(year, month)} has {last} days",
                "date.day_range",
                (repr(text), str(month), str(year), str(last)),
            )
    return PartialDate(year, month, day)


def _shape_message(text: str) -> str:
    negative = text.startswith("-")
    year = text.removeprefix("-").split("-")[0]
    if negative and year.isdigit() and len(year) < 4:
        return (
            f"{text!r} is not a date; write years before 1 with four or more digits: "
            f"-{year.zfill(4)} is {1 + int(year)} BC, 0000 is 1 BC"
        )
    if negative and year.isdigit() and len(year) > 12:
        return f"{text!r} is out of range; years before 1 have at most twelve digits"
    if not negative and year.isdigit() and len(year) > 4:
        return (
            f"{text!r} is not a date; years after 9999 are not supported: "
            "write YYYY, YYYY-MM or YYYY-MM-DD"
        )
    return (
        f"{text!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-12-20, "
        "and -YYYY for years before 1: -0043 is 44 BC"
    )


@registered("date spans")
@lru_cache(maxsize=131072)
def date_span(text: str) -> tuple[float, float, int, int]:
    """(earliest, latest exclusive, precision, year) of a date string; ValueError if invalid.
    Cached per string: the loader's fallback when the vectorised parse meets a bad date."""
    date_ = PartialDate.parse(text)  # raises the explanatory ValueError
    return date_.earliest, date_.latest, int(date_.precision), date_.year


def format_range(start: PartialDate, end: PartialDate | None, language: str = "en") -> str:
    """ "2020 – 2022", "April 2023", "44 BC – AD 14" style range text."""
    if end is None or end == start:
        return start.format(language)
    end_text = end.format(language)
    if start.year < 1 <= end.year:  # "44 BC – 14" would read as two years BC
        year = year_text(end.year, language, era=True)
        end_text = end_text.removesuffix(str(end.year)) + year
    return f"{start.format(language)} – {end_text}"


def year_range_text(first: int, last: int, language: str = "en") -> str:
    """A range of whole years: "2019", "2019–2024", "101 BC – AD 20"."""
    if first == last:
        return year_text(first, language)
    if first >= 1:
        return f"{first}\u2013{last}"
    return f"{year_text(first, language)} \u2013 {year_text(last, language, era=True)}"


def year_of(ordinal_day: float) -> int:
    """Calendar year containing an ordinal day position (clamped to the supported years)."""
    day = min(max(ordinal_day, FIRST_DAY), END_DAY - 1.0)
    return civil_of(int(day // 1))[0]


def year_start(year: int) -> float:
    """Ordinal day of 1 January of ``year`` (clamped to the supported range)."""
    year = max(MIN_YEAR, min(MAX_YEAR, year))
    return float(ordinal_of(year, 1, 1))


def month_name(month: int, language: str = "en", *, short: bool = False) -> str:
    table = _MONTHS_SHORT if short else _MONTHS
    return table.get(language, table["en"])[month - 1]


def month_of_year(year: int, month: int) -> str:
    """A month of a year as problems name it: "April 2021", "March 44 BC"."""
    return f"{month_name(month)} {year_text(year, calendar=True)}"


FIRST_DAY = float(ordinal_of(MIN_YEAR, 1, 1))
"""Ordinal day of 1 January of :data:`MIN_YEAR`."""
END_DAY = float(ordinal_of(MAX_YEAR + 1, 1, 1))
"""Exclusive end of 9999-12-31."""
