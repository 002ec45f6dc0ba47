"""Removing the last filter shows the lanes of every event as they were first laid out
(kept, not laid out again): the picture is the one a canvas showing them afresh draws."""

from __future__ import annotations

import random

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QImage

from xiaomi_timeline.bench.generator import generate_text
from xiaomi_timeline.core.loading.loader import load_bytes
from xiaomi_timeline.core.query import STATUSES, FilterState, TimelineIndex
from xiaomi_timeline.ui.timeline.canvas import TimelineCanvas

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _largest_difference(one: QImage, other: QImage) -> int:
    """The largest difference of one colour channel between two images of one size."""
    one, other = (i.convertToFormat(QImage.Format.Format_ARGB32) for i in (one, other))
    assert one.size() == other.size()
    a, b = (
        np.frombuffer(i.constBits(), np.uint8).reshape(i.height(), i.bytesPerLine())
        for i in (one, other)
    )
    return int(np.abs(a.astype(np.int16) - b).max())


@pytest.fixture(scope="module")
def index() -> TimelineIndex:
    return TimelineIndex(load_bytes(generate_text(3000, seed=4).encode(), "generated.json"))


def _canvas(qtbot: QtBot) -> TimelineCanvas:
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(900, 500)
    canvas.show()
    qtbot.waitExposed(canvas)
    return canvas


def test_every_event_again_looks_as_it_does_afresh(qtbot: QtBot, index: TimelineIndex) -> None:
    rng = random.Random(2)
    canvas = _canvas(qtbot)
    canvas.set_result(index.query(FilterState()))
    canvas.grab()
    people, categories = list(index.people_by_id)[:20], list(index.categories_by_id)
    for step in range(12):
        narrowed = rng.choice(
            (
                FilterState(people=frozenset({rng.choice(people)})),
                FilterState(categories=frozenset({rng.choice(categories)})),
                FilterState(statuses=frozenset({rng.choice(STATUSES)})),
                FilterState(years=(y := rng.randint(1990, 2025), y)),
            )
        )
        canvas.set_result(index.query(narrowed))
        canvas.fit()
        canvas.grab()
        canvas.set_result(index.query(FilterState()))
        if step % 3 == 2:
            canvas.zoom(1.5)  # another view of every event: laid out anew, then kept too
        else:
            canvas.fit()
        shown = canvas.grab().toImage()
        fresh = _canvas(qtbot)
        fresh.set_result(index.query(FilterState()))
        fresh.set_visible_range(*canvas.visible_range())
        # Equal but for rounding: a bar's antialiased top may land a hair apart (one row of
        # one bar, one step of one channel, was seen); anything laid out otherwise differs
        # by far more.
        assert _largest_difference(fresh.grab().toImage(), shown) <= 2, (step, narrowed)
        fresh.close()
