"""Item models: Qt's model contract (qtmodeltester), chronological sorting, facet search."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from tests.big_documents import grow
from xiaomi_timeline.core.loading.loader import load_path
from xiaomi_timeline.core.query import FilterState, TimelineIndex
from xiaomi_timeline.core.schema import Document
from xiaomi_timeline.ui.models import (
    CATEGORY,
    COUNT_ROLE,
    DATE,
    EVENT_ID_ROLE,
    ITEM_ID_ROLE,
    PEOPLE,
    TITLE,
    EventTableModel,
    FacetItem,
    FacetListModel,
    FacetSearchProxy,
    facet_search_text,
    plain_tooltip,
)


@pytest.fixture
def index(sample_document: dict[str, Any], write_document: Callable[..., Path]) -> TimelineIndex:
    return TimelineIndex(load_path(write_document(sample_document)))


def _people_model(index: TimelineIndex) -> FacetListModel:
    model = FacetListModel()
    model.set_items(
        [
            FacetItem(p.id, index.person_name(p.id), facet_search_text(p.id, p.name, p.aliases))
            for p in index.document.people
        ]
    )
    model.set_counts(index.query(FilterState()).person_counts())
    return model


def test_event_table_model_contract(index: TimelineIndex, qtmodeltester: ModelTester) -> None:
    model = EventTableModel()
    model.set_result(index.query(FilterState()))
    qtmodeltester.check(model)
    model.set_result(index.query(FilterState(people=frozenset({"lei-jun"}))), "id")
    qtmodeltester.check(model)


def test_sorted_model_contract(index: TimelineIndex, qtmodeltester: ModelTester) -> None:
    model = EventTableModel()
    model.set_result(index.query(FilterState()))
    model.sort(TITLE)
    qtmodeltester.check(model)


def test_facet_models_contract(index: TimelineIndex, qtmodeltester: ModelTester) -> None:
    model = _people_model(index)
    qtmodeltester.check(model)
    proxy = FacetSearchProxy()
    proxy.setSourceModel(model)
    proxy.set_search("luo")
    qtmodeltester.check(proxy)


def _column(
    model: EventTableModel, column: int, role: int = Qt.ItemDataRole.DisplayRole
) -> list[Any]:
    return [model.data(model.index(row, column), role) for row in range(model.rowCount())]


def test_date_sorts_chronologically_not_alphabetically(index: TimelineIndex) -> None:
    model = EventTableModel()
    model.set_result(index.query(FilterState()))
    model.sort(DATE, Qt.SortOrder.DescendingOrder)
    assert _column(model, DATE) == [
        "12 November 2025",
        "20 December 2024",
        "7 May 2024",
        "2022 – 2026",
        "July 2019",
        "1995",
    ]
    model.sort(DATE, Qt.SortOrder.AscendingOrder)
    assert _column(model, DATE, EVENT_ID_ROLE) == ["born", "acl", "plan", "v2", "hire", "joins"]


def test_text_columns_sort_by_text_and_keep_date_order_for_ties(index: TimelineIndex) -> None:
    model = EventTableModel()
    model.set_result(index.query(FilterState()))
    model.sort(TITLE)
    assert _column(model, TITLE) == sorted(_column(model, TITLE), key=str.casefold)
    model.sort(CATEGORY)
    assert _column(model, DATE, EVENT_ID_ROLE) == ["born", "plan", "hire", "joins", "acl", "v2"]
    assert model.row_of("acl") == 4


def test_sorting_keeps_the_current_row_on_its_event(index: TimelineIndex) -> None:
    model = EventTableModel()
    model.set_result(index.query(FilterState()))
    persistent = QPersistentModelIndex(model.index(model.row_of("v2") or 0, 1))
    model.sort(TITLE, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(persistent.row(), 0), EVENT_ID_ROLE) == "v2"
    assert persistent.column() == 1


def test_a_new_result_keeps_the_chosen_sort(index: TimelineIndex) -> None:
    model = EventTableModel()
    model.set_result(index.query(FilterState()))
    model.sort(DATE, Qt.SortOrder.DescendingOrder)
    model.set_result(index.query(FilterState(people=frozenset({"lei-jun"}))))
    assert _column(model, DATE, EVENT_ID_ROLE) == ["hire", "plan"]


def test_title_and_people_columns(index: TimelineIndex) -> None:
    model = EventTableModel()
    model.set_result(index.query(FilterState()), "id")
    row = model.row_of("hire")
    assert row is not None
    assert model.data(model.index(row, TITLE)) == "Perekrutan dilaporkan"
    assert model.data(model.index(row, PEOPLE)) == "Luo Fuli, Lei Jun"


@pytest.mark.parametrize("query", ["罗福莉", "羅福莉", "fuli luo", "LUO", "luo-fuli"])
def test_people_are_found_by_any_name_in_any_script(index: TimelineIndex, query: str) -> None:
    proxy = FacetSearchProxy()
    proxy.setSourceModel(_people_model(index))
    proxy.set_search(query)
    assert proxy.rowCount() == 1
    assert proxy.data(proxy.index(0, 0)) == "Luo Fuli (5)"


def test_checking_an_item_asks_for_it(index: TimelineIndex, qtbot: QtBot) -> None:
    model = _people_model(index)
    with qtbot.waitSignal(model.checked_changed) as blocker:
        model.setData(model.index(1, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert blocker.args == [frozenset({"lei-jun"})]
    state = model.data(model.index(1, 0), Qt.ItemDataRole.CheckStateRole)
    assert Qt.CheckState(state) == Qt.CheckState.Checked  # Qt reads an int or the enum alike
    assert model.data(model.index(1, 0), COUNT_ROLE) == 2


def test_tooltips_show_file_text_literally(index: TimelineIndex) -> None:
    model = EventTableModel()
    model.set_result(index.query(FilterState()))
    row = model.row_of("acl")
    assert row is not None
    tip = model.data(model.index(row, TITLE), Qt.ItemDataRole.ToolTipRole)
    assert tip == "<p>Papers at ACL</p>"
    assert plain_tooltip('<img src="x">') == "<p>&lt;img src=&quot;x&quot;&gt;</p>"


def test_the_category_swatch_is_the_colour_every_view_uses(
    sample_document: dict[str, Any],
) -> None:
    for category in sample_document["categories"]:
        category.pop("color", None)  # colours the app picks, not the file
    uncoloured = TimelineIndex(Document.model_validate(sample_document))
    model = EventTableModel()
    model.set_result(uncoloured.query(FilterState()), "en")
    for row in range(model.rowCount()):
        swatch = model.data(model.index(row, CATEGORY), Qt.ItemDataRole.DecorationRole)
        event = uncoloured.event(str(model.data(model.index(row, 0), EVENT_ID_ROLE)))
        assert event is not None
        assert swatch == QColor(uncoloured.category_colors[event.category])


def _shown_ids(model: EventTableModel) -> list[str]:
    return [model.data(model.index(row, 0), EVENT_ID_ROLE) for row in range(model.rowCount())]


def test_narrowing_and_widening_keeps_the_model_contract(
    index: TimelineIndex, qtmodeltester: ModelTester
) -> None:
    model = EventTableModel()
    qtmodeltester.check(model)
    for state in (
        FilterState(),  # rows added to an empty model
        FilterState(people=frozenset({"lei-jun"})),  # rows removed
        FilterState(text="no event says this"),  # none left
        FilterState(years=(2019, 2026)),  # added again
    ):
        model.set_result(index.query(state))
        qtmodeltester.check(model)
        assert _shown_ids(model) == index.query(state).ids


def test_each_new_result_shows_exactly_its_events_in_the_chosen_order(
    sample_document: dict[str, Any], write_document: Callable[..., Path]
) -> None:
    big = TimelineIndex(load_path(write_document(grow(sample_document, 4000))))
    model = EventTableModel()
    model.sort(DATE, Qt.SortOrder.DescendingOrder)
    states = [
        FilterState(),
        FilterState(people=frozenset({"lei-jun"})),
        FilterState(),
        FilterState(years=(2024, 2025)),
        FilterState(text="no event says this"),
    ]
    for state in states:
        result = big.query(state)
        model.set_result(result)
        assert _shown_ids(model) == result.ids[::-1]
    model.sort(TITLE)
    result = big.query(FilterState(years=(2019, 2026)))
    model.set_result(result)
    titles = _column(model, TITLE)
    assert titles == sorted(titles, key=str.casefold)
    assert sorted(_shown_ids(model)) == sorted(result.ids)


def test_row_of_finds_shown_events_and_not_hidden_ones(index: TimelineIndex) -> None:
    model = EventTableModel()
    model.set_result(index.query(FilterState(people=frozenset({"lei-jun"}))))
    model.sort(DATE, Qt.SortOrder.DescendingOrder)
    assert model.row_of("hire") == 0 and model.row_of("plan") == 1
    assert model.row_of("born") is None  # the filter hides it
    assert model.row_of("no-such-event") is None
    second = model.event_at(1)
    assert second is not None and second.id == "plan"
    assert model.event_at(2) is None


def test_a_searched_facet_list_keeps_its_rows_and_shows_new_counts(index: TimelineIndex) -> None:
    model = _people_model(index)
    proxy = FacetSearchProxy()
    proxy.setSourceModel(model)
    proxy.set_search("罗福莉")
    shown = [proxy.index(row, 0).data(ITEM_ID_ROLE) for row in range(proxy.rowCount())]
    assert shown == ["luo-fuli"]
    counts = index.query(FilterState(years=(2024, 2024))).person_counts()
    model.set_counts(counts)
    model.set_checked(frozenset({"luo-fuli"}))
    assert [proxy.index(row, 0).data(ITEM_ID_ROLE) for row in range(proxy.rowCount())] == shown
    assert proxy.index(0, 0).data(COUNT_ROLE) == counts["luo-fuli"]
    proxy.set_search("")
    assert proxy.rowCount() == model.rowCount()


def test_a_right_to_left_name_keeps_its_count_on_the_right_like_every_row() -> None:
    """An Arabic or Hebrew name is isolated from its count: alone it made the whole row
    right-to-left, and the count was drawn on the left of it."""
    model = FacetListModel()
    names = [f"Person {n}" for n in range(3000)]
    names[1200], names[2500] = "فاطمة الزهراء", "דוד כהן"
    model.set_items([FacetItem(f"p{n}", name) for n, name in enumerate(names)])
    model.set_counts({"p1200": 75, "p2500": 4, "p7": 1})
    shown = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert shown[1200] == "\u2068فاطمة الزهراء\u2069 (75)"
    assert shown[2500] == "\u2068דוד כהן\u2069 (4)"
    assert shown[7] == "Person 7 (1)"
    assert sum("\u2068" in text for text in shown) == 2
