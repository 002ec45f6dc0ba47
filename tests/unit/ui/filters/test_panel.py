"""The filter panel as a user drives it in the window: search, facets, chips, Esc."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QListView, QToolButton

from tests.unit.ui.driving import WindowFactory, click_facet, table_ids, widgets_in
from xiaomi_timeline.core.query import FilterState
from xiaomi_timeline.ui.filters.panel import KEY_ECHO_BUDGET_MS, TEXT_DEBOUNCE_MS, search_wait_ms
from xiaomi_timeline.ui.window.main_window import MainWindow

# The offscreen platform warns whenever a window's minimum size changes; harmless there.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_person_filter_shows_exactly_that_persons_events(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path
) -> None:
    window = make_window(str(sample_file))
    people = window.findChild(QListView, "person-filter")
    assert people is not None
    click_facet(qtbot, people, "luo-fuli")
    expected = window.session.index.query(FilterState(people=frozenset({"luo-fuli"}))).ids
    assert table_ids(window) == expected == ["born", "acl", "v2", "hire", "joins"]
    assert window.count_label.text() == "5 of 6 events"
    assert "Person: Luo Fuli" in window.filter_panel.chip_labels()
    lanes = window.timeline.canvas.lane_model()
    assert lanes is not None
    assert sorted(lanes.geometry.ids.tolist()) == sorted(expected)  # canvas and table agree


def test_searching_people_by_chinese_name(make_window: WindowFactory, sample_file: Path) -> None:
    window = make_window(str(sample_file))
    section = window.filter_panel.people
    assert section.search is not None
    section.search.setText("罗福莉")
    assert section.view.model().rowCount() == 1
    assert section.view.model().index(0, 0).data().startswith("Luo Fuli")


def test_arrows_in_the_search_field_move_the_cursor_not_the_selection(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path
) -> None:
    window = make_window(str(sample_file), "--select", "acl")
    field = window.filter_panel.search_field
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert field.hasFocus()
    QTest.keyClicks(field, "ab")
    QTest.keyClick(field, Qt.Key.Key_Left)
    assert field.cursorPosition() == 1
    assert window.session.selected_id == "acl"


def test_escape_clears_search_then_filters(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path
) -> None:
    window = make_window(str(sample_file), "--person", "Lei Jun")
    field = window.filter_panel.search_field
    field.setFocus()
    QTest.keyClicks(field, "plan")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert table_ids(window) == ["plan"]
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == ""
    assert window.session.filter == FilterState(people=frozenset({"lei-jun"}))
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert window.session.filter.is_empty()
    assert len(table_ids(window)) == 6


def test_escape_right_after_typing_clears_the_unsent_search(
    make_window: WindowFactory, sample_file: Path
) -> None:
    window = make_window(str(sample_file), "--person", "Lei Jun")
    field = window.filter_panel.search_field
    field.setFocus()
    QTest.keyClicks(field, "pla")  # still inside the typing debounce
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == ""
    assert window.session.filter == FilterState(people=frozenset({"lei-jun"}))
    window.filter_panel.apply_text()
    assert window.session.filter.text == ""


def test_chip_removes_its_filter(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path
) -> None:
    window = make_window(str(sample_file), "--person", "Lei Jun", "--year", "2024")
    chips = window.filter_panel.chip_bar.chip_buttons()
    person_chip = next(c for c in chips if c.accessibleName() == "Remove filter Person: Lei Jun")
    qtbot.mouseClick(person_chip, Qt.MouseButton.LeftButton)
    assert window.session.filter == FilterState(years=(2024, 2024))
    qtbot.mouseClick(window.filter_panel.clear_button, Qt.MouseButton.LeftButton)
    assert window.session.filter.is_empty()


def test_chips_follow_the_filters_and_each_removes_its_own(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path
) -> None:
    """Chips are relabelled and kept for later rather than made anew: after filters come
    and go, the chips in sight still say each filter and a click removes that one."""
    window = make_window(str(sample_file))
    session, bar = window.session, window.filter_panel.chip_bar
    states = [
        FilterState(people=frozenset({"lei-jun"})),
        FilterState(),
        FilterState(people=frozenset({"lei-jun"}), years=(2024, 2024)),
        FilterState(years=(2023, 2024)),
        FilterState(people=frozenset({"lei-jun", "luo-fuli"}), years=(2024, 2024)),
    ]
    for state in states:
        session.set_filter(state)
        shown = [c for c in window.findChildren(QToolButton, "filter-chip") if c.isVisible()]
        assert [c.accessibleName() for c in shown] == [
            f"Remove filter {label}" for label in window.filter_panel.chip_labels()
        ]
        assert bar.chip_buttons() == shown
    first = bar.chip_buttons()[0]  # the chip shown since the first filter
    assert first.accessibleName() == "Remove filter Person: Lei Jun"
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    assert session.filter == FilterState(people=frozenset({"luo-fuli"}), years=(2024, 2024))
    years_chip = next(c for c in bar.chip_buttons() if "Years" in c.accessibleName())
    qtbot.mouseClick(years_chip, Qt.MouseButton.LeftButton)
    assert session.filter == FilterState(people=frozenset({"luo-fuli"}))
    while chips := bar.chip_buttons():
        qtbot.mouseClick(chips[0], Qt.MouseButton.LeftButton)
    assert session.filter.is_empty()


def test_enter_in_the_people_search_ticks_the_match(
    make_window: WindowFactory, sample_file: Path
) -> None:
    window = make_window(str(sample_file))
    search = window.filter_panel.people.search
    assert search is not None
    search.setFocus()
    search.insert("罗福莉")  # as an input method commits it
    QTest.keyClick(search, Qt.Key.Key_Return)
    assert window.session.filter.people == frozenset({"luo-fuli"})
    expected = window.session.index.query(FilterState(people=frozenset({"luo-fuli"}))).ids
    assert table_ids(window) == expected


def test_down_from_a_search_box_moves_into_its_list(
    make_window: WindowFactory, sample_file: Path
) -> None:
    window = make_window(str(sample_file))
    section = window.filter_panel.organizations
    assert section.search is not None
    section.search.setFocus()
    QTest.keyClicks(section.search, "xiaomi")
    QTest.keyClick(section.search, Qt.Key.Key_Down)
    assert section.view.hasFocus()
    QTest.keyClick(section.view, Qt.Key.Key_Space)
    first = section.view.model().index(0, 0).data(Qt.ItemDataRole.UserRole + 3)
    assert window.session.filter.organizations == frozenset({first})
    QTest.keyClick(section.view, Qt.Key.Key_Up)
    assert section.search.hasFocus()
    QTest.keyClick(section.search, Qt.Key.Key_Space)
    assert section.search.text() == "xiaomi "


def name_searches(window: MainWindow) -> list[str]:
    panel = window.filter_panel
    return [panel.people.search_text(), panel.organizations.search_text()]


def pick_luo_fuli_and_xiaomi_by_search(window: MainWindow) -> None:
    panel = window.filter_panel
    for section, query in ((panel.people, "罗福莉"), (panel.organizations, "xiaomi")):
        assert section.search is not None
        section.search.setFocus()
        section.search.insert(query)
        QTest.keyClick(section.search, Qt.Key.Key_Return)
    assert window.session.filter.people == frozenset({"luo-fuli"})
    assert len(window.session.filter.organizations) == 1


@pytest.mark.parametrize("how", ["button", "menu", "escape"])
def test_clearing_all_filters_clears_the_name_searches(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path, how: str
) -> None:
    window = make_window(str(sample_file))
    pick_luo_fuli_and_xiaomi_by_search(window)
    people_rows = window.filter_panel.people.view.model().rowCount()
    if how == "button":
        qtbot.mouseClick(window.filter_panel.clear_button, Qt.MouseButton.LeftButton)
    elif how == "menu":
        window.clear_filters_action.trigger()
    else:
        QTest.keyClick(window.table, Qt.Key.Key_Escape)
    assert window.session.filter.is_empty()
    assert name_searches(window) == ["", ""]
    people = window.filter_panel.people
    assert people.view.model().rowCount() == people.model.rowCount() > people_rows


def test_removing_a_person_chip_clears_the_people_search(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path
) -> None:
    window = make_window(str(sample_file))
    pick_luo_fuli_and_xiaomi_by_search(window)
    chips = widgets_in(window.filter_panel.chip_bar.flow)  # the current ones
    person_chip = next(c for c in chips if "Person: Luo Fuli" in c.accessibleName())
    qtbot.mouseClick(person_chip, Qt.MouseButton.LeftButton)
    assert window.session.filter.people == frozenset()
    assert name_searches(window) == ["", "xiaomi"]


def test_escape_with_only_a_name_search_left_clears_it(
    make_window: WindowFactory, sample_file: Path
) -> None:
    window = make_window(str(sample_file))
    search = window.filter_panel.people.search
    assert search is not None
    search.setFocus()
    QTest.keyClicks(search, "zzz")
    assert not window.filter_panel.clear_button.isEnabled()  # a name search is no filter
    QTest.keyClick(search, Qt.Key.Key_Escape)
    assert name_searches(window) == ["", ""]


def test_filter_chip_tooltips_do_not_render_html_from_the_file(
    make_window: WindowFactory,
    write_document: Callable[..., Path],
    sample_document: dict[str, Any],
) -> None:
    sample_document["people"][0]["name"] = '<img src="file:///etc/passwd">Eve'
    window = make_window(str(write_document(sample_document)), "--person", "luo-fuli")
    chips = [c for c in window.findChildren(QToolButton, "filter-chip") if c.isVisible()]
    assert chips
    rendered = QTextDocument()
    rendered.setHtml(chips[0].toolTip())
    assert '<img src="file:///etc/passwd">Eve' in rendered.toPlainText()


def test_no_filter_row_stays_highlighted_once_filters_are_cleared(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path
) -> None:
    """A row left highlighted after clearing reads like a filter still at work."""
    window = make_window(str(sample_file))
    panel = window.filter_panel
    click_facet(qtbot, panel.categories.view, "research")
    click_facet(qtbot, panel.statuses.view, "disputed")
    assert panel.statuses.view.selectionModel().hasSelection()  # the last click's highlight
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert window.session.filter.is_empty()
    for section in (panel.people, panel.categories, panel.statuses, panel.organizations):
        assert not section.view.selectionModel().hasSelection(), section.view.objectName()


def test_an_unticked_row_is_not_left_highlighted_when_the_user_moves_on(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path
) -> None:
    window = make_window(str(sample_file))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    panel = window.filter_panel
    panel.statuses.view.setFocus()
    click_facet(qtbot, panel.statuses.view, "disputed")
    click_facet(qtbot, panel.statuses.view, "disputed")
    assert window.session.filter.is_empty()
    panel.search_field.setFocus()
    qtbot.waitUntil(lambda: not panel.statuses.view.selectionModel().hasSelection())


def test_a_name_search_that_finds_nobody_says_so_in_the_list(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path
) -> None:
    window = make_window(str(sample_file))
    window.show()
    people = window.filter_panel.people
    assert people.search is not None
    people.search.setText("小米")
    assert people.view.model().rowCount() == 0
    assert people.view.empty_text == "No match for \u201c小米\u201d"
    image = people.view.viewport().grab().toImage()
    background = image.pixel(image.width() - 2, image.height() - 2)
    inked = sum(
        image.pixel(x, y) != background
        for x in range(0, min(image.width(), 120))
        for y in range(0, 16)
    )
    assert inked > 20  # the words are drawn where the list would be
    people.search.setText("Luo")
    assert people.view.model().rowCount() == 1 and people.view.empty_text  # a match: listed
    people.search.clear()
    assert people.view.empty_text == ""


def test_people_who_share_a_name_are_told_apart_in_the_list_and_chips(
    make_window: WindowFactory,
    write_document: Callable[..., Path],
    sample_document: dict[str, Any],
) -> None:
    sample_document["people"].append({"id": "lei-jun-2", "name": "Lei Jun"})
    sample_document["events"][0]["people"] = ["lei-jun-2"]
    window = make_window(str(write_document(sample_document)))
    people = window.filter_panel.people
    labels = [
        people.model.data(people.model.index(row, 0)) for row in range(people.model.rowCount())
    ]
    assert "Lei Jun · lei-jun (2)" in labels and "Lei Jun · lei-jun-2 (1)" in labels
    assert "Luo Fuli (4)" in labels  # a name nobody else has stays as it is
    window.session.update_filter(people=frozenset({"lei-jun-2"}))
    assert "Person: Lei Jun · lei-jun-2" in window.filter_panel.chip_labels()


def test_typing_searches_shortly_after_the_last_key_without_enter(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path
) -> None:
    window = make_window(str(sample_file))
    field = window.filter_panel.search_field
    field.setFocus()
    QTest.keyClicks(field, "plan")
    assert window.session.filter.text == ""  # not after every key: it waits for the last
    qtbot.waitUntil(lambda: window.session.filter.text == "plan")
    assert table_ids(window) == ["plan"]


def test_search_waits_longer_only_after_a_search_that_held_the_window() -> None:
    shortest, longest = TEXT_DEBOUNCE_MS
    assert search_wait_ms(3.0) == shortest  # cheap: results as the user types
    assert search_wait_ms(KEY_ECHO_BUDGET_MS) == shortest
    assert search_wait_ms(KEY_ECHO_BUDGET_MS + 80) == KEY_ECHO_BUDGET_MS + 80  # let a word finish
    assert search_wait_ms(4900.0) == longest  # never longer than the longest wait
