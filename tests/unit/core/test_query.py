"""Filtering as users do it: by person (any script, alias), year, category, status and text."""

from typing import Any

import pytest

from tests.paths import DATA_DIR
from xiaomi_timeline.core.loading.loader import load_path
from xiaomi_timeline.core.query import FilterState, TimelineIndex
from xiaomi_timeline.core.schema import Document

DATA = DATA_DIR


@pytest.fixture(scope="module")
def index() -> TimelineIndex:
    return TimelineIndex(load_path(DATA / "minimal.json"))


def ids(index: TimelineIndex, **state: Any) -> list[str]:
    return index.query(FilterState(**state)).ids


def test_no_filter_lists_everything_in_date_order(index: TimelineIndex) -> None:
    assert ids(index) == ["born", "acl", "plan", "hire"]


@pytest.mark.parametrize(
    "who", ["luo-fuli", "Luo Fuli", "luo fuli", "Fuli Luo", "罗福莉", "羅福莉"]
)
def test_person_matches_by_id_name_alias_in_any_script(index: TimelineIndex, who: str) -> None:
    assert ids(index, people=frozenset({who})) == ["born", "acl", "hire"]


def test_partial_name_finds_the_person(index: TimelineIndex) -> None:
    assert ids(index, people=frozenset({"lei"})) == ["plan", "hire"]


def test_unknown_person_matches_nothing(index: TimelineIndex) -> None:
    assert ids(index, people=frozenset({"Nobody Atall"})) == []


def test_people_are_alternatives(index: TimelineIndex) -> None:
    assert ids(index, people=frozenset({"雷军", "Luo Fuli"})) == ["born", "acl", "plan", "hire"]


def test_year_matches_events_touching_it(index: TimelineIndex) -> None:
    assert ids(index, years=(2024, 2024)) == ["plan", "hire"]
    assert ids(index, years=(2019, 2019)) == ["acl"]
    assert ids(index, years=(1990, 2000)) == ["born"]
    assert ids(index, years=(1900, 1901)) == []


def test_dimensions_combine(index: TimelineIndex) -> None:
    assert ids(index, people=frozenset({"Luo Fuli"}), years=(2024, 2024)) == ["hire"]
    assert ids(index, people=frozenset({"Lei Jun"}), statuses=frozenset({"disputed"})) == ["plan"]


def test_category_by_id_or_label(index: TimelineIndex) -> None:
    assert ids(index, categories=frozenset({"research"})) == ["acl"]
    assert ids(index, categories=frozenset({"Karier"})) == ["born", "plan", "hire"]


def test_organization_and_tags(index: TimelineIndex) -> None:
    assert ids(index, organizations=frozenset({"小米"})) == ["plan", "hire"]
    assert ids(index, tags=frozenset({"missing-tag"})) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hire", ["hire"]),
        ("HIRE reported", ["hire"]),
        ("makalah", ["acl"]),
        ("雷军", ["plan", "hire"]),
        ("nothing-like-this", []),
    ],
)
def test_free_text_all_words_case_insensitive_any_language(
    index: TimelineIndex, text: str, expected: list[str]
) -> None:
    assert ids(index, text=text) == expected


def test_facet_counts_ignore_their_own_dimension(index: TimelineIndex) -> None:
    result = index.query(FilterState(people=frozenset({"Luo Fuli"}), years=(2024, 2024)))
    assert result.ids == ["hire"]
    # People counts use only the year filter: what else could be picked in 2024.
    assert result.person_counts() == {"luo-fuli": 1, "lei-jun": 2}
    # Year counts use only the person filter: Luo Fuli's events per year.
    years = result.year_counts()
    assert years[1995] == 1 and years[2019] == 1 and years[2024] == 1 and years[2022] == 0
    assert result.status_counts() == {"confirmed": 0, "reported": 1, "disputed": 0}
    assert result.category_counts() == {"career": 1, "research": 0}


def test_a_range_counts_in_every_year_it_spans(index: TimelineIndex) -> None:
    years = index.query(FilterState(people=frozenset({"lei-jun"}))).year_counts()
    assert [years[y] for y in range(2022, 2027)] == [1, 1, 2, 1, 1]


def test_columns_describe_points_and_ranges(index: TimelineIndex) -> None:
    plan = index.position_of("plan")
    acl = index.position_of("acl")
    assert index.is_range[plan] and not index.is_range[acl]
    assert index.start_lo[acl] < index.anchor[acl] < index.start_hi[acl]
    assert index.end[plan] > index.start[plan] + 4 * 365


def test_large_index_queries_agree_with_a_plain_loop() -> None:
    events = [
        {
            "id": f"e{i}",
            "title": f"Event {i}",
            "start": f"{1990 + i % 30}-{1 + i % 12:02d}",
            "category": "c",
            "people": [f"p{i % 7}", f"p{i % 5}"],
        }
        for i in range(3000)
    ]
    document = Document.model_validate(
        {
            "schema_version": 1,
            "title": "big",
            "categories": [{"id": "c", "label": "C"}],
            "people": [{"id": f"p{k}", "name": f"Person {k}"} for k in range(7)],
            "events": events,
        }
    )
    index = TimelineIndex(document)
    got = set(index.query(FilterState(people=frozenset({"p3"}), years=(2000, 2004))).ids)
    expected = {
        str(e["id"])
        for e in events
        if "p3" in e["people"] and 2000 <= int(str(e["start"])[:4]) <= 2004
    }
    assert got == expected and got


def test_names_that_match_nothing_are_reported(index: TimelineIndex) -> None:
    state = FilterState(
        people=frozenset({"Nobody Atall", "Luo Fuli"}),
        organizations=frozenset({"Nowhere Inc"}),
        categories=frozenset({"research"}),
    )
    assert index.unknown_names(state) == [
        "No person in this file is called \u201cNobody Atall\u201d.",
        "No organization in this file is called \u201cNowhere Inc\u201d.",
    ]
    assert index.unknown_names(FilterState(people=frozenset({"罗福莉"}))) == []


def test_tags_filter_any_case_and_are_counted() -> None:
    document = Document.model_validate(
        {
            "schema_version": 1,
            "title": "t",
            "categories": [{"id": "c", "label": "C"}],
            "events": [
                {"id": f"e{i}", "title": "x", "start": "2020", "category": "c", "tags": tags}
                for i, tags in enumerate([("GPU", "cluster"), ("gpu",), (), ("budget",)])
            ],
        }
    )
    tagged = TimelineIndex(document)
    assert tagged.query(FilterState(tags=frozenset({"gpu"}))).ids == ["e0", "e1"]
    result = tagged.query(FilterState(tags=frozenset({"budget"})))
    assert result.ids == ["e3"]
    assert result.tag_counts() == {"GPU": 1, "budget": 1, "cluster": 1, "gpu": 1}


@pytest.fixture(scope="module")
def deep_index() -> TimelineIndex:
    return TimelineIndex(load_path(DATA / "deep-time.json"))


def test_deep_time_and_bc_events_sort_by_date(deep_index: TimelineIndex) -> None:
    assert ids(deep_index) == [
        "big-bang",
        "earth-forms",
        "first-hominins",
        "caesar-consul",
        "ides-of-march",
        "actium",
        "augustus",
    ]


@pytest.mark.parametrize(
    ("years", "expected"),
    [
        ((-43, -43), ["ides-of-march"]),  # 44 BC
        ((-30, -30), ["actium"]),
        ((0, 10), ["augustus"]),  # a reign from 27 BC to AD 14 touches 1 BC to AD 10
        ((-5_000_000_000, -1_000_000), ["earth-forms", "first-hominins"]),
    ],
)
def test_year_filter_works_before_year_1(
    deep_index: TimelineIndex, years: tuple[int, int], expected: list[str]
) -> None:
    assert ids(deep_index, years=years) == expected


def test_year_bounds_reach_deep_time(deep_index: TimelineIndex) -> None:
    assert deep_index.year_bounds() == (-13_787_000_000, 14)


def test_deep_time_year_counts_come_in_round_runs_of_years(deep_index: TimelineIndex) -> None:
    result = deep_index.query(FilterState())
    step = result.year_step()
    assert step == 200_000_000  # 13.8 billion years in at most 120 bars
    counts = result.year_counts()
    assert len(counts) <= 120
    assert all(year % step == 0 for year in counts)
    assert counts[-13_800_000_000] == 1  # the Big Bang
    assert counts[-4_600_000_000] == 1  # the Earth
    # Homo, 59 BC, 44 BC, 31 BC and the reign from 27 BC, which reaches AD 14 (after 1 BC)
    assert counts[-200_000_000] == 5
    assert counts[0] == 1
    assert sum(counts.values()) == 8


def test_year_counts_of_a_few_centuries_stay_one_bar_per_year(index: TimelineIndex) -> None:
    assert index.query(FilterState()).year_step() == 1
