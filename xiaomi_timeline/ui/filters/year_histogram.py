"""Events per year as bars; click a year or drag across years to filter by a year range.
Over deep time each bar counts a round run of years (10 million years, say) and chooses it
whole.

Keyboard: Left/Right move the focused year, Shift+Left/Right extend the range, Space or Enter
chooses the focused year, Delete or Backspace clears the range, Home/End jump to the ends.
"""

from __future__ import annotations

from typing_extensions import override

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from xiaomi_timeline.ui.i18n.dates import year_range_text, year_text
from xiaomi_timeline.ui.i18n.words import events_count

_AXIS_HEIGHT = 16
_LABEL_GAP = 6
_STEPS = (1, 2, 5, 10, 20, 50)
_NAV_KEYS = frozenset(
    k.value for k in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End)
)


def axis_step(bar_width: float, room: float) -> int:
    """Years between axis labels: the smallest round step (1, 2, 5, 10, 20, 50, 100, 200,
    ...) that leaves ``room`` pixels per label when each year is ``bar_width`` wide."""
    scale = 1
    while True:
        for step in _STEPS:
            if step * scale * bar_width >= room:
                return step * scale
        scale *= 100


class YearHistogram(QWidget):
    """A bar per year with the chosen range highlighted.

    Signals:
        years_selected(object): the chosen (first, last) years, or None for all years.
    """

    years_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("year-filter")
        self.setAccessibleName(self.tr("Years"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self._first = 0
        self._step = 1
        self._counts: list[int] = []
        self._selection: tuple[int, int] | None = None
        self._cursor: int | None = None
        self._drag_anchor: int | None = None
        self._update_description()

    # -- data ------------------------------------------------------------------------------

    def set_counts(self, counts: dict[int, int], step: int = 1) -> None:
        """Events per year for every year of the document (years without events may be
        absent), or per run of ``step`` years keyed by its first year."""
        self._step = step
        if counts:
            self._first = min(counts)
            last = max(counts)
            self._counts = [counts.get(y, 0) for y in range(self._first, last + 1, step)]
        else:
            self._counts = []
        if (tooltip := self._tooltip()) != self.toolTip():
            self.setToolTip(tooltip)
        self.update()

    def set_selection(self, years: tuple[int, int] | None) -> None:
        self._selection = years
        self._update_description()
        self.update()

    def selection(self) -> tuple[int, int] | None:
        return self._selection

    def year_range(self) -> tuple[int, int] | None:
        """The first years of the first and the last bar."""
        if not self._counts:
            return None
        return self._first, self._first + (len(self._counts) - 1) * self._step

    def count(self, year: int) -> int:
        offset = (year - self._first) // self._step
        return self._counts[offset] if 0 <= offset < len(self._counts) else 0

    def bar_text(self, year: int) -> str:
        """The years of the bar starting at ``year``: "2019", or a run of years."""
        return year_range_text(year, year + self._step - 1)

    # -- geometry --------------------------------------------------------------------------

    def _bar_width(self) -> float:
        # Fractional below a pixel too: every year stays inside the widget, however many.
        return max(0.05, (self.width() - 2) / max(1, len(self._counts)))

    def year_at(self, x: float) -> int | None:
        if not self._counts:
            return None
        offset = int((x - 1) / self._bar_width())
        return self._first + max(0, min(len(self._counts) - 1, offset)) * self._step

    def x_of(self, year: int) -> float:
        """Centre of the bar of ``year`` (for tests and tooltips)."""
        return 1 + ((year - self._first) / self._step + 0.5) * self._bar_width()

    @override
    def sizeHint(self) -> QSize:
        return QSize(240, 84)

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(120, 60)

    # -- painting --------------------------------------------------------------------------

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if not self._counts:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No events"))
            return
        plot_height = self.height() - _AXIS_HEIGHT - 4
        self._paint_bars(painter, palette, plot_height)
        self._paint_axis(painter, plot_height + 4)
        self._paint_cursor(painter, plot_height)

    def _paint_bars(self, painter: QPainter, palette: QPalette, plot_height: float) -> None:
        """A bar per year (or step of years), the selected ones highlighted. What is the same
        for every bar is worked out once: the widget paints with every filter click."""
        peak = max(self._counts) or 1
        width = self._bar_width()
        gap = 1.0 if width >= 3 else 0.0
        bar_width = max(1.0, width - gap)
        base = 2 + plot_height
        selection, first, step = self._selection, self._first, self._step
        plain = palette.color(QPalette.ColorRole.Mid)
        chosen = palette.color(QPalette.ColorRole.Highlight)
        fill = painter.fillRect
        for offset, count in enumerate(self._counts):
            year = first + offset * step
            selected = selection is not None and (
                selection[0] <= year + step - 1 and year <= selection[1]
            )
            height = 0.0 if count == 0 else max(2.0, plot_height * count / peak)
            left = 1 + offset * width + gap / 2
            fill(QRectF(left, base - height, bar_width, height), chosen if selected else plain)

    def axis_labels(self) -> list[tuple[int, float]]:
        """(year, left x) of the axis labels: round years, evenly stepped, never overlapping.

        The step is the smallest of 1, 2, 5, 10, 20, 50, 100, ... years whose labels fit with a
        gap; labels at the edges are nudged inside the widget, or left out if that would make
        them overlap a neighbour.
        """
        if not self._counts:
            return []
        metrics = self.fontMetrics()
        first, last = self._first, self._first + (len(self._counts) - 1) * self._step
        label_width = max(metrics.horizontalAdvance(year_text(y)) for y in (first, last, 1000))
        step = self._step * axis_step(self._bar_width(), label_width + _LABEL_GAP)
        spans: list[tuple[int, float, float]] = []  # year, left, right
        for year in range(-(-first // step) * step, last + 1, step):
            width = metrics.horizontalAdvance(year_text(year))
            left = max(0.0, min(self.width() - width, self.x_of(year) - width / 2))
            spans.append((year, left, left + width))
        # Only the two end labels can have been nudged into a neighbour: drop them, not it.
        if len(spans) > 1 and spans[0][2] + _LABEL_GAP > spans[1][1]:
            spans.pop(0)
        if len(spans) > 1 and spans[-2][2] + _LABEL_GAP > spans[-1][1]:
            spans.pop()
        return [(year, left) for year, left, _ in spans]

    def _paint_axis(self, painter: QPainter, top: float) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        baseline = top + painter.fontMetrics().ascent()
        for year, left in self.axis_labels():
            painter.drawText(QPointF(left, baseline), year_text(year))

    def _paint_cursor(self, painter: QPainter, plot_height: float) -> None:
        if self.hasFocus():
            painter.setPen(self.palette().color(QPalette.ColorRole.Highlight))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
            if self._cursor is not None:
                offset = (self._cursor - self._first) // self._step
                width = self._bar_width()
                painter.drawRect(
                    QRectF(1 + offset * width, 1, max(2.0, width - 1), plot_height + 1)
                )

    # -- mouse -----------------------------------------------------------------------------

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        year = self.year_at(event.position().x())
        self._drag_anchor = year
        self._cursor = year
        self.update()

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        year = self.year_at(event.position().x())
        if year is not None:
            self.setToolTip(f"{self.bar_text(year)}: {events_count(self.count(year))}")
        if self._drag_anchor is not None and year is not None:
            self._cursor = year
            self._show_pending(self._drag_anchor, year)

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        anchor, self._drag_anchor = self._drag_anchor, None
        year = self.year_at(event.position().x())
        if anchor is None or year is None:
            return
        chosen = (min(anchor, year), max(anchor, year) + self._step - 1)
        if anchor == year and self._selection == chosen:
            self._choose(None)  # a second click on the only chosen year clears it
        else:
            self._choose(chosen)

    def _show_pending(self, a: int, b: int) -> None:
        self._selection = (min(a, b), max(a, b) + self._step - 1)
        self.update()

    def _choose(self, years: tuple[int, int] | None) -> None:
        self.set_selection(years)
        self.years_selected.emit(years)

    # -- keyboard --------------------------------------------------------------------------

    @override
    def event(self, event: QEvent) -> bool:
        # Keep arrow keys here while focused instead of the window's previous/next shortcuts.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._wants_key(event.key())
        ):
            event.accept()
            return True
        return super().event(event)

    def _wants_key(self, key: int) -> bool:
        if not self._counts:
            return False
        if key == Qt.Key.Key_Escape:
            return self._selection is not None
        return key in _NAV_KEYS

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        bounds = self.year_range()
        if bounds is None:
            super().keyPressEvent(event)
            return
        key = event.key()
        cursor = self._cursor if self._cursor is not None else self._default_cursor(bounds)
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        moves: dict[int, int] = {
            Qt.Key.Key_Left.value: cursor - self._step,
            Qt.Key.Key_Right.value: cursor + self._step,
            Qt.Key.Key_Home.value: bounds[0],
            Qt.Key.Key_End.value: bounds[1],
        }
        if key in moves:
            self._move_cursor(max(bounds[0], min(bounds[1], moves[key])), extend=shift)
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._cursor = cursor
            self._choose((cursor, cursor + self._step - 1))
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Escape):
            if self._selection is None:
                super().keyPressEvent(event)
                return
            self._choose(None)
        else:
            super().keyPressEvent(event)

    def _default_cursor(self, bounds: tuple[int, int]) -> int:
        return self._selection[0] if self._selection else bounds[1]

    def _move_cursor(self, year: int, *, extend: bool) -> None:
        previous = self._cursor
        self._cursor = year
        if extend:
            last_bar = None if self._selection is None else self._selection[1] - self._step + 1
            anchor = (
                previous
                if self._selection is None
                else (self._selection[0] if previous == last_bar else last_bar)
            )
            if anchor is None:
                anchor = year
            self._choose((min(anchor, year), max(anchor, year) + self._step - 1))
        self.setAccessibleDescription(
            self.tr("Year %1: %2")
            .replace("%1", self.bar_text(year))
            .replace("%2", events_count(self.count(year)))
        )
        self.update()

    @override
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def _tooltip(self) -> str:
        return self.tr(
            "Events per year: click a year or drag across years to filter; click again to clear"
        )

    def _update_description(self) -> None:
        if self._selection is None:
            text = self.tr("All years")
        elif self._selection[0] == self._selection[1]:
            text = self.tr("Year %1").replace("%1", year_text(self._selection[0]))
        else:
            first, last = (year_text(y) for y in self._selection)
            text = self.tr("Years %1 to %2").replace("%1", first).replace("%2", last)
        self.setAccessibleDescription(text)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Years"))
            self._update_description()
            self.setToolTip(self._tooltip())
            self.update()
        super().changeEvent(event)
