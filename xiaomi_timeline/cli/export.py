"""Headless export of the whole filtered timeline to PNG, SVG or PDF.

The picture is drawn by the same :func:`paint_timeline` as the screen, over the whole span of
the filtered events, with a title and the legend. A PDF is the same paged document as File >
Print: the timeline on landscape A4 or Letter pages, then pages that list every event with its
date, claim status and sources, so a printed timeline can be checked. Output is written to
a temporary file in the target folder and moved into place only when complete: a failure never
leaves a partial file behind.

Exit codes: 0 written; 1 the document is invalid or OUT cannot be written; 2 bad options.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from xiaomi_timeline import APP_NAME, EXECUTABLE, __version__
from xiaomi_timeline.cli.filters import warn_unmatched
from xiaomi_timeline.cli.wording import of_events
from xiaomi_timeline.core.export_file import (
    DEFAULT_WIDTH,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    FORMATS,
    LANGUAGES,
    MAX_SIZE,
    MIN_SIZE,
    ExportError,
    ExportOptions,
    check_target,
    write_atomically,
)
from xiaomi_timeline.core.geometry.lanes import LANE_MODES
from xiaomi_timeline.core.loading.loader import DocumentError, load_builtin, load_path
from xiaomi_timeline.core.query import FilterState, QueryResult, TimelineIndex
from xiaomi_timeline.core.settings import UI_LANGUAGES

if TYPE_CHECKING:
    from xiaomi_timeline.ui.export.render import Rendered


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    """FILE, --format, -o/--output, --width, --height, --lanes, --language (filters are added
    by the caller)."""
    parser.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="FILE",
        help="a timeline in any format we read (default: the built-in Xiaomi AI data set)",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="output format (default: from OUT's extension, which must then be .png, .svg or .pdf)",
    )
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT", help="file to write"
    )
    parser.add_argument(
        "--width",
        type=int,
        default=DEFAULT_WIDTH,
        metavar="W",
        help=f"PNG/SVG picture width in pixels, {MIN_SIZE}-{MAX_SIZE} (default {DEFAULT_WIDTH}); "
        "a PDF is paged on A4 or Letter paper (from the locale) and ignores it",
    )
    parser.add_argument(
        "--height",
        type=int,
        default=None,
        metavar="H",
        help=f"PNG/SVG picture height in pixels, {MIN_SIZE}-{MAX_SIZE} "
        "(default: tall enough for every lane); a PDF ignores it",
    )
    parser.add_argument(
        "--lanes",
        choices=LANE_MODES,
        default="category",
        help="one lane per category (default), person or organization",
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default=None,
        help="language of titles where the data has several (default: the one --ui-language "
        "names, as the window's content language follows its interface; the data's own default "
        "language where the file lists its languages without that one)",
    )
    parser.add_argument(
        "--ui-language",
        choices=UI_LANGUAGES,
        default="en",
        help="language of the words the picture adds (legend, headings, dates)",
    )


def run_export(
    args: argparse.Namespace, filter_state: FilterState, document_path: Path | None
) -> int:
    """Render and write; print a clear message and return an exit code on any problem."""
    try:
        check_target(args.output)
        options = _options(args)
        result = _query(document_path, filter_state)
        _ensure_gui_application()
        from xiaomi_timeline.ui.export.render import render  # noqa: PLC0415 - Qt only here
        from xiaomi_timeline.ui.i18n.language import (  # noqa: PLC0415
            apply_ui_language,
            content_language_following,
        )

        apply_ui_language(args.ui_language)
        if args.language is None:
            following = content_language_following(args.ui_language, result.index.document)
            options = dataclasses.replace(options, language=following)

        rendered = write_atomically(
            options.output, lambda tmp: render(result, options, filter_state, tmp)
        )
    except ExportError as error:
        print(f"{EXECUTABLE} export: {error}", file=sys.stderr)
        return error.code
    except DocumentError as error:
        print(error.report(), file=sys.stderr)
        return EXIT_FAILED
    print(
        f"wrote {options.output} ({options.format}, {rendered.describe()}, "
        f"{of_events(len(result), result.total)})"
    )
    if rendered.needed_height:
        print(_cut_off(rendered, options.height), file=sys.stderr)
    return EXIT_OK


def _cut_off(rendered: Rendered, given_height: int | None) -> str:
    """The warning for a picture whose lanes did not all fit in its height."""
    needed, height = rendered.needed_height, rendered.height
    said = f"--height gave {height}" if given_height else f"the picture stops at {height}"
    if needed <= MAX_SIZE:
        fix = f"give --height {needed}" + (", or leave --height out" if given_height else "")
    else:
        fix = (
            "filter the events or lanes, or export a PDF, which pages them all "
            f"(--height is at most {MAX_SIZE})"
        )
    return (
        f"{EXECUTABLE} export: warning: the lanes need {needed} px of height and {said}: the "
        f"lanes below are not in the picture ({fix})"
    )


def _options(args: argparse.Namespace) -> ExportOptions:
    output: Path = args.output
    fmt = args.format or output.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        given = f"its extension is {output.suffix!r}" if output.suffix else "it has no extension"
        raise ExportError(
            f"cannot tell which format to write {output} in: {given}; name it "
            f".png, .svg or .pdf, or give --format png|svg|pdf",
            EXIT_USAGE,
        )
    for name in ("width", "height"):
        value = getattr(args, name)
        if value is not None and not MIN_SIZE <= value <= MAX_SIZE:
            raise ExportError(
                f"--{name} must be between {MIN_SIZE} and {MAX_SIZE} pixels, not {value}",
                EXIT_USAGE,
            )
    language = args.language or "en"  # None: run_export follows --ui-language
    return ExportOptions(output, fmt, args.width, args.height, args.lanes, language)


def _query(document_path: Path | None, filter_state: FilterState) -> QueryResult:
    document = load_builtin() if document_path is None else load_path(document_path)
    index = TimelineIndex(document)
    warn_unmatched(index, filter_state)  # as `list` does: a typo is not a silent blank chart
    return index.query(filter_state)


@functools.cache
def _ensure_gui_application() -> object:
    """The process's one QGuiApplication (Qt needs one to draw text), made on first use and
    kept for the life of the process; without a display, on the offscreen platform."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication([EXECUTABLE])
        app.setApplicationName(APP_NAME)
        app.setApplicationVersion(__version__)
    return app
