"""Fuzz the loader at scale: any broken document loads, or fails with located problems.

Loading either returns a Document (that the query layer can index) or raises DocumentError whose
every problem names the file and a line:column; nothing else may leave the loader, and the
process must survive (pytest's faulthandler prints where a native crash happened). The
default run has a fixed budget; ``HYPOTHESIS_PROFILE=long`` runs thousands of examples.
"""

from __future__ import annotations

from hypothesis import example, given, note

from tests.document_mutations import broken_documents
from tests.fuzzing import fuzz_settings
from xiaomi_timeline.core.loading.loader import DocumentError, load_bytes
from xiaomi_timeline.core.query import FilterState, TimelineIndex
from xiaomi_timeline.core.schema import Document

NAME = "fuzzed.json"
# Problems that are about the file as a whole, where no line:column would help.
UNLOCATED = ("the JSON is nested too deeply",)


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
    _loads_or_reports(data)
