"""Markers drawn from cached stamps look like the ellipses they stand for, where the ellipses
would be: same place (to a fraction of a pixel), same colours, on any sub-pixel position."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QTransform

from xiaomi_timeline.ui.timeline.painting import _marker_ellipses
from xiaomi_timeline.ui.timeline.palette import TimelinePalette
from xiaomi_timeline.ui.timeline.stamps import can_stamp, stamp_ellipses

SIZE = 10.0
POSITIONS = [(20.0 + 17 * k + k / 7, 14.0 + 9 * (k % 3) + k / 5) for k in range(12)]


def _image(draw: object, status: str, palette: TimelinePalette, ratio: int) -> QImage:
    image = QImage(240 * ratio, 60 * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(palette.background)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    rects = [QRectF(x, y, SIZE, SIZE) for x, y in POSITIONS]
    color = QColor("#1E88E5")
    if draw == "stamps":
        stamp_ellipses(
            painter,
            ("test", status, palette.background.rgba()),
            [(x, y, SIZE, SIZE) for x, y in POSITIONS],
            lambda p, r: _marker_ellipses(p, [r], status, color, palette),
        )
    else:
        _marker_ellipses(painter, rects, status, color, palette)
    painter.end()
    return image


def _gray(image: QImage, x: int, y: int) -> int:
    return QColor(image.pixel(x, y)).lightness()


@pytest.mark.parametrize("ratio", [1, 2])  # 2: a high-DPI screen
@pytest.mark.parametrize("status", ["confirmed", "reported", "disputed"])
def test_stamps_land_where_the_ellipses_are(qtbot: QtBot, status: str, ratio: int) -> None:
    palette = TimelinePalette.light()
    ellipses = _image("ellipses", status, palette, ratio)
    stamps = _image("stamps", status, palette, ratio)
    background = palette.background.lightness()
    for x0, y0 in ((x * ratio, y * ratio) for x, y in POSITIONS):
        box = [
            (x, y)
            for x in range(int(x0) - 2, int(x0 + SIZE * ratio) + 3)
            for y in range(int(y0) - 2, int(y0 + SIZE * ratio) + 3)
        ]
        ink = [abs(_gray(ellipses, x, y) - background) for x, y in box]
        ink_stamped = [abs(_gray(stamps, x, y) - background) for x, y in box]
        assert abs(sum(ink) - sum(ink_stamped)) <= 0.08 * sum(ink)  # as much colour
        centre = (
            sum(v * x for v, (x, _) in zip(ink, box, strict=True)) / sum(ink),
            sum(v * y for v, (_, y) in zip(ink, box, strict=True)) / sum(ink),
        )
        centre_stamped = (
            sum(v * x for v, (x, _) in zip(ink_stamped, box, strict=True)) / sum(ink_stamped),
            sum(v * y for v, (_, y) in zip(ink_stamped, box, strict=True)) / sum(ink_stamped),
        )
        assert abs(centre[0] - centre_stamped[0]) <= 0.25  # in the same place
        assert abs(centre[1] - centre_stamped[1]) <= 0.25
        if status != "disputed":  # hatching may fall at another phase inside the marker
            worst = max(abs(_gray(ellipses, x, y) - _gray(stamps, x, y)) for x, y in box)
            assert worst <= 60


def test_only_whole_pixel_shifts_are_stamped(qtbot: QtBot) -> None:
    image = QImage(20, 20, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    assert can_stamp(painter)
    painter.translate(3, 4)
    assert can_stamp(painter)
    painter.translate(0.5, 0)
    assert not can_stamp(painter)  # an export placed at a fraction: draw the ellipses
    painter.setTransform(QTransform.fromScale(2, 2))
    assert not can_stamp(painter)
    painter.end()
