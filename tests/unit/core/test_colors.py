"""Categories the file gives no colour are still told apart: each gets the next of a fixed set."""

from __future__ import annotations

from xiaomi_timeline.core.colors import CATEGORY_COLORS, NEUTRAL_COLOR, NO_GROUP_ID
from xiaomi_timeline.core.query import TimelineIndex
from xiaomi_timeline.core.schema import Category, Document, Event


def _index(categories: list[Category]) -> TimelineIndex:
    events = [
        Event(id=f"e{n}", title="t", start="2020", category=c.id) for n, c in enumerate(categories)
    ]
    return TimelineIndex(
        Document(schema_version=1, title="t", categories=tuple(categories), events=tuple(events))
    )


def test_six_uncoloured_categories_get_six_colours_and_a_given_colour_is_kept() -> None:
    categories = [Category(id=f"c{n}", label=f"C{n}") for n in range(6)]
    categories.insert(2, Category(id="own", label="Own", color="#123456"))
    colors = _index(categories).category_colors
    assert colors["own"] == "#123456"
    automatic = [colors[f"c{n}"] for n in range(6)]
    assert automatic == list(CATEGORY_COLORS[:6])  # in file order, all different


def test_no_group_stays_neutral_and_colours_repeat_only_past_the_set() -> None:
    many = [Category(id=f"c{n}", label=f"C{n}") for n in range(len(CATEGORY_COLORS) + 1)]
    colors = _index([Category(id=NO_GROUP_ID, label="No group"), *many]).category_colors
    assert colors[NO_GROUP_ID] == NEUTRAL_COLOR
    assert colors["c0"] == CATEGORY_COLORS[0] == colors[f"c{len(CATEGORY_COLORS)}"]
