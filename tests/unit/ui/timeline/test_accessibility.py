"""The timeline canvas as a screen reader sees it, through Qt's accessibility interfaces: the
events on screen as list items named by title and described by date, status and category;
Up/Down move the selection between rows, and the selected item is the focused one."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QColor, QImage

from tests.big_documents import grow
from xiaomi_timeline.core.loading.loader import load_builtin, load_bytes
from xiaomi_timeline.core.query import FilterState, TimelineIndex
from xiaomi_timeline.core.schema import text_in
from xiaomi_timeline.ui.timeline.accessibility import items_in_view, next_in_rows
from xiaomi_timeline.ui.timeline.canvas import TimelineCanvas

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def shown_canvas(qtbot: QtBot, width: int = 1000, height: int = 600) -> TimelineCanvas:
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(width, height)
    with qtbot.waitActive(canvas):
        canvas.show()
        canvas.activateWindow()
    return canvas


@pytest.fixture
def canvas(qtbot: QtBot) -> TimelineCanvas:
    widget = shown_canvas(qtbot)
    widget.set_result(
        TimelineIndex(load_builtin()).query(FilterState(people=frozenset({"luo-fuli"})))
    )
    widget.repaint()
    return widget


def interface_of(canvas: TimelineCanvas) -> QAccessibleInterface:
    interface = QAccessible.queryAccessibleInterface(canvas)
    assert interface is not None
    return interface


def children(interface: QAccessibleInterface) -> list[QAccessibleInterface]:
    found = [interface.child(n) for n in range(interface.childCount())]
    assert all(child is not None for child in found)
    return [child for child in found if child is not None]


def names(interface: QAccessibleInterface) -> list[str]:
    return [child.text(QAccessible.Text.Name) for child in children(interface)]


def test_the_canvas_is_a_list_of_the_events_it_draws_named_by_title(
    canvas: TimelineCanvas,
) -> None:
    interface = interface_of(canvas)
    assert interface.role() == QAccessible.Role.List
    assert interface.text(QAccessible.Text.Name) == "Timeline"
    frame = canvas.current_frame()
    assert frame is not None
    drawn = {item.index for item in items_in_view(frame)}
    result = canvas.result()
    assert result is not None
    titles = [text_in(result.events[index].title, "en") for index in drawn]
    listed = names(interface)
    assert interface.childCount() == len(items_in_view(frame)) > 10
    assert sorted(set(listed)) == sorted(set(titles))
    assert "Luo Fuli begins undergraduate studies at Beijing Normal University" in listed
    for n, child in enumerate(children(interface)):
        assert child.role() == QAccessible.Role.ListItem
        assert child.parent() is interface
        assert interface.indexOfChild(child) == n
        assert child.isValid()


def test_an_item_is_described_by_its_date_as_known_status_and_category(
    canvas: TimelineCanvas,
) -> None:
    interface = interface_of(canvas)
    by_name = {child.text(QAccessible.Text.Name): child for child in children(interface)}
    described = {name: child.text(QAccessible.Text.Description) for name, child in by_name.items()}
    assert described["Luo Fuli begins undergraduate studies at Beijing Normal University"] == (
        "2013 · Disputed · Education"
    )
    assert described["Luo Fuli has 8 papers at ACL 2019"] == "July 2019 · Confirmed · Research"
    assert described["Luo Fuli asks the internet for quiet"] == (
        "19 February 2025 · Disputed · Person"
    )


def test_an_item_is_where_it_is_drawn_and_found_there(canvas: TimelineCanvas) -> None:
    interface = interface_of(canvas)
    frame = canvas.current_frame()
    assert frame is not None
    for n, item in enumerate(items_in_view(frame)[:8]):
        child = interface.child(n)
        assert child is not None
        rect = child.rect()
        x, y = item.marker.centre
        marker = canvas.mapToGlobal(QPoint(round(x), round(y)))
        assert rect.contains(marker)
        found = interface.childAt(marker.x(), marker.y())
        assert found is not None
        assert found.text(QAccessible.Text.Name) == child.text(QAccessible.Text.Name)


def test_down_and_up_select_between_rows_and_the_selection_is_the_focused_item(
    qtbot: QtBot, canvas: TimelineCanvas
) -> None:
    interface = interface_of(canvas)
    canvas.setFocus()
    assert interface.focusChild() is None
    with qtbot.waitSignal(canvas.event_selected):
        qtbot.keyClick(canvas, Qt.Key.Key_Down)
    first = interface.child(0)
    assert first is not None
    focused = interface.focusChild()
    assert focused is not None
    assert focused.text(QAccessible.Text.Name) == first.text(QAccessible.Text.Name)
    assert first.state().selected and first.state().focused
    with qtbot.waitSignal(canvas.event_selected):
        qtbot.keyClick(canvas, Qt.Key.Key_Down)
    second = interface.focusChild()
    assert second is not None
    assert second.text(QAccessible.Text.Name) != first.text(QAccessible.Text.Name)
    assert second.rect().top() > first.rect().top()
    assert not first.state().selected
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    back = interface.focusChild()
    assert back is not None
    assert back.rect().top() == first.rect().top()  # the row above, nearest in x
    assert back.state().selected and back.state().focused
    canvas.clearFocus()
    assert not back.state().focused and back.state().selected


def test_the_focused_event_has_a_visible_ring(qtbot: QtBot, canvas: TimelineCanvas) -> None:
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    frame = canvas.current_frame()
    assert frame is not None
    item = items_in_view(frame)[0]
    ring_y = round(item.y - frame.scene.metrics.row_height / 2 - 1)
    x0, x1 = round(item.marker.x0), round(item.marker.x1)

    def ring_pixels() -> int:
        image: QImage = canvas.grab().toImage()
        text = QColor(frame.scene.palette.text).rgb()
        return sum(
            1
            for x in range(x0 - 20, x1 + 20)
            for y in (ring_y - 1, ring_y, ring_y + 1)
            if QColor(image.pixel(x, y)).rgb() == text
            or QColor(image.pixel(x, y)).lightness() < 110
        )

    focused = ring_pixels()
    canvas.clearFocus()
    canvas.repaint()
    assert focused > ring_pixels() + 5


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[QAccessible.Event, int]]]:
    """What the canvas tells assistive technology, with accessibility switched on."""
    sent: list[tuple[QAccessible.Event, int]] = []

    def record(event: QAccessibleEvent) -> None:
        sent.append((event.type(), event.child()))

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    QAccessible.setActive(True)
    yield sent
    QAccessible.setActive(False)


def test_a_new_selection_is_announced_as_selected_and_focused(
    qtbot: QtBot, canvas: TimelineCanvas, announced: list[tuple[QAccessible.Event, int]]
) -> None:
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    canvas.current_frame()
    interface = interface_of(canvas)
    focused = interface.focusChild()
    assert focused is not None
    position = interface.indexOfChild(focused)
    assert (QAccessible.Event.Selection, position) in announced
    assert (QAccessible.Event.Focus, position) in announced
    announced.clear()
    canvas.set_selected(None)
    canvas.current_frame()
    assert announced == []


def test_rows_order_items_and_up_down_pick_the_nearest_in_the_next_row(
    canvas: TimelineCanvas,
) -> None:
    frame = canvas.current_frame()
    assert frame is not None
    items = items_in_view(frame)
    assert [(item.y, item.marker.x0) for item in items] == sorted(
        (item.y, item.marker.x0) for item in items
    )
    assert next_in_rows(items, None, 1) is items[0]
    assert next_in_rows(items, None, -1) is items[-1]
    assert next_in_rows(items, items[-1], 1) is None
    assert next_in_rows(items, items[0], -1) is None
    below = next_in_rows(items, items[0], 1)
    assert below is not None and below.y > items[0].y
    row = [item for item in items if item.y == below.y]
    centre = sum(items[0].marker.centre[:1])
    assert all(
        abs(below.marker.centre[0] - centre) <= abs(other.marker.centre[0] - centre)
        for other in row
    )
    assert next_in_rows([], None, 1) is None


def test_thousands_of_events_list_only_what_is_on_screen(
    qtbot: QtBot, sample_document: dict[str, Any]
) -> None:
    document = load_bytes(json.dumps(grow(sample_document, 3000)).encode(), "big.json")
    canvas = shown_canvas(qtbot)
    canvas.set_result(TimelineIndex(document).query(FilterState()))
    canvas.set_visible_range(*canvas.visible_range())
    canvas.repaint()
    interface = interface_of(canvas)
    frame = canvas.current_frame()
    assert frame is not None
    count = interface.childCount()
    assert count == len(items_in_view(frame)) < 3000
    lanes = frame.regions.lanes
    for child in children(interface):
        rect = child.rect()
        top_left = canvas.mapFromGlobal(rect.topLeft())
        assert lanes.top() - 1 <= top_left.y() <= lanes.bottom()
        assert child.text(QAccessible.Text.Name)
    assert interface.child(count) is None


def test_focus_coming_back_to_the_canvas_announces_the_selected_item(
    qtbot: QtBot, canvas: TimelineCanvas, announced: list[tuple[QAccessible.Event, int]]
) -> None:
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    canvas.current_frame()
    canvas.clearFocus()
    announced.clear()
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    canvas.current_frame()
    assert (QAccessible.Event.Focus, 0) in announced
