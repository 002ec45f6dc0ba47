"""Opening a big file without freezing the window or losing what it shows.

A file of :data:`BACKGROUND_FROM_BYTES` or more is read and checked on a worker thread while
the window's event loop keeps running; after :data:`SHOW_AFTER_MS` the status bar shows how
far it has got, with a Cancel button. Cancel returns at once and leaves the window as it was:
the worker stops at its next step and its result is dropped. Smaller files, which open in a
blink, are loaded in place.

The events are validated as the file is read, a chunk at a time, so the bar and Cancel answer
between chunks. The last step (the rest of the document and the checks) holds the interpreter
lock until it returns; so that the window at least says what it is doing then, a file big
enough to take more than half a second shows its progress at once, and the worker waits
(briefly) for the window to show "Checking…" before that step.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QStatusBar

from xiaomi_timeline.core.loading.loader import LoadCancelled, load_path
from xiaomi_timeline.core.schema import Document
from xiaomi_timeline.ui.window.load_progress import LoadProgress

BACKGROUND_FROM_BYTES = 2_000_000
SHOW_AFTER_MS = 500
SHOW_AT_ONCE_BYTES = 40_000_000
"""Loading runs at roughly 50-100 MB/s: a file this big takes well over SHOW_AFTER_MS."""
HANDOVER_WAIT_S = 0.25
"""How long the worker waits for the window to show that checking begins."""


class _Task(QObject):
    """One load on its worker thread; ``finished`` reaches the window's thread queued."""

    progressed = Signal(object, int, int)
    """(this task, bytes read, file size)"""
    finished = Signal()

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.cancelled = threading.Event()
        self.outcome: Document | BaseException | None = None
        self.read = (0, 1)
        """The latest (bytes read, file size)."""
        self.shown = threading.Event()
        """Set once the window shows that all is read (then validation may take the lock)."""

    def run(self) -> None:
        try:
            self.outcome = load_path(self.path, self._progress)
        except BaseException as error:  # handed to the window's thread, raised there
            self.outcome = error
        self.finished.emit()

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled.is_set():
            raise LoadCancelled
        self.read = (done, total)
        self.progressed.emit(self, done, total)
        if done >= total:
            self.shown.wait(HANDOVER_WAIT_S)


class BackgroundLoader(QObject):
    """Loads files for one window, showing progress in its status bar."""

    def __init__(self, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self.status_bar = status_bar
        self.background_from_bytes = BACKGROUND_FROM_BYTES
        self.show_after_ms = SHOW_AFTER_MS
        self.progress: LoadProgress | None = None
        self._task: _Task | None = None
        self._loop: QEventLoop | None = None

    @property
    def busy_with(self) -> Path | None:
        """The file being opened, if one is."""
        return self._task.path if self._task is not None else None

    def in_background(self, path: Path) -> bool:
        """Whether :meth:`load` would read ``path`` on the worker (it is big enough)."""
        return _size(path) >= self.background_from_bytes

    def load(self, path: Path, *, progress_at_once: bool = False) -> Document:
        """The document in ``path``, loaded while the window runs; raises what
        :func:`load_path` raises, or :class:`LoadCancelled` when the user stops it.
        ``progress_at_once`` shows the progress without waiting (the user already waited)."""
        size = _size(path)
        if size < self.background_from_bytes or self._task is not None:
            return load_path(path)
        task = _Task(path)
        self._task, self._loop = task, QEventLoop()
        task.finished.connect(self._loop.quit)
        task.progressed.connect(self._on_read)  # a method of this object: queued to its thread
        timer = QTimer()  # not a child: the window may go while this loop still runs
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self._show(task, size))
        at_once = progress_at_once or size >= SHOW_AT_ONCE_BYTES
        timer.start(0 if at_once else self.show_after_ms)
        threading.Thread(target=task.run, name=f"load {path.name}", daemon=True).start()
        try:
            self._loop.exec()
        finally:
            timer.stop()
            self._task = self._loop = None
            if self.progress is not None:
                self.progress.hide()
        if task.cancelled.is_set():
            raise LoadCancelled
        if isinstance(task.outcome, BaseException):
            raise task.outcome
        assert task.outcome is not None
        return task.outcome

    def cancel(self) -> None:
        """Stop the load under way (if any): the window goes on with what it shows."""
        if self._task is not None and self._loop is not None:
            self._task.cancelled.set()
            self._loop.quit()

    def _show(self, task: _Task, size: int) -> None:
        if task is not self._task:
            return
        if self.progress is None:
            self.progress = LoadProgress(self.status_bar)
            self.progress.cancel_requested.connect(self.cancel)
            self.status_bar.addPermanentWidget(self.progress)
        self.progress.start(task.path, size)
        self.progress.show_read(*task.read)
        self.progress.show()

    def _on_read(self, task: _Task, done: int, total: int) -> None:
        if task is not self._task:
            return
        if self.progress is not None and self.progress.isVisible():
            self.progress.show_read(done, total)
            self.progress.repaint()
        if done >= total:
            task.shown.set()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
