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

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # the chips are remade by the panel
            self.setAccessibleName(self.tr("Active filters"))
        super().changeEvent(event)

    def show_chips(
        self, chips: list[tuple[str, FilterState]], remove: Callable[[FilterState], None]
    ) -> None:
        """Replace the chips by ``chips`` (label, filter without it); none says so."""
        while (item := self.flow.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()  # may be the chip being clicked: deleted once its signal is done
                widget.deleteLater()
        for label, without in chips:
            chip = QToolButton()
            shown = chip.fontMetrics().elidedText(
                label, Qt.TextElideMode.ElideRight, CHIP_TEXT_WIDTH
            )
            chip.setText(f"{shown.replace('&', '&&')}  ✕")
            chip.setObjectName("filter-chip")
            removal = self.tr("Remove filter %1").replace("%1", label)
            chip.setAccessibleName(removal)
            # Names come from the file: escaped, inside <qt> so Qt shows them as written.
            chip.setToolTip(f"<qt>{html.escape(removal)}</qt>")
            chip.clicked.connect(lambda _=False, s=without: remove(s))
            self.flow.addWidget(chip)
            chip.show()
        if not chips:
            placeholder = QLabel(self.tr("No filters: every event is shown"))
            placeholder.setObjectName("no-filters")
            placeholder.setEnabled(False)  # greyed: a state, not a control
            # As tall as a chip, so the first filter does not move the timeline.
            placeholder.setMinimumHeight(_chip_height())
            self.flow.addWidget(placeholder)
            placeholder.show()
        self.updateGeometry()

    def chip_buttons(self) -> list[QToolButton]:
        items = (self.flow.itemAt(i) for i in range(self.flow.count()))
        return [w for item in items if item and isinstance(w := item.widget(), QToolButton)]
