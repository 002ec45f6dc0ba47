"""Validate a document another format's reader built, with problems placed in that file.

The reader's dict goes through the same pydantic model and the same checks as our own JSON,
so an imported file meets the same rules; only the positions differ: each problem's field
path is looked up in the reader's source map (a spreadsheet cell, an iCalendar line, a
TimelineJS3 member). The reader's own problems (a cell that is not a number) and the
model's come in one report, in file order.
"""

from __future__ import annotations

import re

from pydantic import ValidationError

from xiaomi_timeline.core.gcutil import gc_paused
from xiaomi_timeline.core.interchange.sourcemap import Imported, Spot
from xiaomi_timeline.core.jsonpos import JsonPath
from xiaomi_timeline.core.loading import checks
from xiaomi_timeline.core.loading.diagnosis import field_problems, in_file_order
from xiaomi_timeline.core.problems import DocumentError, Problem
from xiaomi_timeline.core.schema import Document


def load_imported(imported: Imported, name: str, limit: int) -> Document:
    """The validated document, or a DocumentError with every problem found."""
    problems = list(imported.problems)
    if not imported.value:  # nothing could be read
        raise DocumentError(problems[:limit], omitted=max(0, len(problems) - limit))
    found: list[checks.Finding] = []
    document: Document | None = None
    with gc_paused(freeze_on_success=True):
        try:
            document = Document.model_validate(imported.value)
        except ValidationError as error:
            found = field_problems(error.errors(include_url=False), imported.value)
        else:
            found = checks.check_document(document)
    total = len(problems) + len(found)
    if found:
        found = found[:limit]
        wanted: list[JsonPath] = [f.path for f in found]
        wanted += [(m[1], int(m[2])) for f in found for m in _EARLIER.finditer(f.message)]
        spots = imported.source.spots(wanted)
        unit = imported.source.unit
        problems += [_placed(name, spots[f.path], f, spots, unit) for f in found]
    if problems or document is None:
        shown = in_file_order(problems)[:limit]
        raise DocumentError(shown, omitted=total - len(shown))
    return document


_EARLIER = re.compile(r"\b(events|eras|categories|people|organizations|sources)\[(\d+)\]")


def _in_file_terms(message: str, spots: dict[JsonPath, Spot], unit: str) -> str:
    """``first used at events[0]`` -> ``first used at row 2``: the place in the user's file."""

    def place(match: re.Match[str]) -> str:
        spot = spots.get((match[1], int(match[2])))
        return f"{unit} {spot.line}" if spot is not None else match[0]

    return _EARLIER.sub(place, message)


def _placed(
    name: str, spot: Spot, finding: checks.Finding, spots: dict[JsonPath, Spot], unit: str
) -> Problem:
    """The finding at its place in the file; one whose words name another place in it
    (``first used at row 2``) keeps only its English, which says that place."""
    message = _in_file_terms(finding.message, spots, unit)
    kept = message == finding.message
    return Problem(
        name,
        spot.line,
        spot.column,
        spot.field,
        message,
        finding.hint,
        code=finding.code if kept else "",
        values=finding.values if kept else (),
    )
