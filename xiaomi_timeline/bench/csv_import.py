"""Import of a CSV file against reading it with the :mod:`csv` module alone, in the same run.

The CSV is our own (what ``list --format csv`` writes) made from the benchmark's generated
file, so it has every column and realistic texts. The baseline reads every row into lists of
strings; ours is ``load_path``: reading, building the document, validating and checking it.
Runs alternate so machine noise hits both sides, each from a collected heap.
"""

from __future__ import annotations

import csv
import logging
from pathlib import Path
from typing import Any

from xiaomi_timeline.bench.loading import clocked
from xiaomi_timeline.bench.stats import clean_heap, median, ratio
from xiaomi_timeline.core.interchange.detection import Format
from xiaomi_timeline.core.interchange.formats import write
from xiaomi_timeline.core.loading.loader import load_path
from xiaomi_timeline.core.schema import Document

log = logging.getLogger(__name__)

MAX_EVENTS = 200_000  # the target is set at 100k; a 1M CSV would only lengthen the run


def csv_twin(path: Path, document: Document) -> Path:
    """Our CSV of the generated file, written once beside it."""
    twin = path.with_suffix(".csv")
    if not twin.exists():
        twin.write_bytes(write(document, Format.CSV).data)
    return twin


def _read_rows(path: Path) -> int:
    with path.open(newline="", encoding="utf-8") as handle:
        return len(list(csv.reader(handle)))


def measure_csv_import(path: Path, document: Document, runs: int) -> dict[str, Any]:
    """Medians of ``runs`` alternating runs of csv.reader and of our import."""
    twin = csv_twin(path, document)
    baseline: list[float] = []
    ours: list[float] = []
    baseline_cpu: list[float] = []
    ours_cpu: list[float] = []
    for run in range(max(1, runs)):
        with clean_heap():
            wall, cpu, rows = clocked(lambda: _read_rows(twin))
            baseline.append(wall)
            baseline_cpu.append(cpu)
        with clean_heap():
            wall, cpu, imported = clocked(lambda: load_path(twin))
            ours.append(wall)
            ours_cpu.append(cpu)
            del imported
        log.info("csv run %d: csv.reader %.3fs, import %.3fs", run + 1, baseline[-1], ours[-1])
    return {
        "rows": rows - 1,
        "csv_bytes": twin.stat().st_size,
        "csv_reader_median_s": median(baseline),
        "import_median_s": median(ours),
        "ratio": ratio(median(ours), median(baseline)),
        "ratio_cpu": ratio(median(ours_cpu), median(baseline_cpu)),
    }
