"""The overview's density bars, drawn all at once, cover the pixels they covered when each bar
was filled on its own: thousands of bars at sub-pixel positions, edges on half pixels too."""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from xiaomi_timeline.ui.timeline.overview import fill_rects

WIDTH, HEIGHT = 4200, 60
BOTTOM = 49.0
Floats = NDArray[np.floating[Any]]
Bars = tuple[Floats, Floats, float]


def _bars(count: int, seed: int) -> Bars:
    rng = np.random.default_rng(seed)
    width = 0.97361
    lefts = 40.0 + np.arange(count) * width
    heights = np.maximum(1.5, rng.random(count) * 40.0)
    # The odd one: a bar whose every edge falls exactly on a half pixel.
    lefts[count // 2], heights[count // 2] = 1000.5, 20.0
    return lefts, heights, width


def _one_by_one(lefts: Floats, heights: Floats, width: float, color: QColor) -> QImage:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for x, h in zip(lefts.tolist(), heights.tolist(), strict=True):
        painter.fillRect(QRectF(x, BOTTOM - h, width, h), color)
    painter.end()
    return image


def _at_once(lefts: Floats, heights: Floats, width: float, color: QColor) -> QImage:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRects(fill_rects(lefts, BOTTOM - heights, width, heights))
    painter.end()
    return image


def test_bars_drawn_at_once_cover_the_pixels_of_bars_filled_one_by_one(qtbot: QtBot) -> None:
    for seed, alpha in ((1, 190), (2, 45), (3, 255)):
        lefts, heights, width = _bars(4000, seed)
        color = QColor(20, 80, 200, alpha)
        assert _at_once(lefts, heights, width, color) == _one_by_one(lefts, heights, width, color)


def test_a_bar_on_half_pixels_rounds_its_edges_up(qtbot: QtBot) -> None:
    (rect,) = fill_rects(np.array([10.5]), np.array([4.5]), 2.0, np.array([3.0]))
    assert (rect.x(), rect.y(), rect.width(), rect.height()) == (11, 5, 2, 3)
