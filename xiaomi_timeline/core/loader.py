"""File or bytes -> :class:`Document`, or a :class:`DocumentError` that says where and why.

The fast path is one ``model_validate_json`` call on the raw bytes with the cyclic GC paused
(it dominates big loads; design.md s5). Only when that fails do we spend time on diagnosis:
re-parse with :mod:`json` for exact syntax positions, then map every pydantic error and every
cross-reference finding to ``file:line:col: path: message (hint)``. Nothing but DocumentError
leaves this module.
"""

from __future__ import annotations

import codecs
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from xiaomi_timeline.core import checks, resources
from xiaomi_timeline.core.gcutil import gc_paused
from xiaomi_timeline.core.jsonpos import JsonPath, format_path, line_col, locate
from xiaomi_timeline.core.schema import Document

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 1024 * 1024 * 1024  # 1 GiB: about 2M events; 1M events take ~500 MB.
MAX_PROBLEMS = 200


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a file, located as precisely as we can."""

    file: str
    line: int | None
    column: int | None
    path: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}:{self.column}"
        text = f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


class DocumentError(Exception):
    """The file could not be loaded; ``problems`` lists every reason found."""

    def __init__(self, problems: list[Problem], *, omitted: int = 0) -> None:
        self.problems = tuple(problems)
        self.omitted = omitted
        super().__init__(self.report())

    @property
    def file(self) -> str:
        return self.problems[0].file if self.problems else ""

    def report(self) -> str:
        lines = [str(problem) for problem in self.problems]
        if self.omitted:
            lines.append(f"... and {self.omitted} more problems")
        return "\n".join(lines)


def load_builtin() -> Document:
    """The data set shipped with the app."""
    return load_path(resources.builtin_data_path())


def load_path(path: str | Path) -> Document:
    """Read and validate a timeline file."""
    path = Path(path)
    name = str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            _fail(name, "is a folder, not a file", "choose a .json file")
        if size > MAX_FILE_BYTES:
            _fail(name, f"is {size / 1e6:.0f} MB; the limit is {MAX_FILE_BYTES // 2**20} MB",
                  "split the file into several smaller ones")
        data = path.read_bytes()
    except FileNotFoundError:
        _fail(name, "no such file", "check the path and the file name")
    except PermissionError:
        _fail(name, "permission denied", "check that you may read this file")
    except OSError as error:
        _fail(name, f"cannot be read: {error.strerror or error}", "check the path")
    return load_bytes(data, name)


def load_bytes(data: bytes, name: str = "<data>") -> Document:
    """Validate the bytes of a timeline file; ``name`` is used in messages."""
    _check_bytes(data, name)
    with gc_paused():
        try:
            document = Document.model_validate_json(data)
        except ValidationError as error:
            raise _diagnose(data, name, error) from None
        except (RecursionError, MemoryError) as error:
            _fail(name, f"cannot be parsed: {type(error).__name__}", "simplify the file")
    findings = checks.check_document(document)
    if findings:
        text = data.decode("utf-8")
        positions = locate(text, [finding.path for finding in findings[:MAX_PROBLEMS]])
        problems = [
            _problem(name, positions.get(f.path), f.path, f.message, f.hint)
            for f in findings[:MAX_PROBLEMS]
        ]
        raise DocumentError(problems, omitted=max(0, len(findings) - MAX_PROBLEMS))
    return document


def _fail(
    name: str, message: str, hint: str, line: int | None = None, col: int | None = None
) -> Any:
    raise DocumentError([Problem(name, line, col, "", message, hint)])


def _problem(
    name: str, position: tuple[int, int] | None, path: JsonPath, message: str, hint: str
) -> Problem:
    line, column = position if position else (None, None)
    return Problem(name, line, column, format_path(path), message, hint)


def _check_bytes(data: bytes, name: str) -> None:
    if len(data) > MAX_FILE_BYTES:
        _fail(name, f"is {len(data) / 1e6:.0f} MB; the limit is {MAX_FILE_BYTES // 2**20} MB",
              "split the file into several smaller ones")
    if not data.strip():
        _fail(name, "the file is empty", "a timeline file is a JSON object; see the README",
              1, 1)
    if data.startswith(codecs.BOM_UTF8):
        _fail(name, "the file starts with a UTF-8 byte-order mark (BOM)",
              "save it as UTF-8 without BOM (most editors offer this in the encoding menu)", 1, 1)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        _fail(name, "the file is UTF-16, not UTF-8", "save it as UTF-8", 1, 1)


def _diagnose(data: bytes, name: str, error: ValidationError) -> DocumentError:
    """Turn a failed fast-path validation into located, fixable problems."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as bad:
        line = data.count(b"\n", 0, bad.start) + 1
        column = len(data[data.rfind(b"\n", 0, bad.start) + 1 : bad.start].decode(
            "utf-8", errors="replace")) + 1
        return DocumentError([Problem(
            name, line, column, "", f"not valid UTF-8 (byte 0x{data[bad.start]:02x})",
            "save the file as UTF-8")])
    syntax = _syntax_problem(text, name)
    if syntax is not None:
        return DocumentError([syntax])
    errors = _merge_union_errors(error.errors(include_url=False))
    positions = locate(text, [path for path, _, _ in errors[:MAX_PROBLEMS]])
    problems = [
        _problem(name, positions.get(path), path, message, hint)
        for path, message, hint in errors[:MAX_PROBLEMS]
    ]
    return DocumentError(problems, omitted=max(0, len(errors) - MAX_PROBLEMS))


def _syntax_problem(text: str, name: str) -> Problem | None:
    def reject_constant(token: str) -> None:
        raise ValueError(token)

    try:
        value = json.loads(text, parse_constant=reject_constant)
    except json.JSONDecodeError as bad:
        truncated = bad.pos >= len(text.rstrip()) or not text.rstrip().endswith("}")
        hint = ("the file ends too early: it may be truncated or not fully saved"
                if truncated else "fix the JSON syntax at this position")
        return Problem(name, bad.lineno, bad.colno, "", f"invalid JSON: {bad.msg}", hint)
    except ValueError as bad:
        token = str(bad)
        offset = _find_constant(text, token)
        line, column = line_col(text, offset)
        return Problem(name, line, column, "", f"{token} is not allowed in JSON",
                       "use a number, or a string if you meant text")
    except RecursionError:
        return Problem(name, None, None, "", "the JSON is nested too deeply",
                       "a timeline file needs only a few levels of nesting")
    if not isinstance(value, dict):
        kind = type(value).__name__.replace("dict", "object").replace("list", "array")
        return Problem(name, 1, 1, "", f"the top level is a JSON {kind}, not an object",
                       'wrap the content in {"schema_version": 1, "title": ..., "events": [...]}')
    return None


def _find_constant(text: str, token: str) -> int:
    import re  # noqa: PLC0415 - error path only

    match = re.search(r"(?<![\"\w])-?" + re.escape(token.lstrip("-")) + r"(?![\"\w])", text)
    return match.start() if match else 0


_UNION_TAGS = ("str", "constrained-str")


def _clean_path(loc: tuple[int | str, ...]) -> JsonPath:
    return tuple(
        part for part in loc
        if not (isinstance(part, str) and (part in _UNION_TAGS or "[" in part
                                           or part.startswith(("function-", "literal")))))


def _merge_union_errors(errors: list[Any]) -> list[tuple[JsonPath, str, str]]:
    """One message per field, even where pydantic reports each union branch separately."""
    grouped: dict[JsonPath, list[Any]] = {}
    for error in errors:
        grouped.setdefault(_clean_path(tuple(error["loc"])), []).append(error)
    # A LocalizedText that is an object with a bad entry also fails the "plain text" branch;
    # the deeper error is the one to fix, so drop the shallow branch error.
    for path in [p for p, g in grouped.items() if {e["type"] for e in g} == {"string_type"}]:
        if any(len(other) > len(path) and other[: len(path)] == path for other in grouped):
            del grouped[path]
    merged = []
    for path, group in grouped.items():
        branch_misses = [e for e in group if e["type"] in {"string_type", "dict_type"}]
        specific = [e for e in group if e not in branch_misses]
        if len(group) > 1 and not specific:
            message = "must be text, or an object of texts by language"
            hint = 'e.g. "title": "Text" or "title": {"en": "Text", "id": "Teks"}'
        else:
            message, hint = _describe(path, (specific or group)[0])
        merged.append((path, message, hint))
    return merged


_DATE_FIELDS = {"start", "end", "born", "founded", "date"}


def _describe(path: JsonPath, error: Any) -> tuple[str, str]:
    kind = error["type"]
    field = next((p for p in reversed(path) if isinstance(p, str)), "")
    message = str(error["msg"])
    if kind == "missing":
        return f"required field {path[-1]!r} is missing", f"add \"{path[-1]}\""
    if kind == "extra_forbidden":
        return f"unknown field {path[-1]!r}", "remove it or check its spelling against the schema"
    if kind == "string_pattern_mismatch":
        if error["loc"][-1] == "[key]":
            field = "language"
        return _pattern_message(field, error.get("input"))
    if kind == "too_short" and "dict" in str(error["loc"]):
        return "must not be an empty object", 'give at least one text, e.g. {"en": "Text"}'

    if kind == "model_type" and not path:
        return "the top level must be a JSON object", "see the README for the format"
    if kind == "literal_error" and field == "schema_version":
        return f"unsupported schema_version {error.get('input')!r}", "this app reads version 1"
    if kind == "string_type":
        return "must be text (a JSON string)", 'write the value in double quotes, e.g. "Text"'
    if kind in {"tuple_type", "list_type"}:
        return "must be a list", 'write a JSON array, e.g. ["a", "b"]'
    if kind == "string_too_short":
        return "must not be empty", "write some text or remove the field"
    return message, "see the schema (xiaomi-timeline schema) for what is allowed here"


def _pattern_message(field: str, value: object) -> tuple[str, str]:
    if field in _DATE_FIELDS:
        return (f"{value!r} is not a date",
                "write YYYY, YYYY-MM or YYYY-MM-DD, e.g. \"2019\", \"2023-04\", \"2024-12-20\"")
    if field == "color":
        return f"{value!r} is not a colour", "write #RRGGBB, e.g. \"#1E88E5\""
    if field == "url":
        return f"{value!r} is not a web address", "write a full http:// or https:// URL"
    if field in {"languages", "default_language", "language"}:
        return f"{value!r} is not a language tag", "write a BCP 47 tag such as en, id, zh-Hans"
    return (f"{value!r} is not a valid id",
            "ids use letters, digits, '.', '_', ':' or '-' and start with a letter or digit")
