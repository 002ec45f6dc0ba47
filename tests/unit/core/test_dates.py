"""Partial dates: what users read ("April 2023") and where events sit on the axis."""

from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from xiaomi_timeline.core.dates import (
    PartialDate,
    Precision,
    civil_of,
    date_span,
    format_range,
    ordinal_of,
    year_of,
    year_text,
)


@pytest.mark.parametrize(
    ("text", "precision", "english", "indonesian"),
    [
        ("2019", Precision.YEAR, "2019", "2019"),
        ("2023-04", Precision.MONTH, "April 2023", "April 2023"),
        ("2024-12-20", Precision.DAY, "20 December 2024", "20 Desember 2024"),
        ("2024-02-29", Precision.DAY, "29 February 2024", "29 Februari 2024"),
        ("-0043", Precision.YEAR, "44 BC", "44 SM"),
        ("-0043-03", Precision.MONTH, "March 44 BC", "Maret 44 SM"),
        ("-0043-03-15", Precision.DAY, "15 March 44 BC", "15 Maret 44 SM"),
        ("0000", Precision.YEAR, "1 BC", "1 SM"),
        ("-7999", Precision.YEAR, "8000 BC", "8000 SM"),
        ("-8000", Precision.YEAR, "10 thousand years ago", "10 ribu tahun lalu"),
        ("-125000", Precision.YEAR, "127 thousand years ago", "127 ribu tahun lalu"),
        ("-2580000", Precision.YEAR, "2.58 million years ago", "2,58 juta tahun lalu"),
        ("-13700000000", Precision.YEAR, "13.7 billion years ago", "13,7 miliar tahun lalu"),
        ("-12000-06", Precision.MONTH, "June 12001 BC", "Juni 12001 SM"),
    ],
)
def test_text_is_exactly_as_precise_as_known(
    text: str, precision: Precision, english: str, indonesian: str
) -> None:
    parsed = PartialDate.parse(text)
    assert parsed.precision is precision
    assert parsed.format("en") == english
    assert parsed.format("id") == indonesian
    assert parsed.iso() == text


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("2023-02-30", "February 2023 has 28 days"),
        ("2023-13", "months run from 01 to 12"),
        ("-43", "four or more digits: -0043 is 44 BC, 0000 is 1 BC"),
        ("-1234567890123", "at most twelve digits"),
        ("20190", "years after 9999 are not supported"),
        ("-0043-02-29", "February 44 BC has 28 days"),
        ("+2019", "write YYYY, YYYY-MM or YYYY-MM-DD"),
        ("19", "write YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2019/07", "write YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2019-7", "write YYYY, YYYY-MM or YYYY-MM-DD"),
    ],
)
def test_impossible_dates_are_rejected_with_a_reason(text: str, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        PartialDate.parse(text)


def test_year_precision_is_an_uncertainty_interval_not_a_duration() -> None:
    year = PartialDate.parse("2019")
    assert year.earliest == date(2019, 1, 1).toordinal()
    assert year.latest == date(2020, 1, 1).toordinal()
    assert year.earliest < year.midpoint < year.latest


def test_range_text_names_both_ends() -> None:
    assert format_range(PartialDate.parse("2020"), PartialDate.parse("2022")) == "2020 – 2022"
    assert format_range(PartialDate.parse("2019-07"), None) == "July 2019"


@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_day_dates_sit_where_the_standard_library_puts_them(day: date) -> None:
    parsed = PartialDate.parse(day.isoformat())
    assert parsed.earliest == day.toordinal()
    assert parsed.latest - parsed.earliest == 1
    assert civil_of(day.toordinal()) == (day.year, day.month, day.day)


@given(st.integers(-(10**12) + 1, 9999), st.integers(1, 12), st.integers(1, 31))
def test_any_year_round_trips_through_its_ordinal_day(year: int, month: int, day: int) -> None:
    assume(day <= 28 or civil_of(ordinal_of(year, month, day))[1] == month)
    ordinal = ordinal_of(year, month, day)
    assert civil_of(ordinal) == (year, month, day)
    assert ordinal_of(year, month, 1) - ordinal_of(year - 1, month, 1) in (365, 366)
    assert year_of(float(ordinal) + 0.5) == year


@given(st.integers(-(10**12) + 1, 9999), st.integers(1, 12))
def test_month_interval_covers_exactly_its_days(year: int, month: int) -> None:
    text = f"{year:05d}-{month:02d}" if year < 0 else f"{year:04d}-{month:02d}"
    parsed = PartialDate.parse(text)
    assert civil_of(int(parsed.earliest)) == (year, month, 1)
    assert civil_of(int(parsed.latest) - 1)[:2] == (year, month)
    assert 28 <= parsed.latest - parsed.earliest <= 31
    assert parsed.iso() == text


def test_years_before_1_count_astronomically() -> None:
    assert PartialDate.parse("0000").latest == PartialDate.parse("0001").earliest == 1.0
    assert PartialDate.parse("0000").latest - PartialDate.parse("0000").earliest == 366  # leap
    assert PartialDate.parse("-0001").latest == PartialDate.parse("0000").earliest
    assert PartialDate.parse("-0043").earliest < PartialDate.parse("-0042").earliest


def test_a_range_across_year_1_marks_both_eras() -> None:
    start, end = PartialDate.parse("-0043"), PartialDate.parse("0014-08")
    assert format_range(start, end) == "44 BC – August AD 14"
    assert format_range(start, end, "id") == "44 SM – Agustus 14 M"
    assert year_text(2019) == "2019"


@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)), st.sampled_from([4, 7, 10]))
def test_fast_date_span_agrees_with_partial_date(day: date, length: int) -> None:
    text = day.isoformat()[:length]
    parsed = PartialDate.parse(text)
    assert date_span(text) == (parsed.earliest, parsed.latest, int(parsed.precision), day.year)


@pytest.mark.parametrize(
    "text", ["2023-02-30", "2023-13", "-43", "20x9", "2019-7", "+201", "-0043-13", "--0043"]
)
def test_fast_date_span_rejects_what_parse_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        date_span(text)
