"""With no event selected, the details pane introduces the data set: its title, description and
notes, which events point readers to ("see the document notes")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from xiaomi_timeline.core.schema import text_in
from xiaomi_timeline.ui.models import EVENT_ID_ROLE
from xiaomi_timeline.ui.window.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]

# The offscreen platform warns whenever a window's minimum size changes; harmless there.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def click_table_row(qtbot: QtBot, window: MainWindow, event_id: str) -> None:
    model = window.table_model
    rows = [model.data(model.index(r, 0), EVENT_ID_ROLE) for r in range(model.rowCount())]
    index = model.index(rows.index(event_id), 1)
    window.table.scrollTo(index)
    rect = window.table.visualRect(index)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_builtin_data_set_opens_on_its_title_description_and_notes(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    document = window.session.document
    assert window.session.selected_id is None
    pane = window.detail_pane
    shown = pane.toPlainText()
    assert text_in(document.title, "en") in shown
    assert document.description is not None
    assert text_in(document.description, "en") in shown
    assert "Known mistranslations in the seed" in shown  # what events' sources point to
    for note in document.notes:
        assert text_in(note, "en") in shown
    assert "Select an event" in shown
    assert pane.horizontalScrollBar().maximum() == 0  # wrapped to the pane, not cut off

    click_table_row(qtbot, window, "luo-fuli-joins-high-flyer")
    shown = pane.toPlainText()
    assert "Luo Fuli joins High-Flyer Quant" in shown
    assert "Sources give only the year" in shown  # its date note
    assert "Known mistranslations in the seed" not in shown

    window.session.select(None)
    assert "Known mistranslations in the seed" in pane.toPlainText()


def test_the_introduction_follows_the_content_language(make_window: WindowFactory) -> None:
    window = make_window()
    window.set_language("id")
    shown = window.detail_pane.toPlainText()
    assert "Xiaomi dan AI: linimasa bersumber" in shown
    assert "Salah terjemahan yang diketahui dalam artikel sumber" in shown
    assert "Known mistranslations" not in shown


def test_any_files_notes_are_shown_escaped_and_without_a_description(
    make_window: WindowFactory,
    sample_document: dict[str, Any],
    write_document: Callable[..., Path],
) -> None:
    sample_document["notes"] = ["Plain note <b>not bold</b> & more", {"en": "Second note"}]
    window = make_window(str(write_document(sample_document)))
    shown = window.detail_pane.toPlainText()
    assert "Sample timeline" in shown
    assert "Plain note <b>not bold</b> & more" in shown
    assert "Second note" in shown
    window.session.select("acl")
    assert "Papers at ACL" in window.detail_pane.toPlainText()
    assert "Second note" not in window.detail_pane.toPlainText()
