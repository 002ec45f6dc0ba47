"""What the timeline says when it shows no events."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from tests.unit.ui.driving import WindowFactory

# The offscreen platform warns whenever a window's minimum size changes; harmless there.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_no_matching_events_says_so_and_offers_to_clear(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path
) -> None:
    window = make_window(str(sample_file), "--person", "Nobody", "--year", "2024")
    notice = window.empty_notice
    assert notice.isVisible()
    assert notice.heading.text() == "No events match these filters"
    assert "Person: Nobody" in notice.details.text() and "Years: 2024" in notice.details.text()
    assert "No person in this file is called \u201cNobody\u201d." in notice.details.text()
    assert window.count_label.text() == "0 of 6 events"
    assert window.timeline.rect().contains(notice.geometry())  # drawn over the timeline
    qtbot.mouseClick(notice.clear_button, Qt.MouseButton.LeftButton)
    assert window.session.filter.is_empty()
    assert not notice.isVisible()
    assert window.count_label.text() == "6 of 6 events"


def test_filters_that_exclude_each_other_are_named_not_blamed_on_a_name(
    make_window: WindowFactory, sample_file: Path
) -> None:
    window = make_window(str(sample_file), "--person", "Lei Jun", "--year", "1990")
    details = window.empty_notice.details.text()
    assert "None of the 6 events passes all of them." in details
    assert "is called" not in details


def test_an_empty_timeline_says_it_has_no_events(
    make_window: WindowFactory, write_document: Callable[..., Path]
) -> None:
    empty = write_document({"schema_version": 1, "title": "Nothing yet"}, "empty.json")
    window = make_window(str(empty))
    assert window.empty_notice.isVisible()
    assert window.empty_notice.heading.text() == "This timeline has no events"
    assert not window.empty_notice.clear_button.isVisible()
