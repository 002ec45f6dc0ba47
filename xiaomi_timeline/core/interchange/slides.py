"""TimelineJS3's "slide" (an event, an era or the title) -> our event, era or title.

Shared by the TimelineJS3 JSON and spreadsheet readers. A slide is given here as the JSON
format names its fields; each problem names the field as ``start_date.year`` and the reader
turns it into a place in its own file (a JSON member or a spreadsheet cell).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from xiaomi_timeline.core.colors import NO_GROUP_ID
from xiaomi_timeline.core.dates import (
    ENDS_BEFORE,
    DateError,
    PartialDate,
    ends_before,
    month_length,
    month_of_year,
)
from xiaomi_timeline.core.interchange.building import (
    NO_GROUP_LABEL,
    URL_PATTERN,
    DocumentBuilder,
    UniqueIds,
    date_text,
    whole_number,
    year_from_timelinejs3,
)
from xiaomi_timeline.core.interchange.htmltext import plain_text

TITLE_LIMIT = 120


class SlideProblem(NamedTuple):
    """A problem with one field of a slide (``start_date.month``, ``text.headline``), with
    the code and values the interface words it by in its own language."""

    field: str
    message: str
    hint: str
    code: str = ""
    values: tuple[str, ...] = ()


@dataclass
class Slide:
    """The parts of a TimelineJS3 slide we read; dates as the file gives them."""

    start: dict[str, Any] | None = None
    end: dict[str, Any] | None = None
    headline: str = ""
    text: str = ""
    display_date: str = ""
    media_url: str = ""
    media_caption: str = ""
    media_credit: str = ""
    group: str = ""
    unique_id: str = ""
    problems: list[SlideProblem] = field(default_factory=list)

    def date(self, which: str) -> str | None:
        """``start_date`` or ``end_date`` in our notation; problems are recorded."""
        parts = self.start if which == "start_date" else self.end
        if not parts or all(_blank(v) for v in parts.values()):
            return None
        numbers: dict[str, int | None] = {}
        for unit in ("year", "month", "day"):
            raw = parts.get(unit)
            try:
                numbers[unit] = whole_number(raw)
            except ValueError:
                message = f"{raw!r} is not a whole number"
                code = _NOT_WHOLE_CODES[unit]
                self._problem(which, unit, code, message, _HINTS[unit], (repr(raw),))
                return None
        year, month, day = numbers["year"], numbers["month"], numbers["day"]
        if year is None:
            self._problem(which, "year", "tl3.year.missing", "the year is missing", _HINTS["year"])
            return None
        if month is not None and not 1 <= month <= 12:
            message = f"month {month} does not exist"
            code, values = "tl3.month.range", (str(month),)
            self._problem(which, "month", code, message, _HINTS["month"], values)
            return None
        if day is not None and month is None:
            message, hint = "a day is given without a month", "add the month"
            self._problem(which, "day", "tl3.day.without_month", message, hint)
            return None
        if day is not None and not 1 <= day <= 31:
            message = f"day {day} does not exist"
            self._problem(which, "day", "tl3.day.range", message, _HINTS["day"], (str(day),))
            return None
        ours = year_from_timelinejs3(year)
        if day is not None and month is not None and day > (last := month_length(ours, month)):
            message = f"day {day} does not exist: {month_of_year(ours, month)} has {last} days"
            hint = f"write a day from 1 to {last}, or fix the month"
            said = (str(day), str(month), str(ours), str(last))
            self._problem(which, "day", "tl3.day.not_in_month", message, hint, said)
            return None
        return date_text(ours, month, day)

    def check_order(self, start: str | None, end: str | None) -> None:
        """A problem at the part of the end date (its year, month or day) that puts it
        before the start."""
        if start is None or end is None:
            return
        try:
            part = ends_before(PartialDate.parse(start), PartialDate.parse(end))
        except DateError:
            return  # said when the document is checked
        if part is not None:
            code, hint = ENDS_BEFORE[part]
            message = f"end {end} is before start {start}"
            self._problem("end_date", part, code, message, hint, (end, start))

    def _problem(
        self,
        which: str,
        unit: str,
        code: str,
        message: str,
        hint: str,
        values: tuple[str, ...] = (),
    ) -> None:
        """A problem with ``unit`` of date ``which``."""
        self.problems.append(SlideProblem(f"{which}.{unit}", message, hint, code, values))


_NOT_WHOLE_CODES = {
    "year": "tl3.year.not_whole",
    "month": "tl3.month.not_whole",
    "day": "tl3.day.not_whole",
}
_ERA_WITHOUT = {"start_date": "tl3.era.no_start", "end_date": "tl3.era.no_end"}
_HINTS = {
    "year": "write a whole number, e.g. 2019, or -44 for 44 BC",
    "month": "write 1 to 12, or leave it empty",
    "day": "write 1 to 31, or leave it empty",
}


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def add_event(slide: Slide, builder: DocumentBuilder) -> bool:
    """Add ``slide`` as an event; False (with ``slide.problems``) when it cannot be one."""
    start = slide.date("start_date")
    end = slide.date("end_date")
    slide.check_order(start, end)
    if start is None and not any(p.field.startswith("start_date") for p in slide.problems):
        slide.problems.append(
            SlideProblem(
                "start_date",
                "the event has no start date",
                "give at least a year",
                "tl3.event.no_start",
            )
        )
    headline, headline_links = plain_text(slide.headline)
    text, text_links = plain_text(slide.text)
    caption = plain_text(slide.media_caption)[0]
    title = headline or _first_line(text) or _first_line(caption) or slide.display_date.strip()
    if not title:
        slide.problems.append(
            SlideProblem(
                "text.headline",
                "the event has no headline, text or media caption",
                "add one",
                "tl3.event.no_headline",
            )
        )
    if slide.problems or start is None:
        return False
    event: dict[str, Any] = {"id": builder.event_ids.take(slide.unique_id.strip(), title)}
    event["title"] = title
    if text and text != title:
        event["description"] = text
    event["start"] = start
    if end is not None:
        event["end"] = end
    if slide.display_date.strip():
        event["date_note"] = slide.display_date.strip()
    group = slide.group.strip()
    event["category"] = builder.category(group or NO_GROUP_LABEL, None if group else NO_GROUP_ID)
    sources, notes = _media(slide, builder)
    sources += [builder.source(url, label) for label, url in headline_links + text_links]
    if sources:
        event["sources"] = list(dict.fromkeys(sources))
    if notes:
        event["notes"] = notes
    builder.events.append(event)
    return True


def add_era(slide: Slide, builder: DocumentBuilder, ids: UniqueIds) -> bool:
    """Add ``slide`` as an era (a labelled period); False when it cannot be one."""
    start = slide.date("start_date")
    end = slide.date("end_date")
    slide.check_order(start, end)
    for which, value in (("start_date", start), ("end_date", end)):
        if value is None and not any(p.field.startswith(which) for p in slide.problems):
            slide.problems.append(
                SlideProblem(
                    which,
                    f"the era has no {which[:-5]} date",
                    "give at least a year",
                    _ERA_WITHOUT[which],
                )
            )
    title = plain_text(slide.headline)[0] or plain_text(slide.text)[0]
    if not title:
        slide.problems.append(
            SlideProblem(
                "text.headline", "the era has no headline", "add one", "tl3.era.no_headline"
            )
        )
    if slide.problems or start is None or end is None:
        return False
    era: dict[str, Any] = {"id": ids.take(slide.unique_id.strip(), title), "title": title}
    era.update(start=start, end=end)
    description = plain_text(slide.text)[0]
    if description and description != title:
        era["description"] = description
    builder.eras.append(era)
    return True


def _media(slide: Slide, builder: DocumentBuilder) -> tuple[list[str], list[str]]:
    """A web address becomes a source (caption as its title, credit as its publisher); an
    embedded quote or other non-address media keeps its words as a note. Nothing is fetched."""
    url = slide.media_url.strip()
    caption = plain_text(slide.media_caption)[0]
    credit = plain_text(slide.media_credit)[0]
    if URL_PATTERN.match(url):
        title = caption or credit or url
        return [builder.source(url, title, publisher=credit if credit != title else None)], []
    notes = [part for part in (plain_text(url)[0], caption, credit) if part]
    return [], notes


def _first_line(text: str) -> str:
    line = text.split("\n", 1)[0].strip()
    return line if len(line) <= TITLE_LIMIT else line[: TITLE_LIMIT - 1].rstrip() + "…"
