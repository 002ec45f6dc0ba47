"""The Parquet store answers every question the window asks exactly as the in-memory index does.

A generated document of a few thousand events is loaded by the real loader, written to Parquet,
and each filter's count, page, facet counts, year bars and density are compared with
TimelineIndex / QueryResult / lod.density. Needs the optional ``scaling`` extra; skipped
without it (the pure SQL building is tested in test_scaling_queries.py).
"""

from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("duckdb")
pytest.importorskip("pyarrow")

from xiaomi_timeline.bench import scaling_queries as q
from xiaomi_timeline.bench.generator import generate_text
from xiaomi_timeline.bench.scaling_data import synthetic_chunks, synthetic_entities
from xiaomi_timeline.bench.scaling_queries import NO_LANE
from xiaomi_timeline.bench.scaling_store import (
    ParquetTimeline,
    index_chunk,
    index_names,
    synthetic_names,
    write_parquet,
)
from xiaomi_timeline.core.geometry.frame import LayoutMetrics
from xiaomi_timeline.core.geometry.lanes import EventGeometry, result_lane_model
from xiaomi_timeline.core.geometry.layout import visible_members
from xiaomi_timeline.core.geometry.lod import clusters, density
from xiaomi_timeline.core.geometry.timescale import TimeScale
from xiaomi_timeline.core.loading.loader import load_bytes
from xiaomi_timeline.core.query import FilterState, QueryResult, TimelineIndex


@pytest.fixture(scope="module")
def index() -> TimelineIndex:
    return TimelineIndex(load_bytes(generate_text(3000, seed=5).encode(), "generated.json"))


@pytest.fixture(scope="module")
def store_path(index: TimelineIndex, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "events.parquet"
    assert write_parquet(path, [index_chunk(index)]) == len(index)
    return path


@pytest.fixture(scope="module")
def store(index: TimelineIndex, store_path: Path) -> ParquetTimeline:
    return ParquetTimeline(store_path, index_names(index))


@pytest.fixture(scope="module")
def indexed(index: TimelineIndex, store_path: Path) -> ParquetTimeline:
    """The same store, searching text through its word index."""
    return ParquetTimeline(store_path, index_names(index), word_index=True)


def _busiest_person(index: TimelineIndex) -> str:
    counts = index.query(FilterState()).person_counts()
    return max(counts, key=lambda p: counts[p])


def _states(index: TimelineIndex) -> list[FilterState]:
    person = _busiest_person(index)
    name = index.person_name(person)
    org_counts = index.query(FilterState()).organization_counts()
    org = max(org_counts, key=lambda o: org_counts[o])
    tag = index.tags.keys[0]
    return [
        FilterState(),
        FilterState(people=frozenset({person})),
        FilterState(people=frozenset({name.upper()})),  # by name, case-insensitive
        FilterState(people=frozenset({person}), years=(2000, 2020)),
        FilterState(organizations=frozenset({org}), statuses=frozenset({"reported"})),
        FilterState(categories=frozenset({"research", "Products"}), years=(2024, 2024)),
        FilterState(tags=frozenset({tag.upper()}), statuses=frozenset({"disputed"})),
        FilterState(text="cluster"),
        FilterState(text=f"{name.split()[0]} model"),  # a person's name and a word
        FilterState(people=frozenset({"nobody at all"})),
        FilterState(text="no-such-word-anywhere"),
    ]


def test_the_store_holds_every_event_and_the_same_span(
    index: TimelineIndex, store: ParquetTimeline
) -> None:
    assert store.total == len(index) == 3000
    geo = EventGeometry.from_index(index)
    assert store.span == (float(geo.lo.min()), float(geo.hi.max()))
    assert store.year_bounds == index.year_bounds()


def test_counts_and_pages_match_the_index(index: TimelineIndex, store: ParquetTimeline) -> None:
    whole = q.Window(*store.span, buckets=1)
    matched = []
    for state in _states(index):
        result = index.query(state)
        assert store.count(state) == len(result), state
        page = store.page(state, whole, limit=50, offset=10)
        assert [row[1] for row in page] == result.ids[10:60], state
        matched.append(len(result))
    assert matched[0] == 3000 and matched[-1] == matched[-2] == 0
    assert all(0 < n < 3000 for n in matched[1:-2])  # each filter really narrows


def test_text_through_the_word_index_finds_what_the_index_finds(
    index: TimelineIndex, indexed: ParquetTimeline
) -> None:
    assert indexed.names.words is not None and len(indexed.names.words) > 100
    whole = q.Window(*indexed.span, buckets=1)
    words = ["cluster", "model", "dEEp", "2024", "ai", "on-device", "的", "zzz"]
    person = index.person_name(_busiest_person(index)).split()[0]
    matched = []
    for text in [*words, f"{person} report", "reports differ"]:
        state = FilterState(text=text)
        result = index.query(state)
        assert indexed.count(state) == len(result), text
        assert [row[1] for row in indexed.page(state, whole, limit=100)] == result.ids[:100]
        matched.append(len(result))
    assert matched[words.index("zzz")] == 0 and sum(matched) > 1000


def test_facet_and_year_counts_match_the_filter_panel(
    index: TimelineIndex, store: ParquetTimeline
) -> None:
    for state in _states(index):
        result: QueryResult = index.query(state)
        assert store.list_counts(state, "people") == _nonzero(result.person_counts()), state
        assert store.list_counts(state, "organizations") == _nonzero(result.organization_counts())
        assert store.list_counts(state, "tags") == _nonzero(result.tag_counts())
        assert store.value_counts(state, "categories") == _nonzero(result.category_counts())
        assert store.value_counts(state, "statuses") == _nonzero(result.status_counts())
        assert store.year_counts(state) == result.year_counts(), state


def test_density_matches_the_canvas_density_and_window_pages_are_what_is_drawn(
    index: TimelineIndex, store: ParquetTimeline
) -> None:
    geo = EventGeometry.from_index(index)
    lo, _ = store.span
    start = float(np.floor(lo / 64) * 64)
    for state in _states(index)[:6]:
        result = index.query(state)
        shown = geo.take(result.positions)
        for buckets, width in ((300, 64.0), (100, 4.0)):  # whole decades; a zoom of a year
            window = q.Window(start + 20_000, start + 20_000 + buckets * width, buckets)
            expected = density(shown, window.start, window.end, buckets)
            assert store.density(state, window).tolist() == expected.tolist(), state
        window = q.Window(738_000.0, 738_400.0, 1)
        drawn = result.positions[(shown.hi > window.start) & (shown.lo < window.end)]
        ids = [row[1] for row in store.page(state, window, limit=10_000)]
        assert ids == [index.events[i].id for i in drawn.tolist()]


def test_a_synthetic_store_is_sorted_and_answers_by_names(tmp_path: Path) -> None:
    entities = synthetic_entities(5000, seed=3)
    path = tmp_path / "synthetic.parquet"
    assert write_parquet(path, synthetic_chunks(5000, 3, entities, chunk=1200)) == 5000
    store = ParquetTimeline(path, synthetic_names(entities))
    rows = store.connection.execute("SELECT position, lo, hi FROM events").fetchall()
    assert [r[0] for r in rows] == list(range(5000))
    assert rows == sorted(rows, key=lambda r: (r[1], r[2] - r[1], r[0]))
    person_id, person_name, _ = entities.people[0]
    by_id = store.count(FilterState(people=frozenset({person_id})))
    assert by_id > 0
    assert store.count(FilterState(people=frozenset({person_name.lower()}))) >= by_id
    window = q.Window(*store.span, buckets=200)
    assert int(store.density(FilterState(), window).sum()) == 5000


def _nonzero(counts: dict[str, int] | dict[int, int]) -> dict[str, int]:
    """The index lists every known name with its count; the store only what occurs."""
    return {str(k): n for k, n in counts.items() if n}


@pytest.mark.parametrize("mode", ["category", "person", "organization"])
def test_lane_clusters_match_the_canvas_clusters(
    index: TimelineIndex, store: ParquetTimeline, mode: q.LaneMode
) -> None:
    scale = TimeScale(730_000.0, 736_000.0, width=1200.0)
    metrics = LayoutMetrics()
    bin_days = metrics.cluster_px * scale.days_per_pixel
    for state in _states(index)[:5]:
        model = result_lane_model(index.query(state), mode)
        geo = model.geometry
        on_screen = list(dict.fromkeys((*model.lanes[:11], model.lanes[-1])))
        keys = [lane.key for lane in on_screen]
        if mode != "category" and state.is_empty():
            assert keys[-1] == NO_LANE  # the lane of events with nobody is asked for too
        rows = store.clusters(state, (scale.start, scale.end), bin_days, mode, keys)
        for number, lane in enumerate(on_screen):
            members = visible_members(lane, geo, scale.start, scale.end)
            runs = clusters([(number, 0.0, members)], geo, scale, metrics)
            run = runs[0] if runs else None
            expected = (
                list(zip(run.count.tolist(), run.start.tolist(), run.end.tolist(), strict=True))
                if run
                else []
            )
            got = [(int(r[2]), float(r[3]), float(r[4])) for r in rows if r[0] == lane.key]
            assert got == expected, (state, lane.key)
        assert sum(int(r[2]) for r in rows) > 0


def test_left_and_right_walk_the_matching_events_in_date_order(
    index: TimelineIndex, store: ParquetTimeline
) -> None:
    state = _states(index)[3]  # a person and a span of years
    result = index.query(state)
    shown = result.ids
    assert len(shown) >= 3
    assert store.neighbour(state, shown[0], 1) == shown[1]
    assert store.neighbour(state, shown[2], -2) == shown[0]
    assert store.neighbour(state, shown[-1], 1) is None  # nothing after the last
    hidden = next(e.id for e in index.events if e.id not in set(shown))
    position = index.position_of(hidden)
    assert position is not None
    after = [i for i in result.positions.tolist() if i > position]
    expected = index.events[after[0]].id if after else None
    assert store.neighbour(state, hidden, 1) == expected  # from a hidden event: the next shown
