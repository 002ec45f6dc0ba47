"""Helpers for tests that drive the main window as a user does."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView

from xiaomi_timeline.ui.models import EVENT_ID_ROLE
from xiaomi_timeline.ui.window.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


def table_ids(window: MainWindow) -> list[str]:
    model = window.table_model
    return [model.data(model.index(row, 0), EVENT_ID_ROLE) for row in range(model.rowCount())]


def click_facet(qtbot: QtBot, view: QListView, item_id: str) -> None:
    """Click the row of ``item_id`` where the view draws it."""
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if model.data(index, Qt.ItemDataRole.UserRole + 3) == item_id:
            view.scrollTo(index)
            qtbot.mouseClick(
                view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
            )
            return
    raise AssertionError(f"{item_id} is not in the list")
