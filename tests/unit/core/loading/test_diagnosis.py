"""The error path: a failed validation becomes located, fixable problems in file order."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationError

from tests.big_documents import grow
from xiaomi_timeline.core.loading.diagnosis import diagnose, in_file_order
from xiaomi_timeline.core.problems import DocumentError, Problem
from xiaomi_timeline.core.schema import Document


def _diagnosed(text: str, limit: int = 200) -> DocumentError:
    data = text.encode("utf-8")
    with pytest.raises(ValidationError) as failed:
        Document.model_validate_json(data)
    return diagnose(data, "t.json", failed.value, limit)


def test_problems_come_in_file_order_and_past_the_limit_are_counted(
    sample_document: dict[str, Any],
) -> None:
    grown = grow(sample_document, 2000)
    for index in (1900, 40, 1000):
        grown["events"][index]["status"] = "rumour"
    error = _diagnosed(json.dumps(grown, indent=1), limit=2)
    assert [p.path for p in error.problems] == ["events[40].status", "events[1000].status"]
    assert error.omitted == 1
    lines = [p.line or 0 for p in error.problems]
    assert 0 < lines[0] < lines[1]


def test_unlocated_problems_sort_first_then_by_line_and_column() -> None:
    problems = [
        Problem("f", 3, 1, "b", "m"),
        Problem("f", 1, 9, "a", "m"),
        Problem("f", None, None, "", "whole file"),
        Problem("f", 1, 2, "c", "m"),
    ]
    assert [p.path for p in in_file_order(problems)] == ["", "c", "a", "b"]
