"""Eras and years before 1 on the canvas as a user sees them: named bands in the era strip
under the axis, faint bands behind the events, a tooltip with the period, BC on the axis."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPointF

from tests.paths import DATA_DIR
from xiaomi_timeline.core.dates import PartialDate
from xiaomi_timeline.core.geometry.ticks import axis_ticks
from xiaomi_timeline.core.loading.loader import load_path
from xiaomi_timeline.core.query import FilterState, TimelineIndex
from xiaomi_timeline.ui.timeline.era_painting import era_in_strip
from xiaomi_timeline.ui.timeline.view import TimelineView

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def view(qtbot: QtBot) -> TimelineView:
    index = TimelineIndex(load_path(DATA_DIR / "deep-time.json"))
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_result(index.query(FilterState(years=(-140, 20))))
    return widget


def test_eras_are_named_in_a_strip_under_the_axis_and_tinted_behind_events(
    view: TimelineView, tmp_path: Path
) -> None:
    canvas = view.canvas
    canvas.repaint()
    frame = canvas.current_frame()
    assert frame is not None
    scene, strip = frame.scene, frame.regions.eras
    assert strip.height() > 0
    scale = canvas.scale()
    y = strip.center().y()
    for era_id, title, when in [
        ("late-republic", "Late Republic", "133 BC – 28 BC"),
        ("roman-empire", "Roman Empire (West)", "27 BC – AD 476"),
    ]:
        era = next(span for span in scene.eras if span.id == era_id)
        x = max(scale.x_for(era.start), scale.x0) + 20
        found = era_in_strip(scene, strip, x, y)
        assert found is not None and found.id == era_id
        assert canvas.tooltip_at(QPointF(x, y)).startswith(f"<qt>{title}<br>{when}")
    picture = canvas.grab().toImage()
    picture.save(str(tmp_path / "eras.png"))
    empire_x = round(scale.x_for(PartialDate.parse("0001").earliest))
    lanes = frame.regions.lanes
    behind = picture.pixelColor(empire_x, round(lanes.bottom()) - 20)  # an empty lane area
    background = picture.pixelColor(round(scale.x0) + 2, round(lanes.bottom()) - 20)
    assert behind.red() > behind.blue() + 8, "the empire's red tints the lanes"
    assert background.red() <= background.blue() + 8, "before it, no tint"


def test_the_axis_counts_years_down_to_1_bc_then_up_in_ad(view: TimelineView) -> None:
    scale = view.canvas.scale()
    labels = [tick.label for tick in axis_ticks(scale, lambda text: 7.0 * len(text)).minor]
    shown = [label for label in labels if label]
    assert "40 BC" in shown and "AD 10" in shown
    bc = [int(label.split()[0]) for label in shown if label.endswith("BC")]
    assert bc == sorted(bc, reverse=True)


def test_the_overview_carries_the_eras_over_the_whole_document(view: TimelineView) -> None:
    assert [era.id for era in view.overview.eras()] == ["hadean", "late-republic", "roman-empire"]
    start, end = view.overview.domain()
    assert start < PartialDate.parse("-13787000000").earliest
    assert end > PartialDate.parse("0476").latest
