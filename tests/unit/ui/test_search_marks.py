"""The search shows where it matched: marked words in the table and in the details."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtGui import QColor

from xiaomi_timeline.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def yellow_pixels(window: MainWindow, row: int, column: int) -> int:
    table = window.table
    rect = table.visualRect(window.table_model.index(row, column))
    image = table.viewport().grab(rect).toImage()
    count = 0
    for x in range(image.width()):
        for y in range(image.height()):
            color = QColor(image.pixel(x, y))
            if color.red() > 200 and color.green() > 180 and color.blue() < 150:
                count += 1
    return count


@pytest.fixture
def window(
    make_window: Callable[..., MainWindow],
    sample_document: dict[str, Any],
    write_document: Callable[..., Path],
) -> MainWindow:
    window = make_window(str(write_document(sample_document)))
    window.resize(1280, 800)
    return window


def test_the_table_marks_the_searched_word_in_the_title(window: MainWindow) -> None:
    assert yellow_pixels(window, 0, 1) == 0
    window.session.update_filter(text="RELEASED")
    assert window.table_model.rowCount() == 1
    assert yellow_pixels(window, 0, 1) > 20  # "released" in "Model released"
    assert yellow_pixels(window, 0, 0) == 0  # the date cell has no match
    window.session.update_filter(text="")
    assert yellow_pixels(window, 0, 1) == 0


def test_the_details_mark_every_place_the_search_matched(window: MainWindow) -> None:
    window.session.update_filter(text="plan")
    window.session.select("plan")
    marks = window.detail_pane.extraSelections()
    assert marks
    assert all(m.cursor.selectedText().casefold() == "plan" for m in marks)
    window.session.update_filter(text="")
    assert not window.detail_pane.extraSelections()
