"""Whatever the settings files hold, the window starts, shows the data and saves on close."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from pytestqt.qtbot import QtBot

from tests.fuzzing import fuzz_settings
from tests.settings_content import settings_file_content
from xiaomi_timeline.app import create_main_window
from xiaomi_timeline.core import settings
from xiaomi_timeline.core.loading.loader import load_builtin
from xiaomi_timeline.core.settings import load_ui_state
from xiaomi_timeline.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

BUILTIN_EVENTS = len(load_builtin().events)


def _write_settings(preferences: bytes | str, ui_state: bytes | str) -> None:
    for path, content in (
        (settings.preferences_path(), preferences),
        (settings.ui_state_path(), ui_state),
    ):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode() if isinstance(content, str) else content)


def _start_and_close(qtbot: QtBot) -> MainWindow:
    window = create_main_window([])
    assert isinstance(window, MainWindow)
    window.show()
    qtbot.wait(1)
    assert window.session.result.total == BUILTIN_EVENTS
    window.close()  # saves the UI state: what was loaded must be writable again
    window.deleteLater()
    return window


@pytest.mark.parametrize(
    "ui_state",
    [
        '{"schema_version": 1, "geometry": "ééé"}',
        '{"schema_version": 1, "window_state": "ééé"}',
        '{"schema_version": 1, "visible_window": [-Infinity, Infinity]}',
        '{"schema_version": 1, "visible_window": [NaN, 5]}',
        '{"schema_version": 1, "recent_files": ["\\ud800"], "last_file": "\\u0000"}',
    ],
)
def test_settings_that_stopped_every_launch_now_give_a_window(qtbot: QtBot, ui_state: str) -> None:
    _write_settings("{}", ui_state)
    _start_and_close(qtbot)


def test_a_reversed_saved_year_range_shows_every_event(qtbot: QtBot) -> None:
    state = {"schema_version": 1, "filters": {"years": [2030, 2010]}}
    _write_settings("{}", json.dumps(state))
    window = create_main_window([])
    qtbot.addWidget(window)
    assert window.session.filter.years is None
    assert len(window.session.result) == BUILTIN_EVENTS
    assert window.count_label.text() == f"{BUILTIN_EVENTS} of {BUILTIN_EVENTS} events"


@fuzz_settings(examples=50)
@given(preferences=settings_file_content("preferences"), ui_state=settings_file_content("ui"))
def test_any_settings_content_gives_a_working_window(
    qtbot: QtBot, preferences: bytes, ui_state: bytes
) -> None:
    _write_settings(preferences, ui_state)
    _start_and_close(qtbot)
    assert load_ui_state().last_file is None  # the built-in data was on screen
