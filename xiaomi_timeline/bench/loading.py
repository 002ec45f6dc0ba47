"""Load + validate + index against ``json.loads`` of the same file, in alternating runs.

Both sides start from the path, so both pay for reading the bytes: the baseline is
``json.loads(path.read_bytes())``, ours is ``load_path(path)`` then ``TimelineIndex``. The
runs alternate so machine noise hits both, and the heap is collected between runs so each
starts from the same state. The last index is kept for the frame and filter measurements.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Any

from xiaomi_timeline.bench.stats import clean_heap, median, ratio
from xiaomi_timeline.core.loader import load_path
from xiaomi_timeline.core.query import TimelineIndex

log = logging.getLogger(__name__)


def _baseline(path: Path) -> float:
    start = time.perf_counter()
    parsed = json.loads(path.read_bytes())
    elapsed = time.perf_counter() - start
    del parsed
    return elapsed


def _ours(path: Path) -> tuple[float, float, TimelineIndex]:
    start = time.perf_counter()
    document = load_path(path)
    loaded = time.perf_counter()
    index = TimelineIndex(document)
    indexed = time.perf_counter()
    return loaded - start, indexed - loaded, index


def measure_load(path: Path, runs: int) -> tuple[dict[str, Any], TimelineIndex]:
    """Medians of ``runs`` alternating runs; returns the figures and the last index built."""
    baseline: list[float] = []
    loads: list[float] = []
    indexes: list[float] = []
    index: TimelineIndex | None = None
    for run in range(max(1, runs)):
        index = None
        with clean_heap():
            baseline.append(_baseline(path))
        with clean_heap():
            load_s, index_s, index = _ours(path)
        loads.append(load_s)
        indexes.append(index_s)
        log.info(
            "load run %d: json %.3fs, load %.3fs, index %.3fs",
            run + 1, baseline[-1], load_s, index_s,
        )
    assert index is not None
    totals = [a + b for a, b in zip(loads, indexes, strict=True)]
    figures = {
        "json_loads_s": baseline,
        "load_s": loads,
        "index_s": indexes,
        "ours_s": totals,
        "json_loads_median_s": median(baseline),
        "load_median_s": median(loads),
        "index_median_s": median(indexes),
        "ours_median_s": median(totals),
        "ratio": ratio(median(totals), median(baseline)),
    }
    return figures, index
