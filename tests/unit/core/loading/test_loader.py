"""Bad input of every kind gets a located, fixable message and never a traceback."""

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.big_documents import grow
from tests.paths import DATA_DIR
from xiaomi_timeline.core.loading import loader
from xiaomi_timeline.core.loading.loader import DocumentError, load_bytes, load_path

DATA = DATA_DIR
MINIMAL = (DATA / "minimal.json").read_bytes()
LAST_LINE = MINIMAL.rstrip().count(b"\n") + 1  # where minimal.json's closing brace is


def _doc(**changes: Any) -> bytes:
    document = json.loads(MINIMAL)
    document.update(changes)
    return json.dumps(document, indent=1, ensure_ascii=False).encode()


def _event_doc(**event_changes: Any) -> bytes:
    document = json.loads(MINIMAL)
    document["events"][1].update(event_changes)
    return json.dumps(document, indent=1, ensure_ascii=False).encode()


def _problems(data: bytes, name: str = "bad.json") -> list[str]:
    with pytest.raises(DocumentError) as caught:
        load_bytes(data, name)
    return [str(p) for p in caught.value.problems]


def test_minimal_file_loads() -> None:
    document = load_path(DATA / "minimal.json")
    assert [e.id for e in document.events] == ["acl", "hire", "plan", "born"]


# Each bad-bytes class: (bytes, the exact message shape the user sees)
BAD_BYTES = {
    "empty": (b"", "bad.json:1:1: the file is empty"),
    "whitespace only": (b"  \n\n", "bad.json:1:1: the file is empty"),
    "truncated": (MINIMAL[:200], "the file ends inside this text: it may be cut off"),
    "extra text after the document": (
        MINIMAL + b"}}garbage",
        f"bad.json:{LAST_LINE + 1}:1: extra text after the end of the document "
        f"(the JSON document ends at line {LAST_LINE}, column 1: delete what follows it)",
    ),
    "not json at all": (b"hello, world", "bad.json:1:1: this is not JSON (a timeline file is"),
    "not utf-8": (
        b'{"schema_version": 1,\n "title": "caf\xe9"}',
        "bad.json:2:15: not valid UTF-8 (byte 0xe9) (save the file as UTF-8)",
    ),
    "utf-16": ("{}".encode("utf-16"), "bad.json:1:1: the file is UTF-16, not UTF-8"),
    "NaN": (b'{"schema_version": 1,\n  "title": NaN}', "bad.json:2:12: NaN is not allowed in JSON"),
    "Infinity": (
        b'{"schema_version": -Infinity, "title": "x"}',
        "bad.json:1:20: -Infinity is not allowed in JSON",
    ),
    "deep nesting": (
        b'{"schema_version": 1, "title": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        "nested too deeply",
    ),
    "top-level array": (b"[1, 2]", "bad.json:1:1: the top level is a JSON array, not an object"),
    "top-level string": (
        b'"hello"',
        "bad.json:1:1: the top level is a JSON string, not an object",
    ),
    "top-level null": (b"null", "bad.json:1:1: the top level is a JSON null, not an object"),
    "top-level number": (b"12.5", "bad.json:1:1: the top level is a JSON number, not an object"),
    "top-level true": (b"true", "bad.json:1:1: the top level is a JSON true/false, not an object"),
    "syntax error": (
        b'{"schema_version": 1,, "title": "x"}',
        "bad.json:1:22: expected a field name in double quotes",
    ),
    "cut off after a list": (
        b'{"schema_version": 1, "events": [{"id": "a"}]\n',
        "bad.json:1:46: the file ends here, before '}'",
    ),
    "comment": (
        b'{"schema_version": 1, // v1\n "title": "x"}',
        "bad.json:1:23: a comment: JSON allows none",
    ),
    "single quotes": (b"{'schema_version': 1}", "bad.json:1:2: single quotes: JSON needs double"),
    "quote missing mid-line": (
        b'{"schema_version": 1, "title": "Plan, "events": []}',
        "bad.json:1:40: a text ends just before this: a closing quote",
    ),
    "text left open": (
        b'{"schema_version": 1, "title": "x\n, "events": []}',
        "bad.json:1:34: a line break (or control character) inside a text",
    ),
}


@pytest.mark.parametrize("case", BAD_BYTES, ids=list(BAD_BYTES))
def test_bad_bytes_are_located(case: str) -> None:
    data, expected = BAD_BYTES[case]
    problems = _problems(data)
    assert len(problems) == 1
    assert expected in problems[0]


# Each bad-content class: (document bytes, the message the user sees)
BAD_CONTENT = {
    "unknown person": (
        _event_doc(people=["luo-fuli", "nobody"]),
        "events[1].people[1]: unknown person id 'nobody'",
    ),
    "unknown organization": (
        _event_doc(organizations=["huawei"]),
        "events[1].organizations[0]: unknown organization id 'huawei'",
    ),
    "unknown source": (_event_doc(sources=["S9"]), "events[1].sources[0]: unknown source id 'S9'"),
    "unknown category": (
        _event_doc(category="sport"),
        "events[1].category: unknown category id 'sport'",
    ),
    "unknown related event": (
        _event_doc(related=["nope"]),
        "events[1].related[0]: unknown event id 'nope'",
    ),
    "duplicate id": (
        _event_doc(id="acl"),
        "events[1].id: duplicate id 'acl' (first used at events[0])",
    ),
    "end before start": (
        _event_doc(start="2024", end="2021"),
        "events[1].end: end 2021 is before start 2024",
    ),
    "impossible date": (
        _event_doc(start="2023-02-30"),
        "events[1].start: '2023-02-30' does not exist: February 2023 has 28 days",
    ),
    "malformed date": (
        _event_doc(start="20 Dec 2024"),
        "events[1].start: '20 Dec 2024' is not a date (write YYYY, YYYY-MM or",
    ),
    "unknown field": (_event_doc(strat="2024"), "events[1].strat: unknown field 'strat'"),
    "missing field": (
        _doc(schema_version=None).replace(b'"schema_version": null,', b""),
        "schema_version: required field 'schema_version' is missing",
    ),
    "wrong version": (_doc(schema_version=7), "schema_version: unsupported schema_version 7"),
    "bad status": (
        _event_doc(status="rumour"),
        "events[1].status: 'rumour' is not an allowed status (use one of: confirmed,",
    ),
    "bad colour": (
        _doc(
            categories=[
                {"id": "career", "label": "C", "color": "blue"},
                {"id": "research", "label": "R"},
            ]
        ),
        "categories[0].color: 'blue' is not a colour (write #RRGGBB",
    ),
    "title not text": (
        _event_doc(title=42),
        "events[1].title: must be text, or an object of texts by language",
    ),
    "bad language key": (
        _event_doc(title={"en": "ok", "zh_Hans": "x"}),
        "events[1].title.zh_Hans: 'zh_Hans' is not a language tag",
    ),
    "empty texts object": (_event_doc(title={}), "events[1].title: must not be an empty object"),
    "bad url": (
        _doc(sources=[{"id": "S1", "title": "t", "url": "javascript:alert(1)"}]),
        "sources[0].url: 'javascript:alert(1)' is not a web address",
    ),
}


@pytest.mark.parametrize("case", BAD_CONTENT, ids=list(BAD_CONTENT))
def test_bad_content_names_line_column_and_field_path(case: str) -> None:
    data, expected = BAD_CONTENT[case]
    problems = _problems(data)
    matching = [p for p in problems if expected in p]
    assert matching, problems
    location = matching[0].split(": ")[0]
    file, line, column = location.split(":")
    assert file == "bad.json"
    assert int(line) >= 1
    assert int(column) >= 1


def test_line_and_column_point_at_the_offending_text() -> None:
    data = _event_doc(people=["luo-fuli", "nobody"])
    problem = next(p for p in _problems(data) if "nobody" in p)
    line, column = (int(n) for n in problem.split(":")[1:3])
    text_line = data.decode().splitlines()[line - 1]
    assert text_line[column - 1 :].startswith('"nobody"')


@pytest.mark.parametrize(
    ("data", "points_at"),
    [
        (_event_doc(status="rumour"), '"rumour"'),  # a wrong value: at the value
        (_event_doc(category="sport"), '"sport"'),
        (_event_doc(start="2023-02-30"), '"2023-02-30"'),
        (_event_doc(strat="2024"), '"strat"'),  # an unknown field: at its name
    ],
    ids=["literal", "reference", "date", "unknown field"],
)
def test_the_column_is_where_the_fix_goes(data: bytes, points_at: str) -> None:
    problem = _problems(data)[0]
    line, column = (int(n) for n in problem.split(":")[1:3])
    text_line = data.decode().splitlines()[line - 1]
    assert text_line[column - 1 :].startswith(points_at), (problem, text_line)


def test_a_bad_value_does_not_hide_reference_and_date_problems() -> None:
    document = json.loads(MINIMAL)
    document["events"][1].update(status="rumoured", category="hirng", start="2023-02-30")
    document["sources"][0]["reliability"] = "meh"
    text = json.dumps(document, indent=1).encode()
    problems = _problems(text)
    assert [p.split(": ", 2)[1] for p in problems] == [
        "sources[0].reliability",
        "events[1].start",
        "events[1].category",
        "events[1].status",
    ]
    lines = [int(p.split(":")[1]) for p in problems]
    assert lines == sorted(lines)


def test_a_missing_required_field_is_reported_even_if_other_checks_cannot_run() -> None:
    document = json.loads(MINIMAL)
    del document["events"][1]["start"]
    document["events"][2]["category"] = "hirng"
    problems = _problems(json.dumps(document, indent=1).encode())
    assert any("events[1].start: required field 'start' is missing" in p for p in problems)


def test_every_problem_is_reported_at_once() -> None:
    document = json.loads(MINIMAL)
    document["events"][0]["people"] = ["x1"]
    document["events"][1]["sources"] = ["x2"]
    document["events"][2]["category"] = "x3"
    problems = _problems(json.dumps(document).encode())
    assert len(problems) == 3


def test_missing_file_and_folder_are_clear(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        load_path(tmp_path / "absent.json")
    with pytest.raises(DocumentError, match="is a folder, not a file"):
        load_path(tmp_path)


def test_size_cap_is_enforced_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loader, "MAX_FILE_BYTES", 100)
    big = tmp_path / "big.json"
    big.write_bytes(MINIMAL)
    with pytest.raises(DocumentError, match=r"the limit is 0 MB"):
        load_path(big)


def test_many_problems_are_capped_with_a_count() -> None:
    document = json.loads(MINIMAL)
    document["events"] = [
        {"id": f"e{i}", "title": "t", "start": "2020", "category": "nope"} for i in range(250)
    ]
    with pytest.raises(DocumentError) as caught:
        load_bytes(json.dumps(document).encode(), "many.json")
    assert len(caught.value.problems) == loader.MAX_PROBLEMS
    assert caught.value.omitted == 50
    assert caught.value.report().endswith("... and 50 more problems")


def test_trailing_comma_is_named_where_it_is() -> None:
    data = b'{"schema_version": 1,\n "title": "x",\n "events": [],\n}'
    assert _problems(data) == [
        "bad.json:3:14: trailing comma before '}' "
        "(JSON allows no comma after the last item: delete this comma)"
    ]


def test_missing_comma_points_after_the_previous_value() -> None:
    data = b'{"schema_version": 1\n "title": "x"}'
    assert _problems(data) == [
        "bad.json:1:21: missing comma after this value "
        "(separate items of a list or object with a comma)"
    ]


def test_misspelt_field_suggests_the_right_one_once() -> None:
    problems = _problems(
        _event_doc(categroy="career", category=None).replace(b'"category": null,', b"")
    )
    assert len(problems) == 1, problems
    assert "events[1].categroy: unknown field 'categroy' (did you mean 'category'?)" in problems[0]


def test_unknown_field_lists_the_allowed_ones() -> None:
    problems = _problems(_doc(colour="red"))
    assert "colour: unknown field 'colour' (remove it, or use one of: $schema" not in problems[0]
    assert "use one of:" in problems[0] and "events" in problems[0]


def test_no_message_blames_an_early_end_on_a_file_that_does_not_end_early() -> None:
    for data in (b"hello, world", MINIMAL + b"}}garbage", MINIMAL + b"\n[1]\n"):
        assert not any("too early" in p or "cut off" in p for p in _problems(data)), data[-12:]


def test_a_utf8_byte_order_mark_is_accepted_and_positions_ignore_it() -> None:
    document = load_bytes(b"\xef\xbb\xbf" + MINIMAL, "bom.json")
    assert document == load_bytes(MINIMAL, "plain.json")
    problems = _problems(b"\xef\xbb\xbf" + _event_doc(category="sport"))
    assert problems == _problems(_event_doc(category="sport"))


def test_web_address_schemes_are_case_insensitive() -> None:
    document = json.loads(MINIMAL)
    document["sources"][0]["url"] = "HTTPS://example.org/Report"
    document["sources"].append({"id": "S2", "title": "t", "url": "Http://example.org/a"})
    loaded = load_bytes(json.dumps(document).encode())
    assert loaded.sources[0].url == "HTTPS://example.org/Report"
    document["sources"][0]["url"] = "ftp://example.org/x"
    (problem,) = _problems(json.dumps(document).encode())
    assert "'ftp://example.org/x' is not a web address" in problem


@pytest.mark.parametrize("field", ["[", "dict[str,str]", "str", "function-after", "literal"])
def test_an_unknown_field_named_like_a_pydantic_branch_tag_is_named(field: str) -> None:
    # Found by the loader fuzzer: a member called "[" made the diagnosis itself fail.
    data = _event_doc(**{field: None})
    problems = _problems(data)
    assert len(problems) == 1, problems
    shown = f".{field}" if re.fullmatch(r"[\w-]+", field) else f'["{field}"]'
    assert f"events[1]{shown}: unknown field {field!r}" in problems[0]
    assert problems[0].startswith("bad.json:")


# Found by the loader fuzzer (beyond issue 11): each was told in the validating parser's
# words, at the wrong place, or under a name the file does not use.
FUZZER_FINDS = {
    "meanings given as a list": (
        _doc(reliability_meanings=["low"]),
        'reliability_meanings: must be an object (map each level to its meaning, e.g. {"low": ',
    ),
    "a number where a flag belongs": (
        _doc(status_meanings={"confirmed": 5}),
        "status_meanings.confirmed: must be ",
    ),
    "lone surrogate escape": (
        b'{"schema_version": 1,\n "title": "caf\\ud800"}',
        "bad.json:2:15: \\ud800 is half of a character (a lone UTF-16 surrogate escape)",
    ),
    "lone trailing surrogate escape": (
        b'{"schema_version": 1, "title": "\\udfff"}',
        "bad.json:1:33: \\udfff is half of a character",
    ),
    "huge schema_version": (
        b'{"schema_version": 1' + b"0" * 400 + b', "title": "x"}',
        "bad.json:1:20: schema_version: unsupported schema_version (a number too large to read)",
    ),
    "id too long": (
        _event_doc(id="e" * 200),
        "events[1].id: is longer than 128 characters (shorten it)",
    ),
    "odd key is quoted in the path": (
        _event_doc(**{"d,ate": "2020"}),
        "events[1][\"d,ate\"]: unknown field 'd,ate'",
    ),
    "empty key is quoted in the path": (_doc(**{"": 1}), "[\"\"]: unknown field ''"),
}


@pytest.mark.parametrize("case", FUZZER_FINDS, ids=list(FUZZER_FINDS))
def test_fuzzer_finds_are_told_in_plain_words_where_they_are(case: str) -> None:
    data, expected = FUZZER_FINDS[case]
    problems = _problems(data)
    assert len(problems) == 1, problems
    assert expected in problems[0]


def test_the_fields_offered_are_the_names_a_file_uses() -> None:
    (problem,) = _problems(_doc(colour="red"))
    assert "status_meanings" in problem
    assert "schema_ref" not in problem  # the model's name for "$schema"


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        ("-43", "events[1].start: '-43' is not a date (write years before 1 with four or more"),
        ("20190", "events[1].start: '20190' is not a date (years after 9999 are not supported"),
        ("-0043-02-29", "events[1].start: '-0043-02-29' does not exist: February 44 BC has 28"),
    ],
)
def test_a_bad_year_before_1_says_how_to_write_it(start: str, expected: str) -> None:
    problems = _problems(_event_doc(start=start))
    assert any(expected in problem for problem in problems), problems


def test_years_before_1_and_deep_time_load() -> None:
    document = load_path(DATA / "deep-time.json")
    assert document.events[0].start_date.format() == "13.8 billion years ago"
    assert document.events[3].start_date.format() == "15 March 44 BC"
    assert document.eras[1].start_date.format() == "27 BC"


ERAS = [
    {"id": "push", "title": "AI push", "start": "2023-04", "end": "2025"},
    {"id": "push", "title": "Again", "start": "2024", "end": "2023"},
    {"id": "bad", "title": "Bad", "start": "-0043-02-30", "end": "2019", "color": "red"},
]


def test_every_era_problem_is_located() -> None:
    problems = _problems(_doc(eras=ERAS))
    expected = [
        "eras[1].id: duplicate id 'push' (first used at eras[0])",
        "eras[1].end: end 2023 is before start 2024",
        "eras[2].start: '-0043-02-30' does not exist: February 44 BC has 28 days",
        "eras[2].color: 'red' is not a colour",
    ]
    for fragment in expected:
        assert any(fragment in problem for problem in problems), (fragment, problems)
    for problem in problems:
        assert problem.startswith("bad.json:")


@pytest.mark.parametrize("digits", [4301, 5000, 100_000])
def test_a_number_too_long_to_read_is_named_where_it_is(digits: int) -> None:
    document = grow(json.loads(MINIMAL), 3000)
    document["events"][2047]["description"] = "PLACEHOLDER"
    text = json.dumps(document, indent=1, ensure_ascii=False)
    text = text.replace('"PLACEHOLDER"', "-" + "9" * digits)
    before = text[: text.index('"description": -') + len('"description": ')]
    line, column = before.count("\n") + 1, len(before) - before.rfind("\n")
    assert _problems(text.encode(), "h_huge2.json") == [
        f"h_huge2.json:{line}:{column}: events[2047].description: a number with {digits} "
        "digits is too long to read (shorten it, or put it in double quotes if it is text)"
    ]


def test_a_timelinejs3_year_too_long_to_read_is_named_where_it_is() -> None:
    data = b'{"events": [{"start_date": {"year": ' + b"2" * 5000 + b'}, "text": {}}]}'
    assert _problems(data, "tl3.json") == [
        "tl3.json:1:37: events[0].start_date.year: a number with 5000 digits is too long to "
        "read (shorten it, or put it in double quotes if it is text)"
    ]


@pytest.mark.parametrize(
    ("title", "path", "hint"),
    [
        ("   ", "events[2047].title", "write a title"),
        ("\t\n", "events[2047].title", "write a title"),
        ({"en": "Fine", "id": "  "}, "events[2047].title.id", 'write a title in "id", or remove'),
    ],
)
def test_a_blank_title_among_thousands_is_refused_where_it_is(
    title: object, path: str, hint: str
) -> None:
    document = grow(json.loads(MINIMAL), 3000)
    document["events"][2047]["title"] = title
    problems = _problems(json.dumps(document, indent=1).encode(), "blank.json")
    assert len(problems) == 1, problems
    assert re.fullmatch(
        rf"blank\.json:\d+:\d+: {re.escape(path)}: the title is blank \(.*\)", problems[0]
    )
    assert hint in problems[0]


def test_a_blank_title_cell_is_refused_at_its_row_and_column() -> None:
    rows = "".join(f"{1991 + n % 40},Event {n}\n" for n in range(3000))
    rows += "2020,   \n"
    assert _problems(("start,title\n" + rows).encode(), "blank.csv") == [
        "blank.csv:3002:2: title: the title is blank (write a title)"
    ]
