"""The detail pane in the window: what it says about an event, its links, no HTML from the file."""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QUrl

from tests.big_documents import grow
from tests.unit.ui.driving import WindowFactory
from xiaomi_timeline.core.query import TimelineIndex
from xiaomi_timeline.core.schema import Document, text_in
from xiaomi_timeline.ui.details.pane import DetailPane, internal_link, parse_internal_link
from xiaomi_timeline.ui.search_marks import MAX_MARKS

# The offscreen platform warns whenever a window's minimum size changes; harmless there.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_detail_pane_links_set_filters_and_open_only_web_links(
    make_window: WindowFactory, sample_file: Path
) -> None:
    window = make_window(str(sample_file), "--select", "hire")
    opened: list[QUrl] = []
    window.detail_pane.open_url = opened.append
    window.detail_pane.anchorClicked.emit(QUrl("xtl:person/lei-jun"))
    assert window.session.filter.people == frozenset({"lei-jun"})
    window.detail_pane.anchorClicked.emit(QUrl("xtl:event/born"))
    assert window.session.selected_id == "born" and window.session.filter.is_empty()
    window.detail_pane.anchorClicked.emit(QUrl("https://example.org/report"))
    window.detail_pane.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == [QUrl("https://example.org/report")]


def test_detail_pane_never_renders_html_from_the_file(
    make_window: WindowFactory, sample_document: dict[str, Any], write_document: Callable[..., Path]
) -> None:
    hostile = '<b>x</b><img src="file:///etc/passwd"><a href="https://evil.example">y</a>'
    sample_document["events"][0]["title"] = hostile
    sample_document["events"][0]["description"] = "<script>alert(1)</script>&amp;"
    window = make_window(str(write_document(sample_document)), "--select", "born")
    pane = window.detail_pane
    assert hostile in pane.toPlainText()
    assert "<script>alert(1)</script>&amp;" in pane.toPlainText()
    assert "<img" not in pane.toHtml()
    links = re.findall(r'href="([^"]*)"', pane.toHtml())
    assert links and not [link for link in links if "evil" in link]
    assert pane.loadResource(2, QUrl("file:///etc/passwd")) is None
    assert not pane.openLinks() and not pane.openExternalLinks()


def test_details_show_the_status_with_its_source_count_meaning_and_note(
    make_window: WindowFactory, write_document: Callable[..., Path], sample_document: dict[str, Any]
) -> None:
    sample_document["events"][0]["status_note"] = "Only the university page says so."
    window = make_window(str(write_document(sample_document)), "--select", "born")
    lines = window.detail_pane.toPlainText().splitlines()
    assert "■ Category: Career" in lines
    at = lines.index("Status: Confirmed · 1 source")
    assert lines[at + 1] == "Only the university page says so."  # no meaning: none given
    window.session.select("hire")
    assert "Status: Reported · 2 sources" in window.detail_pane.toPlainText().splitlines()


def test_an_event_citing_no_source_never_reads_as_backed_by_its_sources(
    make_window: WindowFactory, write_document: Callable[..., Path], sample_document: dict[str, Any]
) -> None:
    del sample_document["events"][0]["sources"]
    del sample_document["events"][0]["status"]  # nor says how sure it is
    window = make_window(str(write_document(sample_document)), "--select", "born")
    lines = window.detail_pane.toPlainText().splitlines()
    at = lines.index("Status: Reported (the file gives no status) · no sources cited")
    assert lines[at + 1] == "No source is cited for this event, so it cannot be checked here."
    assert "cited sources" not in window.detail_pane.toPlainText()


def test_sources_cited_only_in_a_disagreement_are_listed_and_counted(
    make_window: WindowFactory,
    write_document: Callable[..., Path],
    sample_document: dict[str, Any],
) -> None:
    """A reader must be able to open the evidence for every competing claim."""
    plan = sample_document["events"][2]
    plan["sources"] = ["S1"]  # S2 now backs only the competing claim
    window = make_window(str(write_document(sample_document)), "--select", "plan")
    lines = window.detail_pane.toPlainText().splitlines()
    assert "Status: Disputed · 2 sources" in lines
    at = lines.index("Also cited where sources disagree:")
    assert lines[at + 1].startswith("A mirror")


@pytest.mark.parametrize("item_id", ["luo-fuli", "a/b c", "罗福莉", "x?y#z"])
def test_internal_links_carry_any_id_back_intact(item_id: str) -> None:
    link = QUrl(internal_link("person", item_id))
    assert parse_internal_link(link) == ("person", item_id)
    assert parse_internal_link(QUrl("https://example.org/person/x")) is None
    assert parse_internal_link(QUrl("xtl:person")) is None


def test_the_pane_on_its_own_shows_an_event_and_turns_links_into_signals(
    qtbot: QtBot, sample_document: dict[str, Any]
) -> None:
    index = TimelineIndex(Document.model_validate(sample_document))
    pane = DetailPane()
    qtbot.addWidget(pane)
    event = index.events[index.position_of("hire") or 0]
    pane.show_event(event, index, "en")
    assert pane.event_id == "hire"
    assert text_in(event.title, "en") in pane.toPlainText()
    people: list[str] = []
    pane.person_clicked.connect(people.append)
    pane.anchorClicked.emit(QUrl(internal_link("person", "lei-jun")))
    assert people == ["lei-jun"]
    assert pane.loadResource(2, QUrl("file:///etc/passwd")) is None  # never loads a resource
    pane.show_event(None, index, "en")
    assert pane.event_id is None
    assert text_in(index.document.title, "en") in pane.toPlainText()


def test_an_event_with_an_embedded_image_address_shows_and_copies_exactly(
    make_window: WindowFactory, sample_document: dict[str, Any], write_document: Callable[..., Path]
) -> None:
    """A pasted data: address of 300,000 characters used to freeze the window for minutes
    while the pane laid it out; it is shown and copied whole, every other text untouched."""
    document = grow(sample_document, 600)
    chooser = random.Random(3)
    blob = "data:image/png;base64," + "".join(
        chooser.choice(string.ascii_letters + string.digits + "+/=") for _ in range(300_000)
    )
    thai = "ภาษา\u200bไทย"  # a zero-width space of the file's own, kept
    document["events"][450]["description"] = f"{thai} {blob}"
    document["events"][450]["id"] = "with-image"
    window = make_window(str(write_document(document)), "--select", "with-image")
    pane = window.detail_pane
    assert pane.event_id == "with-image"
    pane.selectAll()
    copied = pane.createMimeDataFromSelection()
    assert f"{thai} {blob}" in copied.text()
    assert blob in copied.html()
    assert "\u200b" in pane.toPlainText()  # the layout was given places to wrap the blob


def test_a_search_word_found_thousands_of_times_marks_the_first_thousand_at_once(
    qtbot: QtBot, sample_document: dict[str, Any]
) -> None:
    """Marking each of the ~250,000 places of a word in a long text held the window for
    minutes; the details now mark the first MAX_MARKS of each word."""
    sample_document["events"][0]["description"] = "lorem ipsum dolor sit amet " * 40_000
    index = TimelineIndex(Document.model_validate(grow(sample_document, 600)))
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_event(index.events[index.position_of("born") or 0], index, "en")
    assert pane.mark_search(("lorem", "amet")) == 2 * MAX_MARKS
    assert pane.mark_search(("dolor sit",)) == MAX_MARKS
    assert pane.extraSelections()[0].cursor.selectedText() == "dolor sit"
    assert pane.mark_search(("nowhere",)) == 0
