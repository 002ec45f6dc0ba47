"""Level of detail computed for all lanes of a frame at once gives each lane what it would
get alone, and counted clusters drawn from columns are the clusters hit tests find."""

from __future__ import annotations

from datetime import date

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from xiaomi_timeline.core.geometry.layout import (
    EventGeometry,
    FrameRequest,
    LayoutMetrics,
    build_lane_model,
    layout_frame,
    visible_members,
)
from xiaomi_timeline.core.geometry.lod import split_vague_lanes
from xiaomi_timeline.core.geometry.timescale import TimeScale
from xiaomi_timeline.core.schema import Category, Document, Event

CATEGORIES = ("research", "people", "money")


def day(y: int, m: int = 1, d: int = 1) -> float:
    return float(date(y, m, d).toordinal())


def _model(specs: list[tuple[str, str | None, int]]):  # type: ignore[no-untyped-def]
    events = [
        Event(id=f"e{i}", title=f"Event {i}", start=start, end=end, category=CATEGORIES[cat])
        for i, (start, end, cat) in enumerate(specs)
    ]
    doc = Document(
        schema_version=1,
        title="t",
        categories=tuple(Category(id=c, label=c) for c in CATEGORIES),
        events=tuple(events),
    )
    geo = EventGeometry.from_events(events, list(CATEGORIES))
    return build_lane_model(geo, events, doc, "category", "en")


_dates = st.one_of(
    st.integers(2018, 2021).map(str),
    st.tuples(st.integers(2018, 2021), st.integers(1, 12)).map(lambda t: f"{t[0]}-{t[1]:02d}"),
    st.tuples(st.integers(2018, 2021), st.integers(1, 12), st.integers(1, 28)).map(
        lambda t: f"{t[0]}-{t[1]:02d}-{t[2]:02d}"
    ),
)
_event = st.tuples(_dates, st.one_of(st.none(), st.just("2023")), st.integers(0, 2))


@example([("2019-12", "2023", 0)] * 3, 335)  # periods grazing the view's end: none lost
@settings(max_examples=60, deadline=None)
@given(st.lists(_event, min_size=1, max_size=60), st.integers(20, 900))
def test_lanes_split_together_as_they_would_alone(
    specs: list[tuple[str, str | None, int]], span: int
) -> None:
    model = _model(specs)
    scale = TimeScale(day(2019), day(2019) + span, x0=170.0, width=1000.0)
    lanes = [visible_members(lane, model.geometry, scale.start, scale.end) for lane in model.lanes]
    together = split_vague_lanes(lanes, model.geometry, scale)
    for members, joint in zip(lanes, together, strict=True):
        (alone,) = split_vague_lanes([members], model.geometry, scale)
        assert joint[0].tolist() == alone[0].tolist()
        assert joint[1:] == alone[1:]
        kept = set(joint[0].tolist())
        assert kept <= set(members.tolist())
        assert len(members) == len(kept) + sum(g.count for g in joint[1])


def test_cluster_columns_are_the_clusters_hit_tests_find() -> None:
    specs: list[tuple[str, str | None, int]] = [
        (date.fromordinal(int(day(2000)) + 2 * i).isoformat(), None, i % 3) for i in range(3000)
    ]
    model = _model(specs)
    scale = TimeScale(day(2000), day(2017), x0=170.0, width=1000.0)
    frame = layout_frame(FrameRequest(model, scale, lambda i: 60.0, metrics=LayoutMetrics()))
    assert frame.runs and not frame.items
    boxes = [c for c in frame.clusters if not c.vague]
    assert sum(len(run) for run in frame.runs) == len(boxes)
    assert sum(int(run.count.sum()) for run in frame.runs) == 3000
    for run in frame.runs:
        for x0, count in zip(run.x0.tolist(), run.count.tolist(), strict=True):
            hit = frame.hit_test(x0 + run.width / 2, (run.y0 + run.y1) / 2)
            assert hit is not None and hit.cluster is not None
            assert hit.cluster.lane == run.lane and hit.cluster.count == count
    assert np.all(np.diff(frame.runs[0].x0) >= frame.runs[0].width - 1e-6)
