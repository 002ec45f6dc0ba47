"""TimelineJS3's spreadsheet template, saved as CSV, in and out.

Columns: Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date,
Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background.
A row of Type "title" is the timeline's title, "era" an era, anything else an event.
"""

from __future__ import annotations

import csv
import html
import io
from typing import Any

from xiaomi_timeline.core.dates import PartialDate
from xiaomi_timeline.core.interchange.building import (
    DocumentBuilder,
    UniqueIds,
    year_to_timelinejs3,
)
from xiaomi_timeline.core.interchange.csvtext import (
    Header,
    extra_cells,
    missing_columns,
    records,
)
from xiaomi_timeline.core.interchange.htmltext import plain_text
from xiaomi_timeline.core.interchange.slides import Slide, add_era, add_event
from xiaomi_timeline.core.interchange.sourcemap import CellMap, Imported, Spot
from xiaomi_timeline.core.problems import Problem
from xiaomi_timeline.core.schema import Document, text_in

COLUMNS = (
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
)
REQUIRED = ["Year", "Headline"]

# Where each slide field (as the JSON format names it) lives in the sheet.
_SLIDE_COLUMNS = {
    "start_date": "year",
    "start_date.year": "year",
    "start_date.month": "month",
    "start_date.day": "day",
    "end_date": "end year",
    "end_date.year": "end year",
    "end_date.month": "end month",
    "end_date.day": "end day",
    "text.headline": "headline",
}
# Where each field of our event came from.
_EVENT_COLUMNS = {
    "id": "headline",
    "title": "headline",
    "description": "text",
    "start": "year",
    "end": "end year",
    "date_note": "display date",
    "category": "group",
    "sources": "media",
}


def is_template(header: Header) -> bool:
    return header.index("year") is not None and header.index("headline") is not None


def read_sheet(text: str, header: Header, name: str) -> Imported:
    """Rows of TimelineJS3's template -> our document dict, problems at row and column."""
    problems = missing_columns(header, REQUIRED, name)
    cells = CellMap()
    for kind in ("events", "eras"):
        for field, key in _EVENT_COLUMNS.items():
            if header.index(key) is not None:
                cells.columns[(kind, field)] = header.label(key)
    builder = DocumentBuilder()
    if problems:
        return Imported(builder.value(None), cells, problems)
    era_ids = UniqueIds("era")
    title = Slide()
    get = _getter(header)
    width = len(header.names)
    for row_number, row in records(text, header.delimiter):
        if len(row) > width and (
            extra := extra_cells(name, row_number, row, width, header.delimiter)
        ):
            problems.append(extra)
        slide = _slide(row, get)
        kind = get(row, "type").strip().lower()
        if kind == "title":
            title = slide
            continue
        if kind == "era":
            if add_era(slide, builder, era_ids):
                cells.add("eras", row_number)
        elif add_event(slide, builder):
            cells.add("events", row_number)
        for problem in slide.problems:
            column, label = header.label(_SLIDE_COLUMNS.get(problem.field, "year"))
            problems.append(
                Problem(
                    name,
                    row_number,
                    column,
                    label,
                    problem.message,
                    problem.hint,
                    code=problem.code,
                    values=problem.values,
                )
            )
    headline = plain_text(title.headline)[0]
    description = plain_text(title.text)[0]
    cells.top = Spot(1, 1, "")
    value = builder.value(headline or None, description=description or None)
    return Imported(value, cells, problems)


def _getter(header: Header) -> Any:
    positions = {key: header.index(key) for key in (c.lower() for c in COLUMNS)}

    def get(row: list[str], key: str) -> str:
        index = positions.get(key)
        return row[index] if index is not None and index < len(row) else ""

    return get


def _slide(row: list[str], get: Any) -> Slide:
    return Slide(
        start={"year": get(row, "year"), "month": get(row, "month"), "day": get(row, "day")},
        end={
            "year": get(row, "end year"),
            "month": get(row, "end month"),
            "day": get(row, "end day"),
        },
        headline=get(row, "headline"),
        text=get(row, "text"),
        display_date=get(row, "display date"),
        media_url=get(row, "media"),
        media_caption=get(row, "media caption"),
        media_credit=get(row, "media credit"),
        group=get(row, "group"),
    )


def write_sheet(document: Document, language: str = "en") -> bytes:
    """The document as TimelineJS3's template: a title row, one row per event and era."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    title = {
        "Headline": _html(text_in(document.title, language)),
        "Text": _html(text_in(document.description, language)),
        "Type": "title",
    }
    writer.writerow(_row(title))
    sources = {source.id: source for source in document.sources}
    labels = {category.id: text_in(category.label, language) for category in document.categories}
    for era in getattr(document, "eras", ()):
        cells = _dates(era.start, era.end)
        cells.update(Headline=_html(text_in(era.title, language)), Type="era")
        writer.writerow(_row(cells))
    for event in document.events:
        cells = _dates(event.start, event.end)
        cells["Headline"] = _html(text_in(event.title, language))
        cells["Text"] = _html(text_in(event.description, language))
        cells["Group"] = labels.get(event.category, event.category)
        cited = [sources[s] for s in event.sources if s in sources and sources[s].url]
        if cited:
            cells["Media"] = cited[0].url or ""
            cells["Media Caption"] = _html(text_in(cited[0].title, language))
            cells["Media Credit"] = _html(cited[0].publisher or "")
        writer.writerow(_row(cells))
    return buffer.getvalue().encode("utf-8")


def _dates(start: str, end: str | None) -> dict[str, str]:
    cells: dict[str, str] = {}
    for prefix, text in (("", start), ("End ", end)):
        if text is None:
            continue
        date = PartialDate.parse(text)
        cells[f"{prefix}Year"] = str(year_to_timelinejs3(date.year))
        cells[f"{prefix}Month"] = "" if date.month is None else str(date.month)
        cells[f"{prefix}Day"] = "" if date.day is None else str(date.day)
    return cells


def _row(cells: dict[str, str]) -> list[str]:
    return [cells.get(column, "") for column in COLUMNS]


def _html(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")
