"""Marking the words of the free-text search where they show: in the event table's cells
and in the details pane, as a highlighter would.

The style and rich-text classes used only while words are marked are looked up through their
modules when first used: PySide6 builds a class's Python type, with all its enums, on first
access (``QStyle`` alone ~8 ms), and a start shows no search.
"""

from __future__ import annotations

from typing_extensions import override

from PySide6 import QtGui, QtWidgets
from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTextEdit

from xiaomi_timeline.core.textmatch import match_spans

MARK_COLOR = QColor(255, 210, 0, 110)
"""Translucent yellow: the text under it stays readable in light and dark themes."""
MAX_MARKS = 1000
"""Places marked in the details at most: more are not read one by one, and finding and
drawing each of the ~250,000 in a text of two million characters held the window for
minutes."""
CELL_CHARS = 1000
"""Characters of a cell's text looked at for marks: more never fit in a cell (its text is
elided), and measuring the text before each mark of a long text held every repaint."""


class SearchMarkDelegate(QStyledItemDelegate):
    """Draws cells as usual, then marks the search words in their text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: tuple[str, ...] = ()

    def set_terms(self, terms: tuple[str, ...]) -> None:
        self._terms = terms

    @override
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        text = index.data()
        if not self._terms or not isinstance(text, str):
            return
        spans = match_spans(text[:CELL_CHARS], self._terms)
        if not spans:
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        widget = item.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return
        qstyle = QtWidgets.QStyle
        rect = style.subElementRect(qstyle.SubElement.SE_ItemViewItemText, item, widget)
        margin = style.pixelMetric(qstyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        metrics = item.fontMetrics
        painter.save()
        painter.setClipRect(rect)
        for start, end in spans:
            left = rect.left() + margin + metrics.horizontalAdvance(text[:start])
            width = metrics.horizontalAdvance(text[start:end])
            painter.fillRect(QRectF(left, rect.top() + 2, width, rect.height() - 4), MARK_COLOR)
        painter.restore()


def mark_in_text_edit(edit: QTextEdit, terms: tuple[str, ...]) -> int:
    """Mark the occurrences of ``terms`` in ``edit``'s text, the first :data:`MAX_MARKS`
    of each; return how many were marked."""
    document = edit.document()
    marks: list[QTextEdit.ExtraSelection] = []
    mark = QtGui.QTextCharFormat()
    mark.setBackground(MARK_COLOR)
    for term in terms:
        cursor = QtGui.QTextCursor(document)
        for _ in range(MAX_MARKS):
            cursor = document.find(term, cursor, QtGui.QTextDocument.FindFlag(0))
            if cursor.isNull():
                break
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = mark
            marks.append(selection)
    edit.setExtraSelections(marks)
    return len(marks)
