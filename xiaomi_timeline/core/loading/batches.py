"""Validate a big timeline file's events in batches while it is read, instead of in one call.

One ``Document.model_validate_json`` of a whole file needs the whole file's bytes and the
parser's own copy of the events at once, and holds the interpreter for seconds. Here the
events array is cut, chunk by chunk, at the ends of its elements (found by
:mod:`~xiaomi_timeline.core.loading.structure`), each run of whole elements is validated as a
list of events and its bytes dropped, and the rest of the document (the same bytes with an
empty events array) is validated as a ``Document`` at the end. Events with the same fields
given share one field-name set (the models are frozen: nothing changes it).

This is only a faster way to the same result. It gives up (:class:`NotBatched`) on anything
it does not expect: no or two top-level "events" keys, a key spelled with escapes, events
that are not an array, a batch that does not validate or holds other than the elements it
was cut to. The loader then validates the whole file in one call, so errors are reported
exactly as before. Each batch is the file's own bytes between two cuts; the parser accepts
it only if the cut falls between two elements of the events array, so a cut made in the wrong
place fails rather than changes the result.
"""

from __future__ import annotations

import collections
import itertools
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

import numpy as np
from pydantic import BaseModel, TypeAdapter

from xiaomi_timeline.core.loading.structure import (
    BACKSLASH,
    CLOSE_ARRAY,
    CLOSE_OBJECT,
    OPEN_ARRAY,
    OPEN_OBJECT,
    QUOTE,
    StructureScanner,
    Tokens,
)
from xiaomi_timeline.core.schema import Document, Event

WHITESPACE = b" \t\r\n"
GUESSES = 3
"""Cuts tried before the last separator held, then before the ones before it."""
MAX_UNCUT_BYTES = 64 * 1024 * 1024
"""Bytes held without a separator before the scan takes over again."""
MAX_TOP_LEVEL_TOKENS = 100_000
"""More top-level keys and values than any timeline has: not worth a loop in Python."""


class NotBatched(Exception):  # noqa: N818 - not an error: validate the whole file instead
    """The file is not one to validate in batches (or a batch failed): validate it whole."""


@cache
def _events_adapter() -> TypeAdapter[tuple[Event, ...]]:
    return TypeAdapter(tuple[Event, ...])


class EventBatches:
    """Feed it a timeline file's bytes in order; :meth:`document` gives the Document."""

    def __init__(self) -> None:
        self._scanner = StructureScanner()
        self._buffer = bytearray()
        """The bytes fed and still needed, from file offset ``_buffer_start`` on."""
        self._buffer_start = 0
        self._head = b""
        """The file up to the events array's '['. Once it is found, the buffer starts with
        that '[' or the comma after the last event validated: the byte before a batch."""
        self._phase = "before"  # -> "inside" the events array -> "after" it
        self._top_level_tokens = 0
        self._previous_top = -1
        """The last top-level bracket (or -1)."""
        self._ended = False
        self._ends_held = 0
        self._separator = b""
        """The bytes between the first two events ('}', a comma, '{' and any whitespace):
        while set, cuts are made before the last of them in the bytes held, without a scan."""
        self._batches: list[tuple[Event, ...]] = []
        self._field_sets: dict[tuple[str, ...], set[str]] = {}

    def feed(self, chunk: bytes) -> None:
        """Take the next chunk of the file; validates the events it completes."""
        self._buffer += chunk
        if self._separator:
            self._guess_cut()
        else:
            self._follow(self._scanner.feed(chunk))

    def _follow(self, tokens: Tokens) -> None:
        """Follow the top level through ``tokens`` and cut the events array where they say."""
        if not len(tokens):
            return
        closing = (tokens.chars | 0x20) == CLOSE_OBJECT
        top = np.flatnonzero((tokens.depths <= 1) | ((tokens.depths == 2) & closing))
        self._top_level_tokens += len(top)
        if self._top_level_tokens > MAX_TOP_LEVEL_TOKENS:
            raise NotBatched("too many top-level values")
        first_inside = 0 if self._phase == "inside" else None
        for index in top.tolist():
            position = int(tokens.positions[index])
            opened = self._top_level(position, int(tokens.chars[index]), int(tokens.depths[index]))
            if opened:
                first_inside = index + 1
            elif self._phase == "after" and first_inside is not None:
                self._cut(tokens, first_inside, index, closing=position)
                first_inside = None
        if first_inside is not None:
            self._cut(tokens, first_inside, len(tokens), closing=None)

    def document(self) -> Document:
        """The document fed, once all of it is."""
        if self._separator:
            self._scan_again()
        scanner = self._scanner
        if self._phase != "after" or not self._ended or scanner.depth or scanner.in_string:
            raise NotBatched("no events array, or the file ends early")
        head = self._head + b"[" + bytes(self._buffer)
        self._buffer = bytearray()
        try:
            document = Document.model_validate_json(head)
        except Exception as error:
            raise NotBatched("the rest of the document") from error
        events = (
            tuple(itertools.chain.from_iterable(self._batches))
            if len(self._batches) != 1
            else self._batches[0]
        )
        self._batches = []
        return document.model_copy(update={"events": events})

    # -- the top level -----------------------------------------------------------------

    def _top_level(self, position: int, char: int, depth: int) -> bool:
        """Follow one bracket of the top-level object; True when it opens the events array.

        Only the keys of arrays are read: another "events" key with a value of another kind
        makes the rest of the document invalid whichever of the two the parser keeps, or
        keeps the array, so the whole file is validated then or the result is the same."""
        if self._ended or (depth == 0) != (self._previous_top == -1):
            raise NotBatched("not one object at the top level")
        self._previous_top = char
        if depth == 0:
            if char != OPEN_OBJECT:
                raise NotBatched("the top level is not an object")
            return False
        if depth == 1 and char == CLOSE_OBJECT:
            self._ended = True
            return False
        if depth == 1 and char == OPEN_ARRAY and self._key_before(position) == b"events":
            if self._phase != "before":
                raise NotBatched("two events arrays")
            split = position - self._buffer_start
            self._head = bytes(self._buffer[:split])
            del self._buffer[:split]  # the '[' stays, as the first byte of the batches
            self._buffer_start = position
            self._phase = "inside"
            return True
        if depth == 2 and self._phase == "inside":  # the value closing is the events array
            if char != CLOSE_ARRAY:
                raise NotBatched("events is not one array")
            self._phase = "after"
        return False

    def _key_before(self, position: int) -> bytes:
        """The name of the key of the value that starts at ``position``, as written."""
        buffer = self._buffer
        colon = self._last_written(position - self._buffer_start)
        close = self._last_written(colon)
        start = buffer.rfind(b'"', 0, close)
        if buffer[colon] != ord(":") or buffer[close] != QUOTE or start < 1:
            raise NotBatched("not a key before a value")
        name = bytes(buffer[start + 1 : close])
        if b"\\" in name or buffer[start - 1] == BACKSLASH:
            raise NotBatched("a key spelled with escapes")
        return name

    def _last_written(self, end: int) -> int:
        """Where the last byte before ``end`` in the buffer that is not whitespace is."""
        buffer = self._buffer
        at = end - 1
        while at >= 0 and buffer[at] in WHITESPACE:
            at -= 1
        if at < 0:
            raise NotBatched("out of reach")
        return at

    # -- the events ----------------------------------------------------------------------

    def _cut(self, tokens: Tokens, first: int, stop: int, *, closing: int | None) -> None:
        """Validate the elements completed by ``tokens[first:stop]`` (inside the events
        array); ``closing`` is where the array closes if that is in this chunk."""
        depths, chars = tokens.depths[first:stop], tokens.chars[first:stop]
        ends = tokens.positions[first:stop][(depths == 3) & ((chars | 0x20) == CLOSE_OBJECT)]
        held = self._ends_held + len(ends)  # closing brackets of elements not validated yet
        if closing is not None:
            count, last = held, closing
            if not count and not self._batches:
                inside = self._buffer[1 : last - self._buffer_start]
                if not inside.strip(WHITESPACE):  # "events": []
                    del self._buffer[: last - self._buffer_start]
                    self._buffer_start = last
                    return
        else:
            cut, last = len(ends), -1
            while cut:  # the last element whose comma is in: the next may end in the next chunk
                after = int(ends[cut - 1]) + 1 - self._buffer_start
                following = self._buffer[after : after + 64].lstrip(WHITESPACE)[:1]
                if following == b",":
                    last = self._buffer.index(b",", after) + self._buffer_start
                    break
                if following:  # something else after an element: let the parser say what
                    raise NotBatched("no comma after an element")
                cut -= 1
            if not cut:
                self._ends_held = held
                return
            count = held - (len(ends) - cut)
        split = last - self._buffer_start
        self._validate(self._batch(split), count)
        self._ends_held = held - count
        if closing is None and not self._ends_held:
            self._learn_separator(split)
        del self._buffer[:split]  # the comma (or the ']') is the next batch's first byte
        self._buffer_start += split

    def _batch(self, end: int) -> bytearray:
        """The events held up to buffer index ``end`` (a comma, or the array's ']') as a JSON
        array: the buffer's own bytes with '[' and ']' for the commas around them."""
        buffer = self._buffer
        buffer[0] = OPEN_ARRAY
        kept, buffer[end] = buffer[end], CLOSE_ARRAY
        batch = buffer[: end + 1]
        buffer[end] = kept
        return batch

    def _validate(self, batch: bytearray, count: int) -> None:
        """Validate a batch cut to hold ``count`` objects. One with none ("events": ["x"], or
        a trailing comma after the last event cut) is not valid whatever it holds, though
        an empty list of events would validate."""
        if not count:
            raise NotBatched("elements that are not objects, or a trailing comma")
        if self._validated(batch) != count:
            raise NotBatched("a batch is not the elements it was cut to")

    def _validated(self, batch: bytearray) -> int:
        """Validate ``batch`` (a JSON array of events) and keep its events; how many there
        were, 0 when it is not valid (or empty)."""
        try:
            events = _events_adapter().validate_json(batch)
        except Exception:  # any failure means: not this way
            return 0
        if events:
            _share_field_sets(events, self._field_sets)
            self._batches.append(events)
        return len(events)

    # -- cuts without a scan -------------------------------------------------------------

    def _learn_separator(self, comma: int) -> None:
        """After an exact cut at buffer index ``comma``: remember what separates events
        (its '}' to the next '{'), so the next cuts need no scan."""
        before = self._buffer.rfind(b"}", 0, comma)
        start = comma + 1
        while start < len(self._buffer) and self._buffer[start] in WHITESPACE:
            start += 1
        separator = bytes(self._buffer[before : start + 1])
        between = separator[1:-1].replace(b",", b"", 1)
        if before >= 0 and separator.endswith(b"{") and not between.strip(WHITESPACE):
            self._separator = separator

    def _guess_cut(self) -> None:
        """Cut before the last separator held whose batch validates (a separator inside
        an event, or in a text, makes a batch that does not parse: then the one before is
        tried, and after a few, the scan takes over again)."""
        end = len(self._buffer)
        for _ in range(GUESSES):
            found = self._buffer.rfind(self._separator, 0, end)
            if found < 0:
                if len(self._buffer) > MAX_UNCUT_BYTES:
                    self._scan_again()
                return
            split = self._buffer.index(b",", found)
            if self._validated(self._batch(split)):
                del self._buffer[:split]
                self._buffer_start += split
                return
            end = found
        self._scan_again()

    def _scan_again(self) -> None:
        """Go back to scanning, from the last cut (just inside the events array)."""
        self._separator = b""
        self._ends_held = 0
        self._scanner = StructureScanner(offset=self._buffer_start + 1, depth=2)
        self._follow(self._scanner.feed(bytes(self._buffer[1:])))


def _share_field_sets(events: Sequence[Event], shared: dict[tuple[str, ...], set[str]]) -> None:
    """Give events that set the same fields one set of their names, not a set each (in C
    loops: a Python loop over 100k events costs more than validating them in batches)."""
    sets = list(map(_FIELDS_SET.__get__, events))
    names = list(map(tuple, sets))  # equal sets built alike iterate alike
    new = dict(zip(names, sets, strict=True))
    new.update(shared)  # a set already shared stays the one
    shared.update(new)
    collections.deque(map(_FIELDS_SET.__set__, events, map(shared.__getitem__, names)), maxlen=0)


_FIELDS_SET: Any = BaseModel.__dict__["__pydantic_fields_set__"]
"""The slot that holds a model's set of fields given."""


def validate_in_batches(chunks: Iterable[bytes]) -> Document:
    """The Document of a timeline file read as ``chunks``; raises :class:`NotBatched`."""
    batches = EventBatches()
    for chunk in chunks:
        batches.feed(chunk)
    return batches.document()
