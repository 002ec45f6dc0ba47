"""The timeline canvas as assistive technology sees it: a list whose items are the events the
current frame draws, in reading order (top to bottom, then left to right), each named by its
title and described by its date as known, status and category.

Items are slots ("the n-th event on screen"), made on first use and kept as long as the
canvas: Qt may hold on to an interface it was given, so none is dropped while the canvas
lives, and a screen never shows more than a few hundred events.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, cast

from typing_extensions import override

from PySide6.QtCore import QObject, QPoint, QPointF, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from xiaomi_timeline.core.dates import PartialDate
from xiaomi_timeline.core.geometry.frame import Hit, ItemBox
from xiaomi_timeline.core.geometry.layout import STATUSES
from xiaomi_timeline.core.query import QueryResult
from xiaomi_timeline.core.schema import text_in
from xiaomi_timeline.ui.i18n.dates import format_range
from xiaomi_timeline.ui.i18n.words import status_name
from xiaomi_timeline.ui.timeline.frames import TimelineFrame
from xiaomi_timeline.ui.timeline.painting import selection_rect


class TimelineCanvas(Protocol):
    """What this module reads from the canvas widget (which imports this module)."""

    def current_frame(self) -> TimelineFrame | None: ...
    def result(self) -> QueryResult | None: ...
    def selected_index(self) -> int | None: ...
    def hit_at(self, pos: QPointF) -> Hit | None: ...


def items_in_view(frame: TimelineFrame) -> list[ItemBox]:
    """The events ``frame`` shows whole enough to point at, in reading order: rows top to
    bottom, each left to right (an event drawn in two lanes is two items)."""
    lanes, scale = frame.regions.lanes, frame.scene.scale
    shown = [
        item
        for item in frame.layout.items
        if lanes.top() <= item.y <= lanes.bottom()
        and item.marker.x1 >= scale.x0
        and item.marker.x0 <= scale.x1
    ]
    return sorted(shown, key=lambda item: (item.y, item.marker.x0))


def item_rect(frame: TimelineFrame, item: ItemBox) -> QRect:
    """Where ``item`` is drawn (marker, band or bar, and label), in canvas pixels, within
    the lanes band."""
    box = selection_rect(item, frame.scene.metrics.row_height)
    return box.intersected(frame.regions.lanes).toAlignedRect()


def describe(frame: TimelineFrame, index: int, event_start: str, event_end: str | None) -> str:
    """An event's date as known, its status and its category, as one line."""
    scene = frame.scene
    geo = scene.model.geometry
    end = PartialDate.parse(event_end) if event_end else None
    when = format_range(PartialDate.parse(event_start), end)
    status = status_name(STATUSES[int(geo.status[index])])
    code = int(geo.category[index])
    labels = scene.category_labels
    category = labels[code] if 0 <= code < len(labels) else ""
    return " · ".join(part for part in (when, status, category) if part)


def next_in_rows(items: Sequence[ItemBox], current: ItemBox | None, step: int) -> ItemBox | None:
    """The item Up (``step`` -1) or Down (+1) moves to from ``current``: in the nearest row
    above or below on screen, the one whose marker is closest in x. With nothing current, the
    first (Down) or last (Up) item."""
    if not items:
        return None
    if current is None:
        return items[0] if step > 0 else items[-1]
    ys = sorted({item.y for item in items})
    beyond = [y for y in ys if (y > current.y if step > 0 else y < current.y)]
    if not beyond:
        return None
    row_y = beyond[0] if step > 0 else beyond[-1]
    x = (current.marker.x0 + current.marker.x1) / 2
    row = [item for item in items if item.y == row_y]
    return min(row, key=lambda item: abs((item.marker.x0 + item.marker.x1) / 2 - x))


class CanvasAccessible(QAccessibleWidget):
    """The canvas as a list of the events on screen."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.List)
        self._widget = widget
        self._canvas = cast(TimelineCanvas, widget)
        self._slots: list[EventAccessible] = []
        self._sorted: tuple[TimelineFrame | None, list[ItemBox]] = (None, [])

    def items(self) -> list[ItemBox]:
        """The items of the frame on screen (sorted once a frame: a screen reader walking
        the list asks for them once an item)."""
        frame = self._canvas.current_frame()
        if frame is None:
            return []
        if self._sorted[0] is not frame:
            self._sorted = (frame, items_in_view(frame))
        return self._sorted[1]

    def slot(self, n: int) -> EventAccessible:
        while len(self._slots) <= n:
            self._slots.append(EventAccessible(self, len(self._slots)))
        return self._slots[n]

    @override
    def childCount(self) -> int:
        return len(self.items())

    @override
    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt returns nullptr
        return self.slot(index) if 0 <= index < self.childCount() else None

    @override
    def indexOfChild(self, child: QAccessibleInterface) -> int:
        for slot in self._slots:
            if slot is child:
                return slot.position if slot.isValid() else -1
        return -1

    @override
    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt returns nullptr
        position = self.selected_position()
        return self.slot(position) if position is not None else None

    @override
    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt returns nullptr
        point = self._widget.mapFromGlobal(QPoint(x, y))
        hit = self._canvas.hit_at(point.toPointF())
        if hit is None or hit.kind != "event":
            return None
        for n, item in enumerate(self.items()):
            if item.index == hit.index:
                return self.slot(n)
        return None

    def selected_position(self) -> int | None:
        """Where the selected event is among the items on screen, if it is on screen."""
        selected = self._canvas.selected_index()
        if selected is None:
            return None
        return next((n for n, item in enumerate(self.items()) if item.index == selected), None)

    def canvas(self) -> TimelineCanvas:
        return self._canvas

    def widget(self) -> QWidget:
        return self._widget


class EventAccessible(QAccessibleInterface):
    """The ``position``-th event on screen."""

    def __init__(self, parent: CanvasAccessible, position: int) -> None:
        super().__init__()
        self._parent = parent
        self.position = position

    def _item(self) -> ItemBox | None:
        items = self._parent.items()
        return items[self.position] if self.position < len(items) else None

    @override
    def isValid(self) -> bool:
        return self._item() is not None

    @override
    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    @override
    def window(self) -> QWindow | None:  # type: ignore[override]
        return self._parent.window()

    @override
    def relations(
        self, match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations
    ) -> list[tuple[QAccessibleInterface, QAccessible.RelationFlag]]:
        return []

    @override
    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt returns nullptr
        return None

    @override
    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt returns nullptr
        return None

    @override
    def parent(self) -> QAccessibleInterface:
        return self._parent

    @override
    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt returns nullptr
        return None

    @override
    def childCount(self) -> int:
        return 0

    @override
    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    @override
    def text(self, t: QAccessible.Text) -> str:
        item = self._item()
        canvas = self._parent.canvas()
        frame = canvas.current_frame()
        result = canvas.result()
        if item is None or frame is None or result is None:
            return ""
        event = result.events[item.index]
        if t == QAccessible.Text.Name:
            return text_in(event.title, frame.scene.language)
        if t == QAccessible.Text.Description:
            return describe(frame, item.index, event.start, event.end)
        return ""

    @override
    def setText(self, t: QAccessible.Text, text: str) -> None:
        """The texts come from the file: read only."""

    @override
    def rect(self) -> QRect:
        item = self._item()
        canvas = self._parent.canvas()
        frame = canvas.current_frame()
        if item is None or frame is None:
            return QRect()
        local = item_rect(frame, item)
        return QRect(self._parent.widget().mapToGlobal(local.topLeft()), local.size())

    @override
    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    @override
    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        item = self._item()
        canvas = self._parent.canvas()
        if item is None:
            state.invisible = True
        elif item.index == canvas.selected_index():
            state.selected = True
            state.focused = self._parent.widget().hasFocus()
        return state


_described: list[type[QWidget]] = []


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, tuple(_described)):
        return CanvasAccessible(cast(QWidget, obj))
    return None


def install(canvas_class: type[QWidget]) -> None:
    """Let Qt describe widgets of ``canvas_class`` with :class:`CanvasAccessible`."""
    if not _described:
        QAccessible.installFactory(_factory)
    if canvas_class not in _described:
        _described.append(canvas_class)


def announce_selection(canvas: QWidget) -> None:
    """Tell assistive technology which item is now selected (and focused, if the canvas has
    the keyboard focus)."""
    if not QAccessible.isActive():
        return
    interface = QAccessible.queryAccessibleInterface(canvas)
    if not isinstance(interface, CanvasAccessible):
        return
    position = interface.selected_position()
    if position is None:
        return
    kinds = [QAccessible.Event.Selection]
    if canvas.hasFocus():
        kinds.append(QAccessible.Event.Focus)
    for kind in kinds:
        event = QAccessibleEvent(canvas, kind)
        event.setChild(position)
        QAccessible.updateAccessibility(event)
