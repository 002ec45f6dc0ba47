"""Fuzz the loader at scale: any broken document loads, or fails with located problems.

Loading either returns a Document (that the query layer can index) or raises DocumentError whose
every problem names the file and a line:column; nothing else may leave the loader, and the
process must survive (pytest's faulthandler prints where a native crash happened). The
default run has a fixed budget; ``HYPOTHESIS_PROFILE=long`` runs thousands of examples.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import event, example, given, note
from hypothesis import strategies as st

from tests.big_documents import DATE_FIELDS, put_date
from tests.document_mutations import IMPOSSIBLE_DATES, base_text, broken_documents
from tests.fuzzing import fuzz_settings
from xiaomi_timeline.core.loading.loader import DocumentError, load_bytes
from xiaomi_timeline.core.query import FilterState, TimelineIndex
from xiaomi_timeline.core.schema import Document

NAME = "fuzzed.json"
# Problems that are about the file as a whole, where no line:column would help.
UNLOCATED = ("the JSON is nested too deeply",)
# The validating parser's own wording, which our messages replace with the file's terms.
PARSER_WORDS = re.compile(r"Input should|String should|Unable to parse|Invalid JSON|NoneType")


def _loads_or_reports(data: bytes) -> None:
    try:
        document = load_bytes(data, NAME)
    except DocumentError as error:
        assert error.problems, "a DocumentError must say what is wrong"
        for problem in error.problems:
            assert problem.file == NAME, problem
            assert problem.message, problem
            if problem.message not in UNLOCATED:
                assert problem.line is not None and problem.column is not None, str(problem)
                assert problem.line >= 1 and problem.column >= 1, str(problem)
            str(problem).encode("utf-8")  # printable on a UTF-8 terminal
            assert not PARSER_WORDS.search(str(problem)), str(problem)
        return
    assert isinstance(document, Document)
    TimelineIndex(document).query(FilterState(text="a"))


@fuzz_settings(examples=40)
@given(broken_documents())
@example((b'{"schema_version": 1, "title": "t"}\n}}garbage', 1, ["trailing"]))
def test_a_broken_document_loads_or_fails_with_located_problems(
    case: tuple[bytes, int, list[str]],
) -> None:
    data, events, done = case
    note(f"{events} events before mutation ({len(data)} bytes): {done}")
    event("events", "500 or more" if events >= 500 else "fewer than 500")
    event("an impossible date", any(step.startswith("date ") for step in done))
    _loads_or_reports(data)


@fuzz_settings(examples=15)
@given(
    events=st.integers(500, 5000),
    field=st.just(("events", "start")) | st.sampled_from(DATE_FIELDS),
    text=st.sampled_from(IMPOSSIBLE_DATES),
)
def test_one_impossible_date_in_a_big_file_is_named_where_it_is(
    events: int, field: tuple[str, ...], text: str
) -> None:
    # Dates are the one kind of field checked in bulk by native code, where a bad value in a
    # big array once killed the process: a property of their own, at sizes that reach it.
    document = json.loads(base_text(events))
    path = put_date(document, field, text)
    with pytest.raises(DocumentError) as caught:
        load_bytes(json.dumps(document, indent=1).encode(), NAME)
    named = [p for p in caught.value.problems if p.path == path]
    assert named, [str(p) for p in caught.value.problems]
    assert named[0].line is not None
    assert text in named[0].message or "year" in named[0].message, str(named[0])
