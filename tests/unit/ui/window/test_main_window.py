"""The main window as a user drives it: table, canvas and details in step, keys, the tour."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.conftest import RunCli
from tests.unit.ui.driving import WindowFactory, table_ids
from xiaomi_timeline import app
from xiaomi_timeline.core.query import FilterState
from xiaomi_timeline.ui.models import EVENT_ID_ROLE

# The offscreen platform warns whenever a window's minimum size changes; harmless there.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_table_matches_the_cli_list_for_the_same_person(
    make_window: WindowFactory, sample_file: Path, run_cli: RunCli
) -> None:
    window = make_window(str(sample_file), "--person", "罗福莉")
    listing = run_cli("list", sample_file, "--person", "罗福莉", "--format", "json")
    assert table_ids(window) == [event["id"] for event in json.loads(listing.stdout)]
    assert window.session.filter.people == frozenset({"luo-fuli"})


@pytest.mark.parametrize(
    "filters", [["--person", "罗福莉"], ["--person", "Luo Fuli", "--year", "2024"]]
)
def test_builtin_table_matches_the_cli_list(
    make_window: WindowFactory, filters: list[str], run_cli: RunCli
) -> None:
    window = make_window(*filters)
    listing = run_cli("list", *filters, "--format", "json")
    cli_ids = [event["id"] for event in json.loads(listing.stdout)]
    assert cli_ids and table_ids(window) == cli_ids


def test_selecting_in_the_table_selects_on_the_canvas_and_fills_the_details(
    make_window: WindowFactory,
    qtbot: QtBot,
    sample_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(str(sample_file))
    canvas_selection: list[str | None] = []
    monkeypatch.setattr(window.timeline, "set_selected", canvas_selection.append)
    row = table_ids(window).index("plan")
    rect = window.table.visualRect(window.table_model.index(row, 1))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.session.selected_id == "plan"
    assert canvas_selection[-1] == "plan"
    text = window.detail_pane.toPlainText()
    assert "Five-year plan" in text
    assert "2022 – 2026" in text
    assert "Disputed" in text and "2021 to 2025" in text  # status meaning and the conflict
    assert "Example News" in text and "Aggregator" in text


def test_canvas_selection_reaches_table_and_details(
    make_window: WindowFactory, sample_file: Path
) -> None:
    window = make_window(str(sample_file))
    window.timeline.event_selected.emit("acl")
    current = window.table.currentIndex()
    assert window.table_model.data(current, EVENT_ID_ROLE) == "acl"
    assert "July 2019" in window.detail_pane.toPlainText()


def test_left_right_walk_the_filtered_events(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path
) -> None:
    window = make_window(str(sample_file), "--person", "lei-jun")
    canvas = window.timeline.canvas
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    assert window.session.selected_id == "plan"
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    assert window.session.selected_id == "hire"
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_Left)
    assert window.session.selected_id == "plan"
    assert window.table_model.data(window.table.currentIndex(), EVENT_ID_ROLE) == "plan"


def test_language_switch_changes_the_content(make_window: WindowFactory, sample_file: Path) -> None:
    window = make_window(str(sample_file), "--select", "hire")
    window.language_actions["id"].trigger()
    row = table_ids(window).index("hire")
    assert window.table_model.index(row, 1).data() == "Perekrutan dilaporkan"
    assert "Perekrutan dilaporkan" in window.detail_pane.toPlainText()
    assert "Karier" in window.detail_pane.toPlainText()


def test_every_focusable_control_has_an_accessible_name(
    make_window: WindowFactory, sample_file: Path
) -> None:
    window = make_window(str(sample_file))
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in window.findChildren(QWidget)
        if w.isVisible()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not w.accessibleName()
        and type(w).__name__ not in {"QScrollBar"}
    ]
    assert unnamed == []
    for name in (
        "person-filter",
        "year-filter",
        "category-filter",
        "status-filter",
        "search-field",
        "detail-pane",
    ):
        assert window.findChild(QWidget, name) is not None, name


def test_the_new_user_tour_with_the_keyboard_only(make_window: WindowFactory) -> None:
    """Built-in data: Luo Fuli, then 2024, then read an event's sources and conflicts."""
    window = make_window()
    panel = window.filter_panel
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.search_field.hasFocus()
    QTest.keyClick(panel.search_field, Qt.Key.Key_Tab)
    assert panel.people.heading.hasFocus()  # Space would fold the People section
    QTest.keyClick(panel.people.heading, Qt.Key.Key_Tab)
    person_search = panel.people.search
    assert person_search is not None and person_search.hasFocus()
    person_search.insert("罗福莉")  # as an input method commits it (QTest types ASCII only)
    QTest.keyClick(person_search, Qt.Key.Key_Return)  # ticks the one match
    assert window.session.filter.people == frozenset({"luo-fuli"})
    luo = window.session.index.query(FilterState(people=frozenset({"luo-fuli"}))).ids
    assert table_ids(window) == luo and "luo-fuli-acl-2019" in luo
    QTest.keyClick(person_search, Qt.Key.Key_Down)
    assert panel.people.view.hasFocus()

    QTest.keyClick(panel.people.view, Qt.Key.Key_Tab)
    assert panel.years_heading.hasFocus()
    QTest.keyClick(panel.years_heading, Qt.Key.Key_Tab)
    years = panel.years
    assert years.hasFocus()
    bounds = years.year_range()
    assert bounds is not None
    QTest.keyClick(years, Qt.Key.Key_End)
    for _ in range(bounds[1] - 2024):
        QTest.keyClick(years, Qt.Key.Key_Left)
    QTest.keyClick(years, Qt.Key.Key_Space)
    expected = window.session.index.query(
        FilterState(people=frozenset({"luo-fuli"}), years=(2024, 2024))
    ).ids
    assert table_ids(window) == expected and len(expected) >= 2
    assert window.count_label.text() == f"{len(expected)} of {len(window.session.index)} events"

    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the table
    assert window.table.hasFocus()
    while window.session.selected_id != "luo-fuli-xiaomi-hire-reported":
        before = window.session.selected_id
        QTest.keyClick(window.table, Qt.Key.Key_Right)
        assert window.session.selected_id != before, "never reached the hire report"
    details = window.detail_pane.toPlainText()
    assert "Sources" in details and "Where sources disagree" in details
    assert "20 December 2024" in details
    assert "Status: Reported ·" in details

    QTest.keyClick(window.table, Qt.Key.Key_Escape)  # back to everything, names included
    assert window.session.filter.is_empty() and person_search.text() == ""
    assert len(table_ids(window)) == len(window.session.index)


def test_no_display_is_a_message_not_a_crash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert app.main([]) == 1
    assert "no display" in capsys.readouterr().err


def test_f11_toggles_full_screen(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    QTest.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen, timeout=10_000)
    assert window.fullscreen_action.isChecked()
    QTest.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=10_000)


def test_tab_goes_round_from_the_details_to_the_filters_and_back(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window("--builtin")
    window.detail_pane.setFocus()
    for _ in range(40):  # past the links in the details
        if QApplication.focusWidget() is not window.detail_pane:
            break
        QTest.keyClick(window.detail_pane, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.filter_panel.search_field
    QTest.keyClick(window.filter_panel.search_field, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is window.detail_pane


def test_a_focused_section_heading_shows_it(make_window: WindowFactory) -> None:
    window = make_window("--builtin")
    heading = window.filter_panel.people.heading
    window.filter_panel.search_field.setFocus()
    unfocused = heading.grab().toImage()
    heading.setFocus()
    assert heading.hasFocus()
    assert heading.grab().toImage() != unfocused  # a ring, where there was none
