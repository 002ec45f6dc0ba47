"""The window icon: what the title bar, task switcher and dock show."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSize

from xiaomi_timeline.ui.window.icons import app_icon


def test_app_icon_offers_every_shipped_size(qtbot: QtBot) -> None:
    icon = app_icon()

    assert not icon.isNull()
    assert {QSize(16, 16), QSize(48, 48), QSize(256, 256)} <= set(icon.availableSizes())


def test_app_icon_draws_the_timeline_not_a_blank_square(qtbot: QtBot) -> None:
    image = app_icon().pixmap(QSize(64, 64)).toImage()

    assert image.pixelColor(1, 1).alpha() == 0  # rounded corner is transparent
    assert image.pixelColor(32, 32).alpha() == 255  # the tile is opaque
    colours = {image.pixel(x, y) for x in range(64) for y in range(64)}
    assert len(colours) > 20
