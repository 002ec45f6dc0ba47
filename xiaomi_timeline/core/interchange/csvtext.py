"""Reading CSV text the way spreadsheets write it, with problems placed at row and column.

Rows and columns are the spreadsheet's (the header is row 1, column A is 1), which is what a
user sees where the file was made, even when a cell holds several lines of text.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from xiaomi_timeline.core.problems import Problem


@dataclass
class Header:
    """The header row: each column's name as written and its 1-based number, by the
    name in lower case without surrounding spaces, and the character between cells."""

    names: list[str]
    delimiter: str = ","

    def __post_init__(self) -> None:
        self.columns = {
            name.strip().lower(): i + 1 for i, name in reversed(list(enumerate(self.names)))
        }

    def index(self, key: str) -> int | None:
        """0-based position of column ``key`` (lower case), or None when it is missing."""
        number = self.columns.get(key)
        return None if number is None else number - 1

    def label(self, key: str) -> tuple[int, str]:
        """(column number, name as written) of ``key``."""
        number = self.columns.get(key, 1)
        return number, self.names[number - 1].strip() if self.names else key


SEPARATORS = {
    ",": ("comma", "csv.extra_cells"),
    ";": ("semicolon", "csv.extra_cells_semicolon"),
    "\t": ("tab", "csv.extra_cells_tab"),
}
"""The separators a header row may use, the first preferred when two read alike: each
one's name and the code of a row with extra cells (see :func:`extra_cells`)."""


def sniff_header(text: str) -> Header:
    """The header row of CSV ``text`` (empty when there is none), read with the separator
    that splits it into the most columns: a comma, a semicolon (spreadsheets write that
    where a comma is the decimal sign: Excel in Indonesian or most European languages; a
    column name may then hold a comma, "Beschreibung, lang") or a tab (a .tsv, or cells
    copied out of a spreadsheet). A header that reads alike with two is comma-separated."""
    head = text[:65536]
    best: Header | None = None
    for delimiter in SEPARATORS:
        try:
            row = next(csv.reader(io.StringIO(head, newline=""), delimiter=delimiter), None)
        except csv.Error as error:
            raise UnreadableCsvError(1, str(error)) from None
        if row is None:
            return Header([])
        if best is None or len(row) > len(best.names):
            best = Header(row, delimiter)
    assert best is not None
    return best


class UnreadableCsvError(Exception):
    """The csv module stopped at ``line`` (a NUL byte, a cell over its size limit, a quote
    never closed); ``hint`` is what to do when the reason is one of ours."""

    def __init__(self, line: int, reason: str, hint: str = "") -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason
        self.hint = hint

    def problem(self, name: str) -> Problem:
        return Problem(
            name,
            self.line,
            1,
            "",
            f"cannot be read as CSV: {self.reason}",
            self.hint
            or "save it again as CSV from the spreadsheet; a cell holds at most 131072 characters",
        )


def records(text: str, delimiter: str = ",", before: int = 0) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells) of every row after the header that is not blank; ``before`` rows
    of one line each, the header among them, came before ``text`` (none: ``text`` starts with
    the header).

    Read strictly: a quoted cell never closed, or text after a closing quote, is an error at
    the line where that row starts, not a cell quietly holding the rest of the file or a
    quote dropped."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    row_start = before + 1
    try:
        if not before:
            next(reader, None)
            row_start = reader.line_num + 1
        for number, row in enumerate(reader, start=max(before, 1) + 1):
            if any(row) and (row[0].strip() or "".join(row).strip()):
                yield number, row
            row_start = before + reader.line_num + 1
    except csv.Error as error:
        raise _unreadable(row_start, str(error)) from None


BLOCK_CHARACTERS = 1 << 17
"""About how much text :func:`row_blocks` reads at a time: rows read a block at a time and
let go of once used keep the memory they pass through in the processor's caches."""
BLOCK_ROWS = 512
"""How many rows :func:`row_blocks` gives at a time when the csv module reads them."""


def row_blocks(
    text: str | bytes, delimiter: str = ","
) -> Iterator[tuple[list[int], list[list[str]]]]:
    """What :func:`records` gives, a block of rows at a time: their numbers and cells.

    Lines are cut with ``str.split`` at a fraction of the csv module's cost as long as they
    are plain (see :func:`_plain_rows`); from the first block that is not, the csv module
    reads the rest, so a bad row is named at its line as :func:`records` names it.

    ``text`` may be the file's UTF-8 bytes (without a byte-order mark): each line is then
    decoded on its own, so a line of ASCII is cut as such, not as part of a text that one
    character beyond Latin-1 makes two bytes a character throughout. Bytes that are not
    UTF-8 raise UnicodeDecodeError: :func:`decode` says where they are."""
    start, before = 0, 0
    while start < len(text):
        end = _block_end(text, start)
        rows = _plain_rows(text[start:end], delimiter)
        if rows is None:
            break
        skip = 0 if before else 1  # the header, read before
        yield _filled(rows[skip:], before + 1 + skip)
        start, before = end, before + len(rows)
    else:
        return
    rest = text[start:]
    found = records(rest.decode() if isinstance(rest, bytes) else rest, delimiter, before)
    while block := list(itertools.islice(found, BLOCK_ROWS)):
        yield [n for n, _ in block], [row for _, row in block]


def _block_end(text: str | bytes, start: int) -> int:
    """Where the block of text from ``start`` ends: after the first line break at least
    :data:`BLOCK_CHARACTERS` on, or at the end."""
    at = start + BLOCK_CHARACTERS
    found = text.find(b"\n", at) if isinstance(text, bytes) else text.find("\n", at)
    return found + 1 or len(text)


def _filled(rows: list[list[str]], first: int) -> tuple[list[int], list[list[str]]]:
    """The numbers and cells of the rows that hold anything but blanks (a blank row is
    skipped, as spreadsheets do); ``first`` is the number of the first row."""
    numbers = [
        number
        for number, row in enumerate(rows, start=first)
        if row and (row[0].strip() or "".join(row).strip())
    ]
    if len(numbers) == len(rows):
        return numbers, rows
    return numbers, [rows[number - first] for number in numbers]


def _plain_rows(text: str | bytes, delimiter: str) -> list[list[str]] | None:
    """The rows of ``text`` as the csv module reads them, cut with ``str.split`` at a
    fraction of its cost, when every row is on one line and each quoted cell is whole
    (``,"a, b",``, no ``""`` inside); None when not, and the csv module reads it. What the
    module would refuse (a quote never closed, text after a closing quote, a cell over its
    size limit) or read some other way (a quote inside an unquoted cell, line breaks in a
    cell, ``\\r``, NUL) is never plain."""
    if isinstance(text, bytes):
        if b"\r" in text or b"\0" in text:
            return None
        lines = list(map(bytes.decode, text.split(b"\n")))
    elif "\r" in text or "\0" in text:
        return None
    else:
        lines = text.split("\n")
    if not lines[-1]:
        lines.pop()  # the csv module reads no row after the last line break
    if max(map(len, lines), default=0) > csv.field_size_limit():
        return None
    rows = []
    for line in lines:
        if '"' in line:
            row = _quoted_row(line, delimiter)
            if row is None:
                return None
        else:
            row = line.split(delimiter) if line else []
        rows.append(row)
    return rows


def _quoted_row(line: str, delimiter: str) -> list[str] | None:
    """The cells of one line with quoted cells, each quoted from one delimiter to the next;
    None for any other use of quotes."""
    parts = line.split('"')  # odd places: quoted cells; even places: what lies around them
    last = len(parts) - 1
    head, tail = parts[0], parts[last]
    if last % 2 or head[-1:] not in ("", delimiter) or tail[:1] not in ("", delimiter):
        return None
    row = head[:-1].split(delimiter) if head else []
    row.append(parts[1])
    for n in range(2, last, 2):
        between = parts[n]
        if between != delimiter:
            if not (between.startswith(delimiter) and between[1:].endswith(delimiter)):
                return None  # "" inside a quoted cell, or text after a closing quote
            row += between[1:-1].split(delimiter)
        row.append(parts[n + 1])
    if tail:
        row += tail[1:].split(delimiter)
    return row


def _unreadable(line: int, reason: str) -> UnreadableCsvError:
    if reason == "unexpected end of data":
        return UnreadableCsvError(
            line, "a cell's opening quote (\") is never closed", 'close it with a " or remove it'
        )
    if reason.endswith("expected after '\"'"):
        return UnreadableCsvError(
            line,
            'a quoted cell has text after its closing quote (")',
            'write a quote inside a quoted cell as two (""), or quote the whole cell',
        )
    return UnreadableCsvError(line, reason)


def extra_cells(
    name: str, row_number: int, row: list[str], width: int, delimiter: str = ","
) -> Problem | None:
    """A problem when ``row`` has filled cells beyond the header's ``width`` columns (empty
    ones after the last column are how spreadsheets often save, and harmless); its hint names
    the file's separator (``delimiter``), the character a cell must be quoted to hold."""
    filled = len(row)
    while filled > width and not row[filled - 1].strip():
        filled -= 1
    if filled <= width:
        return None
    separator, code = SEPARATORS[delimiter]
    return Problem(
        name,
        row_number,
        width + 1,
        "",
        f"row {row_number} has {filled} cells but the header has {width} "
        f"{'column' if width == 1 else 'columns'}",
        f"put a cell that holds a {separator} in double quotes, or name the extra column in the "
        "header row",
        code="" if width == 1 else code,
        values=(str(row_number), str(filled), str(width)),
    )


def decode(data: bytes, name: str, *, spreadsheet: bool = False) -> tuple[str, list[Problem]]:
    """UTF-8 text (with or without a byte-order mark), or the place it stops being UTF-8."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as bad:
        row = data.count(b"\n", 0, bad.start) + 1
        column = len(data[data.rfind(b"\n", 0, bad.start) + 1 : bad.start].decode(errors="replace"))
        problem = Problem(
            name,
            row,
            column + 1,
            "",
            f"not valid UTF-8 (byte 0x{data[bad.start]:02x})",
            'save it as "CSV UTF-8" (Excel) or export it again from Google Sheets'
            if spreadsheet
            else "save the file as UTF-8",
            code="csv.not_utf8" if spreadsheet else "encoding.not_utf8",
            values=(f"0x{data[bad.start]:02x}",),
        )
        return "", [problem]


def missing_columns(header: Header, required: list[str], name: str) -> list[Problem]:
    """A problem at the header row for each required column it lacks."""
    return [
        Problem(
            name,
            1,
            len(header.names) + 1,
            key,
            f"the column {key!r} is missing",
            "add it to the header row (the first row); columns: " + ", ".join(required),
            code="csv.missing_column",
            values=(repr(key), ", ".join(required)),
        )
        for key in required
        if header.index(key.lower()) is None
    ]


@dataclass(frozen=True)
class UnreadColumns:
    """Header columns nothing reads (their cells are not kept anywhere): their names as
    written, the number of the first, and the columns that are read."""

    names: tuple[str, ...]
    first: int
    read: tuple[str, ...]
    repeated: tuple[tuple[str, int, int], ...] = ()
    """Of ``names``, those named again after a column that is read: (name, the column read,
    this column)."""

    def problem(self, name: str) -> Problem:
        again = {label for label, _, _ in self.repeated}
        others = [label for label in self.names if label not in again]
        said = [
            f"column {label!r} is given twice (columns {read} and {column}): only the first "
            "is read, the cells of the second are not kept"
            for label, read, column in self.repeated
        ]
        listed = ", ".join(repr(label) for label in others)
        if len(others) == 1:
            said.append(f"column {listed} is not read: its cells are not kept")
        elif others:
            said.append(f"columns {listed} are not read: their cells are not kept")
        hint = f"the columns read are {', '.join(self.read)}; rename a column to one of them"
        if not others:
            hint = "rename or delete one of each pair; " + hint
        return Problem(name, 1, self.first, "", "; ".join(said), hint + " to keep it", warning=True)


def unread_columns(
    header: Header, read: tuple[str, ...], derived: tuple[str, ...] = ()
) -> UnreadColumns | None:
    """The columns of ``header`` neither ``read`` nor ``derived`` from others (matched as the
    header is, without case or surrounding spaces), if any; a column named again after one
    that is read is not read either (the first of a name is)."""
    wanted = {column.lower() for column in (*read, *derived)}
    seen: dict[str, int] = {}
    unread = []
    repeated = []
    for number, label in enumerate(header.names, start=1):
        key = label.strip().lower()
        if key and (key not in wanted or key in seen):
            unread.append((number, label.strip()))
            if key in wanted:
                repeated.append((label.strip(), seen[key], number))
        seen.setdefault(key, number)
    if not unread:
        return None
    names = tuple(label for _, label in unread)
    return UnreadColumns(names, unread[0][0], read, tuple(repeated))
