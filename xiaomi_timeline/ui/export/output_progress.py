"""Progress of a long print or PDF export (thousands of events): the events laid out, then
the pages drawn, of how many, with Cancel. The drawing runs on the GUI thread (a print
preview draws in its paint request), so each report lets the window repaint."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from xiaomi_timeline.ui.export.events import Cancelled
from xiaomi_timeline.ui.i18n.dates import format_number

translate = QCoreApplication.translate

SHOW_AFTER_MS = 400
"""Work that ends sooner never shows the dialog."""


class OutputProgress:
    """Called as a :data:`~xiaomi_timeline.ui.export.events.Progress`; raises
    :class:`~xiaomi_timeline.ui.export.events.Cancelled` once Cancel is pressed."""

    def __init__(self, parent: QWidget, title: str) -> None:
        self.dialog = QProgressDialog(parent)
        self.dialog.setObjectName("output-progress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setCancelButtonText(translate("OutputProgress", "Cancel"))
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(380)
        QCoreApplication.processEvents()  # repaint what the closed file dialog covered

    def __call__(self, stage: str, done: int, total: int) -> None:
        text = (
            translate("OutputProgress", "Listing the events: %1 of %2")
            if stage == "layout"
            else translate("OutputProgress", "Drawing the pages: %1 of %2")
        )
        self.dialog.setLabelText(
            text.replace("%1", format_number(done)).replace("%2", format_number(total))
        )
        self.dialog.setMaximum(max(1, total))
        self.dialog.setValue(min(done, total))
        QCoreApplication.processEvents()
        if self.dialog.wasCanceled():
            raise Cancelled

    def close(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()
