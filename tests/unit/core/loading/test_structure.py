"""The structure scanner against json.loads: every bracket it reports opens or closes an
object or array where json.loads finds one, at any chunking, for any JSON (escaped quotes and
backslashes, brackets in strings, Unicode, any whitespace)."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from tests.fuzzing import fuzz_settings
from xiaomi_timeline.core.loading.structure import StructureScanner

TRICKY_TEXT = st.text(
    alphabet=st.sampled_from(['"', "\\", "{", "}", "[", "]", ",", ":", " ", "a", "é", "罗", "\n"]),
    max_size=12,
)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | TRICKY_TEXT
    | st.text(max_size=8)
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.dictionaries(TRICKY_TEXT | st.text(max_size=4), inner, max_size=5)
    ),
    max_leaves=40,
)
LAYOUTS = st.sampled_from(
    [
        {},
        {"indent": 2},
        {"indent": "\t"},
        {"separators": (",", ":")},
        {"separators": (" ,\r\n ", " :  ")},
        {"ensure_ascii": False},
        {"ensure_ascii": False, "indent": 1},
    ]
)


def _tokens(data: bytes, sizes: list[int]) -> list[tuple[int, str, int]]:
    """(offset, byte, depth) of every token, feeding ``data`` in chunks of ``sizes``
    (cycled)."""
    scanner = StructureScanner()
    found: list[tuple[int, str, int]] = []
    start, turn = 0, 0
    while start < len(data):
        size = sizes[turn % len(sizes)]
        tokens = scanner.feed(data[start : start + size])
        found += zip(
            tokens.positions.tolist(),
            map(chr, tokens.chars.tolist()),
            tokens.depths.tolist(),
            strict=True,
        )
        start, turn = start + size, turn + 1
    assert scanner.depth == 0
    assert not scanner.in_string
    return found


def _count(value: Any) -> dict[str, int]:
    """How many objects and arrays ``value`` holds."""
    counts = {"{": 0, "[": 0}
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            counts["["] += 1
            stack += item
        elif isinstance(item, dict):
            counts["{"] += 1
            stack += item.values()
    return counts


@fuzz_settings(examples=300)
@given(
    value=VALUES,
    layout=LAYOUTS,
    sizes=st.lists(st.integers(1, 40), min_size=1, max_size=4) | st.just([1 << 20]),
)
@example(value=['a\\"', {'"}': ["\\\\"]}], layout={}, sizes=[1])
@example(value={"k": "\\" * 7 + '"'}, layout={"ensure_ascii": False}, sizes=[3, 1])
def test_every_bracket_found_opens_or_closes_what_json_loads_finds(
    value: Any, layout: dict[str, Any], sizes: list[int]
) -> None:
    data = json.dumps(value, **layout).encode()
    text = data.decode()
    tokens = _tokens(data, sizes)
    decoder = json.JSONDecoder()
    opened: list[tuple[str, int]] = []
    counts = {"{": 0, "[": 0}
    for offset, char, depth in tokens:
        assert depth == len(opened), (offset, char)
        at = len(data[:offset].decode())
        if char in "}]":
            kind, start = opened.pop()
            assert kind == {"}": "{", "]": "["}[char]
            # the whole value from its opening bracket ends at this closing one
            parsed, end = decoder.raw_decode(text, start)
            assert end == at + 1
            assert isinstance(parsed, dict if char == "}" else list)
            continue
        counts[char] += 1
        opened.append((char, at))
    assert not opened
    assert counts == _count(value)


@fuzz_settings(examples=200)
@given(
    st.text(alphabet=st.sampled_from(['"', "\\", "{", "]", "x"]), max_size=30), st.integers(1, 9)
)
def test_runs_of_backslashes_split_between_chunks_still_escape_right(text: str, size: int) -> None:
    # Texts of escapes, quotes and brackets only, chunked so runs cross every boundary.
    data = json.dumps([text, "{", [text]]).encode()
    kinds = [char for _, char, _ in _tokens(data, [size])]
    assert kinds == ["[", "[", "]", "]"]
