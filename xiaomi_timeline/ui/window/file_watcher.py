"""Watch the open file and say when it changed, once per burst of writes.

Editors save in different ways: in place (one or more writes), or atomically (write a temp file,
rename it over the original). A rename drops the path from QFileSystemWatcher, so the folder is
watched too and the file is re-added whenever it exists again. Changes are debounced and only
announced when the file's size or modification time actually differ from the last seen.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

log = logging.getLogger(__name__)

DEBOUNCE_MS = 300


def _signature(path: Path) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


class FileWatcher(QObject):
    """Debounced change notifications for one file.

    Signals:
        file_changed(str): the watched file has new content (debounced), or is back after
            being missing.
        file_missing(str): the watched file was deleted or moved away (once, debounced).
    """

    file_changed = Signal(str)
    file_missing = Signal(str)

    def __init__(self, parent: QObject | None = None, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._path: Path | None = None
        self._seen: tuple[int, int] | None = None
        self._missing = False
        self._watcher.fileChanged.connect(self._on_watcher_changed)
        self._watcher.directoryChanged.connect(self._on_watcher_changed)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def path(self) -> Path | None:
        return self._path

    def watch(self, path: Path | None) -> None:
        """Watch ``path`` (None stops watching)."""
        self._timer.stop()
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        self._path = path.resolve() if path is not None else None
        if self._path is None:
            return
        self._seen = _signature(self._path)
        self._missing = self._seen is None
        self._ensure_watched()

    def _ensure_watched(self) -> None:
        assert self._path is not None
        folder = str(self._path.parent)
        if folder not in self._watcher.directories() and os.path.isdir(folder):
            self._watcher.addPath(folder)
        name = str(self._path)
        if name not in self._watcher.files() and self._path.exists():
            self._watcher.addPath(name)

    def _on_watcher_changed(self, _changed: str) -> None:
        if self._path is not None:
            self._timer.start()

    def _on_timer_timeout(self) -> None:
        if self._path is None:
            return
        self._ensure_watched()
        signature = _signature(self._path)
        if signature is None:
            # Still gone after the debounce, so not an atomic save's rename: deleted or moved.
            if not self._missing:
                self._missing = True
                log.info("%s is gone", self._path)
                self.file_missing.emit(str(self._path))
            return
        back, self._missing = self._missing, False
        if signature == self._seen and not back:
            return  # unchanged (another file in the folder changed)
        self._seen = signature
        log.info("%s changed; reloading", self._path)
        self.file_changed.emit(str(self._path))
