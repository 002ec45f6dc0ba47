"""Room to read: every active filter stays in sight as a chip above the timeline, adding
filters never moves the filter lists under the pointer, and the lists show whole rows."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from xiaomi_timeline.core.query import FilterState
from xiaomi_timeline.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

SIX_FILTERS = FilterState(
    people=frozenset({"luo-fuli", "lei-jun"}),
    years=(2019, 2024),
    categories=frozenset({"research", "product"}),
    statuses=frozenset({"confirmed", "reported"}),
    organizations=frozenset({"deepseek"}),
    text="deepseek",
)


def top_in_window(window: MainWindow, widget: object) -> QPoint:
    assert hasattr(widget, "mapTo")
    return widget.mapTo(window, QPoint(0, 0))  # type: ignore[no-any-return]


@pytest.mark.parametrize("size", ["1280x800", "1024x700", "1920x1080"])
def test_every_active_filter_is_in_sight(make_window: Callable[..., MainWindow], size: str) -> None:
    window = make_window("--size", size)
    window.session.set_filter(SIX_FILTERS)
    QApplication.processEvents()
    bar = window.filter_panel.chip_bar
    chips = bar.chip_buttons()
    assert len(chips) == 9  # two people, two categories, two statuses, years, org, text
    for chip in chips:
        assert chip.isVisible()
        assert bar.rect().contains(chip.geometry()), chip.text()
    timeline_top = top_in_window(window, window.timeline).y()
    assert top_in_window(window, bar).y() + bar.height() <= timeline_top


def test_filters_never_move_the_lists_under_the_pointer(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window("--size", "1280x800")
    panel = window.filter_panel
    QApplication.processEvents()
    where = top_in_window(window, panel.people.view)
    for state in (FilterState(people=frozenset({"luo-fuli"})), SIX_FILTERS, FilterState()):
        window.session.set_filter(state)
        QApplication.processEvents()
        assert top_in_window(window, panel.people.view) == where


def test_the_first_filter_does_not_move_the_timeline(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window("--size", "1280x800")
    QApplication.processEvents()
    bar = window.filter_panel.chip_bar
    placeholder = bar.findChild(QLabel, "no-filters")
    assert placeholder is not None and placeholder.isVisible()
    before = top_in_window(window, window.timeline)
    window.session.set_filter(FilterState(people=frozenset({"luo-fuli"})))
    QApplication.processEvents()
    assert top_in_window(window, window.timeline) == before
    shown = bar.findChild(QLabel, "no-filters")
    assert shown is None or not shown.isVisible()


@pytest.mark.parametrize("size", ["1280x800", "1024x700", "1920x1080"])
def test_filter_lists_show_whole_rows(make_window: Callable[..., MainWindow], size: str) -> None:
    window = make_window("--size", size)
    QApplication.processEvents()
    panel = window.filter_panel
    for section in (panel.people, panel.categories, panel.statuses, panel.organizations):
        view = section.view
        row = view.sizeHintForRow(0)
        assert row > 0
        assert view.viewport().height() % row == 0, view.objectName()
        assert view.viewport().height() >= 3 * row, view.objectName()


def shown_rows(view: object) -> int:
    assert hasattr(view, "viewport") and hasattr(view, "sizeHintForRow")
    return int(view.viewport().height() // view.sizeHintForRow(0))


def test_with_room_to_spare_every_list_shows_all_its_rows(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window("--size", "1920x1080")
    QApplication.processEvents()
    panel = window.filter_panel
    for section in (panel.people, panel.categories, panel.statuses, panel.organizations):
        assert shown_rows(section.view) == section.proxy.rowCount(), section.view.objectName()
        heading, view = section.heading, section.view
        gap = view.mapTo(panel, QPoint(0, 0)).y() - heading.mapTo(panel, QPoint(0, 0)).y()
        assert gap < 3 * heading.height()  # the room to spare is not spread inside sections


def test_folding_sections_gives_their_room_to_the_other_lists(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window("--size", "1280x800")
    QApplication.processEvents()
    panel = window.filter_panel
    before = {s.view.objectName(): shown_rows(s.view) for s in (panel.people, panel.categories)}
    assert before["category-filter"] >= 8
    panel.years_heading.click()
    panel.statuses.heading.click()
    QApplication.processEvents()
    assert not panel.years.isVisible() and not panel.statuses.view.isVisible()
    assert shown_rows(panel.categories.view) == panel.categories.proxy.rowCount() == 10
    assert shown_rows(panel.people.view) > before["person-filter"]
    panel.years_heading.click()
    QApplication.processEvents()
    assert panel.years.isVisible()


def test_a_section_heading_folds_its_list_from_the_keyboard_and_says_so(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window("--size", "1280x800")
    section = window.filter_panel.organizations
    heading = section.heading
    assert heading.accessibleName() == "Organizations"
    assert heading.accessibleDescription() == "Expanded; press to hide"
    heading.setFocus()
    QTest.keyClick(heading, Qt.Key.Key_Space)
    QApplication.processEvents()
    assert not section.view.isVisible() and section.search is not None
    assert not section.search.isVisible()
    assert heading.accessibleDescription() == "Collapsed; press to show"
    assert heading.arrowType() == Qt.ArrowType.RightArrow
    QTest.keyClick(heading, Qt.Key.Key_Space)
    QApplication.processEvents()
    assert section.view.isVisible() and heading.arrowType() == Qt.ArrowType.DownArrow


def test_a_long_search_text_is_cut_short_in_its_chip_not_widening_the_window(
    make_window: Callable[..., MainWindow],
) -> None:
    text = "xiaomi luo fuli deepseek " * 10  # 250 characters
    window = make_window("--builtin", "--size", "1280x800", "--text", text)
    QApplication.processEvents()
    assert window.width() == 1280
    (chip,) = window.filter_panel.chip_bar.chip_buttons()
    assert chip.text().endswith("…  ✕") and len(chip.text()) < 80
    assert text.strip() in chip.accessibleName()  # whole for a screen reader and the tooltip
    details = window.details_dock
    assert window.rect().contains(details.geometry()), "the details stay on screen"
