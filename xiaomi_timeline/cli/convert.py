"""``xiaomi-timeline convert IN OUT``: the filtered events of any file we read, in any format
we write (our JSON, TimelineJS3 JSON, our CSV, TimelineJS3's spreadsheet CSV, iCalendar).

The output is written beside OUT and moved into place when complete; the same input gives
the same bytes. What a format cannot hold is said on stderr: events it cannot hold by name (an
iCalendar file cannot hold years before 1), and in one note the parts of the written events
it has no place for (TimelineJS3 keeps no people, for one).

Exit codes: 0 written; 1 the input is invalid or OUT cannot be written; 2 bad options (OUT
is IN itself).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from xiaomi_timeline import EXECUTABLE
from xiaomi_timeline.cli.filters import filter_from_args, warn_unmatched
from xiaomi_timeline.cli.wording import of_events
from xiaomi_timeline.core.export_file import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    ExportError,
    check_not_input,
    check_target,
    write_atomically,
)
from xiaomi_timeline.core.interchange.detection import Format
from xiaomi_timeline.core.interchange.formats import export, format_for_path
from xiaomi_timeline.core.interchange.losses import said
from xiaomi_timeline.core.loading.loader import DocumentError, load_path, unread_columns
from xiaomi_timeline.core.query import TimelineIndex


def add_convert_arguments(parser: argparse.ArgumentParser) -> None:
    """IN, OUT, --to and --language (filters are added by the caller)."""
    parser.add_argument("input", type=Path, metavar="IN", help="a timeline in any format we read")
    parser.add_argument("output", type=Path, metavar="OUT", help="the file to write")
    parser.add_argument(
        "--to",
        choices=[kind.value for kind in Format],
        help="output format (default: from OUT's extension: .json ours, .csv ours, .ics)",
    )
    parser.add_argument(
        "--language",
        default="en",
        metavar="LANG",
        help="language of the texts for formats that hold one (all but json; default en)",
    )


def run_convert(args: argparse.Namespace) -> int:
    output: Path = args.output
    kind = Format(args.to) if args.to else format_for_path(output.name)
    if kind is None:
        print(
            f"{EXECUTABLE} convert: cannot tell which format to write {output} in; name it "
            f".json, .csv or .ics, or give --to {'|'.join(k.value for k in Format)}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        check_target(output)
        check_not_input(output, args.input)
        document = load_path(args.input)
    except ExportError as error:
        print(f"{EXECUTABLE} convert: {error}", file=sys.stderr)
        return error.code
    except DocumentError as error:
        print(error.report(), file=sys.stderr)
        return EXIT_FAILED
    if (unread := unread_columns(args.input)) is not None:
        print(unread.problem(str(args.input)), file=sys.stderr)
    index = TimelineIndex(document)
    state = filter_from_args(args)
    warn_unmatched(index, state)
    result = index.query(state)
    moved = (args.input.parent, output.parent)
    written = export(document, result.events, kind, args.language, moved=moved)
    for warning in written.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if written.not_kept:
        print(
            f"note: not kept in {kind.label}: {said(written.not_kept, args.language)}",
            file=sys.stderr,
        )
    if written.keeps_none_of(len(result)):
        print(
            f"{EXECUTABLE} convert: none of the {len(result)} events can be written as "
            f"{kind.label} (see the warnings above); {output} was not written",
            file=sys.stderr,
        )
        return EXIT_FAILED
    try:
        write_atomically(output, lambda temp: _write(temp, written.data))
    except ExportError as error:
        print(f"{EXECUTABLE} convert: {error}", file=sys.stderr)
        return error.code
    kept = len(result) - len(written.warnings)
    print(f"wrote {output} ({kind.label}, {of_events(kept, result.total)})")
    return EXIT_OK


def _write(temp: Path, data: bytes) -> tuple[int, int]:
    temp.write_bytes(data)
    return len(data), 0
