"""Whatever bytes a user opens, importing ends in a timeline or in located problems."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xiaomi_timeline.core.loading.loader import load_bytes
from xiaomi_timeline.core.problems import DocumentError

PREFIXES = [
    b"",
    b"BEGIN:VCALENDAR\r\n",
    b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:",
    b"Year,Month,Day,Headline\n",
    b"id,start,title\n",
    b'{"events": [{"start_date": ',
    b'{"title": {"text": {"headline": "x"}}, "events": ',
]


@settings(max_examples=300, deadline=None)
@given(
    prefix=st.sampled_from(PREFIXES),
    body=st.binary(max_size=300) | st.text(max_size=300).map(str.encode),
    name=st.sampled_from(["f.csv", "f.ics", "f.json", "f"]),
)
def test_any_bytes_give_a_timeline_or_problems(prefix: bytes, body: bytes, name: str) -> None:
    try:
        load_bytes(prefix + body, name)
    except DocumentError as error:
        assert error.problems
        assert all(p.file == name for p in error.problems)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"id,start,title\na,2019," + b"x" * 200_000 + b"\n", "f.csv:2:1: cannot be read as CSV"),
        (
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2019\r\nEND:VCALENDAR\r\n",
            "f.ics:2:1: BEGIN:VEVENT: this event is never closed",
        ),
        (b'{"events": [{"start_date": {"year": 2019}, "text": 5}]}', "f.json:1:"),
    ],
)
def test_odd_files_are_named_not_raised(data: bytes, expected: str) -> None:
    with pytest.raises(DocumentError) as caught:
        load_bytes(data, expected.split(":", maxsplit=1)[0])
    assert str(caught.value.problems[0]).startswith(expected)
