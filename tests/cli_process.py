"""Running the ``xiaomi-timeline`` command as a user does: a process of its own."""

import os
import subprocess
import sys
from pathlib import Path


def run(*args: object, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m xiaomi_timeline ARGS`` with UTF-8 output, never raising on its exit code."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "xiaomi_timeline", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=120,
        check=False,
    )
