"""A file's problems in the interface language.

Core words each problem in English and names its kind with a stable ``code`` and the
``values`` the words were built from; here each known code has its message and hint as
translatable templates (``%1``, ``%2``: the values in order), the English ones word for word
the same as core's. Kinds without a template here stay in English. The place (file, line,
column, field path) is the file's own and is never translated.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from xiaomi_timeline.core.dates import PartialDate
from xiaomi_timeline.core.problems import Problem
from xiaomi_timeline.ui.i18n.dates import format_date

_CONTEXT = "Problems"


def _says(message: object, hint: object = "") -> tuple[str, str]:
    return str(message), str(hint)


_REAL_DATE = QT_TRANSLATE_NOOP("Problems", "use a real calendar date")
_OBJECT = QT_TRANSLATE_NOOP("Problems", "must be an object")
_UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Problems", "unknown field %1")
_EXTRA_CELLS = QT_TRANSLATE_NOOP("Problems", "row %1 has %2 cells but the header has %3 columns")

_NOT_WHOLE = QT_TRANSLATE_NOOP("Problems", "%1 is not a whole number")
_YEAR_HINT = QT_TRANSLATE_NOOP("Problems", "write a whole number, e.g. 2019, or -44 for 44 BC")
_MONTH_HINT = QT_TRANSLATE_NOOP("Problems", "write 1 to 12, or leave it empty")
_DAY_HINT = QT_TRANSLATE_NOOP("Problems", "write 1 to 31, or leave it empty")
_AT_LEAST_A_YEAR = QT_TRANSLATE_NOOP("Problems", "give at least a year")
_ADD_ONE = QT_TRANSLATE_NOOP("Problems", "add one")
_END_BEFORE_START = QT_TRANSLATE_NOOP("Problems", "end %1 is before start %2")

WORDING: dict[str, tuple[str, str]] = {
    "date.month_range": _says(
        QT_TRANSLATE_NOOP("Problems", "%1 has month %2; months run from 01 to 12"), _REAL_DATE
    ),
    "date.day_range": _says(
        QT_TRANSLATE_NOOP("Problems", "%1 does not exist: %2 has %3 days"), _REAL_DATE
    ),
    "date.end_before_start": _says(
        _END_BEFORE_START, QT_TRANSLATE_NOOP("Problems", "swap start and end, or fix the year")
    ),
    "date.end_before_start_month": _says(
        _END_BEFORE_START, QT_TRANSLATE_NOOP("Problems", "swap start and end, or fix the month")
    ),
    "date.end_before_start_day": _says(
        _END_BEFORE_START, QT_TRANSLATE_NOOP("Problems", "swap start and end, or fix the day")
    ),
    "date.format": _says(
        QT_TRANSLATE_NOOP("Problems", "%1 is not a date"),
        QT_TRANSLATE_NOOP(
            "Problems", 'write YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2019", "2023-04", "2024-12-20"'
        ),
    ),
    "type.date_text": _says(
        QT_TRANSLATE_NOOP("Problems", "must be a date in double quotes"),
        QT_TRANSLATE_NOOP(
            "Problems", 'write "YYYY", "YYYY-MM" or "YYYY-MM-DD", e.g. "2021" or "2021-03"'
        ),
    ),
    "reference.unknown_category": _says(
        QT_TRANSLATE_NOOP("Problems", "unknown category id %1"),
        QT_TRANSLATE_NOOP(
            "Problems", 'add a category with id %1 to "categories", or fix the spelling'
        ),
    ),
    "reference.unknown_person": _says(
        QT_TRANSLATE_NOOP("Problems", "unknown person id %1"),
        QT_TRANSLATE_NOOP("Problems", 'add a person with id %1 to "people", or fix the spelling'),
    ),
    "reference.unknown_organization": _says(
        QT_TRANSLATE_NOOP("Problems", "unknown organization id %1"),
        QT_TRANSLATE_NOOP(
            "Problems",
            'add an organization with id %1 to "organizations", or fix the spelling',
        ),
    ),
    "reference.unknown_source": _says(
        QT_TRANSLATE_NOOP("Problems", "unknown source id %1"),
        QT_TRANSLATE_NOOP("Problems", 'add a source with id %1 to "sources", or fix the spelling'),
    ),
    "reference.unknown_event": _says(
        QT_TRANSLATE_NOOP("Problems", "unknown event id %1"),
        QT_TRANSLATE_NOOP("Problems", 'add an event with id %1 to "events", or fix the spelling'),
    ),
    "id.duplicate": _says(
        QT_TRANSLATE_NOOP("Problems", "duplicate id %1 (first used at %2[%3])"),
        QT_TRANSLATE_NOOP("Problems", "give each entry its own id"),
    ),
    "title.blank": _says(
        QT_TRANSLATE_NOOP("Problems", "the title is blank"),
        QT_TRANSLATE_NOOP("Problems", "write a title"),
    ),
    "title.blank_in_language": _says(
        QT_TRANSLATE_NOOP("Problems", "the title is blank"),
        QT_TRANSLATE_NOOP("Problems", 'write a title in "%1", or remove that language'),
    ),
    "field.missing": _says(
        QT_TRANSLATE_NOOP("Problems", "required field %1 is missing"),
        QT_TRANSLATE_NOOP("Problems", 'add "%2"'),
    ),
    "field.unknown_did_you_mean": _says(
        _UNKNOWN_FIELD, QT_TRANSLATE_NOOP("Problems", "did you mean %2?")
    ),
    "field.unknown": _says(
        _UNKNOWN_FIELD, QT_TRANSLATE_NOOP("Problems", "remove it, or use one of: %2")
    ),
    "value.not_allowed": _says(
        QT_TRANSLATE_NOOP("Problems", "%1 is not an allowed %2"),
        QT_TRANSLATE_NOOP("Problems", "use one of: %3"),
    ),
    "value.not_colour": _says(
        QT_TRANSLATE_NOOP("Problems", "%1 is not a colour"),
        QT_TRANSLATE_NOOP("Problems", 'write #RRGGBB, e.g. "#1E88E5"'),
    ),
    "value.not_web_address": _says(
        QT_TRANSLATE_NOOP("Problems", "%1 is not a web address"),
        QT_TRANSLATE_NOOP("Problems", "write a full http:// or https:// URL"),
    ),
    "value.not_language_tag": _says(
        QT_TRANSLATE_NOOP("Problems", "%1 is not a language tag"),
        QT_TRANSLATE_NOOP("Problems", "write a BCP 47 tag such as en, id, zh-Hans"),
    ),
    "value.not_id": _says(
        QT_TRANSLATE_NOOP("Problems", "%1 is not a valid id"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "ids use letters, digits, '.', '_', ':' or '-' and start with a letter or digit",
        ),
    ),
    "text.too_long": _says(
        QT_TRANSLATE_NOOP("Problems", "is longer than %1 characters"),
        QT_TRANSLATE_NOOP("Problems", "shorten it"),
    ),
    "text.empty": _says(
        QT_TRANSLATE_NOOP("Problems", "must not be empty"),
        QT_TRANSLATE_NOOP("Problems", "write some text or remove the field"),
    ),
    "type.text": _says(
        QT_TRANSLATE_NOOP("Problems", "must be text (a JSON string)"),
        QT_TRANSLATE_NOOP("Problems", 'write the value in double quotes, e.g. "Text"'),
    ),
    "type.text_or_languages": _says(
        QT_TRANSLATE_NOOP("Problems", "must be text, or an object of texts by language"),
        QT_TRANSLATE_NOOP(
            "Problems", 'e.g. "title": "Text" or "title": {"en": "Text", "id": "Teks"}'
        ),
    ),
    "type.texts_empty": _says(
        QT_TRANSLATE_NOOP("Problems", "must not be an empty object"),
        QT_TRANSLATE_NOOP("Problems", 'give at least one text, e.g. {"en": "Text"}'),
    ),
    "type.list": _says(
        QT_TRANSLATE_NOOP("Problems", "must be a list"),
        QT_TRANSLATE_NOOP("Problems", 'write a JSON array, e.g. ["a", "b"]'),
    ),
    "type.object_with_fields": _says(
        _OBJECT, QT_TRANSLATE_NOOP("Problems", "write {...} with its fields, at least %1")
    ),
    "type.meanings_object": _says(
        _OBJECT,
        QT_TRANSLATE_NOOP(
            "Problems", 'map each level to its meaning, e.g. {"low": "A mirror site"}'
        ),
    ),
    "json.trailing_comma": _says(
        QT_TRANSLATE_NOOP("Problems", "trailing comma before %1"),
        QT_TRANSLATE_NOOP(
            "Problems", "JSON allows no comma after the last item: delete this comma"
        ),
    ),
    "json.ends_before": _says(
        QT_TRANSLATE_NOOP("Problems", "the file ends here, before %1"),
        QT_TRANSLATE_NOOP(
            "Problems", "the file may be cut off or not fully saved; close what was opened"
        ),
    ),
    "json.missing_comma": _says(
        QT_TRANSLATE_NOOP("Problems", "missing comma after this value"),
        QT_TRANSLATE_NOOP("Problems", "separate items of a list or object with a comma"),
    ),
    "json.text_closed_early": _says(
        QT_TRANSLATE_NOOP(
            "Problems", "a text ends just before this: a closing quote may be missing earlier"
        ),
        QT_TRANSLATE_NOOP("Problems", 'end each text with "; write \\" for a quote inside a text'),
    ),
    "json.extra_text": _says(
        QT_TRANSLATE_NOOP("Problems", "extra text after the end of the document"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "the JSON document ends at line %1, column %2: delete what follows it",
        ),
    ),
    "json.not_json": _says(
        QT_TRANSLATE_NOOP("Problems", "this is not JSON"),
        QT_TRANSLATE_NOOP(
            "Problems", 'a timeline file is a JSON object: {"schema_version": 1, "title": ...}'
        ),
    ),
    "json.comment": _says(
        QT_TRANSLATE_NOOP("Problems", "a comment: JSON allows none"),
        QT_TRANSLATE_NOOP("Problems", 'delete the comment, or move it into a "notes" text'),
    ),
    "json.single_quotes": _says(
        QT_TRANSLATE_NOOP("Problems", "single quotes: JSON needs double quotes"),
        QT_TRANSLATE_NOOP("Problems", 'write "name" and "text" in double quotes'),
    ),
    "json.line_break_in_text": _says(
        QT_TRANSLATE_NOOP(
            "Problems",
            "a line break (or control character) inside a text: a closing quote may be missing",
        ),
        QT_TRANSLATE_NOOP(
            "Problems", 'end the text with " on this line, or write \\n for a line break'
        ),
    ),
    "json.open_text": _says(
        QT_TRANSLATE_NOOP("Problems", "a text that is never closed"),
        QT_TRANSLATE_NOOP("Problems", 'end it with a double quote (")'),
    ),
    "json.text_cut_off": _says(
        QT_TRANSLATE_NOOP("Problems", "a text that is never closed"),
        QT_TRANSLATE_NOOP(
            "Problems", "the file ends inside this text: it may be cut off or not fully saved"
        ),
    ),
    "json.field_name": _says(
        QT_TRANSLATE_NOOP("Problems", "expected a field name in double quotes"),
        QT_TRANSLATE_NOOP("Problems", 'e.g. "title": "..."'),
    ),
    "json.duplicate_key": _says(
        QT_TRANSLATE_NOOP(
            "Problems",
            '"%1" is given more than once in this object; the first is at line %2, column %3',
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "keep one of them: a JSON reader would use only the last and drop the other",
        ),
    ),
    "json.top_level_not_object": _says(
        QT_TRANSLATE_NOOP("Problems", "the top level is a JSON %1, not an object"),
        QT_TRANSLATE_NOOP(
            "Problems",
            'wrap the content in {"schema_version": 1, "title": ..., "events": [...]}',
        ),
    ),
    "encoding.not_utf8": _says(
        QT_TRANSLATE_NOOP("Problems", "not valid UTF-8 (byte %1)"),
        QT_TRANSLATE_NOOP("Problems", "save the file as UTF-8"),
    ),
    "csv.extra_cells": _says(
        _EXTRA_CELLS,
        QT_TRANSLATE_NOOP(
            "Problems",
            "put a cell that holds a comma in double quotes, or name the extra column in the "
            "header row",
        ),
    ),
    "csv.extra_cells_semicolon": _says(
        _EXTRA_CELLS,
        QT_TRANSLATE_NOOP(
            "Problems",
            "put a cell that holds a semicolon in double quotes, or name the extra column in the "
            "header row",
        ),
    ),
    "csv.extra_cells_tab": _says(
        _EXTRA_CELLS,
        QT_TRANSLATE_NOOP(
            "Problems",
            "put a cell that holds a tab in double quotes, or name the extra column in the "
            "header row",
        ),
    ),
    "csv.missing_column": _says(
        QT_TRANSLATE_NOOP("Problems", "the column %1 is missing"),
        QT_TRANSLATE_NOOP("Problems", "add it to the header row (the first row); columns: %2"),
    ),
    "csv.not_utf8": _says(
        QT_TRANSLATE_NOOP("Problems", "not valid UTF-8 (byte %1)"),
        QT_TRANSLATE_NOOP(
            "Problems", 'save it as "CSV UTF-8" (Excel) or export it again from Google Sheets'
        ),
    ),
    "file.not_a_timeline": _says(
        QT_TRANSLATE_NOOP("Problems", "not a timeline: no CSV header row, iCalendar or JSON found"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "open a timeline JSON, a TimelineJS3 file, a CSV with a header row, or an .ics",
        ),
    ),
    "file.workbook": _says(
        QT_TRANSLATE_NOOP(
            "Problems", "a spreadsheet workbook (Excel, LibreOffice), not a timeline file"
        ),
        QT_TRANSLATE_NOOP("Problems", 'save the sheet as "CSV UTF-8" and open that'),
    ),
    "ics.unreadable": _says(
        QT_TRANSLATE_NOOP("Problems", "not a readable iCalendar file: %1"),
        QT_TRANSLATE_NOOP(
            "Problems", "export the calendar again from its program, or fix the line it names"
        ),
    ),
    "ics.property_twice": _says(
        QT_TRANSLATE_NOOP("Problems", "%1 is given twice in this event; the first is at line %2"),
        QT_TRANSLATE_NOOP("Problems", "keep one of them"),
    ),
    "ics.never_closed": _says(
        QT_TRANSLATE_NOOP("Problems", "this event is never closed"),
        QT_TRANSLATE_NOOP("Problems", "add END:VEVENT"),
    ),
    "ics.not_a_date": _says(
        QT_TRANSLATE_NOOP("Problems", "%1 is not a date"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "write a date as YYYYMMDD (20230215) or a date and time as YYYYMMDDTHHMMSS "
            "(20230215T093000)",
        ),
    ),
    "ics.no_start": _says(
        QT_TRANSLATE_NOOP("Problems", "the event has no DTSTART"),
        QT_TRANSLATE_NOOP("Problems", "give the date it starts"),
    ),
    "ics.no_title": _says(
        QT_TRANSLATE_NOOP("Problems", "the event has no SUMMARY (title)"),
        QT_TRANSLATE_NOOP("Problems", "give it a title"),
    ),
    "ics.ends_before_start": _says(
        QT_TRANSLATE_NOOP("Problems", "the event ends (%1) before it starts (%2)"),
        QT_TRANSLATE_NOOP("Problems", "swap DTSTART and DTEND, or fix the date"),
    ),
    "ics.negative_duration": _says(
        QT_TRANSLATE_NOOP("Problems", "DURATION %1 is negative"),
        QT_TRANSLATE_NOOP("Problems", "give a positive DURATION"),
    ),
    "tl3.year.not_whole": _says(_NOT_WHOLE, _YEAR_HINT),
    "tl3.month.not_whole": _says(_NOT_WHOLE, _MONTH_HINT),
    "tl3.day.not_whole": _says(_NOT_WHOLE, _DAY_HINT),
    "tl3.year.missing": _says(QT_TRANSLATE_NOOP("Problems", "the year is missing"), _YEAR_HINT),
    "tl3.month.range": _says(QT_TRANSLATE_NOOP("Problems", "month %1 does not exist"), _MONTH_HINT),
    "tl3.day.range": _says(QT_TRANSLATE_NOOP("Problems", "day %1 does not exist"), _DAY_HINT),
    "tl3.day.not_in_month": _says(
        QT_TRANSLATE_NOOP("Problems", "day %1 does not exist: %2 has %3 days"),
        QT_TRANSLATE_NOOP("Problems", "write a day from 1 to %3, or fix the month"),
    ),
    "tl3.day.without_month": _says(
        QT_TRANSLATE_NOOP("Problems", "a day is given without a month"),
        QT_TRANSLATE_NOOP("Problems", "add the month"),
    ),
    "tl3.event.no_start": _says(
        QT_TRANSLATE_NOOP("Problems", "the event has no start date"), _AT_LEAST_A_YEAR
    ),
    "tl3.event.no_headline": _says(
        QT_TRANSLATE_NOOP("Problems", "the event has no headline, text or media caption"),
        _ADD_ONE,
    ),
    "tl3.era.no_start": _says(
        QT_TRANSLATE_NOOP("Problems", "the era has no start date"), _AT_LEAST_A_YEAR
    ),
    "tl3.era.no_end": _says(
        QT_TRANSLATE_NOOP("Problems", "the era has no end date"), _AT_LEAST_A_YEAR
    ),
    "tl3.era.no_headline": _says(
        QT_TRANSLATE_NOOP("Problems", "the era has no headline"), _ADD_ONE
    ),
    "tl3.v2": _says(
        QT_TRANSLATE_NOOP("Problems", "this is TimelineJS 2's format, not TimelineJS3's"),
        QT_TRANSLATE_NOOP(
            "Problems",
            'save it as TimelineJS3 JSON ({"title": ..., "events": [...]}) and open that',
        ),
    ),
    "tl3.no_events": _says(
        QT_TRANSLATE_NOOP("Problems", "not a TimelineJS3 timeline: no events list"),
        QT_TRANSLATE_NOOP("Problems", 'add "events": [...]'),
    ),
    "tl3.slide_object": _says(
        _OBJECT, QT_TRANSLATE_NOOP("Problems", "write {...} with start_date and text")
    ),
    "file.empty": _says(
        QT_TRANSLATE_NOOP("Problems", "the file is empty"),
        QT_TRANSLATE_NOOP("Problems", "a timeline file is a JSON object; see the README"),
    ),
}
"""Each translated code's message and hint templates (English source text)."""


def _day_range_values(values: tuple[str, ...]) -> tuple[str, ...]:
    """(text or day, month, year, days) -> (text or day, the month in the interface
    language, days)."""
    text, month, year, days = values
    return text, format_date(PartialDate(int(year), int(month))), days


def _list_values(values: tuple[str, ...]) -> tuple[str, ...]:
    """What is owed, one after another ("'}' and ']'")."""
    joiner = QCoreApplication.translate(
        "Problems", " and ", "between closing brackets: '}' and ']'"
    )
    return (joiner.join(values),)


_VALUES: dict[str, Callable[[tuple[str, ...]], tuple[str, ...]]] = {
    "date.day_range": _day_range_values,
    "tl3.day.not_in_month": _day_range_values,
    "json.ends_before": _list_values,
}
"""Codes whose values are words or dates to say in the interface language, not just quoted."""


def problem_words(problem: Problem) -> tuple[str, str]:
    """The message and hint of ``problem`` in the interface language (English for a code
    without a template)."""
    wording = WORDING.get(problem.code)
    if wording is None:
        return problem.message, problem.hint
    values = _VALUES.get(problem.code, tuple)(problem.values)
    message, hint = (
        _filled(QCoreApplication.translate(_CONTEXT, template), values) if template else ""
        for template in wording
    )
    return message, hint


def problem_text(problem: Problem) -> str:
    """``problem`` as one line, laid out as core's English (``file:line:col: path: message
    (hint)``), its message and hint in the interface language."""
    message, hint = problem_words(problem)
    where = (
        problem.file if problem.line is None else f"{problem.file}:{problem.line}:{problem.column}"
    )
    if problem.warning:
        where += ": " + QCoreApplication.translate("Problems", "warning")
    text = f"{where}: {problem.path}: {message}" if problem.path else f"{where}: {message}"
    return f"{text} ({hint})" if hint else text


def _filled(template: str, values: tuple[str, ...]) -> str:
    """``template`` with %1, %2 ... replaced in one pass (a value may itself contain "%2")."""
    out: list[str] = []
    index = 0
    while index < len(template):
        char = template[index]
        following = template[index + 1 : index + 2]
        if char == "%" and following.isdigit() and 0 < int(following) <= len(values):
            out.append(values[int(following) - 1])
            index += 2
        else:
            out.append(char)
            index += 1
    return "".join(out)
