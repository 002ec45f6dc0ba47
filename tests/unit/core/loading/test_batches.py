"""Events validated in batches as a file is read: the same Document as one validation of the
whole file, the same errors for a bad file, and a load that can be stopped while it checks."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, note
from hypothesis import strategies as st

from tests.big_documents import grow
from tests.conftest import _sample_document
from tests.document_mutations import BUILTIN, broken_documents
from tests.fuzzing import fuzz_settings
from tests.paths import DATA_DIR
from xiaomi_timeline.core.loading import batches, loader
from xiaomi_timeline.core.loading.batches import NotBatched, validate_in_batches
from xiaomi_timeline.core.loading.loader import (
    DocumentError,
    LoadCancelled,
    load_bytes,
    load_path,
)
from xiaomi_timeline.core.schema import Document

EVENTS = 5_000
CHUNK = 4_093  # a few events a chunk, cut anywhere


@pytest.fixture(scope="module")
def big() -> dict[str, Any]:
    return grow(_sample_document(), EVENTS)


@pytest.fixture
def small_chunks() -> Iterator[None]:
    with mock.patch.object(loader, "READ_CHUNK_BYTES", CHUNK):
        yield


def _chunks(data: bytes, size: int = CHUNK) -> Iterator[bytes]:
    return (data[start : start + size] for start in range(0, len(data), size))


def _same_document(data: bytes) -> Document:
    """The document in ``data`` read in batches, checked against one whole validation."""
    batched = validate_in_batches(_chunks(data))
    whole = Document.model_validate_json(data)
    assert batched == whole
    assert batched.model_fields_set == whole.model_fields_set
    for ours, theirs in zip(batched.events, whole.events, strict=True):
        assert ours.model_fields_set == theirs.model_fields_set
    return batched


def _outcome(load: Any, data: bytes | Path) -> Document | list[str]:
    try:
        return load(data) if isinstance(data, Path) else load(data, "bad.json")  # type: ignore[no-any-return]
    except DocumentError as error:
        return [str(problem) for problem in error.problems] + [f"omitted {error.omitted}"]


@pytest.mark.parametrize(
    "layout", [{}, {"indent": 2}, {"separators": (",", ":")}, {"indent": "\t"}]
)
def test_a_big_file_in_batches_is_the_document_one_validation_gives(
    big: dict[str, Any], layout: dict[str, Any]
) -> None:
    data = json.dumps(big, ensure_ascii=False, **layout).encode()
    document = _same_document(data)
    assert len(document.events) == EVENTS
    # events that give the same fields share one set of their names
    assert len({id(event.model_fields_set) for event in document.events}) < 10


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_the_events_key_may_be_anywhere_in_the_top_level_object(
    big: dict[str, Any], where: str
) -> None:
    events = big["events"]
    rest = [(k, v) for k, v in big.items() if k != "events"]
    at = {"first": 0, "middle": len(rest) // 2, "last": len(rest)}[where]
    reordered = dict([*rest[:at], ("events", events), *rest[at:]])
    _same_document(json.dumps(reordered, indent=1).encode())


def test_texts_that_look_like_structure_change_nothing(big: dict[str, Any]) -> None:
    tricky = [
        '}, {"events": [',
        '\\"}],',
        "\\",
        "\\\\",
        '"events": []}',
        "罗福莉 👩🏽‍🔬 \u202e",
        "\\u0022",
    ]
    document = json.loads(json.dumps(big))
    document["description"] = '"events": [{"id": "x"}]'
    for index, event in enumerate(document["events"]):
        event["title"] = {"en": tricky[index % len(tricky)], "id": f"[{index}]"}
        event["tags"] = [tricky[(index + 3) % len(tricky)]]
    for ascii_only in (True, False):
        data = json.dumps(document, ensure_ascii=ascii_only).encode()
        for size in (1_000, 4_093, 65_536):
            assert validate_in_batches(_chunks(data, size)) == Document.model_validate_json(data)


def test_an_empty_events_array_and_a_file_without_one() -> None:
    document = _sample_document()
    for events in ("[]", "[ \n\t ]"):
        text = json.dumps({**document, "events": []}).replace('"events": []', f'"events": {events}')
        _same_document(text.encode())
    without = {k: v for k, v in document.items() if k != "events"}
    data = json.dumps(without).encode()
    with pytest.raises(NotBatched):
        validate_in_batches(_chunks(data))
    assert load_bytes(data) == Document.model_validate_json(data)


@pytest.mark.parametrize("tail", ['""', '"x", 1', "null", "[]", ""])
def test_elements_after_the_last_cut_that_are_not_events_are_refused_as_whole(
    big: dict[str, Any], tail: str
) -> None:
    """A run of the events array holding no object (strings, numbers, a trailing comma) used
    to validate as no events: a file of 5,000 events read in chunks that ended after the last
    event's comma lost what followed, and "events": ["x"] loaded as an empty timeline."""
    data = json.dumps(big).encode()
    end = data.rindex(b"]")
    broken = data[:end] + b", " + tail.encode() + data[end:]
    cut = broken.rindex(b"}, ") + 2  # a chunk ends right after the last event's comma
    chunks = [broken[:cut], broken[cut:]]
    with pytest.raises(NotBatched):
        validate_in_batches(iter(chunks))
    with pytest.raises(DocumentError) as caught:
        load_bytes(broken, "bad.json")
    assert caught.value.problems[0].path.startswith("events[5000]") or tail == ""
    elements = tail or '""'
    alone = json.dumps({**_sample_document(), "events": []}).replace(
        '"events": []', f'"events": [{elements}]'
    )
    with pytest.raises(NotBatched):
        validate_in_batches(_chunks(alone.encode()))


def test_duplicate_top_level_keys_are_refused_and_not_batched(big: dict[str, Any]) -> None:
    text = json.dumps(big)
    body = text[1:]
    twice_events = '{"events": [],' + body
    twice_title = '{"title": "First of two titles",' + body
    escaped_key = '{"\\u0065vents": [],' + body
    for variant, key in ((twice_events, "events"), (twice_title, "title"), (escaped_key, "events")):
        with pytest.raises(DocumentError) as raised:
            load_bytes(variant.encode())
        assert [p.values[0] for p in raised.value.problems] == [key]
    for refused in (twice_events, escaped_key):
        with pytest.raises(NotBatched):
            validate_in_batches(_chunks(refused.encode()))


def _bad_files(big: dict[str, Any]) -> Iterator[tuple[str, bytes, int]]:
    """(what, bytes, line of the bad event) of files of EVENTS events, one bad in the
    middle; one event a line."""
    middle = EVENTS // 2

    def written(document: dict[str, Any]) -> bytes:
        head = json.dumps({**document, "events": []}, ensure_ascii=False)[:-3]
        lines = [json.dumps(event, ensure_ascii=False) for event in document["events"]]
        return (head + "[\n" + ",\n".join(lines) + "\n]}").encode()

    line = (
        written(big)
        .split(b"\n")
        .index(json.dumps(big["events"][middle], ensure_ascii=False).encode() + b",")
    )
    changes: dict[str, Any] = {
        "a misshapen date": {"start": "2023-1-1"},
        "an impossible date": {"start": "2023-02-30"},
        "an unknown category": {"category": "nowhere"},
        "an unknown field": {"titel": "typo"},
        "a missing title": {"title": None},
        "an end before its start": {"start": "2020", "end": "2019"},
    }
    for what, change in changes.items():
        document = json.loads(json.dumps(big))
        event = document["events"][middle]
        event.update(change)
        if change.get("title", "") is None:
            del event["title"]
        yield what, written(document), line + 1
    good = written(big)
    lines = good.split(b"\n")
    syntax = {
        "a missing comma": lines[line].removesuffix(b","),
        "a trailing comma": lines[line] + b",",
        "an element that is not an object": lines[line] + b" 42,",
        "text after an element": lines[line].removesuffix(b",") + b" x,",
        "a byte that is not UTF-8": lines[line].replace(b'"id": "', b'"id": "\xff'),
    }
    for what, bad_line in syntax.items():
        yield what, b"\n".join([*lines[:line], bad_line, *lines[line + 1 :]]), line + 1
    yield "a cut-off file", good[: len(good) * 2 // 3], 0
    yield "two events arrays", good[:-1] + b', "events": []}', 0


@pytest.mark.usefixtures("small_chunks")
def test_a_bad_event_in_a_big_file_is_reported_as_one_validation_reports_it(
    big: dict[str, Any],
) -> None:
    for what, data, line in _bad_files(big):
        ours = _outcome(load_bytes, data)
        assert ours == _before_batches(load_bytes, data), what
        if what != "two events arrays":
            assert isinstance(ours, list), what
        if line:
            assert isinstance(ours, list)
            assert any(f"bad.json:{line}:" in problem for problem in ours), (what, ours)


@pytest.mark.usefixtures("small_chunks")
def test_a_bad_file_read_from_disk_is_reported_the_same(
    big: dict[str, Any], tmp_path: Path
) -> None:
    path = tmp_path / "bad.json"
    for what, data, _ in _bad_files(big):
        path.write_bytes(data)
        assert _outcome(load_path, path) == _before_batches(load_path, path), what


def _before_batches(load: Any, data: bytes | Path) -> Document | list[str]:
    """What ``load`` gave before batches: every file of ours validated in one call."""
    with mock.patch.object(loader, "_read_in_batches", lambda head, name: False):
        return _outcome(load, data)


def test_the_shipped_and_test_data_load_the_same_in_batches() -> None:
    for path in [BUILTIN, *sorted(DATA_DIR.glob("*.json"))]:
        data = path.read_bytes()
        assert load_bytes(data, path.name) == Document.model_validate_json(data), path
        _same_document(data)


@pytest.mark.usefixtures("small_chunks")
def test_a_load_reports_progress_between_batches_and_stops_when_cancelled(
    big: dict[str, Any], tmp_path: Path
) -> None:
    path = tmp_path / "big.json"
    path.write_text(json.dumps(big, indent=1), encoding="utf-8")
    size = path.stat().st_size
    steps: list[str] = []
    validate = batches.EventBatches._validated

    def counted(self: batches.EventBatches, batch: bytearray) -> int:
        steps.append("batch")
        return validate(self, batch)

    def progress(done: int, total: int) -> None:
        steps.append("progress")

    with mock.patch.object(batches.EventBatches, "_validated", counted):
        load_path(path, progress)
    first_batch = steps.index("batch")
    # checking goes on between the reports, not after the last one
    assert "progress" in steps[first_batch:-1]
    assert steps[-1] == "progress" or steps.count("batch") > 10

    reports: list[int] = []

    def cancel_midway(done: int, total: int) -> None:
        reports.append(done)
        if done > size // 2:
            raise LoadCancelled

    with pytest.raises(LoadCancelled):
        load_path(path, cancel_midway)
    assert reports[-1] < size


@fuzz_settings(examples=30)
@given(broken_documents(), st.integers(200, 20_000))
def test_a_broken_file_fails_or_loads_as_one_validation_says(
    case: tuple[bytes, int, list[str]], chunk: int
) -> None:
    data, events, done = case
    note(f"{events} events, {done}, chunks of {chunk}")
    with mock.patch.object(loader, "READ_CHUNK_BYTES", chunk):
        assert _outcome(load_bytes, data) == _before_batches(load_bytes, data)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_file_from_a_pipe_loads_whole(big: dict[str, Any], tmp_path: Path) -> None:
    # A pipe cannot be read twice (as a failed batch would need): it is read, then validated.
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    data = json.dumps(big).encode()
    writer = threading.Thread(target=pipe.write_bytes, args=(data,))
    writer.start()
    try:
        assert load_path(pipe) == Document.model_validate_json(data)
    finally:
        writer.join()
