"""Lanes, packing, labels, level of detail and hit testing (no Qt)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xiaomi_timeline.core.geometry.lanes import LaneModel
from xiaomi_timeline.core.geometry.layout import (
    EventGeometry,
    FrameLayout,
    FrameRequest,
    LayoutMemory,
    LayoutMetrics,
    build_lane_model,
    density,
    layout_frame,
    visible_members,
)
from xiaomi_timeline.core.geometry.packing import PackMemo
from xiaomi_timeline.core.geometry.timescale import TimeScale
from xiaomi_timeline.core.schema import Category, Document, Event, Person


def day(y: int, m: int = 1, d: int = 1) -> float:
    return float(date(y, m, d).toordinal())


def event(i: int, start: str, end: str | None = None, **kw: object) -> Event:
    fields: dict[str, object] = {"category": "research", "title": f"Event number {i}"}
    fields.update(kw)
    return Event(id=f"e{i}", start=start, end=end, **fields)  # type: ignore[arg-type]


def document(events: list[Event]) -> Document:
    return Document(
        schema_version=1,
        title="t",
        categories=(
            Category(id="research", label="Research"),
            Category(id="people", label={"en": "People", "id": "Orang"}),
        ),
        people=(
            Person(id="luo", name={"en": "Luo Fuli", "zh": "罗福莉"}),
            Person(id="lei", name="Lei Jun", aliases=("雷军",)),
        ),
        events=tuple(events),
    )


def model_of(events: list[Event], mode: str = "category") -> LaneModel:
    doc = document(events)
    geo = EventGeometry.from_events(events, [c.id for c in doc.categories])
    return build_lane_model(geo, events, doc, mode, "en")


def label10(_: int) -> float:
    return 80.0


def test_precision_is_not_duration() -> None:
    geo = EventGeometry.from_events(
        [event(1, "2019"), event(2, "2023-04"), event(3, "2024-12-20"), event(4, "2020", "2022")]
    )
    assert not geo.is_range[:3].any() and geo.is_range[3]
    assert (geo.lo[0], geo.hi[0]) == (day(2019), day(2020))  # uncertainty: all of 2019
    assert geo.anchor[0] == pytest.approx((day(2019) + day(2020)) / 2)
    assert (geo.lo[1], geo.hi[1]) == (day(2023, 4), day(2023, 5))
    assert geo.hi[2] - geo.lo[2] == 1.0
    assert (geo.lo[3], geo.start_hi[3], geo.end_lo[3], geo.hi[3]) == (
        day(2020),
        day(2021),
        day(2022),
        day(2023),
    )


def test_an_event_with_two_people_is_in_both_person_lanes() -> None:
    events = [
        event(1, "2024", people=("luo", "lei")),
        event(2, "2023", people=("luo",)),
        event(3, "2022"),
    ]
    model = model_of(events, "person")
    by_key = {lane.key: lane for lane in model.lanes}
    assert set(by_key) == {"luo", "lei", ""}
    assert sorted(model.geometry.ids[i] for i in by_key["luo"].members) == ["e1", "e2"]
    assert [model.geometry.ids[i] for i in by_key["lei"].members] == ["e1"]
    assert (by_key["luo"].label, by_key["luo"].sublabel) == ("Luo Fuli", "罗福莉")
    assert by_key["lei"].sublabel == "雷军"
    assert model.lanes[-1].label == "No person"


def test_category_lanes_follow_document_order_and_skip_empty() -> None:
    model = model_of([event(1, "2024", category="people")])
    assert [lane.label for lane in model.lanes] == ["People"]
    with pytest.raises(ValueError, match="lane mode"):
        model_of([event(1, "2024")], "nonsense")


def test_culling_matches_brute_force() -> None:
    rng = np.random.default_rng(1)
    events = []
    for i in range(400):
        y = int(rng.integers(2000, 2020))
        end = str(y + int(rng.integers(1, 4))) if rng.random() < 0.2 else None
        events.append(event(i, f"{y}-{int(rng.integers(1, 13)):02d}", end))
    model = model_of(events)
    geo, lane = model.geometry, model.lanes[0]
    start, stop = day(2010, 3, 5), day(2011, 7, 1)
    got = set(visible_members(lane, geo, start, stop).tolist())
    want = {i for i in range(len(geo)) if geo.hi[i] > start and geo.lo[i] < stop}
    assert got == want


def assert_no_overlaps(frame: FrameLayout) -> None:
    boxes = []
    for item in frame.items:
        boxes.append(("marker", item.index, item.marker))
        if item.label is not None:
            boxes.append(("label", item.index, item.label))
    for n, (kind_a, ia, a) in enumerate(boxes):
        for kind_b, ib, b in boxes[n + 1 :]:
            if ia != ib:
                assert not a.overlaps(b), (kind_a, ia, a, kind_b, ib, b)


event_specs = st.lists(
    st.tuples(
        st.integers(2015, 2025),
        st.integers(0, 12),
        st.integers(0, 28),
        st.integers(0, 3),
        st.sampled_from(["confirmed", "reported", "disputed"]),
        st.integers(3, 60),
    ),
    min_size=1,
    max_size=60,
)


def build(specs: list[tuple[int, int, int, int, str, int]]) -> list[Event]:
    events = []
    for i, (y, m, d, dur, status, title_len) in enumerate(specs):
        start = str(y) if m == 0 else f"{y}-{m:02d}" if d == 0 else f"{y}-{m:02d}-{d:02d}"
        end = str(y + dur) if dur else None
        events.append(
            event(
                i,
                start,
                end,
                status=status,
                title="x" * title_len,
                category="research" if i % 3 else "people",
            )
        )
    return events


@settings(max_examples=80, deadline=None)
@given(specs=event_specs, span=st.floats(30, 4000), width=st.floats(300, 2000))
def test_labels_and_markers_never_overlap_and_every_item_is_hit_testable(
    specs: list[tuple[int, int, int, int, str, int]], span: float, width: float
) -> None:
    events = build(specs)
    model = model_of(events)
    start = day(2015)
    scale = TimeScale(start, start + span, x0=150.0, width=width)
    frame = layout_frame(FrameRequest(model, scale, lambda i: 6.0 * len(events[i].title), top=40.0))
    assert_no_overlaps(frame)
    for item in frame.items:
        hit = frame.hit_test(*item.marker.centre)
        assert hit is not None and hit.kind == "event" and hit.index == item.index
        if item.label is not None:
            assert item.label.x1 - item.label.x0 >= LayoutMetrics().min_label_px - 1e-6 or (
                item.label_full
            )
    for box in frame.lanes:
        assert box.y1 > box.y0
    drawn = {item.index for item in frame.items}
    for lane_box, lane in zip(frame.lanes, model.lanes, strict=True):
        if lane_box.mode == "items":  # every visible event is drawn, or counted in a band
            visible = visible_members(lane, model.geometry, scale.start, scale.end)
            banded = sum(c.count for c in frame.clusters if c.lane == lane_box.lane and c.vague)
            assert len(set(visible.tolist()) - drawn) <= banded


def test_too_many_events_become_clusters_with_counts_and_zoom_ranges() -> None:
    events = [event(i, date.fromordinal(int(day(2000)) + 3 * i).isoformat()) for i in range(2000)]
    model = model_of(events)
    scale = TimeScale(day(2000), day(2020), width=1000.0)
    frame = layout_frame(FrameRequest(model, scale, label10))
    assert frame.lanes[0].mode == "clusters"
    assert not frame.items
    assert sum(c.count for c in frame.clusters) == 2000
    biggest = max(frame.clusters, key=lambda c: c.count)
    assert biggest.level == 1.0
    hit = frame.hit_test(*biggest.box.centre)
    assert hit is not None and hit.kind == "cluster" and hit.cluster is not None
    assert hit.cluster.end - hit.cluster.start < scale.span
    # zoomed into one cluster the same lane shows individual events again
    zoomed = scale.with_window(hit.cluster.start, hit.cluster.end)
    assert layout_frame(FrameRequest(model, zoomed, label10)).lanes[0].mode == "items"


def test_selecting_an_event_does_not_reshuffle_a_lane_where_everything_fits() -> None:
    events = [event(i, "2024-05-01", title=f"Title {i}") for i in range(5)]
    model = model_of(events)
    scale = TimeScale(day(2024), day(2025), width=800.0)
    before = {
        item.index: item.row for item in layout_frame(FrameRequest(model, scale, label10)).items
    }
    frame = layout_frame(FrameRequest(model, scale, label10, selected=4))
    assert {item.index: item.row for item in frame.items} == before
    assert frame.items_for(4)[0].label_full


def _six_events_in_may() -> tuple[LaneModel, TimeScale]:
    """A lane of six events three days apart in a six-week view: crowded with long labels."""
    events = [event(i, f"2024-05-{1 + 3 * i:02d}") for i in range(6)]
    return model_of(events), TimeScale(day(2024, 4, 20), day(2024, 6, 1), width=800.0)


def test_a_selected_event_that_would_lose_its_label_is_placed_first() -> None:
    model, scale = _six_events_in_may()
    metrics = LayoutMetrics(max_rows=3)
    plain = layout_frame(FrameRequest(model, scale, lambda i: 150.0, metrics=metrics))
    cut = [item.index for item in plain.items if not item.label_full]
    assert cut  # crowded: someone's label is elided
    frame = layout_frame(
        FrameRequest(model, scale, lambda i: 150.0, metrics=metrics, selected=cut[-1])
    )
    assert frame.items_for(cut[-1])[0].row == 0  # first pick of rows and room
    assert_no_overlaps(frame)


def test_crowded_labels_are_elided_not_dropped_when_rows_run_out() -> None:
    model, scale = _six_events_in_may()
    metrics = LayoutMetrics(max_rows=2)
    frame = layout_frame(FrameRequest(model, scale, lambda i: 200.0, metrics=metrics))
    assert len(frame.items) == 6
    assert any(not item.label_full and item.label is not None for item in frame.items)
    assert_no_overlaps(frame)


def test_density_counts_every_event_in_range() -> None:
    geo = EventGeometry.from_events([event(i, f"{2000 + i}") for i in range(10)])
    counts = density(geo, day(2000), day(2010), 5)
    assert counts.tolist() == [2, 2, 2, 2, 2]


def test_events_too_vague_for_the_zoom_become_one_counted_band() -> None:
    events = [event(i, "1991") for i in range(10)]
    events += [event(10, "1991-12-05"), event(11, "1991-12-20"), event(12, "1991-12")]
    model = model_of(events)
    scale = TimeScale(day(1991, 12, 1), day(1992, 1, 1), x0=100.0, width=900.0)
    frame = layout_frame(FrameRequest(model, scale, label10))
    assert frame.lanes[0].mode == "items"
    assert sorted(model.geometry.ids[item.index] for item in frame.items) == [
        "e10",
        "e11",
        "e12",
    ]  # a lone month-known event is still drawn with its band
    (band,) = frame.clusters
    assert band.label == "10 events dated only to 1991" and band.count == 10
    hit = frame.hit_test(*band.box.centre)
    assert hit is not None and hit.cluster is band
    assert band.end - band.start > 365 * 2  # clicking zooms out until the year fits
    assert_no_overlaps(frame)
    for item in frame.items:
        assert not item.marker.overlaps(band.box)


def test_a_layout_changes_nothing_it_is_given_and_returns_the_rows_it_found() -> None:
    events = [event(i, f"2020-01-{1 + i % 20:02d}", people=(f"p{i % 30}",)) for i in range(600)]
    model = model_of(events, "person")
    scale = TimeScale(day(2019, 12, 25), day(2020, 1, 25), width=800.0)
    hints = np.ones(len(model.lanes), dtype=np.int64)
    request = FrameRequest(model, scale, label10, viewport=(0.0, 400.0), row_hints=hints)
    memory = LayoutMemory()
    frame = layout_frame(request, memory)
    assert (hints == 1).all() and request.row_hints is hints and request.scale == scale
    assert frame.rows is not None and frame.rows is not hints
    assert [frame.rows[box.lane] for box in frame.lanes] == [box.rows for box in frame.lanes]
    assert any(box.rows > 1 for box in frame.lanes)
    again = layout_frame(replace(request, row_hints=frame.rows), memory)
    assert [(b.lane, b.y0, b.rows) for b in again.lanes] == [
        (b.lane, b.y0, b.rows) for b in frame.lanes
    ]


def test_only_lanes_in_the_viewport_are_laid_out() -> None:
    events = [event(i, "2020", people=(f"p{i}",)) for i in range(200)]
    model = model_of(events, "person")
    scale = TimeScale(day(2019), day(2022), width=800.0)
    hints = np.ones(len(model.lanes), dtype=np.int64)
    frame = layout_frame(
        FrameRequest(model, scale, label10, viewport=(0.0, 300.0), row_hints=hints)
    )
    assert 0 < len(frame.lanes) < 20
    assert frame.lanes[0].lane == 0
    lane_height = frame.lanes[0].y1 - frame.lanes[0].y0
    assert frame.content_height == pytest.approx(lane_height * 200)


@settings(max_examples=40, deadline=None)
@given(specs=event_specs, scroll=st.floats(0, 600), height=st.floats(60, 500))
def test_only_lanes_meeting_the_viewport_are_returned_and_they_stack(
    specs: list[tuple[int, int, int, int, str, int]], scroll: float, height: float
) -> None:
    events = build(specs)
    for n, e in enumerate(events):  # spread over many person lanes
        events[n] = e.model_copy(update={"people": (f"p{n % 7}",)})
    model = model_of(events, "person")
    scale = TimeScale(day(2015), day(2026), x0=150.0, width=900.0)
    hints = np.ones(len(model.lanes), dtype=np.int64)
    frame = layout_frame(
        FrameRequest(
            model,
            scale,
            lambda i: 6.0 * len(events[i].title),
            top=40.0 - scroll,
            viewport=(40.0, 40.0 + height),
            row_hints=hints,
        )
    )
    for lane in frame.lanes:
        assert lane.y1 > 40.0 and lane.y0 < 40.0 + height
    for upper, lower in zip(frame.lanes, frame.lanes[1:], strict=False):
        assert lower.lane == upper.lane + 1 and lower.y0 == pytest.approx(upper.y1)
    assert_no_overlaps(frame)


def test_a_lane_of_19_crowded_events_is_drawn_event_by_event_not_clustered() -> None:
    """Luo Fuli's lane in the built-in data: 19 events, 14 of them in the last two years of a
    33-year view 490 px wide, with long titles. They need ~19 rows; lanes scroll vertically,
    so that is legible and must not collapse into anonymous count blocks."""
    dates = [
        ("1995", None),
        ("2013", None),
        ("2019-07", None),
        ("2020", "2022"),
        ("2022", None),
        ("2024-05", None),
        ("2024-05-06", None),
        ("2024-12-20", None),
        ("2025-02-17", None),
        ("2025-02-19", None),
        ("2025-09", None),
        ("2025-10-14", None),
        ("2025-11-12", None),
        ("2025-11", None),
        ("2025-12-16", None),
        ("2025-12-17", None),
        ("2026-01-15", None),
        ("2026-03", None),
        ("2026-04", None),
    ]
    model = model_of([event(i, s, e) for i, (s, e) in enumerate(dates)])
    scale = TimeScale(day(1994), day(2027), x0=170.0, width=490.0)
    for viewport in ((60.0, 440.0), (60.0, 200.0)):  # whatever the window's height
        frame = layout_frame(
            FrameRequest(model, scale, lambda i: 300.0, top=60.0, viewport=viewport)
        )
        assert frame.lanes[0].mode == "items"
        assert len(frame.items) == 19 and not frame.clusters
        assert all(item.label is not None for item in frame.items)
        assert_no_overlaps(frame)


def test_a_lane_too_crowded_for_a_screen_of_rows_becomes_clusters() -> None:
    events = [event(i, "2024-05-01") for i in range(60)]
    model = model_of(events)
    scale = TimeScale(day(2024), day(2025), width=800.0)
    frame = layout_frame(FrameRequest(model, scale, label10, viewport=(0.0, 300.0)))
    assert frame.lanes[0].mode == "clusters"
    assert sum(c.count for c in frame.clusters) == 60


def test_a_lone_event_among_clusters_is_its_own_marker_not_a_bar_counted_one() -> None:
    events = [event(i, "2024-05-01") for i in range(60)]
    events += [event(60, "2024-11-20"), event(61, "2024-01-01", "2024-12-31")]
    model = model_of(events)
    scale = TimeScale(day(2024), day(2025), width=800.0)
    frame = layout_frame(FrameRequest(model, scale, label10, viewport=(0.0, 300.0)))
    assert frame.lanes[0].mode == "clusters"
    (lone,) = frame.items  # the November event, drawn as a lane of events draws it
    assert lone.index == 60 and lone.label is None
    assert lone.marker.x1 - lone.marker.x0 == 2 * LayoutMetrics().marker_radius
    assert abs((lone.marker.x0 + lone.marker.x1) / 2 - scale.x_for(day(2024, 11, 20) + 0.5)) < 1
    hit = frame.hit_test(*lone.marker.centre)
    assert hit is not None and (hit.kind, hit.index) == ("event", 60)
    # the year-long period, alone in its column too, would cover the other bars: still a bar
    assert sorted(c.count for c in frame.clusters) == [1, 60]
    assert [c.count for c in frame.clusters if c.start == day(2024)] == [1]


def test_a_lane_empty_in_the_view_points_to_its_events_beyond_each_edge() -> None:
    events = [
        event(0, "2010-03-01"),
        event(1, "2011-06-01"),
        event(2, "2012-01-01"),
        event(3, "2024-05-01"),
        event(4, "2010-05-01", category="people"),
        event(5, "2018-01-01", category="people"),
    ]
    model = model_of(events)
    scale = TimeScale(day(2015), day(2016), x0=100.0, width=800.0)
    frame = layout_frame(FrameRequest(model, scale, label10))
    research = [e for e in frame.edges if e.lane == 0]
    assert [(e.side, e.count, e.text) for e in research] == [
        ("left", 3, "◀ 3"),
        ("right", 1, "1 ▶"),
    ]
    assert research[0].target == day(2012) + 0.5  # the nearest earlier one
    assert research[1].target == day(2024, 5, 1) + 0.5
    for edge in frame.edges:
        assert scale.x0 <= edge.box.x0 and edge.box.x1 <= scale.x1
        hit = frame.hit_test(*edge.box.centre)
        assert hit is not None and hit.kind == "edge" and hit.edge == edge
    # a lane with something in view has no indicators; the empty one has both
    shown = layout_frame(FrameRequest(model, TimeScale(day(2011), day(2013), width=800.0), label10))
    assert [(e.lane, e.side) for e in shown.edges] == [(1, "left"), (1, "right")]


@settings(max_examples=60, deadline=None)
@given(
    specs=event_specs,
    span=st.floats(30, 4000),
    width=st.floats(300, 2000),
    pans=st.lists(st.floats(-300, 300), min_size=1, max_size=4),
)
def test_a_pan_that_reuses_the_last_packing_lays_out_exactly_as_afresh(
    specs: list[tuple[int, int, int, int, str, int]],
    span: float,
    width: float,
    pans: list[float],
) -> None:
    events = build(specs)
    model = model_of(events)
    scale = TimeScale(day(2015), day(2015) + span, x0=150.0, width=width)
    memos: dict[int, PackMemo] = {}
    reused = 0
    for dx in [0.0, 0.0, *pans]:
        scale = scale.panned(dx)
        before = {k: (m.start, m.placed) for k, m in memos.items()}
        kept = layout_frame(
            FrameRequest(model, scale, lambda i: 6.0 * len(events[i].title), top=40.0),
            LayoutMemory(pack_memos=memos),
        )
        reused += sum(1 for k, m in memos.items() if k in before and m.placed is before[k][1])
        fresh = layout_frame(
            FrameRequest(model, scale, lambda i: 6.0 * len(events[i].title), top=40.0)
        )
        assert [(i.index, i.row, i.label_full) for i in kept.items] == [
            (i.index, i.row, i.label_full) for i in fresh.items
        ]
        for a, b in zip(kept.items, fresh.items, strict=True):
            assert a.marker.x0 == pytest.approx(b.marker.x0, abs=1e-6)
            assert (a.label is None) == (b.label is None)
            if a.label is not None and b.label is not None:
                assert (a.label.x0, a.label.x1) == pytest.approx((b.label.x0, b.label.x1), abs=1e-6)
    if any(frame_lane for frame_lane in memos.values() if frame_lane.placed):
        assert reused  # the repeated frame at least was a translation by 0


@pytest.mark.parametrize("start", ["2024-05", "2024"])
def test_a_label_leaves_the_whole_uncertainty_band_visible_when_there_is_room(
    start: str,
) -> None:
    events = [event(1, start)]
    scale = TimeScale(day(2023, 12), day(2026), x0=150.0, width=1400.0)
    frame = layout_frame(FrameRequest(model_of(events), scale, label10))
    (item,) = frame.items
    assert item.label is not None and item.label_full
    band_start, band_end = item.extent
    assert band_end - band_start > item.marker.x1 - item.marker.x0  # a real band
    assert item.label.x0 >= band_end or item.label.x1 <= band_start


def test_a_small_lane_reads_top_down_in_date_order() -> None:
    """Where events crowd one stretch of time, the earlier ones take the upper rows, whatever
    their status: a reader goes down the lane as the story goes on."""
    statuses = ["reported", "disputed", "confirmed", "reported", "confirmed", "disputed"]
    events = [
        event(
            i,
            f"{2019 + i // 2}-0{1 + i % 2}",
            status=status,
            title=f"A rather long title for event number {i}",
        )
        for i, status in enumerate(statuses)
    ]
    model = model_of(events)
    scale = TimeScale(day(2010), day(2030), x0=0.0, width=1000.0)
    frame = layout_frame(
        FrameRequest(model, scale, lambda i: 6.0 * len(events[i].title), viewport=(0.0, 800.0))
    )
    rows = {item.index: item.y for item in frame.items}
    order = sorted(range(len(events)), key=lambda i: model.geometry.lo[i])
    assert [rows[i] for i in order] == sorted(rows.values())  # each later event lower down
    assert all(item.label_full for item in frame.items)  # and every label whole


def test_a_label_never_starts_left_of_the_view() -> None:
    """An event just off the left edge is still laid out (the view keeps a margin); its label
    used to start off screen too, so the reader saw "encent Technologies raises ..."."""
    events = [
        event(1, "2019-12-26", title="Tencent Technologies raises a funding round"),
        event(2, "2020-06-01"),
    ]
    model = model_of(events)
    scale = TimeScale(day(2020), day(2021), x0=170.0, width=1000.0)
    frame = layout_frame(FrameRequest(model, scale, lambda i: 6.0 * len(events[i].title)))
    items = {model.geometry.event_id(item.index): item for item in frame.items}
    assert "e1" in items  # laid out, though its marker is just left of the view
    label = items["e1"].label
    assert label is not None and label.x0 >= scale.x0
