"""Our CSV: what ``list --format csv`` writes, and reading it back.

One row per event, in one language. It carries each event's id, dates, title, category and
its label, status and status note, date note, the names of its people and organizations,
and its sources with one citation each (title, publisher, date, reliability, address).
Reading it rebuilds those lists, so writing the result again gives the same bytes.
Any CSV with at least ``start`` and ``title`` columns opens the same way.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from xiaomi_timeline.core.dates import PartialDate, format_range
from xiaomi_timeline.core.interchange.building import NO_GROUP_ID, NO_GROUP_LABEL, DocumentBuilder
from xiaomi_timeline.core.interchange.csvtext import Header, missing_columns, records
from xiaomi_timeline.core.interchange.sourcemap import CellMap, Imported
from xiaomi_timeline.core.query import TimelineIndex
from xiaomi_timeline.core.schema import Event, text_in

COLUMNS = (
    "id",
    "start",
    "end",
    "precision",
    "date",
    "title",
    "category",
    "category_label",
    "status",
    "status_note",
    "people_names",
    "organization_names",
    "sources",
    "source_citations",
    "date_note",
)
REQUIRED = ["start", "title"]
LIST_SEPARATOR = "; "
_DATE = re.compile(r"^-?[0-9]{4,}(-[0-9]{2}(-[0-9]{2})?)?$")
_CITATION = re.compile(r"(.*?) \((high|medium|low) reliability\)(?: <(\S+)>)?(?:; |$)")
# Columns our fields come from, for placing problems.
_FIELD_COLUMNS = {
    "id": "id",
    "start": "start",
    "end": "end",
    "title": "title",
    "category": "category",
    "status": "status",
    "status_note": "status_note",
    "date_note": "date_note",
    "people": "people_names",
    "organizations": "organization_names",
    "sources": "sources",
}


def is_ours(header: Header) -> bool:
    return all(header.index(key) is not None for key in REQUIRED)


def event_record(index: TimelineIndex, event: Event, language: str) -> dict[str, Any]:
    """One event as ``list`` prints it (json and csv): texts in ``language``, names resolved."""
    start = PartialDate.parse(event.start)
    end = PartialDate.parse(event.end) if event.end else None
    return {
        "id": event.id,
        "start": event.start,
        "end": event.end,
        "precision": start.precision.label,
        "date": format_range(start, end, language),
        "date_note": text_in(event.date_note, language) or None,
        "title": text_in(event.title, language),
        "category": event.category,
        "category_label": index.category_label(event.category, language),
        "status": event.status,
        "status_note": text_in(event.status_note, language) or None,
        "people": list(event.people),
        "people_names": [index.person_name(p, language) for p in event.people],
        "organizations": list(event.organizations),
        "organization_names": [index.organization_name(o, language) for o in event.organizations],
        "sources": list(event.sources),
        "source_citations": [citation(index, s, language) for s in event.sources],
        "tags": list(event.tags),
    }


def citation(index: TimelineIndex, source_id: str, language: str) -> str:
    """'Title, Publisher, 2024-12-20 (high reliability) <url>': who says so, in one line."""
    source = index.sources_by_id.get(source_id)
    if source is None:
        return source_id
    parts = [text_in(source.title, language), source.publisher or "", source.date or ""]
    text = ", ".join(part for part in parts if part)
    text += f" ({source.reliability} reliability)"
    return f"{text} <{source.url}>" if source.url else text


def write_table(
    index: TimelineIndex, events: tuple[Event, ...] | list[Event], language: str
) -> str:
    """The events as our CSV text."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for event in events:
        record = event_record(index, event, language)
        for key in ("people_names", "organization_names", "sources", "source_citations"):
            record[key] = LIST_SEPARATOR.join(record[key])
        writer.writerow({k: "" if v is None else v for k, v in record.items()})
    return buffer.getvalue()


def read_table(text: str, header: Header, name: str) -> Imported:
    """Rows of our CSV -> our document dict, problems at row and column."""
    problems = missing_columns(header, REQUIRED, name)
    cells = CellMap()
    for field, key in _FIELD_COLUMNS.items():
        if header.index(key) is not None:
            cells.columns[("events", field)] = header.label(key)
    builder = DocumentBuilder()
    if problems:
        return Imported(builder.value(None), cells, problems)
    positions = {key: header.index(key) for key in COLUMNS}
    sources: dict[str, dict[str, Any]] = {}
    for row_number, row in records(text):
        cell = {
            key: row[i] if i is not None and i < len(row) else "" for key, i in positions.items()
        }
        event = _event(cell, builder, sources)
        cells.rows[("events", len(builder.events))] = row_number
        builder.events.append(event)
    value = builder.value(None)
    if sources:
        value["sources"] = list(sources.values())
    value["title"] = name.replace("\\", "/").rsplit("/", 1)[-1]
    return Imported(value, cells, problems)


def _event(
    cell: dict[str, str], builder: DocumentBuilder, sources: dict[str, Any]
) -> dict[str, Any]:
    title = cell["title"]
    event: dict[str, Any] = {"id": builder.event_ids.take(cell["id"].strip(), title)}
    event["title"] = title
    event["start"] = cell["start"].strip()
    if cell["end"].strip():
        event["end"] = cell["end"].strip()
    if cell["date_note"]:
        event["date_note"] = cell["date_note"]
    category = cell["category"].strip()
    label = cell["category_label"] or category
    event["category"] = (
        builder.category(label, category)
        if category or label
        else builder.category(NO_GROUP_LABEL, NO_GROUP_ID)
    )
    if cell["status"].strip():
        event["status"] = cell["status"].strip()
    if cell["status_note"]:
        event["status_note"] = cell["status_note"]
    for kind, column in (("people", "people_names"), ("organizations", "organization_names")):
        names = _split(cell[column])
        if names:
            event[kind] = [builder.named(kind, n) for n in names]
    ids = _split(cell["sources"])
    if ids:
        citations = _citations(cell["source_citations"], len(ids))
        for source_id, cited in zip(ids, citations, strict=True):
            sources.setdefault(source_id, {"id": source_id, **cited})
        event["sources"] = ids
    return event


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(LIST_SEPARATOR) if part.strip()]


def _citations(text: str, count: int) -> list[dict[str, Any]]:
    """Each citation's parts; a citation that cannot be read keeps its whole text as title."""
    found = [
        _citation_parts(*match.groups()) for match in _CITATION.finditer(text) if match.group(0)
    ]
    if len(found) != count:
        parts = _split(text)
        found = [{"title": part} for part in parts[:count]]
    return found + [{"title": "Source"} for _ in range(count - len(found))]


def _citation_parts(head: str, reliability: str, url: str | None) -> dict[str, Any]:
    parts = head.split(", ")
    cited: dict[str, Any] = {}
    if len(parts) > 1 and _DATE.match(parts[-1]):
        cited["date"] = parts.pop()
    if len(parts) > 1:
        cited["publisher"] = parts.pop()
    cited["title"] = ", ".join(parts)
    cited["reliability"] = reliability
    if url:
        cited["url"] = url
    return {"title": cited.pop("title"), **cited}
