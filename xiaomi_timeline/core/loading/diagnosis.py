"""The error path of loading: turn a failed validation into located, fixable problems.

Correct files never come here. A failed file is re-parsed with :mod:`json` for exact syntax
positions (and a friendlier word for the usual slips: a trailing or missing comma), then every
pydantic error is given the line and column of its field and a hint in plain words. The
reference and date checks still run with the failed fields set aside (a stand-in where the
field is required), so the user sees every problem at once, in file order.
"""

from __future__ import annotations

import difflib
import json
import re
from typing import Any

from pydantic import BaseModel, ValidationError

from xiaomi_timeline.core.dates import PartialDate
from xiaomi_timeline.core.jsonpos import JsonPath, line_col, locate
from xiaomi_timeline.core.jsonsyntax import syntax_problem
from xiaomi_timeline.core.loading.checks import Finding, check_document
from xiaomi_timeline.core.loading.salvage import model_in, salvage
from xiaomi_timeline.core.problems import DocumentError, Problem, Said, located_problem
from xiaomi_timeline.core.schema import Document


def diagnose(data: bytes, name: str, error: ValidationError, limit: int) -> DocumentError:
    """Turn a failed fast-path validation into located, fixable problems."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as bad:
        line = data.count(b"\n", 0, bad.start) + 1
        column = (
            len(
                data[data.rfind(b"\n", 0, bad.start) + 1 : bad.start].decode(
                    "utf-8", errors="replace"
                )
            )
            + 1
        )
        return DocumentError(
            [
                Problem(
                    name,
                    line,
                    column,
                    "",
                    f"not valid UTF-8 (byte 0x{data[bad.start]:02x})",
                    "save the file as UTF-8",
                    code="encoding.not_utf8",
                    values=(f"0x{data[bad.start]:02x}",),
                )
            ]
        )
    syntax = syntax_problem(text, name)
    if syntax is not None:
        return DocumentError([syntax])
    unreadable = [e for e in error.errors(include_url=False) if e["type"] == "json_invalid"]
    if unreadable:  # JSON that Python's parser takes but the validating one does not
        return DocumentError([_unreadable_json(text, name, str(unreadable[0]["msg"]))])
    value = json.loads(text)  # the syntax check above parsed it already
    raw = _with_file_paths(error.errors(include_url=False), value)
    errors = _merge_union_errors(raw) + _checks_beyond(value, raw)
    unknown_fields = [e["path"] for e in raw if e["type"] == "extra_forbidden"]
    positions = locate(text, [e.path for e in errors[:limit]], at_key=unknown_fields)
    problems = [
        located_problem(
            name, positions.get(e.path), e.path, e.message, e.hint, code=e.code, values=e.values
        )
        for e in errors[:limit]
    ]
    return DocumentError(in_file_order(problems), omitted=max(0, len(errors) - limit))


def in_file_order(problems: list[Problem]) -> list[Problem]:
    """Problems by line and column, the order an editor shows them (unlocated ones first)."""
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))


def field_problems(raw: list[Any], value: Any) -> list[Finding]:
    """Every problem of a document ``value`` (a parsed file) that failed validation with the
    pydantic errors ``raw``: the field errors, then what the checks find beyond them."""
    located = _with_file_paths(raw, value)
    return _merge_union_errors(located) + _checks_beyond(value, located)


def _with_file_paths(raw: list[Any], value: Any) -> list[dict[str, Any]]:
    """pydantic's errors, each with the ``path`` in the file of the member it is about."""
    return [{**item, "path": _file_path(tuple(item["loc"]), value)} for item in raw]


def _checks_beyond(value: Any, raw: list[Any]) -> list[Finding]:
    """The reference and calendar checks, run on the file with its failed members set aside
    (:mod:`~xiaomi_timeline.core.loading.salvage`), so a bad title or status does not hide an
    unknown category three events on; findings that follow from a failed member are left
    out."""
    salvaged = salvage(value, [e["path"] for e in raw])
    if salvaged is None:
        return []
    return [f for f in check_document(salvaged.document) if salvaged.keeps(f)]


_UNION_TAGS = ("str", "constrained-str")


def _is_union_tag(part: int | str) -> bool:
    return isinstance(part, str) and (
        part in _UNION_TAGS or "[" in part or part.startswith(("function-", "literal"))
    )


def _file_path(loc: tuple[int | str, ...], value: Any) -> JsonPath:
    """The path in the file of a pydantic error location: its union-branch tags left out,
    except where the file really has a member of that name (a field called "str" or "[")."""
    path: list[int | str] = []
    current = value
    for part in loc:
        in_dict = isinstance(current, dict) and part in current
        in_list = isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current)
        if in_dict or in_list:
            current = current[part]
        elif _is_union_tag(part):
            continue
        else:
            current = None  # not in the file: a missing field
        path.append(part)
    return tuple(path)


# A \uD800-\uDBFF escape not followed by a \uDC00-\uDFFF one, or the second without the first.
_LONE_SURROGATE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    r"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}"
)
_AT_LINE_COLUMN = re.compile(r"(.*) at line (\d+) column (\d+)$")


def _unreadable_json(text: str, name: str, message: str) -> Problem:
    """Where and why the validating parser refused text that Python's json module reads."""
    lone = _LONE_SURROGATE.search(text)
    if lone is not None:
        line, column = line_col(text, lone.start())
        return Problem(
            name,
            line,
            column,
            "",
            f"{lone.group()} is half of a character (a lone UTF-16 surrogate escape)",
            "write the character itself, or both halves of its \\uXXXX\\uXXXX pair",
        )
    found = _AT_LINE_COLUMN.match(message.removeprefix("Invalid JSON: "))
    if found is None:
        return Problem(name, None, None, "", f"invalid JSON: {message}", "fix the JSON syntax")
    what, line_text, column_text = found.groups()
    return Problem(
        name, int(line_text), int(column_text), "", f"invalid JSON: {what}", "fix the JSON syntax"
    )


def _merge_union_errors(errors: list[Any]) -> list[Finding]:
    """One message per field, even where pydantic reports each union branch separately."""
    grouped: dict[JsonPath, list[Any]] = {}
    for error in errors:
        grouped.setdefault(error["path"], []).append(error)
    # A LocalizedText that is an object with a bad entry also fails the "plain text" branch;
    # the deeper error is the one to fix, so drop the shallow branch error. (One set of
    # ancestors, not a scan per path: a file can have an error in each of 100k events.)
    ancestors = {path[:depth] for path in grouped for depth in range(len(path))}
    for path in [p for p, g in grouped.items() if {e["type"] for e in g} == {"string_type"}]:
        if path in ancestors:
            del grouped[path]
    for path, group in list(grouped.items()):
        if group[0]["type"] == "extra_forbidden":
            suggestion = _closest_field(path)
            missing: JsonPath = (*path[:-1], suggestion or "")
            if suggestion and missing in grouped and grouped[missing][0]["type"] == "missing":
                del grouped[missing]
    merged = []
    for path, group in grouped.items():
        branch_misses = [e for e in group if e["type"] in {"string_type", "dict_type"}]
        specific = [e for e in group if e not in branch_misses]
        if len(group) > 1 and not specific:
            said = Said(
                "must be text, or an object of texts by language",
                'e.g. "title": "Text" or "title": {"en": "Text", "id": "Teks"}',
                "type.text_or_languages",
            )
        else:
            said = _describe(path, (specific or group)[0])
        merged.append(Finding(path, said.message, said.hint, code=said.code, values=said.values))
    return merged


_DATE_FIELDS = {"start", "end", "born", "founded", "date"}


def _describe(path: JsonPath, error: Any) -> Said:
    kind = error["type"]
    field = next((p for p in reversed(path) if isinstance(p, str)), "")
    message = str(error["msg"])
    if kind == "missing":
        return Said(
            f"required field {path[-1]!r} is missing",
            f'add "{path[-1]}"',
            "field.missing",
            (repr(path[-1]), str(path[-1])),
        )
    if field == "schema_version" and kind == "int_parsing_size":
        return Said(
            "unsupported schema_version (a number too large to read)", "this app reads version 1"
        )
    if kind == "string_too_long":
        limit = error.get("ctx", {}).get("max_length")
        return Said(
            f"is longer than {limit} characters", "shorten it", "text.too_long", (str(limit),)
        )
    if kind == "extra_forbidden":
        suggestion = _closest_field(path)
        if suggestion:
            return Said(
                f"unknown field {path[-1]!r}",
                f"did you mean {suggestion!r}?",
                "field.unknown_did_you_mean",
                (repr(path[-1]), repr(suggestion)),
            )
        allowed = ", ".join(sorted(_fields_at(path[:-1]) - {"$schema"}))  # for editors only
        return Said(
            f"unknown field {path[-1]!r}",
            f"remove it, or use one of: {allowed}",
            "field.unknown",
            (repr(path[-1]), allowed),
        )
    if kind == "string_pattern_mismatch":
        if error["loc"][-1] == "[key]":
            field = "language"
        return _pattern_message(field, error.get("input"))
    if kind == "too_short" and "dict" in str(error["loc"]):
        return Said(
            "must not be an empty object",
            'give at least one text, e.g. {"en": "Text"}',
            "type.texts_empty",
        )

    if kind == "model_type" and not path:
        return Said("the top level must be a JSON object", "see the README for the format")
    if kind == "model_type":
        fields = ", ".join(f'"{name}"' for name in _required_at(path))
        if fields:
            return Said(
                "must be an object",
                f"write {{...}} with its fields, at least {fields}",
                "type.object_with_fields",
                (fields,),
            )
        return Said("must be an object", "write {...} with its fields")
    if kind == "literal_error" and field == "schema_version":
        return _version_message(error.get("input"))
    if kind == "literal_error":
        quoted = str(error.get("ctx", {}).get("expected", ""))  # "'a', 'b' or 'c'"
        expected = ", ".join(re.findall(r"'([^']*)'", quoted)) or quoted  # no English "or"
        return Said(
            f"{error.get('input')!r} is not an allowed {field}",
            f"use one of: {expected}",
            "value.not_allowed",
            (repr(error.get("input")), field, expected),
        )
    if kind == "string_type" and field in {"start", "end", "date"}:
        return Said(
            "must be a date in double quotes",
            'write "YYYY", "YYYY-MM" or "YYYY-MM-DD", e.g. "2021" or "2021-03"',
            "type.date_text",
        )
    if kind == "string_type":
        return Said(
            "must be text (a JSON string)",
            'write the value in double quotes, e.g. "Text"',
            "type.text",
        )
    if kind in {"tuple_type", "list_type"}:
        return Said("must be a list", 'write a JSON array, e.g. ["a", "b"]', "type.list")
    if kind == "string_too_short":
        return Said("must not be empty", "write some text or remove the field", "text.empty")
    if kind == "dict_type" and field.endswith("_meanings"):
        return Said(
            "must be an object",
            'map each level to its meaning, e.g. {"low": "A mirror site"}',
            "type.meanings_object",
        )
    if kind == "dict_type":
        return Said("must be an object", "write {...} with its entries")
    return Said(
        _in_our_words(message), "see the schema (xiaomi-timeline schema) for what is allowed here"
    )


def _in_our_words(message: str) -> str:
    """pydantic's remaining messages ("Input should be a valid integer") as the others read."""
    for theirs, ours in (("Input should be ", "must be "), ("String should ", "text must ")):
        if message.startswith(theirs):
            return ours + message.removeprefix(theirs)
    return message


def _version_message(value: object) -> Said:
    if isinstance(value, int) and not isinstance(value, bool):
        return Said(f"unsupported schema_version {value}", "this app reads version 1")
    return Said(
        f"must be the number 1, not {json.dumps(value, ensure_ascii=False)}",
        'write "schema_version": 1, a number without quotes',
    )


def _required_at(path: JsonPath) -> list[str]:
    """The fields the object at ``path`` must have, in the schema's order."""
    model = _model_at(path)
    return (
        [info.alias or name for name, info in model.model_fields.items() if info.is_required()]
        if model is not None
        else []
    )


def _fields_at(path: JsonPath) -> set[str]:
    """Field names allowed in the object at ``path`` (empty if it is not a model)."""
    model = _model_at(path)
    if model is None:
        return set()
    return {info.alias or name for name, info in model.model_fields.items()}


def _model_at(path: JsonPath) -> type[BaseModel] | None:
    model: type[BaseModel] | None = Document
    for part in path:
        if isinstance(part, int) or model is None:
            continue
        field = model.model_fields.get(part)
        model = model_in(field.annotation) if field is not None else None
    return model


def _closest_field(path: JsonPath) -> str | None:
    key = str(path[-1])
    close = difflib.get_close_matches(key, sorted(_fields_at(path[:-1])), n=1, cutoff=0.6)
    return close[0] if close else None


def _pattern_message(field: str, value: object) -> Said:
    if field in _DATE_FIELDS:
        hint = 'write YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2019", "2023-04", "2024-12-20"'
        if isinstance(value, str) and (value[:1] == "-" or len(value.split("-")[0]) > 4):
            try:
                PartialDate.parse(value)
            except ValueError as error:  # says what a year before 1 or after 9999 needs
                message, _, hint = str(error).partition("; ")
                return Said(message, hint)
        return Said(f"{value!r} is not a date", hint, "date.format", (repr(value),))
    if field == "color":
        return Said(
            f"{value!r} is not a colour",
            'write #RRGGBB, e.g. "#1E88E5"',
            "value.not_colour",
            (repr(value),),
        )
    if field == "url":
        return Said(
            f"{value!r} is not a web address",
            "write a full http:// or https:// URL",
            "value.not_web_address",
            (repr(value),),
        )
    if field in {"languages", "default_language", "language"}:
        return Said(
            f"{value!r} is not a language tag",
            "write a BCP 47 tag such as en, id, zh-Hans",
            "value.not_language_tag",
            (repr(value),),
        )
    return Said(
        f"{value!r} is not a valid id",
        "ids use letters, digits, '.', '_', ':' or '-' and start with a letter or digit",
        "value.not_id",
        (repr(value),),
    )
