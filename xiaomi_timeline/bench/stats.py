"""Small statistics and timing helpers shared by the measurements."""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Iterator, Sequence
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


def summary_ms(seconds: Sequence[float], cpu: Sequence[float] = ()) -> dict[str, Any]:
    """Median, p95 and max of durations in milliseconds; CPU-time median and p95 beside.

    On a shared machine a run can wait for a core: CPU time shows the work itself.
    """
    figures: dict[str, Any] = {
        "runs": len(seconds),
        "median_ms": median(seconds) * 1000,
        "p95_ms": percentile(seconds, 0.95) * 1000,
        "max_ms": max(seconds) * 1000 if seconds else math.nan,
    }
    if cpu:
        figures["cpu_median_ms"] = median(cpu) * 1000
        figures["cpu_p95_ms"] = percentile(cpu, 0.95) * 1000
    return figures


class Stopwatch:
    """Wall and CPU time since construction (CPU time excludes waiting for a core)."""

    def __init__(self) -> None:
        self.wall = time.perf_counter()
        self.cpu = time.process_time()

    def read(self) -> tuple[float, float]:
        return time.perf_counter() - self.wall, time.process_time() - self.cpu


@contextmanager
def clean_heap() -> Iterator[None]:
    """Collect garbage before a measurement so one run's leftovers don't tax the next."""
    gc.collect()
    yield
    gc.collect()


def ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator > 0 else math.nan
