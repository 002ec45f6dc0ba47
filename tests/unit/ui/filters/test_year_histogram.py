"""The year histogram as a user drives it in the window: click a year, drag a range."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt

from tests.paths import DATA_DIR
from tests.unit.ui.driving import WindowFactory, table_ids
from xiaomi_timeline.core.dates import year_start
from xiaomi_timeline.ui.filters.year_histogram import YearHistogram

# The offscreen platform warns whenever a window's minimum size changes; harmless there.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_year_filter_by_clicking_the_histogram(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path
) -> None:
    window = make_window(str(sample_file))
    years = window.findChild(YearHistogram, "year-filter")
    assert years is not None
    window.filter_panel.ensureWidgetVisible(years)
    x = round(years.x_of(2024))
    qtbot.mouseClick(years, Qt.MouseButton.LeftButton, pos=QPoint(x, 20))
    assert window.session.filter.years == (2024, 2024)
    assert table_ids(window) == ["plan", "v2", "hire"]
    start, end = window.timeline.visible_range()  # the timeline shows the chosen year
    assert year_start(2023) < start <= year_start(2024) < year_start(2025) <= end < year_start(2026)
    assert "Years: 2024" in window.filter_panel.chip_labels()


def test_year_range_by_dragging(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path
) -> None:
    window = make_window(str(sample_file))
    years = window.filter_panel.years
    window.filter_panel.ensureWidgetVisible(years)
    start = QPoint(round(years.x_of(2019)), 20)
    end = QPoint(round(years.x_of(2022)), 20)
    qtbot.mousePress(years, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(years, end)
    qtbot.mouseRelease(years, Qt.MouseButton.LeftButton, pos=end)
    assert window.session.filter.years == (2019, 2022)
    assert table_ids(window) == ["acl", "plan"]


def test_deep_time_years_come_in_round_runs_and_a_click_filters_on_one(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(str(DATA_DIR / "deep-time.json"))
    years = window.filter_panel.years
    window.filter_panel.ensureWidgetVisible(years)
    assert years.year_range() == (-13_800_000_000, 0)  # runs of 200 million years
    qtbot.mouseClick(
        years, Qt.MouseButton.LeftButton, pos=QPoint(round(years.x_of(-2 * 10**8)), 20)
    )
    assert window.session.filter.years == (-200_000_000, -1)
    assert table_ids(window) == [
        "first-hominins",
        "caesar-consul",
        "ides-of-march",
        "actium",
        "augustus",
    ]
    model = window.table_model
    dates = [model.index(row, 0).data() for row in range(2)]
    assert dates == ["2.8 million years ago", "59 BC"]
    assert "Years: 200 million years ago – 2 BC" in window.filter_panel.chip_labels()
