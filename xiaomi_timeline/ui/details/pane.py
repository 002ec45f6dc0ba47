"""The selected event in full: dates as precise as known, status, people, sources, conflicts;
with nothing selected, the data set's own title, description and notes.

Everything shown comes from a file the user opened, so none of it is trusted: every string is
escaped before it reaches the rich-text engine, the browser never follows a link by itself and
never loads a resource (images, style sheets), local or remote. Links of our own ``xtl:`` scheme
set filters or select events (as signals); a source's web link opens in the system browser, and
only if it is http or https.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import quote, unquote

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QMimeData, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

from xiaomi_timeline.core.colors import NEUTRAL_COLOR
from xiaomi_timeline.core.dates import PartialDate, year_text
from xiaomi_timeline.core.geometry.eras import era_spans
from xiaomi_timeline.core.query import TimelineIndex
from xiaomi_timeline.core.schema import (
    Document,
    Event,
    declared_language,
    reliability_meaning,
    status_meaning,
    text_and_language,
    text_in,
)
from xiaomi_timeline.ui.details.breaks import with_breaks, without_breaks
from xiaomi_timeline.ui.i18n.dates import format_iso, format_range, precision_phrase
from xiaomi_timeline.ui.i18n.words import (
    category_name,
    counts,
    is_importers_group,
    reliability_name,
    status_name,
)
from xiaomi_timeline.ui.search_marks import mark_in_text_edit

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

_CLEANED_ON_COPY = frozenset({"text/plain", "text/html", "text/markdown"})
"""Kinds of clipboard data copied from the pane; others Qt offers are left out."""
LINK_SCHEME = "xtl"
WEB_SCHEMES = frozenset({"http", "https"})


def _empty_html() -> str:
    hint = QCoreApplication.translate(
        "DetailPane",
        "Select an event on the timeline or in the table to read what happened, who says so "
        "and where the sources disagree.",
    )
    return f"<p style='color: #888888'>{_e(hint)}</p>"


def _e(text: object) -> str:
    """Escape anything from the file for HTML, quotes included."""
    return html.escape(str(text), quote=True)


def language_name(code: str) -> str:
    """The name of a content language, in the interface language."""
    names = {
        "en": QCoreApplication.translate("EventHtml", "English"),
        "id": QCoreApplication.translate("EventHtml", "Indonesian"),
        "zh-Hans": QCoreApplication.translate("EventHtml", "Chinese"),
    }
    if code in names:
        return names[code]
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    return QLocale.languageToString(locale.language())


def localized(value: Any, language: str, document: Document, also_native: str = "") -> str:
    """``value`` in ``language``, escaped; a text shown in another language (other than
    ``also_native``) says which, so a reader never takes the fallback for a translation. A
    plain text is in the language the document declares for its texts; where it declares none,
    the app does not guess one."""
    text, shown = text_and_language(value, language, document.default_language)
    if isinstance(value, str):
        shown = declared_language(document)
    if shown is None or shown in (language, also_native):
        return _e(text)
    marker = QCoreApplication.translate(
        "EventHtml", "(in %1)", "after a text shown in another language; %1 is its name"
    ).replace("%1", language_name(shown))
    return f"{_e(text)} <span style='color: #888888'>{_e(marker)}</span>"


def internal_link(kind: str, item_id: str) -> str:
    """``xtl:person/luo-fuli`` style link for people, organizations, events."""
    return f"{LINK_SCHEME}:{kind}/{quote(item_id, safe='')}"


def parse_internal_link(url: QUrl) -> tuple[str, str] | None:
    """(kind, id) of one of our links, or None for anything else."""
    if url.scheme() != LINK_SCHEME:
        return None
    kind, _, item_id = url.path().partition("/")
    if not kind or not item_id:
        return None
    return kind, unquote(item_id)


def _status_line(event: Event) -> str:
    """The claim status and how many sources the event cites: "Confirmed · 3 sources"; a
    status the file does not give is said to be the default, not passed off as stated."""
    count = len(dict.fromkeys(event.sources)) + len(event.claim_only_sources)
    sources = counts.sources(count) if count else translate("DetailPane", "no sources cited")
    status = _e(status_name(event.status))
    if "status" not in event.model_fields_set:
        status += " " + _e(translate("DetailPane", "(the file gives no status)"))
    return f"{status} · {_e(sources)}"


class EventHtml:
    """Builds the escaped HTML for one event in one language."""

    def __init__(self, index: TimelineIndex, language: str) -> None:
        self._index = index
        self._lang = language
        self._fallback = index.document.default_language

    def text(self, value: Any) -> str:
        return localized(value, self._lang, self._index.document)

    def build(self, event: Event) -> str:
        parts = [
            f"<h2>{self.text(event.title)}</h2>",
            self._dates(event),
            self._category_and_status(event),
        ]
        if event.description is not None:
            parts.append(f"<p>{self.text(event.description)}</p>")
        parts.append(
            self._entities(
                translate("DetailPane", "People"), "person", event.people, self._person_name
            )
        )
        parts.append(
            self._entities(
                translate("DetailPane", "Organizations"),
                "organization",
                event.organizations,
                self._org_name,
            )
        )
        parts.append(self._sources(event.sources))
        if event.claim_only_sources:
            items = "".join(self._source_item(s) for s in event.claim_only_sources)
            heading = _e(translate("DetailPane", "Also cited where sources disagree:"))
            parts.append(f"<p><b>{heading}</b></p><ul>{items}</ul>")
        parts.append(self._conflicts(event))
        parts.append(self._notes(event))
        parts.append(self._tags(event))
        parts.append(self._related(event))
        return "\n".join(p for p in parts if p)

    def _dates(self, event: Event) -> str:
        start, end = event.start_date, event.end_date
        when = _e(format_range(start, end))
        precision = _e(precision_phrase(start.precision))
        line = f"<p><b>{when}</b> <span style='color: #888888'>({precision})</span>"
        rounded = [d for d in (start, end) if d is not None and _reads_rounded(d)]
        if rounded:  # "13.8 billion years ago" rounds: the exact year is worth a line
            written = " – ".join(d.iso() for d in rounded)
            label = QCoreApplication.translate("EventHtml", "Year as written in the file:")
            line += f"<br><span style='color: #888888'>{_e(label)} {_e(written)}</span>"
        if event.date_note is not None:
            line += f"<br><i>{self.text(event.date_note)}</i>"
        return line + "</p>"

    def _category_and_status(self, event: Event) -> str:
        category = self._index.categories_by_id.get(event.category)
        if category is None:
            label = _e(event.category)
        elif is_importers_group(self._index, event.category):
            label = _e(category_name(self._index, event.category, self._lang))
        else:
            label = self.text(category.label)  # with its "(in …)" where it falls back
        color = self._index.category_colors.get(event.category, NEUTRAL_COLOR)
        status = "<b>" + _e(translate("DetailPane", "Status:")) + f"</b> {_status_line(event)}"
        # What a status means is the document's to say; without its words, the name alone.
        meanings = [status_meaning(self._index.document, event.status, self._lang)]
        if event.cites_no_source:  # not "the cited sources establish ..." of none
            meanings.append(
                translate(
                    "DetailPane",
                    "No source is cited for this event, so it cannot be checked here.",
                )
            )
        for meaning in meanings:
            if meaning:
                status += f"<br><span style='color: #888888'>{_e(meaning)}</span>"
        if event.status_note is not None:
            status += f"<br><i>{self.text(event.status_note)}</i>"
        heading = _e(translate("DetailPane", "Category:"))
        return (
            f"<p><span style='color: {color}'>&#9632;</span> <b>{heading}</b> {label}"
            f"<br>{status}</p>"
        )

    def _person_name(self, person_id: str) -> str:
        person = self._index.people_by_id.get(person_id)
        return text_in(person.name, self._lang, self._fallback) if person else person_id

    def _org_name(self, org_id: str) -> str:
        org = self._index.organizations_by_id.get(org_id)
        return text_in(org.name, self._lang, self._fallback) if org else org_id

    def _entities(
        self, heading: str, kind: str, ids: Iterable[str], name: Callable[[str], str]
    ) -> str:
        links = [
            f"<a href='{_e(internal_link(kind, item_id))}'>{_e(name(item_id))}</a>"
            for item_id in ids
        ]
        if not links:
            return ""
        separator = _e(translate("DetailPane", ", ", "between names in a list"))
        heading = translate("DetailPane", "%1:", "a heading before a list").replace("%1", heading)
        return f"<p><b>{_e(heading)}</b> {separator.join(links)}</p>"

    def _source_item(self, source_id: str) -> str:
        source = self._index.sources_by_id.get(source_id)
        if source is None:
            unknown = translate("DetailPane", "(unknown source)")
            return f"<li>{_e(source_id)} {_e(unknown)}</li>"
        # A publication's own title, in its own language, is shown as it is, unmarked.
        own = source.language if source.language is not None else self._lang
        title = localized(source.title, self._lang, self._index.document, also_native=own)
        if source.url:
            title = f"<a href='{_e(source.url)}'>{title}</a>"
        bits = [_e(source.publisher)] if source.publisher else []
        if source.date:
            bits.append(_e(format_iso(source.date)))
        if source.reliability is not None:  # the file's judgement, or none
            reliability = _e(reliability_name(source.reliability))
            meaning = reliability_meaning(self._index.document, source.reliability, self._lang)
            bits.append(f"{reliability}: {_e(meaning)}" if meaning else reliability)
        separator = _e(
            translate("DetailPane", ", ", "between the publisher, date and reliability of a source")
        )
        line = f"<li>{title}<br><span style='color: #888888'>{separator.join(bits)}</span>"
        if source.note is not None:
            line += f"<br><i>{self.text(source.note)}</i>"
        return line + "</li>"

    def _sources(self, source_ids: Iterable[str]) -> str:
        items = [self._source_item(s) for s in source_ids]
        if not items:
            heading = _e(translate("DetailPane", "Sources:"))
            return f"<p><b>{heading}</b> " + _e(translate("DetailPane", "none cited")) + "</p>"
        heading = _e(translate("DetailPane", "Sources"))
        return f"<h3>{heading}</h3><ul>{''.join(items)}</ul>"

    def _cite(self, source_ids: Iterable[str]) -> str:
        names = []
        for source_id in source_ids:
            source = self._index.sources_by_id.get(source_id)
            names.append(source.publisher or source_id if source else source_id)
        return f" <span style='color: #888888'>({_e('; '.join(names))})</span>" if names else ""

    def _conflicts(self, event: Event) -> str:
        if not event.conflicts:
            return ""
        blocks = []
        for conflict in event.conflicts:
            claims = "".join(
                f"<li>{self.text(claim.text)}{self._cite(claim.sources)}</li>"
                for claim in conflict.claims
            )
            note = f"<i>{self.text(conflict.note)}</i>" if conflict.note is not None else ""
            blocks.append(f"<p><b>{self.text(conflict.topic)}</b></p><ul>{claims}</ul>{note}")
        heading = _e(translate("DetailPane", "Where sources disagree"))
        return f"<h3>{heading}</h3>" + "".join(blocks)

    def _notes(self, event: Event) -> str:
        if not event.notes:
            return ""
        items = "".join(f"<li>{self.text(note)}</li>" for note in event.notes)
        heading = _e(translate("DetailPane", "Notes"))
        return f"<h3>{heading}</h3><ul>{items}</ul>"

    def _tags(self, event: Event) -> str:
        if not event.tags:
            return ""
        tags = translate("DetailPane", ", ", "between names in a list").join(event.tags)
        heading = _e(translate("DetailPane", "Tags:"))
        return f"<p><b>{heading}</b> {_e(tags)}</p>"

    def _related(self, event: Event) -> str:
        links = []
        for related_id in event.related:
            position = self._index.position_of(related_id)
            related = self._index.events[position] if position is not None else None
            title = text_in(related.title, self._lang, self._fallback) if related else related_id
            links.append(
                f"<li><a href='{_e(internal_link('event', related_id))}'>{_e(title)}</a></li>"
            )
        heading = _e(translate("DetailPane", "Related events"))
        return f"<h3>{heading}</h3><ul>{''.join(links)}</ul>" if links else ""


def _reads_rounded(date: PartialDate) -> bool:
    """Whether the date reads in the rounded "years ago" form (only a year can)."""
    return date.month is None and year_text(date.year) != year_text(date.year, calendar=True)


def intro_html(document: Document, language: str = "en") -> str:
    """What the pane shows with nothing selected: the data set's title, description and notes.

    Events cite "the document notes" (known mistranslations, what a status means), so they
    must be readable somewhere; before a selection they introduce the story.
    """

    def text(value: Any) -> str:
        return localized(value, language, document)

    parts = [f"<h2>{text(document.title)}</h2>"]
    if document.description is not None:
        parts.append(f"<p>{text(document.description)}</p>")
    parts.append(_empty_html())
    if document.notes:  # paragraphs, not a list: notes are long and the pane is narrow
        parts.append("<h3>" + _e(translate("DetailPane", "About this data set")) + "</h3>")
        parts.extend(f"<p>{text(note)}</p>" for note in document.notes)
    if document.eras:
        parts.append("<h3>" + _e(translate("DetailPane", "Eras")) + "</h3>")
        items = []
        for era in era_spans(document, language):
            when = format_range(*era.dates) if era.dates else era.when
            item = f"<li><b>{_e(era.title)}</b> ({_e(when)})"
            if era.description:
                item += f"<br>{_e(era.description)}"
            items.append(item + "</li>")
        parts.append(f"<ul>{''.join(items)}</ul>")
    return "\n".join(parts)


class DetailPane(QTextBrowser):
    """Shows one event, or the data set's introduction when none is selected; its links become
    signals, web links open in the system browser.

    Signals:
        person_clicked(str): a person's link was followed (set the people filter).
        organization_clicked(str): an organization's link was followed.
        event_clicked(str): a related event's link was followed (select it).
    """

    person_clicked = Signal(str)
    organization_clicked = Signal(str)
    event_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detail-pane")
        self.setAccessibleName(self.tr("Event details"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setMinimumWidth(260)
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self._event_id: str | None = None
        self._language = "en"
        self._marked: tuple[str, ...] = ()
        self.anchorClicked.connect(self._on_self_anchor_clicked)
        self.setHtml(_empty_html())

    @property
    def event_id(self) -> str | None:
        return self._event_id

    def show_event(self, event: Event | None, index: TimelineIndex | None, language: str) -> None:
        """Display ``event`` in ``language``; None shows the index's document introduction."""
        self._language = language
        if index is None:
            self._event_id = None
            self.setHtml(_empty_html())
            return
        if event is None:
            self._event_id = None
            self.setHtml(with_breaks(intro_html(index.document, language)))
            self.setAccessibleDescription(text_in(index.document.title, language))
            return
        self._event_id = event.id
        self.setHtml(with_breaks(EventHtml(index, language).build(event)))
        self.setAccessibleDescription(text_in(event.title, language))
        mark_in_text_edit(self, self._marked)

    def mark_search(self, terms: tuple[str, ...]) -> int:
        """Mark the search words in what is shown (and in what is shown next); return how
        many places were marked."""
        self._marked = terms
        return mark_in_text_edit(self, terms)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Event details"))
        super().changeEvent(event)

    @override
    def createMimeDataFromSelection(self) -> QMimeData:
        """What is copied: the selection as text, HTML and Markdown, without the breaks the
        pane put into very long words (Qt's OpenDocument copy, which would carry them, is
        left out: word processors take the HTML). Qt's own object is changed and returned: a
        new one made here would be deleted twice, by the clipboard and by Python, at exit."""
        copied = super().createMimeDataFromSelection()
        for kind in copied.formats():
            if kind in _CLEANED_ON_COPY:
                text = bytes(copied.data(kind).data()).decode("utf-8", "replace")
                copied.setData(kind, without_breaks(text).encode("utf-8"))
            else:
                copied.removeFormat(kind)
        return copied

    @override
    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Never load anything a file points at (images, style sheets), local or remote."""
        log.debug("refused to load resource %s", name)
        return None

    def _on_self_anchor_clicked(self, url: QUrl) -> None:
        internal = parse_internal_link(url)
        if internal is not None:
            kind, item_id = internal
            signal = {
                "person": self.person_clicked,
                "organization": self.organization_clicked,
                "event": self.event_clicked,
            }.get(kind)
            if signal is not None:
                signal.emit(item_id)
            return
        if url.scheme().lower() in WEB_SCHEMES and url.isValid():
            self.open_url(url)
        else:
            log.warning("ignored a link with scheme %r", url.scheme())
