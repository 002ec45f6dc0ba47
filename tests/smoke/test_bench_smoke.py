"""The benchmark runs end to end at a tiny size and reports every figure it promises.

No timing is asserted: this only proves that `python -m xiaomi_timeline.bench run` measures
launch, load, filters, frames and memory, prints the table and writes the JSON.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from xiaomi_timeline.core.query import FilterState


@pytest.mark.slow
def test_benchmark_runs_end_to_end_and_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "xiaomi_timeline.bench",
            "run",
            "--sizes",
            "200",
            "--runs",
            "1",
            "--json",
            str(out),
            "--markdown",
            str(tmp_path / "bench.md"),
            "--cache-dir",
            str(tmp_path / "cache"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert "launch to first paint" in completed.stdout
    assert "200 load+validate+index" in completed.stdout
    assert "200 CSV import (vs csv module alone)" in completed.stdout

    results = json.loads(out.read_text(encoding="utf-8"))
    machine = results["machine"]
    for key in ("cpu", "cores", "python", "pyside6", "date"):
        assert machine[key]
    assert machine["reference_ms_start"] > 0 and machine["reference_ms_end"] > 0
    assert "reference work" in completed.stdout  # runs on a drifting machine can be compared
    assert machine["load_average_start"] >= 0 and machine["load_average_end"] >= 0
    assert "load average" in completed.stdout  # and a run that waited for a core shows it
    launch = results["launch"]
    assert "error" not in launch, launch
    assert launch["app_median_s"] > 0 and launch["empty_median_s"] > 0
    assert launch["ratio"] > 0
    assert launch["stack_median_s"] > 0  # the floor the required libraries set
    assert "floor: empty window after importing numpy + pydantic" in completed.stdout

    size = results["sizes"]["200"]
    assert "error" not in size, size
    assert size["events"] == 200
    assert size["load"]["ours_median_s"] > 0 and size["load"]["json_loads_median_s"] > 0
    assert size["load"]["validator_only_median_s"] > 0  # the floor pydantic sets for loading
    assert "200 validation alone (the load's floor)" in completed.stdout
    assert set(size["filters"]) == {"person", "years", "person_years", "text"}
    assert all(f["runs"] > 0 and f["median_ms"] >= 0 for f in size["filters"].values())
    frames = size["frames"]
    assert "error" not in frames, frames
    for mode in ("category", "person", "organization"):
        for view in ("whole", "year", "zoom", "pan"):
            assert frames[mode][view]["runs"] > 0
            assert frames[mode][view]["p95_ms"] >= frames[mode][view]["median_ms"] > 0
    assert size["memory"]["peak_rss_mib"] > 0
    window = size["window"]
    assert "error" not in window, window
    for kind in ("person", "year", "category"):
        click = window["clicks"][kind]
        assert click["runs"] > 0 and click["unfinished"] == 0, click  # every view repainted
        assert click["remove"]["runs"] == click["runs"] and click["remove"]["unfinished"] == 0
    assert window["filter_after_clicks"] == str(FilterState())  # each second click undid it
    assert window["search"]["runs"] > 0 and window["search"]["unfinished"] == 0
    assert window["search"]["first_ms"] > 0 and not window["search"]["first_missing"]
    opened = size["open"]
    assert "error" not in opened, opened
    assert opened["open_median_s"] > 0 and opened["json_median_s"] > 0
    assert opened["open_peak_rss_mib"] > 0 and opened["json_peak_rss_mib"] > 0
    assert size["timing_process_peak_rss_mib"] > 0

    verdicts = {row["what"]: row["verdict"] for row in results["targets"]}
    assert verdicts["launch to first paint (built-in data)"] in {"PASS", "MISS"}
    assert "200 frame person/zoom" in verdicts
    for row in (
        "200 click a person filter, window repainted",
        "200 click a year filter, window repainted",
        "200 click a category filter, window repainted",
        "200 first search after load, window repainted",
        "200 search, last key to window repainted",
        "200 open a file: launch with FILE to painted timeline",
        "200 peak memory (RSS) at the painted timeline",
    ):
        assert row in verdicts, row
    assert not list((tmp_path / "cache").glob("*.tmp"))
    markdown = (tmp_path / "bench.md").read_text(encoding="utf-8")
    assert "| what | figure | target | result |" in markdown
    assert "| 200 load+validate+index |" in markdown


def test_run_rejects_bad_sizes() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "xiaomi_timeline.bench", "run", "--sizes", "ten"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 2
    assert "--sizes" in completed.stderr


@pytest.mark.slow
def test_measuring_a_file_leaves_the_users_settings_alone(tmp_path: Path) -> None:
    """The window the bench opens must not become the user's last file (the app would reopen
    a synthetic file of a million events on its next start) nor read the user's settings."""
    from xiaomi_timeline.bench.generator import generate_file  # noqa: PLC0415
    from xiaomi_timeline.core.paths import HOME_OVERRIDE_ENV  # noqa: PLC0415

    data = tmp_path / "events.json"
    generate_file(data, 200, 1)
    home = tmp_path / "user-home"
    home.mkdir()
    out = tmp_path / "figures.json"
    completed = subprocess.run(
        [
            *(sys.executable, "-m", "xiaomi_timeline.bench", "measure", str(data)),
            *("--window-only", "--filter-runs", "1", "--text-runs", "1", "--out", str(out)),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", HOME_OVERRIDE_ENV: str(home)},
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert json.loads(out.read_text(encoding="utf-8"))["clicks"]["person"]["median_ms"] > 0
    assert list(home.rglob("*")) == []
