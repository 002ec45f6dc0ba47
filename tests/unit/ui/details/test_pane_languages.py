"""The detail pane in each content language: a text the data has in the reader's language is
shown as it is; a text shown in another language says which, so it is never taken for a
translation."""

from __future__ import annotations

import html
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.visible_texts import event_texts
from xiaomi_timeline.core.loading.loader import load_builtin, load_bytes
from xiaomi_timeline.core.query import TimelineIndex
from xiaomi_timeline.core.schema import Document, text_and_language, text_in
from xiaomi_timeline.core.settings import CONTENT_LANGUAGES
from xiaomi_timeline.ui.details.pane import DetailPane, EventHtml, intro_html, language_name

MARK_START = " <span style='color: #888888'>(in "


def marked(text: str, language: str) -> str:
    """How the pane shows ``text`` when it is in ``language``, not the reader's."""
    return f"{text}{MARK_START}{language})</span>"


@pytest.fixture(scope="module")
def builtin_index() -> TimelineIndex:
    return TimelineIndex(load_builtin())


def shown(value: Any, language: str, default: str) -> tuple[str, str | None]:
    text, lang = text_and_language(value, language, default)
    return html.escape(text, quote=True), lang


@pytest.mark.parametrize("language", CONTENT_LANGUAGES)
def test_every_event_says_which_texts_are_in_another_language(
    builtin_index: TimelineIndex, language: str
) -> None:
    default = builtin_index.document.default_language
    fallbacks = 0
    for event in builtin_index.events:
        page = EventHtml(builtin_index, language).build(event)
        for kind, where, value in event_texts(event):
            text, lang = shown(value, language, default)
            assert text in page, (where, kind)
            if lang == language:
                assert text + MARK_START not in page, (where, kind)
            else:
                assert marked(text, language_name(str(lang))) in page, (where, kind)
                fallbacks += 1
    if language in ("en", "id"):
        assert fallbacks == 0  # the whole story is there in English and in Indonesian
    else:
        assert fallbacks > 0  # the Chinese content leaves notes in English, and says so


def tiny_document(**texts: Any) -> Document:
    return Document.model_validate(
        {
            "schema_version": 1,
            "title": texts.get("doc_title", "Tiny"),
            "default_language": "en",
            "languages": ["en", "id", "zh-Hans"],
            "categories": [{"id": "c", "label": {"en": "Product", "zh-Hans": "产品"}}],
            "sources": [
                {"id": "S1", "title": {"vi": "Tiêu đề"}, "language": "vi"},
                {"id": "S2", "title": {"en": "A report, described"}, "language": "vi"},
            ],
            "events": [
                {
                    "id": "e",
                    "title": texts["title"],
                    "start": "2024-05",
                    "category": "c",
                    "sources": ["S1", "S2"],
                    "date_note": texts.get("date_note", "Month only."),
                }
            ],
        }
    )


def test_a_fallback_names_its_language_and_a_translation_is_unmarked() -> None:
    document = tiny_document(title={"id": "Judul saja"}, date_note="Month only.")
    index = TimelineIndex(document)
    (event,) = document.events
    page = EventHtml(index, "en").build(event)
    assert marked("Judul saja", "Indonesian") in page
    assert "Month only." in page and "Month only." + MARK_START not in page
    page = EventHtml(index, "zh-Hans").build(event)
    assert marked("Month only.", "English") in page  # a plain string is the default's
    assert "产品" in page and "产品" + MARK_START not in page


def test_a_sources_own_title_is_unmarked_but_our_description_of_it_is() -> None:
    document = tiny_document(title={"en": "Title", "id": "Judul"})
    index = TimelineIndex(document)
    page = EventHtml(index, "id").build(document.events[0])
    assert "Tiêu đề" in page and "Tiêu đề" + MARK_START not in page
    assert marked("A report, described", "English") in page


def test_the_introduction_marks_notes_it_shows_in_another_language() -> None:
    document = tiny_document(title="t", doc_title={"en": "Tiny", "zh-Hans": "小"})
    assert "小" in intro_html(document, "zh-Hans")
    assert marked("Tiny", "English") in intro_html(document, "id")


def test_the_pane_shows_the_marker_to_a_chinese_reader(qtbot: QtBot) -> None:
    index = TimelineIndex(load_builtin())
    by_id = {event.id: event for event in index.events}
    pane = DetailPane()
    qtbot.addWidget(pane)
    hire = by_id["luo-fuli-xiaomi-hire-reported"]
    pane.show_event(hire, index, "zh-Hans")
    plain = pane.toPlainText()
    assert "报道称雷军招揽罗福莉领导小米AI大模型团队" in plain
    assert text_in(hire.date_note, "zh-Hans") + "\n" in plain
    assert "(in English)" not in plain  # all of it is there in Chinese
    mimo = by_id["xiaomi-mimo-7b"]  # facts.md gives no Chinese wording for its description
    pane.show_event(mimo, index, "zh-Hans")
    assert f"{text_in(mimo.description, 'en')} (in English)" in pane.toPlainText()
    pane.show_event(hire, index, "id")
    plain = pane.toPlainText()
    assert f"{text_in(hire.date_note, 'id')}\n" in plain  # Indonesian, unmarked
    assert "(in English)" not in plain  # sources' notes and our descriptions of them too


def test_a_file_that_names_no_language_gets_no_language_marker(qtbot: QtBot) -> None:
    """An imported CSV's Chinese title read in Chinese or Indonesian is not "(in English)":
    the file never said what language its texts are in."""
    document = load_bytes("start,title\n2020-05-01,小米发布新手机\n".encode(), "zh.csv")
    index = TimelineIndex(document)
    pane = DetailPane()
    qtbot.addWidget(pane)
    for language in ("zh-Hans", "id"):
        pane.show_event(index.events[0], index, language)
        assert "小米发布新手机" in pane.toPlainText()
        assert "(in " not in pane.toPlainText()
        assert "(in " not in intro_html(document, language)
    declared = Document.model_validate(
        {**document.model_dump(by_alias=True, exclude_none=True), "default_language": "en"}
    )
    assert "(in English)" in html.unescape(intro_html(declared, "id"))
