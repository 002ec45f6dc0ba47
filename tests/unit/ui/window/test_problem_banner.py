"""The problem banner in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication, QLabel

from tests.unit.ui.driving import WindowFactory, child

# The offscreen platform warns whenever a window's minimum size changes; harmless there.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_a_long_problem_list_scrolls_inside_a_short_banner(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path
) -> None:
    window = make_window(str(sample_file))
    window.resize(1280, 800)
    problems = [
        f"bad.json:{n}:5: events[{n}].category: unknown category id 'x{n}'" for n in range(34)
    ]
    window.banner.show_problems("bad.json", problems)
    QApplication.processEvents()
    listed = child(window.banner, QLabel, "problem-list").text().splitlines()
    assert listed == problems  # every one, none hidden behind "... and N more"
    assert window.banner.height() < 200
    assert window.timeline.height() > 300
