"""A filter section's heading that folds the section away and back (click, or Space when
focused), so the lists a reader uses get the panel's height."""

from __future__ import annotations

from typing_extensions import override

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget


class SectionHeading(QToolButton):
    """A bold heading with an arrow: pointing down while its section shows, right while it
    is folded. Widgets given to :meth:`fold` are hidden while folded.

    Signals:
        folded(bool): the section was folded (True) or shown again (False).
    """

    folded = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section-heading")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # A transparent border keeps the place of the focus ring, so focusing does not shift it.
        self.setStyleSheet(
            "QToolButton { border: 1px solid transparent; padding: 0px; text-align: left; }"
            "QToolButton:focus { border: 1px dashed palette(highlight); }"
        )
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self._expanded = True
        self._folded: list[QWidget] = []
        self.clicked.connect(lambda: self.set_expanded(not self._expanded))
        self._show()

    def set_title(self, title: str) -> None:
        """The section's name (in the interface language)."""
        self.setText(title)
        self.setAccessibleName(title)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)

    def fold(self, *widgets: QWidget) -> None:
        """Hide ``widgets`` whenever the section is folded."""
        self._folded += widgets
        self._show()

    def expanded(self) -> bool:
        return self._expanded

    def set_expanded(self, expanded: bool) -> None:
        if expanded != self._expanded:
            self._expanded = expanded
            self._show()
            self.folded.emit(not expanded)

    def _show(self) -> None:
        expanded = self._expanded
        self.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.setToolTip(self.tr("Hide this section") if expanded else self.tr("Show this section"))
        self.setAccessibleDescription(
            self.tr("Expanded; press to hide") if expanded else self.tr("Collapsed; press to show")
        )
        for widget in self._folded:
            widget.setVisible(expanded)
