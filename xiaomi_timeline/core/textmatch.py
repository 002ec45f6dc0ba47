"""Where the words of a free-text search occur in a text, for showing the matches.

The search itself (``TimelineIndex.text_mask``) matches each word case-insensitively; this
finds the same words' places so the table, the labels and the details can mark them.
"""

from __future__ import annotations

import re


def search_terms(text: str) -> tuple[str, ...]:
    """The words a search for ``text`` looks for, as the search splits them."""
    return tuple(dict.fromkeys(text.split()))


def match_spans(text: str, terms: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of any term in ``text``, case-insensitive, sorted
    and merged where they overlap."""
    if not terms or not text:
        return []
    spans: list[tuple[int, int]] = []
    for term in terms:
        single = re.compile(re.escape(term), re.IGNORECASE)
        spans += [(m.start(), m.end()) for m in single.finditer(text)]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
