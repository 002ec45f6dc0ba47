"""The filter options shared by ``list``, ``export`` and the GUI launch: one parser, one meaning."""

from __future__ import annotations

import argparse
import re
import sys

from xiaomi_timeline.core.dates import MAX_YEAR, MIN_YEAR
from xiaomi_timeline.core.query import STATUSES, FilterState, TimelineIndex

_YEAR_RANGE = re.compile(r"^\s*(-?\d{1,12})\s*(?:(?:\.\.|–|-)\s*(-?\d{1,12}))?\s*$")


def parse_years(text: str) -> tuple[int, int]:
    """``"2024"`` -> (2024, 2024); ``"2019-2024"`` -> (2019, 2024); years before 1 count
    astronomically, as in the file (``"-43"`` is 44 BC, ``"-100--43"`` a range of them).
    argparse type function."""
    match = _YEAR_RANGE.match(text)
    if not match:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a year or a year range; write e.g. 2024, 2019-2024 or -43 "
            "(44 BC: year 0 is 1 BC)"
        )
    first = int(match.group(1))
    last = int(match.group(2) or first)
    if not MIN_YEAR <= first <= MAX_YEAR or not MIN_YEAR <= last <= MAX_YEAR:
        raise argparse.ArgumentTypeError(f"{text!r}: years run from {MIN_YEAR} to {MAX_YEAR}")
    if last < first:
        raise argparse.ArgumentTypeError(f"{text!r}: the range ends before it starts")
    return first, last


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("filters (combine freely; repeat an option for OR)")
    group.add_argument(
        "--person",
        action="append",
        default=[],
        metavar="P",
        help="a person's id, name or alias in any script (e.g. 'Luo Fuli', 罗福莉)",
    )
    group.add_argument(
        "--org",
        "--organization",
        dest="org",
        action="append",
        default=[],
        metavar="O",
        help="an organization's id, name or alias",
    )
    group.add_argument(
        "--year",
        type=parse_years,
        metavar="Y|Y1-Y2",
        help="events touching this year or range of years (-43 is 44 BC)",
    )
    group.add_argument(
        "--category", action="append", default=[], metavar="C", help="a category id or label"
    )
    group.add_argument("--tag", action="append", default=[], metavar="T", help="a tag")
    group.add_argument(
        "--status", action="append", default=[], choices=STATUSES, help="claim status"
    )
    group.add_argument(
        "--text",
        default="",
        metavar="T",
        help="words that must all appear in the event's texts or names",
    )


def filter_from_args(args: argparse.Namespace) -> FilterState:
    return FilterState(
        people=frozenset(args.person),
        organizations=frozenset(args.org),
        years=args.year,
        categories=frozenset(args.category),
        tags=frozenset(args.tag),
        statuses=frozenset(args.status),
        text=args.text,
    )


def warn_unmatched(index: TimelineIndex, state: FilterState) -> None:
    """On stderr, each filter name that names nothing in the file (``list`` and ``export``;
    the app's empty-state notice says the same): a typo must not pass for "no events"."""
    for sentence in index.unknown_names(state):
        print(f"warning: {sentence}", file=sys.stderr)
