"""File > Export writes the events on screen (filters applied) as the picture the user named,
in the lanes and language shown: no command line needed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QImage, QKeySequence, QPageSize
from PySide6.QtWidgets import QFileDialog, QMessageBox

from xiaomi_timeline.app import create_main_window
from xiaomi_timeline.core.export_file import DEFAULT_WIDTH
from xiaomi_timeline.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def window(
    qtbot: QtBot, tmp_path: Path, sample_document: dict[str, Any], write_document: Any
) -> Iterator[MainWindow]:
    made = create_main_window([str(write_document(sample_document))])
    assert isinstance(made, MainWindow)
    qtbot.addWidget(made)
    made.show()
    yield made
    made.files.persist = False


def _answer_save_dialog(monkeypatch: pytest.MonkeyPatch, name: Path | str, chosen: str) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_args, **_kwargs: (str(name), chosen))
    )


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
    assert any("person: Lei Jun" in t for t in texts)  # the filter by name, not "lei-jun"
    assert "lei.svg" in window.statusBar().currentMessage()


def test_export_png_is_a_picture(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer_save_dialog(monkeypatch, tmp_path / "all.png", "PNG image (*.png)")
    window.export_action.trigger()
    image = QImage(str(tmp_path / "all.png"))
    assert image.width() == DEFAULT_WIDTH and image.height() > 200


def test_cancelled_dialog_writes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer_save_dialog(monkeypatch, "", "")  # what Qt returns on Cancel
    window.export_action.trigger()
    assert not list(tmp_path.glob("*.png"))


def test_an_unwritable_place_is_explained_not_raised(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text))
    )
    _answer_save_dialog(monkeypatch, tmp_path / "missing-folder" / "x.pdf", "")
    window.export_action.trigger()
    assert warnings and "missing-folder" in warnings[0]


def test_an_empty_view_is_exported_only_if_the_user_confirms(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.session.update_filter(text="no event says this")
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    _answer_save_dialog(monkeypatch, tmp_path / "empty.png", "")
    window.export_action.trigger()
    assert asked and "No events match" in asked[0]
    assert not (tmp_path / "empty.png").exists()
    answer = QMessageBox.StandardButton.Yes
    window.export_action.trigger()
    assert (tmp_path / "empty.png").exists()


def test_the_save_dialog_starts_where_the_last_export_went(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    starts: list[str] = []
    folder = tmp_path / "exports"
    folder.mkdir()

    def save_as(_parent: object, _caption: str, start: str, _filters: str) -> tuple[str, str]:
        starts.append(start)
        return str(folder / "one.png"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    window.export_action.trigger()
    window.export_action.trigger()
    assert Path(starts[0]).is_absolute()  # never the working directory by accident
    assert Path(starts[1]).parent == folder


def test_a_picture_cut_at_the_height_limit_is_said_to_be_cut(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 100k file's lanes need ~70,000 px; the export stops at its limit, and says so."""
    from xiaomi_timeline.ui.export import render as export_render  # noqa: PLC0415

    monkeypatch.setattr(export_render, "MAX_AUTO_HEIGHT", 400)  # the smallest picture
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text))
    )
    _answer_save_dialog(monkeypatch, tmp_path / "cut.png", "")
    window.export_action.trigger()
    assert (tmp_path / "cut.png").exists()
    assert warnings and "not in the picture" in warnings[0]
    assert "lower lanes left out" in window.statusBar().currentMessage()


def test_print_previews_the_events_shown_on_real_paper(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget  # noqa: PLC0415

    window.session.update_filter(people=frozenset({"lei-jun"}))
    assert window.print_action.shortcut().matches(QKeySequence("Ctrl+P"))
    window.print_action.trigger()
    preview = window.print_preview
    assert isinstance(preview, QPrintPreviewDialog)
    qtbot.waitUntil(preview.isVisible)
    widget = preview.findChild(QPrintPreviewWidget)
    assert widget is not None
    qtbot.waitUntil(lambda: widget.pageCount() > 0)
    assert widget.pageCount() == preview.job.pages == 2  # the timeline, then 2 events
    assert preview.job.result.events[0].id == "plan"  # the filter on screen is what prints
    assert len(preview.job.result) == 2
    paper = preview.target.pageLayout().pageSize().id()
    assert paper in {QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter}
    preview.reject()


@pytest.mark.qt_log_ignore("QPainter::begin", "does not support propagateSizeHints")
def test_a_printer_that_cannot_be_used_is_explained(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrinter  # noqa: PLC0415

    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text))
    )
    window.print_action.trigger()
    preview = window.print_preview
    assert preview is not None
    broken = QPrinter()
    broken.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    broken.setOutputFileName(str(tmp_path / "no-such-folder" / "out.pdf"))
    preview.paintRequested.emit(broken)
    assert len(warnings) == 1 and "could not be sent to the printer" in warnings[0]
    preview.reject()


def test_the_print_preview_speaks_the_interface_language(
    make_window: Any, sample_document: dict[str, Any], write_document: Any, qtbot: QtBot
) -> None:
    from PySide6.QtGui import QAction  # noqa: PLC0415
    from PySide6.QtPrintSupport import QPrintPreviewWidget  # noqa: PLC0415

    window = make_window(str(write_document(sample_document)), "--ui-language", "id")
    assert window.print_action.text() == "&Cetak…"
    window.print_action.trigger()
    preview = window.print_preview
    assert preview is not None
    qtbot.waitUntil(preview.isVisible)
    assert preview.windowTitle() == "Pratinjau cetak"
    tools = {action.text() for action in preview.findChildren(QAction)}
    assert {"Halaman berikutnya", "Paskan lebar", "Lanskap", "Cetak"} <= tools  # Qt's own
    widget = preview.findChild(QPrintPreviewWidget)
    assert widget is not None
    qtbot.waitUntil(lambda: widget.pageCount() > 0)
    assert preview.job.scene.subtitle.startswith("6 peristiwa")  # the pages say it too
    preview.reject()


def test_the_print_dialog_speaks_indonesian(
    make_window: Any, sample_document: dict[str, Any], write_document: Any
) -> None:
    """Qt ships no Indonesian: the hand-written catalogue covers the print dialog."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # noqa: PLC0415
    from PySide6.QtWidgets import QGroupBox, QLabel  # noqa: PLC0415

    window = make_window(str(write_document(sample_document)), "--ui-language", "id")
    printer = QPrinter()
    dialog = QPrintDialog(printer, window)
    dialog.show()
    texts = {w.text() for w in dialog.findChildren(QLabel)}
    texts |= {w.title() for w in dialog.findChildren(QGroupBox)}
    assert dialog.windowTitle() == "Cetak"
    assert {"Pencetak", "Lokasi:", "Jenis:", "Rentang cetak"} <= texts
    assert not texts & {"Printer", "Location:", "Type:", "Print range", "Copies:"}
    dialog.reject()
