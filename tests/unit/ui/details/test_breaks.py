"""Break opportunities in very long words of the detail pane's HTML: where they go, what they
never touch, and that taking them out gives the file's text back."""

from __future__ import annotations

import html
import random
import re
import string

from hypothesis import given
from hypothesis import strategies as st

from xiaomi_timeline.ui.details.breaks import (
    BREAK,
    LONGEST_UNBROKEN,
    PIECE,
    with_breaks,
    without_breaks,
)

BASE64 = string.ascii_letters + string.digits + "+/"


def _data_uri(length: int) -> str:
    chooser = random.Random(7)
    return "data:image/png;base64," + "".join(chooser.choice(BASE64) for _ in range(length))


def test_a_long_word_gets_a_break_at_least_every_piece_and_comes_back_whole() -> None:
    word = _data_uri(300_000)
    markup = f"<p><b>Notes</b> {html.escape(word)}</p>"
    broken = with_breaks(markup)
    pieces = broken.split(BREAK)
    assert len(pieces) >= len(word) // PIECE
    assert max(map(len, pieces[1:-1])) <= PIECE
    assert html.unescape(without_breaks(broken)) == html.unescape(markup)


def test_ordinary_text_urls_chinese_and_tags_are_left_alone() -> None:
    url = "https://example.org/" + "a" * (LONGEST_UNBROKEN - 30)
    chinese = "罗福莉" * 200  # the layout breaks Chinese anywhere by itself
    markup = (
        f"<p><a href='{html.escape('https://example.org/' + 'x' * 5000)}'>{url}</a> "
        f"{chinese} plain words</p>"
    )
    broken = with_breaks(markup)
    assert broken.count(BREAK) == 0
    assert broken == markup


def test_a_break_never_splits_a_character_reference() -> None:
    word = ("a&b" * 200) + ('"' * 100) + ("'" * 100)  # escaped: &amp; &quot; &#x27;
    escaped = html.escape(word, quote=True)
    broken = with_breaks(f"<p>{escaped}</p>")
    assert BREAK in broken
    for piece in broken.split(BREAK):
        assert piece.count("&") == piece.count(";")  # every reference whole in one piece
    assert without_breaks(broken) == f"<p>{escaped}</p>"


def test_the_files_own_zero_width_spaces_in_other_scripts_are_kept_on_copy() -> None:
    thai = "ภาษา\u200bไทย\u200bสวย"
    assert without_breaks(thai) == thai


WORDS = st.lists(
    st.text(alphabet=st.sampled_from("ab&;#x'\"<>/=é中\u200b"), max_size=500), max_size=4
)


@given(WORDS.map(" ".join))
def test_any_text_escaped_then_broken_unescapes_to_itself(text: str) -> None:
    escaped = html.escape(text.replace(BREAK, ""), quote=True)
    broken = with_breaks(f"<p>{escaped}</p>")
    assert html.unescape(without_breaks(broken)) == html.unescape(f"<p>{escaped}</p>")
    runs_of_ascii = re.findall(r"[!-;=?-~]+", broken)  # what the layout cannot break by itself
    assert all(len(run) <= LONGEST_UNBROKEN for run in runs_of_ascii)
