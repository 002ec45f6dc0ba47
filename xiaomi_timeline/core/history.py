"""A bounded back/forward history of states, as a browser keeps its pages.

One class serves the Edit menu's undo/redo of filter and view changes and the Back/Forward of
the selection: recording a new state drops whatever lay ahead, and going back or forward
moves through what was recorded without recording anything.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class History(Generic[T]):
    """States in the order they were visited, with a current position.

    ``limit`` bounds memory: the oldest states fall off first.
    """

    def __init__(self, first: T, *, limit: int = 200) -> None:
        if limit < 1:
            raise ValueError("a history holds at least one state")
        self._states: list[T] = [first]
        self._position = 0
        self._limit = limit

    @property
    def current(self) -> T:
        return self._states[self._position]

    def can_go_back(self) -> bool:
        return self._position > 0

    def can_go_forward(self) -> bool:
        return self._position < len(self._states) - 1

    def record(self, state: T) -> None:
        """Make ``state`` current, dropping the states ahead; a repeat of the current is kept
        once."""
        if state == self.current:
            return
        del self._states[self._position + 1 :]
        self._states.append(state)
        if len(self._states) > self._limit:
            del self._states[0]
        self._position = len(self._states) - 1

    def amend(self, change: Callable[[T], T]) -> None:
        """Replace the current state by ``change(current)`` without adding a step (for what
        changes continuously, such as the visible time window, kept with the step it
        belongs to)."""
        self._states[self._position] = change(self.current)

    def back(self) -> T | None:
        """The previous state, now current, or None at the oldest."""
        if not self.can_go_back():
            return None
        self._position -= 1
        return self.current

    def forward(self) -> T | None:
        """The next state, now current, or None at the newest."""
        if not self.can_go_forward():
            return None
        self._position += 1
        return self.current

    def reset(self, first: T) -> None:
        """Forget everything: ``first`` is the only state (a new document)."""
        self._states = [first]
        self._position = 0
