"""Small numpy helpers shared across the package."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray


def distinct(values: NDArray[np.int64] | NDArray[np.int32]) -> NDArray[np.int64]:
    """The distinct values, sorted, as ``np.unique`` gives them. Without ``np.unique``'s
    check for masked arrays, which imports ``numpy.ma`` (~10-20 ms) on first use: this runs
    before the first frame."""
    ordered = np.sort(values.astype(np.int64, copy=False))
    if ordered.size == 0:
        return ordered
    keep = np.empty(ordered.size, dtype=np.bool_)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def member_of(values: NDArray[Any], test: Sequence[int] | NDArray[Any]) -> NDArray[np.bool_]:
    """Which of ``values`` are among ``test``, as ``np.isin`` says, without ``np.isin``'s
    ``np.unique``, which imports ``numpy.ma`` on first use (as above). ``test`` is converted to
    the dtype of ``values``."""
    ordered = np.sort(np.asarray(test, dtype=values.dtype))
    if ordered.size == 0:
        return np.zeros(values.shape, dtype=np.bool_)
    at = np.minimum(np.searchsorted(ordered, values), ordered.size - 1)
    return np.asarray(ordered[at] == values, dtype=np.bool_)
