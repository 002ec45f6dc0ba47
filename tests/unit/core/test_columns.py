"""The shared event columns: the fast date table must agree with the one-date parser, and
the one-slot cache must never hand one document's columns to another."""

import weakref
from datetime import date

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.paths import DATA_DIR
from xiaomi_timeline.core.columns import date_spans, event_columns
from xiaomi_timeline.core.dates import date_span
from xiaomi_timeline.core.loading.loader import load_path
from xiaomi_timeline.core.query import FilterState, TimelineIndex
from xiaomi_timeline.core.schema import Document

DATA = DATA_DIR

partial_dates = st.builds(
    lambda day, length: day.isoformat()[:length],
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.sampled_from([4, 7, 10]),
)


expanded_dates = st.builds(
    lambda year, month, day, length: (
        f"{year:05d}-{month:02d}-{day:02d}" if year < 0 else f"{year:04d}-{month:02d}-{day:02d}"
    )[: len(f"{year:05d}" if year < 0 else f"{year:04d}") + length],
    st.one_of(st.integers(-9999, 9999), st.integers(-(10**12) + 1, -10000)),
    st.integers(1, 12),
    st.integers(1, 28),
    st.sampled_from([0, 3, 6]),
)


@given(st.lists(st.one_of(partial_dates, expanded_dates), min_size=1, max_size=40))
def test_vectorised_spans_equal_the_one_date_parser(texts: list[str]) -> None:
    expected = np.array([date_span(text) for text in texts], dtype=np.float64)
    assert np.array_equal(date_spans(texts), expected)


@pytest.mark.parametrize(
    ("texts", "message"),
    [
        (["2019", "2019-02-30"], "February 2019 has 28 days"),
        (["2019-13"], "month 13"),
        (["-43"], "four or more digits"),
        (["2019", "-0043-02-29"], "February 44 BC has 28 days"),
        (["-0043", "-1234567890123"], "at most twelve digits"),
        (["-0043", "12019"], "after 9999"),
        (["-0043", "-0043-1-05"], "not a date"),
        (["NaT"], "not a date"),
        (["today"], "not a date"),
        (["2019-1-5"], "not a date"),
        (["+201"], "not a date"),
        ([" 201"], "not a date"),
        (["2019-01-011"], "not a date"),
        (["２０１９"], "not a date"),
        (["2019", "2019\n"], "not a date"),
    ],
)
def test_impossible_dates_get_the_explanatory_error(texts: list[str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        date_spans(texts)


def test_columns_follow_the_document_they_were_read_from() -> None:
    first = load_path(DATA / "minimal.json")
    second = first.model_copy(update={"events": first.events[:1]})
    assert event_columns(first).ids == tuple(e.id for e in first.events)
    assert event_columns(second).ids == (first.events[0].id,)
    assert event_columns(first).ids == tuple(e.id for e in first.events)


def test_index_of_a_reloaded_file_matches_a_fresh_one() -> None:
    path = DATA / "minimal.json"
    once = TimelineIndex(load_path(path)).query(FilterState()).ids
    again = TimelineIndex(load_path(path)).query(FilterState()).ids
    assert once == again == ["born", "acl", "plan", "hire"]


def test_the_cache_lets_go_of_a_dropped_document() -> None:
    document = load_path(DATA / "minimal.json")
    columns = weakref.ref(event_columns(document))
    del document
    assert columns() is None


def test_the_index_does_not_keep_the_columns() -> None:
    document = load_path(DATA / "minimal.json")
    columns = weakref.ref(event_columns(document))
    TimelineIndex(document)
    assert columns() is None


@given(
    st.lists(st.tuples(partial_dates, st.one_of(st.none(), partial_dates)), min_size=1, max_size=30)
)
def test_the_index_orders_by_start_then_end_then_file_order(
    spans: list[tuple[str, str | None]],
) -> None:
    events = []
    for i, (start, given_end) in enumerate(spans):
        valid = given_end is not None and date_span(given_end)[1] > date_span(start)[0]
        end = given_end if valid else None  # the document stays valid: ends after starts
        events.append({"id": f"e{i}", "title": "t", "start": start, "end": end, "category": "c"})
    document = Document.model_validate(
        {
            "schema_version": 1,
            "title": "t",
            "categories": [{"id": "c", "label": "C"}],
            "events": events,
        }
    )

    def key(i: int) -> tuple[float, float, int]:
        start, end = events[i]["start"], events[i]["end"]
        return (date_span(start)[0], date_span(end or start)[1], i)

    expected = [f"e{i}" for i in sorted(range(len(events)), key=key)]
    assert TimelineIndex(document).query(FilterState()).ids == expected
