"""The screen legend folds into one line under the lanes, the rest behind a "More" button
that opens the whole legend; export keeps the whole legend, wrapped."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QRectF, Qt

from xiaomi_timeline.core.loading.loader import load_builtin
from xiaomi_timeline.core.query import FilterState, TimelineIndex
from xiaomi_timeline.ui.timeline.canvas import TimelineCanvas
from xiaomi_timeline.ui.timeline.legend import legend_height, legend_lines, legend_more_rect
from xiaomi_timeline.ui.timeline.legend_popup import LegendPopup
from xiaomi_timeline.ui.timeline.scene import TimelineScene

# The offscreen platform cannot raise a popup or grab the keyboard for it.
pytestmark = pytest.mark.qt_log_ignore("does not support (raise|grabbing)")


@pytest.fixture(params=["category", "person"])
def canvas(qtbot: QtBot, request: pytest.FixtureRequest) -> TimelineCanvas:
    widget = TimelineCanvas()
    qtbot.addWidget(widget)
    widget.resize(665, 460)  # the timeline's share of a 1280x800 window
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_lane_mode(request.param)
    widget.set_result(TimelineIndex(load_builtin()).query(FilterState()))
    widget.repaint()
    return widget


def screen_scene(canvas: TimelineCanvas) -> TimelineScene:
    scene = canvas.scene()
    assert scene is not None
    return scene


def test_the_screen_legend_takes_one_line_at_any_width(canvas: TimelineCanvas) -> None:
    scene = screen_scene(canvas)
    one_line = legend_height(5000.0, scene)
    unfolded = replace(scene, legend_lines=0)
    for extras in ((), ("clusters", "vague")):
        for width in range(260, 1700, 7):
            assert legend_height(float(width), scene, extras) == one_line
            lines = legend_lines(float(width), scene, extras)
            whole = legend_lines(float(width), unfolded, extras)
            assert len(lines) == 1
            assert lines[0] == whole[0][: len(lines[0])]
            assert not lines[0] or not lines[0][-1].endswith(":")
            more = legend_more_rect(QRectF(0, 0, width, one_line), scene, extras)
            assert (more is not None) == (len(whole) > 1), width
            if more is not None:
                assert more.right() <= width - 12


def test_the_folded_legend_gives_the_lanes_more_room(canvas: TimelineCanvas) -> None:
    frame = canvas.current_frame()
    assert frame is not None
    unfolded = replace(frame.scene, legend_lines=0)
    width = frame.regions.legend.width()
    assert legend_height(width, unfolded, frame.legend_extras) > frame.regions.legend.height()
    assert frame.legend_more is not None
    assert frame.regions.legend.contains(frame.legend_more)


def test_more_opens_the_whole_legend_above_the_folded_one(
    qtbot: QtBot, canvas: TimelineCanvas
) -> None:
    frame = canvas.current_frame()
    assert frame is not None and frame.legend_more is not None
    assert canvas.tooltip_at(frame.legend_more.center()) == "<qt>Show the whole legend</qt>"
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=frame.legend_more.center().toPoint())
    popup = canvas.findChild(LegendPopup, "legend-popup")
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    unfolded = replace(frame.scene, legend_lines=0)
    whole = legend_height(frame.regions.legend.width(), unfolded, frame.legend_extras)
    assert popup.height() >= whole > frame.regions.legend.height()
    legend_bottom = canvas.mapToGlobal(frame.regions.legend.bottomLeft().toPoint()).y()
    assert abs(popup.geometry().bottom() - legend_bottom) <= 2  # over the folded legend
    assert canvas.selected_index() is None  # the click opened the legend, selected nothing


def test_l_opens_the_whole_legend_from_the_keyboard(qtbot: QtBot, canvas: TimelineCanvas) -> None:
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_L)
    popup = canvas.findChild(LegendPopup, "legend-popup")
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    assert popup.accessibleName() == "Timeline legend"
