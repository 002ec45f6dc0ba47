"""Find the keys written twice in one JSON object, with numpy, a chunk at a time.

JSON parsers, pydantic's and Python's alike, keep the last of two equal keys of an object and
drop the first without a word: a second "events" array replaces the first, a second "start"
the first date. A user would never learn that part of the file was not read, so the loader
asks this scan and refuses such a file, naming both places.

A key is the string before a colon: outside strings a colon follows a key and nothing else.
Strings are told apart as :mod:`~xiaomi_timeline.core.loading.structure` does; a key's object
is the innermost bracket open before it, found by depth among the opening brackets. Keys are
compared by a 64-bit mix of their object, length and first and last eight bytes, in C loops;
the few keys that mix alike are then compared as decoded text in Python, so two keys that
only mix alike are never taken for equal. A key written with escapes is decoded first
("st\\u0061rt" is "start").

Each chunk is scanned with what the previous one left: the bytes from the last string opened
near its end (a key may go on into the next chunk, or its colon may be there), the brackets
open and the keys of the objects still open. On text that is not JSON the answer is
meaningless but harmless: the loader asks only once the file has validated.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from xiaomi_timeline.core.arrays import member_of
from xiaomi_timeline.core.loading.structure import (
    BACKSLASH,
    BRACKET_DELTA,
    QUOTE,
    backslashes_after,
    escaped_quotes,
)

COLON = ord(":")
CARRY_LIMIT = 4096
"""A string opened more than this many bytes before a chunk's end is not carried into the
next chunk (it would be scanned again chunk after chunk): no key of a timeline is that long.
Such a key, if it is one, is not compared."""
MAX_DEPTH = 10_000
"""Deeper nesting than any timeline: the scan stops there and finds nothing more."""
MAX_FOUND = 200
CHUNK_BYTES = 4 * 1024 * 1024

_WORD = 8
_SHIFTS_AT_MOST = 64
"""Objects of up to this many keys are checked by comparing each key with the few before it;
an object with more, by sorting."""
_MULTIPLIERS = tuple(
    np.uint64(m)
    for m in (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5)
)
_PREFIX_MASKS = np.array(
    [(1 << (8 * n)) - 1 for n in range(_WORD)] + [(1 << 64) - 1], dtype=np.uint64
)
"""The low ``n`` bytes of a little-endian word: the whole of a key shorter than a word."""
_BACKSLASHES = np.uint64(BACKSLASH * 0x0101010101010101)
_LOW_BITS = np.uint64(0x0101010101010101)
_HIGH_BITS = np.uint64(0x8080808080808080)
_MARKED = bytes(1 if byte in b'":{}[]' else 0 for byte in range(256))
"""Bytes as booleans: 1 for the bytes the scan looks at."""

IntArray = npt.NDArray[np.int64]
ByteArray = npt.NDArray[np.uint8]
BoolArray = npt.NDArray[np.bool_]
WordArray = npt.NDArray[np.uint64]


@dataclass(frozen=True, slots=True)
class DuplicateKey:
    """A key given a second time in one object: the offsets, in bytes from the start of the
    text, of both keys' opening quotes."""

    key: str
    first: int
    second: int


@dataclass(frozen=True, slots=True)
class _Key:
    text: str
    owner: int
    """Where its object's '{' is in the text."""
    offset: int
    """Where its opening quote is in the text."""


class _ChunkKeys:
    """The keys found in one chunk: where their texts are, their objects and their mixes."""

    def __init__(
        self, padded: bytes, offset: int, starts: IntArray, ends: IntArray, owners: IntArray
    ) -> None:
        self._padded = padded
        self._offset = offset
        self.starts, self.ends, self.owners = starts, ends, owners
        self.mixes, maybe_escaped = _mixed(padded, starts, ends, owners)
        for index in np.flatnonzero(maybe_escaped).tolist():  # rare: mix the decoded text
            self.mixes[index] = _mixed_text(self.key(index).text, int(owners[index]))

    def key(self, index: int) -> _Key:
        start, end = int(self.starts[index]), int(self.ends[index])
        text = _decoded(self._padded, start, end)
        return _Key(text, int(self.owners[index]), start - 1 + self._offset)


class DuplicateKeyScanner:
    """Feed it consecutive chunks of one JSON text, then :meth:`finish`: the keys given twice
    in one object, in the order their second places come in the text (at most
    :data:`MAX_FOUND`)."""

    def __init__(self) -> None:
        self.found: list[DuplicateKey] = []
        self._carry = b""
        """Bytes not scanned yet: from the last string opened near the previous chunk's end."""
        self._offset = 0
        """Where ``_carry`` starts in the text."""
        self._in_string = False
        self._backslashes = 0
        self._open: list[int] = []
        """Where the brackets open at ``_offset`` are in the text, outermost first."""
        self._keys: dict[int, list[_Key]] = {}
        """The keys met so far of the objects still open, by their mix."""
        self._stopped = False

    def feed(self, chunk: bytes) -> None:
        self._scan(chunk, final=False)

    def finish(self) -> list[DuplicateKey]:
        self._scan(b"", final=True)
        return self.found

    def _scan(self, chunk: bytes, *, final: bool) -> None:
        if self._stopped or len(self.found) >= MAX_FOUND:
            return
        padded = self._carry + chunk + bytes(_WORD)  # a word can be read at the last byte
        size = len(padded) - _WORD
        marks = _Marks(padded, size, self._in_string, self._backslashes)
        restart = size if final else marks.restart()
        tokens = marks.tokens_before(restart)
        delta = BRACKET_DELTA[tokens.chars]
        depths = np.cumsum(delta) + len(self._open)  # after each token: a colon's own depth
        order, owners = self._owners(tokens, depths, delta > 0)
        key_quotes = tokens.quotes_before[order]
        keys = _ChunkKeys(
            padded,
            self._offset,
            marks.quotes[key_quotes - 2] + 1,  # a key's text, without its quotes
            marks.quotes[key_quotes - 1],
            owners,
        )
        self._compare(keys)
        self._carry_on(padded, marks, tokens, depths, restart, keys)

    def _owners(
        self, tokens: _Tokens, depths: IntArray, opening: BoolArray
    ) -> tuple[IntArray, IntArray]:
        """The keys of the chunk (as indices into ``tokens``) grouped by object, and where
        each one's object opens in the text. In text order the keys of one object are
        interleaved with those of the objects inside it; among the tokens of one depth they
        are not: so the openers and keys are sorted by depth (stably: a radix sort), and each
        key's object is the last opener before it in its depth (one found in an earlier
        chunk when there is none)."""
        keyed = (tokens.chars == COLON) & (tokens.quotes_before >= 2)
        level = np.where(keyed | opening, np.clip(depths, -1, MAX_DEPTH), -1).astype(np.int16)
        order = np.argsort(level, kind="stable")
        order = order[np.searchsorted(level[order], 1) :]  # not a key nor an opener: out
        levels, is_opener = level[order], opening[order]
        at = np.arange(len(order))
        last_opener = np.maximum.accumulate(np.where(is_opener, at, -1)) if len(at) else at
        level_start = np.searchsorted(levels, levels)
        keys = np.flatnonzero(~is_opener)
        opener = last_opener[keys]
        found = opener >= level_start[keys]
        open_before = np.array([*self._open, -1], dtype=np.int64)  # the last: not known
        outer = open_before[np.minimum(levels[keys].astype(np.int64) - 1, len(self._open))]
        position = tokens.positions[order[np.maximum(opener, 0)]] + self._offset
        owners: IntArray = np.where(found, position, outer)
        known = owners >= 0
        return order[keys][known], owners[known]

    def _compare(self, keys: _ChunkKeys) -> None:
        """Record each key of the chunk that an earlier key of its object already gave (keys
        come grouped by object, in text order within each). Only keys whose mix an earlier
        key of the group shares are compared, as text."""
        mixes, owners = keys.mixes, keys.owners
        starts = np.flatnonzero(np.diff(owners, prepend=-2) != 0)
        longest = int(np.diff(starts, append=len(owners)).max()) if len(starts) else 0
        if longest <= _SHIFTS_AT_MOST:
            candidates = set()
            for shift in range(1, longest):
                candidates.update(
                    (np.flatnonzero(mixes[shift:] == mixes[:-shift]) + shift).tolist()
                )
        else:
            order = np.argsort(mixes, kind="stable")
            ordered = mixes[order]
            candidates = set(order[1:][ordered[1:] == ordered[:-1]].tolist())
        if self._keys:  # the keys of objects still open from earlier chunks
            earlier = np.array(sorted({k.owner for ks in self._keys.values() for k in ks}))
            maybe = np.flatnonzero(member_of(owners, earlier))
            candidates.update(maybe[member_of(mixes[maybe], list(self._keys))].tolist())
        found = []
        for index in sorted(candidates):
            mix = mixes[index]
            key = keys.key(index)
            same = self._keys.get(int(mix), []) + [
                keys.key(i) for i in np.flatnonzero(mixes[:index] == mix).tolist()
            ]
            first = next((k for k in same if (k.owner, k.text) == (key.owner, key.text)), None)
            if first is not None:
                found.append(DuplicateKey(key.text, first.offset, key.offset))
        found.sort(key=lambda repeated: repeated.second)
        self.found += found[: MAX_FOUND - len(self.found)]

    def _carry_on(
        self,
        padded: bytes,
        marks: _Marks,
        tokens: _Tokens,
        depths: IntArray,
        restart: int,
        keys: _ChunkKeys,
    ) -> None:
        """Keep what the next chunk needs: the bytes from ``restart`` on, the brackets open
        there and the keys of their objects."""
        depth = int(depths[-1]) if len(depths) else len(self._open)
        if not 0 <= depth <= MAX_DEPTH:
            self._stopped = True
            return
        opened = self._open[:depth] + [-1] * (depth - len(self._open))
        opening = np.flatnonzero(BRACKET_DELTA[tokens.chars] > 0)
        for level in range(depth):  # the last bracket opened at each depth is still open
            at = opening[depths[opening] == level + 1]
            if len(at):
                opened[level] = int(tokens.positions[at[-1]]) + self._offset
        still_open = set(opened)
        kept: dict[int, list[_Key]] = {}
        for mix, earlier in self._keys.items():
            kept[mix] = [key for key in earlier if key.owner in still_open]
        for index in np.flatnonzero(member_of(keys.owners, opened)).tolist():
            kept.setdefault(int(keys.mixes[index]), []).append(keys.key(index))
        self._keys = {mix: earlier for mix, earlier in kept.items() if earlier}
        self._open = opened
        size = len(padded) - _WORD
        if restart < size:  # at a string's opening quote
            self._in_string, self._backslashes = False, 0
        else:
            self._in_string = bool((len(marks.quotes) + self._in_string) & 1)
            self._backslashes = backslashes_after(padded[:size], self._backslashes)
        self._carry = padded[restart:size]
        self._offset += restart


@dataclass(frozen=True, slots=True)
class _Tokens:
    """The colons and brackets outside strings, in order, with how many quotes (of strings)
    come before each."""

    positions: IntArray
    chars: ByteArray
    quotes_before: IntArray


class _Marks:
    """Where a chunk's quotes, colons and brackets are, found in one pass over its bytes."""

    def __init__(self, padded: bytes, size: int, in_string: bool, backslashes: int) -> None:
        """``in_string`` and ``backslashes``: where the text before ``padded`` left off."""
        data = np.frombuffer(padded, dtype=np.uint8, count=size)
        marked = np.frombuffer(padded.translate(_MARKED), dtype=np.bool_, count=size)
        positions = np.flatnonzero(marked)
        chars = data[positions]
        is_quote = chars == QUOTE
        escaped = escaped_quotes(data, positions[is_quote], backslashes)
        if escaped.any():  # text, not the end of a string
            is_quote[is_quote] = ~escaped
        self.quotes: IntArray = positions[is_quote]
        quotes_before = np.cumsum(is_quote, dtype=np.int32) - is_quote
        outside = ((quotes_before + in_string) & 1) == 0
        self._tokens = np.flatnonzero(outside & (chars != QUOTE))  # colons and brackets
        self._positions, self._chars, self._quotes_before = positions, chars, quotes_before
        self._in_string = in_string
        self._size = size

    def restart(self) -> int:
        """Where the next chunk's scan starts: at the last string opened less than
        :data:`CARRY_LIMIT` bytes before the end (it may be a key cut off), else the end."""
        opening = np.flatnonzero(((np.arange(len(self.quotes)) + self._in_string) & 1) == 0)
        if len(opening) and self._size - int(self.quotes[opening[-1]]) <= CARRY_LIMIT:
            return int(self.quotes[opening[-1]])
        return self._size

    def tokens_before(self, end: int) -> _Tokens:
        """The colons and brackets outside strings before ``end``."""
        tokens = self._tokens[: np.searchsorted(self._positions[self._tokens], end)]
        return _Tokens(
            self._positions[tokens],
            self._chars[tokens],
            self._quotes_before[tokens].astype(np.int64),
        )


def _mixed(
    padded: bytes, starts: IntArray, ends: IntArray, owners: IntArray
) -> tuple[WordArray, BoolArray]:
    """The mix of each key's object, length and first and last eight bytes (words read in
    place, one at every byte of the padded chunk), and whether the key may be written with
    escapes: a backslash in those bytes, or a key longer than both words."""
    words = np.ndarray(shape=(len(padded) - _WORD + 1,), dtype="<u8", buffer=padded, strides=(1,))
    lengths = ends - starts
    first = words[starts] & _PREFIX_MASKS[np.minimum(lengths, _WORD)]
    last = np.where(lengths > _WORD, words[np.maximum(ends - _WORD, 0)], np.uint64(0))
    maybe_escaped = _has_backslash(first) | _has_backslash(last) | (lengths > 2 * _WORD)
    mixes = _mix(first, last, lengths.astype(np.uint64), owners.astype(np.uint64))
    return mixes, maybe_escaped


def _has_backslash(words: WordArray) -> BoolArray:
    """Whether any byte of each word is a backslash (the classic test for a zero byte)."""
    flipped = words ^ _BACKSLASHES
    found: BoolArray = ((flipped - _LOW_BITS) & ~flipped & _HIGH_BITS) != 0
    return found


def _mix(first: WordArray, last: WordArray, lengths: WordArray, owners: WordArray) -> WordArray:
    one, two, three, four = _MULTIPLIERS
    mixed: WordArray = first * one ^ last * two ^ lengths * three ^ owners * four
    return mixed


def _mixed_text(text: str, owner: int) -> np.uint64:
    """The mix of a key as if written without escapes."""
    raw = text.encode("utf-8", "surrogatepass")
    first = int.from_bytes(raw[:_WORD], "little")
    last = int.from_bytes(raw[-_WORD:], "little") if len(raw) > _WORD else 0
    words = (np.array([value], dtype=np.uint64) for value in (first, last, len(raw), owner))
    return np.uint64(_mix(*words)[0])


def _decoded(padded: bytes, start: int, end: int) -> str:
    """The text of the key written between ``start`` and ``end`` (its quotes left out)."""
    raw = padded[start:end]
    if b"\\" in raw:
        try:
            return str(json.loads(padded[start - 1 : end + 1]))
        except ValueError:
            pass
    return raw.decode("utf-8", "replace")


def duplicate_keys(text: bytes, chunk_bytes: int = CHUNK_BYTES) -> list[DuplicateKey]:
    """The keys given twice in one object in the JSON ``text``."""
    scanner = DuplicateKeyScanner()
    view = memoryview(text)
    for start in range(0, len(text), chunk_bytes):
        scanner.feed(bytes(view[start : start + chunk_bytes]))
    return scanner.finish()
