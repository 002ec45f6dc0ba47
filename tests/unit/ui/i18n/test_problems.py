"""A file's problems said in the interface language: each kind core names with a code has a
template here, the English one word for word core's, and Indonesian and Chinese ones."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.paths import REPO_ROOT
from xiaomi_timeline.core.loading.loader import DocumentError, load_bytes, load_path
from xiaomi_timeline.core.problems import Problem
from xiaomi_timeline.ui.i18n.language import apply_ui_language
from xiaomi_timeline.ui.i18n.problems import WORDING, problem_text, problem_words

GOOD = """{
 "schema_version": 1,
 "title": "Test",
 "categories": [{"id": "launch", "label": "Launch", "color": "#1E88E5"}],
 "people": [{"id": "ana", "name": "Ana"}],
 "organizations": [{"id": "mi", "name": "Xiaomi"}],
 "sources": [{"id": "S1", "title": "Press release", "url": "https://example.com/pr",
              "reliability": "high", "date": "2020-01-02"}],
 "events": [
  {"id": "e1", "title": "Founded", "start": "2019", "category": "launch", "status": "confirmed",
   "people": ["ana"], "organizations": ["mi"], "sources": ["S1"], "related": ["e2"],
   "tags": ["a"]},
  {"id": "e2", "title": "Launch", "start": "2021", "end": "2023", "category": "launch",
   "status": "reported", "sources": ["S1"], "related": ["e1"]}
 ]
}"""

_E1_START = '"start": "2019", "category"'
_E2_START = '"start": "2021", "end"'

SAMPLES: dict[str, tuple[tuple[str, str], ...]] = {
    "date.month_range": ((_E1_START, '"start": "2023-13-01", "category"'),),
    "date.day_range": ((_E1_START, '"start": "2023-02-29", "category"'),),
    "date.end_before_start": (('"end": "2023"', '"end": "2020"'),),
    "date.end_before_start_month": (
        (_E2_START, '"start": "2021-05", "end"'),
        ('"end": "2023"', '"end": "2021-03"'),
    ),
    "date.end_before_start_day": (
        (_E2_START, '"start": "2021-05-10", "end"'),
        ('"end": "2023"', '"end": "2021-05-03"'),
    ),
    "date.format": ((_E1_START, '"start": "19-3", "category"'),),
    "type.date_text": ((_E1_START, '"start": 2019, "category"'),),
    "reference.unknown_category": (
        (
            '"category": "launch", "status": "confirmed"',
            '"category": "lunch", "status": "confirmed"',
        ),
    ),
    "reference.unknown_person": (('"people": ["ana"], "org', '"people": ["bob"], "org'),),
    "reference.unknown_organization": (('"organizations": ["mi"]', '"organizations": ["apple"]'),),
    "reference.unknown_source": (
        ('"sources": ["S1"], "related": ["e1"]', '"sources": ["S2"], "related": ["e1"]'),
    ),
    "reference.unknown_event": (('"related": ["e1"]', '"related": ["e9"]'),),
    "id.duplicate": (
        ('"id": "e2"', '"id": "e1"'),
        ('"related": ["e1"]', '"related": []'),
        ('"related": ["e2"]', '"related": []'),
    ),
    "title.blank": (('"title": "Launch"', '"title": "  "'),),
    "title.blank_in_language": (('"title": "Launch"', '"title": {"en": "  "}'),),
    "field.missing": (('"title": "Launch", ', ""),),
    "field.unknown_did_you_mean": (('"tags": ["a"]', '"tagz": ["a"]'),),
    "field.unknown": (('"tags": ["a"]', '"flavour": ["a"]'),),
    "value.not_allowed": (('"status": "confirmed"', '"status": "rumoured"'),),
    "value.not_colour": (('"#1E88E5"', '"blue"'),),
    "value.not_web_address": (('"https://example.com/pr"', '"example dot com"'),),
    "value.not_language_tag": (
        ('"schema_version": 1,', '"schema_version": 1, "languages": ["english!"],'),
    ),
    "value.not_id": (('"id": "e2"', '"id": "e 2"'),),
    "text.too_long": (('"id": "e2"', '"id": "' + "e" * 129 + '"'),),
    "text.empty": (('"title": "Launch"', '"title": ""'),),
    "type.text": (('"id": "e2"', '"id": 5'),),
    "type.text_or_languages": (('"title": "Launch"', '"title": 5'),),
    "type.texts_empty": (('"title": "Launch"', '"title": {}'),),
    "type.list": (('"tags": ["a"]', '"tags": "a"'),),
    "type.object_with_fields": (('{"id": "ana", "name": "Ana"}', '"ana"'),),
    "type.meanings_object": (
        ('"schema_version": 1,', '"schema_version": 1, "reliability_meanings": 5,'),
    ),
    "json.trailing_comma": (('"tags": ["a"]', '"tags": ["a",]'),),
    "json.ends_before": (("]\n}", ""),),
    "json.missing_comma": (('"title": "Test",', '"title": "Test"'),),
    "json.text_closed_early": (('"title": "Test",', '"title": "Te"st",'),),
    "json.extra_text": (("]\n}", "]\n}\n}"),),
    "json.not_json": (('{\n "schema_version"', 'hello {\n "schema_version"'),),
    "json.comment": (('"schema_version": 1,', '// a comment\n "schema_version": 1,'),),
    "json.single_quotes": (('"schema_version": 1,', "'schema_version': 1,"),),
    "json.line_break_in_text": (('"title": "Test",', '"title": "Te\nst",'),),
    "json.open_text": ((GOOD, '{"title": "Test\\"'),),
    "json.text_cut_off": ((GOOD, '{"title": "Test'),),
    "json.field_name": (('"schema_version": 1,', "schema_version: 1,"),),
    "json.duplicate_key": ((_E1_START, '"start": "2019", "start": "2020", "category"'),),
    "json.top_level_not_object": ((GOOD, "[1, 2]"),),
    "encoding.not_utf8": (('"Test"', '"T\udcffst"'),),
    "file.empty": ((GOOD, ""),),
}
"""For each code, the changes to GOOD that make a file with that problem."""


def _problem(code: str) -> Problem:
    text = GOOD
    for old, new in SAMPLES[code]:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    with pytest.raises(DocumentError) as caught:
        load_bytes(text.encode("utf-8", errors="surrogateescape"), "t.json")
    found = [p for p in caught.value.problems if p.code == code]
    assert found, [str(p) for p in caught.value.problems]
    return found[0]


_SLIDE = {"start_date": {"year": 2020}, "text": {"headline": "A"}}


def _tl3(events: list[Any] | None = None, **top: Any) -> bytes:
    return json.dumps({"events": [_SLIDE] if events is None else events, **top}).encode()


def _tl3_date(**start: Any) -> bytes:
    return _tl3([{"start_date": start, "text": {"headline": "A"}}])


TL3_SAMPLES = {
    "tl3.year.not_whole": _tl3_date(year="soon"),
    "tl3.month.not_whole": _tl3_date(year=2020, month="May"),
    "tl3.day.not_whole": _tl3_date(year=2020, month=5, day="x"),
    "tl3.year.missing": _tl3_date(month=3),
    "tl3.month.range": _tl3_date(year=2020, month=13),
    "tl3.day.range": _tl3_date(year=2020, month=1, day=40),
    "tl3.day.not_in_month": _tl3_date(year=2021, month=4, day=31),
    "tl3.day.without_month": _tl3_date(year=2020, day=3),
    "tl3.event.no_start": _tl3([_SLIDE, {"text": {"headline": "B"}}]),
    "tl3.event.no_headline": _tl3([_SLIDE, {"start_date": {"year": 2021}}]),
    "tl3.era.no_start": _tl3(eras=[{"end_date": {"year": 2021}, "text": {"headline": "E"}}]),
    "tl3.era.no_end": _tl3(eras=[{"start_date": {"year": 2020}, "text": {"headline": "E"}}]),
    "tl3.era.no_headline": _tl3(eras=[{"start_date": {"year": 2020}, "end_date": {"year": 2021}}]),
    "tl3.v2": json.dumps({"timeline": {"headline": "x", "date": [{"startDate": "2020"}]}}).encode(),
    "tl3.no_events": json.dumps({"title": {"text": {"headline": "x"}}, "events": 5}).encode(),
    "tl3.slide_object": _tl3([_SLIDE, 5]),
}
"""TimelineJS3 JSON files with each problem of its reader (its spreadsheet reader words the
same slide problems at row and column)."""


def _problem_in(data: bytes, name: str, code: str) -> Problem:
    """The first problem of kind ``code`` that loading ``data`` as ``name`` reports."""
    with pytest.raises(DocumentError) as caught:
        load_bytes(data, name)
    found = [p for p in caught.value.problems if p.code == code]
    assert found, [str(p) for p in caught.value.problems]
    return found[0]


_ICS_HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"


def _ics(*lines: str, closed: bool = True) -> bytes:
    """A calendar of one event with ``lines`` (and a UID)."""
    event = "BEGIN:VEVENT\r\nUID:1\r\n" + "".join(line + "\r\n" for line in lines)
    return (_ICS_HEAD + event + ("END:VEVENT\r\n" if closed else "") + "END:VCALENDAR\r\n").encode()


ICS_SAMPLES = {
    "ics.unreadable": b"BEGIN:VCALENDAR\r\nno colon here\r\nEND:VCALENDAR\r\n",
    "ics.never_closed": _ics("DTSTART;VALUE=DATE:20230215", "SUMMARY:A", closed=False),
    "ics.not_a_date": _ics("DTSTART;VALUE=DATE:2023", "SUMMARY:A"),
    "ics.no_start": _ics("SUMMARY:A"),
    "ics.property_twice": _ics("DTSTART;VALUE=DATE:20230215", "SUMMARY:A", "SUMMARY:B"),
    "ics.no_title": _ics("DTSTART;VALUE=DATE:20230215"),
    "ics.ends_before_start": _ics(
        "DTSTART;VALUE=DATE:20230215", "DTEND;VALUE=DATE:20230105", "SUMMARY:A"
    ),
    "ics.negative_duration": _ics("DTSTART;VALUE=DATE:20230215", "DURATION:-P3D", "SUMMARY:A"),
}


CSV_SAMPLES = {
    "csv.extra_cells": b"id,title,start\ne1,Launch,2020,extra\n",
    "csv.extra_cells_semicolon": b"id;title;start\ne1;Launch;2020;extra\n",
    "csv.extra_cells_tab": b"id\ttitle\tstart\ne1\tLaunch\t2020\textra\n",
    "csv.missing_column": b"id,title\ne1,Launch\n",
    "csv.not_utf8": b"id,title,start\ne1,L\xffaunch,2020\n",
    "file.not_a_timeline": b"hello\n",
    "file.workbook": b"PK\x03\x04" + bytes(200),  # .xlsx and .ods are zip archives
}
"""Spreadsheet files (.csv) with each problem of the CSV readers."""


def _csv_problem(code: str, folder: Path) -> Problem:
    path = folder / "t.csv"
    path.write_bytes(CSV_SAMPLES[code])
    with pytest.raises(DocumentError) as caught:
        load_path(path)
    (problem,) = caught.value.problems
    assert problem.code == code
    return problem


def test_every_template_has_a_file_that_shows_it() -> None:
    samples = set(SAMPLES) | set(CSV_SAMPLES) | set(TL3_SAMPLES) | set(ICS_SAMPLES)
    assert samples == set(WORDING)


NOT_CODES = {"text.headline"}
"""Strings in core that look like codes: a TimelineJS3 slide field."""


def _codes_in_core() -> set[str]:
    """Every code written in core's source: literal ones, and the reference codes made per
    kind of entry."""
    codes: set[str] = set()
    for path in (REPO_ROOT / "xiaomi_timeline" / "core").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        codes.update(
            re.findall(
                r'"((?:date|id|title|field|value|text|type|json|csv|encoding|file|ics)'
                r'\.[a-z_0-9]+)"',
                text,
            )
        )
        codes.update(re.findall(r'"(tl3\.[a-z_0-9]+(?:\.[a-z_0-9]+)?)"', text))
        if 'f"reference.unknown_{singular}"' in text:
            singular = re.search(r"_SINGULAR = \{(.*?)\}", text, re.S)
            assert singular is not None
            codes.update(f"reference.unknown_{s}" for s in re.findall(r': "(\w+)"', singular[1]))
    return codes - NOT_CODES


LEFT_IN_ENGLISH: set[str] = set()
"""Codes core emits that the interface knowingly leaves in English (none). Problems with no
code are said in English: years before 1 or after 9999, schema_version, a number too long,
a lone surrogate escape, messages worded by pydantic or Python's JSON and CSV parsers, a file
too big or in UTF-16, CSV columns nothing reads (a warning), the words of the iCalendar
library quoted in "not a readable iCalendar file: ...", and a duplicate id placed in another
format's rows."""


def test_every_code_core_can_emit_is_translated_or_knowingly_left_in_english() -> None:
    emitted = _codes_in_core()
    assert "date.month_range" in emitted and "reference.unknown_person" in emitted
    assert emitted - LEFT_IN_ENGLISH == set(WORDING)


def _sample(code: str, folder: Path) -> Problem:
    if code in TL3_SAMPLES:
        return _problem_in(TL3_SAMPLES[code], "t.json", code)
    if code in ICS_SAMPLES:
        return _problem_in(ICS_SAMPLES[code], "t.ics", code)
    return _csv_problem(code, folder) if code in CSV_SAMPLES else _problem(code)


@pytest.mark.parametrize("code", sorted(WORDING))
def test_the_english_interface_shows_core_words_exactly(
    code: str, qapp: object, tmp_path: Path
) -> None:
    problem = _sample(code, tmp_path)
    assert problem_text(problem) == str(problem)


@pytest.mark.parametrize("language", ["id", "zh_CN"])
@pytest.mark.parametrize("code", sorted(WORDING))
def test_each_kind_is_said_in_the_interface_language(
    code: str, language: str, qapp: object, tmp_path: Path
) -> None:
    problem = _sample(code, tmp_path)
    apply_ui_language(language)
    try:
        message, hint = problem_words(problem)
        text = problem_text(problem)
    finally:
        apply_ui_language("en")
    assert message != problem.message
    assert hint != problem.hint
    assert not re.search(r"%\d", message + hint)
    for value in problem.values:
        if code not in {"date.day_range", "tl3.day.not_in_month", "json.ends_before"}:
            assert value in message + hint
    where = f"{problem.file}:{problem.line}:{problem.column}: "
    assert text.startswith(where + (f"{problem.path}: " if problem.path else ""))


IMPOSSIBLE = {
    "id": (
        "t.json:10:45: events[0].start: '2023-02-29' tidak ada: Februari 2023 hanya punya 28 "
        "hari (pakai tanggal yang benar-benar ada di kalender)"
    ),
    "zh_CN": (
        "t.json:10:45: events[0].start: '2023-02-29' 不存在：2023年2月只有 28 天 "
        "(请使用日历上真实存在的日期)"
    ),
}


@pytest.mark.parametrize("language", ["id", "zh_CN"])
def test_an_impossible_day_names_the_month_in_the_interface_language(
    language: str, qapp: object
) -> None:
    problem = _problem("date.day_range")
    apply_ui_language(language)
    try:
        text = problem_text(problem)
    finally:
        apply_ui_language("en")
    assert text == IMPOSSIBLE[language]


def test_a_problem_without_a_code_stays_in_english(qapp: object) -> None:
    with pytest.raises(DocumentError) as caught:
        load_bytes(GOOD.replace('"schema_version": 1', '"schema_version": 2').encode(), "t.json")
    (problem,) = caught.value.problems
    assert problem.code == ""
    apply_ui_language("zh_CN")
    try:
        assert problem_text(problem) == str(problem)
    finally:
        apply_ui_language("en")


@pytest.mark.parametrize(
    ("code", "language", "separator"),
    [
        ("csv.extra_cells_semicolon", "id", "titik koma"),
        ("csv.extra_cells_semicolon", "zh_CN", "分号"),
        ("csv.extra_cells_tab", "id", "berisi tab"),
        ("csv.extra_cells_tab", "zh_CN", "制表符"),
    ],
)
def test_a_row_with_extra_cells_names_the_files_separator_in_the_interface_language(
    code: str, language: str, separator: str, qapp: object, tmp_path: Path
) -> None:
    problem = _csv_problem(code, tmp_path)
    apply_ui_language(language)
    try:
        hint = problem_words(problem)[1]
    finally:
        apply_ui_language("en")
    assert separator in hint
