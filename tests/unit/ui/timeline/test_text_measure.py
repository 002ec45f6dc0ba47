"""Labels measured and elided in batches read exactly as Qt would cut them: the same width,
the same characters before the ellipsis, whatever the title (kerning, ligatures, other
scripts, odd spacing)."""

from __future__ import annotations

import random

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

from xiaomi_timeline.ui.text_direction import ellipsis_inside
from xiaomi_timeline.ui.timeline.scene import (
    ELIDE_STEP,
    LabelTexts,
    TextMeasure,
    TitleStore,
    label_font,
)

TITLES = [
    "DeepSeek Technologies ships a flagship phone on AI safety",
    "Zhipu Holdings files a chip patent",
    "Office affiliates fly to Tokyo; AVA, WAVE, T.Y. Vo",  # kerning and "ffi"/"fl"
    "fluffy waffle stuff offers fifty fjords",
    "Xiaomi's MiMo-7B: reasoning (RL) at 7B — report",
    "Luo Fuli 罗福莉 joins Xiaomi",  # CJK: Qt measures it
    "Ünïcödé façade: Łódź, Ærø, Ñandú",
    "a\u0301 combining accent",
    "two  spaces and a trailing one ",
    " leading space",
    "x",
    "",
    "Lei Jun",
    "W" * 40,
]


def _batched(pixel_size: int) -> tuple[QFontMetricsF, TextMeasure]:
    """Qt's metrics and the batch measure of one label font (skips if it cannot batch)."""
    font = label_font(pixel_size)
    measure = TextMeasure(font)
    if not measure.batched:
        pytest.skip("this machine's font disagrees with the batch model: Qt measures it")
    return QFontMetricsF(font), measure


@pytest.mark.parametrize("pixel_size", [11, 13, 16])
def test_batch_widths_equal_qt(qtbot: QtBot, pixel_size: int) -> None:
    fm, measure = _batched(pixel_size)
    assert measure.widths(TITLES) == [fm.horizontalAdvance(t) for t in TITLES]


@pytest.mark.parametrize("pixel_size", [11, 13])
def test_batch_elisions_equal_qt(qtbot: QtBot, pixel_size: int) -> None:
    fm, measure = _batched(pixel_size)
    widths = list(range(0, 420, 3))
    for title in TITLES:
        got = measure.elided([title] * len(widths), widths)
        want = [fm.elidedText(title, Qt.TextElideMode.ElideRight, w) for w in widths]
        assert got == want, title


def test_label_texts_batches_match_single_lookups(qtbot: QtBot) -> None:
    """What the painter asks for in a batch is what it would get label by label."""
    rng = random.Random(5)
    words = [
        "Xiaomi",
        "office",
        "affiliate",
        "AVA",
        "Tokyo",
        "flagship",
        "Wolf",
        "patent",
        "files",
        "a",
        "on",
        "reasoning",
        "MiMo",
        "Vo",
        "T.Y.",
    ]
    titles = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 9))) for _ in range(300)]
    font = label_font(13)
    fm = QFontMetricsF(font)
    batched = LabelTexts(lambda i: titles[i], font)
    single = LabelTexts(lambda i: titles[i], font)
    indices = list(range(len(titles)))
    assert batched.widths(indices) == [single.width(i) for i in indices]
    labels = [(i, rng.uniform(20, 300)) for i in indices]
    batched.prepare_elided(labels)
    for i, width in labels:
        step = int(width) // ELIDE_STEP * ELIDE_STEP
        text = batched.elided(i, width)
        assert text == single.elided(i, width)
        if text != titles[i]:
            assert text == fm.elidedText(titles[i], Qt.TextElideMode.ElideRight, step)


def test_warming_a_big_model_measures_what_frames_would(qtbot: QtBot) -> None:
    """Titles measured ahead while a big document loads are the widths a frame gets."""
    titles = [f"Office {i} affiliates fly to Tokyo with AVA #{i * 7}" for i in range(3000)]
    font = label_font(13)
    fm = QFontMetricsF(font)
    warmed = LabelTexts(lambda i: titles[i], font)
    warmed.warm(len(titles), sample=100)
    for i in (0, 30, 31, 2999):
        assert warmed.width(i) == fm.horizontalAdvance(titles[i]) + 1


def test_screen_labels_draw_latin_unshaped_and_other_scripts_shaped(qtbot: QtBot) -> None:
    """Latin titles skip shaping on screen (cheaper, still legible); Arabic must be shaped to
    join its letters. Each title is measured and cut in the font it is drawn in."""
    titles = [
        "Office affiliates fly to Tokyo; AVA",
        "مرحبا بالعالم Xiaomi",
        "罗福莉 joins",
        "Ünïcödé façade",
    ] * 10
    font = label_font(13)
    texts = LabelTexts(lambda i: titles[i], font, unshaped_latin=True)
    fonts = [texts.font_of(i) for i in range(4)]
    no_shaping = QFont.StyleStrategy.PreferNoShaping
    assert [bool(f.styleStrategy() & no_shaping) for f in fonts] == [True, False, False, True]
    widths = texts.widths(list(range(len(titles))))  # a batch, as a frame asks
    for i, title in enumerate(titles[:4]):
        fm = QFontMetricsF(fonts[i])
        assert widths[i] == fm.horizontalAdvance(title) + 1, title
    texts.prepare_elided([(i, 60.0) for i in range(len(titles))])
    for i, title in enumerate(titles[:4]):
        step = 60 // ELIDE_STEP * ELIDE_STEP
        want = QFontMetricsF(fonts[i]).elidedText(title, Qt.TextElideMode.ElideRight, step)
        assert texts.elided(i, 60.0) == ellipsis_inside(want), title  # Arabic: + RLM
    export = LabelTexts(lambda i: titles[i], font)  # vector output: every title shaped
    assert all(export.font_of(i) is export.font for i in range(4))


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("Luo Fuli begins undergraduate studies at Beijing Normal University", ["Beijing"]),
        ("罗福莉在知乎称赞DeepSeek-V2的中文水准", ["DeepSeek", "罗福莉"]),
        ("小米五年研发投入超1000亿元的计划", ["1000"]),
    ],
)
def test_a_title_on_two_lines_breaks_where_lines_may_break_and_fits(
    qapp: object, title: str, words: list[str]
) -> None:
    texts = LabelTexts(lambda _: title, label_font(13))
    metrics = QFontMetricsF(texts.font_of(0))
    whole = texts.width(0)
    assert texts.wrapped(0, whole / 3) is None  # three lines' worth: not two
    wrapped = texts.wrapped(0, whole * 0.6)
    assert wrapped is not None
    wider, first, second = wrapped
    assert first and second
    assert (first + " " + second if " " in title else first + second) == title
    assert max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second)) < wider
    assert wider <= whole * 0.6 + 0.01 and wider == texts.wrap_width(0, whole * 0.6)
    for word in words:
        assert word in first or word in second  # a word is never cut in two


@pytest.mark.parametrize("unshaped_latin", [True, False])
def test_two_lines_found_in_a_batch_are_the_two_lines_qt_measures(
    qtbot: QtBot, unshaped_latin: bool
) -> None:
    """Breaking many titles at once gives each the lines and width it gets alone, and
    those lines are as wide as Qt measures them, at any room."""
    rng = random.Random(7)
    words = ["Office", "affiliates", "fly", "AVA", "Tokyo;", "well-known", "T.Y.", "Łódź"]
    words += ["AI-Vo", "post-Tokyo", "L-Y", "r-T"]  # kerning where a line ends
    titles = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 10))) for _ in range(200)]
    titles += [*TITLES, "罗福莉在知乎称赞DeepSeek-V2的中文水准"]
    font = label_font(13)
    batched = LabelTexts(lambda i: titles[i], font, unshaped_latin=unshaped_latin)
    single = LabelTexts(lambda i: titles[i], font, unshaped_latin=unshaped_latin)
    indices = list(range(len(titles)))
    narrowest = batched.wrap_widths(indices)
    assert narrowest == [single.wrap_width(i, 10_000.0) for i in indices]
    assert sum(1 for w in narrowest if w > 0) > 150  # most titles have a break
    for i, width in zip(indices, narrowest, strict=True):
        fm = QFontMetricsF(batched.font_of(i))
        for room in (width - 1, width, width + 40):
            lines = batched.wrapped(i, room)
            assert lines == single.wrapped(i, room)
            assert (lines is not None) == (0 < width <= room)
        if width > 0:
            wider, first, second = batched.wrapped(i, width) or (0.0, "", "")
            assert wider == max(fm.horizontalAdvance(first), fm.horizontalAdvance(second)) + 1


def test_a_title_measured_under_one_filter_is_not_measured_again_under_another(
    qtbot: QtBot,
) -> None:
    """Lane models of one document share what was measured, by each event's place in the
    document: a filter showing events seen before asks for none of their titles again,
    and gets what they would measure."""
    titles = [f"Office {i} affiliates fly to Tokyo with AVA and partners #{i}" for i in range(400)]
    font = label_font(13)
    store = TitleStore()
    asked: list[int] = []

    def texts_of(positions: list[int]) -> LabelTexts:
        def title(index: int) -> str:
            asked.append(positions[index])
            return titles[positions[index]]

        return LabelTexts(title, font, store=store, key=positions.__getitem__)

    first = texts_of(list(range(0, 400, 2)))  # "a filter": the even events
    first_widths = first.widths(range(200))
    first_wraps = first.wrap_widths(list(range(200)))
    first.prepare_elided([(i, 120.0) for i in range(200)])
    first_elided = [first.elided(i, 120.0) for i in range(200)]
    asked.clear()
    second = texts_of(list(range(0, 400, 4)))  # another: every fourth, all seen before
    assert second.widths(range(100)) == first_widths[::2]
    assert second.wrap_widths(list(range(100))) == first_wraps[::2]
    second.prepare_elided([(i, 120.0) for i in range(100)])
    assert [second.elided(i, 120.0) for i in range(100)] == first_elided[::2]
    assert asked == []
    fresh = LabelTexts(lambda i: titles[i * 4], font)
    assert second.widths(range(100)) == fresh.widths(range(100))
    assert second.wrap_widths(list(range(100))) == fresh.wrap_widths(list(range(100)))


def test_a_full_store_starts_afresh_and_measures_the_same(qtbot: QtBot) -> None:
    titles = [f"Zhipu files patent number {i} on speech" for i in range(300)]
    store = TitleStore(limit=250)
    font = label_font(13)
    first = LabelTexts(lambda i: titles[i], font, store=store)
    widths = first.widths(range(300))
    wraps = first.wrap_widths(list(range(300)))
    second = LabelTexts(lambda i: titles[i], font, store=store)  # over the limit: emptied
    assert len(store.widths) == 0
    assert second.widths(range(300)) == widths and second.wrap_widths(list(range(300))) == wraps
