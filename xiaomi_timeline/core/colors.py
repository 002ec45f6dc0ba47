"""Category colours: the file's own where it gives one, else one of a fixed set in order, so
categories without a colour are still told apart at a glance."""

from __future__ import annotations

from collections.abc import Iterable

from xiaomi_timeline.core.schema import Category

# Material 600 tones, readable on light and dark backgrounds.
CATEGORY_COLORS = (
    "#1E88E5",
    "#E53935",
    "#43A047",
    "#FB8C00",
    "#8E24AA",
    "#00ACC1",
    "#6D4C41",
    "#D81B60",
    "#7CB342",
    "#3949AB",
)
NEUTRAL_COLOR = "#607D8B"
"""For events an importer could put in no group: grey says "no category" rather than one."""
NO_GROUP_ID = "ungrouped"
"""The category importers give events without a group or category."""


def category_colors(categories: Iterable[Category]) -> dict[str, str]:
    """Each category's colour: its own, else the next of :data:`CATEGORY_COLORS` (in file
    order; "No group" stays neutral)."""
    colors: dict[str, str] = {}
    automatic = 0
    for category in categories:
        if category.color is not None:
            colors[category.id] = category.color
        elif category.id == NO_GROUP_ID:
            colors[category.id] = NEUTRAL_COLOR
        else:
            colors[category.id] = CATEGORY_COLORS[automatic % len(CATEGORY_COLORS)]
            automatic += 1
    return colors
