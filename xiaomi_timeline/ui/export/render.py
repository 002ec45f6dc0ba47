"""The Qt side of export: one scene of the whole filtered timeline drawn onto a QImage,
QSvgGenerator or QPdfWriter, and the PDF's pages listing every event with its sources."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMarginsF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QImage,
    QImageWriter,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtSvg import QSvgGenerator

from xiaomi_timeline import APP_NAME, __version__
from xiaomi_timeline.core.dates import PartialDate
from xiaomi_timeline.core.export_file import ExportOptions
from xiaomi_timeline.core.geometry.eras import era_spans
from xiaomi_timeline.core.geometry.layout import (
    FrameRequest,
    LayoutMetrics,
    layout_frame,
    result_lane_model,
)
from xiaomi_timeline.core.geometry.timescale import TimeScale, domain_for
from xiaomi_timeline.core.query import FilterState, QueryResult
from xiaomi_timeline.core.schema import Event, status_meaning, text_in
from xiaomi_timeline.ui.i18n.dates import (
    format_iso,
    format_number,
    format_range,
    year_range_text,
)
from xiaomi_timeline.ui.i18n.words import (
    counts,
    reliability_name,
    status_name,
)
from xiaomi_timeline.ui.timeline.frames import legend_extras_for, regions
from xiaomi_timeline.ui.timeline.painting import paint_timeline
from xiaomi_timeline.ui.timeline.palette import TimelinePalette
from xiaomi_timeline.ui.timeline.scene import LabelTexts, TimelineScene, label_font, strip

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

EXPORT_METRICS = LayoutMetrics(
    max_rows=40, max_items_per_lane=2500, max_items_total=6000, cluster_rows=3
)
"""Export shows every event it can: many more rows and labels than a 16 ms screen frame."""
MAX_AUTO_HEIGHT = 12_000


def render(
    result: QueryResult, options: ExportOptions, state: FilterState, path: Path
) -> tuple[int, int]:
    """Draw ``result`` into ``path`` in ``options.format``; return the picture's size."""
    scene = _fitted(build_scene(result, options, state), QSize(options.width, MAX_AUTO_HEIGHT))
    height = options.height or auto_height(scene, options.width)
    size = QSize(options.width, height)
    if options.format == "png":
        _write_png(scene, size, path)
    elif options.format == "svg":
        _write_svg(scene, size, path, result)
    else:
        _write_pdf(scene, size, path, result, options.language)
    return options.width, height


def build_scene(result: QueryResult, options: ExportOptions, state: FilterState) -> TimelineScene:
    index = result.index
    language = options.language
    model = result_lane_model(result, options.lanes, language)
    events = result.events
    texts = LabelTexts(lambda i: text_in(events[i].title, language), label_font(13))
    categories = index.categories_by_id
    palette = TimelinePalette.light()
    keys = model.geometry.categories
    colors = [
        palette.category_color(categories[k].color if k in categories else None) for k in keys
    ]
    labels = [text_in(categories[k].label, language) if k in categories else k for k in keys]
    span = model.geometry.span() or index.span()
    scale = TimeScale(span[0], span[1], limits=domain_for(*span))
    return TimelineScene(
        model=model,
        scale=scale,
        texts=texts,
        palette=palette,
        category_colors=colors,
        category_labels=labels,
        language=language,
        title=text_in(index.document.title, language),
        subtitle=subtitle(result, state, language),
        static_text=False,
        metrics=EXPORT_METRICS,
        eras=era_spans(index.document, language),
    )


def subtitle(result: QueryResult, state: FilterState, language: str) -> str:
    """ "44 events, 1995 – 2025 · person: Luo Fuli · made with Xiaomi AI Timeline 0.1.0"."""
    count = len(result)
    head = counts.events(count) if count == result.total else counts.of_events(count, result.total)
    if count:
        first_year = result.events[0].start_date.year
        last_year = int(result.index.end_year[result.mask].max())
        years = year_range_text(first_year, last_year)
        head = (
            translate("Export", "%1, %2", "events, years").replace("%1", head).replace("%2", years)
        )
    parts = [head]
    index = result.index
    named = (
        (translate("Export", "person: %1"), state.people, index.resolve_people, index.person_name),
        (
            translate("Export", "organization: %1"),
            state.organizations,
            index.resolve_organizations,
            index.organization_name,
        ),
        (
            translate("Export", "category: %1"),
            state.categories,
            index.resolve_categories,
            index.category_label,
        ),
    )
    separator = translate("Export", ", ")
    for kind, given, resolve, name_of in named:  # the filter may hold ids: show names
        names = sorted(
            {name_of(key, language) for value in given for key in (resolve([value]) or {value})}
        )
        if names:
            parts.append(kind.replace("%1", separator.join(names)))
    if state.statuses:
        statuses = separator.join(status_name(s) for s in sorted(state.statuses))
        parts.append(translate("Export", "status: %1").replace("%1", statuses))
    if state.tags:
        tags = separator.join(sorted(state.tags))
        parts.append(translate("Export", "tag: %1").replace("%1", tags))
    if state.years:
        year_from, year_to = state.years
        years = year_range_text(year_from, year_to)
        parts.append(translate("Export", "years: %1").replace("%1", years))
    if state.text:
        parts.append(translate("Export", "text: “%1”").replace("%1", state.text))
    made = translate("Export", "made with %1").replace("%1", f"{APP_NAME} {__version__}")
    parts.append(made)
    return " · ".join(parts)


def auto_height(scene: TimelineScene, width: int) -> int:
    """Tall enough for every lane, the axis, the title and the legend (capped); the legend
    explains the stand-ins this layout uses."""
    x0, strip_width = strip(QRectF(0, 0, width, 100))
    scale = scene.scale.resized(x0, strip_width)
    layout = layout_frame(
        FrameRequest(scene.model, scale, scene.texts.width, metrics=scene.metrics)
    )
    probe = regions(QRectF(0, 0, width, 100_000), scene, legend_extras_for(layout))
    chrome = (
        probe.title.height() + probe.axis.height() + probe.eras.height() + probe.legend.height()
    )
    wanted = round(chrome + layout.content_height + 8)
    if wanted > MAX_AUTO_HEIGHT:
        log.warning("the timeline needs %d px; cut to %d (give --height)", wanted, MAX_AUTO_HEIGHT)
    return max(400, min(wanted, MAX_AUTO_HEIGHT))


def _fitted(scene: TimelineScene, size: QSize) -> TimelineScene:
    """``scene`` with its window fitted to its events in a picture of ``size``."""
    x0, width = strip(QRectF(0, 0, size.width(), size.height()))
    span = scene.model.geometry.span()
    scale = scene.scale.resized(x0, width)
    if span is not None:
        scale = scale.fitted(*span, margin=0.03)
    return replace(scene, scale=scale)


def _write_png(scene: TimelineScene, size: QSize, path: Path) -> None:
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_timeline(painter, QRectF(0, 0, size.width(), size.height()), scene)
    finally:
        painter.end()
    writer = QImageWriter(str(path), QByteArray(b"png"))
    if not writer.write(image):
        raise OSError(f"the PNG encoder could not write {path}: {writer.errorString()}")


def _write_svg(scene: TimelineScene, size: QSize, path: Path, result: QueryResult) -> None:
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setResolution(96)
    generator.setTitle(scene.title)
    generator.setDescription(scene.subtitle)
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"the SVG writer could not open {path}")
    try:
        paint_timeline(painter, QRectF(0, 0, size.width(), size.height()), scene)
    finally:
        painter.end()
    text = path.read_text(encoding="utf-8")
    path.write_text(css_font_families(text), encoding="utf-8")


_GENERIC_FAMILIES = {"sans serif": "sans-serif", "serif": "serif", "monospace": "monospace"}
_FONT_FAMILY = re.compile(r'font-family="([^"]*)"')


def css_font_families(svg: str) -> str:
    """Give each ``font-family`` the family Qt really drew with, then a CSS generic family:
    Qt writes its own alias ("Sans Serif"), which browsers do not know and draw as serif."""

    def css(match: re.Match[str]) -> str:
        name = match.group(1)
        generic = _GENERIC_FAMILIES.get(name.casefold(), "sans-serif")
        real = QFontInfo(QFont(name)).family()
        families = [f"'{real}'"] if real and real.casefold() != name.casefold() else []
        if name.casefold() not in _GENERIC_FAMILIES:
            families.insert(0, f"'{name}'")
        return 'font-family="' + ", ".join([*families, generic]) + '"'

    return _FONT_FAMILY.sub(css, svg)


def _write_pdf(
    scene: TimelineScene, size: QSize, path: Path, result: QueryResult, language: str
) -> None:
    """Page 1: the timeline on a page of its own proportions. Then A4 pages of events."""
    writer = QPdfWriter(str(path))
    writer.setResolution(96)
    writer.setTitle(scene.title)
    writer.setCreator(f"{APP_NAME} {__version__}")
    points = QSizeF(size.width() * 0.75, size.height() * 0.75)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(points, QPageSize.Unit.Point, "timeline"),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"the PDF writer could not open {path}")
    try:
        paint_timeline(painter, QRectF(0, 0, size.width(), size.height()), scene)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.newPage()
        EventPages(painter, writer, result, language).write()
    finally:
        painter.end()


class EventPages:
    """Flows one block per event (title; date, category, status; people; sources) across
    A4 pages, breaking between blocks, with page numbers."""

    def __init__(
        self, painter: QPainter, writer: QPdfWriter, result: QueryResult, language: str
    ) -> None:
        self.painter = painter
        self.writer = writer
        self.result = result
        self.language = language
        self.body = label_font(12)
        self.bold = label_font(14, bold=True)
        self.small = label_font(11)
        self.page = 2
        self.y = 0.0

    def area(self) -> QRectF:
        rect = self.writer.pageLayout().paintRectPixels(self.writer.resolution())
        return QRectF(0, 0, rect.width(), rect.height() - 24)

    def write(self) -> None:
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
        self.writer.newPage()
        self.page += 1
        self.y = 0.0

    def _footer(self) -> None:
        area = self.area()
        self.painter.setFont(self.small)
        self.painter.setPen(QColor("#6e7781"))
        self.painter.drawText(
            QRectF(0, area.bottom() + 6, area.width(), 18),
            int(Qt.AlignmentFlag.AlignRight),
            translate("Export", "page %1").replace("%1", format_number(self.page)),
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
    return text + f" · {reliability_name(source.reliability)}"
