"""Launch to first painted frame, whole processes: our window against an empty QMainWindow,
and, reported beside, the empty window after importing the libraries we require (the floor).

Each run starts a new Python process on :mod:`xiaomi_timeline.bench.probe` and takes the time
from just before ``Popen`` to the monotonic timestamp the probe prints after its first paint.
The two kinds alternate (noise hits both); one warm-up of each is dropped so the disk cache is
equally warm. Settings go to a throwaway folder so no user settings are read or written. The
probes' CPU seconds (user + system, from ``RUSAGE_CHILDREN``) are recorded beside: on a shared
machine they show the work apart from waiting for a core.

Before the probes, our package is compiled to bytecode (``__pycache__``), as pip does when it
installs the wheel: a checkout run with ``PYTHONDONTWRITEBYTECODE=1`` (or with sources edited
since the last compile) would otherwise compile ~10k lines in every probe, which no installed
app does. The result says whether that compile succeeded (``bytecode``).
"""

from __future__ import annotations

import compileall
import logging
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import xiaomi_timeline
from xiaomi_timeline.bench.stats import median, ratio
from xiaomi_timeline.core.paths import HOME_OVERRIDE_ENV

log = logging.getLogger(__name__)

PROBE = Path(__file__).with_name("probe.py")
KINDS = ("empty", "stack", "app")
OPEN_KINDS = ("json", "open")
OPEN_TIMEOUT_S = 900


class ProbeError(RuntimeError):
    """A probe process failed; the message carries its stderr."""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def compile_package() -> bool:
    """Write the package's bytecode next to its sources, as an installed wheel has it.

    False (and the probes then compile at import, as before) when the folder is read-only.
    """
    package = Path(xiaomi_timeline.__file__).parent
    ok = bool(compileall.compile_dir(str(package), quiet=2))
    log.info("launch: bytecode of %s %s", package, "compiled" if ok else "NOT all compiled")
    return ok


def _probe_once(kind: str, env: dict[str, str], file: Path | None = None) -> dict[str, float]:
    cpu = _children_cpu()
    start = time.monotonic()
    completed = subprocess.run(
        [sys.executable, str(PROBE), kind, *([str(file)] if file else [])],
        env=env,
        capture_output=True,
        text=True,
        timeout=OPEN_TIMEOUT_S if file else 120,
        check=False,
    )
    finished = time.monotonic()
    for line in completed.stdout.splitlines():
        if line.startswith("first-paint "):
            fields = line.split()
            return {
                "first_paint_s": float(fields[1]) - start,
                "process_s": finished - start,
                "cpu_s": _children_cpu() - cpu,
                "peak_rss_mib": float(fields[3]) / 1024,
            }
    raise ProbeError(
        f"probe {kind!r} exited {completed.returncode} without painting:\n"
        f"{completed.stderr[-2000:]}"
    )


def _alternating(
    kinds: tuple[str, ...], runs: int, file: Path | None = None
) -> dict[str, dict[str, list[float]]]:
    """Kind -> figure name -> values of ``runs`` alternating probe runs of each kind, after
    one dropped warm-up of each (which also warms the disk cache), with a throwaway settings
    folder so no user settings are read or written."""
    values: dict[str, dict[str, list[float]]] = {kind: {} for kind in kinds}
    with tempfile.TemporaryDirectory(prefix="xt-bench-home-") as home:
        env = {**os.environ, HOME_OVERRIDE_ENV: home, "QT_QPA_PLATFORM": "offscreen"}
        for kind in kinds:
            _probe_once(kind, env, file)
        for _ in range(max(1, runs)):
            for kind in kinds:
                for name, value in _probe_once(kind, env, file).items():
                    values[kind].setdefault(name, []).append(value)
    return values


def measure_launch(runs: int) -> dict[str, Any]:
    """Median first-paint times of ``runs`` alternating runs of each kind, and the ratio."""
    compiled = compile_package()
    values = _alternating(KINDS, runs)
    times = {kind: values[kind]["first_paint_s"] for kind in KINDS}
    process = {kind: values[kind]["process_s"] for kind in KINDS}
    cpu = {kind: values[kind]["cpu_s"] for kind in KINDS}
    log.info("launch: %s", {k: [round(t, 3) for t in v] for k, v in times.items()})
    return {
        "empty_s": times["empty"],
        "app_s": times["app"],
        "stack_s": times["stack"],
        "stack_median_s": median(times["stack"]),
        "stack_ratio": ratio(median(times["stack"]), median(times["empty"])),
        "empty_median_s": median(times["empty"]),
        "app_median_s": median(times["app"]),
        "empty_process_median_s": median(process["empty"]),
        "app_process_median_s": median(process["app"]),
        "empty_cpu_median_s": median(cpu["empty"]),
        "app_cpu_median_s": median(cpu["app"]),
        "ratio": ratio(median(times["app"]), median(times["empty"])),
        "ratio_cpu": ratio(median(cpu["app"]), median(cpu["empty"])),
        "bytecode": "compiled" if compiled else "compiled at import",
    }


def measure_open(path: Path, runs: int) -> dict[str, Any]:
    """Opening ``path`` as a user launches it (``xiaomi-timeline FILE`` to the first painted
    timeline) against its baseline (``json.loads`` of the same bytes, then an empty window),
    ``runs`` alternating runs of each; and the peak memory of both by their first paint."""
    values = _alternating(OPEN_KINDS, runs, path)
    times = {kind: values[kind]["first_paint_s"] for kind in OPEN_KINDS}
    cpu = {kind: values[kind]["cpu_s"] for kind in OPEN_KINDS}
    rss = {kind: values[kind]["peak_rss_mib"] for kind in OPEN_KINDS}
    log.info("open: %s", {k: [round(t, 2) for t in v] for k, v in times.items()})
    return {
        "open_s": times["open"],
        "json_s": times["json"],
        "open_median_s": median(times["open"]),
        "json_median_s": median(times["json"]),
        "ratio": ratio(median(times["open"]), median(times["json"])),
        "ratio_cpu": ratio(median(cpu["open"]), median(cpu["json"])),
        "open_peak_rss_mib": max(rss["open"]),
        "json_peak_rss_mib": max(rss["json"]),
        "memory_ratio": ratio(max(rss["open"]), max(rss["json"])),
    }
