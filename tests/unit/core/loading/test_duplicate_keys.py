"""A key given twice in one JSON object is found wherever chunks are cut, and a file with one
is refused with both places named, instead of loading with the first silently dropped."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, note
from hypothesis import strategies as st

from tests.big_documents import grow
from tests.conftest import _sample_document
from tests.fuzzing import fuzz_settings
from tests.paths import DATA_DIR
from xiaomi_timeline.core.loading import loader
from xiaomi_timeline.core.loading.duplicate_keys import CARRY_LIMIT, DuplicateKey, duplicate_keys
from xiaomi_timeline.core.loading.loader import DocumentError, load_bytes, load_path

EVENTS = 5_000

KEYS = st.sampled_from(
    ["a", "b", "start", "title", "été", "罗福莉", "a:b", 'q"z', "\\", "", "x" * 9, "y" * 17, "{"]
)
TEXTS = st.sampled_from(["", "s", ":", '":', "{[", "}]", "\\", 'a"b', "é", "w" * (CARRY_LIMIT + 9)])
SCALARS = st.none() | st.booleans() | st.integers() | TEXTS


def _objects(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """An object as its list of (key, value) pairs: keys may repeat."""
    return st.lists(st.tuples(KEYS, inner), max_size=6).map(_Pairs)


class _Pairs(list[tuple[str, Any]]):
    """Key-value pairs written as a JSON object."""


VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=4) | _objects(inner), max_leaves=30
)
LAYOUTS = st.sampled_from(
    [
        {},
        {"indent": 2},
        {"separators": (",", ":")},
        {"separators": (" ,\r\n ", " :  ")},
        {"ensure_ascii": False},
    ]
)


def _dump(value: Any, layout: dict[str, Any]) -> str:
    separators: tuple[str, str] = layout.get("separators", (", ", ": "))
    item_separator, key_separator = separators
    ascii_only = bool(layout.get("ensure_ascii", True))
    if isinstance(value, _Pairs):
        pairs = (
            json.dumps(key, ensure_ascii=ascii_only) + key_separator + _dump(item, layout)
            for key, item in value
        )
        return "{" + item_separator.join(pairs) + "}"
    if isinstance(value, list):
        return "[" + item_separator.join(_dump(item, layout) for item in value) + "]"
    return json.dumps(value, ensure_ascii=ascii_only)


def _repeated_keys(data: bytes) -> list[str]:
    """The keys Python's own parser sees given again in an object, in order."""
    found: list[str] = []

    def seen_twice(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [key for key, _ in pairs]
        found.extend(key for at, key in enumerate(keys) if key in keys[:at])
        return dict(pairs)

    json.loads(data, object_pairs_hook=seen_twice)
    return found


def _scanned(data: bytes, chunk: int) -> list[DuplicateKey]:
    found = duplicate_keys(data, chunk)
    for repeated in found:  # both offsets are the opening quotes of that key, first before
        assert repeated.first < repeated.second
        for offset in (repeated.first, repeated.second):
            end = data.index(b'"', offset + 1)
            while (
                data[offset + 1 : end].endswith(b"\\")
                and (len(data[offset + 1 : end]) - len(data[offset + 1 : end].rstrip(b"\\"))) % 2
            ):
                end = data.index(b'"', end + 1)
            assert json.loads(data[offset : end + 1]) == repeated.key
    return found


@fuzz_settings(examples=150)
@given(_objects(VALUES), LAYOUTS, st.integers(24, 9_000))
def test_every_key_given_twice_is_found_however_the_text_is_cut(
    value: Any, layout: dict[str, Any], chunk: int
) -> None:
    data = _dump(value, layout).encode()
    note(f"{len(data)} bytes in chunks of {chunk}")
    found = _scanned(data, chunk)
    assert sorted(repeated.key for repeated in found) == sorted(_repeated_keys(data))


def test_a_key_or_its_colon_cut_off_by_the_chunk_end_is_still_compared() -> None:
    data = b'{"start": 1, "long key name" : {"start": 2}, "long key name"\n:3, "start": 4}'
    for chunk in range(1, len(data) + 1):
        found = duplicate_keys(data, chunk)
        assert [(d.key, d.first, d.second) for d in found] == [
            ("long key name", data.index(b'"long'), data.rindex(b'"long')),
            ("start", 1, data.rindex(b'"start')),
        ], chunk


def test_keys_written_with_escapes_are_the_keys_they_spell() -> None:
    data = b'{"st\\u0061rt": 1, "start": 2, "\\"": 3, "\\u0022": 4, "\\\\": 5, "\\\\\\\\": 6}'
    assert [d.key for d in duplicate_keys(data)] == ["start", '"']


def test_keys_in_nested_and_sibling_objects_are_not_the_same_object() -> None:
    data = b'{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}], "c": {"b": {"a": 1, "b": 2}}}'
    assert duplicate_keys(data, 7) == []


def _big_with_one_duplicate(where: int) -> tuple[bytes, int, int, int]:
    """A file of EVENTS events, one event a line, whose event ``where`` gives its "start"
    twice (alike); the line of that event and the columns of its two "start" keys."""
    document = grow(_sample_document(), EVENTS)
    lines = [json.dumps(event) for event in document.pop("events")]
    event = lines[where]
    start = json.loads(event)["start"]
    lines[where] = event[:-1] + f', "start": "{start}"}}'
    text = json.dumps(document)[:-1] + ', "events": [\n' + ",\n".join(lines) + "\n]}"
    first, second = lines[where].index('"start"'), lines[where].rindex('"start"')
    return text.encode(), where + 2, first + 1, second + 1


@pytest.mark.parametrize("where", [0, EVENTS // 2, EVENTS - 1])
def test_a_big_file_with_one_key_given_twice_is_refused_where_it_is(
    where: int, tmp_path: Path
) -> None:
    data, line, first_column, column = _big_with_one_duplicate(where)
    path = tmp_path / "big.json"
    path.write_bytes(data)
    for chunk in (4_093, loader.READ_CHUNK_BYTES):
        with mock.patch.object(loader, "READ_CHUNK_BYTES", chunk):
            for source in (data, path):
                with pytest.raises(DocumentError) as raised:
                    load_bytes(data, str(path)) if source is data else load_path(path)
                (problem,) = raised.value.problems
                assert problem.code == "json.duplicate_key"
                assert (problem.file, problem.line, problem.column) == (str(path), line, column)
                assert problem.values == ("start", str(line), str(first_column))
                assert "is given more than once in this object" in str(problem)


def test_a_second_events_array_is_refused_not_read_instead_of_the_first() -> None:
    text = json.dumps(grow(_sample_document(), EVENTS), indent=1)
    data = (text[:-2] + ',\n "events": []\n}').encode()
    with pytest.raises(DocumentError) as raised:
        load_bytes(data, "two-arrays.json")
    (problem,) = raised.value.problems
    assert problem.values[0] == "events"
    assert problem.line == text.count("\n") + 1
    assert problem.values[1:] == (str(text.split("\n").index(' "events": [') + 1), "2")


def test_a_timelinejs3_file_with_a_key_given_twice_is_refused() -> None:
    text = '{"events": [{"start_date": {"year": 2019, "year": 2020}, "text": {"headline": "A"}}]}'
    with pytest.raises(DocumentError) as raised:
        load_bytes(text.encode(), "story.json")
    (problem,) = raised.value.problems
    first, second = text.index('"year"') + 1, text.rindex('"year"') + 1
    assert (problem.line, problem.column, problem.values) == (1, second, ("year", "1", str(first)))


def test_the_shipped_and_test_data_give_no_key_twice() -> None:
    from xiaomi_timeline.core import resources  # noqa: PLC0415

    paths = [resources.builtin_data_path(), *sorted(DATA_DIR.rglob("*.json"))]
    for path in paths:
        assert duplicate_keys(path.read_bytes()) == [], path
