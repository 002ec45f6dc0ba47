"""The counts beside every filter choice agree with counting the events one by one.

The counts take shortcuts (the index's counts of every event kept once made, only the events
a narrow filter lets through read, codes compared instead of looked up), so they are checked
against a plain loop over the events of a generated document of thousands of events, under
random filters of every kind and their combinations, in the order a user clicks them.
"""

import random
from collections import Counter
from collections.abc import Mapping
from typing import Any

import pytest

from xiaomi_timeline.bench.generator import generate_text
from xiaomi_timeline.core.dates import PartialDate
from xiaomi_timeline.core.loading.loader import load_bytes
from xiaomi_timeline.core.query import STATUSES, FilterState, TimelineIndex
from xiaomi_timeline.core.schema import Event


@pytest.fixture(scope="module")
def index() -> TimelineIndex:
    return TimelineIndex(load_bytes(generate_text(4000, seed=11).encode(), "generated.json"))


def _years(event: Event) -> tuple[int, int]:
    first = PartialDate.parse(event.start).year
    return first, PartialDate.parse(event.end).year if event.end is not None else first


def _passes(event: Event, state: FilterState, but: str) -> bool:
    """Whether ``event`` passes every filter of ``state`` except the ``but`` one."""
    if but != "people" and state.people and not state.people & set(event.people):
        return False
    orgs = state.organizations
    if but != "organizations" and orgs and not orgs & set(event.organizations):
        return False
    if but != "categories" and state.categories and event.category not in state.categories:
        return False
    if but != "statuses" and state.statuses and event.status not in state.statuses:
        return False
    if but != "years" and state.years is not None:
        first, last = _years(event)
        if last < state.years[0] or first > state.years[1]:
            return False
    return True


def _expected(index: TimelineIndex, state: FilterState) -> dict[str, dict[object, int]]:
    """Each list's counts, one event at a time (unknown people and organizations count
    nowhere, as the lists do not show them)."""
    counted: dict[str, Counter[object]] = {kind: Counter() for kind in _KINDS}
    for event in index.events:
        if _passes(event, state, "people"):
            counted["people"].update(p for p in event.people if p in index.people_by_id)
        if _passes(event, state, "organizations"):
            known = index.organizations_by_id
            counted["organizations"].update(o for o in event.organizations if o in known)
        if _passes(event, state, "categories"):
            counted["categories"][event.category] += 1
        if _passes(event, state, "statuses"):
            counted["statuses"][event.status] += 1
        if _passes(event, state, "years"):
            first, last = _years(event)
            counted["years"].update(range(first, last + 1))
    keys: dict[str, list[object]] = {
        "people": list(index.people_by_id),
        "organizations": list(index.organizations_by_id),
        "categories": list(index.categories_by_id),
        "statuses": list(STATUSES),
    }
    expected = {kind: {key: counted[kind][key] for key in keys[kind]} for kind in keys}
    bounds = index.year_bounds()
    assert bounds is not None
    expected["years"] = {y: counted["years"][y] for y in range(bounds[0], bounds[1] + 1)}
    return expected


_KINDS = ("people", "organizations", "categories", "statuses", "years")


def _shown(index: TimelineIndex, state: FilterState) -> dict[str, dict[object, int]]:
    result = index.query(state)
    shown: dict[str, Mapping[Any, int]] = {
        "people": result.person_counts(),
        "organizations": result.organization_counts(),
        "categories": result.category_counts(),
        "statuses": result.status_counts(),
        "years": result.year_counts(),
    }
    return {kind: dict(counts.items()) for kind, counts in shown.items()}


def _click(rng: random.Random, index: TimelineIndex, state: FilterState) -> FilterState:
    """One random change a user could make: tick or untick a choice, choose or clear years."""
    kind = rng.choice((*_KINDS, "clear"))
    if kind == "clear":
        return FilterState()
    if kind == "years":
        if state.years is not None and rng.random() < 0.5:
            return state.replace(years=None)
        first = rng.randint(1950, 2030)
        return state.replace(years=(first, first + rng.choice((0, 0, 1, 5))))
    choices = {
        "people": list(index.people_by_id)[:40],  # the most cited are near the start
        "organizations": list(index.organizations_by_id),
        "categories": list(index.categories_by_id),
        "statuses": list(STATUSES),
    }[kind]
    chosen: frozenset[str] = getattr(state, kind)
    picked = rng.choice(choices)
    return state.replace(**{kind: chosen ^ {picked}})


def test_counts_agree_with_a_plain_count_over_random_clicks(index: TimelineIndex) -> None:
    rng = random.Random(3)
    state = FilterState()
    seen_narrow = seen_wide = 0
    for _ in range(60):
        state = _click(rng, index, state)
        assert _shown(index, state) == _expected(index, state), state
        shown = len(index.query(state))
        seen_narrow += 0 < shown * 4 <= len(index)
        seen_wide += shown * 4 > len(index)
    assert seen_narrow and seen_wide  # both ways of counting were taken


def test_counts_of_every_event_come_back_the_same_each_time(index: TimelineIndex) -> None:
    """The counts kept for the click that removes the last filter are copies: changing
    what one caller got does not change what the next one gets."""
    first = index.query(FilterState()).person_counts()
    first[next(iter(first))] = -1
    assert index.query(FilterState()).person_counts() == _expected(index, FilterState())["people"]


def test_many_chosen_people_are_alternatives(index: TimelineIndex) -> None:
    """More people than are compared one by one are found through a lookup, with the same
    events as one filter per person."""
    people = list(index.people_by_id)[:9]
    together = set(index.query(FilterState(people=frozenset(people))).ids)
    one_by_one = set().union(*(index.query(FilterState(people=frozenset({p}))).ids for p in people))
    assert together == one_by_one and together
