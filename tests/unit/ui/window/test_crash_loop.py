"""A run that dies while opening a file must not make every later start die the same way."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.unit.ui.driving import WindowFactory
from xiaomi_timeline.core.loading.loader import load_builtin
from xiaomi_timeline.core.open_marker import marker_path, record_opening
from xiaomi_timeline.core.paths import HOME_OVERRIDE_ENV
from xiaomi_timeline.core.settings import UiState, load_ui_state, save_ui_state
from xiaomi_timeline.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _try_again(window: MainWindow) -> QPushButton:
    buttons = [b for b in window.banner.findChildren(QPushButton) if "Try again" in b.text()]
    assert len(buttons) == 1
    button: QPushButton = buttons[0]
    return button


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_killed_while_opening_then_plain_launch_shows_builtin_and_offers_try_again(
    make_window: WindowFactory,
    qtbot: QtBot,
    isolated_home: Path,
    tmp_path: Path,
    sample_document: dict[str, Any],
) -> None:
    # A named pipe blocks the reader until someone writes: the child is stuck mid-open, for
    # real, until it is killed, as if a native library had hung or died there.
    stuck = tmp_path / "huge-timeline.json"
    os.mkfifo(stuck)
    env = {**os.environ, HOME_OVERRIDE_ENV: str(isolated_home), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-m", "xiaomi_timeline", str(stuck)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not marker_path().exists():
            assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
            assert time.monotonic() < deadline, "the child never started opening the file"
            time.sleep(0.05)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        if child.stderr is not None:
            child.stderr.close()
    assert child.returncode == -signal.SIGKILL

    window = make_window()  # a plain launch, no FILE

    assert window.session.path is None  # the built-in data set, not the file that hung
    assert window.session.document == load_builtin()
    assert window.banner.isVisible()
    heading = window.banner.accessibleDescription()
    assert "closed while opening huge-timeline.json last time" in heading
    assert "built-in data set" in heading
    assert not marker_path().exists()
    window.grab().save(str(tmp_path / "crash-loop-notice.png"))

    # The file is fine now: Try again opens it, and the notice goes away.
    stuck.unlink()
    stuck.write_text(json.dumps(sample_document), encoding="utf-8")
    qtbot.mouseClick(_try_again(window), Qt.MouseButton.LeftButton)
    assert window.session.path == stuck.absolute()
    assert not window.banner.isVisible()
    assert not marker_path().exists()


def test_interrupted_last_file_is_not_reopened_even_if_this_run_dies_too(
    make_window: WindowFactory, write_document: Callable[..., Path], sample_document: dict[str, Any]
) -> None:
    last = write_document(sample_document, "last.json")
    save_ui_state(UiState(last_file=str(last)))
    record_opening(last)  # what a run that died while opening it leaves behind

    window = make_window()

    assert window.session.path is None
    assert "closed while opening last.json" in window.banner.accessibleDescription()
    # Written at once, not on a clean close: a second crash still finds no file to reopen.
    assert load_ui_state().last_file is None


def test_try_again_on_a_file_that_now_fails_lists_its_problems(
    make_window: WindowFactory, write_document: Callable[..., Path]
) -> None:
    broken = write_document('{"schema_version": 1, "title": "x", "events": [}', "broken.json")
    record_opening(broken)
    window = make_window()

    window.reload()  # Ctrl+R does what Try again does

    assert window.session.path is None
    assert window.banner.isVisible()
    assert any("broken.json:1:" in problem for problem in window.banner.problems)


def test_every_open_and_reload_ends_with_no_note_left(
    make_window: WindowFactory, write_document: Callable[..., Path], sample_document: dict[str, Any]
) -> None:
    path = write_document(sample_document)
    window = make_window(str(path))
    assert window.session.path == path.absolute()
    assert not marker_path().exists()

    window.reload()
    assert not marker_path().exists()

    assert not window.files.open_file(path.parent / "missing.json")
    assert not marker_path().exists()


def test_explicit_file_is_opened_after_an_interrupted_run(
    make_window: WindowFactory, write_document: Callable[..., Path], sample_document: dict[str, Any]
) -> None:
    path = write_document(sample_document)
    record_opening(path)

    window = make_window(str(path))  # the user asked for it by name

    assert window.session.path == path.absolute()


def test_builtin_flag_opens_the_builtin_data_not_the_last_file(
    make_window: WindowFactory, write_document: Callable[..., Path], sample_document: dict[str, Any]
) -> None:
    last = write_document(sample_document, "last.json")
    save_ui_state(UiState(last_file=str(last)))

    assert make_window().session.path == last.absolute()
    assert make_window("--builtin").session.path is None
