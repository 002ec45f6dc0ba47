"""Where a field of an imported document came from: the source file's row, column and field.

Readers build the document as a plain dict; pydantic and the checks report problems by that
dict's paths (``events[3].start``). A source map turns such a path back into the place the
user has to edit: a spreadsheet cell (row, column, header), an iCalendar property line, or a
member of a TimelineJS3 JSON file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from xiaomi_timeline.core.jsonpos import JsonPath, format_path, locate
from xiaomi_timeline.core.problems import Problem


@dataclass(frozen=True, slots=True)
class Spot:
    """A place in the source file: 1-based line (or row) and column, and the field's name
    there (a column header, a property name, a JSON path)."""

    line: int
    column: int
    field: str


class SourceMap(Protocol):
    unit: str
    """What the file's places are counted in: "row" (spreadsheets) or "line"."""

    def spots(self, paths: Iterable[JsonPath]) -> dict[JsonPath, Spot]:
        """The source place of each of ``paths`` (its nearest known ancestor if need be)."""
        ...


@dataclass
class Imported:
    """A reader's result: the document as a plain dict, where its parts came from, and the
    problems the reader itself found (cells that are not numbers, missing columns, ...)."""

    value: dict[str, Any]
    source: SourceMap
    problems: list[Problem] = field(default_factory=list)


@dataclass
class CellMap:
    """Positions known while reading, row by row: CSV cells and iCalendar lines.

    ``rows[list][index]`` is where an item starts, ``columns[(list, field)]`` the column
    (and its header) a field of every item of that list comes from, and ``cells`` exact
    places for single fields that do not share a column.
    """

    rows: dict[str, list[int]] = field(default_factory=dict)
    columns: dict[tuple[str, str], tuple[int, str]] = field(default_factory=dict)
    cells: dict[tuple[str, int, str], Spot] = field(default_factory=dict)
    top: Spot = Spot(1, 1, "")
    unit: str = "row"

    def spots(self, paths: Iterable[JsonPath]) -> dict[JsonPath, Spot]:
        return {path: self.spot(path) for path in paths}

    def add(self, kind: str, row: int) -> None:
        """The next item of list ``kind`` starts at ``row``."""
        self.rows.setdefault(kind, []).append(row)

    def spot(self, path: JsonPath) -> Spot:
        if len(path) < 2 or not isinstance(path[1], int):
            return self.top
        kind, index = str(path[0]), path[1]
        rows = self.rows.get(kind, [])
        if not 0 <= index < len(rows):
            return self.top
        row = rows[index]
        name = str(path[2]) if len(path) > 2 else ""
        exact = self.cells.get((kind, index, name))
        if exact is not None:
            return exact
        column, header = self.columns.get((kind, name), (1, ""))
        return Spot(row, column, header)


@dataclass
class JsonOrigins:
    """Positions in a JSON source file, found only when a problem needs them.

    ``items[(list, index)]`` is the source path of an item of our document and
    ``fields[(list, field)]`` the path under it that our field came from.
    """

    text: str
    items: dict[tuple[str, int], JsonPath] = field(default_factory=dict)
    fields: dict[tuple[str, str], JsonPath] = field(default_factory=dict)
    top_fields: dict[str, JsonPath] = field(default_factory=dict)
    unit: str = "line"

    def spots(self, paths: Iterable[JsonPath]) -> dict[JsonPath, Spot]:
        sources = {path: self._source_path(path) for path in paths}
        positions = locate(self.text, set(sources.values()))
        return {
            path: Spot(*positions.get(source, (1, 1)), format_path(source))
            for path, source in sources.items()
        }

    def _source_path(self, path: JsonPath) -> JsonPath:
        if len(path) >= 2 and isinstance(path[1], int):
            item = self.items.get((str(path[0]), path[1]))
            if item is not None:
                name = str(path[2]) if len(path) > 2 else ""
                return (*item, *self.fields.get((str(path[0]), name), ()))
        if path:
            return self.top_fields.get(str(path[0]), ())
        return ()
