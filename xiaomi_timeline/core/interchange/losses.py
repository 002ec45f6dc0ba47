"""What an export format leaves out of the events written to it, said only for what the
events actually use, so a user hears before relying on the file that, say, a calendar keeps
no people."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum

from xiaomi_timeline.core.schema import Document, Event


class Loss(StrEnum):
    """A part of the events some format cannot hold; the value is how the CLI says it."""

    DESCRIPTIONS = "descriptions"
    PEOPLE = "people"
    ORGANIZATIONS = "organizations"
    STATUS = "claim status"
    STATUS_NOTES = "status notes"
    DATE_NOTES = "date notes"
    CONFLICTS = "where sources disagree"
    NOTES = "notes"
    TAGS = "tags"
    RELATED = "related events"
    SOURCES_BUT_FIRST = "all sources but the first with a web address"
    SOURCES_BUT_ADDRESS = "sources (only the first web address is kept)"
    TRANSLATIONS = "translations"
    ERAS = "eras"


def _more_languages(*texts: object) -> bool:
    return any(isinstance(text, dict) and len(text) > 1 for text in texts)


def _translated(event: Event) -> bool:
    return _more_languages(
        event.title, event.description, event.date_note, event.status_note, *event.notes
    )


def _sources_past_first(document: Document) -> Callable[[Event], bool]:
    addressed = {source.id for source in document.sources if source.url}

    def loses(event: Event) -> bool:
        kept = next((s for s in event.sources if s in addressed), None)
        return any(s != kept for s in event.sources)

    return loses


def lost_parts(document: Document, dropped: Iterable[Loss]) -> list[Loss]:
    """Those of ``dropped`` that ``document``'s events (or eras) use, in ``Loss`` order."""
    uses: dict[Loss, Callable[[Event], bool]] = {
        Loss.DESCRIPTIONS: lambda e: e.description is not None,
        Loss.PEOPLE: lambda e: bool(e.people),
        Loss.ORGANIZATIONS: lambda e: bool(e.organizations),
        Loss.STATUS: lambda e: "status" in e.model_fields_set,
        Loss.STATUS_NOTES: lambda e: e.status_note is not None,
        Loss.DATE_NOTES: lambda e: e.date_note is not None,
        Loss.CONFLICTS: lambda e: bool(e.conflicts),
        Loss.NOTES: lambda e: bool(e.notes),
        Loss.TAGS: lambda e: bool(e.tags),
        Loss.RELATED: lambda e: bool(e.related),
        Loss.SOURCES_BUT_FIRST: _sources_past_first(document),
        Loss.SOURCES_BUT_ADDRESS: lambda e: bool(e.sources),
        Loss.TRANSLATIONS: _translated,
        Loss.ERAS: lambda _e: False,
    }
    wanted = set(dropped)
    lost = [
        loss
        for loss in Loss
        if loss in wanted and any(uses[loss](event) for event in document.events)
    ]
    if Loss.ERAS in wanted and document.eras:
        lost.append(Loss.ERAS)
    return lost


def said(losses: Iterable[Loss], language: str) -> str:
    """The losses as one English phrase: "people, organizations, translations (only en)"."""
    return ", ".join(
        f"{loss} (only {language})" if loss is Loss.TRANSLATIONS else str(loss) for loss in losses
    )
