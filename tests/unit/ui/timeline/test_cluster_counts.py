"""A counted cluster bar cut by the edge of the view shows its count over the part in view,
or no count at all: never a count cut in half ("18" read as ".18" or "1")."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest
from pytestqt.qtbot import QtBot
from typing_extensions import override

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter

from xiaomi_timeline.core.geometry.frame import ClusterRun
from xiaomi_timeline.core.geometry.timescale import TimeScale
from xiaomi_timeline.ui.i18n.language import apply_ui_language
from xiaomi_timeline.ui.timeline import cluster_painting
from xiaomi_timeline.ui.timeline.cluster_painting import paint_clusters
from xiaomi_timeline.ui.timeline.palette import TimelinePalette
from xiaomi_timeline.ui.timeline.scene import label_font


class _Recording(QPainter):
    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.texts: list[tuple[float, str]] = []

    @override
    def drawText(self, point: QPointF, text: str) -> None:  # type: ignore[override]
        self.texts.append((point.x(), text))


def test_counts_stay_whole_and_inside_the_view(qtbot: QtBot) -> None:
    scale = TimeScale(0.0, 100.0, x0=200.0, width=400.0)  # the view: x 200..600
    lefts = np.array([170.0, 195.0, 300.0, 560.0, 590.0])  # 40 px columns
    run = ClusterRun(
        lane=0,
        y0=0.0,
        y1=60.0,
        x0=lefts,
        width=40.0,
        count=np.array([18, 27, 36, 45, 54]),
        start=lefts,
        end=lefts + 40,
        category=np.zeros(5, np.int64),
        level=np.ones(5),
    )
    font = label_font(11)
    scene = SimpleNamespace(
        small_font=font,
        scale=scale,
        category_colors=[],
        palette=TimelinePalette.light(),
        static_text=False,
    )
    image = QImage(800, 80, QImage.Format.Format_ARGB32_Premultiplied)
    painter = _Recording(image)
    paint_clusters(painter, [run], [], scene)  # type: ignore[arg-type]
    painter.end()
    width = QFontMetricsF(font).horizontalAdvance("18")
    drawn = dict((text, x) for x, text in painter.texts)
    assert "18" not in drawn  # 9 px of its bar in view: too narrow for its count
    assert drawn["27"] >= 200  # 34 px in view: its count sits over that part
    assert abs(drawn["36"] - (300 + 20 - width / 2)) < 1.5  # wholly in view: centred
    assert drawn["45"] + width <= 600
    assert "54" not in drawn


def test_counts_drawn_from_stamps_look_like_the_text_itself(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On screen counts are pre-drawn pixmaps: the same digits, within half a pixel."""
    scale = TimeScale(0.0, 100.0, x0=0.0, width=400.0)
    lefts = np.array([10.3, 80.6, 150.2, 220.9])
    run = ClusterRun(
        lane=0,
        y0=0.0,
        y1=60.0,
        x0=lefts,
        width=50.0,
        count=np.array([7, 42, 1300, 25000]),
        start=lefts,
        end=lefts + 50,
        category=np.zeros(4, np.int64),
        level=np.full(4, 0.3),
    )
    scene = SimpleNamespace(
        small_font=label_font(11),
        scale=scale,
        category_colors=[],
        palette=TimelinePalette.light(),
        static_text=True,
    )

    def draw() -> QImage:
        image = QImage(400, 60, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(scene.palette.background)
        painter = QPainter(image)
        paint_clusters(painter, [run], [], scene)  # type: ignore[arg-type]
        painter.end()
        return image

    stamped = draw()
    monkeypatch.setattr(cluster_painting, "can_stamp", lambda painter: False)
    direct = draw()
    for left in lefts:
        box = [(x, y) for x in range(int(left), int(left) + 50) for y in range(0, 40)]
        ink = [255 - QColor(direct.pixel(x, y)).lightness() for x, y in box]
        ink_stamped = [255 - QColor(stamped.pixel(x, y)).lightness() for x, y in box]
        assert sum(ink) > 200  # a count is there
        assert abs(sum(ink) - sum(ink_stamped)) <= 0.1 * sum(ink)
        centre = sum(v * x for v, (x, _) in zip(ink, box, strict=True)) / sum(ink)
        centre_stamped = sum(v * x for v, (x, _) in zip(ink_stamped, box, strict=True)) / sum(
            ink_stamped
        )
        assert abs(centre - centre_stamped) <= 0.6


COUNTS = (950, 1100, 1960, 9500, 12_345, 123_456)
SHOWN = {
    "en": ["950", "1.1k", "2.0k", "9.5k", "12k", "123k"],
    # ribu, with the Indonesian decimal comma (1.1 would read as eleven hundred)
    "id": ["950", "1,1 rb", "2,0 rb", "9,5 rb", "12 rb", "123 rb"],
    "zh_CN": ["950", "1100", "1960", "9500", "1.2万", "12万"],  # counts go in ten thousands
}


@pytest.mark.parametrize("language", sorted(SHOWN))
def test_a_count_in_thousands_is_shortened_in_the_interface_language(
    language: str, qapp: object
) -> None:
    apply_ui_language(language)
    try:
        assert [cluster_painting._count_text(n) for n in COUNTS] == SHOWN[language]
    finally:
        apply_ui_language("en")


def test_the_counts_drawn_follow_a_switch_of_the_interface_language(qtbot: QtBot) -> None:
    scale = TimeScale(0.0, 100.0, x0=0.0, width=800.0)
    lefts = np.arange(len(COUNTS), dtype=np.float64) * 100.0
    run = ClusterRun(
        lane=0,
        y0=0.0,
        y1=60.0,
        x0=lefts,
        width=90.0,
        count=np.array(COUNTS),
        start=lefts,
        end=lefts + 90,
        category=np.zeros(len(COUNTS), np.int64),
        level=np.ones(len(COUNTS)),
    )
    scene = SimpleNamespace(
        small_font=label_font(11),
        scale=scale,
        category_colors=[],
        palette=TimelinePalette.light(),
        static_text=False,
    )
    drawn = {}
    try:
        for language in ("en", "id", "zh_CN", "en"):  # the same runs: a repaint after a switch
            apply_ui_language(language)
            image = QImage(800, 80, QImage.Format.Format_ARGB32_Premultiplied)
            painter = _Recording(image)
            paint_clusters(painter, [run], [], scene)  # type: ignore[arg-type]
            painter.end()
            drawn[language] = [text for _, text in sorted(painter.texts)]
    finally:
        apply_ui_language("en")
    assert drawn == SHOWN
