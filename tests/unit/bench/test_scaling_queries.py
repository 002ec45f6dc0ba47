"""The scaling prototype's SQL building, bucketing and synthetic columns, without DuckDB.

These run in every checkout: what each filter asks of the store (resolved ids, the right
dimension left out of its own counts), how buckets and year bars are reassembled, and that the
synthetic events have the app's shape and date order. test_scaling_store.py runs the SQL.
"""

import importlib.util
import re
import subprocess
import sys
from collections import Counter

import numpy as np
import pytest

from xiaomi_timeline.bench import scaling_queries as q
from xiaomi_timeline.bench.scaling_data import synthetic_chunks, synthetic_entities
from xiaomi_timeline.bench.scaling_prototype import MEASURES, parse_count
from xiaomi_timeline.bench.scaling_prototype import main as scaling_main
from xiaomi_timeline.bench.scaling_store import INSTALL_HINT
from xiaomi_timeline.core.query import FilterState

NAMES = q.EntityNames(
    people=[
        ("p1", {"en": "Luo Fuli", "zh-Hans": "罗福莉"}, ["Fuli Luo"]),
        ("p2", "Lei Jun", []),
        ("p3", "Luo Yonghao", []),
    ],
    organizations=[("o1", "Xiaomi", ["小米"]), ("o2", "DeepSeek", [])],
    categories=[("research", {"en": "Research"}), ("product", "Products")],
    tags=["LLM", "chips"],
)


def test_no_filter_is_a_true_condition_without_parameters() -> None:
    assert q.where(FilterState(), NAMES) == q.Sql("TRUE")


def test_names_in_any_script_become_ids_and_dimensions_combine_with_and() -> None:
    state = FilterState(
        people=frozenset({"罗福莉", "lei jun"}),
        organizations=frozenset({"小米"}),
        years=(2019, 2024),
        categories=frozenset({"Products"}),
        statuses=frozenset({"reported", "rumoured"}),
        tags=frozenset({"llm"}),
    )
    sql = q.where(state, NAMES)
    assert sql.text.count(" AND ") == 6  # six dimensions, the year one holding its own AND
    assert "FROM people_events WHERE id IN (?, ?)" in sql.text
    assert sql.params == (
        "p1",
        "p2",
        "o1",
        ["LLM"],  # the tag as the file spells it
        2024,  # start_year <= last
        2019,  # end_year >= first
        ["product"],
        ["reported"],  # an unknown status asks for nothing
    )


def test_a_part_of_a_name_matches_every_person_it_names() -> None:
    sql = q.where(FilterState(people=frozenset({"luo"})), NAMES)
    assert sql.params == ("p1", "p3")


def test_nobody_matches_an_unknown_name_rather_than_everybody() -> None:
    sql = q.where(FilterState(people=frozenset({"nobody"})), NAMES)
    assert sql == q.Sql("(FALSE)")


def test_facet_counts_leave_out_their_own_dimension_only() -> None:
    state = FilterState(people=frozenset({"p2"}), years=(2020, 2020))
    people = q.list_facet_sql(state, NAMES, "people")
    assert "id IN" not in people.text
    assert people.params == (2020, 2020)
    years = q.year_edges_sql(state, NAMES, 1950, 1)
    assert years.params == (1950, 1, "p2", 1950, 1, "p2")  # the person twice, no year
    statuses = q.value_facet_sql(state, NAMES, "statuses")
    assert statuses.params == ("p2", 2020, 2020)
    unfiltered = q.list_facet_sql(FilterState(people=frozenset({"p2"})), NAMES, "people")
    assert unfiltered == q.Sql("SELECT id, count(*) AS n FROM people_events GROUP BY id")


def test_every_word_of_a_search_must_match_in_texts_or_names() -> None:
    sql = q.where(FilterState(text="Luo  Xiaomi"), NAMES)
    assert sql.text.count("contains(search_text, ?)") == 2
    assert sql.params == ("luo", "p1", "p3", "xiaomi", "o1")
    assert sql.text.count("FALSE") == 2  # no organization is called luo, no person xiaomi


def test_parameters_line_up_with_placeholders_in_every_statement() -> None:
    state = FilterState(people=frozenset({"luo"}), text="model", years=(2000, 2001))
    window = q.Window(730_000.0, 731_000.0, 250)
    statements = [
        q.count_sql(state, NAMES),
        q.density_sql(state, NAMES, window),
        q.page_sql(state, NAMES, window, 500, 1000),
        q.list_facet_sql(state, NAMES, "organizations"),
        q.value_facet_sql(state, NAMES, "categories"),
        q.year_edges_sql(state, NAMES, 1950, 5),
        q.cluster_sql(state, NAMES, 730_000.0, 731_000.0, 40.0, "category", ["research"]),
        q.cluster_sql(state, NAMES, 730_000.0, 731_000.0, 40.0, "person", ["p1", q.NO_LANE]),
        q.cluster_sql(state, NAMES, 730_000.0, 731_000.0, 40.0, "organization", ["o2"]),
        q.neighbour_sql(state, NAMES, 1234, -3),
    ]
    for sql in statements:
        assert sql.text.count("?") == len(sql.params), sql.text


def test_left_goes_back_in_date_order_and_right_forward_skipping_step_minus_one() -> None:
    right = q.neighbour_sql(FilterState(), NAMES, 10, 1)
    assert "position > ?" in right.text and "ORDER BY position ASC" in right.text
    assert right.params == (10, 0)
    left = q.neighbour_sql(FilterState(), NAMES, 10, -3)
    assert "position < ?" in left.text and "ORDER BY position DESC" in left.text
    assert left.params == (10, 2)


def test_the_word_index_splits_text_exactly_where_str_split_does() -> None:
    """A term (never containing whitespace) is in a text exactly when it is in one of its
    words, so the index finds what the app finds only if both split on the same characters:
    every character Python calls whitespace, and no other."""
    as_python = re.sub(r"\\x\{([0-9a-f]+)\}", lambda m: f"\\U{int(m[1], 16):08x}", q.WORD_SPLIT)
    separator = re.compile(as_python)
    for code in range(0x110000):
        char = chr(code)
        assert bool(separator.fullmatch(char)) == char.isspace(), hex(code)


def test_searching_through_the_word_index_asks_for_the_words_containing_each_term() -> None:
    names = NAMES.with_words(["keynote", "keynotes", "robots", "会议"])
    assert NAMES.words is None  # the names without an index are untouched
    sql = q.where(FilterState(text="KEYNOTE 会"), names)
    assert "contains(search_text" not in sql.text
    assert sql.text.count("FROM event_words WHERE word IN") == 2
    assert sql.params == ("keynote", "keynotes", "会议")
    nothing = q.where(FilterState(text="quantum"), names)
    assert nothing.text == "(FALSE OR FALSE OR FALSE)"


def test_density_rows_fill_the_window_and_empty_buckets_are_zero() -> None:
    window = q.Window(0.0, 100.0, 10)
    assert window.width == 10.0
    counts = q.densities([(0, 4), (9, 1), (3, 2)], window)
    assert counts.tolist() == [4, 0, 0, 2, 0, 0, 0, 0, 0, 1]
    with pytest.raises(ValueError, match="empty window"):
        q.Window(5.0, 5.0, 10)


def test_aligned_windows_cover_the_view_in_whole_buckets_that_do_not_move_when_panning() -> None:
    window = q.aligned_window(1003.0, 2283.0, pixels=1280, pixels_per_bucket=4)
    assert window.width == 4.0
    assert window.start <= 1003.0 and window.end >= 2283.0
    assert window.start % window.width == 0
    panned = q.aligned_window(1007.0, 2287.0, pixels=1280, pixels_per_bucket=4)
    assert panned.start - window.start == 4.0  # one bucket on, the same edges


def test_year_bars_from_start_and_end_edges_count_every_year_a_range_touches() -> None:
    # one event in 2000 only, one from 2001 to 2003: +1 at a start, -1 after an end
    edges = [(0, 1), (1, -1), (1, 1), (4, -1)]
    assert q.year_counts(edges, 2000, 2003, 1) == {2000: 1, 2001: 1, 2002: 1, 2003: 1}
    assert q.year_counts([(0, 2), (1, -1), (2, -1)], 1990, 2009, 10) == {1990: 2, 2000: 1}


def test_synthetic_events_have_the_app_shape_and_come_in_date_order() -> None:
    entities = synthetic_entities(40_000, seed=2)
    assert len(entities.people) == 1000 and len(entities.organizations) == 200
    chunks = list(synthetic_chunks(40_000, 2, entities, chunk=15_000))
    assert [len(c) for c in chunks] == [15_000, 15_000, 10_000]
    lo = np.concatenate([c.dates.lo for c in chunks])
    hi = np.concatenate([c.dates.hi for c in chunks])
    order = np.lexsort((hi - lo, lo))
    assert (order == np.arange(40_000)).all()  # sorted across chunk boundaries too
    assert (hi > lo).all()
    first = chunks[0]
    assert first.ids[:2] == ["ev00000000", "ev00000001"]
    assert set(Counter(first.status.tolist())) == {"confirmed", "reported", "disputed"}
    assert set(np.diff(first.people.offsets).tolist()) == {0, 1, 2, 3}
    assert set(np.diff(first.organizations.offsets).tolist()) == {0, 1, 2}
    assert set(first.dates.precision.tolist()) == {0, 1, 2}
    years = np.concatenate([c.dates.start_year for c in chunks])
    assert years.min() < 1960 and years.max() > 2025
    for i in range(200):
        people = first.people.row(i)
        assert len(set(people)) == len(people)
        assert first.search_text[i] == first.search_text[i].casefold()
        assert first.title[i].casefold() in first.search_text[i]


def test_the_same_seed_gives_the_same_events() -> None:
    entities = synthetic_entities(3000, seed=9)
    a = next(synthetic_chunks(3000, 9, entities))
    b = next(synthetic_chunks(3000, 9, entities))
    c = next(synthetic_chunks(3000, 10, entities))
    assert a.title == b.title and (a.dates.lo == b.dates.lo).all()
    assert a.title != c.title


def test_sizes_are_read_as_the_benchmark_reads_them() -> None:
    assert parse_count("10M") == 10_000_000
    assert parse_count("250k") == 250_000
    assert parse_count("5000") == 5000
    with pytest.raises(ValueError, match="positive"):
        parse_count("0")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--events", "lots"], "'lots' is not a number of events (write 10M, 250k or 5000)"),
        (["--events", "0"], "'0' is not a number of events"),
        (["--runs", "0"], "'0' is not a number of runs (1 or more)"),
    ],
)
def test_bad_arguments_are_named_without_a_traceback(
    arguments: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        scaling_main(arguments)
    assert stopped.value.code == 2
    error = capsys.readouterr().err
    assert message in error and "Traceback" not in error


def test_every_measured_query_has_a_distinct_name() -> None:
    names = [m.name for m in MEASURES]
    assert len(set(names)) == len(names)
    assert names[0].startswith("scan floor")  # the table's ratios divide by the first row


EXTRA = ("duckdb", "pyarrow")


@pytest.mark.parametrize("blocked", [("duckdb",), ("pyarrow",), EXTRA])
def test_without_the_extra_the_prototype_says_how_to_install_it(blocked: tuple[str, ...]) -> None:
    """Run where the extra's modules cannot be imported, as in a default install."""
    code = (
        f"import sys; sys.modules.update(dict.fromkeys({blocked!r})); "
        "from xiaomi_timeline.bench.scaling_prototype import main; "
        "sys.exit(main(['--events', '1k']))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    missing = [m for m in EXTRA if m in blocked or importlib.util.find_spec(m) is None]
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith(f"{' and '.join(missing)} not installed: ")
    assert "pip install 'xiaomi-ai-timeline[scaling]'" in done.stderr
    assert INSTALL_HINT.splitlines()[1].strip() in done.stderr
