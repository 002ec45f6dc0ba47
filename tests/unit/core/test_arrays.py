"""distinct: np.unique's sorted distinct values, without importing numpy.ma."""

from __future__ import annotations

import subprocess
import sys

import numpy as np

from xiaomi_timeline.core.arrays import distinct


def test_distinct_matches_numpy_unique_on_realistic_codes() -> None:
    codes = np.random.default_rng(7).integers(-3, 5000, size=20_000)
    assert np.array_equal(distinct(codes), np.unique(codes))
    assert distinct(np.zeros(0, dtype=np.int64)).size == 0
    assert distinct(np.array([4, 4, 4], dtype=np.int32)).tolist() == [4]


def test_distinct_does_not_import_numpy_ma() -> None:
    code = (
        "import sys, numpy as np\n"
        "from xiaomi_timeline.core.arrays import distinct\n"
        "distinct(np.array([3, 1, 3]))\n"
        "print('numpy.ma' in sys.modules)\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert completed.stdout.strip() == "False"
