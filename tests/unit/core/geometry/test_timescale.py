"""Time <-> x geometry: round trips, zoom about the cursor, pan, clamping and fit."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from xiaomi_timeline.core.geometry.timescale import MAX_DAY, MIN_DAY, TimeScale, domain_for

Y2020 = float(date(2020, 1, 1).toordinal())
# Years 685 to 9178: no zoom or pan below is clamped by the limits or by deep time's
# coarser floats (tested on their own below).
days = st.floats(min_value=250_000, max_value=MAX_DAY - 300_000)
spans = st.floats(min_value=3.0, max_value=20000.0)
widths = st.floats(min_value=50.0, max_value=5000.0)


@given(start=days, span=spans, width=widths, fraction=st.floats(0.0, 1.0))
def test_date_at_inverts_x_for(start: float, span: float, width: float, fraction: float) -> None:
    scale = TimeScale(start, start + span, x0=120.0, width=width)
    day = start + fraction * span
    assert scale.date_at(scale.x_for(day)) == pytest.approx(day, abs=1e-6)


@given(
    start=days, span=spans, width=widths, factor=st.floats(0.1, 10.0), fraction=st.floats(0.0, 1.0)
)
def test_zoom_keeps_the_date_under_the_cursor(
    start: float, span: float, width: float, factor: float, fraction: float
) -> None:
    scale = TimeScale(start, start + span, x0=40.0, width=width)
    cursor = scale.x0 + fraction * width
    before = scale.date_at(cursor)
    zoomed = scale.zoomed(factor, cursor)
    assume(zoomed.span == pytest.approx(span / factor))  # not clamped by min span or limits
    assert zoomed.date_at(cursor) == pytest.approx(before, abs=1e-6 * span + 1e-6)
    assert zoomed.x_for(before) == pytest.approx(cursor, abs=1e-6 * width + 1e-6)


@given(start=days, span=spans, dx=st.floats(-3000, 3000))
def test_pan_moves_content_with_the_pointer(start: float, span: float, dx: float) -> None:
    scale = TimeScale(start, start + span, width=800.0)
    day = scale.date_at(300.0)
    panned = scale.panned(dx)
    assert panned.span == pytest.approx(span)
    assert panned.x_for(day) == pytest.approx(300.0 + dx, abs=1e-6 * span * 800)


def test_zoom_in_is_clamped_to_the_minimum_span() -> None:
    scale = TimeScale(Y2020, Y2020 + 10, width=500.0).zoomed(1000.0, 250.0)
    assert scale.span == pytest.approx(scale.min_span)


def test_window_never_leaves_the_limits() -> None:
    limits = (Y2020, Y2020 + 3650)
    scale = TimeScale(Y2020, Y2020 + 365, width=500.0, limits=limits)
    assert scale.panned(10_000).start == pytest.approx(limits[0])
    assert scale.panned(-10_000).end == pytest.approx(limits[1])
    zoomed_out = scale.zoomed(0.001)
    assert (zoomed_out.start, zoomed_out.end) == pytest.approx(limits)


def test_fit_shows_the_range_with_margins() -> None:
    scale = TimeScale(0.0 + Y2020, Y2020 + 1, width=1000.0).fitted(Y2020, Y2020 + 1000)
    assert scale.start == pytest.approx(Y2020 - 50)
    assert scale.end == pytest.approx(Y2020 + 1050)


@pytest.mark.parametrize("width", [300.0, 650.0, 1400.0])
def test_fit_leaves_at_least_the_pixels_asked_at_either_end(width: float) -> None:
    base = TimeScale(0.0 + Y2020, Y2020 + 1, x0=170.0, width=width)
    scale = base.fitted(Y2020, Y2020 + 1000, margin=0.04, margin_px=44.0)
    left, right = scale.x_for(Y2020) - scale.x0, scale.x1 - scale.x_for(Y2020 + 1000)
    assert min(left, right) == pytest.approx(max(44.0, 0.04 / 1.08 * width))


def test_resize_keeps_the_window() -> None:
    scale = TimeScale(Y2020, Y2020 + 100, width=400.0).resized(10.0, 900.0)
    assert (scale.start, scale.end, scale.x0, scale.width) == (Y2020, Y2020 + 100, 10.0, 900.0)
    assert scale.x_for(Y2020 + 100) == pytest.approx(910.0)


def test_invalid_scales_are_rejected() -> None:
    with pytest.raises(ValueError, match="width"):
        TimeScale(Y2020, Y2020 + 1, width=0.0)
    with pytest.raises(ValueError, match="after start"):
        TimeScale(Y2020, Y2020)
    with pytest.raises(ValueError, match="zoom factor"):
        TimeScale(Y2020, Y2020 + 1).zoomed(0.0)


def test_domain_pads_the_data_and_stays_in_calendar_range() -> None:
    lo, hi = domain_for(Y2020, Y2020 + 100)
    assert lo < Y2020 and hi > Y2020 + 100
    assert domain_for(MIN_DAY, MIN_DAY + 10)[0] == MIN_DAY


@given(
    depth=st.floats(min_value=1e9, max_value=-MIN_DAY - 1e9),
    factor=st.floats(1.5, 1e6),
    fraction=st.floats(0.0, 1.0),
)
def test_deep_time_zooms_about_the_cursor_and_stops_before_floats_get_coarse(
    depth: float, factor: float, fraction: float
) -> None:
    span = depth / 1000
    scale = TimeScale(-depth, -depth + span, x0=40.0, width=1000.0)
    cursor = scale.x0 + fraction * scale.width
    before = scale.date_at(cursor)
    zoomed = scale.zoomed(factor, cursor)
    assert zoomed.span >= depth * 2.0**-32 * 0.99  # never narrower than floats can draw
    assert zoomed.x_for(before) == pytest.approx(cursor, abs=0.5)
    assert zoomed.date_at(cursor) == pytest.approx(before, abs=zoomed.days_per_pixel)


def test_the_whole_range_from_deep_time_to_9999_is_navigable() -> None:
    scale = TimeScale(Y2020, Y2020 + 365).with_limits((MIN_DAY, MAX_DAY))
    whole = scale.zoomed(1e-20)
    assert (whole.start, whole.end) == (MIN_DAY, MAX_DAY)
    assert whole.panned(1e6).start == MIN_DAY
