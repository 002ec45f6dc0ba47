"""What is wrong with a file, said so a user can fix it: file, line:column, field path, hint."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from xiaomi_timeline.core.jsonpos import JsonPath, format_path


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a file, located as precisely as we can."""

    file: str
    line: int | None
    column: int | None
    path: str
    message: str
    hint: str = ""
    warning: bool = False
    """Worth fixing, but the file is valid."""
    code: str = ""
    """The kind of problem, stable across versions (e.g. "date.month_range"), for a reader
    that words it in another language; empty for kinds said only in English."""
    values: tuple[str, ...] = ()
    """What ``message`` and ``hint`` were built from, in order, as the English shows them."""

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}:{self.column}"
        if self.warning:
            where += ": warning"
        text = f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


class Said(NamedTuple):
    """A problem's words in English, with its ``code`` and ``values`` (see :class:`Problem`)."""

    message: str
    hint: str
    code: str = ""
    values: tuple[str, ...] = ()


class DocumentError(Exception):
    """The file could not be loaded; ``problems`` lists every reason found."""

    def __init__(self, problems: list[Problem], *, omitted: int = 0) -> None:
        self.problems = tuple(problems)
        self.omitted = omitted
        super().__init__(self.report())

    @property
    def file(self) -> str:
        return self.problems[0].file if self.problems else ""

    def report(self) -> str:
        lines = [str(problem) for problem in self.problems]
        if self.omitted:
            lines.append(f"... and {self.omitted} more problems")
        return "\n".join(lines)


def located_problem(
    file: str,
    position: tuple[int, int] | None,
    path: JsonPath,
    message: str,
    hint: str,
    *,
    warning: bool = False,
    code: str = "",
    values: tuple[str, ...] = (),
) -> Problem:
    line, column = position if position else (None, None)
    return Problem(file, line, column, format_path(path), message, hint, warning, code, values)
