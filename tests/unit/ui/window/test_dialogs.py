"""The menus' shortcuts and the F1 shortcuts table."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu

from tests.unit.ui.driving import WindowFactory
from xiaomi_timeline.ui.window.dialogs import WIDGET_KEYS, ShortcutsDialog

# The offscreen platform warns whenever a window's minimum size changes; harmless there.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_menus_list_the_shortcuts(make_window: WindowFactory, sample_file: Path) -> None:
    window = make_window(str(sample_file))
    shortcuts = {a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()}
    assert {"Ctrl+O", "Ctrl+R", "F11", "Ctrl+F", "Esc", "Left", "Right"} <= shortcuts
    menus = [action.menu() for action in window.menuBar().actions()]
    menu_actions = {a for menu in menus if isinstance(menu, QMenu) for a in menu.actions()}
    assert all(a in menu_actions for a in window.actions() if not a.shortcut().isEmpty())


def test_f1_lists_every_shortcut_in_one_aligned_table(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    QTest.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog, "shortcuts-dialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    rows = dialog.rows()
    sections = [keys for keys, action in rows if not action]
    assert sections == ["Window"] + [heading for heading, _ in WIDGET_KEYS]
    assert all(dialog.table.columnSpan(r, 0) == 2 for r, (_, a) in enumerate(rows) if not a)
    assert ("Ctrl+R", "Reload") in rows and ("F1", "Keyboard shortcuts") in rows
    assert ("Down", "Move into the list of matches") in rows
    # One key column for every section: all keys start at the same x.
    lefts = {dialog.table.visualRect(dialog.table.model().index(r, 0)).left() for r in range(5)}
    assert len(lefts) == 1
    dialog.close()


def test_f1_names_the_keys_in_indonesian_too(make_window: WindowFactory, qtbot: QtBot) -> None:
    """Qt ships no Indonesian key names; ours (qt_extra_id.ts) name the arrows and Space."""
    window = make_window("--ui-language", "id")
    QTest.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog, "shortcuts-dialog")
    assert dialog is not None
    keys = {keys for keys, _ in dialog.rows()}
    assert "Shift+Kiri / Shift+Kanan" in keys and "Bawah" in keys
    assert not any("Left" in k or "Right" in k or "Space" in k for k in keys), keys
    dialog.close()
