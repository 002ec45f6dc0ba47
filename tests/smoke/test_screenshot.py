"""The window renders: a 1280x800 screenshot of the built-in data set is a real picture."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QImage

from xiaomi_timeline.app import create_main_window, save_screenshot
from xiaomi_timeline.ui import session as session_module
from xiaomi_timeline.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def distinct_colours(image: QImage, step: int = 7) -> int:
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def test_screenshot_1280x800_of_the_builtin_data(qtbot: QtBot, tmp_path: Path) -> None:
    window = create_main_window(["--size", "1280x800", "--person", "Luo Fuli"])
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    out = tmp_path / "window.png"
    assert save_screenshot(window, out)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    assert distinct_colours(image) > 50  # text, markers, lanes: not a blank or flat window
    canvas = window.timeline.canvas
    top_left = canvas.mapTo(window, canvas.rect().topLeft())
    region = image.copy(top_left.x(), top_left.y(), canvas.width(), canvas.height())
    assert distinct_colours(region, step=3) > 20  # the timeline itself is drawn
    assert window.count_label.text().endswith(f"of {len(window.session.index)} events")


@pytest.mark.slow
def test_screenshot_option_from_the_command_line(tmp_path: Path) -> None:
    out = tmp_path / "cli.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "xiaomi_timeline", "--screenshot", str(out), "--size", "900x600"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)
    assert distinct_colours(image) > 50


def test_screenshot_of_a_bad_file_fails_with_the_problems(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "xiaomi_timeline",
            str(bad),
            "--screenshot",
            str(tmp_path / "x.png"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert f"{bad}:1:" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "x.png").exists()


def test_screenshot_with_no_matching_events_shows_why(qtbot: QtBot, tmp_path: Path) -> None:
    window = create_main_window(["--size", "1280x800", "--person", "Nobody"])
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    out = tmp_path / "empty.png"
    assert save_screenshot(window, out)
    image = QImage(str(out))
    notice = window.empty_notice
    assert notice.isVisible()
    top_left = notice.mapTo(window, notice.rect().topLeft())
    region = image.copy(top_left.x(), top_left.y(), notice.width(), notice.height())
    assert region.width() > 200 and region.height() > 60
    assert distinct_colours(region, step=2) > 5  # frame, text and button, not a blank patch
    assert window.count_label.text() == f"0 of {len(window.session.index)} events"


def test_screenshot_shows_the_result_of_a_search_run_on_a_worker(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big document searches on a worker; a screenshot taken before it has found the words
    showed every event under the search's chip (seen at 100k events with --text)."""
    monkeypatch.setattr(session_module, "SEARCH_TEXTS_IN_BACKGROUND_FROM", 1)

    def slow_start(job: Callable[[], None]) -> None:
        def late() -> None:
            time.sleep(0.5)  # longer than the window takes to be built and shown
            job()

        threading.Thread(target=late, daemon=True).start()

    monkeypatch.setattr(session_module, "start_thread", slow_start)
    window = create_main_window(["--size", "1280x800", "--text", "DeepSeek"])
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.session.searching

    assert save_screenshot(window, tmp_path / "search.png")

    assert not window.session.searching
    shown = window.session.result
    assert 0 < len(shown) < len(window.session.index)
    count = window.count_label
    assert count.text() == f"{len(shown)} of {len(window.session.index)} events"
    assert count.width() >= count.sizeHint().width()  # laid out for its text, not cut off
