"""Which format a file is in, and the one place that reads or writes each format.

Detection is by content, the file name's extension only breaking ties: an iCalendar file
starts with BEGIN:VCALENDAR; JSON is ours when it says ``schema_version`` and TimelineJS3's
when its slides have ``start_date``; a CSV is TimelineJS3's template when its header has
Year and Headline, ours when it has start and title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from xiaomi_timeline.core.interchange import ics, table_csv, timelinejs3, tl3_sheet
from xiaomi_timeline.core.interchange.csvtext import UnreadableCsvError, decode, sniff_header
from xiaomi_timeline.core.interchange.native import write_native
from xiaomi_timeline.core.interchange.sourcemap import CellMap, Imported
from xiaomi_timeline.core.interchange.subset import subset
from xiaomi_timeline.core.problems import Problem
from xiaomi_timeline.core.query import TimelineIndex
from xiaomi_timeline.core.schema import Document, Event


class Format(StrEnum):
    """The formats we read and write; the value is the ``--to`` name."""

    TIMELINE = "json"
    TIMELINEJS3 = "timelinejs3"
    CSV = "csv"
    TIMELINEJS3_CSV = "timelinejs3-csv"
    ICS = "ics"

    @property
    def extension(self) -> str:
        return {"json": ".json", "timelinejs3": ".json", "ics": ".ics"}.get(self.value, ".csv")

    @property
    def label(self) -> str:
        return _TITLES[self]


_TITLES = {
    Format.TIMELINE: "Timeline JSON",
    Format.TIMELINEJS3: "TimelineJS3 JSON",
    Format.CSV: "CSV (one row per event)",
    Format.TIMELINEJS3_CSV: "TimelineJS3 spreadsheet (CSV)",
    Format.ICS: "iCalendar",
}
_PREFIX = 1 << 20
_TL3_KEY = re.compile(rb'"(start_date|headline)"\s*:')
_OUR_KEY = re.compile(rb'"schema_version"\s*:')


def detect(data: bytes, name: str = "") -> Format:
    """The format of ``data``; the extension of ``name`` is the hint when content cannot
    tell (an empty or broken file)."""
    head = data[:_PREFIX].lstrip(b"\xef\xbb\xbf \t\r\n")
    suffix = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    if head[:15].upper() == b"BEGIN:VCALENDAR":
        return Format.ICS
    if head[:1] in (b"{", b"["):
        if _TL3_KEY.search(head) and not _OUR_KEY.search(head):
            return Format.TIMELINEJS3
        return Format.TIMELINE
    if suffix in ("ics", "ical", "ifb", "icalendar"):
        return Format.ICS
    if suffix in ("csv", "tsv", "txt") or (head and b"," in head.split(b"\n", 1)[0]):
        header = sniff_header(head.decode("utf-8", errors="replace"))
        if tl3_sheet.is_template(header):
            return Format.TIMELINEJS3_CSV
        if suffix == "json" and not table_csv.is_ours(header):
            return Format.TIMELINE  # broken JSON with a comma early on, not a table
        return Format.CSV
    return Format.TIMELINE


def read(data: bytes, name: str, kind: Format) -> Imported:
    """A file in another format -> our document dict and where its parts came from."""
    text, problems = decode(data, name, spreadsheet=kind in (Format.CSV, Format.TIMELINEJS3_CSV))
    if problems:
        return Imported({}, CellMap(), problems)
    if kind is Format.TIMELINEJS3:
        return timelinejs3.read_timelinejs3(text, name)
    if kind is Format.ICS:
        return ics.read_ics(text, name)
    try:
        header = sniff_header(text)
        if tl3_sheet.is_template(header):
            return tl3_sheet.read_sheet(text, header, name)
        if table_csv.is_ours(header) or len(header.names) > 1:
            return table_csv.read_table(text, header, name)
    except UnreadableCsvError as error:
        return Imported({}, CellMap(), [error.problem(name)])
    problem = Problem(
        name,
        1,
        1,
        "",
        "not a timeline: no CSV header row, iCalendar or JSON found",
        "open a timeline JSON, a TimelineJS3 file, a CSV with a header row, or an .ics",
    )
    return Imported({}, CellMap(), [problem])


@dataclass
class Written:
    """An export's bytes and what it had to leave out, said in words."""

    data: bytes
    warnings: list[str] = field(default_factory=list)


def write(document: Document, kind: Format, language: str = "en") -> Written:
    """``document`` in format ``kind``: the same document always gives the same bytes."""
    if kind is Format.TIMELINE:
        return Written(write_native(document))
    if kind is Format.TIMELINEJS3:
        return Written(timelinejs3.write_timelinejs3(document, language))
    if kind is Format.TIMELINEJS3_CSV:
        return Written(tl3_sheet.write_sheet(document, language))
    if kind is Format.CSV:
        index = TimelineIndex(document)
        text = table_csv.write_table(index, document.events, language)
        return Written(text.encode("utf-8"))
    data, warnings = ics.write_ics(document, language)
    return Written(data, warnings)


def export(
    document: Document, events: Iterable[Event], kind: Format, language: str = "en"
) -> Written:
    """The given (filtered) events of ``document``, with what they refer to, as ``kind``."""
    return write(subset(document, events), kind, language)


def format_for_path(name: str) -> Format | None:
    """The format an output file name asks for (``.ics``, ``.csv``, ``.json``), if any; a
    JSON or CSV name is ours unless it says TimelineJS3 (``--to`` picks otherwise)."""
    lower = name.lower()
    if lower.endswith((".ics", ".ical")):
        return Format.ICS
    if lower.endswith(".csv"):
        return Format.CSV
    if lower.endswith(".json"):
        return Format.TIMELINE
    return None
