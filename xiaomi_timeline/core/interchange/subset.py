"""A document reduced to some of its events, still complete and valid on its own."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from xiaomi_timeline.core.schema import Document, Event


def subset(document: Document, events: Iterable[Event]) -> Document:
    """``document`` with only ``events`` (in the order given) and what they refer to: their
    categories, people, organizations (with parents) and sources; links to events left out
    are dropped. Eras are kept: they are the background of any part of the story."""
    chosen = tuple(events)
    if len(chosen) == len(document.events):
        return document
    kept_ids = {event.id for event in chosen}
    trimmed = tuple(
        event.model_copy(update={"related": tuple(r for r in event.related if r in kept_ids)})
        if any(r not in kept_ids for r in event.related)
        else event
        for event in chosen
    )
    used = _referenced(document, trimmed)
    update: dict[str, Any] = {"events": trimmed}
    for name in ("categories", "people", "organizations", "sources"):
        update[name] = tuple(item for item in getattr(document, name) if item.id in used[name])
    return document.model_copy(update=update)


def _referenced(document: Document, events: tuple[Event, ...]) -> dict[str, set[str]]:
    used: dict[str, set[str]] = {
        "categories": {e.category for e in events},
        "people": {p for e in events for p in e.people},
        "organizations": {o for e in events for o in e.organizations},
        "sources": {s for e in events for s in e.sources},
    }
    used["sources"] |= {
        s for e in events for c in e.conflicts for cl in c.claims for s in cl.sources
    }
    people = [p for p in document.people if p.id in used["people"]]
    for person in people:
        used["sources"] |= set(person.sources)
        for affiliation in person.affiliations:
            used["organizations"].add(affiliation.organization)
            used["sources"] |= set(affiliation.sources)
    parents = {o.id: o.parent for o in document.organizations}
    pending = list(used["organizations"])
    while pending:
        parent = parents.get(pending.pop())
        if parent and parent not in used["organizations"]:
            used["organizations"].add(parent)
            pending.append(parent)
    used["sources"] |= {
        s for o in document.organizations if o.id in used["organizations"] for s in o.sources
    }
    return used
