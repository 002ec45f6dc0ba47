"""Small shapes drawn on screen from cached pixmap stamps: event markers (instead of one
antialiased ellipse each) and cluster counts (instead of their static text).

A view draws a hundred markers or more a frame, and an outlined, filled ellipse costs
several times a small pixmap. A stamp is the same ellipse, drawn once per style into a
pixmap at a quarter-pixel phase, so a marker still lands within 1/8 px of where the ellipse
would. Stamps need a painter whose transform is a whole-pixel shift (a widget, or a widget
rendered into an image); anything else (export, scaling) draws the ellipses themselves, as
vector output must.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap, QTransform

from xiaomi_timeline.core.caching import BoundedCache

PHASES = 4
"""Sub-pixel positions per axis a stamp is drawn at (quarter pixels)."""
PAD = 2
"""Device pixels around the ellipse in a stamp (pen and antialiasing spill over)."""

DrawEllipse = Callable[[QPainter, QRectF], None]
"""Draws one marker's ellipse (with its pen and brush) into ``rect``."""

_SHIFTS = (QTransform.TransformationType.TxNone, QTransform.TransformationType.TxTranslate)
_STAMPS: BoundedCache[tuple[object, ...], QPixmap] = BoundedCache("stamps", 4096)


def can_stamp(painter: QPainter) -> bool:
    """Whether ``painter`` maps logical pixels onto device pixels by a whole-pixel shift."""
    transform = painter.transform()
    return (
        transform.type() in _SHIFTS
        and float(transform.dx()).is_integer()
        and float(transform.dy()).is_integer()
    )


Rect = tuple[float, float, float, float]
"""x, y, width and height of a marker's ellipse (a frame's markers are stamped from these
numbers: a QRectF each would be made only to be taken apart again)."""


def stamp_ellipses(
    painter: QPainter,
    style_key: tuple[object, ...],
    rects: Sequence[Rect],
    draw: DrawEllipse,
) -> None:
    """Draw ``rects`` of one style (named by ``style_key``, which must change whenever what
    ``draw`` paints does) as stamps."""
    device = painter.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0
    known = _STAMPS.get
    for left, top, width, height in rects:
        size = (width, height)
        x, y = left * ratio, top * ratio
        base_x, base_y = math.floor(x), math.floor(y)
        phase = (round((x - base_x) * PHASES), round((y - base_y) * PHASES))
        key = (style_key, size, ratio, phase)
        stamp = known(key) or _stamp(key, size, ratio, phase, draw)
        if ratio == 1.0:  # whole pixels: the int overload, the same point without a QPointF
            painter.drawPixmap(base_x - PAD, base_y - PAD, stamp)
        else:
            painter.drawPixmap(QPointF((base_x - PAD) / ratio, (base_y - PAD) / ratio), stamp)


def _stamp(
    key: tuple[object, ...],
    size: tuple[float, float],
    ratio: float,
    phase: tuple[int, int],
    draw: DrawEllipse,
) -> QPixmap:
    offset = QPointF((PAD + phase[0] / PHASES) / ratio, (PAD + phase[1] / PHASES) / ratio)
    stamp = _drawn_pixmap(
        (size[0] + (2 * PAD + 1) / ratio, size[1] + (2 * PAD + 1) / ratio),
        ratio,
        lambda painter: draw(painter, QRectF(offset.x(), offset.y(), size[0], size[1])),
    )
    return _STAMPS.put(key, stamp)


def cached(key: tuple[object, ...]) -> QPixmap | None:
    """The pixmap stored under ``key``, if any (see :func:`cached_pixmap`)."""
    return _STAMPS.get(key)


def cached_pixmap(
    key: tuple[object, ...],
    size: tuple[float, float],
    ratio: float,
    draw: Callable[[QPainter], None],
) -> QPixmap:
    """The pixmap stored under ``key``, else one of ``size`` logical pixels at ``ratio`` that
    ``draw`` paints on a transparent ground (antialiased), stored for next time."""
    stamp = _STAMPS.get(key)
    if stamp is None:
        stamp = _STAMPS.put(key, _drawn_pixmap(size, ratio, draw))
    return stamp


def _drawn_pixmap(
    size: tuple[float, float], ratio: float, draw: Callable[[QPainter], None]
) -> QPixmap:
    stamp = QPixmap(math.ceil(size[0] * ratio), math.ceil(size[1] * ratio))
    stamp.setDevicePixelRatio(ratio)
    stamp.fill(Qt.GlobalColor.transparent)
    painter = QPainter(stamp)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    draw(painter)
    painter.end()
    return stamp
