"""Where the strings and brackets of JSON text are, found by numpy a chunk at a time.

Splitting a big file's events into batches needs the byte offsets of the brackets that open
and close them, not the values inside: building Python objects for a file twice would cost
what the batches save. A quote is a real one when the run of backslashes before it is even
(in valid JSON a backslash occurs only inside strings); a bracket counts when an even number
of real quotes precedes it; its depth is a running sum. Each chunk is scanned on its own with
what the previous one left open (inside a string, the backslashes it ended with, the depth),
so the temporaries stay the size of a chunk.

The scan takes any bytes: on text that is not JSON its answer is meaningless but harmless,
as every piece it finds is validated by the JSON parser afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

QUOTE, BACKSLASH = ord('"'), ord("\\")
OPEN_OBJECT, CLOSE_OBJECT = ord("{"), ord("}")
OPEN_ARRAY, CLOSE_ARRAY = ord("["), ord("]")

IntArray = npt.NDArray[np.int64]
ByteArray = npt.NDArray[np.uint8]

BRACKET_DELTA = np.zeros(256, dtype=np.int64)
"""What each byte does to the depth: +1 for an opening bracket, -1 for a closing one."""
BRACKET_DELTA[[OPEN_OBJECT, OPEN_ARRAY]] = 1
BRACKET_DELTA[[CLOSE_OBJECT, CLOSE_ARRAY]] = -1


@dataclass(frozen=True)
class Tokens:
    """Every bracket outside strings, in order: ``positions`` (offsets from the first byte
    fed), ``chars`` (the byte) and ``depths`` (how many brackets are open before it: 0 for
    the top-level value's own bracket)."""

    positions: IntArray
    chars: ByteArray
    depths: IntArray

    def __len__(self) -> int:
        return len(self.positions)


class StructureScanner:
    """Feed it consecutive chunks of one text; each :meth:`feed` gives that chunk's tokens."""

    def __init__(self, offset: int = 0, depth: int = 0) -> None:
        """A scan from the start of a text, or from ``offset`` where ``depth`` brackets are
        open (and no string)."""
        self.offset = offset
        """Where the next chunk starts."""
        self.depth = depth
        """Brackets open after the bytes fed so far."""
        self.in_string = False
        self._backslashes = 0
        """How many backslashes the bytes fed so far end with."""

    def feed(self, chunk: bytes) -> Tokens:
        data = np.frombuffer(chunk, dtype=np.uint8)
        quotes = real_quotes(data, self._backslashes)
        folded = data | 0x20  # '[' -> '{', ']' -> '}'; no other byte becomes either
        brackets = np.flatnonzero((folded == OPEN_OBJECT) | (folded == CLOSE_OBJECT))
        outside = ((np.searchsorted(quotes, brackets) + self.in_string) & 1) == 0
        positions = brackets[outside]
        chars = data[positions]
        delta = BRACKET_DELTA[chars]
        depths = np.cumsum(delta) - delta + self.depth
        self.depth += int(delta.sum())
        self.in_string = bool((len(quotes) + self.in_string) & 1)
        self._backslashes = backslashes_after(chunk, self._backslashes)
        tokens = Tokens(positions + self.offset, chars, depths)
        self.offset += len(chunk)
        return tokens


def real_quotes(data: ByteArray, carried: int) -> IntArray:
    """Positions of the quotes in ``data`` that open or close strings (not escaped ones);
    ``carried`` is the run of backslashes the text before ``data`` ended with."""
    quotes = np.flatnonzero(data == QUOTE)
    escaped = escaped_quotes(data, quotes, carried)
    return quotes[~escaped] if escaped.any() else quotes


def escaped_quotes(data: ByteArray, quotes: IntArray, carried: int) -> npt.NDArray[np.bool_]:
    """Which of the quotes at ``quotes`` in ``data`` are escaped (text, not string ends)."""
    after_backslash: npt.NDArray[np.bool_] = data[quotes - 1] == BACKSLASH  # the first: below
    if len(quotes) and quotes[0] == 0:
        after_backslash[0] = carried > 0
    if after_backslash.any():
        suspect = np.flatnonzero(after_backslash)
        after_backslash[suspect] = _odd_runs_before(data, quotes[suspect], carried)
    return after_backslash


def backslashes_after(chunk: bytes, carried: int) -> int:
    """The run of backslashes a text ends with once ``chunk`` follows text that ended with
    ``carried`` of them."""
    trailing = len(chunk) - len(chunk.rstrip(b"\\"))
    return trailing + carried if trailing == len(chunk) else trailing


def _odd_runs_before(data: ByteArray, quotes: IntArray, carried: int) -> npt.NDArray[np.bool_]:
    """Whether the run of backslashes before each quote at ``quotes`` is odd (the quote is
    escaped); ``carried`` is the run the previous chunk ended with, which continues a run
    that starts this chunk."""
    run = np.zeros(len(quotes), dtype=np.int64)
    active = np.ones(len(quotes), dtype=np.bool_)
    back = 1
    while active.any():
        at = quotes - back
        inside = at >= 0
        run[active & ~inside] += carried  # the run reaches back to the chunk's first byte
        active &= inside
        active[active] = data[at[active]] == BACKSLASH
        run += active
        back += 1
    odd: npt.NDArray[np.bool_] = (run & 1) == 1
    return odd
