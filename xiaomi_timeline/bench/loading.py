"""Load + validate + index against ``json.loads`` of the same file, in alternating runs.

Both sides start from the path, so both pay for reading the bytes: the baseline is
``json.loads(path.read_bytes())``, ours is ``load_path(path)`` then ``TimelineIndex``.

The baseline of record runs with the cyclic GC paused, as our loader pauses it for its own
parse: with the GC on, ``json.loads`` of a million events spends most of its time in
collections, and a baseline slowed that way would flatter any loader. The
GC-on figure is reported beside it (at most once at 1M, where it takes half a minute).
So is the required validator alone: pydantic's ``Document.model_validate_json`` of the same
bytes, with nothing of ours around it, the floor under any loader that validates every field
with it (once at 1M too).
Runs alternate so machine noise hits both sides; the heap is collected between runs so each
starts from the same state. CPU seconds are recorded too: on a shared two-core machine they
show whether a slow wall-clock run was slow or only waiting. The last index is kept for the
frame and filter measurements.
"""

from __future__ import annotations

import gc
import json
import logging
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from xiaomi_timeline.bench.stats import clean_heap, median, ratio
from xiaomi_timeline.core.loading.loader import load_path
from xiaomi_timeline.core.query import TimelineIndex
from xiaomi_timeline.core.schema import Document

log = logging.getLogger(__name__)

T = TypeVar("T")
GC_ON_BASELINE_MAX_BYTES = 200_000_000


def clocked(function: Callable[[], T]) -> tuple[float, float, T]:
    """(wall seconds, CPU seconds, result) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = function()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def _gc_paused(function: Callable[[bytes], T], path: Path) -> T:
    enabled = gc.isenabled()
    gc.disable()
    try:
        return function(path.read_bytes())
    finally:
        if enabled:
            gc.enable()


def _parse(path: Path) -> object:
    return json.loads(path.read_bytes())


class _Series:
    """Wall and CPU seconds of repeated runs of one thing."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def add(self, wall: float, cpu: float) -> None:
        self.wall.append(wall)
        self.cpu.append(cpu)


def measure_load(path: Path, runs: int) -> tuple[dict[str, Any], TimelineIndex]:
    """Medians of ``runs`` alternating runs; returns the figures and the last index built."""
    names = ("json", "json_gc_on", "validator", "load", "index", "ours")
    series = {name: _Series() for name in names}
    once_runs = runs if path.stat().st_size <= GC_ON_BASELINE_MAX_BYTES else 1
    index: TimelineIndex | None = None
    for run in range(max(1, runs)):
        index = None
        with clean_heap():
            wall, cpu, parsed = clocked(lambda: _gc_paused(json.loads, path))
            del parsed  # freed outside the clock, and before anything else is built
            series["json"].add(wall, cpu)
        if run < once_runs:
            with clean_heap():
                wall, cpu, parsed = clocked(lambda: _parse(path))
                del parsed
                series["json_gc_on"].add(wall, cpu)
            with clean_heap():
                wall, cpu, parsed = clocked(lambda: _gc_paused(Document.model_validate_json, path))
                del parsed
                series["validator"].add(wall, cpu)
        with clean_heap():
            load_wall, load_cpu, document = clocked(lambda: load_path(path))
            index_wall, index_cpu, index = clocked(partial(TimelineIndex, document))
            del document
        series["load"].add(load_wall, load_cpu)
        series["index"].add(index_wall, index_cpu)
        series["ours"].add(load_wall + index_wall, load_cpu + index_cpu)
        log.info(
            "load run %d: json.loads %.3fs (GC on %s), load %.3fs, index %.3fs",
            run + 1,
            series["json"].wall[-1],
            f"{series['json_gc_on'].wall[-1]:.3f}s" if run < once_runs else "-",
            load_wall,
            index_wall,
        )
    assert index is not None
    return _figures(series), index


def _figures(series: dict[str, _Series]) -> dict[str, Any]:
    names = {
        "json": "json_loads",
        "json_gc_on": "json_loads_gc_on",
        "validator": "validator_only",
        "load": "load",
        "index": "index",
        "ours": "ours",
    }
    figures: dict[str, Any] = {}
    for key, name in names.items():
        figures[f"{name}_s"] = series[key].wall
        figures[f"{name}_median_s"] = median(series[key].wall)
        figures[f"{name}_cpu_median_s"] = median(series[key].cpu)
    figures["ratio"] = ratio(figures["ours_median_s"], figures["json_loads_median_s"])
    figures["ratio_cpu"] = ratio(figures["ours_cpu_median_s"], figures["json_loads_cpu_median_s"])
    figures["validator_only_ratio"] = ratio(
        figures["validator_only_median_s"], figures["json_loads_median_s"]
    )
    figures["ratio_vs_gc_on"] = ratio(
        figures["ours_median_s"], figures["json_loads_gc_on_median_s"]
    )
    return figures
