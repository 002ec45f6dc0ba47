"""TimelineJS3's JSON format in and out.

In: ``title``, ``events`` and ``eras`` slides with ``start_date``/``end_date`` objects (numbers
or strings), ``text`` (HTML, kept as plain text and links), ``media``, ``group``,
``unique_id`` and ``display_date``. Out: the same format, publishable with TimelineJS;
precision is kept (a month-only date is a year and a month, no day).
"""

from __future__ import annotations

import html
import json
from typing import Any, NamedTuple

from xiaomi_timeline.core.dates import PartialDate
from xiaomi_timeline.core.interchange.building import (
    DocumentBuilder,
    UniqueIds,
    year_to_timelinejs3,
)
from xiaomi_timeline.core.interchange.htmltext import plain_text
from xiaomi_timeline.core.interchange.slides import Slide, add_era, add_event
from xiaomi_timeline.core.interchange.sourcemap import Imported, JsonOrigins
from xiaomi_timeline.core.jsonpos import JsonPath, format_path, locate
from xiaomi_timeline.core.jsonsyntax import syntax_problem
from xiaomi_timeline.core.problems import Problem
from xiaomi_timeline.core.schema import Document, text_in

_EVENT_FIELDS: dict[str, JsonPath] = {
    "id": ("unique_id",),
    "title": ("text", "headline"),
    "description": ("text", "text"),
    "start": ("start_date",),
    "end": ("end_date",),
    "date_note": ("display_date",),
    "category": ("group",),
    "sources": ("media", "url"),
}


_TL2_HINT = 'save it as TimelineJS3 JSON ({"title": ..., "events": [...]}) and open that'


def read_timelinejs3(text: str, name: str) -> Imported:
    """A TimelineJS3 JSON text -> our document dict, problems located in ``text``."""
    origins = JsonOrigins(text, top_fields={"title": ("title",), "events": ("events",)})
    for field, path in _EVENT_FIELDS.items():
        origins.fields[("events", field)] = path
        origins.fields[("eras", field)] = path
    syntax = syntax_problem(text, name)
    if syntax is not None:
        return Imported({}, origins, [syntax])
    data = json.loads(text)
    found: list[_Found] = []
    builder = DocumentBuilder()
    if isinstance(data, dict) and isinstance(data.get("timeline"), dict):
        found.append(
            _Found(
                ("timeline",),
                "this is TimelineJS 2's format, not TimelineJS3's",
                _TL2_HINT,
                "tl3.v2",
            )
        )
        data = {}
    elif not isinstance(data, dict) or not isinstance(data.get("events"), list):
        found.append(
            _Found(
                (),
                "not a TimelineJS3 timeline: no events list",
                'add "events": [...]',
                "tl3.no_events",
            )
        )
        data = {}
    era_ids = UniqueIds("era")
    for kind in ("events", "eras"):
        items = data.get(kind) or []
        for index, item in enumerate(items if isinstance(items, list) else []):
            where: JsonPath = (kind, index)
            if not isinstance(item, dict):
                found.append(
                    _Found(
                        where,
                        "must be an object",
                        "write {...} with start_date and text",
                        "tl3.slide_object",
                    )
                )
                continue
            slide = _slide(item)
            if kind == "events" and add_event(slide, builder):
                origins.items[(kind, len(builder.events) - 1)] = where
            elif kind == "eras" and add_era(slide, builder, era_ids):
                origins.items[(kind, len(builder.eras) - 1)] = where
            found.extend(
                _Found((*where, *p.field.split(".")), p.message, p.hint, p.code, p.values)
                for p in slide.problems
            )
    title_slide = _slide(data.get("title")) if isinstance(data.get("title"), dict) else Slide()
    title, description = _title(title_slide)
    value = builder.value(title or None, description=description or None)
    return Imported(value, origins, _located(text, name, found))


def _slide(item: Any) -> Slide:
    def text(value: Any) -> str:
        return "" if value is None or isinstance(value, (dict, list)) else str(value)

    def part(key: str) -> dict[str, Any]:
        value = item.get(key)
        return value if isinstance(value, dict) else {}

    words, media = part("text"), part("media")
    start = item.get("start_date")
    end = item.get("end_date")
    return Slide(
        start=start if isinstance(start, dict) else None,
        end=end if isinstance(end, dict) else None,
        headline=text(words.get("headline")),
        text=text(words.get("text")),
        display_date=text(item.get("display_date")),
        media_url=text(media.get("url")),
        media_caption=text(media.get("caption")),
        media_credit=text(media.get("credit")),
        group=text(item.get("group")),
        unique_id=text(item.get("unique_id")),
    )


def _title(slide: Slide) -> tuple[str, str]:
    headline = plain_text(slide.headline)[0]
    text = plain_text(slide.text)[0]
    return headline, text if text != headline else ""


class _Found(NamedTuple):
    """A problem at ``path`` of the file, before it is placed at line and column."""

    path: JsonPath
    message: str
    hint: str
    code: str = ""
    values: tuple[str, ...] = ()


def _located(text: str, name: str, found: list[_Found]) -> list[Problem]:
    if not found:
        return []
    positions = locate(text, [item.path for item in found])
    return [
        Problem(
            name,
            *positions.get(item.path, (1, 1)),
            format_path(item.path),
            item.message,
            item.hint,
            code=item.code,
            values=item.values,
        )
        for item in found
    ]


def write_timelinejs3(document: Document, language: str = "en") -> bytes:
    """The document as TimelineJS3 JSON: escaped HTML text, dates as numbers, one media (the
    first cited source with an address), the category label as the group, eras as eras."""
    sources = {source.id: source for source in document.sources}
    labels = {category.id: text_in(category.label, language) for category in document.categories}
    events = []
    for event in document.events:
        slide: dict[str, Any] = {"unique_id": event.id, "start_date": _parts(event.start)}
        if event.end is not None:
            slide["end_date"] = _parts(event.end)
        slide["text"] = _html_text(event.title, event.description, language)
        slide["group"] = labels.get(event.category, event.category)
        cited = [sources[s] for s in event.sources if s in sources and sources[s].url]
        if cited:
            media = {"url": cited[0].url, "caption": html.escape(text_in(cited[0].title, language))}
            if cited[0].publisher:
                media["credit"] = html.escape(cited[0].publisher)
            slide["media"] = media
        events.append(slide)
    timeline: dict[str, Any] = {
        "title": {"text": _html_text(document.title, document.description, language)},
        "events": events,
    }
    eras = [
        {
            "start_date": _parts(era.start),
            "end_date": _parts(era.end),
            "text": _html_text(era.title, getattr(era, "description", None), language),
        }
        for era in getattr(document, "eras", ())
    ]
    if eras:
        timeline["eras"] = eras
    return (json.dumps(timeline, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _parts(text: str) -> dict[str, int]:
    date = PartialDate.parse(text)
    parts = {"year": year_to_timelinejs3(date.year)}
    if date.month is not None:
        parts["month"] = date.month
    if date.day is not None:
        parts["day"] = date.day
    return parts


def _html_text(title: Any, description: Any, language: str) -> dict[str, str]:
    words = {"headline": html.escape(text_in(title, language), quote=False)}
    body = text_in(description, language)
    if body:
        words["text"] = html.escape(body, quote=False).replace("\n", "<br>")
    return words
