"""Before printing or exporting thousands of event pages: ask whether to include them or
only the timeline's pages, saying how many events and about how many pages it would be."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout
from PySide6.QtWidgets import QMessageBox, QWidget

from xiaomi_timeline.core.query import QueryResult
from xiaomi_timeline.ui.export.events import EventPages
from xiaomi_timeline.ui.export.paged import logical_area, page_layout, paper_for
from xiaomi_timeline.ui.i18n.dates import format_number

translate = QCoreApplication.translate

MANY_PAGES = 200
"""More event pages than this are worth asking about."""
SAMPLE = 300
"""How many events are laid out to estimate the pages of all of them."""


def estimate_event_pages(result: QueryResult, language: str) -> int:
    """About how many pages (portrait, the locale's paper) listing every event takes."""
    area = logical_area(page_layout(paper_for(), QPageLayout.Orientation.Portrait))
    pages = EventPages(area, result, language).count(limit=SAMPLE)
    if len(result) <= SAMPLE:
        return pages
    return max(pages, round(pages * len(result) / SAMPLE))


def ask_extent(parent: QWidget, result: QueryResult, language: str) -> bool | None:
    """True to include the event pages, False for the timeline's pages only, None if the
    user cancelled. Asks only when the event pages would be more than :data:`MANY_PAGES`."""
    pages = estimate_event_pages(result, language)
    if pages <= MANY_PAGES:
        return True
    box = QMessageBox(parent)
    box.setObjectName("output-extent")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("OutputExtent", "List every event?"))
    box.setText(
        translate(
            "OutputExtent",
            "Listing all %1 events with their sources takes about %2 pages after the timeline.",
        )
        .replace("%1", format_number(len(result)))
        .replace("%2", format_number(pages))
    )
    box.setInformativeText(
        translate("OutputExtent", "Filter to fewer events, or leave the list out.")
    )
    timeline = box.addButton(
        translate("OutputExtent", "Timeline pages only"), QMessageBox.ButtonRole.AcceptRole
    )
    everything = box.addButton(
        translate("OutputExtent", "Everything (about %1 pages)").replace(
            "%1", format_number(pages)
        ),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(timeline)
    box.exec()
    clicked = box.clickedButton()
    if clicked is timeline:
        return False
    if clicked is everything:
        return True
    return None
