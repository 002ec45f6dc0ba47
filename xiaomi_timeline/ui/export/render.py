"""The Qt side of export: one scene of the whole filtered timeline drawn onto a QImage or
QSvgGenerator, or the paged document (:mod:`~xiaomi_timeline.ui.export.paged`) as a PDF."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QRect, QRectF, QSize
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QImage,
    QImageWriter,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtSvg import QSvgGenerator

from xiaomi_timeline import APP_NAME, __version__
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
from xiaomi_timeline.core.schema import text_in
from xiaomi_timeline.ui.export.events import Progress
from xiaomi_timeline.ui.export.paged import LOGICAL_DPI, fitted, paper_for, write_document
from xiaomi_timeline.ui.i18n.dates import year_range_text
from xiaomi_timeline.ui.i18n.words import category_name, counts, status_name
from xiaomi_timeline.ui.timeline.frames import legend_extras_for, regions
from xiaomi_timeline.ui.timeline.painting import paint_timeline
from xiaomi_timeline.ui.timeline.palette import TimelinePalette
from xiaomi_timeline.ui.timeline.scene import LabelTexts, TimelineScene, label_font, strip

translate = QCoreApplication.translate

EXPORT_METRICS = LayoutMetrics(
    max_rows=40, max_items_per_lane=2500, max_items_total=6000, cluster_rows=3
)
"""Export shows every event it can: many more rows and labels than a 16 ms screen frame."""
MAX_AUTO_HEIGHT = 12_000


@dataclass(frozen=True)
class Rendered:
    """What an export wrote: a picture's size in pixels, or a PDF's pages and paper."""

    width: int = 0
    height: int = 0
    pages: int = 0
    paper: str = ""
    needed_height: int = 0
    """Set when the picture was given a height too small for all its lanes: the height they
    needed (the lanes below ``height`` are not in the picture)."""

    def describe(self) -> str:
        if self.pages:
            return f"{self.pages} pages, {self.paper}"
        return f"{self.width}x{self.height} px"


def render(
    result: QueryResult,
    options: ExportOptions,
    state: FilterState,
    path: Path,
    paper: QPageSize | None = None,
    *,
    with_events: bool = True,
    progress: Progress | None = None,
) -> Rendered:
    """Draw ``result`` into ``path`` in ``options.format``. A PDF is paged on ``paper`` (by
    default the locale's: A4 or Letter), lists the events after the timeline unless not
    ``with_events``, tells ``progress`` how far it has got, and ignores the options' width
    and height."""
    scene = build_scene(result, state, options.lanes, options.language)
    if options.format == "pdf":
        paper = paper or paper_for()
        pages = _write_pdf(scene, path, result, paper, with_events, progress)
        return Rendered(pages=pages, paper=paper.name())
    scene = fitted(scene, options.width)
    needed = needed_height(scene, options.width)
    height = options.height or auto_height(needed)
    size = QSize(options.width, height)
    if options.format == "png":
        _write_png(scene, size, path)
    else:
        _write_svg(scene, size, path, result)
    return Rendered(options.width, height, needed_height=needed if needed > height else 0)


def build_scene(
    result: QueryResult, state: FilterState, lanes: str, language: str
) -> TimelineScene:
    """The whole filtered timeline in ``lanes`` and ``language``, light, titled with what the
    filter shows."""
    index = result.index
    model = result_lane_model(result, lanes, language)
    events = result.events
    texts = LabelTexts(lambda i: text_in(events[i].title, language), label_font(13))
    categories = index.categories_by_id
    palette = TimelinePalette.light()
    keys = model.geometry.categories
    colors = [palette.category_color(index.category_colors.get(k)) for k in keys]
    labels = [category_name(index, k, language) if k in categories else k for k in keys]
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
        scroll_hint=False,  # a picture does not scroll
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


def needed_height(scene: TimelineScene, width: int) -> int:
    """The height that holds every lane, the axis, the title and the legend (the legend
    explains the stand-ins this layout uses)."""
    x0, strip_width = strip(QRectF(0, 0, width, 100))
    scale = scene.scale.resized(x0, strip_width)
    layout = layout_frame(
        FrameRequest(scene.model, scale, scene.texts.width, metrics=scene.metrics)
    )
    probe = regions(QRectF(0, 0, width, 100_000), scene, legend_extras_for(layout))
    chrome = (
        probe.title.height() + probe.axis.height() + probe.eras.height() + probe.legend.height()
    )
    return round(chrome + layout.content_height + 8)


def auto_height(needed: int) -> int:
    """The picture's height when none is given: the ``needed`` height, capped (a cut picture
    reports the height it needed: see :class:`Rendered`)."""
    return max(400, min(needed, MAX_AUTO_HEIGHT))


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
    scene: TimelineScene,
    path: Path,
    result: QueryResult,
    paper: QPageSize,
    with_events: bool,
    progress: Progress | None,
) -> int:
    """The paged document (timeline pages, then event pages) as a PDF; its page count."""
    writer = QPdfWriter(str(path))
    writer.setResolution(LOGICAL_DPI)
    writer.setTitle(scene.title)
    writer.setCreator(f"{APP_NAME} {__version__}")
    try:
        return write_document(
            writer, scene, result, paper, with_events=with_events, progress=progress
        )
    except OSError:
        raise OSError(f"the PDF writer could not open {path}") from None
