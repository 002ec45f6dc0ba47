"""`xiaomi-timeline export`: the files a user gets, and the messages when it cannot write."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tests.conftest import RunCli
from tests.pdf_pages import read_pages
from xiaomi_timeline.cli import main as cli
from xiaomi_timeline.core.loading.loader import load_path
from xiaomi_timeline.core.query import FilterState, TimelineIndex
from xiaomi_timeline.ui.export import events as export_events
from xiaomi_timeline.ui.export import render as export_render

TITLES = [
    "Born",
    "Papers at ACL",
    "Five-year plan",
    "Model released",
    "Hire reported",
    "Joins the team",
]


@pytest.fixture
def timeline(
    write_document: Callable[..., Path], sample_document: dict[str, Any], qapp: QApplication
) -> Path:
    """The sample document on disk (and a QApplication, as the GUI tests share the process)."""
    return write_document(sample_document)


def export(*args: str | Path) -> int:
    return cli.main(["export", *map(str, args)])


def test_svg_has_every_event_title_as_text(timeline: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.svg"
    assert export(timeline, "-o", out) == 0
    svg = out.read_text(encoding="utf-8")
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    for title in TITLES:
        assert escape(title) in texts, title
    assert "Sample timeline" in texts  # the title
    assert any("Claim status" in t for t in texts)  # the legend


def test_svg_names_real_font_families_then_a_css_generic_one(
    timeline: Path, tmp_path: Path
) -> None:
    out = tmp_path / "t.svg"
    assert export(timeline, "-o", out, "--format", "svg") == 0
    families = set(re.findall(r'font-family="([^"]*)"', out.read_text(encoding="utf-8")))
    assert families
    for family in families:
        names = [name.strip() for name in family.split(",")]
        assert names[-1] in {"sans-serif", "serif", "monospace"}, family
        assert "Sans Serif" not in family  # Qt's alias, unknown to browsers


def test_filters_choose_what_is_drawn(timeline: Path, tmp_path: Path) -> None:
    out = tmp_path / "lei.svg"
    assert export(timeline, "-o", out, "--person", "雷军", "--lanes", "person") == 0
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", out.read_text(encoding="utf-8"))
    assert "Hire reported" in texts and "Five-year plan" in texts
    assert "Papers at ACL" not in texts
    assert any("2 of 6 events" in t for t in texts)


def test_a_filter_naming_nobody_is_warned_about_not_drawn_blank_in_silence(
    timeline: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "nobody.svg"
    assert export(timeline, "-o", out, "--person", "Nobdy") == 0
    captured = capsys.readouterr()
    assert "warning: No person in this file is called \u201cNobdy\u201d." in captured.err
    assert "0 of 6 events" in captured.out


def test_pdf_is_on_real_paper_the_timeline_then_pages_listing_events(
    timeline: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "t.pdf"
    assert export(timeline, "-o", out, "--language", "id") == 0
    pages = read_pages(out)
    sizes = [(page.width_pt, page.height_pt) for page in pages]
    assert sizes[0] in {(842.0, 595.0), (792.0, 612.0)}  # A4 or Letter, landscape
    assert sizes[-1] == sizes[0][::-1]  # the event pages: the same paper, portrait
    assert "Perekrutan dilaporkan" in pages[0].text  # the timeline, in Indonesian
    assert "Perekrutan dilaporkan" in pages[-1].text  # and the event list
    paper = "A4" if sizes[0][0] == 842.0 else "Letter"
    assert f"(pdf, {len(pages)} pages, {paper}, 6 of 6 events)" in capsys.readouterr().out


def test_pdf_event_blocks_give_date_status_and_sources(timeline: Path) -> None:
    result = TimelineIndex(load_path(timeline)).query(FilterState())
    hire = next(e for e in result.events if e.id == "hire")
    lines = export_events.event_lines(result, hire, "en")
    assert lines[0] == "Hire reported"
    assert lines[1].startswith("20 December 2024 · Career · Reported")
    assert any(
        line.startswith("[1] Example News — A report (20 December 2024) https://example.org/report")
        for line in lines
    )


def test_png_is_a_picture_of_the_requested_size(timeline: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.png"
    assert export(timeline, "-o", out, "--width", "1600", "--height", "700") == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1600, 700)
    colours = {image.pixel(x, y) for x in range(0, 1600, 7) for y in range(0, 700, 7)}
    assert len(colours) > 20, "not blank"
    greens = [c for c in colours if (c >> 8 & 0xFF) > 140 and (c >> 16 & 0xFF) < 100]
    assert greens, "the research category's green markers are drawn"


def test_format_follows_the_extension_and_the_option(timeline: Path, tmp_path: Path) -> None:
    out = tmp_path / "picture"
    assert export(timeline, "-o", out, "--format", "svg") == 0
    assert out.read_text(encoding="utf-8").lstrip().startswith("<?xml")


@pytest.mark.parametrize("option", [["--width", "10"], ["--height", "99999"]])
def test_bad_sizes_exit_2_with_a_message_and_no_file(
    timeline: Path, tmp_path: Path, option: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "t.png"
    assert export(timeline, "-o", out, *option) == 2
    assert f"{option[0]} must be between 400 and 20000 pixels" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [timeline]


def test_unknown_format_is_a_usage_error(
    timeline: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export(timeline, "-o", tmp_path / "t.gif", "--format", "gif") == 2
    assert "invalid choice: 'gif'" in capsys.readouterr().err


def test_missing_folder_exits_1_naming_the_path(
    timeline: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing" / "t.png"
    assert export(timeline, "-o", out) == 1
    err = capsys.readouterr().err
    assert f"cannot write {out}: folder {out.parent} does not exist" in err
    assert not out.parent.exists()


def test_a_folder_as_output_exits_1(
    timeline: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export(timeline, "-o", tmp_path) == 1
    assert "is a folder" in capsys.readouterr().err


def test_a_failure_while_writing_leaves_no_partial_file(
    timeline: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "t.png"
    out.write_bytes(b"previous picture")

    def half_written(result: object, options: object, state: object, path: Path) -> None:
        path.write_bytes(b"\x89PNG half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_render, "render", half_written)
    assert export(timeline, "-o", out) == 1
    assert f"cannot write {out}: No space left on device" in capsys.readouterr().err
    assert out.read_bytes() == b"previous picture", "the old file is untouched"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([timeline.name, "t.png"])


@pytest.mark.usefixtures("qapp")
def test_an_invalid_document_exits_1_with_located_problems(
    write_document: Callable[..., Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bad = write_document('{"schema_version": 1, "title": "x", "events": [}', "bad.json")
    assert export(bad, "-o", tmp_path / "t.png") == 1
    assert "bad.json:1:" in capsys.readouterr().err
    assert not (tmp_path / "t.png").exists()


@pytest.mark.slow
def test_runs_without_a_display(timeline: Path, tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    out = tmp_path / "t.png"
    done = subprocess.run(
        [sys.executable, "-m", "xiaomi_timeline", "export", str(timeline), "-o", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert f"wrote {out} (png, 2400x" in done.stdout
    assert QImage(str(out)).width() == 2400


def svg_texts(path: Path) -> list[str]:
    return re.findall(r"<text[^>]*>([^<]*)</text>", path.read_text(encoding="utf-8"))


@pytest.mark.usefixtures("qapp")
def test_the_legend_explains_clusters_and_vague_bands_only_when_drawn(
    write_document: Callable[..., Path],
    sample_document: dict[str, Any],
    tmp_path: Path,
) -> None:
    plain = tmp_path / "plain.svg"
    assert export(write_document(sample_document), "-o", plain) == 0
    assert not any("cluster of 12" in t or "wider year" in t for t in svg_texts(plain))
    crowded = [
        {
            "id": f"c{i}",
            "title": f"Crowded {i}",
            "category": "research",
            "start": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
        }
        for i in range(3000)
    ]
    vague = [
        {"id": f"v{i}", "title": f"Vague {i}", "category": "career", "start": "2024"}
        for i in range(5)
    ]
    sample_document["events"] = crowded + vague
    out = tmp_path / "crowded.svg"
    assert export(write_document(sample_document), "-o", out) == 0
    texts = svg_texts(out)
    assert any("12 = a cluster of 12 events" in t for t in texts)
    assert any("dated only to a year or month wider than the view" in t for t in texts)
    assert any("5 events dated only to 2024" in t for t in texts)


@pytest.mark.parametrize("name", ["out.gif", "out"])
def test_an_output_name_that_does_not_say_the_format_is_a_usage_error(
    timeline: Path, tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not a PNG quietly written into out.gif: exit 2, say how to choose, write nothing."""
    assert export(timeline, "-o", tmp_path / name) == 2
    err = capsys.readouterr().err
    assert "cannot tell which format" in err and "--format" in err and ".png" in err
    assert list(tmp_path.iterdir()) == [timeline]


def test_the_written_file_gets_a_new_files_permissions_not_the_temp_files(
    timeline: Path, tmp_path: Path
) -> None:
    out = tmp_path / "t.png"
    old = os.umask(0o027)
    try:
        assert export(timeline, "-o", out) == 0
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o640  # 0666 & ~umask, as for any file written


DEEP_TIME = Path(__file__).parents[3] / "data" / "deep-time.json"


def test_eras_and_years_before_1_are_in_every_picture(qapp: QApplication, tmp_path: Path) -> None:
    svg = tmp_path / "rome.svg"
    assert export(DEEP_TIME, "-o", svg, "--year=-140-20", "--width", "1400") == 0
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg.read_text(encoding="utf-8"))
    assert "Late Republic" in texts and escape("Roman Empire (West)") in texts
    assert "Caesar assassinated" in texts
    assert "60 BC" in texts and "AD 10" in texts  # the axis counts down to year 1 and on
    assert any("59 BC – AD 14 · years: 141 BC – AD 20" in text for text in texts)
    png = tmp_path / "rome.png"
    assert export(DEEP_TIME, "-o", png, "--year=-140-20", "--width", "1400") == 0
    image = QImage(str(png))
    reds = {
        image.pixel(x, y)
        for x in range(0, image.width(), 5)
        for y in range(0, 300, 3)
        if (image.pixel(x, y) >> 16 & 0xFF) > 200 and (image.pixel(x, y) & 0xFF) < 215
    }
    assert reds, "the Roman Empire's red band is drawn"
    pdf = tmp_path / "rome.pdf"
    assert export(DEEP_TIME, "-o", pdf, "--year=-140-20") == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_deep_time_exports_with_its_axis_in_years_ago(qapp: QApplication, tmp_path: Path) -> None:
    svg = tmp_path / "cosmos.svg"
    assert export(DEEP_TIME, "-o", svg, "--width", "1400") == 0
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg.read_text(encoding="utf-8"))
    assert "Big Bang" in texts and "Earth forms" in texts
    assert any(text.endswith("billion years ago") for text in texts)
    result = TimelineIndex(load_path(DEEP_TIME)).query(FilterState())
    big_bang = next(e for e in result.events if e.id == "big-bang")
    assert export_events.event_lines(result, big_bang, "en")[1].startswith(
        "13.8 billion years ago · Cosmos · Confirmed"
    )


def test_ui_language_names_the_words_the_picture_adds(timeline: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.svg"
    assert export(timeline, "-o", out, "--language", "id", "--ui-language", "id") == 0
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", out.read_text(encoding="utf-8"))
    assert "Makalah di ACL" in texts  # the content, in Indonesian
    assert any("Status klaim" in t for t in texts) and not any("Claim status" in t for t in texts)
    assert export(timeline, "-o", out) == 0  # the default stays English
    assert "Claim status" in out.read_text(encoding="utf-8")


def test_the_content_follows_ui_language_unless_language_is_given(
    timeline: Path, tmp_path: Path
) -> None:
    out = tmp_path / "t.svg"

    def texts(*options: str) -> list[str]:
        assert export(timeline, "-o", out, *options) == 0
        return re.findall(r"<text[^>]*>([^<]*)</text>", out.read_text(encoding="utf-8"))

    indonesian = texts("--ui-language", "id")
    assert "Makalah di ACL" in indonesian and "Papers at ACL" not in indonesian
    assert any("Status klaim" in t for t in indonesian)
    chosen = texts("--ui-language", "id", "--language", "en")  # an explicit --language wins
    assert "Papers at ACL" in chosen and any("Status klaim" in t for t in chosen)
    # As in the window: the file lists en and id only, so Chinese words go around its default
    chinese = texts("--ui-language", "zh_CN")
    assert "Papers at ACL" in chinese and any("核实状态" in t for t in chinese)


def test_export_help_says_the_content_language_follows_ui_language(run_cli: RunCli) -> None:
    help_text = " ".join(run_cli("export", "--help").stdout.split())
    assert "(default: the one --ui-language names" in help_text


def test_a_height_too_small_for_the_lanes_is_warned_about_and_draws_no_scroll_bar(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A picture does not scroll: lanes cut off by --height are said on stderr (with the
    height that holds them all), and no scroll thumb is drawn into the picture."""
    from xiaomi_timeline.bench.generator import generate_file  # noqa: PLC0415
    from xiaomi_timeline.ui.timeline.palette import TimelinePalette, tint  # noqa: PLC0415

    big = generate_file(tmp_path / "big.json", 3000, seed=5)
    out = tmp_path / "organizations.png"
    lanes = ("--lanes", "organization", "--width", "1400")
    assert export(big, "-o", out, *lanes, "--height", "500") == 0
    warning = capsys.readouterr().err
    needed = re.search(r"the lanes need (\d+) px of height and --height gave 500", warning)
    assert needed is not None, warning
    assert 1000 < int(needed.group(1)) <= 20000
    assert f"give --height {needed.group(1)}, or leave --height out" in warning
    palette = TimelinePalette.light()
    thumb = tint(palette.text, 90, palette.background).rgb()
    image = QImage(str(out))
    right_edge = {image.pixel(x, y) for x in range(1400 - 10, 1400) for y in range(500)}
    assert thumb not in right_edge
    assert export(big, "-o", tmp_path / "all.png", "--lanes", "person", "--width", "1400") == 0
    warning = capsys.readouterr().err  # more lanes than the tallest picture holds
    assert "px of height and the picture stops at 12000" in warning
    assert "or export a PDF, which pages them all (--height is at most 20000)" in warning
    assert export(big, "-o", tmp_path / "kinds.png", "--width", "1400") == 0
    assert "warning" not in capsys.readouterr().err  # category lanes: they fit
