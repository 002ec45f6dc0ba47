"""Item models over the filtered events (the table) and over facets (people, categories ...).

Models only present what the session computed; they hold no filter logic. The event table
sorts itself (``sort``) from keys computed once per sort: dates chronologically (the result is
already in date order), text columns by their casefolded text, ties kept in date order; a
proxy model calling ``data()`` from Python for every comparison is far too slow at 100k.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from typing_extensions import override

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from xiaomi_timeline.core.query import IntArray, QueryResult
from xiaomi_timeline.core.schema import Event, all_texts, one_line, status_meaning, text_in
from xiaomi_timeline.ui.i18n.dates import format_range
from xiaomi_timeline.ui.i18n.words import category_name, events_count, status_name
from xiaomi_timeline.ui.text_direction import isolated
from xiaomi_timeline.ui.text_shaping import is_simple, shaped_font

EVENT_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2
ITEM_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 3
SEARCH_ROLE = int(Qt.ItemDataRole.UserRole) + 4
COUNT_ROLE = int(Qt.ItemDataRole.UserRole) + 5

COLUMNS: tuple[str, ...] = (
    str(QT_TRANSLATE_NOOP("EventTableModel", "Date")),
    str(QT_TRANSLATE_NOOP("EventTableModel", "Title")),
    str(QT_TRANSLATE_NOOP("EventTableModel", "Category")),
    str(QT_TRANSLATE_NOOP("EventTableModel", "People")),
    str(QT_TRANSLATE_NOOP("EventTableModel", "Status")),
)
DATE, TITLE, CATEGORY, PEOPLE, STATUS = range(len(COLUMNS))

AnyIndex = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


def plain_tooltip(text: str) -> str:
    """Tooltip text shown literally: Qt renders tooltips that look like HTML as HTML."""
    return f"<p>{html.escape(text)}</p>"


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE_TEXT = int(Qt.ItemDataRole.AccessibleTextRole)
_CHECK_STATE = int(Qt.ItemDataRole.CheckStateRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
"""Roles as plain ints: a paint asks every cell for seven roles, compared in Python."""


@lru_cache(maxsize=1024)
def _color(name: str) -> QColor:
    """The colour named ``name``, made once (the object is shared: not to be changed)."""
    return QColor(name)


_TABLE_ROLES = frozenset(
    {
        int(Qt.ItemDataRole.DisplayRole),
        int(Qt.ItemDataRole.AccessibleTextRole),
        EVENT_ID_ROLE,
        int(Qt.ItemDataRole.ToolTipRole),
        int(Qt.ItemDataRole.DecorationRole),
        _FONT,
    }
)
"""The roles EventTableModel.data answers."""


class EventTableModel(QAbstractTableModel):
    """One row per event of a QueryResult, sorted by any column (date order by default).

    Rows are the result's positions into the index's events, read when a row is shown: a new
    result costs no per-event work in date order, whatever its size. A new result resizes the
    model (rows inserted or removed at the end, the rest announced as changed) instead of
    resetting it.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._result: QueryResult | None = None
        self._all: Sequence[Event] = ()
        """Every event of the index, in date order; rows point into it through positions."""
        self._positions: IntArray = np.zeros(0, dtype=np.int64)
        self._rows = 0
        """Rows shown: the positions' count, except while the model is being resized."""
        self._order: list[int] | None = None
        """Row -> slot of ``_positions`` for a text-column sort; None in date order."""
        self._rows_of_slots: dict[int, int] | None = None
        self._language = "en"
        self._sort = (DATE, Qt.SortOrder.AscendingOrder)
        self._cells: dict[tuple[int, int], str] = {}  # (event position, column) -> text

    def set_result(self, result: QueryResult, language: str | None = None) -> None:
        """Show ``result``: rows removed at the end first (or the content switched first when
        rows are added), so each row keeps its content while the row count changes."""
        old_rows, new_rows = self._rows, len(result.positions)
        if new_rows < old_rows:
            self.beginRemoveRows(_NO_INDEX, new_rows, old_rows - 1)
            self._rows = new_rows
            self.endRemoveRows()
        self._show(result, language)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, len(COLUMNS) - 1))
        if new_rows > old_rows:
            self.beginInsertRows(_NO_INDEX, old_rows, new_rows - 1)
            self._rows = new_rows
            self.endInsertRows()

    def _show(self, result: QueryResult, language: str | None) -> None:
        if self._result is None or result.index is not self._result.index:
            self._cells.clear()  # keyed by position in the index: valid while it stays
        if language is not None and language != self._language:
            self._language = language
            self._cells.clear()
        self._result = result
        self._all = result.index.events
        self._positions = result.positions
        self._order = self._sorted_order()
        self._rows_of_slots = None

    def set_language(self, language: str) -> None:
        if self._result is not None and language != self._language:
            self.set_result(self._result, language)

    def retranslate(self) -> None:
        """Headers, dates and statuses again, in the new interface language."""
        if self._result is not None:
            self._cells.clear()  # dates and statuses are in the interface language
            self.set_result(self._result)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def _slot(self, row: int) -> int:
        if self._order is not None:
            return self._order[row]
        if self._sort[1] == Qt.SortOrder.DescendingOrder:
            return len(self._positions) - 1 - row
        return row

    def _row(self, slot: int) -> int:
        if self._order is None:
            descending = self._sort[1] == Qt.SortOrder.DescendingOrder
            return len(self._positions) - 1 - slot if descending else slot
        if self._rows_of_slots is None:
            self._rows_of_slots = {slot: row for row, slot in enumerate(self._order)}
        return self._rows_of_slots[slot]

    def _position(self, row: int) -> int:
        if self._order is None and self._sort[1] == Qt.SortOrder.AscendingOrder:
            return int(self._positions[row])  # date order, as shown unless sorted otherwise
        return int(self._positions[self._slot(row)])

    def event_at(self, row: int) -> Event | None:
        if not 0 <= row < self._rows:
            return None
        return self._all[self._position(row)]

    def row_of(self, event_id: str) -> int | None:
        if self._result is None:
            return None
        position = self._result.index.position_of(event_id)
        if position is None:
            return None
        slot = int(np.searchsorted(self._positions, position))
        if slot >= len(self._positions) or int(self._positions[slot]) != position:
            return None  # the filter hides it
        return self._row(slot)

    # -- sorting ---------------------------------------------------------------------------

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self.event_at(i.row()), i.column()) for i in persistent]
        self._sort = (column, order)
        self._order = self._sorted_order()
        self._rows_of_slots = None
        moved = []
        for event, col in kept:
            row = self.row_of(event.id) if event is not None else None
            moved.append(self.index(row, col) if row is not None else QModelIndex())
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _sorted_order(self) -> list[int] | None:
        """Slots in the order of a text column; None for dates (the result's own order)."""
        column, order = self._sort
        if column == DATE:
            return None
        events, positions = self._all, self._positions.tolist()
        texts = [self._compute_text(column, events[p]).casefold() for p in positions]
        return sorted(
            range(len(positions)),
            key=texts.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    # -- Qt model API ----------------------------------------------------------------------

    @override
    def rowCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else self._rows

    @override
    def columnCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("EventTableModel", COLUMNS[section])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _TABLE_ROLES:
            return None  # the view asks 7 roles per cell while painting; most are unused
        row, column = index.row(), index.column()  # -1 for an invalid index
        if (role == _DECORATION and column != CATEGORY) or not 0 <= row < self._rows:
            return None
        position = self._position(row)
        if role in (_DISPLAY, _ACCESSIBLE_TEXT, _FONT):
            text = self._cells.get((position, column))
            if text is None:
                text = self._text(position, column, self._all[position])
            if role == _FONT:  # the view draws unshaped: see text_shaping
                return None if is_simple(text) or not text else shaped_font()
            return text
        event = self._all[position]
        if role == EVENT_ID_ROLE:
            return event.id
        if role == _TOOLTIP:
            return self._tooltip(event, column)
        return self._category_color(event)

    def _text(self, position: int, column: int, event: Event) -> str:
        key = (position, column)
        cached = self._cells.get(key)
        if cached is None:
            cached = self._compute_text(column, event)
            self._cells[key] = cached
        return cached

    def _compute_text(self, column: int, event: Event) -> str:
        assert self._result is not None
        index, lang = self._result.index, self._language
        if column == DATE:
            return format_range(event.start_date, event.end_date)
        if column == TITLE:
            return one_line(text_in(event.title, lang, index.document.default_language))
        if column == CATEGORY:
            return category_name(index, event.category, lang)
        if column == PEOPLE:
            separator = QCoreApplication.translate("EventTableModel", ", ", "between names")
            return separator.join(index.person_name(p, lang) for p in event.people)
        return status_name(event.status)

    def _tooltip(self, event: Event, column: int) -> str | None:
        if column == STATUS and self._result is not None:
            meaning = status_meaning(self._result.index.document, event.status, self._language)
            return plain_tooltip(meaning) if meaning else None
        if column == DATE and event.date_note is not None:
            return plain_tooltip(text_in(event.date_note, self._language))
        if column == TITLE:
            return plain_tooltip(self._compute_text(TITLE, event))
        return None

    def _category_color(self, event: Event) -> QColor | None:
        assert self._result is not None
        color = self._result.index.category_colors.get(event.category)
        return _color(color) if color is not None else None


@dataclass(frozen=True)
class FacetItem:
    """One choice in a facet list: an id, what to show, what finds it, and its colour."""

    id: str
    label: str
    search_text: str = ""
    color: str | None = None
    tooltip: str = ""


def facet_search_text(item_id: str, *texts: Any) -> str:
    """Every name, alias and the id of an entity, casefolded, for 'find in any script'."""
    parts = [item_id]
    for text in texts:
        if isinstance(text, (tuple, list)):
            parts.extend(str(t) for t in text)
        else:
            parts.extend(all_texts(text))
    return "\n".join(parts).casefold()


_COUNT_ROLES = [
    int(Qt.ItemDataRole.DisplayRole),
    int(Qt.ItemDataRole.AccessibleTextRole),
    int(Qt.ItemDataRole.ForegroundRole),
    COUNT_ROLE,
]
"""What a new count changes in a facet row (the text with its count, its colour at zero)."""
_CHECK_ROLES = [int(Qt.ItemDataRole.CheckStateRole), int(Qt.ItemDataRole.ForegroundRole)]


class FacetListModel(QStringListModel):
    """Checkable choices with counts ("Luo Fuli (12)"); checking asks for a filter change.

    A string list model (of the labels) for its row count in C++: the search proxy and the
    view ask for it about eight times for each row they paint, and a Python ``rowCount``
    made those calls a tenth of a list's paint.

    Signals:
        checked_changed(object): the frozenset of checked ids after the user toggled one.
    """

    checked_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[FacetItem] = []
        self._counts: dict[str, int] = {}
        self._checked: frozenset[str] = frozenset()
        self._numbers: dict[int, str] = {}
        """Counts as the interface's locale writes them ("35,119", "35.119"), kept: a paint
        asks for each row's text again."""

    def retranslate(self) -> None:
        """The interface language changed: counts are written its way from now on."""
        self._numbers = {}
        self._changed_all([Qt.ItemDataRole.DisplayRole])

    def _number(self, count: int) -> str:
        text = self._numbers.get(count)
        if text is None:
            text = self._numbers[count] = QLocale().toString(count)
        return text

    def set_items(self, items: list[FacetItem]) -> None:
        self._items = list(items)
        self.setStringList([item.label for item in self._items])  # resets the model

    def items(self) -> list[FacetItem]:
        return list(self._items)

    def set_counts(self, counts: dict[str, int]) -> None:
        """New counts; rows are announced as changed only when some count is new (the list
        whose own choice was clicked keeps its counts, and then need not repaint)."""
        if counts == self._counts:
            return
        self._counts = dict(counts)
        self._changed_all(_COUNT_ROLES)

    def set_checked(self, checked: frozenset[str]) -> None:
        if checked != self._checked:
            self._checked = frozenset(checked)
            self._changed_all(_CHECK_ROLES)

    def checked(self) -> frozenset[str]:
        return self._checked

    def row_of(self, item_id: str) -> int | None:
        for row, item in enumerate(self._items):
            if item.id == item_id:
                return row
        return None

    def _changed_all(self, roles: list[int]) -> None:
        """Every row changed, in ``roles`` only."""
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, 0), roles)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < len(self._items) or role in _UNUSED_FACET_ROLES:
            return None
        item = self._items[row]
        if role == _DISPLAY:
            return f"{isolated(item.label)} ({self._number(self._counts.get(item.id, 0))})"
        if role == _FONT:  # the view draws unshaped: see text_shaping
            return None if is_simple(item.label) else shaped_font()
        if role == _CHECK_STATE:
            return _CHECKED if item.id in self._checked else _UNCHECKED
        if role == _DECORATION:
            return _color(item.color) if item.color else None
        if role == _FOREGROUND:
            zero = not self._counts.get(item.id, 0)
            return _DIMMED if zero and item.id not in self._checked else None
        if role == _ACCESSIBLE_TEXT:
            return f"{item.label}, {events_count(self._counts.get(item.id, 0))}"
        return self._data_by_id(item, self._counts.get(item.id, 0), role)

    def _data_by_id(self, item: FacetItem, count: int, role: int) -> Any:
        if role == ITEM_ID_ROLE:
            return item.id
        if role == SEARCH_ROLE:
            return item.search_text or item.label.casefold()
        if role == COUNT_ROLE:
            return count
        if role == _TOOLTIP and item.tooltip:
            return plain_tooltip(item.tooltip)
        return None

    @override
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _FACET_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    @override
    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        item_id = self._items[index.row()].id
        checked = _is_checked(value)
        new = self._checked | {item_id} if checked else self._checked - {item_id}
        if new == self._checked:
            return False
        self._checked = frozenset(new)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit(self._checked)
        return True


_UNUSED_FACET_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.SizeHintRole,
    )
)
"""Roles a facet row's paint asks for and never gets an answer to."""
_CHECKED, _UNCHECKED = Qt.CheckState.Checked.value, Qt.CheckState.Unchecked.value
"""Check states as ints: Qt reads them alike, and PySide passes an int to Qt several
microseconds sooner than an enum member (each row painted asks for its state)."""
_DIMMED = QColor("#8a8a8a")
"""The text of a choice no event has under the other filters (unless it is ticked)."""
_FACET_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsUserCheckable
    | Qt.ItemFlag.ItemNeverHasChildren
)


def _is_checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return bool(value == Qt.CheckState.Checked.value or value is True)


class FacetSearchProxy(QSortFilterProxyModel):
    """Shows the facet items whose names or aliases, in any script, contain the search."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        # Rows are shown by the search alone: a count or a tick changing must not test
        # every row again (20k people at 1M events); set_search re-filters.
        self.setDynamicSortFilter(False)

    def set_search(self, text: str) -> None:
        needle = text.casefold().strip()
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange()

    @override
    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        haystack = model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE)
        return isinstance(haystack, str) and self._needle in haystack
