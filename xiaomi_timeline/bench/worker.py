"""Everything measured at one size, in processes of its own, so peak memory is its own.

The runner starts ``python -m xiaomi_timeline.bench measure FILE ...`` twice per size. The
first (``--memory-only``) does what the app does once (load, index, filter, search, one
frame per lane mode) and reports ``ru_maxrss``: the peak memory of the app with that file.
The second loads the file repeatedly (alternating with the ``json.loads`` baselines), then
measures filters and frames on the last index it built; its own peak, baselines included, is
reported beside. A third (``--window-only``) opens the file in the real main window and times
what a user waits for there (:mod:`xiaomi_timeline.bench.window`).
"""

from __future__ import annotations

import json
import logging
import resource
import sys
from pathlib import Path
from typing import Any

from xiaomi_timeline.bench.csv_import import MAX_EVENTS as MAX_CSV_EVENTS
from xiaomi_timeline.bench.csv_import import measure_csv_import
from xiaomi_timeline.bench.filtering import measure_filters
from xiaomi_timeline.bench.loading import measure_load
from xiaomi_timeline.core.loading.loader import load_path
from xiaomi_timeline.core.query import FilterState, TimelineIndex

log = logging.getLogger(__name__)


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far: on Linux the high-water mark of its
    own memory (``VmHWM``; ``ru_maxrss`` starts from the parent's size at fork), elsewhere
    ``ru_maxrss`` (macOS reports bytes)."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024**2 if sys.platform == "darwin" else 1024)


def measure_size(
    path: Path, runs: int, filter_runs: int, text_runs: int, frames: bool
) -> dict[str, Any]:
    """Load, filter and frame figures for one file, plus peak memory."""
    load, index = measure_load(path, runs)
    result: dict[str, Any] = {"events": len(index), "file_bytes": path.stat().st_size}
    result["load"] = load
    if len(index) <= MAX_CSV_EVENTS:
        log.info("CSV import of %d events", len(index))
        result["csv_import"] = measure_csv_import(path, index.document, runs)
    result["rss_after_load_mib"] = peak_rss_mib()
    log.info("filters on %d events", len(index))
    result["filters"] = measure_filters(index, filter_runs, text_runs)
    if frames:
        log.info("frames on %d events", len(index))
        result["frames"] = _frames(index)
    result["peak_rss_mib"] = peak_rss_mib()
    return result


def measure_memory(path: Path, frames: bool) -> dict[str, Any]:
    """Peak memory of what the app does with a file: load, index, filter, search, draw.

    Run in a process of its own, so no baseline parse or earlier run adds to the peak.
    """
    index = TimelineIndex(load_path(path))
    figures: dict[str, Any] = {"rss_after_index_mib": peak_rss_mib()}
    len(index.query(FilterState()))
    len(index.query(FilterState(text="robots")))  # builds the search texts, as a search does
    figures["rss_after_search_mib"] = peak_rss_mib()
    if frames:
        from xiaomi_timeline.bench.frames import paint_each_mode  # noqa: PLC0415 (Qt only here)

        paint_each_mode(index)
    figures["peak_rss_mib"] = peak_rss_mib()
    return figures


def _frames(index: TimelineIndex) -> dict[str, Any]:
    """Frame figures, or the error that stopped them (the other figures still count)."""
    try:
        from xiaomi_timeline.bench.frames import measure_frames  # noqa: PLC0415 (Qt only here)

        return measure_frames(index)
    except Exception as error:  # a broken canvas must not lose the load and filter figures
        log.exception("frame measurement failed")
        return {"error": f"{type(error).__name__}: {error}"}


def run_worker(
    file: Path,
    runs: int,
    filter_runs: int,
    text_runs: int,
    frames: bool,
    out: Path,
    *,
    memory_only: bool = False,
    window_only: bool = False,
) -> None:
    """Entry point of the per-size subprocesses: write the figures as JSON to ``out``."""
    if window_only:
        from xiaomi_timeline.bench.window import measure_window  # noqa: PLC0415 (Qt only here)

        figures = measure_window(file, click_runs=filter_runs, search_runs=text_runs)
    elif memory_only:
        figures = measure_memory(file, frames)
    else:
        figures = measure_size(file, runs, filter_runs, text_runs, frames)
    out.write_text(json.dumps(figures, indent=1), encoding="utf-8")
