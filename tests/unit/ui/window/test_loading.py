"""Opening a big file: progress in the window, and Cancel leaves the timeline that was shown.

The worker is held at its start until the progress is on screen (a gate, not a clock), so
what the user would see is checked without timing."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QTimer

from tests.big_documents import grow
from tests.unit.ui.driving import WindowFactory, table_ids
from tests.unit.ui.window.conftest import BIG_EVENTS
from xiaomi_timeline.core.loading import batches, loader
from xiaomi_timeline.ui.window import loading
from xiaomi_timeline.ui.window.load_progress import LoadProgress
from xiaomi_timeline.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


class Seen:
    """What the progress strip showed: (label, bar minimum, bar maximum, bar value)."""

    def __init__(self) -> None:
        self.states: list[tuple[str, int, int, int]] = []
        self.on_screen = threading.Event()

    def record(self, progress: LoadProgress) -> None:
        bar = progress.bar
        self.states.append((progress.label.text(), bar.minimum(), bar.maximum(), bar.value()))


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> Seen:
    """Records the progress strip, and holds each load until the strip is on screen."""
    seen = Seen()
    show, show_read = loading.BackgroundLoader._show, LoadProgress.show_read
    real_load = loader.load_path

    def shown(self: loading.BackgroundLoader, task: Any, size: int) -> None:
        show(self, task, size)
        assert self.progress is not None and self.progress.isVisible()
        seen.record(self.progress)
        seen.on_screen.set()

    def read(self: LoadProgress, done: int, total: int) -> None:
        show_read(self, done, total)
        seen.record(self)

    def held(path: Path, progress: Any = None) -> Any:
        assert seen.on_screen.wait(timeout=60), "the progress never showed"
        return real_load(path, progress)

    monkeypatch.setattr(loading.BackgroundLoader, "_show", shown)
    monkeypatch.setattr(LoadProgress, "show_read", read)
    monkeypatch.setattr("xiaomi_timeline.ui.window.loading.load_path", held)
    monkeypatch.setattr(loader, "READ_CHUNK_BYTES", 256 * 1024)  # several steps to show
    return seen


def _eager(window: MainWindow) -> None:
    """Load every file in the background and show its progress at once."""
    window.files.loader.background_from_bytes = 0
    window.files.loader.show_after_ms = 0


def test_a_big_file_shows_its_progress_then_opens(
    make_window: WindowFactory, sample_file: Path, big_file: Path, seen: Seen
) -> None:
    window = make_window(str(sample_file))
    _eager(window)
    assert window.files.open_file(big_file)
    assert window.session.path == big_file
    assert len(window.session.index) == BIG_EVENTS
    megabytes = round(big_file.stat().st_size / 1e6)
    labels = [label for label, *_ in seen.states]
    assert labels[0] == f"Opening big.json ({megabytes} MB)…"
    reading = [value for label, low, high, value in seen.states if high == 1000]
    assert len(reading) >= 3 and reading == sorted(reading)  # determinate: the bytes read
    assert labels[-1] == "Checking big.json…"
    assert seen.states[-1][1:3] == (0, 0)  # checking has no known length: a busy bar
    progress = window.files.loader.progress
    assert progress is not None and not progress.isVisible()  # gone once it opened


def test_cancel_leaves_the_previous_timeline_and_its_title(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path, big_file: Path, seen: Seen
) -> None:
    window = make_window(str(sample_file), "--select", "v2")
    _eager(window)
    before_ids, before_title = table_ids(window), window.windowTitle()
    assert "Sample timeline" in before_title
    loader_ = window.files.loader

    def press_cancel() -> None:
        assert loader_.progress is not None
        QTimer.singleShot(0, loader_.progress.cancel_button.click)

    seen.on_screen = _CallOnSet(press_cancel)
    assert not window.files.open_file(big_file)
    assert window.session.path == sample_file
    assert table_ids(window) == before_ids and window.windowTitle() == before_title
    assert window.session.selected_id == "v2"
    assert window.problem_dialog is None and not window.banner.isVisible()  # not a failure
    assert window.statusBar().currentMessage().startswith("Stopped opening big.json")
    assert loader_.busy_with is None and loader_.progress is not None
    assert not loader_.progress.isVisible()


def test_esc_cancels_too(
    make_window: WindowFactory, sample_file: Path, big_file: Path, seen: Seen
) -> None:
    window = make_window(str(sample_file))
    _eager(window)
    window.session.update_filter(text="plan")
    seen.on_screen = _CallOnSet(lambda: QTimer.singleShot(0, window.escape_action.trigger))
    assert not window.files.open_file(big_file)
    assert window.session.path == sample_file
    assert window.session.filter.text == "plan"  # Esc stopped the load, not the search


class _CallOnSet(threading.Event):
    """An event that runs ``action`` (on the window's thread) the first time it is set."""

    def __init__(self, action: Callable[[], None]) -> None:
        super().__init__()
        self.action: Callable[[], None] | None = action

    def set(self) -> None:
        action, self.action = self.action, None
        if action is not None:
            action()
        super().set()


def test_one_load_at_a_time_and_a_reload_goes_the_same_way(
    make_window: WindowFactory, qtbot: QtBot, big_file: Path, sample_file: Path, seen: Seen
) -> None:
    window = make_window(str(big_file))
    _eager(window)
    window.session.select("copy-7")
    reloads: list[bool] = []
    window.session.document_changed.connect(lambda: reloads.append(True))
    asked: list[bool] = []

    def meanwhile() -> None:
        asked.append(window.files.open_file(sample_file))  # another file: refused
        asked.append(window.reload())  # the file changed again (the watcher): read it again

    seen.on_screen = _CallOnSet(meanwhile)
    assert window.reload()
    assert asked == [False, False]
    assert window.statusBar().currentMessage().startswith("Still opening big.json")
    qtbot.waitUntil(lambda: len(reloads) == 2)  # read once more after the first reload
    assert window.session.path == big_file
    assert window.session.selected_id == "copy-7"  # a reload keeps the view
    assert len(window.session.index) == BIG_EVENTS


def test_a_bad_big_file_still_shows_the_problem_dialog(
    make_window: WindowFactory, sample_file: Path, tmp_path: Path, seen: Seen
) -> None:
    window = make_window(str(sample_file))
    _eager(window)
    bad = tmp_path / "bad.json"
    document = json.loads(sample_file.read_text(encoding="utf-8"))
    document["events"][2]["start"] = "2024-13"
    bad.write_text(json.dumps(grow(document, 3000)), encoding="utf-8")
    assert not window.files.open_file(bad)
    dialog = window.problem_dialog
    assert dialog is not None and dialog.isVisible()
    assert any(
        problem.startswith(f"{bad}:") and "events[2].start" in problem
        for problem in dialog.problems
    )
    assert window.session.path == sample_file
    dialog.close()


def test_cancel_while_the_events_are_checked_stops_at_the_next_batch(
    make_window: WindowFactory,
    qtbot: QtBot,
    sample_file: Path,
    big_file: Path,
    seen: Seen,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(str(sample_file))
    _eager(window)
    checking, pressed, finished = threading.Event(), threading.Event(), threading.Event()
    batches_checked: list[int] = []
    validated, run = batches.EventBatches._validated, loading._Task.run

    def held_in_the_first(self: batches.EventBatches, batch: bytearray) -> int:
        batches_checked.append(len(batch))
        checking.set()
        assert pressed.wait(timeout=60), "Cancel was never pressed"
        return validated(self, batch)

    def run_to_the_end(self: loading._Task) -> None:
        run(self)
        finished.set()

    def press_cancel_once_checking() -> None:
        if not checking.is_set():
            QTimer.singleShot(10, press_cancel_once_checking)
            return
        assert window.files.loader.progress is not None
        window.files.loader.progress.cancel_button.click()
        pressed.set()

    monkeypatch.setattr(batches.EventBatches, "_validated", held_in_the_first)
    monkeypatch.setattr(loading._Task, "run", run_to_the_end)
    QTimer.singleShot(0, press_cancel_once_checking)
    assert not window.files.open_file(big_file)  # the window answered during validation
    assert window.session.path == sample_file
    qtbot.waitUntil(finished.is_set, timeout=60_000)
    assert len(batches_checked) == 1  # the worker stopped at the next chunk, not at the end
