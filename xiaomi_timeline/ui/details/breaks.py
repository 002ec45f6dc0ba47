"""Places to wrap very long words in the rich text the detail pane shows.

Qt's text layout wraps a word with no break opportunity (a pasted base64 image, a hash, a URL
of thousands of characters) in time that grows with the square of its length: a 50,000
character word takes over half a second, two million characters freeze the window for many
minutes. A zero-width space every :data:`PIECE` characters of such a word gives the layout
places to break, so its time grows in proportion to the text. Ordinary words and URLs (under
:data:`LONGEST_UNBROKEN` characters) are left alone, and so is text in scripts the layout
already breaks (Chinese, Thai): only runs of printable ASCII are such words in practice. The
pane removes the marks again from anything copied.
"""

from __future__ import annotations

import re

BREAK = "\u200b"
"""Zero-width space: a break opportunity that draws nothing."""
LONGEST_UNBROKEN = 160
"""Longer runs of text without white space get breaks."""
PIECE = 16
"""Characters between two inserted breaks: few, so that a wrapped line of such a word is
filled to the width of the pane."""
_LONGEST_ENTITY = 12
"""Longer than any character reference html.escape writes (``&#x27;``, ``&quot;``)."""

_TAG_OR_LONG_RUN = re.compile(rf"(<[^>]*>)|([!-;=?-~]{{{LONGEST_UNBROKEN + 1},}})")
"""A tag, or a run of printable ASCII other than space, ``<`` and ``>``."""
_INSERTED = re.compile(r"(?<=[!-~])\u200b(?=[!-~])")


def with_breaks(markup: str) -> str:
    """``markup`` (HTML whose text is escaped) with :data:`BREAK` in each long run of text;
    tags and their attributes (a link's address) are never touched, nor character references
    such as ``&amp;``."""
    if len(markup) <= LONGEST_UNBROKEN:
        return markup
    return _TAG_OR_LONG_RUN.sub(_replacement, markup)


def without_breaks(text: str) -> str:
    """``text`` as the file has it: the breaks :func:`with_breaks` puts between two ASCII
    characters taken out."""
    return _INSERTED.sub("", text) if BREAK in text else text


def _replacement(found: re.Match[str]) -> str:
    run = found.group(2)
    return found.group(1) if run is None else _broken(run)


def _broken(run: str) -> str:
    pieces: list[str] = []
    start = 0
    while len(run) - start > PIECE:
        cut = start + PIECE
        entity = run.rfind("&", cut - _LONGEST_ENTITY, cut)
        if entity > start and run.find(";", entity, cut) == -1:
            cut = entity  # the cut would split a character reference: cut before it
        pieces.append(run[start:cut])
        start = cut
    pieces.append(run[start:])
    return BREAK.join(pieces)
