"""Filter latency: person, year range, person + year and free text through ``TimelineIndex``.

Latency is ``index.query(state)`` up to the matching positions; the facet counts the filter
panel shows (people, years, categories) are timed on top and reported alongside. The first
text search builds the search texts lazily; its cost is reported on its own. Each run asks a
different question (the next most prominent person, year range or search word), so a result
cache in the index cannot make a repeat look free. The people are the ones with the most
events, as a user picking from the top of the list would.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from typing import Any

from xiaomi_timeline.bench.stats import Stopwatch, median, summary_ms
from xiaomi_timeline.core.query import FilterState, TimelineIndex

SEARCH_WORDS = (
    "robots",
    "keynote",
    "budget",
    "translation",
    "Xiaomi",
    "pretraining",
    "cloud",
    "memo",
    "laboratory",
    "speech",
    "partnership",
    "weights",
    "cameras",
    "clarified",
    "venue",
    "patent",
)
YEAR_RANGES = tuple((first, first + 5) for first in range(1990, 2026))


def _timed(index: TimelineIndex, filters: list[FilterState]) -> dict[str, Any]:
    """Query to matching positions (what the table and canvas need), then the facet counts."""
    seconds: list[float] = []
    cpu: list[float] = []
    with_facets: list[float] = []
    matches: list[int] = []
    for state in filters:
        watch = Stopwatch()
        result = index.query(state)
        count = len(result)  # positions are computed lazily: part of the answer
        wall, cpu_s = watch.read()
        result.person_counts()
        result.year_counts()
        result.category_counts()
        seconds.append(wall)
        cpu.append(cpu_s)
        with_facets.append(watch.read()[0])
        matches.append(count)
    figures = summary_ms(seconds, cpu)
    figures["with_facets_median_ms"] = median(with_facets) * 1000
    figures["median_matches"] = median(matches)
    return figures


def _top_people(index: TimelineIndex, count: int) -> list[str]:
    counts = index.query(FilterState()).person_counts()
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [person for person, _ in ranked[:count]] or ["nobody"]


def measure_filters(index: TimelineIndex, runs: int, text_runs: int) -> dict[str, Any]:
    """Median latency of each kind of filter over ``runs`` (``text_runs`` for free text)."""
    empty = FilterState()
    people = _top_people(index, 50)

    def cycle(values: list[Any] | tuple[Any, ...], count: int) -> list[Any]:
        return list(itertools.islice(itertools.cycle(values), count))

    kinds: dict[str, Callable[[], list[FilterState]]] = {
        "person": lambda: [empty.replace(people=frozenset({p})) for p in cycle(people, runs)],
        "years": lambda: [empty.replace(years=y) for y in cycle(YEAR_RANGES, runs)],
        "person_years": lambda: [
            empty.replace(people=frozenset({p}), years=y)
            for p, y in zip(cycle(people, runs), cycle(YEAR_RANGES, runs), strict=True)
        ],
        "text": lambda: [empty.replace(text=w) for w in cycle(SEARCH_WORDS, text_runs)],
    }
    len(index.query(empty))
    start = time.perf_counter()
    len(index.query(empty.replace(text="warm")))  # builds the search texts once, lazily
    first_text_ms = (time.perf_counter() - start) * 1000
    figures = {name: _timed(index, make()) for name, make in kinds.items()}
    figures["text"]["first_query_ms"] = first_text_ms
    return figures
