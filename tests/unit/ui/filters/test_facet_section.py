"""One filter list on its own: name search in any script, Enter ticks, chips wrap in rows."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from typing_extensions import override

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPaintEvent, QRegion
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from xiaomi_timeline.ui.filters.facet_section import MAX_ROWS, FacetSection, FlowLayout
from xiaomi_timeline.ui.i18n.language import apply_ui_language
from xiaomi_timeline.ui.models import FacetItem, facet_search_text

PEOPLE = [
    FacetItem(f"p{n}", f"Person {n}", facet_search_text(f"p{n}", f"Person {n}"))
    for n in range(2000)
] + [FacetItem("luo-fuli", "Luo Fuli", facet_search_text("luo-fuli", "Luo Fuli", ["罗福莉"]))]


@pytest.fixture
def people(qtbot: QtBot) -> FacetSection:
    section = FacetSection(lambda: "People", "person-filter", search=lambda: "Find a person")
    qtbot.addWidget(section)
    section.model.set_items(PEOPLE)
    return section


def shown_ids(section: FacetSection) -> list[str]:
    model = section.proxy
    return [
        model.data(model.index(row, 0), Qt.ItemDataRole.UserRole + 3)
        for row in range(model.rowCount())
    ]


def test_a_chinese_name_finds_the_person_among_thousands(people: FacetSection) -> None:
    assert people.search is not None
    people.search.setText("罗福莉")
    assert shown_ids(people) == ["luo-fuli"]
    people.tick_highlighted()  # Enter in the search box
    assert people.model.checked() == frozenset({"luo-fuli"})


def test_enter_with_no_match_ticks_nothing(people: FacetSection) -> None:
    assert people.search is not None
    ticked: list[frozenset[str]] = []
    people.model.checked_changed.connect(ticked.append)
    people.search.setText("nobody at all")
    assert shown_ids(people) == []
    QTest.keyClick(people.search, Qt.Key.Key_Return)
    assert ticked == [] and people.model.checked() == frozenset()
    people.clear_search()
    assert len(shown_ids(people)) == len(PEOPLE)


def test_a_long_list_asks_for_eight_rows_and_grows_only_into_room_to_spare(
    people: FacetSection,
) -> None:
    row = max(people.view.sizeHintForRow(0), 12)
    assert people.view.sizeHint().height() < 10 * row
    assert people.view.minimumHeight() < 4 * row
    assert people.proxy.rowCount() > MAX_ROWS  # thousands of people: the list scrolls
    assert 8 * row < people.view.maximumHeight() <= MAX_ROWS * row + 8


def test_chips_wrap_to_a_new_row_when_the_width_runs_out(qtbot: QtBot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    layout = FlowLayout(box, spacing=4)
    for n in range(5):
        chip = QPushButton(f"chip {n}")
        chip.setFixedSize(QSize(100, 20))
        layout.addWidget(chip)
    assert layout.heightForWidth(520) == 20  # 5 x 100 + 4 x 4 spacing = 516: one row
    assert layout.heightForWidth(300) == 3 * 20 + 2 * 4  # two a row: rows of 2, 2 and 1


class _Painted(QObject):
    """The regions a widget is asked to repaint."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.regions: list[QRegion] = []
        widget.installEventFilter(self)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QPaintEvent):
            self.regions.append(QRegion(event.region()))
        return False


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen, harmless
def test_a_tick_repaints_its_row_alone(people: FacetSection) -> None:
    """Ticking a row repaints that row, not the whole list laid out again (a list view
    lays out every item after a change it cannot tell apart from a new size)."""
    people.resize(260, 300)
    people.show()
    QTest.qWaitForWindowExposed(people)
    QApplication.processEvents()
    painted = _Painted(people.view.viewport())
    people.proxy.setData(
        people.proxy.index(2, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    for _ in range(3):
        QApplication.processEvents()
    row = people.view.visualRect(people.proxy.index(2, 0))
    assert painted.regions
    assert all(row.contains(region.boundingRect()) for region in painted.regions)
    assert people.model.checked() == frozenset({"p2"})


def test_counts_are_written_as_the_interface_language_writes_numbers(
    people: FacetSection,
) -> None:
    """A lane said "35,119 events" while its filter row said "(35119)"."""
    first = PEOPLE[0]
    people.model.set_counts({first.id: 35119})
    row = people.model.index(0, 0)
    assert people.model.data(row) == f"{first.label} (35,119)"
    apply_ui_language("id")
    try:
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        assert people.model.data(row) == f"{first.label} (35.119)"
    finally:
        apply_ui_language("en")
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert people.model.data(row) == f"{first.label} (35,119)"


def test_a_list_the_file_gives_nothing_for_says_so(qtbot: QtBot) -> None:
    """A file without organizations: the list says there are none, instead of a blank box;
    before any file is shown it says nothing, and a file with some lists them."""
    section = FacetSection(lambda: "Organizations", "organization-filter", search=lambda: "Find")
    qtbot.addWidget(section)
    assert section.view.empty_text == ""
    section.model.set_items([])
    assert section.view.empty_text == "None in this file"
    apply_ui_language("id")
    try:
        QApplication.processEvents()  # the language change arrives as an event
        assert section.view.empty_text == "Tidak ada di berkas ini"
    finally:
        apply_ui_language("en")
    section.model.set_items(PEOPLE[:3])
    assert section.view.empty_text == ""
