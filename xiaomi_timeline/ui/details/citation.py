"""An event as a citation for the clipboard: title, date as precisely as known, claim status
and the sources it cites, as plain text and as rich text for pasting into a document."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication

from xiaomi_timeline.core.query import TimelineIndex
from xiaomi_timeline.core.schema import Event, Source, text_in
from xiaomi_timeline.ui.i18n.dates import format_iso, format_range
from xiaomi_timeline.ui.i18n.words import reliability_name, status_name

translate = QCoreApplication.translate


@dataclass(frozen=True)
class CitedSource:
    """One cited source, its parts already in the chosen language."""

    title: str
    publisher: str
    date: str
    url: str
    reliability: str

    def plain(self) -> str:
        parts = [part for part in (self.publisher, f"“{self.title}”", self.date) if part]
        line = ", ".join(parts)
        if self.url:
            line += f". {self.url}"
        return line + self._reliability(lambda text: text)

    def _reliability(self, wrap: Callable[[str], str]) -> str:
        if not self.reliability:
            return ""
        return " (" + wrap(reliability_name(self.reliability)) + ")"

    def html(self) -> str:
        title = escape(self.title)
        if self.url:
            title = f'<a href="{escape(self.url)}">{title}</a>'
        parts = [escape(part) for part in (self.publisher,) if part] + [f"“{title}”"]
        if self.date:
            parts.append(escape(self.date))
        return ", ".join(parts) + self._reliability(escape)


@dataclass(frozen=True)
class Citation:
    """What the clipboard gets for one event."""

    title: str
    when: str
    date_note: str
    status: str
    status_note: str
    sources: tuple[CitedSource, ...]

    def plain(self) -> str:
        lines = [self.title, translate("Citation", "Date: %1").replace("%1", self.when)]
        if self.date_note:
            lines.append(f"  ({self.date_note})")
        status = translate("Citation", "Status: %1").replace("%1", self.status)
        lines.append(status + (f" – {self.status_note}" if self.status_note else ""))
        if self.sources:
            lines.append(translate("Citation", "Sources:"))
            lines += [f"  [{n}] {source.plain()}" for n, source in enumerate(self.sources, 1)]
        else:
            lines.append(translate("Citation", "Sources: none cited"))
        return "\n".join(lines) + "\n"

    def html(self) -> str:
        note = f" <i>({escape(self.date_note)})</i>" if self.date_note else ""
        status_note = f" – {escape(self.status_note)}" if self.status_note else ""
        date = translate("Citation", "Date: %1").replace("%1", self.when)
        status = translate("Citation", "Status: %1").replace("%1", self.status)
        parts = [
            f"<p><b>{escape(self.title)}</b><br>",
            f"{escape(date)}{note}<br>",
            f"{escape(status)}{status_note}</p>",
        ]
        if self.sources:
            items = "".join(f"<li>{source.html()}</li>" for source in self.sources)
            heading = translate("Citation", "Sources:")
            parts.append(f"<p>{escape(heading)}</p><ol>{items}</ol>")
        else:
            parts.append("<p>" + escape(translate("Citation", "Sources: none cited")) + "</p>")
        return "".join(parts)


def cite(event: Event, index: TimelineIndex, language: str) -> Citation:
    """The citation of ``event`` in ``language``: every source it cites, those cited only
    where sources disagree included, each once."""
    fallback = index.document.default_language

    def text(value: object) -> str:
        return text_in(value, language, fallback)

    sources = []
    for source_id in dict.fromkeys((*event.sources, *event.claim_only_sources)):
        source = index.sources_by_id.get(source_id)
        if source is not None:
            sources.append(_cited(source, text, language))
    status_given = "status" in event.model_fields_set
    return Citation(
        title=text(event.title),
        when=format_range(event.start_date, event.end_date),
        date_note=text(event.date_note),
        status=status_name(event.status)
        if status_given
        else translate("Citation", "not given in the file"),
        status_note=text(event.status_note),
        sources=tuple(sources),
    )


def _cited(source: Source, text: Callable[[object], str], language: str) -> CitedSource:
    return CitedSource(
        title=text(source.title),
        publisher=source.publisher or "",
        date=format_iso(source.date) if source.date else "",
        url=str(source.url or ""),
        reliability=source.reliability or "",
    )
