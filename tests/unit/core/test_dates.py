"""Partial dates: what users read ("April 2023") and where events sit on the axis."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xiaomi_timeline.core.dates import PartialDate, Precision, date_span, format_range


@pytest.mark.parametrize(
    ("text", "precision", "english", "indonesian"),
    [
        ("2019", Precision.YEAR, "2019", "2019"),
        ("2023-04", Precision.MONTH, "April 2023", "April 2023"),
        ("2024-12-20", Precision.DAY, "20 December 2024", "20 Desember 2024"),
        ("2024-02-29", Precision.DAY, "29 February 2024", "29 Februari 2024"),
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
        ("0000", "out of range"),
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
def test_day_dates_round_trip_through_text_and_ordinal(day: date) -> None:
    parsed = PartialDate.parse(day.isoformat())
    assert parsed.first_day() == day
    assert parsed.latest - parsed.earliest == 1


@given(st.integers(1, 9999), st.integers(1, 12))
def test_month_interval_covers_exactly_its_days(year: int, month: int) -> None:
    parsed = PartialDate.parse(f"{year:04d}-{month:02d}")
    assert parsed.first_day().day == 1
    assert (parsed.last_day().month, parsed.last_day().year) == (month, year)
    assert 28 <= parsed.latest - parsed.earliest <= 31


@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)), st.sampled_from([4, 7, 10]))
def test_fast_date_span_agrees_with_partial_date(day: date, length: int) -> None:
    text = day.isoformat()[:length]
    parsed = PartialDate.parse(text)
    assert date_span(text) == (parsed.earliest, parsed.latest, int(parsed.precision), day.year)


@pytest.mark.parametrize("text", ["2023-02-30", "2023-13", "0000", "20x9", "2019-7", "+201"])
def test_fast_date_span_rejects_what_parse_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        date_span(text)
