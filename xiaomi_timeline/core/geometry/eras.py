"""Eras as drawable periods: each era's days, texts and colour, and the row of the era strip
its label sits in, so overlapping eras stack instead of hiding each other's names."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from xiaomi_timeline.core.dates import PartialDate, format_range
from xiaomi_timeline.core.schema import Document, text_in


@dataclass(frozen=True, slots=True)
class EraSpan:
    """One era in ordinal days (``start`` inclusive, ``end`` exclusive) and its label row."""

    id: str
    title: str
    description: str
    when: str
    start: float
    end: float
    color: str | None
    row: int
    dates: tuple[PartialDate, PartialDate] | None = None
    """The era's start and end as the file gives them (for ``when`` in other languages)."""


def era_spans(document: Document, language: str = "en") -> tuple[EraSpan, ...]:
    """The document's eras by start, each in the first label row free at its start."""
    ordered = sorted(document.eras, key=lambda era: era.start_date.earliest)
    row_ends: list[float] = []
    spans = []
    for era in ordered:
        start, end = era.start_date.earliest, era.end_date.latest
        row = next((r for r, busy_until in enumerate(row_ends) if busy_until <= start), None)
        if row is None:
            row = len(row_ends)
            row_ends.append(end)
        row_ends[row] = end
        spans.append(
            EraSpan(
                era.id,
                text_in(era.title, language),
                text_in(era.description, language),
                format_range(era.start_date, era.end_date, language),
                start,
                end,
                era.color,
                row,
                (era.start_date, era.end_date),
            )
        )
    return tuple(spans)


def era_rows(spans: Sequence[EraSpan]) -> int:
    """How many label rows the era strip needs."""
    return max((span.row for span in spans), default=-1) + 1


def era_extent(spans: Sequence[EraSpan]) -> tuple[float, float] | None:
    """Days from the first era's start to the last one's end."""
    if not spans:
        return None
    return min(span.start for span in spans), max(span.end for span in spans)
