"""The timeline view in the window: the year axis, and fitting the events shown."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.unit.ui.driving import WindowFactory
from xiaomi_timeline.core.query import FilterState
from xiaomi_timeline.ui.filters.year_histogram import YearHistogram

# The offscreen platform warns whenever a window's minimum size changes; harmless there.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.mark.parametrize(
    ("first", "last", "width"),
    [(1995, 2026, 258), (1991, 2026, 258), (1950, 2032, 258), (1995, 2026, 600), (2019, 2025, 150)]
    + [(1800, 2030, w) for w in (120, 240, 480)],
)
def test_year_axis_labels_are_round_evenly_stepped_and_apart(
    qtbot: QtBot, first: int, last: int, width: int
) -> None:
    histogram = YearHistogram()
    qtbot.addWidget(histogram)
    histogram.resize(width, 84)
    histogram.set_counts({first: 1, last: 2})
    labels = histogram.axis_labels()
    years = [year for year, _ in labels]
    assert len(years) >= 2
    steps = {b - a for a, b in itertools.pairwise(years)}
    assert len(steps) == 1, years  # evenly stepped (edge labels may be left out, not moved)
    step = steps.pop()
    assert step in (1, 2, 5, 10, 20, 50, 100, 200, 500)
    assert all(year % step == 0 for year in years)
    metrics = histogram.fontMetrics()
    rights = [left + metrics.horizontalAdvance(str(year)) for year, left in labels]
    assert all(left >= 0 for _, left in labels) and max(rights) <= width
    assert all(right < next_left for right, (_, next_left) in zip(rights, labels[1:], strict=False))


def test_builtin_year_axis_shows_round_years(make_window: WindowFactory) -> None:
    window = make_window()
    labels = [year for year, _ in window.filter_panel.years.axis_labels()]
    assert 2000 in labels and labels[1] - labels[0] in (5, 10)


def test_clearing_filters_fits_the_events_now_shown(
    make_window: WindowFactory, sample_file: Path
) -> None:
    window = make_window(str(sample_file), "--person", "Lei Jun", "--year", "2024")
    window.session.set_filter(FilterState())
    first, last = window.session.index.span()
    start, end = window.timeline.visible_range()
    assert start <= first and end >= last  # every event, not the previous filter's few
