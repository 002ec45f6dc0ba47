"""The event pages of a printed or PDF timeline: one block per event (title; date, category,
status; notes; who; disagreements; sources) so a printed timeline can be checked. A source's
URL is a link in a PDF: it is drawn through a QTextDocument, whose anchors the PDF writer
turns into link annotations."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QTextDocument,
    QTextOption,
)

from xiaomi_timeline.core.dates import PartialDate
from xiaomi_timeline.core.query import QueryResult
from xiaomi_timeline.core.schema import Event, status_meaning, text_in
from xiaomi_timeline.ui.i18n.dates import format_iso, format_number, format_range
from xiaomi_timeline.ui.i18n.words import category_name, reliability_name, status_name
from xiaomi_timeline.ui.timeline.scene import label_font

translate = QCoreApplication.translate

FOOTER_HEIGHT = 24.0
HEADING_GAP, LINE_GAP, BLOCK_GAP = 12.0, 1.0, 10.0
TEXT_COLOR, LINK_COLOR = "#1f2328", "#0b57d0"
PROGRESS_STEP = 250
"""How many events are laid out, or pages drawn, between two progress reports."""

Progress = Callable[[str, int, int], None]
"""Told (``"layout"``, events laid out, events) then (``"draw"``, pages drawn, pages);
raises :class:`Cancelled` to stop."""


class Cancelled(Exception):  # noqa: N818 - what the user did, not a fault
    """The user stopped the printing or export."""


class EventPages:
    """Flows one block per event across pages of ``area`` (logical pixels; the painter is
    already scaled to them), breaking between blocks, with "page n of N" footers.
    :meth:`count` lays the blocks out (no painter needed); :meth:`write` draws them."""

    def __init__(self, area: QRectF, result: QueryResult, language: str) -> None:
        self.page_area = area
        self.result = result
        self.language = language
        self.body = label_font(12)
        self.bold = label_font(14, bold=True)
        self.heading = label_font(20, bold=True)
        self.heights: list[list[float]] = []
        self.pages = 0

    def area(self) -> QRectF:
        area = self.page_area
        return QRectF(0, 0, area.width(), area.height() - FOOTER_HEIGHT)

    def heading_text(self) -> str:
        return translate("Export", "Events (%1)").replace("%1", format_number(len(self.result)))

    def count(self, progress: Progress | None = None, limit: int | None = None) -> int:
        """Lay out the heading and the first ``limit`` events (all by default); how many
        pages they take."""
        events = self.result.events[:limit] if limit is not None else self.result.events
        width = self.area().width()
        self.heights = []
        for n, event in enumerate(events):
            if progress is not None and n % PROGRESS_STEP == 0:
                progress("layout", n, len(events))
            links = _links(self.result, event)
            lines = event_lines(self.result, event, self.language)
            self.heights.append(
                [
                    text_height(text, self._font(k), width, _link_in(text, links))
                    for k, text in enumerate(lines)
                ]
            )
        self.pages = 1 + sum(1 for _ in self._flow(events, None))
        return self.pages

    def write(
        self,
        painter: QPainter,
        device: QPagedPaintDevice,
        first_page: int,
        total: int,
        progress: Progress | None = None,
    ) -> None:
        """Draw the heading and every event (laid out by :meth:`count`, which this runs if
        it has not) from page number ``first_page`` of ``total``."""
        if len(self.heights) != len(self.result.events):
            self.count()
        page = first_page
        for _ in self._flow(self.result.events, painter):
            paint_footer(painter, self.page_area, page_label(page, total))
            device.newPage()
            page += 1
            if progress is not None and page % 10 == 0:
                progress("draw", page, total)
        paint_footer(painter, self.page_area, page_label(page, total))

    def _font(self, line: int) -> QFont:
        return self.bold if line == 0 else self.body

    def _flow(self, events: list[Event], painter: QPainter | None) -> Iterator[None]:
        """Place the heading and the blocks of ``events`` (drawing them if ``painter``),
        yielding where a page ends."""
        width, bottom = self.area().width(), self.area().bottom()
        heading = self.heading_text()
        y = text_height(heading, self.heading, width, None)
        if painter is not None:
            _draw(painter, heading, self.heading, QRectF(0, 0, width, y), None)
        y += HEADING_GAP
        for event, heights in zip(events, self.heights, strict=False):
            if y + sum(heights) > bottom and y > 0:
                yield
                y = 0.0
            lines = event_lines(self.result, event, self.language) if painter else []
            links = _links(self.result, event) if painter else ()
            for k, height in enumerate(heights):
                if y + height > bottom and y > 0:  # a block taller than a page
                    yield
                    y = 0.0
                if painter is not None:
                    text = lines[k]
                    rect = QRectF(0, y, width, height)
                    _draw(painter, text, self._font(k), rect, _link_in(text, links))
                y += height + (BLOCK_GAP if k == len(heights) - 1 else LINE_GAP)


def _links(result: QueryResult, event: Event) -> tuple[str, ...]:
    """The URLs of ``event``'s sources."""
    sources = (result.index.sources_by_id.get(source_id) for source_id in event.sources)
    return tuple(source.url for source in sources if source is not None and source.url)


def _link_in(text: str, links: tuple[str, ...]) -> str | None:
    return next((url for url in links if url in text), None)


def _link_document(text: str, font: QFont, width: float, url: str) -> QTextDocument:
    """``text`` with ``url`` in it as a link, wrapped to ``width``."""
    before, _, after = text.partition(url)
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setTextWidth(width)
    link = html.escape(url, quote=True)
    document.setHtml(
        f'<span style="color:{TEXT_COLOR}">{html.escape(before)}'
        f'<a href="{link}" style="color:{LINK_COLOR}">{html.escape(url)}</a>'
        f"{html.escape(after)}</span>"
    )
    return document


def text_height(text: str, font: QFont, width: float, url: str | None) -> float:
    """How tall ``text`` is wrapped to ``width``, with a little room below."""
    if url is not None:
        return _link_document(text, font, width, url).size().height() + 2
    flags = int(Qt.TextFlag.TextWordWrap)
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), flags, text).height() + 2


def _draw(painter: QPainter, text: str, font: QFont, rect: QRectF, url: str | None) -> None:
    if url is not None:
        painter.save()
        painter.translate(rect.topLeft())
        _link_document(text, font, rect.width(), url).drawContents(painter)
        painter.restore()
        return
    painter.setFont(font)
    painter.setPen(QColor(TEXT_COLOR))
    painter.drawText(rect, int(Qt.TextFlag.TextWordWrap), text)


def page_label(number: int, total: int) -> str:
    """ "page 3 of 18", for the bottom of page 3."""
    text = translate("Export", "page %1 of %2")
    return text.replace("%1", format_number(number)).replace("%2", format_number(total))


def paint_footer(painter: QPainter, area: QRectF, text: str) -> None:
    """``text`` (a page number) small and grey at the bottom right of ``area``."""
    painter.setFont(label_font(11))
    painter.setPen(QColor("#6e7781"))
    painter.drawText(
        QRectF(0, area.bottom() - FOOTER_HEIGHT + 6, area.width(), 18),
        int(Qt.AlignmentFlag.AlignRight),
        text,
    )


def event_lines(result: QueryResult, event: Event, language: str) -> list[str]:
    """The PDF's block for one event: title; date, category and status meaning; notes; who;
    disagreements; then each source with publisher, title, date, URL and reliability."""
    index, lang = result.index, language
    end = PartialDate.parse(event.end) if event.end else None
    when = format_range(PartialDate.parse(event.start), end)
    status = status_name(event.status)
    meaning = status_meaning(index.document, event.status, lang)
    lines = [
        text_in(event.title, lang),
        f"{when} · {category_name(index, event.category, lang)} · "
        + (f"{status}: {meaning}" if meaning else status),
    ]
    if event.date_note:
        lines.append(translate("Export", "Date: %1").replace("%1", text_in(event.date_note, lang)))
    if event.status_note:
        note = text_in(event.status_note, lang)
        lines.append(translate("Export", "Status: %1").replace("%1", note))
    who = [index.person_name(p, lang) for p in event.people]
    who += [index.organization_name(o, lang) for o in event.organizations]
    if who:
        names = translate("Export", ", ").join(who)
        lines.append(translate("Export", "Who: %1").replace("%1", names))
    for conflict in event.conflicts:
        claims = " / ".join(text_in(c.text, lang) for c in conflict.claims)
        disagree = translate("Export", "Sources disagree on %1: %2")
        lines.append(disagree.replace("%1", text_in(conflict.topic, lang)).replace("%2", claims))
    lines += [
        _source_line(result, n, source_id, lang) for n, source_id in enumerate(event.sources, 1)
    ]
    return lines


def _source_line(result: QueryResult, n: int, source_id: str, language: str) -> str:
    source = result.index.sources_by_id.get(source_id)
    if source is None:
        return f"[{n}] {source_id}"
    parts = [source.publisher or "", text_in(source.title, language)]
    text = f"[{n}] " + " — ".join(p for p in parts if p)
    if source.date:
        text += f" ({format_iso(source.date)})"
    if source.url:
        text += f" {source.url}"
    if source.reliability is None:
        return text
    return text + f" · {reliability_name(source.reliability)}"
