"""What is wrong with JSON text that does not parse, said so a user can fix it: where, and
the usual slips (a comment, single quotes, a missing or trailing comma) in plain words."""

from __future__ import annotations

import json
import re
import sys

from xiaomi_timeline.core.jsonpos import JsonPath, line_col, locate
from xiaomi_timeline.core.problems import Problem, Said, located_problem

_BRACKETS = re.compile(r'"(?:[^"\\]|\\.)*"?|[{}\[\]]')
_MAX_DIGITS = sys.get_int_max_str_digits() or 4300


class _LongNumber:
    """Stands in for a whole number with more digits than Python reads."""

    def __init__(self, digits: int) -> None:
        self.digits = digits


def syntax_problem(text: str, name: str) -> Problem | None:
    """The JSON syntax error in ``text`` (or a top level that is not an object), if any."""

    seen: set[str] = set()

    def reject_constant(token: str) -> None:
        raise ValueError(token)

    def whole_number(token: str) -> int | _LongNumber:
        digits = len(token.lstrip("-"))
        if digits <= _MAX_DIGITS:
            return int(token)
        seen.add("long")
        return _LongNumber(digits)

    try:
        value = json.loads(text, parse_constant=reject_constant, parse_int=whole_number)
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
    long_number = _first_long_number(value) if "long" in seen else None
    if long_number is not None:
        path, number = long_number
        return located_problem(
            name,
            locate(text, [path]).get(path),
            path,
            f"a number with {number.digits} digits is too long to read",
            "shorten it, or put it in double quotes if it is text",
        )
    if not isinstance(value, dict):
        kind = json_type_name(value)
        return Problem(
            name,
            1,
            1,
            "",
            f"the top level is a JSON {kind}, not an object",
            'wrap the content in {"schema_version": 1, "title": ..., "events": [...]}',
            code="json.top_level_not_object",
            values=(kind,),
        )
    return None


def _first_long_number(value: object) -> tuple[JsonPath, _LongNumber] | None:
    """The path of the first number too long to read in a parsed ``value``, if any (walked
    without recursion: the file may nest as deeply as the parser allows)."""
    pending: list[tuple[JsonPath, object]] = [((), value)]
    while pending:
        path, item = pending.pop()
        if isinstance(item, _LongNumber):
            return path, item
        if isinstance(item, dict):
            pending.extend(((*path, key), child) for key, child in reversed(item.items()))
        elif isinstance(item, list):
            pending.extend(((*path, i), child) for i, child in reversed(list(enumerate(item))))
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
            code="json.trailing_comma",
            values=(repr(closer),),
        )
    if bad.pos >= len(text.rstrip()):
        owed = [repr(c) for c in _unclosed(text)]
        line, column = line_col(text, before)
        return Problem(
            name,
            line,
            column,
            "",
            f"the file ends here, before {' and '.join(owed) or 'the rest'}",
            "the file may be cut off or not fully saved; close what was opened",
            code="json.ends_before" if owed else "",
            values=tuple(owed),
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
            code="json.missing_comma",
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
            code="json.text_closed_early",
        )
    if bad.msg.startswith("Extra data"):
        end_line, end_column = line_col(text, before - 1)  # its last character
        return Problem(
            name,
            bad.lineno,
            bad.colno,
            "",
            "extra text after the end of the document",
            f"the JSON document ends at line {end_line}, column {end_column}: delete what "
            "follows it",
            code="json.extra_text",
            values=(str(end_line), str(end_column)),
        )
    said = _syntax_wording(bad.msg, text[bad.pos : bad.pos + 2])
    if bad.msg.startswith("Unterminated string") and '"' not in text[bad.pos + 1 :]:
        said = Said(
            said.message,
            "the file ends inside this text: it may be cut off or not fully saved",
            "json.text_cut_off",
        )
    elif bad.msg.startswith("Expecting value") and not text[: bad.pos].strip():
        said = Said(
            "this is not JSON",
            'a timeline file is a JSON object: {"schema_version": 1, "title": ...}',
            "json.not_json",
        )
    message, hint, code, values = said
    return Problem(name, bad.lineno, bad.colno, "", message, hint, code=code, values=values)


def json_type_name(value: object) -> str:
    """JSON's own name for a parsed value's type: null, true/false, number, string, array,
    object."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        return "array"
    return "object" if isinstance(value, dict) else type(value).__name__


def _syntax_wording(msg: str, at: str) -> Said:
    if at in {"//", "/*"} or at.startswith("#"):
        return Said(
            "a comment: JSON allows none",
            'delete the comment, or move it into a "notes" text',
            "json.comment",
        )
    if at.startswith("'"):
        return Said(
            "single quotes: JSON needs double quotes",
            'write "name" and "text" in double quotes',
            "json.single_quotes",
        )
    if msg.startswith("Invalid control character"):
        return Said(
            "a line break (or control character) inside a text: a closing quote may be missing",
            'end the text with " on this line, or write \\n for a line break',
            "json.line_break_in_text",
        )
    if msg.startswith("Unterminated string"):
        return Said(
            "a text that is never closed", 'end it with a double quote (")', "json.open_text"
        )
    if msg.startswith("Expecting property name"):
        return Said(
            "expected a field name in double quotes", 'e.g. "title": "..."', "json.field_name"
        )
    return Said(f"invalid JSON: {msg.removesuffix(' at')}", "fix the JSON syntax at this position")


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


def _find_constant(text: str, token: str) -> int:

    match = re.search(r"(?<![\"\w])-?" + re.escape(token.lstrip("-")) + r"(?![\"\w])", text)
    return match.start() if match else 0
