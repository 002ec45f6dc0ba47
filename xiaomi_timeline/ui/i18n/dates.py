"""Dates and numbers as the interface's locale writes them ("20 Desember 2024", "2024年12月20日").

The Qt-free core formats dates in English for the command line; everything the GUI shows goes
through here instead. The patterns are translatable QLocale date formats, so each translation
chooses its own order ("yyyy年M月d日"), and month names come from the locale (the default
QLocale, set when the interface language is chosen). Years are written by :func:`year_text`,
the one place that words a year, so forms for years outside 1-9999 can be added there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from xiaomi_timeline.core.dates import (
    PRESENT_YEAR,
    YEARS_AGO_FROM,
    PartialDate,
    Precision,
)
from xiaomi_timeline.core.geometry.ticks import TickNames

_NAMES_YEAR = 2000
"""A leap year whose calendar names months and days for any year (29 February included)."""
_MAGNITUDES = (10**12, 10**9, 10**6, 10**3)


def year_text(year: int, *, calendar: bool = False, era: bool = False) -> str:
    """A year on its own, as :func:`xiaomi_timeline.core.dates.year_text` words it, in the
    interface language: "2019", "2019年", "44 SM", "公元前44年", "13,7 miliar tahun lalu";
    ``era`` marks a year after 1 BC ("AD 14"), ``calendar`` keeps "12000 BC" for old years."""
    translate = QCoreApplication.translate
    if year >= 1:
        if era:
            return translate("Dates", "AD %1", "a year of the common era").replace("%1", str(year))
        return translate("Dates", "%1", "a year on its own").replace("%1", str(year))
    ago = PRESENT_YEAR - year
    if calendar or ago < YEARS_AGO_FROM:
        before = translate("Dates", "%1 BC", "a year before the common era")
        return before.replace("%1", str(1 - year))
    rounded = float(f"{ago:.3g}")
    size = next(size for size in _MAGNITUDES if rounded >= size)
    number = QLocale().toString(rounded / size, "g", 3)
    whole = QLocale().toString(int(rounded))
    # In every phrase %2, the whole number of years, may be used instead of %1.
    phrases = {
        10**12: translate("Dates", "%1 trillion years ago", "%2 may be used instead"),
        10**9: translate("Dates", "%1 billion years ago", "%2 may be used instead"),
        10**6: translate("Dates", "%1 million years ago", "%2 may be used instead"),
        10**3: translate("Dates", "%1 thousand years ago", "%2 may be used instead"),
    }
    return phrases[size].replace("%1", number).replace("%2", whole)


def year_range_text(first: int, last: int) -> str:
    """Whole years: "2019", "2019–2024", "101 SM – 20 M"."""
    if first == last:
        return year_text(first)
    if first >= 1:
        return f"{first}\u2013{last}"
    return _range(year_text(first), year_text(last, era=True))


def _range(first: str, last: str) -> str:
    pattern = QCoreApplication.translate("Dates", "%1 – %2", "a date range: from – to")
    return pattern.replace("%1", first).replace("%2", last)


def _year_in_date(year: int, era: bool) -> str:
    """The year inside a month or a day ("Maret 44 SM", "公元前44年3月")."""
    translate = QCoreApplication.translate
    if year < 1:
        before = translate("Dates", "%1 BC", "the year inside a date: 15 March 44 BC")
        return before.replace("%1", str(1 - year))
    if era:
        return translate("Dates", "AD %1", "the year inside a date: 15 March AD 14").replace(
            "%1", str(year)
        )
    return str(year)


def _named(
    locale: QLocale, pattern: str, year: int, month: int, day: int = 1, *, era: bool = False
) -> str:
    """``pattern`` for a day of any year: the names come from a year QDate supports and the
    year is written in (unpadded: QDate would write 0044)."""
    written = _year_in_date(year, era).replace("'", "''")
    return locale.toString(QDate(_NAMES_YEAR, month, day), pattern.replace("yyyy", f"'{written}'"))


def format_date(value: PartialDate, *, era: bool = False) -> str:
    """``value`` exactly as precise as it is known, in the interface's locale."""
    locale = QLocale()
    if value.month is None:
        return year_text(value.year, era=era)
    if value.day is None:
        pattern = QCoreApplication.translate(
            "Dates", "MMMM yyyy", "QLocale date format of a month: April 2023"
        )
        return _named(locale, pattern, value.year, value.month, era=era)
    pattern = QCoreApplication.translate(
        "Dates", "d MMMM yyyy", "QLocale date format of a day: 20 December 2024"
    )
    return _named(locale, pattern, value.year, value.month, value.day, era=era)


def format_range(start: PartialDate, end: PartialDate | None) -> str:
    """ "2020 – 2022", "April 2023", "44 BC – AD 14" in the interface's locale."""
    if end is None or end == start:
        return format_date(start)
    # "44 BC – 14" would read as two years BC
    return _range(format_date(start), format_date(end, era=start.year < 1 <= end.year))


def format_iso(text: str) -> str:
    """A ``YYYY[-MM[-DD]]`` date from a file, formatted; the text itself if it is not one."""
    try:
        return format_date(PartialDate.parse(text))
    except ValueError:
        return text


def precision_phrase(precision: Precision) -> str:
    """How precisely a date is known: "known to the year"."""
    if precision == Precision.YEAR:
        return QCoreApplication.translate("Dates", "known to the year")
    if precision == Precision.MONTH:
        return QCoreApplication.translate("Dates", "known to the month")
    return QCoreApplication.translate("Dates", "known to the day")


def format_number(value: int) -> str:
    """A count with the locale's digit grouping: "100,000", "100.000"."""
    return QLocale().toString(value)


class LocaleTickNames(TickNames):
    """Axis labels in the interface's locale: "Des", "Desember 2024", "2020-an", "12月"."""

    def __init__(self) -> None:
        super().__init__("en")
        self._locale = QLocale()

    def year(self, year: int, *, calendar: bool = False, era: bool = False) -> str:
        """Digits for the years of our era (an axis has little room); other forms worded."""
        if year >= 1 and not era:
            return str(year)
        return year_text(year, calendar=calendar, era=era)

    def decade(self, year: int) -> str:
        return QCoreApplication.translate("Axis", "%1s", "a decade on the axis: 2020s").replace(
            "%1", str(year)
        )

    def month(self, year: int, month: int) -> str:
        pattern = QCoreApplication.translate(
            "Dates", "MMMM yyyy", "QLocale date format of a month: April 2023"
        )
        return _named(self._locale, pattern, year, month, era=False)

    def month_short(self, month: int) -> str:
        return self._locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat)
