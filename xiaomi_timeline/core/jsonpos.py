"""Find where a field path (``events[3].start``) sits in JSON text, as line and column.

pydantic reports *which* field is wrong but not *where* it is in the file. Users fix files in
editors that jump to line:column, so on the error path we walk the text once with a small
tokenizer and record the positions of exactly the paths we need. Correct input never pays
for this.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

PathPart = str | int
JsonPath = tuple[PathPart, ...]

_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\],:]|[^\s{}\[\],:"]+')


_PLAIN_KEY = re.compile(r"[A-Za-z_$][A-Za-z0-9_$-]*")


def format_path(path: Iterable[PathPart]) -> str:
    """``("events", 3, "start")`` -> ``events[3].start``; the root is ``(document)``. A key
    that is not a plain name (empty, spaces, punctuation) is quoted: ``events[3]["d,ate"]``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        elif not _PLAIN_KEY.fullmatch(part):
            text += f"[{_quoted(part)}]"
        else:
            text += f".{part}" if text else part
    return text or "(document)"


def _quoted(key: str) -> str:
    import json  # noqa: PLC0415 - rare path: odd keys

    return json.dumps(key)


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a character offset."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def byte_line_col(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a byte offset in UTF-8 ``data``."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", "replace")) + 1
    return data.count(b"\n", 0, offset) + 1, column


class _Frame:
    __slots__ = ("is_object", "key", "path", "want_key")

    def __init__(self, path: JsonPath, is_object: bool) -> None:
        self.path = path
        self.is_object = is_object
        self.key: PathPart | None = None if is_object else -1
        self.want_key = is_object


def locate(
    text: str, wanted: Iterable[JsonPath], at_key: Iterable[JsonPath] = ()
) -> dict[JsonPath, tuple[int, int]]:
    """Line/column of each wanted path: where its value starts (a wrong value is fixed
    there), or for the paths in ``at_key`` (an unknown field) where the member's key is.

    A path not present in the text (a missing field) is located at its nearest existing
    ancestor, which is where the user has to add it.
    """
    targets = set(wanted)
    prefixes = {path[:i] for path in targets for i in range(len(path) + 1)}
    values: dict[JsonPath, int] = {}
    keys = _walk(text, 0, targets, prefixes, {(): 0}, values, [])
    key_targets = set(at_key)
    result: dict[JsonPath, tuple[int, int]] = {}
    for target in targets:
        if target in values and target not in key_targets:
            result[target] = line_col(text, values[target])
            continue
        probe = target
        while probe not in keys:
            probe = probe[:-1]
        result[target] = line_col(text, keys[probe])
    return result


def _walk(
    text: str,
    start: int,
    targets: set[JsonPath],
    prefixes: set[JsonPath],
    found: dict[JsonPath, int],
    values: dict[JsonPath, int],
    stack: list[_Frame],
) -> dict[JsonPath, int]:
    """Offsets of the wanted paths' keys (object members) or values (array items) in
    ``found``, and of object members' values in ``values``."""
    members = {target for target in targets if target and isinstance(target[-1], str)}
    position = start
    while True:
        match = _TOKEN.search(text, position)
        if match is None:
            break
        token = match.group()
        offset = match.start()
        position = match.end()
        frame = stack[-1] if stack else None
        if frame is not None and frame.is_object and frame.want_key and token[0] == '"':
            frame.key = _unquote(token)
            frame.want_key = False
            key_path = (*frame.path, frame.key)
            if key_path in prefixes and key_path not in found:
                found[key_path] = offset
            continue
        if token == ",":
            if frame is not None and frame.is_object:
                frame.want_key = True
            continue
        if token == ":":
            continue
        if token in "}]":
            if stack:
                stack.pop()
            continue
        if frame is None:
            path: JsonPath = ()
        elif frame.is_object:
            path = (*frame.path, frame.key if frame.key is not None else "")
            if path in targets and path not in values:
                values[path] = offset
        else:
            frame.key = int(frame.key) + 1 if isinstance(frame.key, int) else 0
            path = (*frame.path, frame.key)
            if path in prefixes and path not in found:
                found[path] = offset
        if token in "{[":
            if path in prefixes:
                stack.append(_Frame(path, token == "{"))
            else:
                position = _skip_container(text, position)
        if targets <= found.keys() and members <= values.keys():
            break
    return found


_SKIP = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]]')


def _skip_container(text: str, start: int) -> int:
    """Offset just after the container opened right before ``start``."""
    depth = 1
    for match in _SKIP.finditer(text, start):
        char = match.group()[0]
        if char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
            if depth == 0:
                return match.end()
    return len(text)


def _unquote(token: str) -> str:
    if "\\" not in token:
        return token[1:-1]
    import json  # noqa: PLC0415 - rare path: keys with escapes

    try:
        return str(json.loads(token))
    except ValueError:
        return token[1:-1]
