"""A frame is built before painting and hit-tested without a widget: the hit test is a pure
function of the frame and a point, and drawing a frame changes nothing in it."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent, QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPalette, Qt
from PySide6.QtWidgets import QApplication

from tests.big_documents import grow
from xiaomi_timeline.core.geometry.layout import result_lane_model
from xiaomi_timeline.core.geometry.timescale import TimeScale, domain_for
from xiaomi_timeline.core.loading.loader import load_bytes
from xiaomi_timeline.core.query import FilterState, QueryResult, TimelineIndex
from xiaomi_timeline.core.schema import text_in
from xiaomi_timeline.ui.timeline import canvas as canvas_module
from xiaomi_timeline.ui.timeline.canvas import TimelineCanvas
from xiaomi_timeline.ui.timeline.frames import TimelineFrame, build_frame, hit_at
from xiaomi_timeline.ui.timeline.painting import paint_frame
from xiaomi_timeline.ui.timeline.palette import TimelinePalette
from xiaomi_timeline.ui.timeline.scene import LabelTexts, TimelineScene, label_font, strip

RECT = QRectF(0, 0, 1100, 600)


def day(y: int, m: int = 1, d: int = 1) -> float:
    return float(date(y, m, d).toordinal())


def result_of(document: dict[str, Any]) -> QueryResult:
    doc = load_bytes(json.dumps(document).encode(), "sample.json")
    return TimelineIndex(doc).query(FilterState())


def scene_of(result: QueryResult, **changes: Any) -> TimelineScene:
    model = result_lane_model(result, "category", "en")
    events = result.events
    palette = TimelinePalette.light()
    categories = result.index.categories_by_id
    keys = model.geometry.categories
    x0, width = strip(RECT)
    span = model.geometry.span()
    assert span is not None
    scale = TimeScale(*span, x0=x0, width=width, limits=domain_for(*span)).fitted(*span)
    return TimelineScene(
        model=model,
        scale=scale,
        texts=LabelTexts(lambda i: text_in(events[i].title, "en"), label_font(13)),
        palette=palette,
        category_colors=tuple(palette.category_color(categories[k].color) for k in keys),
        category_labels=tuple(text_in(categories[k].label, "en") for k in keys),
        **changes,
    )


@pytest.fixture
def frame(qapp: QApplication, sample_document: dict[str, Any]) -> TimelineFrame:
    return build_frame(RECT, scene_of(result_of(sample_document)))


def test_a_point_on_a_marker_hits_its_event(frame: TimelineFrame) -> None:
    for item in frame.layout.items:
        hit = hit_at(frame, *item.marker.centre)
        assert hit is not None and hit.kind == "event" and hit.index == item.index


def test_nothing_is_hit_outside_the_lanes_even_where_the_layout_has_items(
    frame: TimelineFrame,
) -> None:
    scrolled = build_frame(RECT, replace(frame.scene, vscroll=60.0))
    lanes = scrolled.regions.lanes
    hidden = [item for item in scrolled.layout.items if item.marker.centre[1] < lanes.top()]
    assert hidden, "scrolled up, the first lane's items lie under the axis band"
    for item in hidden:
        assert scrolled.layout.hit_test(*item.marker.centre) is not None
        assert hit_at(scrolled, *item.marker.centre) is None
    item = frame.layout.items[0]
    x, _ = item.marker.centre
    assert hit_at(frame, x, frame.regions.legend.center().y()) is None
    assert hit_at(frame, frame.scene.scale.x0 - 1, item.y) is None  # the lane headers


def test_the_hit_test_depends_on_the_frame_and_the_point_only(frame: TimelineFrame) -> None:
    points = [(x, y) for x in range(180, 1090, 7) for y in range(70, 560, 5)]
    first = [hit_at(frame, x, y) for x, y in points]
    assert any(first)
    assert [hit_at(frame, x, y) for x, y in points] == first


def test_painting_a_frame_changes_nothing_in_it(frame: TimelineFrame) -> None:
    before = (frame.layout, frame.regions, frame.legend_extras, frame.scene.scale)
    images = []
    for _ in range(2):
        image = QImage(1100, 600, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        paint_frame(painter, frame)
        painter.end()
        images.append(image)
    assert images[0] == images[1]
    assert (frame.layout, frame.regions, frame.legend_extras, frame.scene.scale) == before


def test_a_hover_change_reuses_the_layout(frame: TimelineFrame) -> None:
    hovered = replace(frame.scene, hovered=frame.layout.items[0].index, focused=True)
    assert build_frame(RECT, hovered, previous=frame).layout is frame.layout
    zoomed = replace(frame.scene, scale=frame.scene.scale.zoomed(2.0))
    assert build_frame(RECT, zoomed, previous=frame).layout is not frame.layout


def test_many_events_make_clusters_that_hit_as_clusters(
    qapp: QApplication, sample_document: dict[str, Any]
) -> None:
    big = grow(sample_document, 5000)  # repeated events: lanes too crowded to draw each
    frame = build_frame(RECT, scene_of(result_of(big)))
    assert "clusters" in frame.legend_extras
    cluster = max(frame.layout.clusters, key=lambda c: c.count)
    x, y = cluster.box.centre
    hit = hit_at(frame, x, y)
    assert hit is not None and hit.kind == "cluster" and hit.cluster == cluster


@pytest.fixture
def counted_canvas(
    qtbot: QtBot, sample_document: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> tuple[TimelineCanvas, list[TimelineFrame]]:
    """A shown canvas whose frame builds are recorded."""
    built: list[TimelineFrame] = []
    real = build_frame  # the one the canvas imported

    def recording(*args: Any, **kwargs: Any) -> TimelineFrame:
        frame = real(*args, **kwargs)
        built.append(frame)
        return frame

    monkeypatch.setattr(canvas_module, "build_frame", recording)
    widget = TimelineCanvas()
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_result(result_of(sample_document))
    QApplication.processEvents()
    widget.grab()
    return widget, built


def test_a_state_change_is_laid_out_before_the_paint_and_the_paint_lays_out_nothing(
    counted_canvas: tuple[TimelineCanvas, list[TimelineFrame]],
) -> None:
    canvas, built = counted_canvas
    count = len(built)
    canvas.zoom(2.0)
    canvas.pan(40.0)
    canvas.set_selected("joins")
    assert len(built) == count  # nothing is laid out while the state changes
    QApplication.sendPostedEvents(canvas, QEvent.Type.LayoutRequest)
    assert len(built) == count + 1  # one frame for the three changes
    frame = canvas.current_frame()
    assert frame is built[-1] and frame.scene.scale == canvas.scale()
    canvas.grab()
    canvas.repaint()
    assert len(built) == count + 1 and canvas.current_frame() is frame


def move_mouse(canvas: TimelineCanvas, x: float, y: float) -> None:
    pos = QPointF(x, y)
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        pos,
        canvas.mapToGlobal(pos),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(canvas, event)


def test_moving_the_mouse_lays_nothing_out(
    counted_canvas: tuple[TimelineCanvas, list[TimelineFrame]],
) -> None:
    canvas, built = counted_canvas
    frame = canvas.current_frame()
    assert frame is not None
    lanes = frame.regions.lanes
    empty = [
        (x, y)
        for x in range(200, 1000, 25)
        for y in range(round(lanes.top()), round(lanes.bottom()), 25)
        if hit_at(frame, x, y) is None
    ]
    count = len(built)
    for x, y in empty:
        move_mouse(canvas, x, y)
    assert len(built) == count  # no hover change: no new frame at all
    item = frame.layout.items[0]
    move_mouse(canvas, *item.marker.centre)
    move_mouse(canvas, *empty[0])
    hovered = canvas.current_frame()
    assert hovered is not None and len(built) > count
    assert all(f.layout is frame.layout for f in built[count:])  # hover moves nothing


def _painted(frame: TimelineFrame) -> QImage:
    image = QImage(int(RECT.width()), int(RECT.height()), QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    paint_frame(painter, frame)
    painter.end()
    return image


@pytest.mark.parametrize("events", [0, 5000])  # the sample's items; counted clusters
def test_a_layout_painted_again_in_other_colours_looks_as_if_laid_out_afresh(
    qapp: QApplication, sample_document: dict[str, Any], events: int
) -> None:
    """Painting keeps the shapes of the layout it drew last (a repaint on hover reuses the
    layout): new colours must still reach every event, bar and count."""
    document = grow(sample_document, events) if events else sample_document
    frame = build_frame(RECT, scene_of(result_of(document)))
    first = _painted(frame)
    scene = frame.scene
    other_palette = TimelinePalette.from_qpalette(QPalette(QColor("#303846")))
    rotated = (*scene.category_colors[1:], scene.category_colors[0])
    for recoloured in (
        replace(scene, category_colors=rotated),
        replace(scene, palette=other_palette),
    ):
        again = _painted(replace(frame, scene=recoloured))  # the same layout object
        assert again == _painted(build_frame(RECT, recoloured))
        assert again != first
    assert _painted(frame) == first
