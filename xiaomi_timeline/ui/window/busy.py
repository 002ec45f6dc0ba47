"""Tell the user a blocking load is under way instead of leaving a frozen window.

Validating a 100k-event file holds the interpreter for a few seconds (pydantic-core does not
release the GIL), so a worker thread would not keep the window responsive either; saying what
is happening, with a wait cursor, is the honest minimum.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QStatusBar

from xiaomi_timeline.ui.i18n.dates import format_number

BIG_FILE_BYTES = 2_000_000


class HasStatusBar(Protocol):
    def statusBar(self, /) -> QStatusBar: ...  # noqa: N802 - QMainWindow's name


@contextmanager
def busy_loading(window: HasStatusBar, path: Path | None) -> Iterator[None]:
    """Status message and wait cursor while ``path`` loads (only for files worth waiting on)."""
    try:
        size = path.stat().st_size if path is not None else 0
    except OSError:
        size = 0
    if path is None or size < BIG_FILE_BYTES:
        yield
        return
    message = QCoreApplication.translate("WindowFiles", "Loading %1 (%2 MB)…")
    megabytes = format_number(round(size / 1e6))
    window.statusBar().showMessage(message.replace("%1", path.name).replace("%2", megabytes))
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
        window.statusBar().clearMessage()
