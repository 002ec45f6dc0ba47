"""File > Print: the paged document of the PDF export (the filtered timeline on landscape
pages, then the events and their sources) sent to a printer through Qt's print preview."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox, QWidget

from xiaomi_timeline.core.query import FilterState, QueryResult
from xiaomi_timeline.ui.export.events import Cancelled, Progress
from xiaomi_timeline.ui.export.output_progress import OutputProgress
from xiaomi_timeline.ui.export.paged import page_layout, paper_for, write_document
from xiaomi_timeline.ui.export.render import build_scene

log = logging.getLogger(__name__)


class PrintJob:
    """What to print (the result as on screen) and the handler that draws it on a printer."""

    def __init__(
        self,
        result: QueryResult,
        state: FilterState,
        lanes: str,
        language: str,
        with_events: bool = True,
    ) -> None:
        self.scene = build_scene(result, state, lanes, language)
        self.result = result
        self.with_events = with_events
        self.pages = 0

    def paint(self, printer: QPrinter, progress: Progress | None = None) -> bool:
        """Draw every page on ``printer`` (the preview's, or the real one) in the paper,
        orientation and margins it was set up with; False if it could not be drawn on.
        ``progress`` may stop it by raising :class:`Cancelled`."""
        try:
            self.pages = write_document(
                printer, self.scene, self.result, with_events=self.with_events, progress=progress
            )
        except OSError:
            log.warning("the printer %r could not be drawn on", printer.printerName())
            self.pages = 0
            return False
        return True


def new_printer(title: str) -> QPrinter:
    """A printer on the locale's paper (A4 or Letter), landscape for the timeline, with the
    timeline's ``title`` for the print queue."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(paper_for(), QPageLayout.Orientation.Landscape))
    printer.setDocName(title)
    return printer


class PrintPreview(QPrintPreviewDialog):
    """The print preview of ``job``; printing from it uses ``printer``. It keeps both
    alive as long as it is open (``target``: the printer)."""

    def __init__(self, parent: QWidget, job: PrintJob, printer: QPrinter) -> None:
        super().__init__(printer, parent)
        self.job = job
        self.target = printer
        self.setObjectName("print-preview")
        self.setWindowTitle(self.tr("Print preview"))
        self.resize(parent.window().size())  # pages big enough to read
        self.paintRequested.connect(self._paint)

    def _paint(self, printer: QPrinter) -> None:
        # Thousands of events make hundreds of pages: seconds of drawing, shown and cancellable.
        progress = OutputProgress(self.parentWidget() or self, self.tr("Preparing the pages"))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            painted = self.job.paint(printer, progress)
        except Cancelled:
            self.job.pages = 0
            QTimer.singleShot(0, self.reject)  # nothing half drawn is shown or printed
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
            progress.close()
        if not painted:
            QMessageBox.warning(
                self,
                self.tr("Printing failed"),
                self.tr(
                    "The pages could not be sent to the printer. Check that it is ready, or "
                    "choose another one."
                ),
            )
