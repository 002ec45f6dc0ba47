"""Checks pydantic cannot express per field: references between lists, unique ids, real dates.

:func:`check_document` runs once after field validation; what it finds makes the file
invalid. :func:`warnings_for` finds what a valid file should still fix (a related link only one
way, a claim citing a source its event does not list); ``validate`` reports it. Each finding is
a path into the document plus a message and a hint, so it can be shown at line and column.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from xiaomi_timeline.core.columns import EventColumns, event_columns
from xiaomi_timeline.core.dates import ENDS_BEFORE, DateError, PartialDate, ends_before
from xiaomi_timeline.core.jsonpos import JsonPath
from xiaomi_timeline.core.schema import Document, Era, Event


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem; a reference to an unknown id also names the list it looked in (``kind``,
    e.g. "people"), so a caller that set an entry of that list aside can tell a consequence."""

    path: JsonPath
    message: str
    hint: str
    kind: str = ""
    code: str = ""
    values: tuple[str, ...] = ()


def check_document(document: Document) -> list[Finding]:
    """Every cross-reference, uniqueness and calendar problem in ``document``."""
    findings: list[Finding] = []
    listed = {
        name: [item.id for item in getattr(document, name)]
        for name in ("categories", "people", "organizations", "sources")
    }
    ids = {name: _unique_ids(name, item_ids, findings) for name, item_ids in listed.items()}
    columns = event_columns(document)
    if len(columns.file_position) == columns.size:  # the usual case: reuse the index's table
        ids["events"] = columns.file_position.keys()
    else:
        ids["events"] = _unique_ids("events", columns.ids, findings)
    refs = _References(ids)
    findings.extend(_check_events(document, refs, listed))
    findings.extend(_blank_titles("events", document.events))
    findings.extend(_blank_titles("eras", document.eras))
    for index, person in enumerate(document.people):
        path: JsonPath = ("people", index)
        findings.extend(_check_date((*path, "born"), person.born))
        findings.extend(refs.check((*path, "sources"), "sources", person.sources))
        for a_index, affiliation in enumerate(person.affiliations):
            a_path = (*path, "affiliations", a_index)
            findings.extend(
                refs.check(a_path, "organizations", (affiliation.organization,), key="organization")
            )
            findings.extend(refs.check((*a_path, "sources"), "sources", affiliation.sources))
            findings.extend(_check_span(a_path, affiliation.start, affiliation.end))
    for index, org in enumerate(document.organizations):
        path = ("organizations", index)
        findings.extend(_check_date((*path, "founded"), org.founded))
        findings.extend(refs.check((*path, "sources"), "sources", org.sources))
        if org.parent is not None:
            findings.extend(refs.check(path, "organizations", (org.parent,), key="parent"))
    for index, source in enumerate(document.sources):
        findings.extend(_check_date(("sources", index, "date"), source.date))
    _unique_ids("eras", [era.id for era in document.eras], findings)
    for index, era in enumerate(document.eras):
        findings.extend(_check_span(("eras", index), era.start, era.end))
    return findings


class _References:
    def __init__(self, ids: dict[str, AbstractSet[str]]) -> None:
        self.ids = ids

    def check(
        self, path: JsonPath, kind: str, values: Iterable[str], *, key: str | None = None
    ) -> Iterator[Finding]:
        known = self.ids[kind]
        for position, value in enumerate(values):
            if value not in known:
                where = (*path, key) if key is not None else (*path, position)
                singular = _SINGULAR[kind]
                yield Finding(
                    where,
                    f"unknown {singular} id {value!r}",
                    f"add {'an' if singular[0] in 'aeiou' else 'a'} {singular} with id "
                    f'{value!r} to "{kind}", or fix the spelling',
                    kind,
                    f"reference.unknown_{singular}",
                    (repr(value),),
                )


_SINGULAR = {
    "categories": "category",
    "people": "person",
    "organizations": "organization",
    "sources": "source",
    "events": "event",
}


def _unique_ids(name: str, item_ids: Sequence[str], findings: list[Finding]) -> AbstractSet[str]:
    ids = set(item_ids)
    if len(ids) == len(item_ids):
        return ids
    seen: dict[str, int] = {}
    for index, item_id in enumerate(item_ids):
        if item_id in seen:
            findings.append(
                Finding(
                    (name, index, "id"),
                    f"duplicate id {item_id!r} (first used at {name}[{seen[item_id]}])",
                    "give each entry its own id",
                    code="id.duplicate",
                    values=(repr(item_id), name, str(seen[item_id])),
                )
            )
        else:
            seen[item_id] = index
    return set(seen)


def _check_events(
    document: Document, refs: _References, listed: dict[str, list[str]]
) -> Iterator[Finding]:
    """All events. Whole-document set operations on the shared columns settle the usual
    all-valid case; only a document with a problem pays for the per-event walk that says
    where it is. ``listed`` holds the ids of each entity list in file order."""
    if _events_look_valid(event_columns(document), refs.ids, listed):
        return
    for index, event in enumerate(document.events):
        yield from _check_event(("events", index), event, refs)


def _events_look_valid(
    columns: EventColumns, ids: dict[str, AbstractSet[str]], listed: dict[str, list[str]]
) -> bool:
    """The codes computed here are the ones the index will use (the columns cache them)."""
    chain = itertools.chain.from_iterable
    if not (
        (columns.value_codes("categories", listed["categories"]) >= 0).all()
        and (columns.member_codes("people", listed["people"])[1] >= 0).all()
        and (columns.member_codes("organizations", listed["organizations"])[1] >= 0).all()
        and all(map(ids["sources"].__contains__, chain(columns.sources)))
        and all(map(ids["events"].__contains__, chain(columns.related)))
        and all(map(ids["sources"].__contains__, columns.claim_sources()))
    ):
        return False
    try:
        dates = columns.dates
    except ValueError:
        return False
    return dates.ends_after_starts()


def _check_event(path: JsonPath, event: Event, refs: _References) -> Iterator[Finding]:
    yield from refs.check(path, "categories", (event.category,), key="category")
    yield from refs.check((*path, "people"), "people", event.people)
    yield from refs.check((*path, "organizations"), "organizations", event.organizations)
    yield from refs.check((*path, "sources"), "sources", event.sources)
    yield from refs.check((*path, "related"), "events", event.related)
    for c_index, conflict in enumerate(event.conflicts):
        for k_index, claim in enumerate(conflict.claims):
            claim_path = (*path, "conflicts", c_index, "claims", k_index, "sources")
            yield from refs.check(claim_path, "sources", claim.sources)
    yield from _check_span(path, event.start, event.end)


def _blank_titles(kind: str, items: Sequence[Event | Era]) -> Iterator[Finding]:
    """Titles of only spaces: the schema refuses an empty title, and one that looks empty is
    no better on the timeline."""
    for index, item in enumerate(items):
        title = item.title
        if isinstance(title, str):
            if title.isspace():
                yield Finding(
                    (kind, index, "title"),
                    "the title is blank",
                    "write a title",
                    code="title.blank",
                )
            continue
        for language, text in title.items():
            if text.isspace():
                yield Finding(
                    (kind, index, "title", language),
                    "the title is blank",
                    f'write a title in "{language}", or remove that language',
                    code="title.blank_in_language",
                    values=(language,),
                )


def _check_span(path: JsonPath, start: str | None, end: str | None) -> Iterator[Finding]:
    start_date = _parse(start)
    end_date = _parse(end)
    if start is not None and start_date is None:
        yield from _check_date((*path, "start"), start)
    if end is not None and end_date is None:
        yield from _check_date((*path, "end"), end)
    part = ends_before(start_date, end_date) if start_date and end_date else None
    if part is not None:
        code, hint = ENDS_BEFORE[part]
        yield Finding(
            (*path, "end"),
            f"end {end} is before start {start}",
            hint,
            code=code,
            values=(str(end), str(start)),
        )


def _check_date(path: JsonPath, text: str | None) -> Iterator[Finding]:
    if text is None:
        return
    try:
        PartialDate.parse(text)
    except DateError as error:
        yield Finding(
            path, str(error), "use a real calendar date", code=error.code, values=error.values
        )


def _parse(text: str | None) -> PartialDate | None:
    if text is None:
        return None
    try:
        return PartialDate.parse(text)
    except ValueError:
        return None


def warnings_for(document: Document) -> list[Finding]:
    """What a valid ``document`` should still fix, in file order: related links that go only
    one way, and sources cited by an event's conflict claims but missing from its sources."""
    related = {event.id: frozenset(event.related) for event in document.events}
    findings: list[Finding] = []
    for index, event in enumerate(document.events):
        path: JsonPath = ("events", index)
        for position, other in enumerate(event.related):
            if other != event.id and event.id not in related.get(other, (event.id,)):
                findings.append(
                    Finding(
                        (*path, "related", position),
                        f"event {event.id!r} lists {other!r} as related, "
                        f"but event {other!r} does not list {event.id!r} back",
                        f'add "{event.id}" to the "related" of event {other!r}, '
                        "or remove this link",
                    )
                )
        unlisted = event.claim_only_sources
        if unlisted:
            names = ", ".join(repr(source) for source in unlisted)
            findings.append(
                Finding(
                    (*path, "sources"),
                    f"event {event.id!r}: its conflict claims cite {names}, not in its sources",
                    f'add {"it" if len(unlisted) == 1 else "them"} to the event\'s "sources", '
                    "so its list of sources is complete",
                )
            )
    return findings
