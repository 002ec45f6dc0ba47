"""What the benchmark ran on: recorded with every result, because figures mean nothing without."""

from __future__ import annotations

import datetime
import json
import os
import platform
import statistics
import subprocess
import time
from pathlib import Path
from typing import Any


def _cpu_model() -> str:
    """Model name, with the clock and a note when running under a hypervisor."""
    fields: dict[str, str] = {}
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            key, _, value = line.partition(":")
            fields.setdefault(key.strip(), value.strip())
    except OSError:
        return platform.processor() or platform.machine()
    model = fields.get("model name") or platform.machine()
    if "cpu MHz" in fields:
        model += f" @ {float(fields['cpu MHz']) / 1000:.1f} GHz"
    if "hypervisor" in fields.get("flags", "").split():
        model += " (virtual machine)"
    return model


def _memory_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024**2, 1)
    except (OSError, ValueError, IndexError):
        pass
    return None


def _git_state() -> dict[str, Any]:
    """The commit measured and whether the checkout had uncommitted changes."""
    root = Path(__file__).resolve().parents[2]
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        ).stdout.strip()
        status = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {"commit": None, "dirty": None}
    return {"commit": commit, "dirty": bool(status.strip())}


def machine_info() -> dict[str, Any]:
    """CPU, cores, memory, OS, Python and library versions, date, and the git commit."""
    import numpy  # noqa: PLC0415 (versions only; imported here to keep module import light)
    import pydantic  # noqa: PLC0415

    import PySide6  # noqa: PLC0415
    from PySide6 import QtCore  # noqa: PLC0415

    return {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "memory_gib": _memory_gib(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "qt": QtCore.qVersion(),
        "pydantic": pydantic.VERSION,
        "numpy": numpy.__version__,
        "qt_platform": "offscreen",  # the runner sets it for every measuring process
        **_git_state(),
    }


def reference_ms(repeats: int = 5) -> float:
    """Median milliseconds of a fixed piece of pure-Python work (parsing and walking a small
    JSON text). The absolute frame and filter limits depend on how fast the machine is, and a
    shared virtual machine's speed drifts by tens of per cent within an hour: measured at the
    start and end of a run, this tells two runs' machines apart."""
    text = json.dumps(
        [
            {"id": f"e{i}", "title": "x" * (i % 40), "tags": ["a", "b"] * (i % 3)}
            for i in range(4000)
        ]
    )
    times = []
    for _ in range(repeats):
        started = time.process_time()
        for _ in range(5):
            sum(len(event["title"]) + len(event["tags"]) for event in json.loads(text))
        times.append((time.process_time() - started) * 1000)
    return round(statistics.median(times), 1)


def load_average() -> float | None:
    """The system's one-minute load average: other processes waiting for the cores. The
    reference work is CPU time and does not show a run that had to wait for a core; this
    does (on 2 cores, above ~1.5 our wall-clock figures grow)."""
    try:
        return round(os.getloadavg()[0], 2)
    except (OSError, AttributeError):
        return None
