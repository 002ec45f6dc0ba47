"""A notice over the timeline when nothing is shown, saying why and how to get events back.

An empty canvas looks like a broken app; the notice names the filters that exclude everything
and offers to clear them. It sits on top of the timeline view (a child widget kept centred), so
the canvas painting does not need to know about it.
"""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import override

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

MAX_WIDTH = 420


class EmptyNotice(QFrame):
    """ "No events match these filters", the filters, and a Clear all filters button.

    Signals:
        clear_requested(): the user asked to clear every filter.
    """

    clear_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("empty-notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.details = QLabel()
        self.details.setObjectName("empty-notice-filters")
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # filter labels quote the file
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details.setWordWrap(True)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("empty-notice-clear")
        self.clear_button.clicked.connect(self.clear_requested)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        parent.installEventFilter(self)
        self._set_texts()
        self.hide()

    def _set_texts(self) -> None:
        self.setAccessibleName(self.tr("No events shown"))
        self.clear_button.setText(self.tr("Clear all filters (Esc)"))
        self.clear_button.setAccessibleName(self.tr("Clear all filters"))

    def show_for(
        self, shown: int, total: int, filters: Sequence[str], unknown: Sequence[str] = ()
    ) -> None:
        """Show the notice when ``shown`` is 0, naming the ``filters`` in force and the names
        among them that match nothing in the file (``unknown``); else hide."""
        if shown > 0:
            self.hide()
            return
        if total == 0:
            self.heading.setText(self.tr("This timeline has no events"))
            self.details.setText(self.tr("Open another file (Ctrl+O), or add events to this one."))
            self.clear_button.hide()
        else:
            self.heading.setText(self.tr("No events match these filters"))
            listing = "\n".join(filters) if filters else self.tr("(the current filters)")
            why = (
                "\n".join(unknown)
                if unknown
                else self.tr("None of the %n events passes all of them.", "", total)
            )
            remedy = self.tr("Remove a filter, or clear them all.")
            self.details.setText(f"{listing}\n\n{why} {remedy}")
            self.clear_button.show()
        self.setAccessibleDescription(f"{self.heading.text()}. {self.details.text()}")
        self.show()
        self.raise_()
        self._place()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        width = min(MAX_WIDTH, max(200, parent.width() - 40))
        self.setFixedWidth(width)
        height = self._layout.totalHeightForWidth(width)
        self.setFixedHeight(height)
        self.move((parent.width() - width) // 2, max(0, (parent.height() - height) // 3))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._set_texts()
        super().changeEvent(event)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._place()
        return False
