"""The whole legend in a popup, opened from the folded one-line legend under the lanes."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from xiaomi_timeline.ui.timeline.frames import TimelineFrame
from xiaomi_timeline.ui.timeline.legend import legend_height, paint_legend


def whole_legend(frame: TimelineFrame, width: float) -> QPixmap:
    """The frame's legend unfolded, as wide as ``width``, on a picture."""
    scene = replace(frame.scene, legend_lines=0, static_text=False)
    height = legend_height(width, scene, frame.legend_extras)
    pixmap = QPixmap(round(width), round(height))
    pixmap.fill(scene.palette.header)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        paint_legend(painter, QRectF(0, 0, width, height), scene, frame.legend_extras)
    finally:
        painter.end()
    return pixmap


class LegendPopup(QFrame):
    """A popup showing the whole legend; any click outside or Escape closes it."""

    def __init__(self, frame: TimelineFrame, width: float, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("legend-popup")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFrameShape(QFrame.Shape.Box)
        self.setAccessibleName(self.tr("Timeline legend"))
        picture = QLabel(self)
        picture.setPixmap(whole_legend(frame, width))
        picture.setAccessibleName(self.accessibleName())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(picture)


def show_legend_popup(frame: TimelineFrame, canvas: QWidget) -> LegendPopup:
    """Open the whole legend just above the legend band of ``canvas``."""
    width = frame.regions.legend.width()
    popup = LegendPopup(frame, width, canvas)
    popup.adjustSize()
    legend = frame.regions.legend
    top_left = canvas.mapToGlobal(QPoint(round(legend.left()), round(legend.bottom())))
    popup.move(top_left.x(), top_left.y() - popup.height())
    popup.show()
    return popup
