"""Files in the window: reload, bad files, the start file, watching, recents, drops, settings."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest

from tests.unit.ui.driving import WindowFactory, table_ids
from xiaomi_timeline.core.dates import year_start
from xiaomi_timeline.core.query import FilterState
from xiaomi_timeline.core.settings import (
    UiState,
    load_preferences,
    preferences_path,
    ui_state_path,
)
from xiaomi_timeline.ui.window.files import WindowFiles

# The offscreen platform warns whenever a window's minimum size changes; harmless there.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


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


def test_dropping_a_json_file_is_accepted(make_window: WindowFactory, sample_file: Path) -> None:
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_file))])
    assert window.files.dropped_file(mime) == sample_file
    mime.setUrls([QUrl.fromLocalFile("/tmp/picture.png")])
    assert window.files.dropped_file(mime) is None


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

        def shows_the_edit(title: str = f"Born, edit {n}") -> bool:
            return bool(window.table_model.index(0, 1).data() == title)

        qtbot.waitUntil(shows_the_edit, timeout=5000)


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


def test_select_keeps_the_filters_given_with_it_and_says_when_they_hide_it(
    make_window: WindowFactory, sample_file: Path
) -> None:
    window = make_window(str(sample_file), "--year", "2024", "--select", "born")
    assert window.session.filter.years == (2024, 2024)  # the filter asked for stays
    assert window.session.selected_id == "born"
    assert not window.session.in_result("born")
    assert window.statusBar().currentMessage() == (
        "The selected event “born” is hidden by the filters"
    )
    shown = make_window(str(sample_file), "--year", "2024", "--select", "hire")
    assert shown.session.filter.years == (2024, 2024) and shown.session.selected_id == "hire"
    assert "hidden" not in shown.statusBar().currentMessage()


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


def test_a_drop_opens_the_first_local_timeline_file_only() -> None:
    mime = QMimeData()
    mime.setUrls(
        [
            QUrl("https://example.org/remote.json"),
            QUrl.fromLocalFile("/tmp/notes.txt"),
            QUrl.fromLocalFile("/tmp/Timeline.JSON"),
            QUrl.fromLocalFile("/tmp/second.json"),
        ]
    )
    assert WindowFiles.dropped_file(mime) == Path("/tmp/Timeline.JSON")
    mime.setUrls([QUrl.fromLocalFile("/tmp/notes.txt")])
    assert WindowFiles.dropped_file(mime) is None


def test_names_from_the_command_line_become_ids_and_unknown_ones_are_kept(
    make_window: WindowFactory, sample_file: Path
) -> None:
    window = make_window(str(sample_file))
    asked = FilterState(
        people=frozenset({"罗福莉", "Nobody Atall"}), organizations=frozenset({"小米"})
    )
    resolved = window.files._resolved(asked)
    assert resolved.people == frozenset({"luo-fuli", "Nobody Atall"})
    assert resolved.organizations == frozenset({"xiaomi"})
    only_known = resolved.replace(people=frozenset({"luo-fuli"}))
    window.session.set_filter(resolved)  # "Nobody Atall" matches no event, and hides none
    assert window.session.result.ids == window.session.index.query(only_known).ids != []


def test_the_window_state_survives_its_text_form(
    make_window: WindowFactory, sample_file: Path
) -> None:
    window = make_window(str(sample_file), "--size", "760x560")
    window.filter_panel.years_heading.click()  # folded away
    window.filter_panel.statuses.heading.click()
    state = window.files.snapshot()
    assert state.folded_filters == ("years", "statuses")
    again = make_window(str(sample_file))
    again.files.state = UiState.model_validate_json(state.model_dump_json())
    again.files.restore_window()
    assert again.size() == window.size()
    assert again.saveState() == window.saveState()
    assert again.filter_panel.folded_sections() == ("years", "statuses")
    assert not again.filter_panel.years.isVisibleTo(again.filter_panel)


def test_a_last_file_gone_since_the_last_run_is_named_at_the_next_start(
    make_window: WindowFactory, sample_file: Path
) -> None:
    window = make_window(str(sample_file))
    window.close()
    sample_file.unlink()
    again = make_window()
    assert again.session.path is None and len(again.session.index) > 0  # the built-in data
    message = again.statusBar().currentMessage()
    assert str(sample_file) in message and "no longer there" in message
    assert "built-in data set" in message


def test_the_window_title_names_a_spreadsheet_once(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    sheet = tmp_path / "hires.csv"
    sheet.write_text("start,title\n2023-04,Lab founded\n2024,Team grows\n", encoding="utf-8")
    window = make_window(str(sheet))
    assert window.windowTitle() == "hires.csv – Xiaomi AI Timeline"  # not "hires.csv (hires.csv)"
    again = make_window()
    again.session.open_builtin()
    assert again.windowTitle().endswith("(built-in data set) – Xiaomi AI Timeline")
