"""The timeline canvas as a user drives it: clicks land on what is drawn, wheel/drag/keys move
the window, and the picture shows markers where the layout says they are."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication

from xiaomi_timeline.core.geometry.frame import Box
from xiaomi_timeline.core.geometry.layout import ItemBox
from xiaomi_timeline.core.geometry.timescale import TimeScale
from xiaomi_timeline.core.loading.loader import load_builtin, load_bytes
from xiaomi_timeline.core.query import FilterState, QueryResult, TimelineIndex
from xiaomi_timeline.core.schema import Document
from xiaomi_timeline.ui.models import TITLE, EventTableModel
from xiaomi_timeline.ui.timeline.canvas import TimelineCanvas
from xiaomi_timeline.ui.timeline.frames import TimelineFrame, label_lines
from xiaomi_timeline.ui.timeline.legend import legend_lines
from xiaomi_timeline.ui.timeline.overview import overview_ticks
from xiaomi_timeline.ui.timeline.painting import paint_timeline, selection_rect
from xiaomi_timeline.ui.timeline.palette import TimelinePalette
from xiaomi_timeline.ui.timeline.view import TimelineView

# The offscreen platform warns when a top-level window with a layout is shown.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def day(y: int, m: int = 1, d: int = 1) -> float:
    return float(date(y, m, d).toordinal())


@pytest.fixture
def document(sample_document: dict[str, Any]) -> Document:
    return load_bytes(json.dumps(sample_document).encode(), "sample.json")


@pytest.fixture
def result(document: Document) -> QueryResult:
    return TimelineIndex(document).query(FilterState())


@pytest.fixture
def canvas(qtbot: QtBot, result: QueryResult) -> TimelineCanvas:
    widget = TimelineCanvas()
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_result(result)
    widget.repaint()
    return widget


def item_for(canvas: TimelineCanvas, event_id: str) -> ItemBox:
    model = canvas.lane_model()
    frame = canvas.frame_layout()
    assert model is not None and frame is not None
    index = model.position_of(event_id)
    assert index is not None
    items = frame.items_for(index)
    assert items, f"{event_id} is not drawn"
    return items[0]


def centre(item: ItemBox) -> QPoint:
    x, y = item.marker.centre
    return QPoint(round(x), round(y))


def send_mouse(
    widget: TimelineCanvas, kind: QEvent.Type, pos: QPointF, buttons: Qt.MouseButton
) -> None:
    button = (
        Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else (Qt.MouseButton.NoButton)
    )
    event = QMouseEvent(
        kind, pos, widget.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def test_identity_and_focus(canvas: TimelineCanvas) -> None:
    assert canvas.objectName() == "timeline-canvas"
    assert canvas.accessibleName() == "Timeline"
    assert canvas.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_fit_shows_every_event(canvas: TimelineCanvas, result: QueryResult) -> None:
    shown = canvas.current_frame()
    assert shown is not None and shown.legend_extras == ()  # no clusters: no legend entry
    start, end = canvas.visible_range()
    assert start < day(1995) and end > day(2026, 12, 31)
    model = canvas.lane_model()
    frame = canvas.frame_layout()
    assert model is not None and frame is not None
    drawn = {model.geometry.event_id(item.index) for item in frame.items}
    assert drawn == set(result.ids)


def test_click_on_a_computed_marker_selects_that_event(
    qtbot: QtBot, canvas: TimelineCanvas
) -> None:
    with qtbot.waitSignal(canvas.event_selected) as blocker:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=centre(item_for(canvas, "v2")))
    assert blocker.args == ["v2"]


def test_click_on_a_label_selects_too(qtbot: QtBot, canvas: TimelineCanvas) -> None:
    label = item_for(canvas, "joins").label
    assert label is not None
    x, y = label.centre
    with qtbot.waitSignal(canvas.event_selected) as blocker:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    assert blocker.args == ["joins"]


def test_click_on_empty_space_selects_nothing(qtbot: QtBot, canvas: TimelineCanvas) -> None:
    with qtbot.assertNotEmitted(canvas.event_selected):
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(400, 590))


def test_double_click_activates_and_zooms_to_the_event(
    qtbot: QtBot, canvas: TimelineCanvas
) -> None:
    before = canvas.visible_range()
    with qtbot.waitSignal(canvas.event_activated) as blocker:
        qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=centre(item_for(canvas, "hire")))
    assert blocker.args == ["hire"]
    start, end = canvas.visible_range()
    assert end - start < (before[1] - before[0]) / 10
    assert start < day(2024, 12, 20) < end


def test_wheel_zooms_about_the_cursor(qtbot: QtBot, canvas: TimelineCanvas) -> None:
    x = 700.0
    under_cursor = canvas.scale().date_at(x)
    with qtbot.waitSignal(canvas.visible_range_changed):
        event = QWheelEvent(
            QPointF(x, 300),
            canvas.mapToGlobal(QPointF(x, 300)),
            QPoint(0, 0),
            QPoint(0, 240),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(canvas, event)
    start, end = canvas.visible_range()
    assert canvas.scale().date_at(x) == pytest.approx(under_cursor, abs=0.01)
    assert end - start < canvas.scale().limits[1] - canvas.scale().limits[0]


def test_drag_pans_the_window(qtbot: QtBot, canvas: TimelineCanvas) -> None:
    canvas.zoom(4.0)
    start, end = canvas.visible_range()
    per_px = canvas.scale().days_per_pixel
    send_mouse(canvas, QEvent.Type.MouseButtonPress, QPointF(600, 300), Qt.MouseButton.LeftButton)
    send_mouse(canvas, QEvent.Type.MouseMove, QPointF(500, 300), Qt.MouseButton.LeftButton)
    send_mouse(canvas, QEvent.Type.MouseButtonRelease, QPointF(500, 300), Qt.MouseButton.NoButton)
    new_start, new_end = canvas.visible_range()
    assert new_start == pytest.approx(start + 100 * per_px)
    assert new_end - new_start == pytest.approx(end - start)


def test_keys_zoom_pan_and_fit_but_leave_plain_arrows_to_the_window(
    qtbot: QtBot, canvas: TimelineCanvas
) -> None:
    fitted = canvas.visible_range()
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    zoomed = canvas.visible_range()
    assert zoomed[1] - zoomed[0] < fitted[1] - fitted[0]
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.visible_range() == zoomed
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert canvas.visible_range()[0] > zoomed[0]
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert canvas.visible_range()[0] < day(1995)
    qtbot.keyClick(canvas, Qt.Key.Key_F)
    assert canvas.visible_range() == pytest.approx(fitted)


def test_set_selected_scrolls_an_off_screen_event_into_view(canvas: TimelineCanvas) -> None:
    canvas.set_visible_range(day(1994), day(1996))
    canvas.set_selected("joins")
    start, end = canvas.visible_range()
    assert start < day(2025, 11, 12) < end
    assert end - start == pytest.approx(day(1996) - day(1994))


def test_tooltip_gives_title_and_date_as_precise_as_known(canvas: TimelineCanvas) -> None:
    text = canvas.tooltip_at(QPointF(centre(item_for(canvas, "acl"))))
    assert text.startswith("<qt>Papers at ACL<br>July 2019")
    canvas.set_language("id")
    canvas.repaint()
    text = canvas.tooltip_at(QPointF(centre(item_for(canvas, "acl"))))
    # The title follows the content language; the date, the interface's (English here).
    assert text.startswith("<qt>Makalah di ACL<br>July 2019")


def test_a_lane_name_cut_by_the_header_column_is_whole_in_its_tooltip(
    canvas: TimelineCanvas, sample_document: dict[str, Any]
) -> None:
    long = "Alibaba DAMO Academy for Discovery, Adventure, Momentum and Outlook"
    sample_document["categories"][0]["label"] = long
    canvas.set_result(
        TimelineIndex(load_bytes(json.dumps(sample_document).encode(), "t.json")).query(
            FilterState()
        )
    )
    canvas.repaint()
    frame = canvas.frame_layout()
    assert frame is not None
    first = frame.lanes[0]
    text = canvas.tooltip_at(QPointF(40, (first.y0 + first.y1) / 2))
    assert text.startswith(f"<qt>{long}<br>")
    assert "events" in text
    assert canvas.tooltip_at(QPointF(40, frame.lanes[-1].y1 + 300)) == ""  # below the lanes


def test_tooltip_escapes_titles_that_look_like_html(
    canvas: TimelineCanvas, sample_document: dict[str, Any]
) -> None:
    """Qt shows HTML-looking tooltips as rich text: a title must never load a local file."""
    title = '<b>x</b><img src="file:///etc/passwd">'
    for event in sample_document["events"]:
        if event["id"] == "acl":
            event["title"] = title
    doc = load_bytes(json.dumps(sample_document).encode(), "evil.json")
    canvas.set_result(TimelineIndex(doc).query(FilterState()))
    canvas.repaint()
    text = canvas.tooltip_at(QPointF(centre(item_for(canvas, "acl"))))
    assert "&lt;b&gt;x&lt;/b&gt;&lt;img src=&quot;file:///etc/passwd&quot;&gt;<br>" in text
    assert "<img" not in text and "<b>" not in text


def test_person_lanes_hold_an_event_once_per_person(canvas: TimelineCanvas) -> None:
    canvas.set_lane_mode("person")
    canvas.repaint()
    model, frame = canvas.lane_model(), canvas.frame_layout()
    assert model is not None and frame is not None
    assert [lane.label for lane in model.lanes][:2] == ["Luo Fuli", "Lei Jun"]
    assert model.lanes[0].sublabel == "罗福莉"
    hire = model.position_of("hire")
    assert hire is not None
    assert sorted(item.lane for item in frame.items_for(hire)) == [0, 1]
    with pytest.raises(ValueError, match="lane mode"):
        canvas.set_lane_mode("colour")


def test_pixels_show_status_where_the_layout_put_markers(canvas: TimelineCanvas) -> None:
    scene = canvas.scene()
    assert scene is not None
    scene = replace(scene, palette=TimelinePalette.light())
    image = QImage(canvas.size(), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    frame = paint_timeline(painter, QRectF(image.rect()), scene).layout
    painter.end()
    image.save("/tmp/canvas-test-sample.png")
    model = canvas.lane_model()
    assert model is not None
    by_id = {model.geometry.event_id(item.index): item for item in frame.items}
    confirmed = image.pixelColor(centre(by_id["v2"]))
    research = QColor("#43A047")
    assert abs(confirmed.red() - research.red()) + abs(confirmed.green() - research.green()) < 40
    hollow = image.pixelColor(centre(by_id["hire"]))
    assert hollow.lightness() > 240, "a reported event is drawn hollow"
    label = by_id["v2"].label
    assert label is not None
    darkest = min(
        image.pixelColor(QPoint(x, round(label.centre[1]))).lightness()
        for x in range(round(label.x0), round(label.x1))
    )
    assert darkest < 100, "the label text is drawn in its box"


def test_dark_palette_is_followed(canvas: TimelineCanvas) -> None:
    palette = canvas.palette()
    palette.setColor(palette.ColorRole.Base, QColor("#15171a"))
    palette.setColor(palette.ColorRole.Text, QColor("#eeeeee"))
    canvas.setPalette(palette)
    image = canvas.grab().toImage()
    assert image.pixelColor(QPoint(canvas.width() - 30, canvas.height() // 2)).lightness() < 80


def test_many_events_become_clusters_and_a_click_zooms_in(
    qtbot: QtBot, canvas: TimelineCanvas, sample_document: dict[str, Any]
) -> None:
    sample_document["events"] = [
        {
            "id": f"e{i}",
            "title": f"Event {i}",
            "category": "research",
            "start": date.fromordinal(int(day(2000)) + 2 * i).isoformat(),
        }
        for i in range(3000)
    ]
    doc = load_bytes(json.dumps(sample_document).encode(), "big.json")
    canvas.set_result(TimelineIndex(doc).query(FilterState()))
    canvas.repaint()
    frame = canvas.frame_layout()
    assert frame is not None and frame.clusters and not frame.items
    assert sum(c.count for c in frame.clusters) == 3000
    shown = canvas.current_frame()
    assert shown is not None and shown.legend_extras == ("clusters",)  # the legend says what
    cluster = max(frame.clusters, key=lambda c: c.count)
    x, y = cluster.box.centre
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    start, end = canvas.visible_range()
    assert start == pytest.approx(cluster.start, abs=1) and end <= cluster.end + 2


def test_view_keeps_canvas_and_overview_in_step(qtbot: QtBot, result: QueryResult) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.set_result(result)
    view.canvas.zoom(3.0)
    assert view.overview.visible_window() == pytest.approx(view.canvas.visible_range())
    rect = view.overview.window_rect()
    grab = QPoint(round(rect.center().x()), round(rect.center().y()))
    target = QPoint(grab.x() - 60, grab.y())
    qtbot.mousePress(view.overview, Qt.MouseButton.LeftButton, pos=grab)
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(target),
        view.overview.mapToGlobal(QPointF(target)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(view.visible_range_changed):
        QApplication.sendEvent(view.overview, event)
    qtbot.mouseRelease(view.overview, Qt.MouseButton.LeftButton, pos=target)
    shift = 60 * view.overview.scale().days_per_pixel
    assert view.canvas.visible_range()[0] == pytest.approx(
        view.overview.visible_window()[0], abs=0.5
    )
    assert view.overview.visible_window()[0] < view.overview.scale().date_at(grab.x()) - shift / 2


def test_a_new_filter_keeps_the_window_unless_it_would_be_empty(
    canvas: TimelineCanvas, result: QueryResult
) -> None:
    index = result.index
    canvas.set_visible_range(day(2024), day(2025))
    canvas.set_result(index.query(FilterState(people=frozenset({"Luo Fuli"}))))
    assert canvas.visible_range() == pytest.approx((day(2024), day(2025)))
    canvas.set_result(index.query(FilterState(years=(1995, 1995))))
    start, end = canvas.visible_range()
    assert start < day(1995) < end < day(2000)


def test_person_lanes_on_the_builtin_story_draw_luo_fulis_19_events_with_labels(
    qtbot: QtBot,
) -> None:
    widget = TimelineCanvas()
    qtbot.addWidget(widget)
    widget.resize(665, 490)  # the canvas in a 1280x800 window
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_lane_mode("person")
    widget.set_result(TimelineIndex(load_builtin()).query(FilterState()))
    widget.grab()  # paints synchronously
    frame, model = widget.frame_layout(), widget.lane_model()
    assert frame is not None and model is not None
    luo = next(n for n, lane in enumerate(model.lanes) if lane.label == "Luo Fuli")
    drawn = [item for item in frame.items if item.lane == luo]
    assert len(drawn) == 19 and all(item.label is not None for item in drawn)
    assert not [c for c in frame.clusters if c.lane == luo]


def test_overview_spans_the_whole_document_with_years_whatever_the_filter(
    qtbot: QtBot, result: QueryResult
) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    index = result.index
    view.set_result(index.query(FilterState(years=(2024, 2024))))
    everything = index.span()
    start, end = view.overview.domain()
    assert start <= everything[0] and everything[1] <= end  # not just the filtered year
    shown = view.overview.shown_geometry()
    assert shown is not None and len(shown) == len(index.query(FilterState(years=(2024, 2024))))
    view.set_result(result)
    assert view.overview.domain() == (start, end) and view.overview.shown_geometry() is None


def test_overview_names_the_year_even_over_a_span_of_months() -> None:
    scale = TimeScale(day(2024, 1, 10), day(2024, 11, 20), x0=170.0, width=600.0)
    labels = [t.label for t in overview_ticks(scale, lambda s: 7.0 * len(s)) if t.label]
    assert labels == ["2024"]


def test_set_selected_scrolls_the_lanes_to_an_event_in_a_lower_lane(qtbot: QtBot) -> None:
    widget = TimelineCanvas()
    qtbot.addWidget(widget)
    widget.resize(665, 490)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_lane_mode("person")
    result = TimelineIndex(load_builtin()).query(FilterState())
    widget.set_result(result)
    widget.grab()
    model = widget.lane_model()
    assert model is not None
    last = model.lanes[-1]  # "No person", far below the first screen
    event_id = model.geometry.event_id(int(last.members[-1]))
    widget.set_selected(event_id)
    for _ in range(4):
        widget.grab()
    item, shown = item_for(widget, event_id), widget.current_frame()
    assert shown is not None
    lanes = shown.regions.lanes
    assert lanes.top() <= item.marker.y0 and item.marker.y1 <= lanes.bottom()


def test_an_empty_lane_shows_where_its_events_are_and_a_click_goes_there(
    qtbot: QtBot, canvas: TimelineCanvas
) -> None:
    canvas.set_visible_range(day(2000), day(2002))
    canvas.repaint()
    frame = canvas.frame_layout()
    assert frame is not None and frame.edges
    edge = frame.edges[-1]
    where = "earlier" if edge.side == "left" else "later"
    assert f"{edge.count} {where} event" in canvas.tooltip_at(QPointF(*edge.box.centre))
    x, y = edge.box.centre
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    start, end = canvas.visible_range()
    assert start < edge.target < end and end - start == pytest.approx(day(2002) - day(2000))
    canvas.repaint()
    after = canvas.frame_layout()
    assert after is not None and any(item.lane == edge.lane for item in after.items)


@pytest.mark.parametrize("lanes", ["category", "person"])
def test_a_legend_heading_never_ends_a_line_whatever_the_width(
    canvas: TimelineCanvas, lanes: str
) -> None:
    canvas.set_lane_mode(lanes)
    scene = canvas.scene()
    assert scene is not None
    scene = replace(scene, legend_lines=0)  # unfolded, as exported
    for extras in ((), ("clusters", "vague")):
        for width in range(300, 1700, 9):
            lines = legend_lines(float(width), scene, extras)
            assert all(not line[-1].endswith(":") for line in lines), (width, lines)
            assert sum(len(line) for line in lines) == len(legend_lines(5000.0, scene, extras)[0])


@pytest.mark.parametrize("label_side", ["right", "left"])
def test_the_selection_box_holds_marker_band_and_label_on_either_side(label_side: str) -> None:
    band, marker = (300.0, 360.0), Box(325.0, 10.0, 335.0, 20.0)
    label = Box(365.0, 6.0, 500.0, 24.0) if label_side == "right" else Box(150.0, 6.0, 295.0, 24.0)
    item = ItemBox(0, 0, 0, 15.0, marker, band, label, True)
    box = selection_rect(item, 22.0)
    for x0, x1 in (band, (marker.x0, marker.x1), (label.x0, label.x1)):
        assert box.left() < x0 and x1 < box.right()


def test_a_cluster_tooltip_counts_its_events_and_gives_their_span(qtbot: QtBot) -> None:
    from xiaomi_timeline.core.geometry.frame import ClusterBox  # noqa: PLC0415
    from xiaomi_timeline.core.geometry.frame import Hit as FrameHit  # noqa: PLC0415
    from xiaomi_timeline.ui.timeline.tooltips import hit_tooltip  # noqa: PLC0415

    box = ClusterBox(0, Box(0, 0, 10, 10), 12, day(2022, 1, 3), day(2023, 8, 26), 0, 1.0)
    text = hit_tooltip(FrameHit("cluster", -1, box), None, None, "en")  # type: ignore[arg-type]
    assert text == (
        "12 events, together spanning 3 January 2022 – 25 August 2023\nClick to zoom in"
    )


def builtin_item(
    qtbot: QtBot,
    size: tuple[int, int],
    event_id: str,
    window: tuple[float, float] | None = None,
) -> tuple[TimelineCanvas, TimelineFrame, ItemBox]:
    """A canvas of ``size`` showing the built-in story (over ``window``), its frame, and
    the one item of ``event_id``."""
    widget = TimelineCanvas()
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_result(TimelineIndex(load_builtin()).query(FilterState()))
    if window is not None:
        widget.set_visible_range(*window)
    widget.repaint()
    frame = widget.current_frame()
    model = widget.lane_model()
    assert frame is not None and model is not None
    index = model.position_of(event_id)
    assert index is not None
    (item,) = frame.layout.items_for(index)
    return widget, frame, item


def test_a_title_too_long_for_either_side_is_drawn_whole_on_two_lines(qtbot: QtBot) -> None:
    widget, frame, item = builtin_item(qtbot, (665, 460), "luo-fuli-enters-bnu")
    assert item.label is not None and item.label_lines == 2  # 665 px: 1280x800's timeline
    first, second = label_lines(frame.scene, item)
    assert (
        f"{first} {second}" == "Luo Fuli begins undergraduate studies at Beijing Normal University"
    )
    image = widget.grab().toImage()
    row = frame.scene.metrics.row_height
    dark = [
        sum(
            QColor(image.pixel(x, round(y))).lightness() < 100
            for x in range(round(item.label.x0), round(item.label.x1))
        )
        for y in (item.y, item.y + row)
    ]
    assert all(count > 20 for count in dark)  # text on both lines
    box = selection_rect(item, row)
    assert box.bottom() >= item.label.y1
    # A rule on the marker's side ties the second line to the first (and to the marker).
    assert item.label.x1 <= item.marker.x0  # the label is left of its marker here
    tie_x = round(item.label.x1 + 3.5)
    for y in (round(item.y), round(item.y + row)):
        assert QColor(image.pixel(tie_x, y)) != QColor(image.pixel(tie_x - 2, y)), y


def test_a_label_over_its_own_uncertainty_band_stays_legible(qtbot: QtBot) -> None:
    """Zoomed into the month an event is dated to, its faint band runs across the view and
    its label lies over it: the label gets a backing, so no band shows between the letters."""
    widget, frame, item = builtin_item(
        qtbot, (900, 400), "luo-fuli-zhihu-deepseek-v2-post", (day(2024, 5, 3), day(2024, 5, 29))
    )
    assert item.label is not None
    assert item.extent[0] < item.label.x0 < item.label.x1 < item.marker.x0  # over the band
    image = widget.grab().toImage()
    y = round(item.y + 1)
    band = image.pixel(round(item.marker.x1) + 12, y)  # the label is left of the marker
    under_label = [image.pixel(x, y) for x in range(round(item.label.x0), round(item.label.x1))]
    assert band != QColor(frame.scene.palette.background).rgb()
    assert under_label.count(band) < len(under_label) // 20


def test_overview_after_filter_after_filter_draws_what_a_fresh_one_does(
    qtbot: QtBot, result: QueryResult
) -> None:
    """The strip under a filter shows the document's bars faint and the filtered ones
    strong, with nothing left of the filter before (its document layer is kept)."""
    index = result.index
    views = [TimelineView(), TimelineView()]
    for view in views:
        qtbot.addWidget(view)
        view.resize(1000, 600)
        view.show()

    def strips() -> list[QImage]:
        for view in views:  # the same window over both strips
            view.canvas.set_visible_range(day(2018), day(2022))
        return [view.overview.grab().toImage() for view in views]

    first, second = FilterState(years=(2024, 2024)), FilterState(years=(2019, 2021))
    views[0].set_result(index.query(first))
    before = strips()[0]
    views[0].set_result(index.query(second))
    views[1].set_result(index.query(second))
    after, fresh = strips()
    assert after == fresh and after != before
    views[0].set_result(result)
    views[1].set_result(index.query(first))
    views[1].set_result(result)
    again, fresh = strips()
    assert again == fresh and again != after


def test_a_title_of_several_lines_reads_as_one_line_on_the_timeline_and_in_the_table(
    qtbot: QtBot,
) -> None:
    """A spreadsheet cell may hold line breaks: a label or a table cell of one line used to
    run its lines together ("Multi-linecell title") or show only the first."""
    rows = "".join(f"{2000 + n % 20};Event {n};confirmed\n" for n in range(1500))
    data = f'start;title;status\n{rows}2010;"Launch of\nthe lab";confirmed\n'.encode()
    index = TimelineIndex(load_bytes(data, "lines.csv"))
    widget = TimelineCanvas()
    qtbot.addWidget(widget)
    widget.resize(1600, 900)
    widget.show()
    widget.set_result(index.query(FilterState(text="launch")))
    widget.repaint()
    frame, model = widget.current_frame(), widget.lane_model()
    assert frame is not None and model is not None
    (launch,) = [event.id for event in index.events if "Launch" in str(event.title)]
    position = model.position_of(launch)
    assert position is not None
    (item,) = frame.layout.items_for(position)
    assert " ".join(label_lines(frame.scene, item)) == "Launch of the lab"
    table = EventTableModel()
    table.set_result(index.query(FilterState(text="launch")), "en")
    assert table.data(table.index(0, TITLE)) == "Launch of the lab"


@pytest.mark.parametrize("width", [700, 1100])
def test_fit_shows_every_cluster_column_whole(
    qtbot: QtBot, sample_document: dict[str, Any], width: int
) -> None:
    """Cluster columns are aligned to time, so the last can reach a column's width past the
    last event: Fit leaves room for it, and every count is drawn (a trial saw the count of
    12,500 events of one year cut off at the right edge)."""
    doc = dict(sample_document)
    category = doc["categories"][0]["id"]
    crowd = [
        {
            "id": f"c{n}",
            "title": f"Crowd {n}",
            "start": f"2020-{1 + n % 12:02d}-{1 + n % 28:02d}",
            "category": category,
        }
        for n in range(12_000)
    ]
    lone = {"id": "lone", "title": "Far away", "start": "1990-06-15", "category": category}
    doc["events"] = [lone, *crowd]
    document = load_bytes(json.dumps(doc).encode(), "crowd.json")
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(width, 400)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.set_result(TimelineIndex(document).query(FilterState()))
    canvas.fit()
    frame = canvas.current_frame()
    assert frame is not None
    lanes = frame.regions.lanes
    columns = [(float(x), float(x) + run.width) for run in frame.layout.runs for x in run.x0]
    assert columns, "the crowded lane is drawn as counted columns"
    assert all(lanes.left() <= x0 and x1 <= lanes.right() for x0, x1 in columns), (
        columns,
        lanes,
    )
