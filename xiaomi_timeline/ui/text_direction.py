"""Right-to-left names and titles among left-to-right text.

A row or label is laid out left to right (the interface's direction); a name in Arabic or
Hebrew inside it keeps its own direction only if the neutral characters around it (a count's
brackets, an ellipsis) are told which side they belong to.
"""

from __future__ import annotations

import re

RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
"""Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms."""
FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE = "\u2068", "\u2069"
RIGHT_TO_LEFT_MARK = "\u200f"


def isolated(name: str) -> str:
    """``name`` set apart from what follows it where it is written right to left: an Arabic
    name alone made a whole "name (count)" row right-to-left, its count jumping to the left."""
    if RIGHT_TO_LEFT.search(name):
        return f"{FIRST_STRONG_ISOLATE}{name}{POP_DIRECTIONAL_ISOLATE}"
    return name


def ellipsis_inside(elided: str) -> str:
    """An elided right-to-left title with its ellipsis kept inside it, at its end as such a
    reader reads it (the left): after the last letter the ellipsis took the interface's
    direction and stood at the right."""
    if elided.endswith("…") and RIGHT_TO_LEFT.search(elided):
        return elided + RIGHT_TO_LEFT_MARK
    return elided
