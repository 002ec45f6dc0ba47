"""The status-bar strip that shows a long load: what is being opened, how far the reading
has got, and a button to stop it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from xiaomi_timeline.ui.i18n.dates import format_number


class LoadProgress(QWidget):
    """Reading is shown against the file's size; checking, whose length is not known, as a
    busy bar. ``cancel_requested`` when the user presses Cancel."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("load-progress")
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setFixedWidth(180)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(
            self.tr("Stop opening this file and keep what is shown (Esc)")
        )
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._name = ""

    def start(self, path: Path, size: int) -> None:
        """A new load of ``path`` (``size`` bytes)."""
        self._name = path.name
        megabytes = format_number(round(size / 1e6))
        text = self.tr("Opening %1 (%2 MB)…")
        self.label.setText(text.replace("%1", path.name).replace("%2", megabytes))
        self.bar.setRange(0, 1000)
        self.bar.setValue(0)

    def show_read(self, done: int, total: int) -> None:
        """``done`` of ``total`` bytes read; once all are read, checking begins."""
        if done < total:
            self.bar.setValue(round(1000 * done / total))
            return
        self.label.setText(self.tr("Checking %1…").replace("%1", self._name))
        self.bar.setRange(0, 0)  # validating is one step whose length is not known
