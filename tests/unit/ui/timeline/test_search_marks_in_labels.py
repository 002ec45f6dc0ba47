"""The free-text search marks its words in the timeline's labels, where the label shows them,
as the table and the detail pane do."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QColor, QFontMetricsF

from xiaomi_timeline.core.loading.loader import load_builtin
from xiaomi_timeline.core.query import FilterState, TimelineIndex
from xiaomi_timeline.ui.search_marks import MARK_COLOR
from xiaomi_timeline.ui.timeline.canvas import TimelineCanvas
from xiaomi_timeline.ui.timeline.frames import TimelineFrame


def searched_canvas(qtbot: QtBot, text: str, width: int = 900) -> TimelineCanvas:
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(width, 600)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.set_result(TimelineIndex(load_builtin()).query(FilterState(text=text)))
    canvas.repaint()
    return canvas


def shown_labels(frame: TimelineFrame) -> list[tuple[int, str, QRectF]]:
    """(event, text shown, box) of the labels drawn in the lanes band."""
    texts, lanes = frame.scene.texts, frame.regions.lanes
    half = texts.metrics.height() / 2
    return [
        (
            item.index,
            texts.elided(item.index, item.label.x1 - item.label.x0),
            QRectF(item.label.x0, item.y - half, item.label.x1 - item.label.x0, half * 2),
        )
        for item in frame.layout.items
        if item.label is not None and lanes.top() <= item.y <= lanes.bottom()
    ]


def test_each_shown_occurrence_of_the_words_is_marked_over_its_letters(qtbot: QtBot) -> None:
    canvas = searched_canvas(qtbot, "luo xiaomi")
    frame = canvas.current_frame()
    assert frame is not None
    expected: list[QRectF] = []
    for index, text, box in shown_labels(frame):
        metrics = QFontMetricsF(frame.scene.texts.font_of(index))
        lowered = text.lower()
        for word in ("luo", "xiaomi"):
            start = lowered.find(word)
            while start >= 0:
                left = box.left() + metrics.horizontalAdvance(text[:start])
                width = metrics.horizontalAdvance(text[start : start + len(word)])
                expected.append(QRectF(left, box.top(), width, box.height()))
                start = lowered.find(word, start + 1)
    key = lambda r: (round(r.top()), round(r.left()))  # noqa: E731
    marks = sorted(frame.search_marks, key=key)
    assert len(marks) == len(expected) > 10
    for mark, want in zip(marks, sorted(expected, key=key), strict=True):
        assert abs(mark.left() - want.left()) < 0.5 and abs(mark.width() - want.width()) < 0.5
        assert mark.top() == want.top()


def test_the_marks_are_painted_and_gone_without_a_search(qtbot: QtBot) -> None:
    canvas = searched_canvas(qtbot, "Fuli")
    frame = canvas.current_frame()
    assert frame is not None and frame.search_marks
    mark = frame.search_marks[0]
    point = QPoint(round(mark.center().x()), round(mark.top() + 2))
    marked = QColor(canvas.grab().toImage().pixel(point))
    assert marked.red() > 200 and marked.blue() < marked.green() - 40  # yellow over the text
    canvas.set_result(TimelineIndex(load_builtin()).query(FilterState()))
    canvas.repaint()
    frame = canvas.current_frame()
    assert frame is not None and frame.search_marks == ()
    plain = QColor(canvas.grab().toImage().pixel(point))
    assert plain != marked
    assert MARK_COLOR.alpha() < 255  # the letters stay readable under the mark


def test_a_word_cut_off_by_the_elision_is_not_marked(qtbot: QtBot) -> None:
    canvas = searched_canvas(qtbot, "Beijing", width=520)
    frame = canvas.current_frame()
    assert frame is not None
    titled = [
        (text, box)
        for index, text, box in shown_labels(frame)
        if "Beijing" in frame.scene.texts.title(index)
    ]
    assert titled
    for text, box in titled:
        inside = [m for m in frame.search_marks if box.contains(m.center())]
        assert len(inside) == text.count("Beijing")
    assert any("Beijing" not in text for text, _ in titled)
