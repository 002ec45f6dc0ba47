"""The scaling prototype runs end to end at a tiny size and reports every query it promises.

No timing is asserted. Needs the optional ``scaling`` extra; skipped without it.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("duckdb")
pytest.importorskip("pyarrow")

from xiaomi_timeline.bench.scaling_prototype import MEASURES


@pytest.mark.slow
def test_the_prototype_writes_a_store_and_measures_every_query(tmp_path: Path) -> None:
    out = tmp_path / "scaling.json"
    command = [
        sys.executable,
        "-m",
        "xiaomi_timeline.bench.scaling_prototype",
        "--events",
        "3k",
        "--runs",
        "1",
        "--threads",
        "1",
        "--dir",
        str(tmp_path / "store"),
        "--json",
        str(out),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "3,000 events, seed 1" in done.stdout
    assert "reference work" in done.stdout  # runs on a drifting machine can be compared
    for measure in MEASURES:
        assert measure.name in done.stdout
    assert "failed" not in done.stdout

    results = json.loads(out.read_text(encoding="utf-8"))
    store = results["store"]
    assert store["bytes"] > 0 and store["member_bytes"] > 0 and store["word_bytes"] > 0
    assert store["events"] == 3000
    queries = results["queries"]
    for words in ("one word", "two words"):  # the same events found with and without the index
        assert (
            queries[f"text search, {words}: count + first 500"]["rows"]
            == queries[f"text search through the word index, {words}"]["rows"]
        )
    for measure in MEASURES:
        row = results["queries"][measure.name]
        assert row["median_ms"] > 0 and row["peak_rss_mib"] >= row["idle_rss_mib"] > 0
    assert results["queries"]["people counts, no filter"]["rows"] == 75  # every person counted
    numpy = results["numpy"]["queries"]
    assert (
        numpy["count, person + year"]["rows"] == results["queries"]["count, person + year"]["rows"]
    )  # the same events found both ways

    again = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert again.returncode == 0 and "(reused)" in again.stdout
