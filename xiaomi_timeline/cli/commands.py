"""The headless commands of ``xiaomi-timeline``: validate, list, schema and export.

Imported by :mod:`xiaomi_timeline.cli.main` only when one of them is asked for.
"""

from __future__ import annotations

import argparse
import codecs
import json
import shutil
import sys
import unicodedata
from pathlib import Path
from typing import TextIO

from xiaomi_timeline import EXECUTABLE, __version__
from xiaomi_timeline.cli.convert import add_convert_arguments, run_convert
from xiaomi_timeline.cli.export import add_export_arguments, run_export
from xiaomi_timeline.cli.filters import add_filter_arguments, filter_from_args, warn_unmatched
from xiaomi_timeline.cli.wording import count, of_events
from xiaomi_timeline.core import resources
from xiaomi_timeline.core.interchange.detection import HEAD_BYTES, Format, detect
from xiaomi_timeline.core.interchange.formats import JSON_FORMATS
from xiaomi_timeline.core.interchange.table_csv import event_record, write_table
from xiaomi_timeline.core.loading.loader import (
    DocumentError,
    load_builtin,
    load_path,
    unread_columns,
    warnings_in,
)
from xiaomi_timeline.core.query import QueryResult, TimelineIndex
from xiaomi_timeline.core.schema import Document, Event, json_schema, text_in

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def top_level_help() -> str:
    return (
        f"{EXECUTABLE} {__version__}: a timeline viewer for sourced event data.\n\n"
        "Headless commands (no window):\n"
        f"  {EXECUTABLE} validate [FILE ...]      check files; exit 0 valid, 1 problems, 2 usage\n"
        f"  {EXECUTABLE} list [FILE] [filters]    print the matching events (table/json/csv)\n"
        f"  {EXECUTABLE} export [FILE] -o OUT     render PNG, SVG or PDF\n"
        f"  {EXECUTABLE} convert IN OUT [--to F]  write events as JSON, TimelineJS3, CSV, ICS\n"
        f"  {EXECUTABLE} schema [-o FILE]         print (or save) the file format's JSON Schema\n"
        f"  {EXECUTABLE} --install-desktop-entry  add a launcher entry and icons for this user\n"
        f"Run '{EXECUTABLE} COMMAND --help' for a command's options.\n\n"
        "Desktop app (no command):"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=EXECUTABLE, description=top_level_help())
    sub = parser.add_subparsers(dest="command", required=True)

    validate = sub.add_parser(
        "validate",
        help="check timeline files",
        description="Check files (our JSON, TimelineJS3 JSON or spreadsheet CSV, our CSV, "
        "iCalendar); print every problem as file:line:col: path: message (for CSV, "
        "file:row:column: column name: message). No FILE checks the built-in data.",
    )
    validate.add_argument("files", nargs="*", type=Path, metavar="FILE")

    listing = sub.add_parser(
        "list",
        help="print the events matching the filters",
        description="Print the events matching the filters, in date "
        "order. No FILE lists the built-in Xiaomi AI data set.",
    )
    listing.add_argument("file", nargs="?", type=Path, metavar="FILE")
    add_filter_arguments(listing)
    listing.add_argument("--format", choices=("table", "json", "csv"), default="table")
    listing.add_argument(
        "--language",
        default="en",
        metavar="LANG",
        help="language of titles where the data has several (en, id, zh-Hans)",
    )

    schema = sub.add_parser("schema", help="print the JSON Schema of the file format")
    schema.add_argument("-o", "--output", type=Path, metavar="OUT", help="write to a file")

    export = sub.add_parser(
        "export",
        help="render the filtered timeline to PNG, SVG or PDF",
        description="Render the whole filtered timeline with a title and "
        "legend. No FILE exports the built-in data set.",
    )
    add_export_arguments(export)
    add_filter_arguments(export)

    convert = sub.add_parser(
        "convert",
        help="write the filtered events in another format",
        description="Read IN (our JSON, TimelineJS3 JSON or spreadsheet CSV, our CSV, or "
        "iCalendar) and write the events matching the filters to OUT as our JSON, TimelineJS3 "
        "JSON, CSV (ours or TimelineJS3's spreadsheet) or iCalendar.",
    )
    add_convert_arguments(convert)
    add_filter_arguments(convert)
    return parser


def run(argv: list[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    command: str = args.command
    if command == "validate":
        return _validate(args.files)
    if command == "list":
        return _list(args)
    if command == "schema":
        return _schema(args.output)
    if command == "convert":
        return run_convert(args)
    return _export(args)


def _load(file: Path | None) -> Document:
    return load_builtin() if file is None else load_path(file)


def _report(error: DocumentError, stream: TextIO | None = None) -> None:
    print(error.report(), file=stream or sys.stderr)


def _validate(files: list[Path]) -> int:
    status = EXIT_OK
    targets: list[Path | None] = list(files) or [None]
    for file in targets:
        try:
            document = _load(file)
        except DocumentError as error:
            _report(error, sys.stdout)
            print(
                f"{error.file}: {count(len(error.problems) + error.omitted, 'problem')}",
                file=sys.stderr,
            )
            status = EXIT_INVALID
            continue
        name = file if file is not None else "built-in data set"
        counts = ", ".join(
            count(len(items), noun)
            for items, noun in (
                (document.events, "event"),
                (document.people, "person"),
                (document.organizations, "organization"),
                (document.sources, "source"),
            )
        )
        print(f"{name}: valid ({counts})")
        if file is not None:
            _warn_empty(file, document)
            _warn_bom(file)
            if (unread := unread_columns(file)) is not None:
                print(unread.problem(str(file)), file=sys.stderr)
        _warn_unsourced(name, document)
        _warn_inconsistent(file or resources.builtin_data_path(), document)
    return status


_EMPTY = {
    Format.TIMELINE: ("a timeline", 'add events to "events"'),
    Format.TIMELINEJS3: ("a TimelineJS3 timeline", 'add slides to "events"'),
    Format.CSV: ("a CSV", "add a row for each event below the header"),
    Format.TIMELINEJS3_CSV: ("a TimelineJS3 spreadsheet", "add a row for each event"),
    Format.ICS: ("a calendar", "add VEVENTs"),
}


def _warn_empty(file: Path, document: Document) -> None:
    """Valid, but nothing to show: say so, in the terms of the file's format."""
    if document.events:
        return
    try:
        with file.open("rb") as handle:
            kind = detect(handle.read(HEAD_BYTES), file.name)
    except OSError:
        return
    what, hint = _EMPTY[kind]
    print(f"{file}: warning: {what} with no events ({hint})", file=sys.stderr)


def _warn_bom(file: Path) -> None:
    """Valid JSON with a UTF-8 byte-order mark: readable here, but some JSON tools refuse it.
    A CSV gets no warning: Excel's "CSV UTF-8" always starts with one."""
    try:
        with file.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError:
        return
    if head.startswith(codecs.BOM_UTF8) and detect(head, file.name) in JSON_FORMATS:
        print(
            f"{file}: warning: the file starts with a UTF-8 byte-order mark (BOM); it is read "
            "fine here, but some JSON tools refuse it (save as UTF-8 without BOM to be safe)",
            file=sys.stderr,
        )


def _warn_unsourced(name: object, document: Document) -> None:
    """Valid, but readers cannot check an event that cites no source: say which."""
    unsourced = [event.id for event in document.events if event.cites_no_source]
    if unsourced:
        shown = ", ".join(unsourced[:5]) + (
            f" and {len(unsourced) - 5} more" if len(unsourced) > 5 else ""
        )
        verb = "cites" if len(unsourced) == 1 else "cite"
        print(
            f"{name}: warning: {count(len(unsourced), 'event')} {verb} no sources "
            f"(readers cannot check {'it' if len(unsourced) == 1 else 'them'}): {shown}",
            file=sys.stderr,
        )


def _warn_inconsistent(path: Path, document: Document) -> None:
    """Valid, but a related link goes one way or a claim's source is not listed: say where."""
    problems, more = warnings_in(path, document)
    for problem in problems:
        print(problem, file=sys.stderr)
    if more:
        print(f"{path}: warning: ... and {count(more, 'more warning')}", file=sys.stderr)


def _query(args: argparse.Namespace) -> tuple[TimelineIndex, QueryResult] | int:
    try:
        document = _load(args.file)
    except DocumentError as error:
        _report(error)
        return EXIT_INVALID
    index = TimelineIndex(document)
    state = filter_from_args(args)
    warn_unmatched(index, state)
    return index, index.query(state)


def _list(args: argparse.Namespace) -> int:
    outcome = _query(args)
    if isinstance(outcome, int):
        return outcome
    index, result = outcome
    writer = {"table": _write_table, "json": _write_json, "csv": _write_csv}[args.format]
    writer(index, result, args.language, sys.stdout)
    return EXIT_OK


def _names(index: TimelineIndex, event: Event, language: str) -> list[str]:
    return [index.person_name(p, language) for p in event.people]


def _columns(text: str) -> int:
    """Terminal columns ``text`` takes: a wide (CJK) character takes two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _columns(text))


def _clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` columns, with an ellipsis if anything was cut."""
    if _columns(text) <= width:
        return text
    kept, used = [], 0
    for char in text:
        used += _columns(char)
        if used > width - 1:
            break
        kept.append(char)
    return "".join(kept) + "…"


def _write_table(index: TimelineIndex, result: QueryResult, language: str, out: TextIO) -> None:
    width = shutil.get_terminal_size((120, 24)).columns
    rows = [
        (
            event.start if event.end is None else f"{event.start}..{event.end}",
            event.status,
            index.category_label(event.category, language),
            text_in(event.title, language),
            ", ".join(_names(index, event, language)),
        )
        for event in result.events
    ]
    header = ("DATE", "STATUS", "CATEGORY", "TITLE", "PEOPLE")
    widths = [max([_columns(header[i])] + [_columns(r[i]) for r in rows]) for i in range(3)]
    title_width = max(20, min(70, width - sum(widths) - 30))
    for row in [header, *rows]:
        cells = [_pad(row[i], widths[i]) for i in range(3)]
        title = _pad(_clip(row[3], title_width), title_width)
        print("  ".join([*cells, title, row[4]]).rstrip(), file=out)
    print(of_events(len(result), result.total), file=out)


def _write_json(index: TimelineIndex, result: QueryResult, language: str, out: TextIO) -> None:
    records = [event_record(index, event, language) for event in result.events]
    json.dump(records, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _write_csv(index: TimelineIndex, result: QueryResult, language: str, out: TextIO) -> None:
    out.write(write_table(index, result.events, language))


def _schema(output: Path | None) -> int:
    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if output is None:
        sys.stdout.write(text)
        return EXIT_OK
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        print(f"{output}: cannot write: {error.strerror or error}", file=sys.stderr)
        return EXIT_INVALID
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    return int(run_export(args, filter_from_args(args), args.file))
