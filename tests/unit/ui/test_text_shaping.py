"""Tables and filter lists draw Latin text unshaped (cheaper) and every other script shaped."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView

from tests.big_documents import grow
from xiaomi_timeline.core.loading.loader import load_path
from xiaomi_timeline.core.query import FilterState, TimelineIndex
from xiaomi_timeline.ui.filters.facet_section import FacetSection
from xiaomi_timeline.ui.models import TITLE, EventTableModel, FacetItem
from xiaomi_timeline.ui.text_shaping import draw_unshaped, is_simple

ARABIC = "قرار مجلس الإدارة"
HINDI = "शाओमी ने टीम बनाई"
CHINESE = "小米成立大模型团队"
LATIN = "Xiaomi forms a large-model team"


def _drawn_font(view: Any, index: QModelIndex) -> QFont:
    """The font Qt paints ``index`` in: the view's, resolved with the model's font role."""
    option = QStyleOptionViewItem()
    option.font = view.font()
    QStyledItemDelegate().initStyleOption(option, index)
    return QFont(option.font)  # a copy: the option owns its font


def test_shaping_matters_for_these_texts(qtbot: QtBot) -> None:
    """The check below is worth making: drawn unshaped, Arabic measures otherwise."""
    shaped, plain = QFont(), QFont()
    plain.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    assert QFontMetricsF(shaped).horizontalAdvance(ARABIC) != pytest.approx(
        QFontMetricsF(plain).horizontalAdvance(ARABIC)
    )
    assert is_simple(LATIN) and is_simple("Ñandú café")
    assert not any(is_simple(t) for t in (ARABIC, HINDI, CHINESE, "", "a\0b"))


def test_table_draws_only_latin_cells_unshaped(
    qtbot: QtBot, sample_document: dict[str, Any], write_document: Callable[..., Path]
) -> None:
    document = grow(copy.deepcopy(sample_document), 3000)
    titles = {100: ARABIC, 1500: HINDI, 2999: CHINESE}
    for n, event in enumerate(document["events"]):
        event["title"] = titles.get(n, f"{LATIN} {n}")
    index = TimelineIndex(load_path(write_document(document)))
    model = EventTableModel()
    model.set_result(index.query(FilterState()))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    draw_unshaped(view)
    strategies = {}
    for row in range(model.rowCount()):
        cell = model.index(row, TITLE)
        strategies[model.data(cell)] = _drawn_font(view, cell).styleStrategy()
    unshaped = QFont.StyleStrategy.PreferNoShaping
    assert len(strategies) == 3000
    assert {t: s for t, s in strategies.items() if s != unshaped} == {
        ARABIC: QFont.StyleStrategy.PreferDefault,
        HINDI: QFont.StyleStrategy.PreferDefault,
        CHINESE: QFont.StyleStrategy.PreferDefault,
    }
    assert _drawn_font(view, model.index(0, TITLE)).family() == view.font().family()


def test_filter_list_draws_only_latin_names_unshaped(qtbot: QtBot) -> None:
    section = FacetSection(lambda: "People", "person-filter", search=lambda: "Find a person")
    qtbot.addWidget(section)
    names = [f"Person {n}" for n in range(2000)]
    names[700] = "لو فولي"
    section.model.set_items([FacetItem(f"p{n}", name) for n, name in enumerate(names)])
    view = section.view
    drawn = {
        names[row]: _drawn_font(view, section.proxy.index(row, 0)).styleStrategy()
        for row in range(section.proxy.rowCount())
    }
    assert len(drawn) == 2000
    assert [name for name, s in drawn.items() if s != QFont.StyleStrategy.PreferNoShaping] == [
        "لو فولي"
    ]
