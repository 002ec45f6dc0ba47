"""A filter list: heading, optional name search (any script) and checkable items with counts.

Lists are checkable (Space toggles, a click anywhere on a row toggles). In the search box, Down
moves into the filtered list and Enter ticks the highlighted match. Also the flow layout the
filter chips wrap in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from typing_extensions import override

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from xiaomi_timeline.ui.filters.section_heading import SectionHeading
from xiaomi_timeline.ui.models import FacetListModel, FacetSearchProxy
from xiaomi_timeline.ui.text_shaping import draw_unshaped

MIN_SEARCH_ROWS = 3
"""Rows a list keeps however short the panel (a list of fewer keeps them all)."""
MAX_ROWS = 40
"""Rows a list may grow to where the panel has more room than it prefers; beyond, it
scrolls."""


class FlowLayout(QLayout):
    """Lays children out left to right, wrapping to new rows (for filter chips)."""

    def __init__(
        self, parent: QWidget | None = None, spacing: int = 4, *, height_for_width: bool = False
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._height_for_width = height_for_width
        self.setContentsMargins(0, 0, 0, 0)

    @override
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    @override
    def count(self) -> int:
        return len(self._items)

    @override
    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    @override
    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    @override
    def hasHeightForWidth(self) -> bool:
        # Off inside a scroll area, which would then ask for its preferred height instead of
        # its minimum and scroll long before its contents run short.
        return self._height_for_width

    @override
    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    @override
    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    @override
    def sizeHint(self) -> QSize:
        return self.minimumSize()

    @override
    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        x, y, row_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and x > rect.x():
                x, y, row_height = rect.x(), y + row_height + self._spacing, 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y()


class _ClickTogglesDelegate(QStyledItemDelegate):
    """Leaves mouse clicks to the view (a click anywhere on a row toggles it); keys as usual."""

    @override
    def editorEvent(
        self,
        event: QEvent,
        model: object,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        ):
            return False
        return bool(super().editorEvent(event, model, option, index))  # type: ignore[arg-type]


class _FacetListView(QListView):
    """A list whose preferred height is set by its section (Qt's default is a fixed 192 px)."""

    def __init__(self) -> None:
        super().__init__()
        self.preferred_height = 0
        self.empty_text = ""
        """Said inside the list while it shows nothing ("No match for ..."): an empty list
        alone looked broken."""

    @override
    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.preferred_height)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        """Show whole rows only: a row cut in half at the bottom reads as a broken list."""
        super().resizeEvent(event)
        model = self.model()
        row = self.sizeHintForRow(0) if model is not None and model.rowCount() else 0
        if row > 0:
            inner = self.height() - 2 * self.frameWidth()
            self.setViewportMargins(0, 0, 0, inner % row)

    @override
    def dataChanged(
        self,
        top_left: QModelIndex | QPersistentModelIndex,
        bottom_right: QModelIndex | QPersistentModelIndex,
        roles: Sequence[int] = (),
    ) -> None:
        """A row ticked or unticked repaints that row: its size cannot change (every row has
        its box), so the list need not lay every item out again and repaint them all."""
        if top_left == bottom_right and list(roles) == [Qt.ItemDataRole.CheckStateRole]:
            QAbstractItemView.dataChanged(self, top_left, bottom_right, list(roles))
            return
        super().dataChanged(top_left, bottom_right, list(roles))

    def lay_out_now(self) -> None:
        """Lay the items out now if a change asked for it: a list view lays its items out
        again on a timer after any change of their data, so it would otherwise repaint
        them in a later pass than the rest of the window."""
        self.executeDelayedItemsLayout()

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.empty_text and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(
                self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            )
            painter.drawText(
                self.viewport().rect().adjusted(6, 2, -6, -2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
            painter.end()


class FacetSection(QWidget):
    """A heading, an optional name search and a checkable list with counts.

    In the search box, Down moves into the (filtered) list and Enter ticks the highlighted
    match (the first one until another is highlighted); Up from the list's first row goes back.
    """

    def __init__(
        self,
        title: Callable[[], str],
        object_name: str,
        *,
        search: Callable[[], str] | None = None,
        rows: int = 8,
    ) -> None:
        """``title`` and ``search`` (the search box's placeholder) make their texts in the
        interface language, asked again when it changes."""
        super().__init__()
        self._title, self._search_hint = title, search
        self.model = FacetListModel(self)
        self.proxy = FacetSearchProxy(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        # No taller than its list allows: room the list cannot use goes below the panel's
        # sections, not between the heading, the search and the list.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)
        self.heading = SectionHeading()
        layout.addWidget(self.heading)
        self.search: QLineEdit | None = None
        if search is not None:
            self.search = QLineEdit()
            self.search.setObjectName(f"{object_name}-search")
            self.search.setClearButtonEnabled(True)
            self.search.textChanged.connect(self._on_search_text_changed)
            self.search.returnPressed.connect(self.tick_highlighted)
            self.search.installEventFilter(self)
            layout.addWidget(self.search)
        self.view = _FacetListView()
        self.view.setObjectName(object_name)
        self.view.setModel(self.proxy)
        draw_unshaped(self.view)
        self.view.setItemDelegate(_ClickTogglesDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.clicked.connect(self._on_view_clicked)
        self.view.setIconSize(QSize(12, 12))
        self._max_rows = rows
        self.model.modelReset.connect(self._fit_height)
        self._filled = False
        """Whether a document's items were given (before that, an empty list says nothing)."""
        self.model.modelReset.connect(self._on_items_given)
        self._fit_height()
        layout.addWidget(self.view)
        self.heading.fold(*(w for w in (self.search, self.view) if w is not None))
        self.view.installEventFilter(self)
        self._set_texts()

    def _set_texts(self) -> None:
        title = self._title()
        self.heading.set_title(title)
        self.view.setAccessibleName(title)
        if self.search is not None and self._search_hint is not None:
            self.search.setPlaceholderText(self._search_hint())
            self.search.setAccessibleName(self._search_hint())
        self._set_empty_text()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._set_texts()
            self.model.retranslate()
        super().changeEvent(event)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QListView):
            # A highlighted row left behind reads like an active filter: only ticks filter.
            self.clear_highlight()
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.search and key == Qt.Key.Key_Down and self.proxy.rowCount() > 0:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.view.currentIndex().isValid():
                self._highlight(0)
            return True
        if (
            watched is self.view
            and self.search is not None
            and key == Qt.Key.Key_Up
            and self.view.currentIndex().row() <= 0
        ):
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._highlight(0 if text.strip() else -1)  # a match is highlighted: what Enter ticks
        self._set_empty_text()

    def _on_items_given(self) -> None:
        self._filled = True
        self._set_empty_text()

    def _set_empty_text(self) -> None:
        text = self.search.text().strip() if self.search is not None else ""
        empty_text = self.tr("No match for “%1”").replace("%1", text) if text else ""
        if self._filled and self.model.rowCount() == 0:  # a file without people (say): a
            empty_text = self.tr("None in this file")  # blank box read as a list not filled
        if empty_text != self.view.empty_text:  # not at start: the viewport is a costly first
            self.view.empty_text = empty_text  # lookup for PySide6 (it tries every QWidget type)
            self.view.viewport().update()

    def _highlight(self, row: int) -> None:
        selection = self.view.selectionModel()
        if 0 <= row < self.proxy.rowCount():
            selection.setCurrentIndex(
                self.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        else:
            selection.clear()

    def tick_highlighted(self) -> None:
        """Enter in the search box: tick the highlighted match, or the first one listed."""
        if self.proxy.rowCount() == 0:
            return
        index = self.view.currentIndex()
        if not index.isValid():
            index = self.proxy.index(0, 0)
            self._highlight(0)
        self.proxy.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)

    def clear_highlight(self) -> None:
        """No row highlighted (ticks are untouched)."""
        self.view.selectionModel().clear()

    def clear_search(self) -> None:
        """Show every item again."""
        if self.search is not None:
            self.search.clear()

    def search_text(self) -> str:
        return self.search.text() if self.search is not None else ""

    def _fit_height(self) -> None:
        """``rows`` rows preferred (fewer if there are fewer items); the rest scrolls.

        Where the panel is short, a list gives up rows down to ``MIN_SEARCH_ROWS`` instead
        of making the whole panel scroll (which narrowed it by a scroll bar's width); where
        it has room to spare, a list grows to show all its rows (up to ``MAX_ROWS``).
        """
        needed = max(1, self.model.rowCount())
        rows = min(self._max_rows, needed)
        row_height = self._row_height()
        frame = 2 * self.view.frameWidth()
        self.view.preferred_height = row_height * rows + frame
        self.view.updateGeometry()
        if needed <= MIN_SEARCH_ROWS:
            self.view.setFixedHeight(self.view.preferred_height)
            return
        self.view.setMinimumHeight(row_height * min(MIN_SEARCH_ROWS, rows) + frame)
        self.view.setMaximumHeight(row_height * min(needed, MAX_ROWS) + frame)

    def _row_height(self) -> int:
        """The height the view gives a row (whole rows only: a row cut in half reads as a
        missing one); estimated from the font while the list is empty."""
        if self.proxy.rowCount() > 0:
            return max(1, self.view.sizeHintForRow(0))
        return max(self.view.fontMetrics().height(), 12) + 4

    def _on_view_clicked(self, index: QModelIndex) -> None:
        state = self.proxy.data(index, Qt.ItemDataRole.CheckStateRole)
        checked = state in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        self.proxy.setData(
            index,
            Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked,
            Qt.ItemDataRole.CheckStateRole,
        )
