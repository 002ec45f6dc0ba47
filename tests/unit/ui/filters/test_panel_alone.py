"""The filter panel on its own: it shows a FilterState and sends every edit back whole."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from xiaomi_timeline.core.query import FilterState, TimelineIndex
from xiaomi_timeline.core.schema import Document
from xiaomi_timeline.ui.filters import panel as panel_module
from xiaomi_timeline.ui.filters.panel import FilterPanel


@pytest.fixture
def panel(qtbot: QtBot, sample_document: dict[str, Any]) -> tuple[FilterPanel, TimelineIndex]:
    index = TimelineIndex(Document.model_validate(sample_document))
    widget = FilterPanel()
    qtbot.addWidget(widget)
    widget.set_index(index, "en")
    widget.show_result(index.query(FilterState()))
    return widget, index


def test_ticking_a_person_sends_the_whole_new_filter(
    panel: tuple[FilterPanel, TimelineIndex],
) -> None:
    widget, _ = panel
    state = FilterState(years=(2019, 2024))
    widget.show_filter(state)
    sent: list[FilterState] = []
    widget.filter_edited.connect(sent.append)
    model = widget.people.model
    row = model.row_of("luo-fuli")
    assert row is not None
    model.setData(model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert sent == [state.replace(people=frozenset({"luo-fuli"}))]


def test_chips_name_each_choice_in_the_content_language(
    panel: tuple[FilterPanel, TimelineIndex],
) -> None:
    widget, index = panel
    widget.set_index(index, "zh-Hans")
    widget.show_filter(
        FilterState(
            people=frozenset({"luo-fuli"}),
            organizations=frozenset({"xiaomi"}),
            years=(2024, 2024),
            text=" deepseek ",
        )
    )
    assert widget.chip_labels() == [
        "Text: “deepseek”",
        f"Person: {index.person_name('luo-fuli', 'zh-Hans')}",
        "Years: 2024",
        "Org: 小米",
    ]


def test_clear_all_sends_an_empty_filter_once(panel: tuple[FilterPanel, TimelineIndex]) -> None:
    widget, _ = panel
    widget.show_filter(FilterState(statuses=frozenset({"reported"})))
    sent: list[FilterState] = []
    widget.filter_edited.connect(sent.append)
    widget.clear_all()
    assert sent == [FilterState()]
    widget.show_filter(FilterState())
    widget.clear_all()  # nothing left to clear: nothing sent
    assert sent == [FilterState()]


class _Clock:
    """Stands in for time.perf_counter: the test says how much time passes."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(("on_worker", "waits_longer"), [(True, False), (False, True)])
def test_only_time_that_held_the_window_lengthens_the_wait_after_the_next_key(
    panel: tuple[FilterPanel, TimelineIndex],
    monkeypatch: pytest.MonkeyPatch,
    on_worker: bool,
    waits_longer: bool,
) -> None:
    widget, index = panel
    clock = _Clock()
    monkeypatch.setattr(panel_module, "time", SimpleNamespace(perf_counter=clock))
    shortest = widget._text_timer.interval()
    widget.filter_edited.connect(widget.show_filter)  # as the session answers
    widget.search_field.setText("plan")
    widget.apply_text()
    widget.show_search_pending(on_worker)
    clock.now += 0.4  # the search takes 400 ms, on the worker or on the interface thread
    widget.show_search_pending(False)
    clock.now += 0.01  # showing its result
    widget.show_result(index.query(FilterState(text="plan")))
    assert (widget._text_timer.interval() > shortest) == waits_longer
