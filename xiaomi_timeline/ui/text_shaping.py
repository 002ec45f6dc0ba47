"""Text drawn without OpenType shaping where the script does not need it.

Shaping (kerning, ligatures, contextual forms) is much of the cost of laying out a short
text: about a third of each repaint of the event table. Latin text is legible unshaped;
Arabic, Indic and other scripts are not. So views draw in :func:`unshaped` fonts, and their
models give back :func:`shaped_font` for the texts that :func:`is_simple` does not pass.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget


def unshaped(font: QFont) -> QFont:
    """``font`` drawn without OpenType shaping: only for text that :func:`is_simple` passes."""
    plain = QFont(font)
    plain.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    return plain


def is_simple(text: str) -> bool:
    """Only characters below U+0250 (Latin, Latin-1, Latin Extended), none of them NUL."""
    return bool(text) and (text.isascii() or max(text) < "\u0250") and "\0" not in text


def draw_unshaped(widget: QWidget) -> None:
    """Draw ``widget``'s texts unshaped; its model gives :func:`shaped_font` where a text
    needs shaping."""
    widget.setFont(_shaping_only(QFont.StyleStrategy.PreferNoShaping))


@cache
def shaped_font() -> QFont:
    """A font that changes only the view's font's shaping back to the default: a model's
    answer to ``FontRole`` is resolved against the view's font."""
    return _shaping_only(QFont.StyleStrategy.PreferDefault)


def _shaping_only(strategy: QFont.StyleStrategy) -> QFont:
    """A font that sets only its shaping: family, size and the rest still come from the
    font it is resolved against (the application's, or a view's)."""
    font = QFont()
    font.setStyleStrategy(strategy)
    return font
