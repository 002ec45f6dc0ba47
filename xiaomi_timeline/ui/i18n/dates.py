"""Dates and numbers as the interface's locale writes them ("20 Desember 2024", "2024年12月20日").

The Qt-free core formats dates in English for the command line; everything the GUI shows goes
through here instead. The patterns are translatable QLocale date formats, so each translation
chooses its own order ("yyyy年M月d日"), and month names come from the locale (the default
QLocale, set when the interface language is chosen). Years are written by :func:`year_text`,
the one place that words a year, so forms for years outside 1-9999 can be added there.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from xiaomi_timeline.core.dates import PartialDate, Precision
from xiaomi_timeline.core.geometry.ticks import TickNames

_NAMES_YEAR = 2000
"""A leap year whose calendar names months and days for any year (29 February included)."""


def year_text(year: int) -> str:
    """A year on its own: "2019", "2019年"; years before 1 (0 is 1 BC) as "44 BC"."""
    if year < 1:
        before = QCoreApplication.translate("Dates", "%1 BC", "a year before the common era")
        return before.replace("%1", str(1 - year))
    return QCoreApplication.translate("Dates", "%1", "a year on its own").replace("%1", str(year))


def _with_year(pattern: str, year: int) -> str:
    """``pattern`` with its year written out, unpadded (QDate would write 0044) and for any
    year (QDate only names the months of years it supports)."""
    written = str(year) if year >= 1 else year_text(year)
    return pattern.replace("yyyy", "'" + written.replace("'", "''") + "'")


def _named(locale: QLocale, pattern: str, year: int, month: int, day: int = 1) -> str:
    return locale.toString(QDate(_NAMES_YEAR, month, day), _with_year(pattern, year))


def format_date(value: PartialDate) -> str:
    """``value`` exactly as precise as it is known, in the interface's locale."""
    locale = QLocale()
    if value.month is None:
        return year_text(value.year)
    if value.day is None:
        pattern = QCoreApplication.translate(
            "Dates", "MMMM yyyy", "QLocale date format of a month: April 2023"
        )
        return _named(locale, pattern, value.year, value.month)
    pattern = QCoreApplication.translate(
        "Dates", "d MMMM yyyy", "QLocale date format of a day: 20 December 2024"
    )
    return _named(locale, pattern, value.year, value.month, value.day)


def format_range(start: PartialDate, end: PartialDate | None) -> str:
    """ "2020 – 2022", "April 2023" in the interface's locale."""
    if end is None or end == start:
        return format_date(start)
    return (
        QCoreApplication.translate("Dates", "%1 – %2", "a date range: from – to")
        .replace("%1", format_date(start))
        .replace("%2", format_date(end))
    )


def format_iso(text: str) -> str:
    """A ``YYYY[-MM[-DD]]`` date from a file, formatted; the text itself if it is not one."""
    try:
        return format_date(PartialDate.parse(text))
    except ValueError:
        return text


def format_day(day: float) -> str:
    """An ordinal day position (as the geometry uses) as a full date."""
    value = date.fromordinal(max(1, int(day)))
    return format_date(PartialDate(value.year, value.month, value.day))


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

    def year(self, year: int) -> str:
        return str(year)

    def decade(self, year: int) -> str:
        return QCoreApplication.translate("Axis", "%1s", "a decade on the axis: 2020s").replace(
            "%1", str(year)
        )

    def month(self, year: int, month: int) -> str:
        pattern = QCoreApplication.translate(
            "Dates", "MMMM yyyy", "QLocale date format of a month: April 2023"
        )
        return _named(self._locale, pattern, year, month)

    def month_short(self, month: int) -> str:
        return self._locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat)
