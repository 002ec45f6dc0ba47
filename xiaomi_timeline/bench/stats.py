"""Small statistics and timing helpers shared by the measurements."""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values)) if values else math.nan


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (``share`` in 0..1): a value that was really measured."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return float(ordered[rank - 1])


def summary_ms(seconds: Sequence[float]) -> dict[str, Any]:
    """Median, p95 and max of durations, in milliseconds."""
    return {
        "runs": len(seconds),
        "median_ms": median(seconds) * 1000,
        "p95_ms": percentile(seconds, 0.95) * 1000,
        "max_ms": max(seconds) * 1000 if seconds else math.nan,
    }


def time_call(function: Callable[[], object]) -> float:
    """Seconds one call takes (its result is dropped after the clock stops)."""
    start = time.perf_counter()
    result = function()
    elapsed = time.perf_counter() - start
    del result
    return elapsed


@contextmanager
def clean_heap() -> Iterator[None]:
    """Collect garbage before a measurement so one run's leftovers don't tax the next."""
    gc.collect()
    yield
    gc.collect()


def ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator > 0 else math.nan
