"""Which format a file is in, told from its first bytes (the extension only breaking ties).

An iCalendar file starts with BEGIN:VCALENDAR; JSON is ours when it says ``schema_version``
and TimelineJS3's when its slides have ``start_date`` or it is an empty events list with no
title; a CSV is TimelineJS3's template when its header has Year and Headline, ours when it
has start and title.

Apart from :mod:`~xiaomi_timeline.core.interchange.formats` (the readers and writers) so that
opening our JSON, the built-in data set included, imports none of them: the CSV readers are
imported only to tell a CSV header apart.
"""

from __future__ import annotations

import re
from enum import StrEnum


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
HEAD_BYTES = 1 << 20
"""How much of a file tells its format (and a CSV's header)."""
_TL3_KEY = re.compile(rb'"(start_date|headline)"\s*:')
_OUR_KEY = re.compile(rb'"schema_version"\s*:')
_NO_EVENTS = re.compile(rb'"events"\s*:\s*\[\s*\]')
_TITLE_KEY = re.compile(rb'"title"\s*:')


def detect(data: bytes, name: str = "") -> Format:
    """The format of ``data``; the extension of ``name`` is the hint when content cannot
    tell (an empty or broken file)."""
    head = data[:HEAD_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    suffix = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    if head[:15].upper() == b"BEGIN:VCALENDAR":
        return Format.ICS
    if head[:1] in (b"{", b"["):
        if _OUR_KEY.search(head):
            return Format.TIMELINE
        if _TL3_KEY.search(head) or (_NO_EVENTS.search(head) and not _TITLE_KEY.search(head)):
            return Format.TIMELINEJS3  # {"events": []} too: ours would need a title
        return Format.TIMELINE
    if suffix in ("ics", "ical", "ifb", "icalendar"):
        return Format.ICS
    first_line = head.split(b"\n", 1)[0]
    if suffix in ("csv", "tsv", "txt") or b"," in first_line or b";" in first_line:
        return _table_format(head, suffix)
    return Format.TIMELINE


def _table_format(head: bytes, suffix: str) -> Format:
    """A file that looks like a table: which one, by its header row."""
    from xiaomi_timeline.core.interchange import table_csv, tl3_sheet  # noqa: PLC0415 - CSV only
    from xiaomi_timeline.core.interchange.csvtext import sniff_header  # noqa: PLC0415

    header = sniff_header(head.decode("utf-8", errors="replace"))
    if tl3_sheet.is_template(header):
        return Format.TIMELINEJS3_CSV
    if suffix == "json" and not table_csv.is_ours(header):
        return Format.TIMELINE  # broken JSON with a comma early on, not a table
    return Format.CSV
