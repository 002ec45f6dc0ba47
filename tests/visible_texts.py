"""Every text of a document the app shows a reader, named by where it sits, so tests can ask
of each one: is it there in the reader's language, and if not, does the app say so?"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from xiaomi_timeline.core.schema import Document, Event


def event_texts(event: Event) -> Iterator[tuple[str, str, Any]]:
    """(kind, where, LocalizedText) of every text the detail pane shows for ``event``."""
    where = f"event {event.id}"
    yield "title", where, event.title
    for kind in ("description", "date_note", "status_note"):
        value = getattr(event, kind)
        if value is not None:
            yield kind, where, value
    for number, note in enumerate(event.notes):
        yield "note", f"{where} note {number}", note
    for number, conflict in enumerate(event.conflicts):
        at = f"{where} conflict {number}"
        yield "conflict topic", at, conflict.topic
        for claim_number, claim in enumerate(conflict.claims):
            yield "conflict claim", f"{at} claim {claim_number}", claim.text
        if conflict.note is not None:
            yield "conflict note", at, conflict.note


def document_texts(document: Document) -> Iterator[tuple[str, str, Any]]:
    """(kind, where, LocalizedText) of every text of ``document`` a reader sees, except a
    source's own title in its own language (the publication's, not ours to translate)."""
    yield "title", "document", document.title
    if document.description is not None:
        yield "description", "document", document.description
    for number, note in enumerate(document.notes):
        yield "note", f"document note {number}", note
    for category in document.categories:
        yield "category label", f"category {category.id}", category.label
        if category.description is not None:
            yield "description", f"category {category.id}", category.description
    for person in document.people:
        yield "person name", f"person {person.id}", person.name
        if person.description is not None:
            yield "description", f"person {person.id}", person.description
        for number, affiliation in enumerate(person.affiliations):
            at = f"person {person.id} affiliation {number}"
            for kind in ("role", "note"):
                value = getattr(affiliation, kind)
                if value is not None:
                    yield kind, at, value
    for org in document.organizations:
        yield "organization name", f"organization {org.id}", org.name
        if org.description is not None:
            yield "description", f"organization {org.id}", org.description
    for source in document.sources:
        # Only the publication's title in its own language: nothing of ours to translate.
        own_title = isinstance(source.title, dict) and set(source.title) == {source.language}
        if not own_title and source.language != document.default_language:
            yield "source description", f"source {source.id}", source.title
        if source.note is not None:
            yield "source note", f"source {source.id}", source.note
    for event in document.events:
        yield from event_texts(event)
