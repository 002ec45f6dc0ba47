"""Helpers for tests that drive the main window as a user does."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLayout, QListView, QWidget

from xiaomi_timeline.ui.models import EVENT_ID_ROLE
from xiaomi_timeline.ui.window.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]
T = TypeVar("T", bound=QObject)


def child(parent: QObject, kind: type[T], name: str) -> T:
    """The child ``name`` of ``parent``, which must exist."""
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} {name!r}"
    return found


def widgets_in(layout: QLayout) -> list[QWidget]:
    """The widgets a layout holds, in order."""
    items = (layout.itemAt(i) for i in range(layout.count()))
    return [widget for item in items if item is not None and (widget := item.widget())]


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
