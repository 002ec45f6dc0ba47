"""File > Export writes the events on screen (filters applied) as the picture the user named,
in the lanes and language shown: no command line needed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from xiaomi_timeline.app import create_main_window
from xiaomi_timeline.export import DEFAULT_WIDTH
from xiaomi_timeline.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, sample_document: dict[str, Any],
           write_document: Any) -> Iterator[MainWindow]:
    made = create_main_window([str(write_document(sample_document))])
    assert isinstance(made, MainWindow)
    qtbot.addWidget(made)
    made.show()
    yield made
    made.files.persist = False


def _answer_save_dialog(monkeypatch: pytest.MonkeyPatch, name: Path | str, chosen: str) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(name), chosen)))


def test_export_writes_the_filtered_events_in_the_lanes_shown(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.session.update_filter(people=frozenset({"lei-jun"}))
    window.set_lane_mode("person")
    _answer_save_dialog(monkeypatch, tmp_path / "lei", "SVG drawing (*.svg)")  # no extension
    window.export_action.trigger()
    svg = (tmp_path / "lei.svg").read_text(encoding="utf-8")
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    assert "Hire reported" in texts and "Five-year plan" in texts
    assert "Papers at ACL" not in texts  # filtered out on screen, so not exported
    assert "Lei Jun" in texts  # a person lane
    assert "lei.svg" in window.statusBar().currentMessage()


def test_export_png_is_a_picture(window: MainWindow, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _answer_save_dialog(monkeypatch, tmp_path / "all.png", "PNG image (*.png)")
    window.export_action.trigger()
    image = QImage(str(tmp_path / "all.png"))
    assert image.width() == DEFAULT_WIDTH and image.height() > 200


def test_cancelled_dialog_writes_nothing(window: MainWindow, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    _answer_save_dialog(monkeypatch, "", "")  # what Qt returns on Cancel
    window.export_action.trigger()
    assert not list(tmp_path.glob("*.png"))


def test_an_unwritable_place_is_explained_not_raised(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text: warnings.append(text)))
    _answer_save_dialog(monkeypatch, tmp_path / "missing-folder" / "x.pdf", "")
    window.export_action.trigger()
    assert warnings and "missing-folder" in warnings[0]
