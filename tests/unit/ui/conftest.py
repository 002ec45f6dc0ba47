"""Fixtures shared by the window tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from xiaomi_timeline.app import create_main_window
from xiaomi_timeline.ui.i18n.language import apply_ui_language, current_ui_language
from xiaomi_timeline.ui.window.main_window import MainWindow


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[Callable[..., MainWindow]]:
    """Builds main windows as the command line would (``make_window(path, "--person", ...)``),
    shown and active (shortcuts only reach the active window); none saves its settings."""
    windows: list[MainWindow] = []

    def make(*argv: str) -> MainWindow:
        window = create_main_window(list(argv))
        assert isinstance(window, MainWindow)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.files.persist = False


@pytest.fixture(autouse=True)
def english_interface(qapp: object) -> Iterator[None]:
    """Each test starts and ends with the English interface (translators are process-wide).
    Installed even first thing: English plural forms ("1 source") come from its catalogue, so
    a test must not depend on an earlier one having installed it."""
    apply_ui_language("en")
    yield
    if current_ui_language() != "en":
        apply_ui_language("en")


@pytest.fixture
def sample_file(sample_document: dict[str, Any], write_document: Callable[..., Path]) -> Path:
    return write_document(sample_document)
