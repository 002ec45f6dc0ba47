"""The benchmark run: generate (or reuse) files, measure each size in its own process, judge.

Launch is measured first, while nothing else runs; then each size in fresh subprocesses
(:mod:`xiaomi_timeline.bench.worker`): one for the app's peak memory, one for the timings, one
for the main window's filter clicks and searches, so one size's heap does not slow the next;
then opening the file as a user launches it, against its baseline
(:func:`xiaomi_timeline.bench.launch.measure_open`). Generated files are cached by (events, seed,
generator version).
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from xiaomi_timeline.bench import targets
from xiaomi_timeline.bench.generator import GENERATOR_VERSION, generate_file
from xiaomi_timeline.bench.launch import ProbeError, measure_launch, measure_open
from xiaomi_timeline.bench.machine import load_average, machine_info, reference_ms
from xiaomi_timeline.core import paths

log = logging.getLogger(__name__)

BIG = 1_000_000


@dataclass(frozen=True)
class RunOptions:
    """What to measure and how often."""

    sizes: tuple[int, ...]
    runs: int = 5
    seed: int = 1
    cache_dir: Path | None = None
    launch: bool = True
    frames: bool = True
    window: bool = True


def parse_sizes(text: str) -> tuple[int, ...]:
    """``"10k,100k,1M"`` -> (10000, 100000, 1000000)."""
    sizes = []
    for part in text.split(","):
        token = part.strip().lower()
        if not token:
            continue
        scale = {"k": 1_000, "m": 1_000_000}.get(token[-1], 1)
        number = token[:-1] if scale > 1 else token
        try:
            value = round(float(number) * scale)
        except ValueError:
            raise ValueError(f"{part!r} is not a size; write e.g. 200, 10k or 1M") from None
        if value < 1:
            raise ValueError(f"{part!r}: a size must be at least 1 event")
        sizes.append(value)
    if not sizes:
        raise ValueError("no sizes given; write e.g. --sizes 10k,100k,1M")
    return tuple(sizes)


def default_cache_dir() -> Path:
    return paths.cache_dir() / "bench"


def cached_file(events: int, seed: int, cache_dir: Path) -> tuple[Path, float | None]:
    """The generated file for (events, seed); seconds spent generating it, None if cached."""
    path = cache_dir / f"events-{events}-seed{seed}-v{GENERATOR_VERSION}.json"
    if path.exists():
        return path, None
    log.info("generating %d events into %s", events, path)
    start = time.perf_counter()
    generate_file(path, events, seed)
    return path, time.perf_counter() - start


def _measure_in_subprocess(
    path: Path, events: int, options: RunOptions, *, memory_only: bool = False, window: bool = False
) -> dict[str, Any]:
    big = events >= BIG
    filter_runs, text_runs = (100, 8) if big else (200, 20)
    if window:  # each run is a real click or a typed word, repainting the whole window
        filter_runs, text_runs = (8, 4) if big else (20, 10)
    with tempfile.TemporaryDirectory(prefix="xt-bench-") as temp:
        out = Path(temp) / "figures.json"
        command = [
            sys.executable,
            "-m",
            "xiaomi_timeline.bench",
            "measure",
            str(path),
            "--runs",
            str(min(options.runs, 3) if big else options.runs),
            "--filter-runs",
            str(filter_runs),
            "--text-runs",
            str(text_runs),
            "--out",
            str(out),
        ]
        if not options.frames:
            command.append("--no-frames")
        if memory_only:
            command.append("--memory-only")
        if window:
            command.append("--window-only")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        completed = subprocess.run(command, env=env, check=False, timeout=3600)
        if completed.returncode != 0 or not out.exists():
            return {"error": f"measure process exited {completed.returncode}"}
        figures: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        return figures


def _measure_size(path: Path, events: int, options: RunOptions) -> dict[str, Any]:
    """The app's peak memory (a process of its own), then the timings (another process)."""
    log.info("memory at %d events", events)
    memory = _measure_in_subprocess(path, events, options, memory_only=True)
    log.info("timings at %d events", events)
    figures = _measure_in_subprocess(path, events, options)
    if "error" not in figures:
        figures["timing_process_peak_rss_mib"] = figures.pop("peak_rss_mib")
        figures["memory"] = memory
        if options.window:
            figures["window"] = _measure_window(path, events, options)
            figures["open"] = _measure_open(path, events, options)
    return figures


def _measure_window(path: Path, events: int, options: RunOptions) -> dict[str, Any]:
    log.info("window (filter clicks, search) at %d events", events)
    return _measure_in_subprocess(path, events, options, window=True)


def _measure_open(path: Path, events: int, options: RunOptions) -> dict[str, Any]:
    runs = min(options.runs, 3) if events >= BIG else options.runs
    log.info("opening the file: %d runs of the app and of its baseline at %d events", runs, events)
    try:
        return measure_open(path, runs)
    except (ProbeError, OSError, subprocess.SubprocessError) as error:
        return {"error": str(error)}


def run_benchmark(options: RunOptions) -> dict[str, Any]:
    """Measure everything asked for; the result holds the figures, rows and machine."""
    started = time.perf_counter()
    cache_dir = options.cache_dir or default_cache_dir()
    results: dict[str, Any] = {
        "machine": machine_info(),
        "options": {
            "sizes": list(options.sizes),
            "runs": options.runs,
            "seed": options.seed,
            "cache_dir": str(cache_dir),
            "generator_version": GENERATOR_VERSION,
        },
        "sizes": {},
    }
    results["machine"]["reference_ms_start"] = reference_ms()
    results["machine"]["load_average_start"] = load_average()
    if options.launch:
        log.info("launch: %d runs of each probe", 2 * options.runs)
        try:
            results["launch"] = measure_launch(2 * options.runs)
        except (ProbeError, OSError, subprocess.SubprocessError) as error:
            results["launch"] = {"error": str(error)}
    for events in options.sizes:
        path, generated_s = cached_file(events, options.seed, cache_dir)
        log.info("measuring %d events (%s)", events, path.name)
        figures = _measure_size(path, events, options)
        figures["generate_s"] = generated_s
        results["sizes"][str(events)] = figures
    results["machine"]["reference_ms_end"] = reference_ms()
    results["machine"]["load_average_end"] = load_average()
    rows = targets.all_rows(results)
    results["targets"] = targets.rows_as_json(rows)
    results["table"] = targets.format_table(rows)
    results["table_markdown"] = targets.format_markdown(rows)
    results["elapsed_s"] = time.perf_counter() - started
    return results
