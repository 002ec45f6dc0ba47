"""Help › About lists what the app is built with: versions and licences of every runtime
component, Qt's terms and where the licence texts are, in words Qt can translate."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from typing_extensions import override

from PySide6.QtCore import QCoreApplication, QTranslator, qVersion
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox

from xiaomi_timeline.core.components import python_component, runtime_components
from xiaomi_timeline.ui.window.about_components import components_html
from xiaomi_timeline.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
SCREENSHOT = Path(__file__).resolve().parents[4] / "out" / "about-dialog.png"


class MarkingTranslator(QTranslator):
    """Translates every AboutDialog string to itself in brackets, so a test can see which
    strings went through Qt's translation."""

    @override
    def translate(
        self, context: str, source: str, _disambiguation: str | None = None, _n: int = -1
    ) -> str:
        return f"[{source}]" if context == "AboutDialog" else ""


def _plain(rich: str) -> str:
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


@pytest.fixture
def about(make_window: Callable[..., MainWindow], qtbot: QtBot) -> Iterator[QMessageBox]:
    window = make_window()
    window.show_about()
    box = window.findChild(QMessageBox, "about-dialog")
    assert box is not None
    qtbot.waitExposed(box)
    yield box
    box.close()


def test_about_lists_every_component_with_version_and_licence(about: QMessageBox) -> None:
    text = _plain(about.text())

    # Plain text puts each table cell on a line of its own: name, version, licence.
    cells = [line.replace("\xa0", " ").strip() for line in text.splitlines()]
    components = (*runtime_components(), python_component())
    assert len(components) >= 10
    for component in components:
        row = cells.index(component.name)
        assert cells[row + 1 : row + 3] == [component.version, component.licence]
    assert f"Qt {qVersion()} is part of PySide6-Essentials" in text
    assert "GNU LGPL version 3" in text and "download.qt.io" in text
    SCREENSHOT.parent.mkdir(exist_ok=True)
    about.grab().save(str(SCREENSHOT))


def test_about_component_words_go_through_qt_translation(qtbot: QtBot) -> None:
    translator = MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        text = _plain(components_html())
    finally:
        QCoreApplication.removeTranslator(translator)

    assert "[Built with]" in text and "[Component]" in text and "[Licence]" in text
    assert f"[Qt {qVersion()} is part of PySide6-Essentials" in text
    assert "[The licence texts are in each component's installed package metadata.]" in text


def test_a_frozen_build_points_at_the_notices_beside_its_executable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    executable = tmp_path / "xiaomi-timeline"
    executable.write_bytes(b"")
    (tmp_path / "THIRD_PARTY_NOTICES.txt").write_text("notices\n")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))

    text = _plain(components_html())

    assert f"The licence texts are in {tmp_path / 'THIRD_PARTY_NOTICES.txt'}." in text
