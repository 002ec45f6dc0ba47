"""distinct and member_of: np.unique and np.isin, without importing numpy.ma."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from xiaomi_timeline.core.arrays import distinct, member_of


def test_distinct_matches_numpy_unique_on_realistic_codes() -> None:
    codes = np.random.default_rng(7).integers(-3, 5000, size=20_000)
    assert np.array_equal(distinct(codes), np.unique(codes))
    assert distinct(np.zeros(0, dtype=np.int64)).size == 0
    assert distinct(np.array([4, 4, 4], dtype=np.int32)).tolist() == [4]


@pytest.mark.parametrize(
    "call", ["distinct(np.array([3, 1, 3]))", "member_of(np.array([3, 1, 3]), [1])"]
)
def test_neither_imports_numpy_ma(call: str) -> None:
    code = (
        "import sys, numpy as np\n"
        "from xiaomi_timeline.core.arrays import distinct, member_of\n"
        f"{call}\n"
        "print('numpy.ma' in sys.modules)\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert completed.stdout.strip() == "False"


def test_member_of_matches_numpy_isin() -> None:
    rng = np.random.default_rng(11)
    owners = rng.integers(0, 50_000, size=20_000)
    opened = rng.integers(0, 50_000, size=300).tolist()
    assert np.array_equal(member_of(owners, opened), np.isin(owners, opened))
    mixes = rng.integers(0, 2**64 - 1, size=5_000, dtype=np.uint64)
    known = [int(m) for m in mixes[::97]] + [2**64 - 1, 0]
    assert np.array_equal(member_of(mixes, known), np.isin(mixes, np.array(known, np.uint64)))
    assert not member_of(owners, []).any()
    assert member_of(np.zeros(0, dtype=np.int64), [1, 2]).size == 0
