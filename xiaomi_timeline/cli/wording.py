"""Counts in the command line's English, in the form the number takes."""

from __future__ import annotations

_PLURALS = {"person": "people"}


def count(number: int, noun: str) -> str:
    """ "1 event", "2 events", "1 person", "3 people"."""
    return f"{number} {noun if number == 1 else _PLURALS.get(noun, noun + 's')}"


def of_events(shown: int, total: int) -> str:
    """ "3 of 44 events", "1 of 1 event": the noun agrees with the total, as the window's."""
    return f"{shown} of {count(total, 'event')}"
