"""One frame of the timeline, ready to draw: the scene, its layout and the picture's bands.

A frame is built from a scene before any painting (:func:`build_frame`), painted as it is
(:func:`~xiaomi_timeline.ui.timeline.painting.paint_frame`), and hit-tested by pure functions
of the frame and a point (:func:`hit_at`), so a click lands on what the user sees.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF

from xiaomi_timeline.core.geometry.layout import (
    FrameLayout,
    FrameRequest,
    Hit,
    ItemBox,
    LayoutMemory,
    layout_frame,
)
from xiaomi_timeline.core.textmatch import match_spans
from xiaomi_timeline.ui.timeline.era_painting import era_strip_height
from xiaomi_timeline.ui.timeline.legend import legend_height, legend_more_rect
from xiaomi_timeline.ui.timeline.scene import TimelineScene

KNOWN_LAYOUTS = 4
"""Layouts :func:`build_frame` keeps in a ``known`` map (the oldest goes first)."""
LegendExtras = tuple[str, ...]
"""Stand-ins on screen that the legend explains: "clusters", "vague"."""


@dataclass(frozen=True)
class Regions:
    """The picture's horizontal bands, top to bottom."""

    title: QRectF
    axis: QRectF
    eras: QRectF
    lanes: QRectF
    legend: QRectF


def regions(rect: QRectF, scene: TimelineScene, extras: LegendExtras = ()) -> Regions:
    """Split ``rect`` into title, axis, eras, lanes and legend bands (the legend explaining
    ``extras`` too)."""
    line = QFontMetricsF(scene.texts.font).height()
    title_h = (line * 1.9 + (line * 1.2 if scene.subtitle else 0) + 8) if scene.title else 0.0
    axis_h = round(line * 2 + 14)
    legend_h = legend_height(rect.width(), scene, extras) if scene.legend else 0.0
    top = rect.top()
    title = QRectF(rect.left(), top, rect.width(), title_h)
    axis = QRectF(rect.left(), top + title_h, rect.width(), axis_h)
    eras = QRectF(rect.left(), axis.bottom(), rect.width(), era_strip_height(scene))
    lanes_top = eras.bottom()
    lanes = QRectF(
        rect.left(), lanes_top, rect.width(), max(0.0, rect.bottom() - legend_h - lanes_top)
    )
    legend = QRectF(rect.left(), lanes.bottom(), rect.width(), legend_h)
    return Regions(title, axis, eras, lanes, legend)


@dataclass(frozen=True, eq=False)
class TimelineFrame:
    """Everything one paint needs: what to draw, where each item lies, and the bands."""

    rect: QRectF
    scene: TimelineScene
    layout: FrameLayout
    regions: Regions
    legend_extras: LegendExtras
    layout_key: tuple[object, ...]
    """What the layout depends on besides the model (equal keys: the same layout)."""
    search_marks: tuple[QRectF, ...] = ()
    """Where the labels on screen show the search's words."""
    legend_more: QRectF | None = None
    """The folded legend's "More" entry, which opens the whole legend."""

    @property
    def max_vscroll(self) -> float:
        """How far the lanes can scroll: their height beyond the lanes band."""
        return max(0.0, self.layout.content_height - self.regions.lanes.height())


def build_frame(
    rect: QRectF,
    scene: TimelineScene,
    *,
    row_hints: NDArray[np.int64] | None = None,
    memory: LayoutMemory | None = None,
    previous: TimelineFrame | None = None,
    known: dict[tuple[object, ...], FrameLayout] | None = None,
) -> TimelineFrame:
    """Lay ``scene`` out in ``rect``. The layout of ``previous`` is reused when only what
    does not move anything changed (hover, focus, colours). ``known`` holds layouts made
    before for the same model, texts, row hints and an unused ``memory``, by layout key:
    one found there is reused, one made is added.

    Lanes are laid out in the tallest lanes band (the legend without stand-in entries), so
    what is laid out does not depend on what the legend then explains; the legend may cover
    the band's bottom.
    """
    tall = regions(rect, scene).lanes
    viewport = (tall.top(), tall.bottom())
    top = tall.top() - scene.vscroll
    key = (scene.scale, scene.selected, top, viewport, scene.metrics)
    if previous is not None and previous.scene.model is scene.model and previous.layout_key == key:
        layout = previous.layout
    elif known is not None and key in known:
        layout = known[key]
    else:
        request = FrameRequest(
            scene.model,
            scene.scale,
            scene.texts.width,
            top=top,
            metrics=scene.metrics,
            selected=scene.selected,
            viewport=viewport,
            row_hints=row_hints,
            label_widths=scene.texts.widths,
            label_wrap=scene.texts.wrap_width,
            label_wraps=scene.texts.wrap_widths,
        )
        layout = layout_frame(request, memory)
        if known is not None:
            while len(known) >= KNOWN_LAYOUTS:
                del known[next(iter(known))]
            known[key] = layout
    extras = legend_extras_for(layout)
    bands = regions(rect, scene, extras)
    marks = label_marks(layout.items, scene, bands.lanes) if scene.search_terms else ()
    more = legend_more_rect(bands.legend, scene, extras) if scene.legend else None
    return TimelineFrame(rect, scene, layout, bands, extras, key, marks, more)


def label_marks(
    items: Sequence[ItemBox], scene: TimelineScene, lanes: QRectF
) -> tuple[QRectF, ...]:
    """The boxes of the search's words in the labels drawn within ``lanes``: over the text
    the label shows (whole or elided), in the font it is drawn in."""
    texts, terms = scene.texts, scene.search_terms
    half = texts.metrics.height() / 2
    marks: list[QRectF] = []
    for item in items:
        label = item.label
        if label is None or not lanes.top() - half <= item.y <= lanes.bottom() + half:
            continue
        if not match_spans(texts.title(item.index), terms):
            continue
        metrics = QFontMetricsF(texts.font_of(item.index))
        for n, shown in enumerate(label_lines(scene, item)):
            top = item.y - half + n * scene.metrics.row_height
            for start, end in match_spans(shown, terms):
                x = label.x0 + metrics.horizontalAdvance(shown[:start])
                width = metrics.horizontalAdvance(shown[start:end])
                marks.append(QRectF(x, top, width, half * 2))
    return tuple(marks)


def legend_extras_for(layout: FrameLayout) -> LegendExtras:
    """Which stand-ins the legend must explain: counted clusters, vague-date bands."""
    kinds = {"clusters": any(len(run) for run in layout.runs), "vague": bool(layout.bands)}
    return tuple(kind for kind, shown in kinds.items() if shown)


def label_lines(scene: TimelineScene, item: ItemBox) -> tuple[str, ...]:
    """The text ``item``'s label shows: the title whole or elided, or on two lines."""
    label = item.label
    if label is None:
        return ()
    width = label.x1 - label.x0
    if item.label_lines == 2 and (lines := scene.texts.wrapped(item.index, width)) is not None:
        return lines[1:]
    return (scene.texts.elided(item.index, width),)


def on_legend_more(frame: TimelineFrame, x: float, y: float) -> bool:
    """Whether ``(x, y)`` is on the folded legend's "More" entry."""
    return frame.legend_more is not None and frame.legend_more.contains(QPointF(x, y))


def hit_at(frame: TimelineFrame, x: float, y: float) -> Hit | None:
    """The event, cluster or edge arrow drawn at ``(x, y)`` in the lanes, if any."""
    if x < frame.scene.scale.x0 or not frame.regions.lanes.contains(QPointF(x, y)):
        return None
    return frame.layout.hit_test(x, y)
