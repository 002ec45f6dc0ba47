"""The event pages of a printed or PDF timeline: one block per event (title; date, category,
status; notes; who; disagreements; sources) so a printed timeline can be checked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter

from xiaomi_timeline.core.dates import PartialDate
from xiaomi_timeline.core.query import QueryResult
from xiaomi_timeline.core.schema import Event, status_meaning, text_in
from xiaomi_timeline.ui.i18n.dates import format_iso, format_number, format_range
from xiaomi_timeline.ui.i18n.words import reliability_name, status_name
from xiaomi_timeline.ui.timeline.scene import label_font

translate = QCoreApplication.translate

FOOTER_HEIGHT = 24.0


class EventPages:
    """Flows one block per event across pages of ``area`` (logical pixels; the painter is
    already scaled to them), breaking between blocks, with page numbers."""

    def __init__(
        self,
        painter: QPainter,
        device: QPagedPaintDevice,
        area: QRectF,
        result: QueryResult,
        language: str,
    ) -> None:
        self.painter = painter
        self.device = device
        self.page_area = area
        self.result = result
        self.language = language
        self.body = label_font(12)
        self.bold = label_font(14, bold=True)
        self.page = 1
        self.pages = 0
        self.y = 0.0

    def area(self) -> QRectF:
        area = self.page_area
        return QRectF(0, 0, area.width(), area.height() - FOOTER_HEIGHT)

    def write(self, first_page: int = 1) -> None:
        """The heading and every event, from page number ``first_page`` on."""
        self.page, self.pages = first_page, 1
        heading = label_font(20, bold=True)
        events = translate("Export", "Events (%1)").replace("%1", format_number(len(self.result)))
        self._text(events, heading, gap=12)
        for event in self.result.events:
            self._block(event)
        self._footer()

    def _block(self, event: Event) -> None:
        lines = event_lines(self.result, event, self.language)
        fonts = [self.bold] + [self.body] * (len(lines) - 1)
        height = sum(self._height(text, font) for text, font in zip(lines, fonts, strict=True))
        if self.y + height > self.area().bottom() and self.y > 0:
            self._new_page()
        for n, (text, font) in enumerate(zip(lines, fonts, strict=True)):
            self._text(text, font, gap=10 if n == len(lines) - 1 else 1)

    def _height(self, text: str, font: QFont) -> float:
        fm = QFontMetricsF(font)
        area = self.area()
        flags = int(Qt.TextFlag.TextWordWrap)
        return fm.boundingRect(QRectF(0, 0, area.width(), 1e6), flags, text).height() + 2

    def _text(self, text: str, font: QFont, gap: float) -> None:
        height = self._height(text, font)
        if self.y + height > self.area().bottom() and self.y > 0:
            self._new_page()
        self.painter.setFont(font)
        self.painter.setPen(QColor("#1f2328"))
        rect = QRectF(0, self.y, self.area().width(), height)
        self.painter.drawText(rect, int(Qt.TextFlag.TextWordWrap), text)
        self.y += height + gap

    def _new_page(self) -> None:
        self._footer()
        self.device.newPage()
        self.page += 1
        self.pages += 1
        self.y = 0.0

    def _footer(self) -> None:
        paint_footer(self.painter, self.page_area, page_label(self.page))


def page_label(number: int) -> str:
    """ "page 3", for the bottom of page 3."""
    return translate("Export", "page %1").replace("%1", format_number(number))


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
        f"{when} · {index.category_label(event.category, lang)} · "
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
