"""Lanes of a filtered result (the vectorised path the canvas uses) agree with lanes built
event by event, for every lane mode and for filters that keep some, all or no events."""

from __future__ import annotations

import numpy as np
import pytest

from xiaomi_timeline.core.geometry.layout import EventGeometry, build_lane_model, result_lane_model
from xiaomi_timeline.core.loading.loader import load_builtin
from xiaomi_timeline.core.query import FilterState, TimelineIndex
from xiaomi_timeline.core.schema import Category, Document, Event


@pytest.fixture(scope="module")
def index() -> TimelineIndex:
    return TimelineIndex(load_builtin())


FILTERS = [
    FilterState(),
    FilterState(years=(2023, 2024)),
    FilterState(people=frozenset({"Luo Fuli"})),
    FilterState(statuses=frozenset({"disputed"})),
    FilterState(text="no event says this"),
]


@pytest.mark.parametrize("mode", ["category", "person", "organization"])
@pytest.mark.parametrize("state", FILTERS, ids=lambda s: repr(s)[:60])
def test_result_lanes_equal_lanes_built_event_by_event(
    index: TimelineIndex, mode: str, state: FilterState
) -> None:
    result = index.query(state)
    fast = result_lane_model(result, mode, "en")
    events = result.events
    geometry = EventGeometry.from_events(events, index.category_keys)
    plain = build_lane_model(geometry, events, index.document, mode, "en")
    # Lanes whose first event is the same may come in either order; the rest is identical.
    assert sorted(lane.key for lane in fast.lanes) == sorted(lane.key for lane in plain.lanes)
    wanted = {lane.key: lane for lane in plain.lanes}
    for got in fast.lanes:
        want = wanted[got.key]
        assert (got.label, got.sublabel) == (want.label, want.sublabel)
        assert [fast.geometry.event_id(i) for i in got.members] == [
            plain.geometry.event_id(i) for i in want.members
        ]
        assert np.array_equal(got.member_lo, want.member_lo)
        assert got.max_extent == pytest.approx(want.max_extent)


@pytest.mark.parametrize("mode", ["person", "organization"])
def test_lanes_come_in_order_of_first_appearance(index: TimelineIndex, mode: str) -> None:
    model = result_lane_model(index.query(FilterState()), mode, "en")
    firsts = [int(lane.members.min()) for lane in model.lanes if lane.key]
    assert firsts == sorted(firsts)
    assert model.lanes[-1].key == ""  # "No person" / "No organization" comes last


def test_a_range_from_a_date_to_the_same_date_is_drawn_as_a_moment() -> None:
    document = Document(
        schema_version=1,
        title="t",
        categories=(Category(id="c", label="C"),),
        events=(
            Event(id="same", title="Same", start="2019", end="2019", category="c"),
            Event(id="span", title="Span", start="2019", end="2020-03", category="c"),
        ),
    )
    geometry = EventGeometry.from_index(TimelineIndex(document))
    drawn = dict(zip(geometry.ids.tolist(), geometry.is_range.tolist(), strict=True))
    assert drawn == {"same": False, "span": True}
    span = geometry.ids.tolist().index("span")
    assert geometry.end_lo[span] == EventGeometry.from_events(document.events[1:]).end_lo[0]


@pytest.mark.parametrize(
    ("mode", "state", "first"),
    [
        ("person", FilterState(people=frozenset({"Lei Jun"})), ["lei-jun"]),
        (
            "person",
            FilterState(people=frozenset({"罗福莉", "Zhang Duo"})),
            ["luo-fuli", "zhang-duo"],
        ),
        ("organization", FilterState(organizations=frozenset({"DeepSeek"})), ["deepseek"]),
    ],
)
def test_the_people_or_organizations_filtered_for_lead_the_lanes(
    index: TimelineIndex, mode: str, state: FilterState, first: list[str]
) -> None:
    """Their events bring in co-authors and partners; the ones asked for must come first."""
    lanes = result_lane_model(index.query(state), mode, "en").lanes
    assert sorted(lane.key for lane in lanes[: len(first)]) == first
    assert len(lanes) > len(first)  # the others are still there, after them
