"""The whole-window bench waits for the views that have something new to show, and only for
those: a filter list whose counts stayed the same does not repaint, and must not make a run
wait its time limit out (seen with a search for a word whose prefix found the same events)."""

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QApplication, QLabel, QListView

from xiaomi_timeline.bench.window import PaintWatch


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def test_a_list_whose_rows_did_not_change_is_not_waited_for(qtbot: QtBot) -> None:
    model = QStringListModel(["Luo Fuli (3)", "Lei Jun (5)"])
    view = QListView()
    view.setModel(model)
    label = QLabel("12 events")
    for widget in (view, label):
        qtbot.addWidget(widget)
        widget.show()
    _settle()
    watch = PaintWatch({"list": view.viewport(), "count": label}, {"list": model})

    watch.arm()
    assert watch.missing() == {"count"}
    label.setText("7 events")
    _settle()
    assert watch.missing() == set()

    watch.arm()
    model.setData(model.index(0, 0), "Luo Fuli (1)")
    assert watch.missing() == {"list", "count"}
    label.setText("3 events")
    _settle()
    assert watch.missing() == set()
    assert "list" in watch.first_paint
