"""What a claim status or a source's reliability means is the document's to say: shown in its
words where it defines them, and as the bare level where it does not."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from xiaomi_timeline.core.loading.loader import load_builtin, load_bytes
from xiaomi_timeline.core.query import FilterState, TimelineIndex
from xiaomi_timeline.ui.details.pane import DetailPane
from xiaomi_timeline.ui.export.events import event_lines
from xiaomi_timeline.ui.filters.panel import FilterPanel
from xiaomi_timeline.ui.models import STATUS as STATUS_COLUMN
from xiaomi_timeline.ui.models import EventTableModel
from xiaomi_timeline.ui.window.dialogs import about_box

# The scale the app used to put on every file; words a user's file never said.
APP_WORDS = (
    "establish what happened",
    "not independently confirmed",
    "Sources disagree on what happened",
    "Primary record",
    "Secondary report",
    "Aggregator, SEO mirror",
)

MEANINGS = {
    "status_meanings": {
        "confirmed": {"en": "Two outlets agree", "id": "Dua media sepakat"},
        "reported": "One outlet says so",
    },
    "reliability_meanings": {"low": {"en": "A content farm", "id": "Ladang konten"}},
}


def _index(document: dict[str, Any]) -> TimelineIndex:
    return TimelineIndex(load_bytes(json.dumps(document).encode()))


def _pane_text(qtbot: QtBot, index: TimelineIndex, event_id: str, language: str = "en") -> str:
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_event(index.event(event_id), index, language)
    return pane.toPlainText()


def _facet_tooltips(qtbot: QtBot, index: TimelineIndex, language: str = "en") -> list[str]:
    panel = FilterPanel()
    qtbot.addWidget(panel)
    panel.set_index(index, language)
    model = panel.statuses.model
    tips = [model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole) for row in range(3)]
    return [re.sub("<[^>]+>", "", tip or "") for tip in tips]  # rich-text tooltips, as text


def test_a_file_without_meanings_shows_the_levels_alone(
    qtbot: QtBot, sample_document: dict[str, Any]
) -> None:
    index = _index(sample_document)
    texts = [_pane_text(qtbot, index, e.id) for e in index.events]
    texts += [
        line for e in index.events for line in event_lines(index.query(FilterState()), e, "en")
    ]
    texts += _facet_tooltips(qtbot, index)
    table = EventTableModel()
    table.set_result(index.query(FilterState()), "en")
    texts += [
        str(table.data(table.index(row, STATUS_COLUMN), Qt.ItemDataRole.ToolTipRole) or "")
        for row in range(table.rowCount())
    ]
    for words in APP_WORDS:
        assert not any(words in text for text in texts), words
    plan = _pane_text(qtbot, index, "plan").splitlines()
    assert "Status: Disputed · 2 sources" in plan
    assert "Aggregator, low reliability" in plan  # the source's level, nothing added
    assert "Example News, 20 December 2024, high reliability" in plan


@pytest.mark.parametrize(
    ("language", "confirmed", "low"),
    [("en", "Two outlets agree", "A content farm"), ("id", "Dua media sepakat", "Ladang konten")],
)
def test_a_file_that_defines_meanings_is_shown_in_its_words(
    qtbot: QtBot, sample_document: dict[str, Any], language: str, confirmed: str, low: str
) -> None:
    index = _index({**sample_document, **MEANINGS})
    born = _pane_text(qtbot, index, "born", language).splitlines()
    assert born[born.index("Status: Confirmed · 1 source") + 1] == confirmed
    assert f"Aggregator, low reliability: {low}" in _pane_text(qtbot, index, "plan", language)
    assert _facet_tooltips(qtbot, index, language) == [confirmed, "One outlet says so", ""]
    hire = index.event("hire")
    assert hire is not None
    lines = event_lines(index.query(FilterState()), hire, language)
    assert lines[1].endswith("· Reported: One outlet says so")


def test_meanings_for_an_unknown_level_are_a_located_problem(
    sample_document: dict[str, Any],
) -> None:
    document = {**sample_document, "status_meanings": {"rumoured": "Heard somewhere"}}
    with pytest.raises(Exception, match=r"status_meanings"):
        load_bytes(json.dumps(document, indent=1).encode(), "t.json")


def test_the_builtin_data_set_defines_its_own_meanings(qtbot: QtBot) -> None:
    document = load_builtin()
    assert set(document.status_meanings) == {"confirmed", "reported", "disputed"}
    assert set(document.reliability_meanings) == {"high", "medium", "low"}
    index = TimelineIndex(document)
    low = next(s for s in document.sources if s.reliability == "low")
    event = next(e for e in document.events if low.id in e.sources)
    text = _pane_text(qtbot, index, event.id)
    assert "low reliability: Aggregator, SEO mirror or AI-written summary" in text


def test_a_source_the_file_does_not_rate_is_shown_without_a_reliability(
    qtbot: QtBot, sample_document: dict[str, Any]
) -> None:
    for source in sample_document["sources"]:
        del source["reliability"]
    index = _index(sample_document)
    plan = _pane_text(qtbot, index, "plan").splitlines()
    assert "Aggregator" in plan  # its publisher, and no level the file never gave
    assert "Example News, 20 December 2024" in plan
    assert not any("reliability" in line for line in plan)
    hire = index.event("hire")
    assert hire is not None
    assert not any(
        "reliability" in line for line in event_lines(index.query(FilterState()), hire, "en")
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    about = about_box(parent, index.document, "t.json", "en")
    assert "(0 high, 0 medium, 0 low reliability, 2 not rated by the file)" in about.text()
