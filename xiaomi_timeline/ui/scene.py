"""What a frame draws: the scene (lanes, window, colours, selection) and its cached texts.

Kept apart from the drawing so the canvas, export and tests can build a scene and hand it to
:func:`xiaomi_timeline.ui.painting.paint_timeline`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QStaticText

from xiaomi_timeline.core.layout import LaneModel, LayoutMetrics
from xiaomi_timeline.core.packing import PackMemo
from xiaomi_timeline.core.timescale import TimeScale
from xiaomi_timeline.ui.palette import TimelinePalette

log = logging.getLogger(__name__)

GUTTER = 170.0
"""Width of the lane header column at the left (it stays put while the time axis pans)."""
RIGHT_PAD = 12.0
ELIDE_STEP = 8
"""Elided labels are cut at multiples of this many pixels (see :meth:`LabelTexts.elided`)."""


def label_font(pixel_size: int = 13, *, bold: bool = False) -> QFont:
    """Fonts sized in pixels, so screen, image, SVG and PDF lay out identically."""
    font = QFont()
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    return font


class LabelTexts:
    """Titles of one lane model's events with cached widths, elisions and static texts."""

    def __init__(self, title: Callable[[int], str], font: QFont) -> None:
        self.title = title
        self.font = font
        self.metrics = QFontMetricsF(font)
        self._widths: dict[int, float] = {}
        self._elided: dict[tuple[int, int], str] = {}
        self._static: dict[tuple[int, str], QStaticText] = {}
        self._seen: set[tuple[int, str]] = set()
        self._text_widths: dict[str, float] = {}

    def width(self, index: int) -> float:
        width = self._widths.get(index)
        if width is None:
            width = self._widths[index] = self.metrics.horizontalAdvance(self.title(index)) + 1
        return width

    def text_width(self, text: str) -> float:
        width = self._text_widths.get(text)
        if width is None:
            width = self._text_widths[text] = self.metrics.horizontalAdvance(text)
        return width

    def elided(self, index: int, width: float) -> str:
        """The title cut to ``width`` (the whole title, without asking Qt, when it fits).
        Widths are rounded down to steps of ``ELIDE_STEP`` px: while panning, a label's
        room changes by a pixel or two every frame, and a new width would otherwise mean a
        new elision (~25 us) and new glyphs to lay out (~50 us) for the same few letters."""
        if width >= self.width(index) - 1:
            return self.title(index)
        key = (index, int(width) // ELIDE_STEP * ELIDE_STEP)
        text = self._elided.get(key)
        if text is None:
            text = self.metrics.elidedText(
                self.title(index), Qt.TextElideMode.ElideRight, float(key[1])
            )
            self._elided[key] = text
        return text

    def static(self, index: int, width: float) -> QStaticText | None:
        """The label as a prepared QStaticText, or None the first time it is asked for:
        preparing costs more than drawing once (~77 us against ~50 us for new text), and a
        zoom that turns clusters into events shows hundreds of labels never seen before.
        Keyed by the text, so a label that keeps its text across zooms keeps its glyphs."""
        text = self.elided(index, width)
        key = (index, text)
        static = self._static.get(key)
        if static is None:
            if key not in self._seen:
                self._seen.add(key)
                return None
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=self.font)
            self._static[key] = static
        return static


@dataclass
class TimelineScene:
    """What to draw: the lanes, the visible window, colours, texts and the selection."""

    model: LaneModel
    scale: TimeScale
    texts: LabelTexts
    palette: TimelinePalette
    category_colors: Sequence[QColor]
    category_labels: Sequence[str]
    language: str = "en"
    selected: int | None = None
    hovered: int | None = None
    vscroll: float = 0.0
    title: str = ""
    subtitle: str = ""
    legend: bool = True
    legend_compact: bool = False
    """Short legend words (the screen, where tooltips explain more)."""
    legend_categories: bool = True
    """List categories in the legend (not needed when the lanes are the categories)."""
    legend_extras: tuple[str, ...] = ()
    """Stand-ins on screen that the legend explains ("clusters", "vague"); set by
    :func:`~xiaomi_timeline.ui.painting.paint_timeline` from the frame it drew."""
    static_text: bool = True
    focused: bool = False
    metrics: LayoutMetrics = field(default_factory=LayoutMetrics)
    row_hints: NDArray[np.int64] | None = None
    """Rows of lanes laid out in earlier frames (keeps off-screen lanes' heights stable)."""
    pack_failures: dict[int, tuple[float, int, int]] | None = None
    """Per lane, the zoom, count and row limit at which packing failed (owned by the canvas)."""
    pack_memos: dict[int, PackMemo] | None = None
    """Per lane, its last packing, translated on a sideways pan (owned by the canvas)."""
    layout_memo: dict[str, object] | None = None
    """Where paint_timeline keeps the last frame's layout, to reuse it when only the hover
    changed (owned by the canvas; None disables it)."""
    small_font: QFont = field(default_factory=lambda: label_font(11))
    header_font: QFont = field(default_factory=lambda: label_font(13, bold=True))


def strip(rect: QRectF) -> tuple[float, float]:
    """``(x0, width)`` of the time strip inside ``rect`` (right of the lane headers)."""
    return rect.left() + GUTTER, max(1.0, rect.width() - GUTTER - RIGHT_PAD)


_ELIDED: dict[tuple[str, int, bool, int], str] = {}


def elided_text(fm: QFontMetricsF, font: QFont, text: str, width: float) -> str:
    """Elided header text, cached (headers repeat every frame)."""
    key = (text, font.pixelSize(), font.bold(), int(width))
    out = _ELIDED.get(key)
    if out is None:
        if len(_ELIDED) > 20_000:
            _ELIDED.clear()
        out = _ELIDED[key] = fm.elidedText(text, Qt.TextElideMode.ElideRight, int(width))
    return out


def draw_short_text(
    painter: QPainter, scene: TimelineScene, x: float, baseline: float, text: str, font: QFont
) -> None:
    """Short repeated text (tick labels): a cached QStaticText on screen (~5 us instead of
    ~12 us), real text in SVG and PDF."""
    if scene.static_text:
        ascent = QFontMetricsF(font).ascent()
        painter.drawStaticText(QPointF(x, baseline - ascent), static_text(text, font))
    else:
        painter.drawText(QPointF(x, baseline), text)


_STATIC_TEXTS: dict[tuple[str, int, bool], QStaticText] = {}


def static_text(text: str, font: QFont) -> QStaticText:
    """A prepared QStaticText for short repeated text (counts, tick labels), cached."""
    key = (text, font.pixelSize(), font.bold())
    static = _STATIC_TEXTS.get(key)
    if static is None:
        if len(_STATIC_TEXTS) > 4096:
            _STATIC_TEXTS.clear()
        static = _STATIC_TEXTS[key] = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(font=font)
    result: QStaticText = static
    return result
