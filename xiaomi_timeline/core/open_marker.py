"""A note in the state folder naming the file being opened, so a crash cannot become a loop.

The note is written before a file is read and removed once opening it has ended, whether it
opened or failed with a reported problem. If the process dies in between (a native library, the
out-of-memory killer), the note survives; the next start finds it and does not open that file
again by itself.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

from xiaomi_timeline.core.paths import state_dir

log = logging.getLogger(__name__)

MARKER_FILE = "opening.json"


def marker_path() -> Path:
    return state_dir() / MARKER_FILE


def record_opening(path: Path) -> None:
    """Note that ``path`` is being opened (flushed to disk before the reading starts)."""
    marker = marker_path()
    text = json.dumps({"path": str(path.absolute()), "pid": os.getpid()}, ensure_ascii=False)
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        with marker.open("w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:
        log.warning(
            "cannot write %s (%s); a crash while opening would not be noticed", marker, error
        )


def clear_opening() -> None:
    """Opening has ended, one way or the other."""
    try:
        marker_path().unlink(missing_ok=True)
    except OSError as error:
        log.warning("cannot remove %s (%s)", marker_path(), error)


def take_interrupted_opening() -> Path | None:
    """The file whose opening the last run never finished, if any; the note is removed.

    A note of another app instance that is still running (opening a file right now) is not
    a crash: it is left alone.
    """
    marker = marker_path()
    try:
        data = marker.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        log.warning("cannot read %s (%s)", marker, error)
        return None
    try:
        value = json.loads(data)
        path, pid = value["path"], value.get("pid")
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        log.warning("ignored unreadable %s (%s)", marker, error)
        clear_opening()
        return None
    if isinstance(pid, int) and pid != os.getpid() and _running(pid):
        return None
    clear_opening()
    if not isinstance(path, str) or not path or "\0" in path:
        log.warning("ignored %s: no file name in it", marker)
        return None
    return Path(path)


def _running(pid: int) -> bool:
    """Whether process ``pid`` exists (never asked on Windows, where os.kill ends it)."""
    if sys.platform == "win32" or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except PermissionError:
        return True  # someone else's process
    except (OSError, OverflowError):
        return False
    return True
