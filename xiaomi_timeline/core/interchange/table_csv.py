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
import itertools
import re
from collections.abc import Iterable, Sequence
from itertools import compress
from typing import Any

from xiaomi_timeline.core.colors import NO_GROUP_ID
from xiaomi_timeline.core.dates import PartialDate, format_range
from xiaomi_timeline.core.interchange.building import NO_GROUP_LABEL, DocumentBuilder
from xiaomi_timeline.core.interchange.csvtext import (
    Header,
    extra_cells,
    missing_columns,
    row_blocks,
)
from xiaomi_timeline.core.interchange.sourcemap import CellMap, Imported
from xiaomi_timeline.core.problems import Problem
from xiaomi_timeline.core.query import TimelineIndex
from xiaomi_timeline.core.schema import Event, text_in

COLUMNS = (
    "id",
    "start",
    "end",
    "precision",
    "date",
    "title",
    "description",
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
# One citation: title[, publisher][, date][ (level reliability)][ <url>]; every part but the
# title optional (a file need not rate its sources).
_ONE_CITATION = re.compile(r"(.*?)(?: \((high|medium|low) reliability\))?(?: <(\S+)>)?")
_CITATION_END = (">", " reliability)")
# Columns our fields come from, for placing problems.
_FIELD_COLUMNS = {
    "id": "id",
    "start": "start",
    "end": "end",
    "title": "title",
    "description": "description",
    "category": "category",
    "status": "status",
    "status_note": "status_note",
    "date_note": "date_note",
    "people": "people_names",
    "organizations": "organization_names",
    "sources": "sources",
}


ALIASES = {"people_names": ("people",), "organization_names": ("organizations",)}
"""Plainer headings a spreadsheet of one's own may give our columns (names, not ids)."""
ALIAS_NAMES = tuple(name for names in ALIASES.values() for name in names)


def _present(header: Header, key: str) -> str | None:
    """``key`` or the first of its aliases that ``header`` has, if any."""
    return next((k for k in (key, *ALIASES.get(key, ())) if header.index(k) is not None), None)


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
        "description": text_in(event.description, language) or None,
        "category": event.category,
        "category_label": index.category_label(event.category, language),
        # Only a status the file gives: a row read back without one is still "not given".
        "status": event.status if "status" in event.model_fields_set else None,
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
    """'Title, Publisher, 2024-12-20 (high reliability) <url>': who says so, in one line (the
    reliability only where the file gives one)."""
    source = index.sources_by_id.get(source_id)
    if source is None:
        return source_id
    parts = [text_in(source.title, language), source.publisher or "", source.date or ""]
    text = ", ".join(part for part in parts if part)
    if source.reliability is not None:
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


def read_table(text: str | bytes, header: Header, name: str) -> Imported:
    """Rows of our CSV (its text, or its UTF-8 bytes: see
    :func:`~xiaomi_timeline.core.interchange.csvtext.row_blocks`) -> our document dict,
    problems at row and column."""
    problems = missing_columns(header, REQUIRED, name)
    cells = CellMap()
    for field, key in _FIELD_COLUMNS.items():
        if (present := _present(header, key)) is not None:
            cells.columns[("events", field)] = header.label(present)
    builder = DocumentBuilder()
    if problems:
        return Imported(builder.value(None), cells, problems)
    width = len(header.names)
    picks = [header.index(_present(header, key) or key) for key in READ_COLUMNS]
    sources: dict[str, dict[str, Any]] = {}
    numbers = cells.rows["events"] = []
    # The file read a block of rows at a time and each block a column at a time: each step
    # below is one pass over a column, so a file of 100k rows costs little more than the
    # csv module's own reading of it.
    for block_numbers, rows in row_blocks(text, header.delimiter):
        problems += _fit(rows, block_numbers, width, name, header.delimiter)
        numbers += block_numbers
        by_position = list(zip(*rows, strict=True)) or [()] * width
        blank = ("",) * len(rows)
        columns = [blank if i is None else by_position[i] for i in picks]
        builder.events += _events(builder, sources, *columns)
    value = builder.value(None)
    if sources:
        value["sources"] = list(sources.values())
    value["title"] = name.replace("\\", "/").rsplit("/", 1)[-1]
    return Imported(value, cells, problems)


DERIVED_COLUMNS = ("precision", "date")
"""Written for people to read; reading takes both from start and end."""
READ_COLUMNS = tuple(column for column in COLUMNS if column not in DERIVED_COLUMNS)


def _fit(
    rows: list[list[str]], numbers: list[int], width: int, name: str, delimiter: str
) -> list[Problem]:
    """Each row cut or padded to the header's ``width``; a problem for each row with filled
    cells beyond it (whose cells are separated by ``delimiter``)."""
    problems: list[Problem] = []
    if set(map(len, rows)) <= {width}:  # the usual case: every row is as wide as the header
        return problems
    for number, row in zip(numbers, rows, strict=True):
        if len(row) < width:
            row.extend([""] * (width - len(row)))
        elif len(row) > width:
            if (extra := extra_cells(name, number, row, width, delimiter)) is not None:
                problems.append(extra)
            del row[width:]
    return problems


def _events(
    builder: DocumentBuilder,
    sources: dict[str, dict[str, Any]],
    *columns: Sequence[str],
) -> list[dict[str, Any]]:
    """The event dicts of the rows, from the cells of :data:`READ_COLUMNS` (a column each),
    with each key in the same place in every dict whatever the row holds."""
    (given_ids, starts, ends, titles, descriptions, categories, labels, statuses,
     status_notes, people, organizations, source_ids, citations, date_notes) = columns  # fmt: skip
    ids = builder.event_ids.take_all(list(map(str.strip, given_ids)), titles)
    events = [
        {"id": event_id, "title": title, "start": start}
        for event_id, title, start in zip(ids, titles, map(str.strip, starts), strict=True)
    ]
    _give(events, "end", ends, map(str.strip, filter(None, ends)))
    _give(events, "description", descriptions)
    _give(events, "date_note", date_notes)
    for event, category_id in zip(events, _category_ids(builder, categories, labels), strict=True):
        event["category"] = category_id
    _give(events, "status", statuses, map(str.strip, filter(None, statuses)))
    _give(events, "status_note", status_notes)
    for key, kind, column in (
        ("people", "people", people),
        ("organizations", "organizations", organizations),
    ):
        _give(events, key, column, builder.named_lists(kind, _split_all(column)))
    listed = _split_all(source_ids)
    _give(events, "sources", source_ids, listed)
    _add_sources(sources, listed, compress(citations, source_ids))
    return events


def _add_sources(
    sources: dict[str, dict[str, Any]], listed: list[list[str]], citations: Iterable[str]
) -> None:
    """The sources first cited in these rows (``listed`` ids, ``citations`` cells), each
    read from the first row that cites it; rows citing only known sources are passed over
    (after the first few blocks of a big file, all of them are)."""
    if sources.keys() >= set(itertools.chain.from_iterable(listed)):
        return
    known = sources.__contains__
    for ids, cited_here in zip(listed, citations, strict=True):
        if not all(map(known, ids)):
            for source_id, cited in zip(ids, _citations(cited_here, len(ids)), strict=True):
                sources.setdefault(source_id, {"id": source_id, **cited})


def _give(
    events: list[dict[str, Any]],
    key: str,
    cells: Sequence[str],
    values: Iterable[Any] | None = None,
) -> None:
    """``key`` of each event whose cell is not empty: the cell, or the next of ``values``
    (given for those events only)."""
    given = compress(events, cells)
    for event, value in zip(given, filter(None, cells) if values is None else values, strict=True):
        event[key] = value


def _category_ids(
    builder: DocumentBuilder, categories: Sequence[str], labels: Sequence[str]
) -> list[str]:
    """The category id of every row, by its category and label cells; categories are made
    in the order they first appear."""
    pairs = list(zip(categories, labels, strict=True))
    made = {pair: _category(builder, pair[0].strip(), pair[1]) for pair in dict.fromkeys(pairs)}
    return list(map(made.__getitem__, pairs))


def _category(builder: DocumentBuilder, category: str, label: str) -> str:
    if category or label:
        return builder.category(label or category, category)
    return builder.category(NO_GROUP_LABEL, NO_GROUP_ID)


_PLAIN_LIST = re.compile(r"[^;\s](?:[^;]*[^;\s])?(?:; [^;\s](?:[^;]*[^;\s])?)*")
"""Names or ids as we write them: one "; " between each, no space around any: what
:func:`_split` makes of such a text is what splitting it at each "; " gives."""


def _split_all(column: Sequence[str]) -> list[list[str]]:
    """:func:`_split` of each cell of ``column`` that is not empty."""
    plain = _PLAIN_LIST.fullmatch
    return [
        text.split(LIST_SEPARATOR) if plain(text) else _split(text) for text in filter(None, column)
    ]


def _split(text: str) -> list[str]:
    """Names or ids between semicolons, with or without the space we write after each (a
    name holds no semicolon; it may hold a comma: "Smith, J.")."""
    if not text:
        return []
    parts = list(map(str.strip, text.split(";")))
    return [part for part in parts if part] if "" in parts else parts


def _citations(text: str, count: int) -> list[dict[str, Any]]:
    """Each citation's parts; a citation that cannot be read keeps its whole text as title."""
    pieces = _split_citations(text, count)
    if pieces is None:
        found = [{"title": part} for part in _split(text)[:count]]
    else:
        found = [_citation_parts(*_one_citation(piece)) for piece in pieces]
    return found + [{"title": "Source"} for _ in range(count - len(found))]


def _split_citations(text: str, count: int) -> list[str] | None:
    """``count`` citations separated by "; ". Where a title holds a "; " of its own, the cuts
    that follow a link or a reliability mark are the ones between citations."""
    if not text:
        return None
    pieces = text.split(LIST_SEPARATOR)
    if len(pieces) == count:
        return pieces
    ends = [n + 1 for n, piece in enumerate(pieces[:-1]) if piece.endswith(_CITATION_END)]
    if len(ends) != count - 1:
        return None
    cuts = [0, *ends, len(pieces)]
    return [LIST_SEPARATOR.join(pieces[a:b]) for a, b in itertools.pairwise(cuts)]


def _one_citation(text: str) -> tuple[str, str | None, str | None]:
    found = _ONE_CITATION.fullmatch(text)
    assert found is not None  # every part but the title is optional
    head, reliability, url = found.groups()
    return head, reliability, url


def _citation_parts(head: str, reliability: str | None, url: str | None) -> dict[str, Any]:
    parts = head.split(", ")
    cited: dict[str, Any] = {}
    if len(parts) > 1 and _DATE.match(parts[-1]):
        cited["date"] = parts.pop()
    if len(parts) > 1:
        cited["publisher"] = parts.pop()
    cited["title"] = ", ".join(parts)
    if reliability:
        cited["reliability"] = reliability
    if url:
        cited["url"] = url
    return {"title": cited.pop("title"), **cited}
