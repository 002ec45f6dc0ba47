"""The paged document of PDF export and File > Print: real paper, the timeline on landscape
pages, then every event with its sources, read back from the PDF a user gets."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from tests.pdf_pages import Page, read_pages
from xiaomi_timeline.core.export_file import DEFAULT_WIDTH, ExportOptions
from xiaomi_timeline.core.query import FilterState, QueryResult, TimelineIndex
from xiaomi_timeline.core.schema import Document
from xiaomi_timeline.ui.export.paged import paper_for
from xiaomi_timeline.ui.export.printing import PrintJob, new_printer
from xiaomi_timeline.ui.export.render import render

A4_LANDSCAPE, A4_PORTRAIT = (842.0, 595.0), (595.0, 842.0)
LETTER_LANDSCAPE, LETTER_PORTRAIT = (792.0, 612.0), (612.0, 792.0)
EVENTS = 300


def _many_events(sample: dict[str, Any], count: int) -> dict[str, Any]:
    """The sample's people and sources with ``count`` events of distinct titles over 25
    years in both categories, each citing one or both sources."""
    events = [
        {
            "id": f"e{n}",
            "title": f"Event number {n}",
            "start": f"{2000 + n % 25}-{n % 12 + 1:02d}",
            "category": ("career", "research")[n % 2],
            "status": ("confirmed", "reported", "disputed")[n % 3],
            "people": ["luo-fuli"],
            "sources": ["S1", "S2"] if n % 4 == 0 else ["S1"],
        }
        for n in range(count)
    ]
    return {**sample, "events": events}


def _result(document: dict[str, Any]) -> QueryResult:
    return TimelineIndex(Document.model_validate(document)).query(FilterState())


def _export_pdf(result: QueryResult, path: Path, paper: QPageSize | None = None) -> int:
    options = ExportOptions(path, "pdf", DEFAULT_WIDTH, None, "category", "en")
    return render(result, options, FilterState(), path, paper).pages


def _body(page: Page) -> str:
    """The page's text without its "page 2 of 30" footer."""
    return re.sub(r"page \d+ of \d+$", "", page.text)


def _size(page: Page) -> tuple[float, float]:
    return page.width_pt, page.height_pt


@pytest.fixture
def many(sample_document: dict[str, Any], qapp: QApplication) -> QueryResult:
    return _result(_many_events(sample_document, EVENTS))


def test_a_pdf_is_on_a4_landscape_for_the_timeline_then_portrait_for_the_events(
    many: QueryResult, tmp_path: Path
) -> None:
    out = tmp_path / "many.pdf"
    count = _export_pdf(many, out, QPageSize(QPageSize.PageSizeId.A4))
    pages = read_pages(out)
    assert len(pages) == count
    sizes = [_size(page) for page in pages]
    timeline = sizes.index(A4_PORTRAIT)
    assert timeline >= 1 and set(sizes[:timeline]) == {A4_LANDSCAPE}
    assert set(sizes[timeline:]) == {A4_PORTRAIT}
    assert pages[timeline].text.startswith(f"Events ({EVENTS})")
    # 300 events with their sources take many pages, each numbered
    assert len(pages) - timeline >= 10
    for number, page in enumerate(pages, 1):  # "page 12 of 40", the timeline's pages too
        assert page.text.endswith(f"page {number} of {count}")


def test_every_event_and_its_sources_are_in_the_event_pages(
    many: QueryResult, tmp_path: Path
) -> None:
    out = tmp_path / "many.pdf"
    _export_pdf(many, out)
    pages = read_pages(out)
    text = "\n".join(page.text for page in pages if _size(page)[0] < _size(page)[1])
    titles = re.findall(r"^Event number (\d+)$", text, re.M)
    assert sorted(map(int, titles)) == list(range(EVENTS))  # each once, none lost at a break
    assert text.count("[1] Example News — A report (20 December 2024)") == EVENTS
    assert text.count("[2] Aggregator — A mirror · low reliability") == EVENTS // 4
    assert "https://example.org/report" in text


def test_a_source_with_a_url_is_a_link_in_the_pdf(many: QueryResult, tmp_path: Path) -> None:
    out = tmp_path / "many.pdf"
    _export_pdf(many, out)
    pages = read_pages(out)
    links = [url for page in pages for url in page.links]
    cited = [s for e in many.events for s in e.sources]
    urls = [many.index.sources_by_id[s].url for s in cited]
    with_url = [url for url in urls if url]
    assert with_url and sorted(links) == sorted(with_url)
    for page in pages:  # each link on the page that shows its URL
        for url in page.links:
            assert url in page.text


def test_a_crowded_timeline_is_tiled_so_every_event_is_labelled_in_full(
    many: QueryResult, tmp_path: Path
) -> None:
    """300 events over 25 years cannot be read across one page width: the span is cut in
    parts, and the lanes too tall for a page continue on the next, each with its header."""
    out = tmp_path / "many.pdf"
    _export_pdf(many, out)
    landscape = [page.text for page in read_pages(out) if _size(page)[0] > _size(page)[1]]
    assert len(landscape) > 2
    labelled: set[int] = set()
    for text in landscape:
        assert re.search(r"^(Career|Research)$", text, re.M)  # the lane's header
        assert "Claim status:" in text  # and the legend, on every page
        labelled |= {int(n) for n in re.findall(r"^Event number (\d+)$", text, re.M)}
    assert labelled == set(range(EVENTS))  # no label elided to "Eve…", none lost at a cut


def test_a_timeline_that_fits_is_one_page(
    sample_document: dict[str, Any], qapp: QApplication, tmp_path: Path
) -> None:
    out = tmp_path / "six.pdf"
    _export_pdf(_result(sample_document), out, QPageSize(QPageSize.PageSizeId.A4))
    pages = read_pages(out)
    assert [_size(page) for page in pages] == [A4_LANDSCAPE, A4_PORTRAIT]
    for title in ("Born", "Papers at ACL", "Five-year plan", "Hire reported"):
        assert f"\n{title}\n" in f"\n{pages[0].text}\n"


def test_letter_paper_where_the_locale_measures_in_us_units(
    sample_document: dict[str, Any], qapp: QApplication, tmp_path: Path
) -> None:
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert paper_for(us).id() == QPageSize.PageSizeId.Letter
    for language, territory in (
        (QLocale.Language.Indonesian, QLocale.Country.Indonesia),
        (QLocale.Language.Chinese, QLocale.Country.China),
        (QLocale.Language.English, QLocale.Country.UnitedKingdom),
    ):
        assert paper_for(QLocale(language, territory)).id() == QPageSize.PageSizeId.A4
    out = tmp_path / "letter.pdf"
    _export_pdf(_result(sample_document), out, paper_for(us))
    sizes = [_size(page) for page in read_pages(out)]
    assert sizes[0] == LETTER_LANDSCAPE and sizes[-1] == LETTER_PORTRAIT


def test_printing_pages_the_document_as_the_pdf_export_does_on_the_printers_layout(
    many: QueryResult, tmp_path: Path
) -> None:
    exported = tmp_path / "export.pdf"
    _export_pdf(many, exported, QPageSize(QPageSize.PageSizeId.A4))
    printed = tmp_path / "printed.pdf"
    printer = new_printer("Sample timeline")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    job = PrintJob(many, FilterState(), "category", "en")
    job.paint(printer)
    pages, expected = read_pages(printed), read_pages(exported)
    assert job.pages == len(pages)
    assert {_size(page) for page in pages} == {A4_LANDSCAPE}  # a printer cannot turn paper
    timeline = [_body(page) for page in expected if _size(page) == A4_LANDSCAPE]
    assert [_body(page) for page in pages[: len(timeline)]] == timeline
    printed_events = "\n".join(page.text for page in pages[len(timeline) :])
    assert sorted(map(int, re.findall(r"^Event number (\d+)$", printed_events, re.M))) == list(
        range(EVENTS)
    )
