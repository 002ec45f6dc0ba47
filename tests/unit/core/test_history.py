"""Undo/redo and Back/Forward behave as in a browser: a new step drops what lay ahead."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xiaomi_timeline.core.history import History


def test_back_and_forward_walk_what_was_recorded() -> None:
    history = History("a")
    history.record("b")
    history.record("c")
    assert history.back() == "b"
    assert history.back() == "a"
    assert history.back() is None
    assert history.current == "a"
    assert history.forward() == "b"
    assert history.forward() == "c"
    assert history.forward() is None


def test_a_new_step_after_going_back_drops_the_steps_ahead() -> None:
    history = History("a")
    history.record("b")
    history.record("c")
    history.back()
    history.record("d")
    assert not history.can_go_forward()
    assert history.back() == "b"
    assert history.back() == "a"


def test_recording_the_current_state_again_adds_no_step() -> None:
    history = History("a")
    history.record("a")
    assert not history.can_go_back()


def test_amend_changes_the_current_step_in_place() -> None:
    history = History(("filter-1", "view-1"))
    history.record(("filter-2", "view-2"))
    history.amend(lambda state: (state[0], "view-2b"))
    assert history.back() == ("filter-1", "view-1")
    assert history.forward() == ("filter-2", "view-2b")


def test_the_oldest_steps_fall_off_at_the_limit() -> None:
    history = History(0, limit=3)
    for state in range(1, 10):
        history.record(state)
    assert history.back() == 8
    assert history.back() == 7
    assert history.back() is None


def test_a_history_needs_room_for_one_state() -> None:
    with pytest.raises(ValueError, match="at least one"):
        History("a", limit=0)


@given(st.lists(st.one_of(st.integers(0, 5), st.sampled_from(["back", "forward"])), max_size=60))
def test_going_back_then_forward_returns_to_the_same_state(steps: list[int | str]) -> None:
    history: History[int] = History(-1, limit=20)
    for step in steps:
        if step == "back":
            history.back()
        elif step == "forward":
            history.forward()
        else:
            assert isinstance(step, int)
            history.record(step)
    here = history.current
    went = 0
    while history.back() is not None:
        went += 1
    for _ in range(went):
        history.forward()
    assert history.current == here
