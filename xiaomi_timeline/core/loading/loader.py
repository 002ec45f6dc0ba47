"""File or bytes -> :class:`Document`, or a :class:`DocumentError` that says where and why.

The fast path validates our JSON as it is read, its events in batches
(:mod:`~xiaomi_timeline.core.loading.batches`), with the cyclic GC paused (docs/architecture.md,
"Loading big files"); a valid document is frozen out of the GC's reach
(:mod:`xiaomi_timeline.core.gcutil`). A file that is not for batches, or not valid, is
validated in one ``model_validate_json`` call. Only when that fails do we spend time on diagnosis:
re-parse with :mod:`json` for exact syntax positions, then map every pydantic error and every
cross-reference finding to ``file:line:col: path: message (hint)``. Nothing but DocumentError
leaves this module.

The readers of other formats and the diagnosis of an invalid file are imported when a file
needs them: opening a valid timeline JSON (the built-in data at every start) imports neither.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, NoReturn

from pydantic import ValidationError

from xiaomi_timeline.core import resources
from xiaomi_timeline.core.gcutil import gc_paused
from xiaomi_timeline.core.interchange.detection import HEAD_BYTES, Format, detect
from xiaomi_timeline.core.jsonpos import byte_line_col, locate
from xiaomi_timeline.core.loading import checks
from xiaomi_timeline.core.loading.batches import validate_in_batches
from xiaomi_timeline.core.loading.duplicate_keys import DuplicateKeyScanner, duplicate_keys
from xiaomi_timeline.core.problems import DocumentError, Problem, located_problem
from xiaomi_timeline.core.schema import Document

if TYPE_CHECKING:
    from xiaomi_timeline.core.interchange.csvtext import UnreadColumns
    from xiaomi_timeline.core.interchange.sourcemap import Imported

__all__ = [
    "MAX_FILE_BYTES",
    "DocumentError",
    "LoadCancelled",
    "Problem",
    "load_builtin",
    "load_bytes",
    "load_path",
    "unread_columns",
    "warnings_in",
]


MAX_FILE_BYTES = 1024 * 1024 * 1024  # 1 GiB: about 2M events; 1M events take ~500 MB.
MAX_PROBLEMS = 200
READ_CHUNK_BYTES = 4 * 1024 * 1024
"""Also the bytes validated at a time: about 7,000 events, 40 ms, then progress is told."""

Progress = Callable[[int, int], None]
"""Told (bytes read, file size) as a file is read, and (size, size) once more before it is
checked; it may raise :class:`LoadCancelled` to stop the load."""


class LoadCancelled(Exception):  # noqa: N818 - not an error: the user chose to stop
    """The user stopped a load; whatever was on screen stays."""


def load_builtin() -> Document:
    """The data set shipped with the app."""
    return load_path(resources.builtin_data_path())


def load_path(path: str | Path, progress: Progress | None = None) -> Document:
    """Read and validate a timeline file, telling ``progress`` how the reading goes."""
    path = Path(path)
    name = str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            _fail(name, "is a folder, not a file", "choose a timeline file")
        if size > MAX_FILE_BYTES:
            _fail(
                name,
                f"is {size / 1e6:.0f} MB; the limit is {MAX_FILE_BYTES // 2**20} MB",
                "split the file into several smaller ones",
            )
        with path.open("rb") as handle:
            return _load_file(handle, size, name, progress)
    except FileNotFoundError:
        _fail(name, "no such file", "check the path and the file name")
    except PermissionError:
        _fail(name, "permission denied", "check that you may read this file")
    except OSError as error:
        _fail(name, f"cannot be read: {error.strerror or error}", "check the path")


def _load_file(handle: BinaryIO, size: int, name: str, progress: Progress | None) -> Document:
    """The document in the open file ``handle``: our JSON is validated as it is read (its
    events in batches), any other format once all is read."""
    chunks = _read_in_chunks(handle, size, progress)
    first = next(chunks, b"")
    head = first.removeprefix(codecs.BOM_UTF8)
    if not (handle.seekable() and _read_in_batches(head, name)):  # a pipe cannot be read twice
        data = first + b"".join(chunks)
        if progress is not None:
            progress(len(data), len(data))
        return load_bytes(data, name)

    def rest() -> Iterator[bytes]:
        yield head
        done = len(first)
        for chunk in chunks:
            done += len(chunk)
            yield chunk
        if progress is not None:
            progress(done, done)

    def whole() -> bytes:
        handle.seek(0)
        return handle.read().removeprefix(codecs.BOM_UTF8)

    return _load_timeline(rest(), name, whole)


def _read_in_chunks(handle: BinaryIO, size: int, progress: Progress | None) -> Iterator[bytes]:
    """The file's bytes a chunk at a time, with ``progress`` told after each (the first is
    big enough to tell the format by)."""
    first = max(READ_CHUNK_BYTES, HEAD_BYTES + len(codecs.BOM_UTF8))
    chunk = handle.read(first)
    while len(chunk) < first and (more := handle.read(first - len(chunk))):  # a pipe's bits
        chunk += more
    done = 0
    while chunk:
        done += len(chunk)
        if progress is not None:
            progress(done, max(size, done))
        yield chunk
        chunk = handle.read(READ_CHUNK_BYTES)


def load_bytes(data: bytes, name: str = "<data>") -> Document:
    """Validate the bytes of a timeline file in any format we read (our JSON, TimelineJS3
    JSON or spreadsheet CSV, our CSV, iCalendar); ``name`` is used in messages and its
    extension is a hint to the format.

    A UTF-8 byte-order mark is skipped (JSON parsers may ignore one, and Windows editors write
    it); lines and columns are then counted from the first character after it, as editors do.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    _refuse_workbook(data, name)
    if len(data) <= MAX_FILE_BYTES and data and not data.isspace():
        kind = detect(data, name)
        if kind is not Format.TIMELINE:
            from xiaomi_timeline.core.loading.imported import load_imported  # noqa: PLC0415

            with gc_paused():  # building 100k dicts is no work for the cyclic GC
                imported = _read_other_format(data, name, kind)
                if kind is Format.TIMELINEJS3 and (repeated := duplicate_key_problems(data, name)):
                    raise DocumentError(repeated)
                return load_imported(imported, name, MAX_PROBLEMS)
    if not _read_in_batches(data, name):
        return _load_whole(data, name)
    step = READ_CHUNK_BYTES
    return _load_timeline(
        (data[start : start + step] for start in range(0, len(data), step)), name, lambda: data
    )


def _read_other_format(data: bytes, name: str, kind: Format) -> Imported:
    """``formats.read``, with a reader's own failure said as a problem of ours: a file the
    reader did not expect must not end in a traceback."""
    from xiaomi_timeline.core.interchange import formats  # noqa: PLC0415 - see top

    try:
        return formats.read(data, name, kind)
    except (DocumentError, MemoryError, RecursionError):
        raise
    except Exception as error:  # any reader fault, said with the file name
        _fail(
            name,
            f"cannot be read as {kind.label}: {type(error).__name__}: {error}",
            "the reader failed on something in this file; please report it with the file",
        )


def _read_in_batches(head: bytes, name: str) -> bool:
    """Whether a file that starts with ``head`` (its first chunk, byte-order mark skipped)
    is our JSON, to be validated in batches."""
    return (
        0 < len(head) <= MAX_FILE_BYTES
        and not head.isspace()
        and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        and detect(head, name) is Format.TIMELINE
    )


def _load_timeline(chunks: Iterator[bytes], name: str, whole: Callable[[], bytes]) -> Document:
    """Our JSON read as ``chunks``, its events validated in batches; a file that is not for
    batches, or not valid, is validated whole (``whole()`` gives its bytes), so its
    problems are reported as they always were."""
    keys = DuplicateKeyScanner()

    def scanned() -> Iterator[bytes]:
        for chunk in chunks:
            keys.feed(chunk)
            yield chunk

    try:
        with gc_paused(freeze_on_success=True):
            document = validate_in_batches(scanned())
            if not checks.check_document(document) and not keys.finish():
                return document
    except (LoadCancelled, OSError):  # the user stopped it, or the file cannot be read
        raise
    except Exception:  # NotBatched, or any surprise: the one call says what is wrong
        pass
    return _load_whole(whole(), name)


def _load_whole(data: bytes, name: str) -> Document:
    """Validate our JSON in one call; on failure, say where and why."""
    _check_bytes(data, name)
    with gc_paused(freeze_on_success=True):
        try:
            document = Document.model_validate_json(data)
        except ValidationError as error:
            from xiaomi_timeline.core.loading.diagnosis import diagnose  # noqa: PLC0415 - see top

            raise diagnose(data, name, error, MAX_PROBLEMS) from None
        except (RecursionError, MemoryError) as error:
            _fail(name, f"cannot be parsed: {type(error).__name__}", "simplify the file")
        findings = checks.check_document(document)
    repeated = duplicate_key_problems(data, name)
    if repeated and not findings:
        raise DocumentError(repeated)
    if findings:
        from xiaomi_timeline.core.loading.diagnosis import in_file_order  # noqa: PLC0415

        text = data.decode("utf-8")
        positions = locate(text, [finding.path for finding in findings[:MAX_PROBLEMS]])
        problems = [
            located_problem(
                name,
                positions.get(f.path),
                f.path,
                f.message,
                f.hint,
                code=f.code,
                values=f.values,
            )
            for f in findings[:MAX_PROBLEMS]
        ]
        problems += repeated
        raise DocumentError(in_file_order(problems), omitted=max(0, len(findings) - MAX_PROBLEMS))
    return document


def duplicate_key_problems(data: bytes, name: str) -> list[Problem]:
    """A problem for each key the JSON ``data`` gives twice in one object: a parser keeps
    only the last, so the first would be lost without a word."""
    problems = []
    for repeated in duplicate_keys(data):
        first_line, first_column = byte_line_col(data, repeated.first)
        problems.append(
            Problem(
                name,
                *byte_line_col(data, repeated.second),
                "",
                f'"{repeated.key}" is given more than once in this object; the first is at line '
                f"{first_line}, column {first_column}",
                "keep one of them: a JSON reader would use only the last and drop the other",
                code="json.duplicate_key",
                values=(repeated.key, str(first_line), str(first_column)),
            )
        )
    return problems


def warnings_in(path: Path, document: Document) -> tuple[list[Problem], int]:
    """What the valid ``document`` read from ``path`` should still fix, located in the file
    (the first :data:`MAX_PROBLEMS` of them), and how many more there are."""
    findings = checks.warnings_for(document)
    if not findings:
        return [], 0
    shown = findings[:MAX_PROBLEMS]
    try:
        positions = locate(path.read_text(encoding="utf-8"), [f.path for f in shown])
    except (OSError, ValueError):  # changed or gone since it loaded: say it without positions
        positions = {}
    problems = [
        located_problem(str(path), positions.get(f.path), f.path, f.message, f.hint, warning=True)
        for f in shown
    ]
    return problems, len(findings) - len(shown)


def unread_columns(path: Path) -> UnreadColumns | None:
    """For a CSV file: the columns of its header that nothing reads (from its first MB)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError:
        return None
    if detect(head, str(path)) not in (Format.CSV, Format.TIMELINEJS3_CSV):
        return None  # every file but a CSV: no need for the CSV readers
    from xiaomi_timeline.core.interchange import formats  # noqa: PLC0415 - see top

    return formats.unread_header_columns(head, str(path))


def _fail(
    name: str, message: str, hint: str, line: int | None = None, col: int | None = None
) -> NoReturn:
    raise DocumentError([Problem(name, line, col, "", message, hint)])


_WORKBOOK_SIGNATURES = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
"""How .xlsx and .ods files (zip archives) and old .xls files (OLE) begin: no timeline text
format does, and reading one as text only finds bytes that are not UTF-8."""


def _refuse_workbook(data: bytes, name: str) -> None:
    if data.startswith(_WORKBOOK_SIGNATURES):
        problem = Problem(
            name,
            1,
            1,
            "",
            "a spreadsheet workbook (Excel, LibreOffice), not a timeline file",
            'save the sheet as "CSV UTF-8" and open that',
            code="file.workbook",
        )
        raise DocumentError([problem])


def _check_bytes(data: bytes, name: str) -> None:
    if len(data) > MAX_FILE_BYTES:
        _fail(
            name,
            f"is {len(data) / 1e6:.0f} MB; the limit is {MAX_FILE_BYTES // 2**20} MB",
            "split the file into several smaller ones",
        )
    if not data or data.isspace():  # isspace stops at the first other byte; strip copies
        raise DocumentError(
            [
                Problem(
                    name,
                    1,
                    1,
                    "",
                    "the file is empty",
                    "a timeline file is a JSON object; see the README",
                    code="file.empty",
                )
            ]
        )
    _refuse_workbook(data, name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        _fail(name, "the file is UTF-16, not UTF-8", "save it as UTF-8", 1, 1)
