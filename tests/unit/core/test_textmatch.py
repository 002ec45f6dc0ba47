"""Search matches are found where the search finds them: any case, overlapping words merged."""

from __future__ import annotations

from xiaomi_timeline.core.textmatch import match_spans, search_terms


def test_every_word_is_found_in_any_case() -> None:
    text = "Luo Fuli joins Xiaomi; XIAOMI confirms"
    assert match_spans(text, search_terms("xiaomi luo")) == [(0, 3), (15, 21), (23, 29)]


def test_overlapping_words_make_one_mark() -> None:
    assert match_spans("DeepSeek-V2", ("deep", "pseek")) == [(0, 8)]


def test_words_that_are_not_there_mark_nothing() -> None:
    assert match_spans("Lei Jun", search_terms("zhang")) == []
    assert match_spans("", ("x",)) == []
    assert match_spans("x", ()) == []


def test_search_text_is_split_as_the_search_splits_it() -> None:
    assert search_terms("  gpu   cluster gpu ") == ("gpu", "cluster")


def test_regex_characters_are_plain_text() -> None:
    assert match_spans("a.b (c) a+b", search_terms("(c) a+b")) == [(4, 7), (8, 11)]
