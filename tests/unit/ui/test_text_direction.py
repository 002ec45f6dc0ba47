"""Arabic and Hebrew names and titles among left-to-right text keep their own order."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from xiaomi_timeline.ui.text_direction import ellipsis_inside, isolated
from xiaomi_timeline.ui.timeline.scene import LabelTexts, label_font

ARABIC_TITLE = "اجتماع مجلس الإدارة يناقش ميزانية الذكاء الاصطناعي للعام المقبل"


def test_a_cut_arabic_title_keeps_its_ellipsis_at_its_own_end(qtbot: QtBot) -> None:
    """Elided on the timeline, the ellipsis belongs to the Arabic run (a right-to-left mark
    after it), so it is drawn at the left, where an Arabic reader's text ends."""
    titles = [f"Event number {n} with a long English title" for n in range(2000)]
    titles[1500] = ARABIC_TITLE
    texts = LabelTexts(lambda i: titles[i], label_font(13), unshaped_latin=True)
    cut = texts.elided(1500, 120.0)
    assert cut.endswith("…\u200f")
    assert ARABIC_TITLE.startswith(cut.rstrip("…\u200f\u200d"))  # Qt adds a joiner
    latin = texts.elided(7, 120.0)
    assert latin.endswith("…")
    assert "\u200f" not in latin


def test_only_right_to_left_texts_are_marked() -> None:
    assert isolated("فاطمة الزهراء") == "\u2068فاطمة الزهراء\u2069"
    assert isolated("דוד כהן") == "\u2068דוד כהן\u2069"
    assert isolated("罗福莉") == "罗福莉"
    assert isolated("Luo Fuli") == "Luo Fuli"
    assert ellipsis_inside("Luo Fuli joins…") == "Luo Fuli joins…"
    assert ellipsis_inside("اجتماع…") == "اجتماع…\u200f"
    assert ellipsis_inside("اجتماع مجلس") == "اجتماع مجلس"
