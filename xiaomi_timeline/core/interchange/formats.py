"""The one place that reads or writes each format, and what each writer leaves out.

Which format a file is in is told by :mod:`~xiaomi_timeline.core.interchange.detection`
(:class:`~xiaomi_timeline.core.interchange.detection.Format` names them).
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from xiaomi_timeline.core.interchange import ics, table_csv, timelinejs3, tl3_sheet
from xiaomi_timeline.core.interchange.csvtext import (
    UnreadableCsvError,
    UnreadColumns,
    decode,
    sniff_header,
    unread_columns,
)
from xiaomi_timeline.core.interchange.detection import HEAD_BYTES, Format, detect
from xiaomi_timeline.core.interchange.losses import Loss, lost_parts
from xiaomi_timeline.core.interchange.native import write_native
from xiaomi_timeline.core.interchange.sourcemap import CellMap, Imported
from xiaomi_timeline.core.interchange.subset import subset
from xiaomi_timeline.core.problems import Problem
from xiaomi_timeline.core.query import TimelineIndex
from xiaomi_timeline.core.schema import Document, Event

JSON_FORMATS = frozenset({Format.TIMELINE, Format.TIMELINEJS3})
_ONLY_OURS = frozenset(
    {Loss.CONFLICTS, Loss.NOTES, Loss.TAGS, Loss.RELATED, Loss.TRANSLATIONS}
)  # our JSON alone keeps these (and every format writes texts in one language)
_NO_WHO_OR_WHY = frozenset(
    {Loss.PEOPLE, Loss.ORGANIZATIONS, Loss.STATUS_NOTES, Loss.DATE_NOTES}
)  # our CSV keeps names, status and notes; TimelineJS3 and iCalendar have no place for them
NOT_KEPT: dict[Format, frozenset[Loss]] = {
    Format.TIMELINE: frozenset(),
    Format.TIMELINEJS3: _ONLY_OURS | _NO_WHO_OR_WHY | {Loss.STATUS, Loss.SOURCES_BUT_FIRST},
    Format.TIMELINEJS3_CSV: _ONLY_OURS | _NO_WHO_OR_WHY | {Loss.STATUS, Loss.SOURCES_BUT_FIRST},
    Format.CSV: _ONLY_OURS | {Loss.ERAS},
    Format.ICS: _ONLY_OURS | _NO_WHO_OR_WHY | {Loss.SOURCES_BUT_ADDRESS, Loss.ERAS},
}
"""What each writer has no place for (the README's format table, by the parts of an event)."""


def read(data: bytes, name: str, kind: Format) -> Imported:
    """A file in another format -> our document dict and where its parts came from."""
    if kind is Format.CSV and (table := _read_table_bytes(data, name)) is not None:
        return table
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
        code="file.not_a_timeline",
    )
    return Imported({}, CellMap(), [problem])


def _read_table_bytes(data: bytes, name: str) -> Imported | None:
    """A CSV read as :func:`read` reads it, from its bytes a line at a time (see
    :func:`~xiaomi_timeline.core.interchange.csvtext.row_blocks`), when its header is one
    line without quotes and it is not TimelineJS3's template; None leaves it to
    :func:`read`, which decodes the whole file first (and says where it is not UTF-8)."""
    body = data.removeprefix(codecs.BOM_UTF8)
    end = body.find(b"\n", 0, _HEADER_BYTES)
    try:
        line = body[: max(end, 0)].decode()
    except UnicodeDecodeError:
        return None
    if not line or any(mark in line for mark in ('"', "\r", "\0")):
        return None
    header = sniff_header(line)
    if tl3_sheet.is_template(header) or not (table_csv.is_ours(header) or len(header.names) > 1):
        return None
    try:
        return table_csv.read_table(body, header, name)
    except UnicodeDecodeError:
        return None
    except UnreadableCsvError as error:
        return Imported({}, CellMap(), [error.problem(name)])


_HEADER_BYTES = 1 << 16
"""How far :func:`_read_table_bytes` looks for the end of the header line: no further than
:func:`~xiaomi_timeline.core.interchange.csvtext.sniff_header` reads."""


def unread_header_columns(data: bytes, name: str) -> UnreadColumns | None:
    """For a CSV we read: the columns of its header that nothing reads, if any."""
    kind = detect(data, name)
    if kind not in (Format.CSV, Format.TIMELINEJS3_CSV):
        return None
    head = data[:HEAD_BYTES].decode("utf-8", errors="replace").removeprefix("\ufeff")
    try:
        header = sniff_header(head)
    except UnreadableCsvError:
        return None
    if tl3_sheet.is_template(header):
        return unread_columns(header, tl3_sheet.COLUMNS)
    also = (*table_csv.DERIVED_COLUMNS, *table_csv.ALIAS_NAMES)
    return unread_columns(header, table_csv.READ_COLUMNS, also)


@dataclass
class Written:
    """An export's bytes, the events it had to leave out (and why, in words) and the parts
    of the written events the format has no place for."""

    data: bytes
    warnings: list[str] = field(default_factory=list)
    not_kept: list[Loss] = field(default_factory=list)
    skipped: list[Event] = field(default_factory=list)
    """The events left out; only iCalendar leaves any out, those dated before year 1."""

    def keeps_none_of(self, events: int) -> bool:
        """Whether all of the ``events`` given were left out: a file of none of them helps
        nobody, so the window and ``convert`` write none."""
        return bool(self.skipped) and len(self.skipped) == events


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
    data, skipped = ics.write_ics(document, language)
    return Written(data, [ics.skipped_warning(event) for event in skipped], skipped=skipped)


def export(
    document: Document,
    events: Iterable[Event],
    kind: Format,
    language: str = "en",
    *,
    moved: tuple[Path, Path] | None = None,
) -> Written:
    """The given (filtered) events of ``document``, with what they refer to, as ``kind``;
    ``moved`` is (the folder of the file read, the folder written to), so that a relative
    ``$schema`` still names the same schema file from the new place."""
    chosen = subset(document, events)
    if moved is not None and chosen.schema_ref is not None:
        chosen = chosen.model_copy(update={"schema_ref": rebased(chosen.schema_ref, *moved)})
    written = write(chosen, kind, language)
    written.not_kept = lost_parts(chosen, NOT_KEPT[kind])
    return written


def rebased(reference: str, source: Path, target: Path) -> str:
    """A path ``reference`` relative to folder ``source``, made relative to ``target``; an
    address (``https://...``) or an absolute path as it is."""
    if "://" in reference or reference.startswith(("/", "\\")) or Path(reference).is_absolute():
        return reference
    source, target = source.resolve(), target.resolve()  # ".." as the file system means it
    try:
        return Path(os.path.relpath(source / reference, target)).as_posix()
    except ValueError:  # another drive (Windows): no relative path leads there
        return (source / reference).as_posix()


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
