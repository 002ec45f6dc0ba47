"""The year histogram as a user drives it in the window: click a year, drag a range."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt

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
