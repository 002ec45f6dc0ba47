"""iCalendar (.ics) in and out, through the ``icalendar`` library.

In: each VEVENT's DTSTART/DTEND (or DURATION), dates or date-times in any time zone (an
event's date is the one on its own clock), SUMMARY, DESCRIPTION, URL, CATEGORIES and UID.
Out: one all-day event per event, spanning exactly what is known: a day, a whole month or a
whole year (precision is never faked as a day), with ``X-TIMELINE-*`` properties that let
us read precision and claim status back. iCalendar cannot hold years before 1: such events
are skipped with a warning, never written with a wrong date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from xiaomi_timeline.core.colors import NO_GROUP_ID
from xiaomi_timeline.core.dates import DateError, PartialDate, Precision
from xiaomi_timeline.core.interchange.building import NO_GROUP_LABEL, DocumentBuilder
from xiaomi_timeline.core.interchange.htmltext import plain_text
from xiaomi_timeline.core.interchange.sourcemap import CellMap, Imported, Spot
from xiaomi_timeline.core.problems import Problem, Said
from xiaomi_timeline.core.schema import Document, Event, text_in

PRODUCT_ID = "-//Xiaomi AI Timeline//xiaomi-timeline//EN"
STAMP = datetime(1970, 1, 1)  # DTSTAMP is fixed so that the same timeline gives the same bytes
_PRECISION = "X-TIMELINE-PRECISION"
_END_PRECISION = "X-TIMELINE-END-PRECISION"
_STATUS = "X-TIMELINE-STATUS"
_ONCE = (
    *("DTSTART", "DTEND", "DURATION", "SUMMARY", "UID", "DESCRIPTION", "URL"),
    *(_STATUS, _PRECISION, _END_PRECISION),
)
"""The properties read that an event gives at most once (CATEGORIES may come again)."""
_PROPERTY = re.compile(r"^([A-Za-z0-9-]+)[;:]")
_FIELD_PROPERTIES = {
    "id": "UID",
    "title": "SUMMARY",
    "description": "DESCRIPTION",
    "start": "DTSTART",
    "end": "DTEND",
    "category": "CATEGORIES",
    "sources": "URL",
    "status": _STATUS,
}


def read_ics(text: str, name: str) -> Imported:
    """The VEVENTs of an iCalendar text -> our document dict, problems at their lines."""
    import icalendar  # noqa: PLC0415 - only .ics files need it

    lines = _event_lines(text)
    source_lines = text.splitlines()
    cells = CellMap(unit="line")
    builder = DocumentBuilder()
    try:
        calendars = icalendar.Calendar.from_ical(text, multiple=True)
    except ValueError as error:
        problem = Problem(
            name,
            1,
            1,
            "",
            f"not a readable iCalendar file: {error}",
            "export the calendar again from its program, or fix the line it names",
            code="ics.unreadable",
            values=(str(error),),
        )
        return Imported(builder.value(None), cells, [problem])
    problems = [
        Problem(
            name,
            line,
            1,
            "BEGIN:VEVENT",
            "this event is never closed",
            "add END:VEVENT",
            code="ics.never_closed",
        )
        for line in _unclosed_events(text)
    ]
    title = ""
    for calendar in calendars:
        title = title or str(calendar.get("X-WR-CALNAME", ""))
        for number, component in enumerate(calendar.walk("VEVENT")):
            where = lines[number] if number < len(lines) else (1, {})
            event = _event(component, builder, _Place(name, where, source_lines), problems)
            if event is not None:
                index = len(builder.events)
                cells.add("events", where[0])
                for field, prop in _FIELD_PROPERTIES.items():
                    cells.cells[("events", index, field)] = Spot(
                        where[1].get(prop, where[0]), 1, prop
                    )
                builder.events.append(event)
    return Imported(
        builder.value(title or name.replace("\\", "/").rsplit("/", 1)[-1]), cells, problems
    )


def _unclosed_events(text: str) -> list[int]:
    """The lines of BEGIN:VEVENT that no END:VEVENT closes before the next component."""
    unclosed: list[int] = []
    open_line = 0
    for number, line in enumerate(text.splitlines(), start=1):
        upper = line.upper()
        if upper.startswith(("BEGIN:VEVENT", "END:VCALENDAR")) and open_line:
            unclosed.append(open_line)
            open_line = 0
        if upper.startswith("BEGIN:VEVENT"):
            open_line = number
        elif upper.startswith("END:VEVENT"):
            open_line = 0
    return [*unclosed, open_line] if open_line else unclosed


def _event_lines(text: str) -> list[tuple[int, dict[str, int]]]:
    """For each VEVENT in order: its BEGIN line and the line of each of its properties."""
    found: list[tuple[int, dict[str, int]]] = []
    inside = False
    for number, line in enumerate(text.splitlines(), start=1):
        upper = line.upper()
        if upper.startswith("BEGIN:VEVENT"):
            found.append((number, {}))
            inside = True
        elif upper.startswith("END:VEVENT"):
            inside = False
        elif inside and not line[:1].isspace():
            match = _PROPERTY.match(line)
            if match:
                found[-1][1].setdefault(match.group(1).upper(), number)
    return found


@dataclass(frozen=True)
class _Place:
    """Where a VEVENT's properties are: the file's name, the event's BEGIN line and the line
    of each property, and the file's lines (for a value as written)."""

    name: str
    where: tuple[int, dict[str, int]]
    lines: list[str]

    def problem(self, prop: str, said: Said) -> Problem:
        """A problem at ``prop``'s value (its line's start if it has none, the event's
        BEGIN line if the property is missing)."""
        number = self.where[1].get(prop)
        line, column = self.where[0], 1
        if number is not None:
            line, colon = number, self.lines[number - 1].find(":")
            column = colon + 2 if colon >= 0 else 1
        message, hint, code, values = said
        return Problem(self.name, line, column, prop, message, hint, code=code, values=values)

    def problem_again(self, prop: str, said: Said) -> Problem:
        """A problem at the second line that gives ``prop`` in this event."""
        first = self.where[1].get(prop, self.where[0])
        again = first
        for number in range(first + 1, len(self.lines) + 1):
            line = self.lines[number - 1]
            if line.upper().startswith("END:VEVENT"):
                break
            match = _PROPERTY.match(line)
            if match and match.group(1).upper() == prop:
                again = number
                break
        message, hint, code, values = said
        return Problem(self.name, again, 1, prop, message, hint, code=code, values=values)

    def value(self, prop: str) -> str:
        """``prop``'s value as the file writes it (its first line)."""
        number = self.where[1].get(prop)
        if number is None:
            return ""
        return self.lines[number - 1].partition(":")[2].strip()


_DATE_HINT = (
    "write a date as YYYYMMDD (20230215) or a date and time as YYYYMMDDTHHMMSS (20230215T093000)"
)


def _unreadable_date(text: str) -> Said:
    """Why a DTSTART/DTEND value is not a date, in our words, quoting it as the file writes
    it (not as the date we would have made of it)."""
    match = re.fullmatch(r"(-?\d{4})(\d{2})(\d{2})(T\d{6}Z?)?", text)
    if match:
        converted = f"{match[1]}-{match[2]}-{match[3]}"
        try:
            PartialDate.parse(converted)
        except DateError as error:  # a month or day out of range: said of the text written
            message = str(error).replace(repr(converted), repr(text), 1)
            values = (repr(text), *error.values[1:])
            return Said(message, "use a real calendar date", error.code, values)
    return Said(f"{text!r} is not a date", _DATE_HINT, "ics.not_a_date", (repr(text),))


def _event(
    component: Any, builder: DocumentBuilder, place: _Place, problems: list[Problem]
) -> dict[str, Any] | None:
    def problem(prop: str, said: Said) -> None:
        problems.append(place.problem(prop, said))

    for prop, _message in getattr(component, "errors", ()):
        problem(prop, _unreadable_date(place.value(prop)))
    twice = [prop for prop in _ONCE if isinstance(component.get(prop), list)]
    for prop in twice:  # the calendar library keeps both, as a list: neither is the one
        first_line = place.where[1].get(prop, place.where[0])
        said = Said(
            f"{prop} is given twice in this event; the first is at line {first_line}",
            "keep one of them",
            "ics.property_twice",
            (prop, str(first_line)),
        )
        problems.append(place.problem_again(prop, said))
    if getattr(component, "errors", ()) or twice:
        return None
    summary = str(component.get("SUMMARY", "")).strip()
    start = component.get("DTSTART")
    if start is None:
        problem(
            "DTSTART", Said("the event has no DTSTART", "give the date it starts", "ics.no_start")
        )
    if not summary:
        problem(
            "SUMMARY", Said("the event has no SUMMARY (title)", "give it a title", "ics.no_title")
        )
    if start is None or not summary:
        return None
    first, last = _days(component, start.dt)
    if last < first:
        if component.get("DTEND") is not None:
            end, start = place.value("DTEND"), place.value("DTSTART")
            said = Said(
                f"the event ends ({end}) before it starts ({start})",
                "swap DTSTART and DTEND, or fix the date",
                "ics.ends_before_start",
                (end, start),
            )
            problem("DTEND", said)
        else:
            duration = place.value("DURATION")
            said = Said(
                f"DURATION {duration} is negative",
                "give a positive DURATION",
                "ics.negative_duration",
                (duration,),
            )
            problem("DURATION", said)
        return None
    start_precision = str(component.get(_PRECISION, ""))
    end_precision = str(component.get(_END_PRECISION, ""))
    start_text = _partial(first, start_precision)
    uid = str(component.get("UID", ""))
    event: dict[str, Any] = {"id": builder.event_ids.take(uid.strip(), summary), "title": summary}
    description = str(component.get("DESCRIPTION", "")).strip()
    if description:
        event["description"] = description
    event["start"] = start_text
    end_text = _end(first, last, start_precision, end_precision)
    if end_text is not None:
        event["end"] = end_text
    labels = _categories(component)
    event["category"] = (
        builder.category(labels[0]) if labels else builder.category(NO_GROUP_LABEL, NO_GROUP_ID)
    )
    if len(labels) > 1:
        event["tags"] = labels[1:]
    status = str(component.get(_STATUS, "")).strip()
    if status:
        event["status"] = status
    links = [(str(component.get("URL")), str(component.get("URL")))] if component.get("URL") else []
    links += plain_text(description)[1] if description else []
    if links:
        event["sources"] = list(dict.fromkeys(builder.source(url, label) for label, url in links))
    return event


def _days(component: Any, start: date) -> tuple[date, date]:
    """The first and the last day (inclusive) the event covers, on its own clock."""
    first = start.date() if isinstance(start, datetime) else start
    end_prop = component.get("DTEND")
    if end_prop is not None:
        end = end_prop.dt
    elif component.get("DURATION") is not None:
        end = start + component.get("DURATION").dt
    else:
        return first, first
    if isinstance(end, datetime):
        last = end.date()
        if end.time() == datetime.min.time() and last > first:
            last -= timedelta(days=1)  # ends at midnight: the day before is the last one
    else:
        last = end - timedelta(days=1)  # an all-day DTEND is the day after
    if _ends_before(start, end):
        return first, first - timedelta(days=1)  # before it starts: the caller says so
    return first, max(first, last)


def _ends_before(start: date, end: date) -> bool:
    """Whether an event ending at ``end`` ends before it starts (a date-time against a
    date-time, else day against day; ending as it starts is taken as lasting its day)."""
    if isinstance(start, datetime) and isinstance(end, datetime):
        if (start.tzinfo is None) != (end.tzinfo is None):
            return end.replace(tzinfo=None) < start.replace(tzinfo=None)
        return end < start
    as_day = [value.date() if isinstance(value, datetime) else value for value in (start, end)]
    return as_day[1] < as_day[0]


def _partial(first: date, precision: str) -> str:
    if precision == "year":
        return f"{first.year:04d}"
    if precision == "month":
        return f"{first.year:04d}-{first.month:02d}"
    return first.isoformat()


def _end(first: date, last: date, start_precision: str, end_precision: str) -> str | None:
    """The end our export wrote (its precision says so), or a foreign event's last day when
    it lasts longer than one."""
    if end_precision:
        return _partial(last, end_precision)
    if start_precision or last == first:
        return None  # our export of a moment known to the month or year: no end
    return last.isoformat()


def _categories(component: Any) -> list[str]:
    value = component.get("CATEGORIES")
    if value is None:
        return []
    groups = value if isinstance(value, list) else [value]
    labels = [str(cat).strip() for group in groups for cat in getattr(group, "cats", [group])]
    return list(dict.fromkeys(label for label in labels if label))


def write_ics(document: Document, language: str = "en") -> tuple[bytes, list[Event]]:
    """The document as an iCalendar file, and the events it cannot hold (dates before year
    1), left out."""
    import icalendar  # noqa: PLC0415 - only .ics exports need it

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", text_in(document.title, language))
    labels = {category.id: text_in(category.label, language) for category in document.categories}
    sources = {source.id: source for source in document.sources}
    skipped: list[Event] = []
    for event in document.events:
        start = PartialDate.parse(event.start)
        end = PartialDate.parse(event.end) if event.end else None
        if start.year < 1 or (end is not None and end.year < 1):
            skipped.append(event)
            continue
        item = icalendar.Event()
        item.add("uid", event.id)
        item.add("dtstamp", STAMP)
        item.add("dtstart", date.fromordinal(int(start.earliest)))
        item.add("dtend", date.fromordinal(int((end or start).latest)))  # the day after
        item.add("summary", text_in(event.title, language))
        description = text_in(event.description, language)
        if description:
            item.add("description", description)
        url = next((sources[s].url for s in event.sources if s in sources and sources[s].url), None)
        if url:
            item.add("url", url)
        item.add("categories", [labels.get(event.category, event.category)])
        if start.precision != Precision.DAY:
            item.add(_PRECISION.lower(), start.precision.label)
        if end is not None:
            item.add(_END_PRECISION.lower(), end.precision.label)
        if "status" in event.model_fields_set:
            item.add(_STATUS.lower(), event.status)
        calendar.add_component(item)
    return calendar.to_ical(), skipped


def skipped_warning(event: Event) -> str:
    """Why ``event`` is not in the calendar, for the command line."""
    return (
        f"{event.id}: skipped: iCalendar cannot hold dates before year 1 "
        f"({event.start}{'..' + event.end if event.end else ''})"
    )
