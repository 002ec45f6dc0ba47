"""iCalendar opens as a timeline and timelines go out as calendars, honestly dated."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import icalendar
import pytest

from tests.paths import DATA_DIR
from xiaomi_timeline.core.dates import PartialDate
from xiaomi_timeline.core.interchange.detection import Format
from xiaomi_timeline.core.interchange.formats import write
from xiaomi_timeline.core.loading.loader import load_builtin, load_bytes, load_path
from xiaomi_timeline.core.problems import DocumentError
from xiaomi_timeline.core.schema import Document, text_in


def test_a_calendar_app_export_opens() -> None:
    document = load_path(DATA_DIR / "ics" / "google-calendar.ics")
    assert text_in(document.title, "en") == "Product launches"
    by_title = {text_in(e.title, "en"): e for e in document.events}
    launch = by_title["Launch event, Beijing"]  # an escaped comma, a time in Asia/Shanghai
    assert (launch.start, launch.end) == ("2024-12-20", None)
    assert [s.url for s in document.sources if s.id in launch.sources] == [
        "https://example.org/launch-notes"
    ]
    congress = by_title["Mobile World Congress"]  # all-day, DTEND is the day after
    assert (congress.start, congress.end) == ("2025-03-01", "2025-03-03")
    assert congress.category == "conference" and congress.tags == ("Travel",)
    late = by_title["Late call (UTC)"]  # DURATION past midnight on its own clock
    assert (late.start, late.end) == ("2025-01-10", "2025-01-11")
    assert "cause lines are limited" in text_in(late.description, "en")  # unfolded


def _events(data: bytes) -> dict[str, Any]:
    """VEVENTs by UID; their properties are typed as Any: icalendar's are a union of every
    value type."""
    calendar: Any = icalendar.Calendar.from_ical(data)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_precision_is_never_faked_as_a_day(sample_document: dict[str, Any]) -> None:
    document = Document.model_validate(sample_document)
    exported = _events(write(document, Format.ICS).data)
    for event in document.events:
        start, end = PartialDate.parse(event.start), event.end_date
        item = exported[event.id]
        first = date(start.year, start.month or 1, start.day or 1)
        assert item["DTSTART"].dt == first
        assert item["DTSTART"].to_ical() == first.strftime("%Y%m%d").encode()  # a date, no time
        last = end or start
        after = date(last.year + 1, 1, 1) if last.month is None else None
        if last.month is not None and last.day is None:
            after = date(last.year + last.month // 12, last.month % 12 + 1, 1)
        if last.day is not None:
            after = date(last.year, last.month or 1, last.day) + timedelta(days=1)
        assert item["DTEND"].dt == after  # the whole year, month or day: nothing more


def test_a_month_only_event_spans_its_month() -> None:
    month = next(e for e in load_builtin().events if len(e.start) == 7 and e.end is None)
    item = _events(write(load_builtin(), Format.ICS).data)[month.id]
    year, number = map(int, month.start.split("-"))
    assert item["DTSTART"].dt.isoformat() == f"{month.start}-01"
    after = (year + number // 12, number % 12 + 1)
    assert item["DTEND"].dt.isoformat() == f"{after[0]:04d}-{after[1]:02d}-01"


def test_every_broken_event_is_reported_at_its_line() -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        b"BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:No start\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20240230\r\nSUMMARY:Bad day\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:c\r\nDTSTART;VALUE=DATE:20240105\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n"
    )
    with pytest.raises(DocumentError) as caught:
        load_bytes(data, "cal.ics")
    lines = [str(p) for p in caught.value.problems]
    assert len(lines) == 3
    assert lines[0].startswith("cal.ics:3:1: DTSTART: the event has no DTSTART")
    assert lines[1] == (  # the date as the file writes it, not as converted
        "cal.ics:9:9: DTSTART: '20240230' does not exist: February 2024 has 29 days "
        "(use a real calendar date)"
    )
    assert lines[2].startswith("cal.ics:12:1: SUMMARY: the event has no SUMMARY")


def _supports_years_before_1() -> bool:
    try:
        PartialDate.parse("-0043")
    except ValueError:
        return False
    return True


@pytest.mark.skipif(not _supports_years_before_1(), reason="needs years before 1 (eras-deeptime)")
def test_years_before_1_are_skipped_with_a_warning(sample_document: dict[str, Any]) -> None:
    sample_document["events"][0]["start"] = "-0043-03-15"
    document = Document.model_validate(sample_document)
    written = write(document, Format.ICS)
    assert document.events[0].id not in _events(written.data)
    assert len(_events(written.data)) == len(document.events) - 1
    assert written.warnings == [
        f"{document.events[0].id}: skipped: iCalendar cannot hold dates before year 1 (-0043-03-15)"
    ]


def _calendar(events: list[str]) -> bytes:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "".join(events) + "END:VCALENDAR\r\n").encode()


def _day_event(number: int, start: str, end: str) -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:e{number}\r\nDTSTART;VALUE=DATE:{start}\r\n"
        f"DTEND;VALUE=DATE:{end}\r\nSUMMARY:Event {number}\r\nEND:VEVENT\r\n"
    )


def test_an_end_before_the_start_among_hundreds_is_refused_where_it_is() -> None:
    events = [
        _day_event(n, f"2023{1 + n % 12:02d}10", f"2023{1 + n % 12:02d}12") for n in range(600)
    ]
    events[411] = _day_event(411, "20230110", "20230105")
    with pytest.raises(DocumentError) as caught:
        load_bytes(_calendar(events), "i_endbefore.ics")
    line = 2 + 411 * 6 + 4
    assert [str(p) for p in caught.value.problems] == [
        f"i_endbefore.ics:{line}:18: DTEND: the event ends (20230105) before it starts "
        "(20230110) (swap DTSTART and DTEND, or fix the date)"
    ]


@pytest.mark.parametrize("prop", ["DTSTART", "DTEND", "SUMMARY", "UID", "DESCRIPTION", "URL"])
def test_a_property_given_twice_in_one_event_among_hundreds_is_refused_where_it_is(
    prop: str,
) -> None:
    events = [_day_event(n, "20230110", "20230112") for n in range(600)]
    again = {
        "DTSTART": "DTSTART;VALUE=DATE:20230111",
        "DTEND": "DTEND;VALUE=DATE:20230113",
        "SUMMARY": "SUMMARY:Another title",
        "UID": "UID:other",
        "DESCRIPTION": "DESCRIPTION:two",
        "URL": "URL:https://b.example",
    }[prop]
    if prop in ("DESCRIPTION", "URL"):
        again = again.replace("two", "one").replace("b.", "a.") + "\r\n" + again
    events[411] = events[411].replace("END:VEVENT", again + "\r\nEND:VEVENT")
    with pytest.raises(DocumentError) as caught:
        load_bytes(_calendar(events), "twice.ics")
    (problem,) = caught.value.problems
    lines = _calendar(events).decode().split("\r\n")
    first = next(n for n, line in enumerate(lines, 1) if n > 2 + 411 * 6 and line.startswith(prop))
    second = next(n for n, line in enumerate(lines, 1) if n > first and line.startswith(prop))
    assert (problem.line, problem.code, problem.values) == (
        second,
        "ics.property_twice",
        (prop, str(first)),
    )


def test_a_reader_failure_is_said_with_the_file_name_not_raised(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from xiaomi_timeline.core.interchange import ics  # noqa: PLC0415

    def broken(*_: object) -> None:
        raise AttributeError("'list' object has no attribute 'dt'")

    monkeypatch.setattr(ics, "read_ics", broken)
    with pytest.raises(DocumentError) as caught:
        load_bytes(_calendar([_day_event(1, "20230110", "20230112")]), "odd.ics")
    (problem,) = caught.value.problems
    assert problem.file == "odd.ics"
    assert "cannot be read as iCalendar" in problem.message and "'dt'" in problem.message


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("DTSTART;TZID=Europe/Paris:20230101T100000", "DTEND:20221231"),
        ("DTSTART:20230101T100000Z", "DTEND:20230101T090000Z"),
        ("DTSTART:20230101T100000", "DTEND;TZID=Asia/Jakarta:20230101T090000"),
    ],
)
def test_a_date_time_end_before_its_start_is_refused(start: str, end: str) -> None:
    event = f"BEGIN:VEVENT\r\nUID:a\r\n{start}\r\n{end}\r\nSUMMARY:A\r\nEND:VEVENT\r\n"
    with pytest.raises(DocumentError) as caught:
        load_bytes(_calendar([event]), "tz.ics")
    (problem,) = caught.value.problems
    assert str(problem).startswith("tz.ics:6:") and "DTEND: the event ends (" in str(problem)


def test_an_event_ending_as_it_starts_lasts_its_day() -> None:
    (event,) = load_bytes(_calendar([_day_event(1, "20230110", "20230110")]), "c.ics").events
    assert (event.start, event.end) == ("2023-01-10", None)


def test_an_unreadable_date_is_told_in_our_words_at_its_value() -> None:
    event = "BEGIN:VEVENT\r\nUID:c\r\nDTSTART:2023\r\nSUMMARY:Short\r\nEND:VEVENT\r\n"
    with pytest.raises(DocumentError) as caught:
        load_bytes(_calendar([event]), "i_bad.ics")
    assert [str(p) for p in caught.value.problems] == [
        "i_bad.ics:5:9: DTSTART: '2023' is not a date (write a date as YYYYMMDD (20230215) or "
        "a date and time as YYYYMMDDTHHMMSS (20230215T093000))"
    ]
