"""A bad file reports every problem at once, whatever field is wrong, and each mistake once.

From a new-user trial: a wrong top-level field (title, schema_version) used to hide the unknown
ids and impossible dates further down. The documents are inline so the line:column in each
expected message can be read off the text below (line 1 is the opening brace).
"""

import pytest

from xiaomi_timeline.core.loading.loader import DocumentError, load_bytes

GOOD = """{
 "schema_version": 1,
 "title": "Test",
 "categories": [{"id": "launch", "label": "Launch", "color": "#1E88E5"}],
 "people": [{"id": "ana", "name": "Ana"}],
 "sources": [{"id": "S1", "title": "Press release", "url": "https://example.com/pr",
              "reliability": "high"}],
 "events": [
  {"id": "e1", "title": "Founded", "start": "2019", "category": "launch", "status": "confirmed",
   "people": ["ana"], "sources": ["S1"]},
  {"id": "e2", "title": "Launch", "start": "2021", "end": "2023", "category": "launch",
   "status": "reported", "sources": ["S1"],
   "conflicts": [{"topic": "Budget", "claims": [{"text": "1bn", "sources": ["S1"]}]}]}
 ]
}"""

BOB = ('"people": ["ana"], "sources"', '"people": ["bob"], "sources"')
UNKNOWN_BOB = (
    "t.json:10:15: events[0].people[0]: unknown person id 'bob' "
    "(add a person with id 'bob' to \"people\", or fix the spelling)"
)
TITLE_NOT_TEXT = (
    "t.json:3:11: title: must be text, or an object of texts by language "
    '(e.g. "title": "Text" or "title": {"en": "Text", "id": "Teks"})'
)


def _problems(*changes: tuple[str, str]) -> list[str]:
    text = GOOD
    for old, new in changes:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    with pytest.raises(DocumentError) as caught:
        load_bytes(text.encode(), "t.json")
    lines = text.splitlines()
    for problem in caught.value.problems:  # each points where a value or a key starts
        assert problem.line and problem.column, problem
        assert lines[problem.line - 1][problem.column - 1] in '"{[-0123456789ntf', problem
    return [str(problem) for problem in caught.value.problems]


def test_the_document_used_here_is_valid() -> None:
    assert len(load_bytes(GOOD.encode(), "t.json").events) == 2


@pytest.mark.parametrize(
    ("change", "first"),
    [
        (('"title": "Test"', '"title": 5'), TITLE_NOT_TEXT),
        (('"title": "Test"', '"title": null'), TITLE_NOT_TEXT),
        (
            ('"title": "Test",', ""),
            "t.json:1:1: title: required field 'title' is missing (add \"title\")",
        ),
        (
            ('"schema_version": 1', '"schema_version": "1"'),
            't.json:2:20: schema_version: must be the number 1, not "1" '
            '(write "schema_version": 1, a number without quotes)',
        ),
    ],
    ids=["title a number", "title null", "title missing", "version as text"],
)
def test_a_wrong_top_level_field_does_not_hide_an_unknown_reference(
    change: tuple[str, str], first: str
) -> None:
    assert _problems(change, BOB) == [first, UNKNOWN_BOB]


def test_a_future_version_number_is_still_called_unsupported() -> None:
    assert _problems(('"schema_version": 1', '"schema_version": 2'), BOB) == [
        "t.json:2:20: schema_version: unsupported schema_version 2 (this app reads version 1)",
        UNKNOWN_BOB,
    ]


def test_every_field_error_and_every_check_finding_in_file_order() -> None:
    problems = _problems(
        ('"title": "Test"', '"title": 5'),
        ('"color": "#1E88E5"', '"color": "blue"'),
        ('"url": "https://example.com/pr"', '"url": "not a url"'),
        ('"reliability": "high"', '"reliability": "very high"'),
        ('"start": "2019"', '"start": "2024-13"'),
        ('"end": "2023"', '"end": "2024-12-20T10:00"'),
        ('"text": "1bn", "sources": ["S1"]', '"text": "1bn", "sources": ["S9"]'),
    )
    assert problems == [
        TITLE_NOT_TEXT,
        "t.json:4:62: categories[0].color: 'blue' is not a colour "
        '(write #RRGGBB, e.g. "#1E88E5")',
        "t.json:6:60: sources[0].url: 'not a url' is not a web address "
        "(write a full http:// or https:// URL)",
        "t.json:7:30: sources[0].reliability: 'very high' is not an allowed reliability "
        "(use one of: high, medium, low)",
        "t.json:9:45: events[0].start: '2024-13' has month 13; months run from 01 to 12 "
        "(use a real calendar date)",
        "t.json:11:59: events[1].end: '2024-12-20T10:00' is not a date "
        '(write YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2019", "2023-04", "2024-12-20")',
        "t.json:13:77: events[1].conflicts[0].claims[0].sources[0]: unknown source id 'S9' "
        "(add a source with id 'S9' to \"sources\", or fix the spelling)",
    ]


def test_a_bad_status_does_not_hide_dates_or_references() -> None:
    problems = _problems(
        ('"status": "confirmed"', '"status": "rumoured"'),
        BOB,
        ('"start": "2021"', '"start": "2024-13"'),
    )
    assert problems == [
        "t.json:9:85: events[0].status: 'rumoured' is not an allowed status "
        "(use one of: confirmed, reported, disputed)",
        UNKNOWN_BOB,
        "t.json:11:44: events[1].start: '2024-13' has month 13; months run from 01 to 12 "
        "(use a real calendar date)",
    ]


def test_a_bad_item_in_a_list_of_ids_does_not_hide_the_others() -> None:
    problems = _problems(('"people": ["ana"], "sources"', '"people": ["bob", "x y"], "sources"'))
    assert problems == [
        UNKNOWN_BOB,
        "t.json:10:22: events[0].people[1]: 'x y' is not a valid id "
        "(ids use letters, digits, '.', '_', ':' or '-' and start with a letter or digit)",
    ]


def test_an_unknown_top_level_field_does_not_hide_references() -> None:
    problems = _problems(('"title": "Test",', '"title": "Test", "colour": "red",'), BOB)
    assert len(problems) == 2
    assert problems[0].startswith("t.json:3:19: colour: unknown field 'colour'")
    assert problems[1] == UNKNOWN_BOB


# Consequences of a problem already reported are not reported again.


def test_a_missing_start_is_one_problem_and_other_events_are_still_checked() -> None:
    problems = _problems(
        ('"start": "2021", ', ""),
        (
            '"category": "launch", "status": "confirmed"',
            '"category": "lunch", "status": "confirmed"',
        ),
    )
    assert problems == [
        "t.json:9:65: events[0].category: unknown category id 'lunch' "
        "(add a category with id 'lunch' to \"categories\", or fix the spelling)",
        "t.json:11:3: events[1].start: required field 'start' is missing (add \"start\")",
    ]


def test_an_entry_without_an_id_does_not_make_its_references_unknown() -> None:
    problems = _problems(('{"id": "launch", "label"', '{"label"'))
    assert problems == [
        "t.json:4:17: categories[0].id: required field 'id' is missing (add \"id\")"
    ]


def test_an_entry_with_a_bad_name_still_counts_under_its_id() -> None:
    problems = _problems(('{"id": "ana", "name": "Ana"}', '{"id": "ana", "name": 7}'), BOB)
    assert [p.split(": ")[1] for p in problems] == ["people[0].name", "events[0].people[0]"]
    assert problems[1] == UNKNOWN_BOB  # "ana" is known, "bob" is not


def test_an_entry_with_a_bad_id_does_not_make_references_to_it_unknown() -> None:
    problems = _problems(
        ('[{"id": "launch", "label"', '[{"id": "launch!", "label"'),
        ('"people": ["ana"], "sources"', '"people": ["ana!"], "sources"'),
    )
    assert problems == [
        "t.json:4:24: categories[0].id: 'launch!' is not a valid id "
        "(ids use letters, digits, '.', '_', ':' or '-' and start with a letter or digit)",
        "t.json:10:15: events[0].people[0]: 'ana!' is not a valid id "
        "(ids use letters, digits, '.', '_', ':' or '-' and start with a letter or digit)",
    ]  # not "unknown category id 'launch'" twice: that follows from the bad id


def test_a_list_of_the_wrong_kind_hides_only_what_depends_on_it() -> None:
    problems = _problems(
        ('"people": [{"id": "ana", "name": "Ana"}]', '"people": {"ana": "Ana"}'),
        (
            '"category": "launch",\n   "status": "reported"',
            '"category": "nope",\n   "status": "reported"',
        ),
    )
    assert problems == [
        't.json:5:12: people: must be a list (write a JSON array, e.g. ["a", "b"])',
        "t.json:11:79: events[1].category: unknown category id 'nope' "
        "(add a category with id 'nope' to \"categories\", or fix the spelling)",
    ]


def test_an_event_that_is_not_an_object_is_one_problem() -> None:
    problems = _problems(
        (
            '{"id": "e1", "title": "Founded", "start": "2019", "category": "launch", '
            '"status": "confirmed",\n   "people": ["ana"], "sources": ["S1"]}',
            '"e1"',
        )
    )
    assert problems == [  # and no "unknown category" for the stand-in that took its place
        "t.json:9:3: events[0]: must be an object "
        '(write {...} with its fields, at least "id", "title", "start", "category")',
    ]


def test_a_number_for_a_date_gets_a_date_example_and_hints_read_as_english() -> None:
    problems = _problems(
        ('"start": "2019"', '"start": 2019'),
        ('"people": ["ana"], "sources"', '"people": ["ana"], "organizations": ["acme"], "sources"'),
    )
    assert problems == [
        't.json:9:45: events[0].start: must be a date in double quotes (write "YYYY", '
        '"YYYY-MM" or "YYYY-MM-DD", e.g. "2021" or "2021-03")',
        "t.json:10:41: events[0].organizations[0]: unknown organization id 'acme' "
        "(add an organization with id 'acme' to \"organizations\", or fix the spelling)",
    ]
