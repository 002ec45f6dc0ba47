"""Free-text search finds exactly what the plain definition finds: every word of the search,
casefolded, inside an event's own texts (any language) or its people's and organizations'
names, whatever the texts hold (expanding case folds, Chinese, NUL, line breaks, emoji)."""

from __future__ import annotations

import random
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzzing import fuzz_settings
from xiaomi_timeline.core import textsearch
from xiaomi_timeline.core.query import FilterState, TimelineIndex
from xiaomi_timeline.core.schema import Document, Event, all_texts
from xiaomi_timeline.core.textsearch import SearchTexts, event_search_text

# Letters whose case fold is longer (ß -> ss, ﬁ -> fi, İ -> i̇) or differs from lower (ς),
# Chinese, an emoji outside the BMP, and the characters the search texts use between texts and
# events (line break, NUL), mixed with plain ASCII.
ALPHABET = "abcAB xyzXßẞﬁİıΣσς小米雷军😀\n\x00\t-.,é"


def _text(rng: random.Random, longest: int = 12) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, longest)))


def _localized(rng: random.Random) -> str | dict[str, str]:
    if rng.random() < 0.3:
        return {lang: _text(rng) for lang in rng.sample(["en", "id", "zh"], rng.randint(1, 3))}
    return _text(rng)


def _event(rng: random.Random, number: int) -> dict[str, Any]:
    event: dict[str, Any] = {
        "id": f"e{number}",
        "title": _localized(rng),
        "start": f"{1990 + number % 30}",
        "category": "c",
    }
    if rng.random() < 0.7:
        event["description"] = _localized(rng)
    if rng.random() < 0.2:
        event["date_note"] = _localized(rng)
    if rng.random() < 0.5:
        event["tags"] = [_text(rng, 5) for _ in range(rng.randint(1, 3))]
    return event


def _events(raw: list[dict[str, Any]]) -> list[Event]:
    return [Event.model_validate(event) for event in raw]


def _plain(events: list[Event], word: str) -> list[bool]:
    return [word in event_search_text(event) for event in events]


def _words(rng: random.Random, events: list[Event], count: int) -> list[str]:
    """Words as a search splits them: pieces of the events' texts, or made up."""
    words: list[str] = []
    while len(words) < count:
        if rng.random() < 0.6:
            source = rng.choice(events).title
            text = rng.choice(all_texts(source))
            start = rng.randrange(len(text))
            piece = text[start : start + rng.randint(1, 6)]
        else:
            piece = _text(rng, 4)
        words += piece.casefold().split()
    return words


@pytest.mark.parametrize("chunk_events", [7, 1000, textsearch.CHUNK_EVENTS])
@pytest.mark.parametrize("dense", [2, textsearch.DENSE, 10**9])
def test_thousands_of_random_events_agree_with_the_plain_definition(
    monkeypatch: pytest.MonkeyPatch, chunk_events: int, dense: int
) -> None:
    monkeypatch.setattr(textsearch, "CHUNK_EVENTS", chunk_events)
    monkeypatch.setattr(textsearch, "DENSE", dense)  # every word the long way, or none
    rng = random.Random(chunk_events * 31 + dense)
    events = _events([_event(rng, n) for n in range(3000)])
    texts = SearchTexts.of(events)
    for word in [*_words(rng, events, 60), "ss", "fi", "ß", "σ", "i̇", "😀", "é."]:
        if "\x00" not in word:  # the index searches those one event at a time
            assert texts.find(word).tolist() == _plain(events, word), repr(word)


@fuzz_settings(examples=60)
@given(
    st.lists(
        st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=8), min_size=1, max_size=4),
        min_size=1,
        max_size=40,
    ),
    st.text(alphabet=ALPHABET, min_size=1, max_size=4),
)
def test_any_texts_and_word_agree_with_the_plain_definition(
    event_texts: list[list[str]], typed: str
) -> None:
    events = _events(
        [
            {
                "id": f"e{n}",
                "title": texts[0],
                "description": {"en": texts[-1], "zh": texts[0]},
                "start": "2020",
                "category": "c",
                "tags": texts[1:],
            }
            for n, texts in enumerate(event_texts)
        ]
    )
    texts = SearchTexts.of(events)
    for word in typed.casefold().split():
        if "\x00" not in word:
            assert texts.find(word).tolist() == _plain(events, word)


def test_empty_document_finds_nothing() -> None:
    assert SearchTexts.of([]).find("a").size == 0


def _document(events: list[dict[str, Any]]) -> Document:
    return Document.model_validate(
        {
            "schema_version": 1,
            "title": "search",
            "categories": [{"id": "c", "label": "C"}],
            "people": [
                {"id": "lei-jun", "name": {"en": "Lei Jun", "zh": "雷军"}, "aliases": ["Lei"]}
            ],
            "organizations": [{"id": "xiaomi", "name": "Xiaomi"}],
            "events": events,
        }
    )


def test_one_event_in_the_middle_of_a_big_document_is_found() -> None:
    events: list[dict[str, Any]] = [
        {"id": f"e{n}", "title": f"Routine event {n}", "start": "2020", "category": "c"}
        for n in range(40_000)
    ]
    events[23_456]["description"] = {"en": "Keynote at the Straße", "zh": "小米发布会"}
    index = TimelineIndex(_document(events))
    assert index.query(FilterState(text="STRASSE keynote")).ids == ["e23456"]
    assert index.query(FilterState(text="发布")).ids == ["e23456"]
    expected = [f"e{n}" for n in range(40_000) if "2345" in str(n)]
    assert sorted(index.query(FilterState(text="routine 2345")).ids) == sorted(expected)


def test_index_search_agrees_with_texts_and_names() -> None:
    rng = random.Random(7)
    raw = [_event(rng, n) for n in range(2000)]
    for event in raw[::3]:
        event["people"] = ["lei-jun"]
    for event in raw[::5]:
        event["organizations"] = ["xiaomi"]
    index = TimelineIndex(_document(raw))
    events = list(index.events)
    names = {"lei-jun": ("lei-jun", "lei jun", "雷军", "lei"), "xiaomi": ("xiaomi",)}

    def plain(event: Event, word: str) -> bool:
        owners = (*event.people, *event.organizations)
        return word in event_search_text(event) or any(
            word in name for owner in owners for name in names[owner]
        )

    nul = ["\x00", "a\x00", "\x00 ß"]  # NUL separates events in the search texts
    for text in ["雷", "LEI ab", "mi", "xiaomi ß", "j", *nul, *_words(rng, events, 40)]:
        expected = [e.id for e in events if all(plain(e, w) for w in text.casefold().split())]
        assert index.query(FilterState(text=text)).ids == expected, repr(text)


def test_a_word_with_a_nul_is_refused() -> None:
    with pytest.raises(ValueError, match="NUL"):
        SearchTexts.of([]).find("a\x00")


def test_masks_come_back_in_the_order_of_the_events_given() -> None:
    events = _events(
        [
            {"id": f"e{n}", "title": f"t{n % 3}", "start": "2020", "category": "c"}
            for n in range(100)
        ]
    )
    found = SearchTexts.of(events[::-1]).find("t1")
    assert np.flatnonzero(found).tolist() == [n for n in range(100) if (99 - n) % 3 == 1]
