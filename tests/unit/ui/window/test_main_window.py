"""The main window as a user drives it: filters, table, canvas, details, keys, files, settings."""

from __future__ import annotations

import itertools
import json
import logging
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QListView, QToolButton, QWidget

from tests.paths import DATA_DIR
from xiaomi_timeline import app
from xiaomi_timeline.app import create_main_window
from xiaomi_timeline.core.dates import year_start
from xiaomi_timeline.core.query import FilterState
from xiaomi_timeline.core.schema import STATUS_MEANINGS
from xiaomi_timeline.core.settings import load_preferences, preferences_path, ui_state_path
from xiaomi_timeline.ui.filters.year_histogram import YearHistogram
from xiaomi_timeline.ui.models import EVENT_ID_ROLE
from xiaomi_timeline.ui.window import busy
from xiaomi_timeline.ui.window.dialogs import WIDGET_KEYS, ShortcutsDialog
from xiaomi_timeline.ui.window.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]

# The offscreen platform warns whenever a window's minimum size changes; harmless there.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def sample_file(sample_document: dict[str, Any], write_document: Callable[..., Path]) -> Path:
    return write_document(sample_document)


def table_ids(window: MainWindow) -> list[str]:
    model = window.table_model
    return [model.data(model.index(row, 0), EVENT_ID_ROLE) for row in range(model.rowCount())]


def click_facet(qtbot: QtBot, view: QListView, item_id: str) -> None:
    """Click the row of ``item_id`` where the view draws it."""
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if model.data(index, Qt.ItemDataRole.UserRole + 3) == item_id:
            view.scrollTo(index)
            qtbot.mouseClick(
                view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
            )
            return
    raise AssertionError(f"{item_id} is not in the list")


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


def test_table_matches_the_cli_list_for_the_same_person(
    make_window: WindowFactory, sample_file: Path
) -> None:
    window = make_window(str(sample_file), "--person", "罗福莉")
    listing = subprocess.run(
        [
            sys.executable,
            "-m",
            "xiaomi_timeline",
            "list",
            str(sample_file),
            "--person",
            "罗福莉",
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert table_ids(window) == [event["id"] for event in json.loads(listing.stdout)]
    assert window.session.filter.people == frozenset({"luo-fuli"})


@pytest.mark.parametrize(
    "filters", [["--person", "罗福莉"], ["--person", "Luo Fuli", "--year", "2024"]]
)
def test_builtin_table_matches_the_cli_list(make_window: WindowFactory, filters: list[str]) -> None:
    window = make_window(*filters)
    listing = subprocess.run(
        [sys.executable, "-m", "xiaomi_timeline", "list", *filters, "--format", "json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    cli_ids = [event["id"] for event in json.loads(listing.stdout)]
    assert cli_ids and table_ids(window) == cli_ids


def test_searching_people_by_chinese_name(make_window: WindowFactory, sample_file: Path) -> None:
    window = make_window(str(sample_file))
    section = window.filter_panel.people
    assert section.search is not None
    section.search.setText("罗福莉")
    assert section.view.model().rowCount() == 1
    assert section.view.model().index(0, 0).data().startswith("Luo Fuli")


def test_year_filter_by_clicking_the_histogram(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path
) -> None:
    window = make_window(str(sample_file))
    years = window.findChild(YearHistogram, "year-filter")
    assert years is not None
    window.filter_panel.ensureWidgetVisible(years)
    x = round(years.x_of(2024))
    qtbot.mouseClick(years, Qt.MouseButton.LeftButton, pos=QPoint(x, 20))
    assert window.session.filter.years == (2024, 2024)
    assert table_ids(window) == ["plan", "v2", "hire"]
    start, end = window.timeline.visible_range()  # the timeline shows the chosen year
    assert year_start(2023) < start <= year_start(2024) < year_start(2025) <= end < year_start(2026)
    assert "Years: 2024" in window.filter_panel.chip_labels()


def test_year_range_by_dragging(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path
) -> None:
    window = make_window(str(sample_file))
    years = window.filter_panel.years
    window.filter_panel.ensureWidgetVisible(years)
    start = QPoint(round(years.x_of(2019)), 20)
    end = QPoint(round(years.x_of(2022)), 20)
    qtbot.mousePress(years, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(years, end)
    qtbot.mouseRelease(years, Qt.MouseButton.LeftButton, pos=end)
    assert window.session.filter.years == (2019, 2022)
    assert table_ids(window) == ["acl", "plan"]


def test_selecting_in_the_table_selects_on_the_canvas_and_fills_the_details(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path
) -> None:
    window = make_window(str(sample_file))
    canvas_selection: list[str | None] = []
    window.timeline.set_selected = canvas_selection.append  # type: ignore[method-assign]
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


def test_detail_pane_links_set_filters_and_open_only_web_links(
    make_window: WindowFactory, sample_file: Path
) -> None:
    window = make_window(str(sample_file), "--select", "hire")
    opened: list[QUrl] = []
    window.detail_pane.open_url = opened.append
    window.detail_pane.anchorClicked.emit(QUrl("xtl:person/lei-jun"))
    assert window.session.filter.people == frozenset({"lei-jun"})
    window.detail_pane.anchorClicked.emit(QUrl("xtl:event/born"))
    assert window.session.selected_id == "born" and window.session.filter.is_empty()
    window.detail_pane.anchorClicked.emit(QUrl("https://example.org/report"))
    window.detail_pane.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == [QUrl("https://example.org/report")]


def test_detail_pane_never_renders_html_from_the_file(
    make_window: WindowFactory, sample_document: dict[str, Any], write_document: Callable[..., Path]
) -> None:
    hostile = '<b>x</b><img src="file:///etc/passwd"><a href="https://evil.example">y</a>'
    sample_document["events"][0]["title"] = hostile
    sample_document["events"][0]["description"] = "<script>alert(1)</script>&amp;"
    window = make_window(str(write_document(sample_document)), "--select", "born")
    pane = window.detail_pane
    assert hostile in pane.toPlainText()
    assert "<script>alert(1)</script>&amp;" in pane.toPlainText()
    assert "<img" not in pane.toHtml()
    links = re.findall(r'href="([^"]*)"', pane.toHtml())
    assert links and not [link for link in links if "evil" in link]
    assert pane.loadResource(2, QUrl("file:///etc/passwd")) is None
    assert not pane.openLinks() and not pane.openExternalLinks()


def test_language_switch_changes_the_content(make_window: WindowFactory, sample_file: Path) -> None:
    window = make_window(str(sample_file), "--select", "hire")
    window.language_actions["id"].trigger()
    row = table_ids(window).index("hire")
    assert window.table_model.index(row, 1).data() == "Perekrutan dilaporkan"
    assert "Perekrutan dilaporkan" in window.detail_pane.toPlainText()
    assert "Karier" in window.detail_pane.toPlainText()


def break_file(path: Path) -> None:
    path.write_text('{"schema_version": 1, "title": "x", "events": [{"id": ', encoding="utf-8")


def test_broken_reload_keeps_the_data_under_a_banner_and_a_fix_clears_it(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path, sample_document: dict[str, Any]
) -> None:
    window = make_window(str(sample_file), "--person", "luo-fuli", "--select", "v2")
    before = table_ids(window)
    break_file(sample_file)
    qtbot.waitUntil(window.banner.isVisible, timeout=10_000)  # the watcher noticed
    assert table_ids(window) == before
    assert window.session.selected_id == "v2"
    assert window.banner.problems and window.banner.problems[0].startswith(f"{sample_file}:1:")
    sample_document["events"][3]["title"] = "Model released (fixed)"
    sample_file.write_text(json.dumps(sample_document), encoding="utf-8")
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=10_000)
    assert table_ids(window) == before
    assert window.session.filter.people == frozenset({"luo-fuli"})
    assert window.session.selected_id == "v2"
    assert "Model released (fixed)" in window.detail_pane.toPlainText()


def test_reload_keeps_the_visible_time_window(
    make_window: WindowFactory, sample_file: Path
) -> None:
    window = make_window(str(sample_file))
    window.timeline.set_visible_range(year_start(2019), year_start(2021))
    shown = window.timeline.visible_range()
    assert window.reload()
    assert window.timeline.visible_range() == pytest.approx(shown)


def test_ctrl_r_reload_failure_shows_the_banner(
    make_window: WindowFactory, sample_file: Path
) -> None:
    window = make_window(str(sample_file))
    window.watcher.watch(None)
    break_file(sample_file)
    QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.banner.isVisible()
    assert len(table_ids(window)) == 6


def test_opening_a_bad_file_lists_problems_and_keeps_the_document(
    make_window: WindowFactory, sample_file: Path, write_document: Callable[..., Path]
) -> None:
    window = make_window(str(sample_file))
    bad = write_document('{"schema_version": 1, "title": "t", "events": [{"id": "e"}]}', "bad.json")
    assert not window.files.open_file(bad)
    dialog = window.problem_dialog
    assert dialog is not None and dialog.isVisible()
    assert any(p.startswith(f"{bad}:1:") for p in dialog.problems)
    assert window.session.path == sample_file
    assert len(table_ids(window)) == 6
    dialog.close()


def test_settings_come_back_when_the_window_is_recreated(
    make_window: WindowFactory, sample_file: Path
) -> None:
    window = make_window(str(sample_file))
    window.session.set_filter(FilterState(people=frozenset({"luo-fuli"}), years=(2019, 2024)))
    window.session.select("acl")
    window.lane_actions["person"].trigger()
    window.language_actions["id"].trigger()
    window.resize(760, 540)  # within the offscreen screen (800x600)
    canvas = window.timeline.canvas
    canvas.set_visible_range(canvas.visible_range()[0] + 400.0, canvas.visible_range()[1] - 300.0)
    shown = canvas.visible_range()
    window.close()
    assert preferences_path().is_file() and ui_state_path().is_file()
    again = make_window()
    assert again.session.path == sample_file.resolve() or again.session.path == sample_file
    assert again.session.filter == FilterState(people=frozenset({"luo-fuli"}), years=(2019, 2024))
    assert again.session.selected_id == "acl"
    assert again.preferences.lane_mode == "person" and again.lane_actions["person"].isChecked()
    assert again.timeline.canvas.lane_mode() == "person"
    assert again.session.language == "id"
    assert (again.width(), again.height()) == (760, 540)
    assert again.timeline.canvas.visible_range() == pytest.approx(shown)
    assert sample_file.resolve() == Path(again.files.state.recent_files[0])


def test_a_relative_file_name_reopens_with_its_filters(
    make_window: WindowFactory, sample_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(sample_file.parent)
    window = make_window(sample_file.name, "--person", "lei-jun")
    window.close()
    again = make_window(sample_file.name)
    assert again.session.path == sample_file
    assert again.session.filter.people == frozenset({"lei-jun"})


def test_reset_settings_starts_clean(make_window: WindowFactory, sample_file: Path) -> None:
    window = make_window(str(sample_file), "--person", "luo-fuli")
    window.close()
    again = make_window("--reset-settings")
    assert again.session.path is None  # the built-in data set
    assert again.session.filter.is_empty()


def test_corrupt_settings_are_survived(
    make_window: WindowFactory, sample_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    for path in (preferences_path(), ui_state_path()):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b'{"schema_version": 1, "geometry": 12, "theme": [')
    with caplog.at_level(logging.WARNING, logger="xiaomi_timeline.core.settings"):
        window = make_window(str(sample_file))
    assert len(table_ids(window)) == 6
    assert "using defaults" in caplog.text


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


def test_menus_list_the_shortcuts(make_window: WindowFactory, sample_file: Path) -> None:
    window = make_window(str(sample_file))
    shortcuts = {a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()}
    assert {"Ctrl+O", "Ctrl+R", "F11", "Ctrl+F", "Esc", "Left", "Right"} <= shortcuts
    menu_actions = {a for menu in window.menuBar().actions() for a in menu.menu().actions()}
    assert all(a in menu_actions for a in window.actions() if not a.shortcut().isEmpty())


def test_dropping_a_json_file_is_accepted(make_window: WindowFactory, sample_file: Path) -> None:
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_file))])
    assert window.files.dropped_file(mime) == sample_file
    mime.setUrls([QUrl.fromLocalFile("/tmp/picture.png")])
    assert window.files.dropped_file(mime) is None


def test_the_new_user_tour_with_the_keyboard_only(make_window: WindowFactory) -> None:
    """Built-in data: Luo Fuli, then 2024, then read an event's sources and conflicts."""
    window = make_window()
    panel = window.filter_panel
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.search_field.hasFocus()
    QTest.keyClick(panel.search_field, Qt.Key.Key_Tab)
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


def save_atomically(path: Path, text: str) -> None:
    """As many editors save: write a temporary file, then rename it over the original."""
    temp = path.with_name(f".{path.name}.swp")
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, path)


def test_atomic_saves_keep_being_watched(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path, sample_document: dict[str, Any]
) -> None:
    window = make_window(str(sample_file))
    for n in (1, 2):
        sample_document["events"][0]["title"] = f"Born, edit {n}"
        save_atomically(sample_file, json.dumps(sample_document))
        qtbot.waitUntil(
            lambda n=n: window.table_model.index(0, 1).data() == f"Born, edit {n}", timeout=5000
        )


def test_recent_files_menu_reopens_a_file(
    make_window: WindowFactory,
    sample_file: Path,
    sample_document: dict[str, Any],
    write_document: Callable[..., Path],
) -> None:
    window = make_window(str(sample_file))
    other = write_document(sample_document, "other.json")
    assert window.files.open_file(other)
    window.files.fill_recent_menu()
    labels = [a.text() for a in window.recent_menu.actions() if a.text()]
    assert labels[0] == f"&1 {other.resolve()}" and labels[1] == f"&2 {sample_file.resolve()}"
    window.recent_menu.actions()[1].trigger()
    assert window.session.path == sample_file.resolve()


def test_dropping_a_file_opens_it(make_window: WindowFactory, sample_file: Path) -> None:
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_file))])
    drop = QDropEvent(
        QPointF(300, 300),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert window.session.path == sample_file
    assert len(table_ids(window)) == 6


def test_unknown_select_id_is_reported_not_fatal(
    make_window: WindowFactory, sample_file: Path
) -> None:
    window = make_window(str(sample_file), "--select", "no-such-event")
    assert window.session.selected_id is None
    assert "no-such-event" in window.statusBar().currentMessage()


def test_no_display_is_a_message_not_a_crash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(app.sys, "platform", "linux")
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


def test_opening_a_big_file_says_it_is_loading(qtbot, tmp_path, monkeypatch):
    """A multi-second load must not look like a hang: the status bar names the file."""
    monkeypatch.setattr(busy, "BIG_FILE_BYTES", 10)
    shown: list[str] = []
    window = create_main_window([])
    qtbot.addWidget(window)
    window.statusBar().messageChanged.connect(shown.append)
    target = tmp_path / "story.json"
    target.write_bytes((DATA_DIR / "minimal.json").read_bytes())
    assert window.files.open_file(target)
    assert any(message.startswith("Loading story.json") for message in shown)
    assert window.statusBar().currentMessage().startswith("Opened")


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
    layout = window.filter_panel.chip_bar.flow
    chips = [layout.itemAt(i).widget() for i in range(layout.count())]  # the current ones
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


BROKEN = '{"schema_version": 1, "title": "t", "events": [{"id": "e"}]}'


def test_a_bad_file_at_start_says_what_is_shown_instead(
    make_window: WindowFactory, write_document: Callable[..., Path]
) -> None:
    bad = write_document(BROKEN, "bad.json")
    window = make_window(str(bad))
    dialog = window.problem_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.heading.startswith("Could not open bad.json; showing the built-in data set")
    assert "looking at" not in dialog.heading
    assert any(p.startswith(f"{bad}:1:") for p in dialog.problems)
    assert dialog.retry_button.isVisible()
    assert window.session.path is None and len(window.session.index) > 0
    assert window.banner.isVisible()  # still says so once the dialog is closed
    dialog.close()


def test_ctrl_r_and_try_again_retry_the_file_that_failed_at_start(
    make_window: WindowFactory,
    qtbot: QtBot,
    write_document: Callable[..., Path],
    sample_document: dict[str, Any],
) -> None:
    bad = write_document(BROKEN, "bad.json")
    window = make_window(str(bad))
    window.watcher.watch(None)  # only the explicit retries here
    dialog = window.problem_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)  # still broken
    assert dialog.isVisible() and window.problem_dialog is dialog
    assert window.session.path is None
    dialog.close()
    window.reload_action.trigger()  # Ctrl+R: still broken, the built-in data stays
    assert window.session.path is None and window.banner.isVisible()
    write_document(sample_document, "bad.json")
    window.reload_action.trigger()
    assert window.session.path == bad.absolute()
    assert len(table_ids(window)) == 6
    assert not window.banner.isVisible()


def test_a_file_that_failed_at_start_opens_once_it_is_fixed(
    make_window: WindowFactory,
    qtbot: QtBot,
    write_document: Callable[..., Path],
    sample_document: dict[str, Any],
) -> None:
    bad = write_document(BROKEN, "bad.json")
    window = make_window(str(bad))
    assert window.problem_dialog is not None
    window.problem_dialog.close()
    save_atomically(bad, json.dumps(sample_document))
    qtbot.waitUntil(lambda: window.session.path == bad.absolute(), timeout=10_000)
    assert len(table_ids(window)) == 6
    assert not window.banner.isVisible()


@pytest.mark.parametrize("how", ["delete", "move"])
def test_a_deleted_or_moved_file_is_announced_until_it_is_back(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path, how: str
) -> None:
    window = make_window(str(sample_file))
    content = sample_file.read_text(encoding="utf-8")
    moved = sample_file.with_name("elsewhere.json")
    if how == "delete":
        sample_file.unlink()
    else:
        sample_file.rename(moved)
    qtbot.waitUntil(window.banner.isVisible, timeout=10_000)
    assert window.banner.accessibleDescription().startswith(
        f"{sample_file.name} was deleted or moved; still showing the last version"
    )
    assert len(table_ids(window)) == 6
    if how == "delete":
        sample_file.write_text(content, encoding="utf-8")
    else:
        moved.rename(sample_file)  # the very same file comes back
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=10_000)
    assert window.session.path == sample_file and len(table_ids(window)) == 6


def test_no_matching_events_says_so_and_offers_to_clear(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path
) -> None:
    window = make_window(str(sample_file), "--person", "Nobody", "--year", "2024")
    notice = window.empty_notice
    assert notice.isVisible()
    assert notice.heading.text() == "No events match these filters"
    assert "Person: Nobody" in notice.details.text() and "Years: 2024" in notice.details.text()
    assert "No person in this file is called \u201cNobody\u201d." in notice.details.text()
    assert window.count_label.text() == "0 of 6 events"
    assert window.timeline.rect().contains(notice.geometry())  # drawn over the timeline
    qtbot.mouseClick(notice.clear_button, Qt.MouseButton.LeftButton)
    assert window.session.filter.is_empty()
    assert not notice.isVisible()
    assert window.count_label.text() == "6 of 6 events"


def test_filters_that_exclude_each_other_are_named_not_blamed_on_a_name(
    make_window: WindowFactory, sample_file: Path
) -> None:
    window = make_window(str(sample_file), "--person", "Lei Jun", "--year", "1990")
    details = window.empty_notice.details.text()
    assert "None of the 6 events passes all of them." in details
    assert "is called" not in details


def test_an_empty_timeline_says_it_has_no_events(
    make_window: WindowFactory, write_document: Callable[..., Path]
) -> None:
    empty = write_document({"schema_version": 1, "title": "Nothing yet"}, "empty.json")
    window = make_window(str(empty))
    assert window.empty_notice.isVisible()
    assert window.empty_notice.heading.text() == "This timeline has no events"
    assert not window.empty_notice.clear_button.isVisible()


@pytest.mark.parametrize(
    ("first", "last", "width"),
    [(1995, 2026, 258), (1991, 2026, 258), (1950, 2032, 258), (1995, 2026, 600), (2019, 2025, 150)]
    + [(1800, 2030, w) for w in (120, 240, 480)],
)
def test_year_axis_labels_are_round_evenly_stepped_and_apart(
    qtbot: QtBot, first: int, last: int, width: int
) -> None:
    histogram = YearHistogram()
    qtbot.addWidget(histogram)
    histogram.resize(width, 84)
    histogram.set_counts({first: 1, last: 2})
    labels = histogram.axis_labels()
    years = [year for year, _ in labels]
    assert len(years) >= 2
    steps = {b - a for a, b in itertools.pairwise(years)}
    assert len(steps) == 1, years  # evenly stepped (edge labels may be left out, not moved)
    step = steps.pop()
    assert step in (1, 2, 5, 10, 20, 50, 100, 200, 500)
    assert all(year % step == 0 for year in years)
    metrics = histogram.fontMetrics()
    rights = [left + metrics.horizontalAdvance(str(year)) for year, left in labels]
    assert all(left >= 0 for _, left in labels) and max(rights) <= width
    assert all(right < next_left for right, (_, next_left) in zip(rights, labels[1:], strict=False))


def test_builtin_year_axis_shows_round_years(make_window: WindowFactory) -> None:
    window = make_window()
    labels = [year for year, _ in window.filter_panel.years.axis_labels()]
    assert 2000 in labels and labels[1] - labels[0] in (5, 10)


def test_f1_lists_every_shortcut_in_one_aligned_table(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    QTest.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog, "shortcuts-dialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    rows = dialog.rows()
    sections = [keys for keys, action in rows if not action]
    assert sections == ["Window"] + [heading for heading, _ in WIDGET_KEYS]
    assert all(dialog.table.columnSpan(r, 0) == 2 for r, (_, a) in enumerate(rows) if not a)
    assert ("Ctrl+R", "Reload") in rows and ("F1", "Keyboard shortcuts") in rows
    assert ("Down", "Move into the list of matches") in rows
    # One key column for every section: all keys start at the same x.
    lefts = {dialog.table.visualRect(dialog.table.model().index(r, 0)).left() for r in range(5)}
    assert len(lefts) == 1
    dialog.close()


def test_options_for_one_run_are_not_saved_by_a_menu_change(
    make_window: WindowFactory, sample_file: Path
) -> None:
    window = make_window(str(sample_file), "--language", "id", "--lanes", "person")
    assert window.session.language == "id" and window.timeline.canvas.lane_mode() == "person"
    window.lane_actions["organization"].trigger()
    saved = load_preferences()
    assert saved.lane_mode == "organization"  # what the user chose in the menu
    assert saved.content_language is None  # --language id was for that run only
    window.language_actions["id"].trigger()  # chosen in the menu now: saved
    assert load_preferences().content_language == "id"
    window.close()
    again = make_window(str(sample_file))
    assert again.session.language == "id" and again.timeline.canvas.lane_mode() == "organization"


def test_details_show_the_status_with_its_source_count_meaning_and_note(
    make_window: WindowFactory, write_document: Callable[..., Path], sample_document: dict[str, Any]
) -> None:
    sample_document["events"][0]["status_note"] = "Only the university page says so."
    window = make_window(str(write_document(sample_document)), "--select", "born")
    lines = window.detail_pane.toPlainText().splitlines()
    assert "■ Category: Career" in lines
    at = lines.index("Status: Confirmed · 1 source")
    meaning = STATUS_MEANINGS["confirmed"].removeprefix("Confirmed:").strip()
    assert lines[at + 1].casefold() == meaning.casefold()
    assert lines[at + 2] == "Only the university page says so."
    window.session.select("hire")
    assert "Status: Reported · 2 sources" in window.detail_pane.toPlainText().splitlines()


def test_an_event_citing_no_source_never_reads_as_backed_by_its_sources(
    make_window: WindowFactory, write_document: Callable[..., Path], sample_document: dict[str, Any]
) -> None:
    del sample_document["events"][0]["sources"]
    del sample_document["events"][0]["status"]  # nor says how sure it is
    window = make_window(str(write_document(sample_document)), "--select", "born")
    lines = window.detail_pane.toPlainText().splitlines()
    at = lines.index("Status: Reported (the file gives no status) · no sources cited")
    assert lines[at + 1] == "No source is cited for this event, so it cannot be checked here."
    assert "cited sources" not in window.detail_pane.toPlainText()


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


def test_sources_cited_only_in_a_disagreement_are_listed_and_counted(
    make_window: WindowFactory,
    write_document: Callable[..., Path],
    sample_document: dict[str, Any],
) -> None:
    """A reader must be able to open the evidence for every competing claim."""
    plan = sample_document["events"][2]
    plan["sources"] = ["S1"]  # S2 now backs only the competing claim
    window = make_window(str(write_document(sample_document)), "--select", "plan")
    lines = window.detail_pane.toPlainText().splitlines()
    assert "Status: Disputed · 2 sources" in lines
    at = lines.index("Also cited where sources disagree:")
    assert lines[at + 1].startswith("A mirror")


def test_clearing_filters_fits_the_events_now_shown(
    make_window: WindowFactory, sample_file: Path
) -> None:
    window = make_window(str(sample_file), "--person", "Lei Jun", "--year", "2024")
    window.session.set_filter(FilterState())
    first, last = window.session.index.span()
    start, end = window.timeline.visible_range()
    assert start <= first and end >= last  # every event, not the previous filter's few


def test_a_long_problem_list_scrolls_inside_a_short_banner(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path
) -> None:
    window = make_window(str(sample_file))
    window.resize(1280, 800)
    problems = [
        f"bad.json:{n}:5: events[{n}].category: unknown category id 'x{n}'" for n in range(34)
    ]
    window.banner.show_problems("bad.json", problems)
    QApplication.processEvents()
    listed = window.banner.findChild(QLabel, "problem-list").text().splitlines()
    assert listed == problems  # every one, none hidden behind "... and N more"
    assert window.banner.height() < 200
    assert window.timeline.height() > 300


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


def test_deep_time_years_come_in_round_runs_and_a_click_filters_on_one(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(str(DATA_DIR / "deep-time.json"))
    years = window.filter_panel.years
    window.filter_panel.ensureWidgetVisible(years)
    assert years.year_range() == (-13_800_000_000, 0)  # runs of 200 million years
    qtbot.mouseClick(
        years, Qt.MouseButton.LeftButton, pos=QPoint(round(years.x_of(-2 * 10**8)), 20)
    )
    assert window.session.filter.years == (-200_000_000, -1)
    assert table_ids(window) == [
        "first-hominins",
        "caesar-consul",
        "ides-of-march",
        "actium",
        "augustus",
    ]
    model = window.table_model
    dates = [model.index(row, 0).data() for row in range(2)]
    assert dates == ["2.8 million years ago", "59 BC"]
    assert "Years: 200 million years ago – 2 BC" in window.filter_panel.chip_labels()
