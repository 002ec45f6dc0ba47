"""Axis ticks: the right unit per zoom, two rows, labels that never overlap."""

from __future__ import annotations

import itertools
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from xiaomi_timeline.core.geometry.ticks import Axis, Tick, axis_ticks
from xiaomi_timeline.core.geometry.timescale import MAX_DAY, MIN_DAY, TimeScale


def width7(text: str) -> float:
    return 7.0 * len(text)


def day(y: int, m: int = 1, d: int = 1) -> float:
    return float(date(y, m, d).toordinal())


def assert_no_overlap(ticks: tuple[Tick, ...]) -> None:
    for left, right in itertools.pairwise(ticks):
        assert left.label_right <= right.label_x, (left, right)


def test_months_over_years_for_a_two_year_window() -> None:
    axis = axis_ticks(TimeScale(day(2023), day(2025), width=1200.0), width7)
    assert axis.unit.kind == "month"
    assert [t.label for t in axis.minor[:3]] == ["Jan", "Feb", "Mar"] or axis.unit.step > 1
    # 2025 begins at the right edge: its label would lie outside the strip, so it is not drawn
    assert [t.label for t in axis.major] == ["2023", "2024"]


def test_days_over_month_names_for_a_fortnight() -> None:
    axis = axis_ticks(TimeScale(day(2024, 12, 10), day(2024, 12, 24), width=1000.0), width7)
    assert axis.unit.kind == "day"
    assert "20" in [t.label for t in axis.minor]
    assert axis.major[0].label == "December 2024"  # sticky: the month already under way
    assert axis.major[0].label_x >= 0


def test_decades_for_a_century() -> None:
    axis = axis_ticks(TimeScale(day(1950), day(2050), width=800.0), width7)
    assert axis.unit.kind == "year" and axis.unit.step >= 5
    assert any(t.label.endswith("s") for t in axis.major)


def test_indonesian_month_names() -> None:
    axis = axis_ticks(TimeScale(day(2024, 7, 20), day(2024, 9, 10), width=1500.0), width7, "id")
    assert any(t.label.startswith("Agustus") for t in axis.major)


def test_no_label_is_cut_at_the_edges_of_a_window_just_wider_than_a_year() -> None:
    """Luo Fuli in 2024: the axis showed "c" (Dec) at the left and "202" (2025) at the right."""
    scale = TimeScale(day(2023, 12, 5), day(2025, 1, 25), x0=170.0, width=495.0)
    axis = axis_ticks(scale, width7)
    shown = [t for t in axis.minor + axis.major if t.label]
    assert all(scale.x0 <= t.label_x and t.label_right <= scale.x1 for t in shown)
    assert [t.label for t in axis.major] == ["2024"]
    assert "Jan" in [t.label for t in axis.minor]
    assert any(t.day == day(2023, 12) and not t.label for t in axis.minor)  # tick kept


def test_extreme_zoom_out_is_still_readable() -> None:
    axis = axis_ticks(TimeScale(1.0, MAX_DAY, width=300.0), width7)
    assert axis.minor
    assert_no_overlap(axis.minor)


@settings(max_examples=150, deadline=None)
@given(
    start=st.floats(min_value=day(1000), max_value=day(9000)),
    span=st.floats(min_value=2.0, max_value=365.25 * 500),
    width=st.floats(min_value=120.0, max_value=3000.0),
    char=st.floats(min_value=4.0, max_value=14.0),
    language=st.sampled_from(["en", "id"]),
)
def test_labels_never_overlap(
    start: float, span: float, width: float, char: float, language: str
) -> None:
    axis: Axis = axis_ticks(
        TimeScale(start, start + span, x0=100.0, width=width), lambda s: char * len(s), language
    )
    assert axis.minor, "every zoom has labelled ticks"
    assert_no_overlap(axis.minor)
    assert_no_overlap(axis.major)
    for tick in axis.minor + axis.major:
        if tick.label:  # never a cut label at either edge
            assert tick.label_x >= 100.0 and tick.label_right <= 100.0 + width, tick
    days = [t.day for t in axis.minor]
    assert days == sorted(days)
    assert all(t.day <= start + span for t in axis.minor)


def test_centuries_are_not_labelled_like_decades() -> None:
    """Over 1950-2030 in a narrow strip, "1900s" read as the decade 1900-1909."""
    axis = axis_ticks(TimeScale(day(1700), day(2030), width=400.0), width7)
    assert axis.unit.kind == "year" and axis.unit.step >= 10
    for tick in axis.major:
        if tick.label.endswith("s"):  # a decade: its years are all in that decade
            assert int(tick.label[:4]) % 10 == 0 and axis.unit.step < 10
        else:
            first, _, last = tick.label.partition("\u2013")
            assert int(last) - int(first) + 1 in (50, 100, 200, 500, 1000), tick.label


@settings(max_examples=150, deadline=None)
@given(
    log_depth=st.floats(min_value=2.0, max_value=11.9),
    log_span=st.floats(min_value=0.5, max_value=12.0),
    width=st.floats(min_value=600.0, max_value=3000.0),  # "100 thousand years ago" is long
    language=st.sampled_from(["en", "id"]),
)
def test_labels_never_overlap_from_days_to_billions_of_years_before_year_1(
    log_depth: float, log_span: float, width: float, language: str
) -> None:
    start = -(10**log_depth) * 365.25
    span = max(10**log_span * 365.25 / 100, 2.0, abs(start) * 2.0**-30)
    scale = TimeScale(start, start + span, x0=100.0, width=width, limits=(MIN_DAY, MAX_DAY))
    axis = axis_ticks(scale, width7, language)
    assert any(t.label for t in axis.minor), "every zoom has labelled ticks"
    assert_no_overlap(axis.minor)
    assert_no_overlap(axis.major)
    days = [t.day for t in axis.minor]
    assert days == sorted(days)
    assert sum(start <= d <= start + span for d in days) <= width / 16 + 1


def test_bc_years_step_down_to_1_bc_and_ad_years_say_so() -> None:
    axis = axis_ticks(TimeScale(day(1) - 365.25 * 60, day(40), width=1200.0), width7)
    labels = [t.label for t in axis.minor if t.label]
    assert labels[:3] == ["60 BC", "55 BC", "50 BC"]
    assert "5 BC" in labels and "AD 5" in labels and "AD 35" in labels


def test_deep_time_reads_in_years_ago() -> None:
    big_bang = -13.8e9 * 365.2425
    axis = axis_ticks(TimeScale(big_bang, 0.0, width=1000.0), width7)
    labels = [t.label for t in axis.minor if t.label]
    assert "10 billion years ago" in labels
    assert all(label.endswith("years ago") or label == "AD 2000" for label in labels)
    assert axis.unit.kind == axis.major_unit.kind == "ago"
    early = axis_ticks(TimeScale(-3.0e6 * 365.2425, -2.0e6 * 365.2425, width=1000.0), width7)
    early_labels = [t.label for t in early.minor if t.label]
    assert len(early_labels) >= 3
    assert all(label.endswith(" million years ago") for label in early_labels)


def test_a_few_thousand_years_keep_calendar_years_in_both_rows() -> None:
    axis = axis_ticks(TimeScale(day(1) - 365.25 * 3000, day(2000), width=500.0), width7)
    assert axis.unit.kind == axis.major_unit.kind == "year"
    labels = [t.label for t in axis.minor + axis.major if t.label]
    assert labels and all(label.endswith(" BC") or label.startswith("AD ") for label in labels)
