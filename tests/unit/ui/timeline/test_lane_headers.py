"""Lane names in the left column: one per lane in sight, never one on top of another."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from xiaomi_timeline.core.geometry.frame import LaneBox
from xiaomi_timeline.core.geometry.layout import FrameLayout
from xiaomi_timeline.ui.timeline.painting import header_places

NAME = 16.0


def _frame(*bounds: tuple[float, float]) -> FrameLayout:
    lanes = [LaneBox(n, y0, y1, "items", 1, 1) for n, (y0, y1) in enumerate(bounds)]
    return cast(FrameLayout, SimpleNamespace(lanes=tuple(lanes)))


def test_a_page_that_starts_where_a_lane_ends_names_only_the_next_lane() -> None:
    frame = _frame((-300.0, 100.0), (100.0, 260.0))
    places = header_places(frame, 100.0, 500.0, NAME)
    assert [(box.lane, y) for box, y in places] == [(1, 106.0)]


def test_a_lane_scrolling_out_keeps_its_name_above_the_next_one() -> None:
    frame = _frame((0.0, 120.0), (120.0, 300.0))
    (first, first_y), (second, second_y) = header_places(frame, 110.0, 500.0, NAME)
    assert first_y + NAME <= second_y  # pushed up by its lane's end, not overlapping
    assert first_y + NAME <= first.y1 - 2 and second_y == second.y0 + 6
    held = header_places(_frame((0.0, 400.0)), 150.0, 500.0, NAME)
    assert [y for _, y in held] == [156.0]  # held at the top while its lane scrolls past
