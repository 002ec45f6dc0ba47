"""A label too long for either side of its marker in the view goes whole on two lines, on
the side with more room, before it is elided (no Qt: titles are measured at 6 px a
character)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings

from tests.unit.core.geometry.test_layout import (
    assert_no_overlaps,
    build,
    day,
    event,
    event_specs,
    model_of,
)
from xiaomi_timeline.core.geometry.frame import ItemBox, LayoutMetrics
from xiaomi_timeline.core.geometry.layout import FrameLayout, FrameRequest, layout_frame
from xiaomi_timeline.core.geometry.timescale import TimeScale
from xiaomi_timeline.core.schema import Event

CHAR = 6.0
ROW = LayoutMetrics().row_height


def measure(events: list[Event]) -> tuple[object, object]:
    """``label_width`` and ``label_wrap`` for ``events``' titles: a break at the space that
    makes the wider line narrowest (anywhere in a title without spaces)."""

    def title(i: int) -> str:
        text = events[i].title
        assert isinstance(text, str)
        return text

    def width(i: int) -> float:
        return CHAR * len(title(i))

    def wrap(i: int, room: float) -> float:
        text = title(i)
        breaks = [n for n, c in enumerate(text) if c == " "] or range(1, len(text))
        widest = min(max(len(text[:n].rstrip()), len(text[n:].lstrip())) * CHAR for n in breaks)
        return widest if widest <= room else 0.0

    return width, wrap


def lay_out(events: list[Event], scale: TimeScale, *, wrap: bool = True) -> FrameLayout:
    width, wrapper = measure(events)
    request = FrameRequest(
        model_of(events),
        scale,
        width,  # type: ignore[arg-type]
        viewport=(0.0, 800.0),
        label_wrap=wrapper if wrap else None,  # type: ignore[arg-type]
    )
    return layout_frame(request)


def item_of(frame: FrameLayout, event_id: str, events: list[Event]) -> ItemBox:
    ids = [e.id for e in events]
    (item,) = [item for item in frame.items if ids[item.index] == event_id]
    return item


LONG = "Luo Fuli begins undergraduate studies at Beijing Normal University"  # 396 px


def test_a_title_too_long_for_both_sides_goes_whole_on_two_lines_on_the_roomier_side() -> None:
    events = [event(1, "2013", title=LONG)]
    # The marker sits at 2013.5 in a 500 px view of 2008-2020: 208 px to its left, 270 right.
    scale = TimeScale(day(2008), day(2020), x0=0.0, width=500.0)
    frame = lay_out(events, scale)
    item = item_of(frame, "e1", events)
    assert item.label is not None and item.label_full and item.label_lines == 2
    assert item.label.x0 >= item.extent[1]  # right of the marker and its year band
    assert item.label.x1 <= scale.x1
    assert item.label.y1 - item.label.y0 > ROW  # two rows high
    assert item.label.x1 - item.label.x0 < CHAR * len(LONG)


def test_with_more_room_on_the_left_the_two_lines_go_left() -> None:
    title = "Luo Fuli praises DeepSeek-V2's Chinese-language ability on Zhihu"
    events = [event(1, "2024-09", title=title)]
    scale = TimeScale(day(2024), day(2025), x0=0.0, width=500.0)
    frame = lay_out(events, scale)
    item = item_of(frame, "e1", events)
    assert item.label is not None and item.label_full and item.label_lines == 2
    assert scale.x0 <= item.label.x0 and item.label.x1 <= item.extent[0]


def test_without_a_wrap_or_room_for_two_lines_the_label_is_elided_on_one_line() -> None:
    events = [event(1, "2013", title=LONG)]
    scale = TimeScale(day(2008), day(2020), x0=0.0, width=500.0)
    plain = item_of(lay_out(events, scale, wrap=False), "e1", events)
    assert not plain.label_full and plain.label_lines == 1
    narrow = TimeScale(day(2008), day(2020), x0=0.0, width=250.0)  # under 2 x 198 px a side
    cut = item_of(lay_out(events, narrow), "e1", events)
    assert not cut.label_full and cut.label_lines == 1


def test_the_second_line_keeps_its_row_free_of_other_events() -> None:
    events = [
        event(1, "2013", title=LONG),
        event(2, "2016", title="Short"),
        event(3, "2017", title="Another short one"),
    ]
    scale = TimeScale(day(2008), day(2020), x0=0.0, width=500.0)
    frame = lay_out(events, scale)
    assert item_of(frame, "e1", events).label_lines == 2
    assert_no_overlaps(frame)


@pytest.mark.parametrize("width", [600.0, 900.0])
def test_a_lane_of_long_titles_shows_them_all_whole(width: float) -> None:
    events = [
        event(i, f"{2015 + i}", title=f"{LONG} number {i}" if i % 2 else f"Event {i}")
        for i in range(6)
    ]
    scale = TimeScale(day(2014), day(2022), x0=0.0, width=width)
    frame = lay_out(events, scale)
    assert all(item.label_full for item in frame.items)
    assert len(frame.items) == 6
    assert_no_overlaps(frame)


@settings(max_examples=80, deadline=None)
@given(specs=event_specs)
def test_two_line_labels_never_overlap_anything(
    specs: list[tuple[int, int, int, int, str, int]],
) -> None:
    events = build(specs)
    scale = TimeScale(day(2014), day(2027), x0=0.0, width=400.0)
    frame = lay_out(events, scale)
    assert_no_overlaps(frame)
    for item in frame.items:
        if item.label is not None:
            assert scale.x0 - 1e-6 <= item.label.x0 and item.label.x1 <= scale.x1 + 1e-6


@settings(max_examples=60, deadline=None)
@given(specs=event_specs)
def test_titles_broken_in_one_batch_are_laid_out_as_when_broken_one_by_one(
    specs: list[tuple[int, int, int, int, str, int]],
) -> None:
    events = build(specs) + [event(90 + i, f"{2015 + i}", title=f"{LONG} {i}") for i in range(4)]
    width, wrap = measure(events)
    asked: list[int] = []

    def wraps(indices: list[int]) -> list[float]:
        asked.extend(indices)
        return [wrap(i, 1e9) for i in indices]  # type: ignore[operator]

    scale = TimeScale(day(2014), day(2027), x0=0.0, width=400.0)
    requests = [
        FrameRequest(model_of(events), scale, width, viewport=(0.0, 800.0), label_wrap=wrap)  # type: ignore[arg-type]
        for _ in range(2)
    ]
    one_by_one = layout_frame(requests[0])
    batched = layout_frame(replace(requests[1], label_wraps=wraps))
    assert batched.items == one_by_one.items
    assert any(item.label_lines == 2 for item in batched.items)
    assert asked and len(asked) == len(set(asked))  # each title broken once, in one batch
