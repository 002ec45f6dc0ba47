"""A big file given at launch (or the last file reopened) shows the window first, then loads
with progress and Cancel, as the desktop app starts (``show_first``).

The worker is held until the test lets it go (a gate, not a clock), so what the user sees
while the file loads is checked without timing."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QTimer

from tests.big_documents import grow
from tests.unit.ui.driving import table_ids
from tests.unit.ui.window.conftest import BIG_EVENTS
from xiaomi_timeline import startup
from xiaomi_timeline.core.loading import loader
from xiaomi_timeline.core.open_marker import marker_path
from xiaomi_timeline.core.query import FilterState
from xiaomi_timeline.core.settings import SavedFilters, UiState, save_ui_state
from xiaomi_timeline.ui.window import loading
from xiaomi_timeline.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


class Held:
    """Each background load waits for ``release``. When the progress strip shows, what the
    window shows is noted and ``on_shown`` runs (on the window's thread, inside the load's
    event loop); by default it lets the load go."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.marker_while_loading: list[bool] = []
        self.seen: dict[str, object] = {}
        self.on_shown: Callable[[loading.BackgroundLoader], None] = lambda _: self.release.set()


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Held:
    held = Held()
    real_load, real_show = loader.load_path, loading.BackgroundLoader._show

    def load(path: Path, progress: Any = None) -> Any:
        held.marker_while_loading.append(marker_path().exists())
        assert held.release.wait(timeout=60), "the test never let the load go"
        return real_load(path, progress)

    def show(self: loading.BackgroundLoader, task: Any, size: int) -> None:
        real_show(self, task, size)
        window = self.status_bar.window()
        assert isinstance(window, MainWindow) and self.progress is not None
        held.seen = {
            "window shown": window.isVisible(),
            "open file": window.session.path,
            "title": window.windowTitle(),
            "strip": self.progress.label.text() if self.progress.isVisible() else None,
            "cancel": self.progress.cancel_button.isVisible(),
            "pending": window.files.pending_start,
            "message": window.statusBar().currentMessage(),
        }
        held.on_shown(self)

    monkeypatch.setattr("xiaomi_timeline.ui.window.loading.load_path", load)
    monkeypatch.setattr(loading.BackgroundLoader, "_show", show)
    monkeypatch.setattr(loading, "BACKGROUND_FROM_BYTES", 100_000)  # the sample file stays small
    return held


@pytest.fixture
def launch(qtbot: QtBot) -> Iterator[Callable[..., MainWindow]]:
    """Starts the window as ``xiaomi-timeline ARGS`` does on a desktop: built, then shown."""
    windows: list[MainWindow] = []

    def make(*argv: str) -> MainWindow:
        window, opened = startup.build_window(startup.parse_arguments(list(argv)), show_first=True)
        assert opened
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.files.loader.cancel()
        window.files.persist = False


def test_the_window_shows_first_then_the_file_with_its_filters_and_selection(
    launch: Callable[..., MainWindow], qtbot: QtBot, big_file: Path, held: Held
) -> None:
    window = launch(str(big_file), "--person", "luo-fuli", "--select", "copy-7")
    assert window.isVisible() and window.session.path is None  # the built-in data meanwhile
    assert "built-in data set" in window.windowTitle()
    assert window.statusBar().currentMessage() == f"Opening {big_file}…"
    qtbot.waitUntil(lambda: window.session.path == big_file.absolute(), timeout=60_000)
    assert len(window.session.index) == BIG_EVENTS
    assert window.session.filter.people == frozenset({"luo-fuli"})
    assert window.session.selected_id == "copy-7"
    assert "big.json" in window.windowTitle()
    assert window.statusBar().currentMessage() == f"Opened {big_file}"
    seen = held.seen  # while it loaded: the window, the built-in data, progress and Cancel
    assert seen["window shown"] and seen["open file"] is None and seen["cancel"]
    assert "built-in data set" in str(seen["title"])
    assert str(seen["strip"]).startswith("Opening big.json (")
    assert seen["pending"] == big_file
    assert seen["message"] == ""  # said once by the strip, not twice
    assert held.marker_while_loading == [True]  # a crash now would be noticed next time
    progress = window.files.loader.progress
    assert progress is not None
    assert not marker_path().exists()  # and the note is gone once it opened
    assert not progress.isVisible() and window.files.pending_start is None


def test_cancel_leaves_the_built_in_data_and_says_so(
    launch: Callable[..., MainWindow], qtbot: QtBot, big_file: Path, held: Held
) -> None:
    window = launch(str(big_file))
    builtin_ids = table_ids(window)

    def cancel(loader: loading.BackgroundLoader) -> None:
        def click() -> None:
            assert loader.progress is not None
            loader.progress.cancel_button.click()
            held.release.set()  # the worker now meets the cancel at its first step

        QTimer.singleShot(0, click)

    held.on_shown = cancel
    qtbot.waitUntil(lambda: window.files.pending_start is None, timeout=60_000)
    assert window.session.path is None and table_ids(window) == builtin_ids
    assert "built-in data set" in window.windowTitle()
    message = window.statusBar().currentMessage()
    assert message.startswith("Stopped opening big.json; showing the built-in data set “")
    assert window.problem_dialog is None and not window.banner.isVisible()  # not a failure
    assert not marker_path().exists()
    progress = window.files.loader.progress
    assert progress is not None and not progress.isVisible()


def test_the_last_file_reopens_in_the_shown_window_with_its_filters(
    launch: Callable[..., MainWindow], qtbot: QtBot, big_file: Path, held: Held
) -> None:
    saved = FilterState(people=frozenset({"lei-jun"}))
    save_ui_state(
        UiState(
            last_file=str(big_file.resolve()),
            filters=SavedFilters.of(saved),
            selected_event="copy-9",
        )
    )
    window = launch()
    assert window.session.path is None
    qtbot.waitUntil(lambda: window.session.path == big_file.resolve(), timeout=60_000)
    assert window.session.filter.people == frozenset({"lei-jun"})
    assert window.session.selected_id == "copy-9"


def test_a_bad_big_file_at_start_shows_the_problems_and_try_again(
    launch: Callable[..., MainWindow],
    qtbot: QtBot,
    sample_document: dict[str, Any],
    tmp_path: Path,
    held: Held,
) -> None:
    sample_document["events"][2]["start"] = "2024-13"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(grow(sample_document, BIG_EVENTS)), encoding="utf-8")
    window = launch(str(bad))
    qtbot.waitUntil(lambda: window.problem_dialog is not None, timeout=60_000)
    dialog = window.problem_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.heading.startswith("Could not open bad.json; showing the built-in data set")
    assert any(p.startswith(f"{bad}:") and "events[2].start" in p for p in dialog.problems)
    assert dialog.retry_button.isVisible()
    assert window.banner.isVisible() and window.session.path is None
    assert window.statusBar().currentMessage() != f"Opening {bad}…"  # no longer true
    assert not marker_path().exists()
    dialog.close()


def test_a_screenshot_and_a_small_file_still_open_before_the_window_shows(
    sample_file: Path, big_file: Path, held: Held, tmp_path: Path, qtbot: QtBot
) -> None:
    held.release.set()
    args = startup.parse_arguments([str(big_file), "--screenshot", str(tmp_path / "out.png")])
    window, opened = startup.build_window(args, show_first=True)
    qtbot.addWidget(window)
    assert opened and window.session.path == big_file.absolute()  # nothing left for later
    args = startup.parse_arguments([str(sample_file)])
    small, opened = startup.build_window(args, show_first=True)
    qtbot.addWidget(small)
    small.files.persist = False
    assert opened and small.session.path == sample_file.absolute()
    assert held.marker_while_loading == []  # neither went to the worker
