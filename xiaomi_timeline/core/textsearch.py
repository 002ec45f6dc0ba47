"""Free-text search over every event's own texts, in numpy instead of one Python step per event.

The texts of a run of events are casefolded and UTF-8 encoded into one byte string: an event's
texts joined by newlines, then a line holding only NUL, then the next event. A word of a search
holds no whitespace (the search splits on it), so it can only match inside one line of one
event; its matches map to events through the places of the NUL bytes. UTF-8 keeps a byte match
of a whole word on character boundaries, so matching bytes is matching text.

A word is found by comparing its rarest pairs of adjacent bytes against the text as 16-bit
numbers (two numpy compares, which do not hold the interpreter lock, so two threads share the
work), then checking its other bytes only where those pairs occur. A word made of common
letters (many candidates) is checked with one compare per byte instead, and a one-letter word
with one compare.
"""

from __future__ import annotations

import itertools
import operator
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from xiaomi_timeline.core.columns import EventColumns
from xiaomi_timeline.core.schema import Event, LocalizedText, all_texts

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]
Bytes = npt.NDArray[np.uint8]

EVENT_END = "\x00"
"""The line between two events' texts (a word holding it is searched the plain way)."""
CHUNK_EVENTS = 8192
"""Events per byte string: building one holds the interpreter lock for a few milliseconds (the
window, building its views meanwhile, waits no longer), and a search's temporary arrays stay
small."""
DENSE = 64
"""A pair of bytes found more often than once in this many bytes of text: check every byte of
the word over the whole text instead of at each place (fewer steps than that many places)."""
PAIR_SAMPLE_STEP = 61
"""Every this many pairs of bytes are counted to guess which pair of a word is rarest."""
_HELPER: list[ThreadPoolExecutor] = []
"""The thread that searches every other chunk beside the searching thread (numpy compares
release the interpreter lock, so a second core halves a search of a big document); made by
:func:`_helper` when a search first needs it."""
_HELPER_MADE = threading.Lock()
HELPED_FROM_CHUNKS = 8
"""Chunks from which the helper takes half: a smaller search is over before handing work to
another thread pays."""


def _helper() -> ThreadPoolExecutor:
    """The helper thread, made on first use: only a document of tens of thousands of events
    needs it, and importing :mod:`concurrent.futures` would add ~2 ms to every start."""
    with _HELPER_MADE:
        if not _HELPER:
            from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415 - see above

            _HELPER.append(ThreadPoolExecutor(max_workers=1, thread_name_prefix="search"))
        return _HELPER[0]


_FIELDS = operator.attrgetter("title", "description", "date_note", "tags")
TextColumns = tuple[
    Sequence[LocalizedText],
    Sequence[LocalizedText | None],
    Sequence[LocalizedText | None],
    Sequence[Sequence[str]],
]
"""Titles, descriptions, date notes and tags of many events, one item per event each."""


def event_search_text(event: Event) -> str:
    """What a search looks in for ``event`` (its own texts in every language, casefolded): the
    plain definition that :class:`SearchTexts` answers for many events at once. Names of its
    people and organizations are matched through the index's facets instead."""
    texts = _texts_of(event.title, event.description, event.date_note, event.tags)
    return "\n".join(texts).casefold()


def _texts_of(
    title: LocalizedText,
    description: LocalizedText | None,
    date_note: LocalizedText | None,
    tags: Sequence[str],
) -> tuple[str, ...]:
    return (*all_texts(title), *all_texts(description), *all_texts(date_note), *tags)


Stop = Callable[[], bool]


class SearchStopped(Exception):  # noqa: N818 - not an error: a newer search replaced it
    """A search given up half-way because its answer is no longer wanted."""


def text_columns(columns: EventColumns) -> TextColumns:
    """The columns a search looks in, from those read at load."""
    return columns.titles, columns.descriptions, columns.date_notes, columns.tags


@dataclass(frozen=True)
class _Chunk:
    """The texts of events ``first`` to ``first + len(starts) - 1`` as casefolded UTF-8."""

    text: Bytes
    starts: IntArray
    """Where each event's texts begin in ``text``."""
    first: int


class SearchTexts:
    """Every event's :func:`event_search_text`, searchable a word at a time."""

    def __init__(
        self,
        titles: Sequence[LocalizedText],
        descriptions: Sequence[LocalizedText | None],
        date_notes: Sequence[LocalizedText | None],
        tags: Sequence[Sequence[str]],
    ) -> None:
        """Build from the events' text fields, one item per event (masks come back in this
        order)."""
        self.size = len(titles)
        self._chunks: list[_Chunk] = []
        pairs = np.zeros(1 << 16, dtype=np.int64)
        for first in range(0, self.size, CHUNK_EVENTS):
            part = slice(first, first + CHUNK_EVENTS)
            chunk = _chunk(titles[part], descriptions[part], date_notes[part], tags[part], first)
            self._chunks.append(chunk)
            sample = _pairs(chunk.text, 0)[::PAIR_SAMPLE_STEP]
            pairs += np.bincount(sample, minlength=1 << 16)
        self._pair_counts = pairs
        """How often each pair of bytes (as a little-endian 16-bit number) occurs, sampled."""

    @classmethod
    def of(cls, events: Sequence[Event]) -> SearchTexts:
        """The search texts of ``events``, read from the models."""
        titles, descriptions, date_notes, tags = (
            zip(*map(_FIELDS, events), strict=True) if events else [()] * 4
        )
        return cls(titles, descriptions, date_notes, tags)

    def find(self, word: str, stop: Stop | None = None) -> BoolArray:
        """Which events' texts contain ``word`` (already casefolded, without whitespace and
        without EVENT_END: :func:`event_search_text` answers for such a word). Raises
        :class:`SearchStopped` as soon as ``stop()`` says the answer is no longer wanted."""
        if EVENT_END in word:
            raise ValueError("a word with a NUL must be searched in each event's text")
        needle = np.frombuffer(word.encode("utf-8", "surrogatepass"), dtype=np.uint8)
        found = np.zeros(self.size, dtype=np.bool_)
        pair = self._rarest_pair(needle)
        chunks = self._chunks
        if len(chunks) < HELPED_FROM_CHUNKS:
            _find_each(chunks, needle, pair, found, stop)
            return found
        helped = _helper().submit(_find_each, chunks[1::2], needle, pair, found, stop)
        try:
            _find_each(chunks[::2], needle, pair, found, stop)
        finally:
            helped.result()  # disjoint events: both halves write their own part of ``found``
        return found

    def _rarest_pair(self, needle: Bytes) -> int:
        """Where in ``needle`` the pairs of adjacent bytes to look for begin: for a word of
        three bytes or more the least common two overlapping pairs (see :func:`_places`)."""
        if needle.size < 3:
            return 0
        values = needle[:-1].astype(np.int64) | (needle[1:].astype(np.int64) << 8)
        counts = self._pair_counts[values]
        return int(np.argmin(counts[:-1] + counts[1:]))


def _find_each(
    chunks: Sequence[_Chunk], needle: Bytes, pair: int, found: BoolArray, stop: Stop | None
) -> None:
    for chunk in chunks:
        if stop is not None and stop():
            raise SearchStopped(bytes(needle).decode("utf-8", "surrogatepass"))
        _find_in(chunk, needle, pair, found)


def _chunk(
    titles: Sequence[LocalizedText],
    descriptions: Sequence[LocalizedText | None],
    date_notes: Sequence[LocalizedText | None],
    tags: Sequence[Sequence[str]],
    first: int,
) -> _Chunk:
    """One :class:`_Chunk`: each event's title, description, date note and tags, then an
    EVENT_END, all joined by newlines (built in C: no Python step per event)."""
    count = len(titles)
    slots: list[str | None] = [EVENT_END] * (5 * count)
    slots[0::5] = _plain(titles)
    slots[1::5] = _plain(descriptions)
    slots[2::5] = _plain(date_notes)
    slots[3::5] = map("\n".join, tags)
    text, ends = _encoded("\n".join(filter(None, slots)))  # None: no description, no note
    if ends.size != count:  # a text holds a NUL: a line break serves alike
        between = "\n" + EVENT_END + "\n"
        regions = (
            "\n".join(_texts_of(*fields)).replace(EVENT_END, "\n")
            for fields in zip(titles, descriptions, date_notes, tags, strict=True)
        )
        text, ends = _encoded(between.join(regions) + between)
    starts = np.empty(count, dtype=np.int64)
    starts[:1] = 0
    starts[1:] = ends[:-1] + 1
    return _Chunk(text, starts, first)


def _encoded(joined: str) -> tuple[Bytes, IntArray]:
    """``joined`` casefolded as UTF-8 bytes, and where its NUL bytes are."""
    text = np.frombuffer(joined.casefold().encode("utf-8", "surrogatepass"), dtype=np.uint8)
    return text, np.flatnonzero(text == 0)


def _plain(column: Sequence[Any]) -> list[Any]:
    """A text field of many events with each text in several languages (a dict) as one
    string, its languages on separate lines; plain strings and None stay as they are."""
    texts: list[Any] = list(column)
    for position in itertools.compress(
        range(len(texts)), map(isinstance, texts, itertools.repeat(dict))
    ):
        texts[position] = "\n".join(texts[position].values())
    return texts


def _pairs(text: Bytes, offset: int) -> npt.NDArray[np.uint16]:
    """``text``'s bytes from ``offset`` on, two at a time, as little-endian 16-bit numbers."""
    usable = (text.size - offset) // 2 * 2
    return text[offset : offset + usable].view("<u2")


def _find_in(chunk: _Chunk, needle: Bytes, pair: int, found: BoolArray) -> None:
    """Mark in ``found`` the events of ``chunk`` whose texts contain ``needle``."""
    text, size = chunk.text, needle.size
    last = text.size - size  # the last place a match can begin
    if last < 0:
        return
    if size == 1:
        places: BoolArray | IntArray = np.equal(text, needle[0], out=_scratch(text.size, 0))
    else:
        places = _places(text, needle, pair, last)
    if places.dtype == np.bool_:
        hits = np.logical_or.reduceat(places, chunk.starts)
        found[chunk.first : chunk.first + hits.size] |= hits
        return
    events = np.searchsorted(chunk.starts, places, side="right") - 1
    found[chunk.first + events] = True


def _places(text: Bytes, needle: Bytes, pair: int, last: int) -> BoolArray | IntArray:
    """Where ``needle`` begins in ``text``: as positions where its pairs (at ``pair``) are
    rare in the text, else as a mask over every byte of the text.

    The text is read two bytes at a time from its even bytes. A match of a word of three
    bytes or more puts the pair at ``pair`` or the one after it on an even byte: looking for
    those two reads only whole 16-bit numbers. A word of two bytes is also looked for from
    the odd bytes (unaligned, slower)."""
    looks = ((0, pair), (0, pair + 1)) if needle.size >= 3 else ((0, 0), (1, 0))
    found = []
    for start, at in looks:
        value = int(needle[at]) | int(needle[at + 1]) << 8
        words = _pairs(text, start)
        hits = np.equal(words, value, out=_scratch(words.size, 0))
        found.append(np.flatnonzero(hits) * 2 + (start - at))
    places = np.concatenate(found)
    if places.size > text.size // DENSE:
        return _mask_of(text, needle, last)
    places = places[(places >= 0) & (places <= last)]
    for offset in range(needle.size):
        places = places[text[places + offset] == needle[offset]]
    return places


def _mask_of(text: Bytes, needle: Bytes, last: int) -> BoolArray:
    """Every place in ``text`` where ``needle`` begins, byte by byte over the whole text."""
    mask = _scratch(text.size, 0)
    mask[last + 1 :] = False
    view, byte = mask[: last + 1], _scratch(last + 1, 1)
    np.equal(text[: last + 1], needle[0], out=view)
    for offset in range(1, needle.size):
        view &= np.equal(text[offset : offset + last + 1], needle[offset], out=byte)
    return mask


_SCRATCH = threading.local()


def _scratch(size: int, slot: int) -> BoolArray:
    """This thread's bool buffer number ``slot`` (0 or 1), at least ``size`` long, kept for
    the next search: a fresh array of megabytes costs a page fault every 4 kB."""
    buffers: list[BoolArray] = getattr(_SCRATCH, "buffers", [])
    if not buffers:
        _SCRATCH.buffers = buffers = [np.empty(0, dtype=np.bool_)] * 2
    if buffers[slot].size < size:
        buffers[slot] = np.empty(size, dtype=np.bool_)
    return buffers[slot][:size]
