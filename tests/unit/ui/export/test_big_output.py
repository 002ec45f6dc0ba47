"""Printing or exporting thousands of events: first a choice between the timeline's pages and
everything (how many events, about how many pages), then progress with Cancel; a cancelled
export leaves no file."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from tests.big_documents import grow
from tests.pdf_pages import read_pages
from xiaomi_timeline.app import create_main_window
from xiaomi_timeline.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

EVENTS = 4_000
SHOTS = os.environ.get("XT_SHOTS")
"""A folder to save screenshots of the dialogs in, when set."""


@pytest.fixture
def window(
    qtbot: QtBot, sample_document: dict[str, Any], write_document: Any
) -> Iterator[MainWindow]:
    made = create_main_window([str(write_document(grow(sample_document, EVENTS)))])
    assert isinstance(made, MainWindow)
    qtbot.addWidget(made)
    made.show()
    yield made
    made.files.persist = False


def _when_shown(name: str, act: Callable[[QWidget], None]) -> list[str]:
    """Run ``act`` on the top-level widget named ``name`` once it is visible; what it
    showed (its text) is collected."""
    seen: list[str] = []
    timer = QTimer()

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == name and widget.isVisible():
                timer.stop()
                seen.append(_text_of(widget))
                if SHOTS:
                    widget.grab().save(str(Path(SHOTS) / f"{name}.png"))
                act(widget)
                return

    timer.timeout.connect(poll)
    timer.start(20)
    _running.append(timer)
    return seen


_running: list[QTimer] = []
"""The polling timers, alive until the test's dialogs have been answered."""


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QMessageBox):
        buttons = " | ".join(button.text() for button in widget.buttons())
        return f"{widget.text()}\n{buttons}"
    if isinstance(widget, QProgressDialog):
        return widget.labelText()
    return ""


def _click(label: str) -> Callable[[QWidget], None]:
    def click(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        button = next(b for b in widget.buttons() if b.text().startswith(label))
        button.click()

    return click


def _cancel(widget: QWidget) -> None:
    assert isinstance(widget, QProgressDialog)
    widget.show()  # at once, rather than after its short delay
    QApplication.processEvents()
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / "output-progress.png"))
    widget.cancel()


def _export_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *_a, **_k: (str(path), "PDF document (*.pdf)")),
    )


def test_exporting_thousands_of_events_asks_first_and_can_keep_to_the_timeline(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "big.pdf"
    _export_to(monkeypatch, out)
    asked = _when_shown("output-extent", _click("Timeline pages only"))
    window.export_action.trigger()
    assert asked and "Listing all 4,000 events" in asked[0]
    assert "Everything (about " in asked[0] and "Cancel" in asked[0]
    pages = read_pages(out)
    assert pages and all(page.width_pt > page.height_pt for page in pages)  # no event pages
    assert not any("Events (4,000)" in page.text for page in pages)
    if len(pages) > 1:
        assert pages[-1].text.endswith(f"page {len(pages)} of {len(pages)}")
    assert "pages" in window.statusBar().currentMessage()


def test_a_cancelled_export_leaves_no_file(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    _export_to(monkeypatch, folder / "big.pdf")
    _when_shown("output-extent", _click("Everything"))
    shown = _when_shown("output-progress", _cancel)
    window.export_action.trigger()
    # How far it has got, of how many: the listing, or the drawing if the listing was quick.
    assert shown and re.fullmatch(
        r"Listing the events: [\d,]+ of 4,000|Drawing the pages: [\d,]+ of [\d,]+", shown[0]
    ), shown
    assert list(folder.iterdir()) == []  # neither the PDF nor a part of it
    assert "cancelled" in window.statusBar().currentMessage()


def test_the_whole_export_lists_every_event_with_progress(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "big.pdf"
    _export_to(monkeypatch, out)
    asked = _when_shown("output-extent", _click("Everything"))
    window.export_action.trigger()
    assert asked
    pages = read_pages(out)
    portrait = [page for page in pages if page.height_pt > page.width_pt]
    assert portrait[0].text.startswith("Events (4,000)")
    assert pages[-1].text.endswith(f"page {len(pages)} of {len(pages)}")


def test_a_cancelled_print_preview_closes_without_pages(window: MainWindow, qtbot: QtBot) -> None:
    _when_shown("output-extent", _click("Everything"))
    _when_shown("output-progress", _cancel)
    window.print_action.trigger()
    preview = window.print_preview
    assert preview is not None
    qtbot.waitUntil(lambda: not preview.isVisible())
    assert preview.job.pages == 0


def test_cancelling_the_choice_prints_nothing(window: MainWindow) -> None:
    asked = _when_shown("output-extent", _click("Cancel"))
    window.print_action.trigger()
    assert asked and window.print_preview is None
