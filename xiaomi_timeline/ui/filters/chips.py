"""The active filters as removable chips, in a bar above the timeline.

The bar grows a row for each row of chips, so every filter in force is in sight at once. It
sits above the timeline rather than in the filter panel: a new row there pushed every list
down under the pointer, so the next click landed on another control.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from typing_extensions import override

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QWidget

from xiaomi_timeline.core.query import FilterState
from xiaomi_timeline.ui.filters.facet_section import FlowLayout

CHIP_SPACING = 4
CHIP_TEXT_WIDTH = 300
"""Pixels of a chip's label at most: a long search text is cut short with "…" (the tooltip and
the accessible name keep it whole), or it would widen the window past the screen."""


def _chip_height() -> int:
    sample = QToolButton()
    sample.setText("Chip  ✕")
    return sample.sizeHint().height()


class ChipBar(QWidget):
    """One chip per active choice; clicking a chip hands back the filter without it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("active-filters")
        self.setAccessibleName(self.tr("Active filters"))
        self.flow = FlowLayout(self, spacing=CHIP_SPACING, height_for_width=True)
        self.setContentsMargins(6, 4, 6, 4)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._placeholder: QLabel | None = None
        self._without: dict[QToolButton, FilterState] = {}
        """What each chip's click asks for: the filter without its choice."""
        self._remove: Callable[[FilterState], None] = lambda _state: None
        self._spare: list[QToolButton] = []
        """Chips no filter needs now, hidden, for the next ones."""

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # the chips are remade by the panel
            self.setAccessibleName(self.tr("Active filters"))
        super().changeEvent(event)

    def show_chips(
        self, chips: list[tuple[str, FilterState]], remove: Callable[[FilterState], None]
    ) -> None:
        """Show ``chips`` (label, filter without it); none says so. The chips already shown
        are relabelled rather than made again (a filter click changes one chip, and making
        widgets is much of what the click costs in a small document)."""
        self._remove = remove
        buttons = self.chip_buttons()
        for surplus in buttons[len(chips) :]:  # kept for the next filter, out of sight
            self.flow.removeWidget(surplus)
            surplus.hide()
            self._spare.append(surplus)
        placeholder = self._placeholder
        if chips and placeholder is not None and self.flow.indexOf(placeholder) >= 0:
            self.flow.removeWidget(placeholder)
            placeholder.hide()
        for n, (label, without) in enumerate(chips):
            chip = buttons[n] if n < len(buttons) else self._new_chip()
            self._without[chip] = without
            removal = self.tr("Remove filter %1").replace("%1", label)
            if chip.accessibleName() != removal:
                self._label(chip, label, removal)
        if not chips:
            self._show_placeholder()
        self.updateGeometry()

    def _new_chip(self) -> QToolButton:
        if self._spare:
            chip = self._spare.pop()
            self.flow.addWidget(chip)
            chip.show()
            return chip
        chip = QToolButton()
        chip.setObjectName("filter-chip")
        chip.clicked.connect(lambda _=False, c=chip: self._remove(self._without[c]))
        self.flow.addWidget(chip)
        chip.show()
        return chip

    def _label(self, chip: QToolButton, label: str, removal: str) -> None:
        """``label`` on ``chip`` (cut short if long); ``removal`` names what a click does."""
        shown = chip.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, CHIP_TEXT_WIDTH)
        chip.setText(f"{shown.replace('&', '&&')}  ✕")
        chip.setAccessibleName(removal)
        # Names come from the file: escaped, inside <qt> so Qt shows them as written.
        chip.setToolTip(f"<qt>{html.escape(removal)}</qt>")

    def _show_placeholder(self) -> None:
        placeholder = self._placeholder
        if placeholder is None:
            placeholder = QLabel(self.tr("No filters: every event is shown"))
            placeholder.setObjectName("no-filters")
            placeholder.setEnabled(False)  # greyed: a state, not a control
            # As tall as a chip, so the first filter does not move the timeline.
            placeholder.setMinimumHeight(_chip_height())
            self._placeholder = placeholder
        else:
            placeholder.setText(self.tr("No filters: every event is shown"))
        if self.flow.indexOf(placeholder) < 0:
            self.flow.addWidget(placeholder)
        placeholder.show()

    def chip_buttons(self) -> list[QToolButton]:
        items = (self.flow.itemAt(i) for i in range(self.flow.count()))
        return [w for item in items if item and isinstance(w := item.widget(), QToolButton)]
