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
from xiaomi_timeline.core.loading.checks import check_document
from xiaomi_timeline.core.loading.jsonpos import JsonPath, line_col, locate
from xiaomi_timeline.core.loading.problems import DocumentError, Problem, located_problem
from xiaomi_timeline.core.loading.salvage import model_in, salvage
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
                )
            ]
        )
    syntax = syntax_problem(text, name)
    if syntax is not None:
        return DocumentError([syntax])
    raw = error.errors(include_url=False)
    errors = _merge_union_errors(raw) + _checks_beyond(text, raw)
    unknown_fields = [_clean_path(tuple(e["loc"])) for e in raw if e["type"] == "extra_forbidden"]
    positions = locate(text, [path for path, _, _ in errors[:limit]], at_key=unknown_fields)
    problems = [
        located_problem(name, positions.get(path), path, message, hint)
        for path, message, hint in errors[:limit]
    ]
    return DocumentError(in_file_order(problems), omitted=max(0, len(errors) - limit))


def in_file_order(problems: list[Problem]) -> list[Problem]:
    """Problems by line and column, the order an editor shows them (unlocated ones first)."""
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))


def field_problems(raw: list[Any], value: Any) -> list[tuple[JsonPath, str, str]]:
    """Every problem of a document ``value`` (a parsed file) that failed validation with the
    pydantic errors ``raw``: the field errors, then what the checks find beyond them."""
    return _merge_union_errors(raw) + checks_beyond(value, raw)


def _checks_beyond(text: str, raw: list[Any]) -> list[tuple[JsonPath, str, str]]:
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return checks_beyond(value, raw)


def checks_beyond(value: Any, raw: list[Any]) -> list[tuple[JsonPath, str, str]]:
    """The reference and calendar checks, run on the file with its failed members set aside
    (:mod:`~xiaomi_timeline.core.loading.salvage`), so a bad title or status does not hide an
    unknown category three events on; findings that follow from a failed member are left
    out."""
    salvaged = salvage(value, [_clean_path(tuple(e["loc"])) for e in raw])
    if salvaged is None:
        return []
    return [
        (f.path, f.message, f.hint) for f in check_document(salvaged.document) if salvaged.keeps(f)
    ]


def syntax_problem(text: str, name: str) -> Problem | None:
    """The JSON syntax error in ``text`` (or a top level that is not an object), if any."""

    def reject_constant(token: str) -> None:
        raise ValueError(token)

    try:
        value = json.loads(text, parse_constant=reject_constant)
    except json.JSONDecodeError as bad:
        return _json_syntax_problem(text, name, bad)
    except ValueError as bad:
        token = str(bad)
        offset = _find_constant(text, token)
        line, column = line_col(text, offset)
        return Problem(
            name,
            line,
            column,
            "",
            f"{token} is not allowed in JSON",
            "use a number, or a string if you meant text",
        )
    except RecursionError:
        return Problem(
            name,
            None,
            None,
            "",
            "the JSON is nested too deeply",
            "a timeline file needs only a few levels of nesting",
        )
    if not isinstance(value, dict):
        kind = type(value).__name__.replace("dict", "object").replace("list", "array")
        return Problem(
            name,
            1,
            1,
            "",
            f"the top level is a JSON {kind}, not an object",
            'wrap the content in {"schema_version": 1, "title": ..., "events": [...]}',
        )
    return None


def _json_syntax_problem(text: str, name: str, bad: json.JSONDecodeError) -> Problem:
    """Name the usual slips (a trailing or a missing comma, a cut-off file, comments, single
    quotes, a string left open) where the user made them."""
    before = len(text[: bad.pos].rstrip())  # end of the last token before the error
    previous = text[before - 1] if before else ""
    closer = text[bad.pos : bad.pos + 1]
    if previous == "," and closer in {"}", "]"}:
        line, column = line_col(text, before - 1)
        return Problem(
            name,
            line,
            column,
            "",
            f"trailing comma before {closer!r}",
            "JSON allows no comma after the last item: delete this comma",
        )
    if bad.pos >= len(text.rstrip()):
        missing = " and ".join(repr(c) for c in _unclosed(text)) or "the rest"
        line, column = line_col(text, before)
        return Problem(
            name,
            line,
            column,
            "",
            f"the file ends here, before {missing}",
            "the file may be cut off or not fully saved; close what was opened",
        )
    if bad.msg.startswith("Expecting ',' delimiter") and before < bad.pos:
        line, column = line_col(text, before)
        return Problem(
            name,
            line,
            column,
            "",
            "missing comma after this value",
            "separate items of a list or object with a comma",
        )
    if bad.msg.startswith("Expecting ',' delimiter") and previous == '"' and closer.isalnum():
        # "title": "Plan, "start": ... : the text's closing quote is missing, so the next
        # quote closed it and what follows is read as bare words.
        return Problem(
            name,
            bad.lineno,
            bad.colno,
            "",
            "a text ends just before this: a closing quote may be missing earlier",
            'end each text with "; write \\" for a quote inside a text',
        )
    message, hint = _syntax_wording(bad.msg, text[bad.pos : bad.pos + 2])
    if not text.rstrip().endswith(("}", "]")):
        hint = "the file ends too early: it may be cut off or not fully saved"
    return Problem(name, bad.lineno, bad.colno, "", message, hint)


def _syntax_wording(msg: str, at: str) -> tuple[str, str]:
    if at in {"//", "/*"} or at.startswith("#"):
        return "a comment: JSON allows none", 'delete the comment, or move it into a "notes" text'
    if at.startswith("'"):
        return (
            "single quotes: JSON needs double quotes",
            'write "name" and "text" in double quotes',
        )
    if msg.startswith("Invalid control character"):
        return (
            "a line break (or control character) inside a text: a closing quote may be missing",
            'end the text with " on this line, or write \\n for a line break',
        )
    if msg.startswith("Unterminated string"):
        return "a text that is never closed", 'end it with a double quote (")'
    if msg.startswith("Expecting property name"):
        return "expected a field name in double quotes", 'e.g. "title": "..."'
    return f"invalid JSON: {msg.removesuffix(' at')}", "fix the JSON syntax at this position"


def _unclosed(text: str) -> list[str]:
    """The closing brackets still owed at the end of ``text``, innermost first."""
    owed: list[str] = []
    for match in _BRACKETS.finditer(text):
        token = match.group()
        if token in "{[":
            owed.append("}" if token == "{" else "]")
        elif token in "}]" and owed:
            owed.pop()
    return owed[::-1]


_BRACKETS = re.compile(r'"(?:[^"\\]|\\.)*"?|[{}\[\]]')


def _find_constant(text: str, token: str) -> int:

    match = re.search(r"(?<![\"\w])-?" + re.escape(token.lstrip("-")) + r"(?![\"\w])", text)
    return match.start() if match else 0


_UNION_TAGS = ("str", "constrained-str")


def _clean_path(loc: tuple[int | str, ...]) -> JsonPath:
    return tuple(
        part
        for part in loc
        if not (
            isinstance(part, str)
            and (part in _UNION_TAGS or "[" in part or part.startswith(("function-", "literal")))
        )
    )


def _merge_union_errors(errors: list[Any]) -> list[tuple[JsonPath, str, str]]:
    """One message per field, even where pydantic reports each union branch separately."""
    grouped: dict[JsonPath, list[Any]] = {}
    for error in errors:
        grouped.setdefault(_clean_path(tuple(error["loc"])), []).append(error)
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
        return f"required field {path[-1]!r} is missing", f'add "{path[-1]}"'
    if kind == "extra_forbidden":
        suggestion = _closest_field(path)
        if suggestion:
            return f"unknown field {path[-1]!r}", f"did you mean {suggestion!r}?"
        allowed = ", ".join(sorted(_fields_at(path[:-1])))
        return f"unknown field {path[-1]!r}", f"remove it, or use one of: {allowed}"
    if kind == "string_pattern_mismatch":
        if error["loc"][-1] == "[key]":
            field = "language"
        return _pattern_message(field, error.get("input"))
    if kind == "too_short" and "dict" in str(error["loc"]):
        return "must not be an empty object", 'give at least one text, e.g. {"en": "Text"}'

    if kind == "model_type" and not path:
        return "the top level must be a JSON object", "see the README for the format"
    if kind == "model_type":
        fields = ", ".join(f'"{name}"' for name in _required_at(path))
        return (
            "must be an object",
            f"write {{...}} with its fields, at least {fields}"
            if fields
            else "write {...} with its fields",
        )
    if kind == "literal_error" and field == "schema_version":
        return _version_message(error.get("input"))
    if kind == "literal_error":
        expected = str(error.get("ctx", {}).get("expected", "")).replace("'", "")
        return f"{error.get('input')!r} is not an allowed {field}", f"use one of: {expected}"
    if kind == "string_type" and field in {"start", "end", "date"}:
        return (
            "must be a date in double quotes",
            'write "YYYY", "YYYY-MM" or "YYYY-MM-DD", e.g. "2021" or "2021-03"',
        )
    if kind == "string_type":
        return "must be text (a JSON string)", 'write the value in double quotes, e.g. "Text"'
    if kind in {"tuple_type", "list_type"}:
        return "must be a list", 'write a JSON array, e.g. ["a", "b"]'
    if kind == "string_too_short":
        return "must not be empty", "write some text or remove the field"
    return message, "see the schema (xiaomi-timeline schema) for what is allowed here"


def _version_message(value: object) -> tuple[str, str]:
    if isinstance(value, int) and not isinstance(value, bool):
        return f"unsupported schema_version {value}", "this app reads version 1"
    return (
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
    return set(model.model_fields) if model is not None else set()


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


def _pattern_message(field: str, value: object) -> tuple[str, str]:
    if field in _DATE_FIELDS:
        hint = 'write YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2019", "2023-04", "2024-12-20"'
        if isinstance(value, str) and (value[:1] == "-" or len(value.split("-")[0]) > 4):
            try:
                PartialDate.parse(value)
            except ValueError as error:  # says what a year before 1 or after 9999 needs
                message, _, hint = str(error).partition("; ")
                return message, hint
        return f"{value!r} is not a date", hint
    if field == "color":
        return f"{value!r} is not a colour", 'write #RRGGBB, e.g. "#1E88E5"'
    if field == "url":
        return f"{value!r} is not a web address", "write a full http:// or https:// URL"
    if field in {"languages", "default_language", "language"}:
        return f"{value!r} is not a language tag", "write a BCP 47 tag such as en, id, zh-Hans"
    return (
        f"{value!r} is not a valid id",
        "ids use letters, digits, '.', '_', ':' or '-' and start with a letter or digit",
    )
