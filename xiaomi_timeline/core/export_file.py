"""What an export picture is asked to be, and how it reaches the disk.

Shared by ``xiaomi-timeline export`` and File > Export: the options both give, and the write
to a temporary file beside the target that is moved into place only when complete, so a
failure never leaves a partial file behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from xiaomi_timeline.core.settings import CONTENT_LANGUAGES

FORMATS = ("png", "svg", "pdf")
LANGUAGES = CONTENT_LANGUAGES
DEFAULT_WIDTH = 2400
MIN_SIZE, MAX_SIZE = 400, 20_000
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
T = TypeVar("T")


@dataclass(frozen=True)
class ExportOptions:
    output: Path
    format: str
    width: int
    height: int | None
    lanes: str
    language: str


class ExportError(Exception):
    """A problem the user can fix; ``code`` is the exit status."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def check_target(output: Path) -> None:
    """Raise ExportError unless ``output`` names a file in a folder that exists and is
    writable."""
    if output.is_dir():
        raise ExportError(f"cannot write {output}: it is a folder; give a file name", EXIT_FAILED)
    folder = output.parent
    if not folder.is_dir():
        raise ExportError(f"cannot write {output}: folder {folder} does not exist", EXIT_FAILED)
    if not os.access(folder, os.W_OK):
        raise ExportError(f"cannot write {output}: folder {folder} is not writable", EXIT_FAILED)


def _umask() -> int:
    """The process umask (reading it means setting it, so it is set straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomically(output: Path, write: Callable[[Path], T]) -> T:
    """Run ``write`` on a temp file beside ``output``, then move it into place."""
    try:
        handle, name = tempfile.mkstemp(
            dir=output.parent, prefix=f".{output.name}.", suffix=".part"
        )
    except OSError as error:
        raise ExportError(f"cannot write {output}: {error.strerror}", EXIT_FAILED) from error
    os.close(handle)
    temp = Path(name)
    try:
        size = write(temp)
        if not temp.stat().st_size:
            raise ExportError(f"cannot write {output}: nothing was rendered", EXIT_FAILED)
        os.chmod(temp, 0o666 & ~_umask())  # mkstemp made it 0600: give it a new file's mode
        os.replace(temp, output)
    except OSError as error:
        raise ExportError(
            f"cannot write {output}: {error.strerror or error}", EXIT_FAILED
        ) from error
    finally:
        temp.unlink(missing_ok=True)
    return size
