"""Formats are told by content; the file name only breaks ties."""

from __future__ import annotations

import pytest

from tests.paths import DATA_DIR
from xiaomi_timeline.core.interchange.detection import Format, detect
from xiaomi_timeline.core.interchange.formats import format_for_path

TL3 = (DATA_DIR / "timelinejs3" / "eras.json").read_bytes()
SHEET = (DATA_DIR / "timelinejs3" / "my-own-timeline.csv").read_bytes()
ICS = (DATA_DIR / "ics" / "google-calendar.ics").read_bytes()
OURS = (DATA_DIR / "minimal.json").read_bytes()


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (TL3, "eras.json", Format.TIMELINEJS3),
        (TL3, "download.txt", Format.TIMELINEJS3),  # content wins over the name
        (OURS, "mine.json", Format.TIMELINE),
        (OURS, "mine.csv", Format.TIMELINE),
        (SHEET, "sheet.csv", Format.TIMELINEJS3_CSV),
        (SHEET, "export", Format.TIMELINEJS3_CSV),
        (b"\xef\xbb\xbfid,start,title\n", "excel.csv", Format.CSV),
        (b"id,start,title\n", "table.json", Format.CSV),  # a table, whatever its name
        (b"hello, world", "broken.json", Format.TIMELINE),  # told as bad JSON
        (b"hello, world", "notes.txt", Format.CSV),
        (ICS, "calendar.ics", Format.ICS),
        (ICS, "calendar.json", Format.ICS),
        (b"", "empty.ics", Format.ICS),  # nothing to read: the name decides
        (b"", "empty.json", Format.TIMELINE),
        (b'{"events":[]}', "tjs_emp.json", Format.TIMELINEJS3),  # no title: not ours
        (b'{ "events" : [ ] }\n', "empty", Format.TIMELINEJS3),
        (b'{"title": "Mine", "events": []}', "mine.json", Format.TIMELINE),
        (b'{"events": [{"id": "a", "start": "2020"}]}', "mine.json", Format.TIMELINE),
    ],
)
def test_detect(data: bytes, name: str, expected: Format) -> None:
    assert detect(data, name) is expected


def test_output_names_pick_a_format() -> None:
    assert format_for_path("out.ICS") is Format.ICS
    assert format_for_path("out.csv") is Format.CSV
    assert format_for_path("out.json") is Format.TIMELINE
    assert format_for_path("out.xlsx") is None
