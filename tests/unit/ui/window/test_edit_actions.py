"""The Edit menu as a user drives it: undo/redo of filters with the view they had, Back and
Forward through selected events, copy with citation, F3 through search matches."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from xiaomi_timeline.core.dates import year_start
from xiaomi_timeline.core.query import FilterState
from xiaomi_timeline.ui.window.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def window(
    make_window: WindowFactory,
    sample_document: dict[str, Any],
    write_document: Callable[..., Path],
) -> MainWindow:
    return make_window(str(write_document(sample_document)))


def key(window: MainWindow, combo: str) -> None:
    sequence = combo.split("+")
    modifiers = Qt.KeyboardModifier.NoModifier
    names = {
        "Ctrl": Qt.KeyboardModifier.ControlModifier,
        "Shift": Qt.KeyboardModifier.ShiftModifier,
        "Alt": Qt.KeyboardModifier.AltModifier,
    }
    for name in sequence[:-1]:
        modifiers |= names[name]
    keys = {"Left": Qt.Key.Key_Left, "Right": Qt.Key.Key_Right, "F3": Qt.Key.Key_F3}
    last = sequence[-1]
    code = keys[last] if last in keys else Qt.Key(ord(last))
    QTest.keyClick(window.timeline.canvas, code, modifiers)


def test_ctrl_z_undoes_a_filter_and_brings_back_the_view_it_had(window: MainWindow) -> None:
    window.timeline.set_visible_range(year_start(2019), year_start(2021))
    shown = window.timeline.visible_range()
    window.session.update_filter(people=frozenset({"lei-jun"}))
    assert window.timeline.visible_range() != pytest.approx(shown)  # the view fitted Lei Jun
    key(window, "Ctrl+Z")
    assert window.session.filter == FilterState()
    assert window.timeline.visible_range() == pytest.approx(shown)
    key(window, "Ctrl+Shift+Z")
    assert window.session.filter.people == frozenset({"lei-jun"})
    assert not window.edit_actions.redo_action.isEnabled()


def test_typing_a_search_is_one_undo_step(window: MainWindow) -> None:
    window.session.update_filter(people=frozenset({"luo-fuli"}))
    for text in ("m", "mo", "model"):
        window.session.update_filter(text=text)
    window.edit_actions.undo()
    assert window.session.filter == FilterState(people=frozenset({"luo-fuli"}))
    window.edit_actions.undo()
    assert window.session.filter.is_empty()
    assert not window.edit_actions.undo_action.isEnabled()


def test_ctrl_z_in_the_search_field_edits_the_text_not_the_filters(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.session.update_filter(people=frozenset({"luo-fuli"}))
    field = window.filter_panel.search_field
    field.setFocus()
    QTest.keyClicks(field, "abc")
    QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() != "abc"
    assert window.session.filter.people == frozenset({"luo-fuli"})


def test_back_and_forward_walk_the_selected_events(window: MainWindow) -> None:
    for event_id in ("born", "plan", "hire"):
        window.session.select(event_id)
    key(window, "Alt+Left")
    assert window.session.selected_id == "plan"
    key(window, "Alt+Left")
    assert window.session.selected_id == "born"
    assert not window.edit_actions.back_action.isEnabled()
    key(window, "Alt+Right")
    assert window.session.selected_id == "plan"
    window.session.select("v2")  # a new visit drops the way forward
    assert not window.edit_actions.forward_action.isEnabled()


def test_back_to_an_event_the_filter_hides_shows_it_again(window: MainWindow) -> None:
    window.session.select("born")
    window.session.select("plan")
    window.session.update_filter(people=frozenset({"lei-jun"}))  # hides "born"
    window.edit_actions.back()
    assert window.session.selected_id == "born"
    assert window.session.in_result("born")


def test_copy_gives_the_event_with_its_date_status_and_sources(window: MainWindow) -> None:
    window.session.select("hire")
    window.timeline.canvas.setFocus()
    window.edit_actions.copy_action.trigger()
    mime = QGuiApplication.clipboard().mimeData()
    text = mime.text()
    assert text.splitlines()[0] == "Hire reported"
    assert "Date: 20 December 2024" in text
    assert "Status: Reported" in text
    assert "[1] Example News, “A report”, 20 December 2024. https://example.org/report" in text
    assert "[2] Aggregator, “A mirror”" in text
    assert '<a href="https://example.org/report">A report</a>' in mime.html()


def test_copy_in_indonesian_gives_the_indonesian_title(window: MainWindow) -> None:
    window.set_language("id")
    window.session.select("hire")
    window.edit_actions.copy()
    assert QGuiApplication.clipboard().text().startswith("Perekrutan dilaporkan\n")


def test_copy_of_table_rows_is_csv_with_a_header(window: MainWindow) -> None:
    table = window.table
    table.setFocus()
    selection = table.selectionModel()
    for row in (0, 2):
        selection.select(
            window.table_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    window.edit_actions.copy()
    rows = list(csv.reader(io.StringIO(QGuiApplication.clipboard().text())))
    assert len(rows) == 3
    header = [window.table_model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert rows[0] == header
    assert rows[1][1] == window.table_model.index(0, 1).data()
    assert rows[2][1] == window.table_model.index(2, 1).data()


def test_copy_with_nothing_selected_says_what_to_do(window: MainWindow) -> None:
    QGuiApplication.clipboard().setText("before")
    window.edit_actions.copy()
    assert QGuiApplication.clipboard().text() == "before"
    assert "Select an event" in window.statusBar().currentMessage()


def test_f3_steps_through_the_events_the_search_matches(window: MainWindow) -> None:
    window.session.update_filter(text="model")
    key(window, "F3")
    assert window.session.selected_id == "v2"
    window.session.update_filter(text="luo")
    window.session.select(None)
    ids = []
    for _ in range(3):
        key(window, "F3")
        ids.append(window.session.selected_id)
    assert all(window.session.in_result(i) for i in ids)
    assert len(set(ids)) == 3
    key(window, "Shift+F3")
    assert window.session.selected_id == ids[1]


def test_f3_without_a_search_goes_to_the_search_field(window: MainWindow) -> None:
    key(window, "F3")
    assert window.filter_panel.search_field.hasFocus()


def test_clear_all_is_offered_only_while_something_is_filtered(window: MainWindow) -> None:
    assert not window.clear_filters_action.isEnabled()
    assert not window.filter_panel.clear_button.isEnabled()
    window.session.update_filter(statuses=frozenset({"disputed"}))
    assert window.clear_filters_action.isEnabled()
    assert window.filter_panel.clear_button.isEnabled()


def test_a_new_file_starts_the_histories_afresh(
    window: MainWindow, sample_document: dict[str, Any], write_document: Callable[..., Path]
) -> None:
    window.session.update_filter(people=frozenset({"luo-fuli"}))
    window.session.select("hire")
    assert window.files.open_file(write_document(sample_document, "other.json"))
    assert not window.edit_actions.undo_action.isEnabled()
    assert not window.edit_actions.back_action.isEnabled()


def test_ctrl_c_in_the_details_copies_the_text_selected_there(window: MainWindow) -> None:
    window.session.select("hire")
    pane = window.detail_pane
    pane.setFocus()
    pane.selectAll()
    QTest.keyClick(pane, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert "Hire reported" in copied
    assert "Date: " not in copied  # the selection itself, not the citation
