"""Dates, numbers and counts as each interface language writes them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from PySide6.QtCore import QCoreApplication

from xiaomi_timeline.core.dates import PartialDate, Precision
from xiaomi_timeline.core.geometry.ticks import axis_ticks
from xiaomi_timeline.core.geometry.timescale import TimeScale
from xiaomi_timeline.ui.i18n.dates import (
    LocaleTickNames,
    format_date,
    format_range,
    precision_phrase,
    year_text,
)
from xiaomi_timeline.ui.i18n.language import apply_ui_language
from xiaomi_timeline.ui.i18n.words import events_count, status_name


@pytest.fixture
def language(qapp: object) -> Iterator[None]:
    yield
    apply_ui_language("en")


DAY, MONTH, YEAR = PartialDate(2024, 12, 20), PartialDate(2024, 12), PartialDate(2019)

EXPECTED = {
    "en": ("20 December 2024", "December 2024", "2019", "known to the year", "Disputed"),
    "id": ("20 Desember 2024", "Desember 2024", "2019", "diketahui sampai tahun", "Diperdebatkan"),
    "zh_CN": ("2024年12月20日", "2024年12月", "2019年", "精确到年", "有争议"),
}


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_dates_are_as_precise_as_known_in_the_reader_s_words(language: None, code: str) -> None:
    apply_ui_language(code)
    day, month, year, precision, disputed = EXPECTED[code]
    assert (format_date(DAY), format_date(MONTH), format_date(YEAR)) == (day, month, year)
    assert precision_phrase(Precision.YEAR) == precision
    assert status_name("disputed") == disputed


def test_ranges_and_early_years(language: None) -> None:
    apply_ui_language("zh_CN")
    assert format_range(PartialDate(2022), PartialDate(2026)) == "2022年至2026年"
    assert format_date(PartialDate(44, 3, 15)) == "44年3月15日"  # not "0044"
    apply_ui_language("en")
    assert format_date(PartialDate(44, 3, 15)) == "15 March 44"
    assert format_date(PartialDate(2023, 2, 29 - 1)) == "28 February 2023"
    assert year_text(-43) == "44 BC"  # year 0 is 1 BC
    apply_ui_language("id")
    assert year_text(-43) == "44 SM"


@pytest.mark.parametrize(
    ("code", "one", "many"),
    [
        ("en", "1 event", "100,000 events"),
        ("id", "1 peristiwa", "100.000 peristiwa"),
        ("zh_CN", "1 个事件", "100,000 个事件"),
    ],
)
def test_counts_take_the_plural_and_digit_grouping_of_the_language(
    language: None, code: str, one: str, many: str
) -> None:
    apply_ui_language(code)
    assert (events_count(1), events_count(100_000)) == (one, many)


def test_axis_labels_follow_the_interface_locale(language: None) -> None:
    apply_ui_language("id")
    year_2024 = 738886.0  # 1 January 2024, to early 2025
    months = TimeScale(year_2024, year_2024 + 400.0, x0=0.0, width=900.0)
    axis = axis_ticks(months, lambda text: 7.0 * len(text), LocaleTickNames())
    assert {"Mei", "Agu", "Des"} <= {t.label for t in axis.minor}
    days = TimeScale(year_2024, year_2024 + 400.0, x0=0.0, width=4000.0)
    axis = axis_ticks(days, lambda text: 7.0 * len(text), LocaleTickNames())
    assert "Desember 2024" in {t.label for t in axis.major}
    apply_ui_language("zh_CN")
    decades = TimeScale(711858.0, 711858.0 + 40 * 365.25, x0=0.0, width=800.0)  # 1950 to 1990
    axis = axis_ticks(decades, lambda text: 7.0 * len(text), LocaleTickNames())
    assert any(t.label == "1960年代" for t in axis.major)


def test_qt_s_own_buttons_and_file_dialog_are_translated(language: None) -> None:
    translate = QCoreApplication.translate
    apply_ui_language("zh_CN")
    assert translate("QPlatformTheme", "Cancel") == "取消"
    apply_ui_language("id")  # Qt ships no Indonesian: our catalogue carries these
    assert translate("QPlatformTheme", "Cancel") == "Batal"
    assert translate("QFileDialog", "Look in:") == "Cari di:"
    assert translate("QFileSystemModel", "Date Modified") == "Tanggal diubah"


@pytest.mark.parametrize(
    ("code", "deep", "span"),
    [
        ("en", "13.7 billion years ago", "15 March 44 BC – AD 14"),
        ("id", "13,7 miliar tahun lalu", "15 Maret 44 SM – 14 M"),
        ("zh_CN", "13,700,000,000年前", "公元前44年3月15日至公元14年"),
    ],
)
def test_years_before_our_era_and_deep_time(
    language: None, code: str, deep: str, span: str
) -> None:
    apply_ui_language(code)
    assert year_text(2000 - 13_700_000_000) == deep
    assert format_range(PartialDate(-43, 3, 15), PartialDate(14)) == span
