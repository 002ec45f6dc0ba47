"""The window's file and settings work: startup, open, recent files, drops, saving UI state.

Kept apart from the widget wiring so each stays small; it knows the window only through
:class:`FilesHost`, the part of it this work needs. A file that fails at startup still
leaves a timeline on screen (the built-in data set), says so plainly, and keeps being watched
and retried until it opens; remembered filters only come back for the file they were made on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMenu, QStatusBar, QWidget

from xiaomi_timeline.core.loading.loader import LoadCancelled, load_path, unread_columns
from xiaomi_timeline.core.open_marker import (
    clear_opening,
    record_opening,
    take_interrupted_opening,
)
from xiaomi_timeline.core.problems import DocumentError
from xiaomi_timeline.core.query import FilterState
from xiaomi_timeline.core.schema import Document, text_in
from xiaomi_timeline.core.settings import SavedFilters, UiState, save_ui_state
from xiaomi_timeline.ui.filters.panel import FilterPanel
from xiaomi_timeline.ui.session import TimelineSession
from xiaomi_timeline.ui.timeline.view import TimelineView
from xiaomi_timeline.ui.window.file_watcher import FileWatcher
from xiaomi_timeline.ui.window.loading import BackgroundLoader

if TYPE_CHECKING:
    from xiaomi_timeline.ui.window.problem_banner import ProblemBanner, ProblemDialog

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

DEFAULT_SIZE = (1280, 800)
OPENABLE_SUFFIXES = (".json", ".csv", ".ics", ".ical")


def _b64(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def _unb64(text: str) -> QByteArray:
    return QByteArray.fromBase64(QByteArray(text.encode("ascii")))


class FilesHost(Protocol):
    """What :class:`WindowFiles` uses of its window (the main window provides it); the
    camelCase methods are QMainWindow's own."""

    session: TimelineSession
    timeline: TimelineView
    filter_panel: FilterPanel
    watcher: FileWatcher
    recent_menu: QMenu
    filters_dock: QDockWidget
    details_dock: QDockWidget
    events_dock: QDockWidget
    problem_dialog: ProblemDialog | None

    @property
    def banner(self) -> ProblemBanner: ...
    def reload(self) -> bool: ...
    def window(self, /) -> QWidget: ...
    def statusBar(self, /) -> QStatusBar: ...  # noqa: N802
    def resize(self, w: int, h: int, /) -> None: ...
    def restoreGeometry(self, geometry: QByteArray, /) -> bool: ...  # noqa: N802
    def saveGeometry(self, /) -> QByteArray: ...  # noqa: N802
    def restoreState(self, state: QByteArray, /) -> bool: ...  # noqa: N802
    def saveState(self, /) -> QByteArray: ...  # noqa: N802
    def resizeDocks(  # noqa: N802
        self, docks: list[QDockWidget], sizes: list[int], orientation: Qt.Orientation, /
    ) -> None: ...


class _StartPlan(NamedTuple):
    """What the start asked for: the file named (if any), the one to open (it or the last),
    the last file, one whose opening the last run died in, the view to preset, and the last
    file when it was to be reopened but is gone (moved, deleted, on a drive not mounted)."""

    file: Path | None
    wanted: Path | None
    last: Path | None
    interrupted: Path | None
    cli_filter: FilterState | None
    select: str | None
    last_missing: Path | None = None


class WindowFiles:
    """Opening files and remembering the window for one main window."""

    def __init__(self, window: FilesHost, ui_state: UiState, *, persist: bool) -> None:
        self.window = window
        self.state = ui_state
        self.persist = persist
        # The file asked for at start that could not be opened: watched, and retried by
        # Ctrl+R and Try again, until it opens or the user opens something else.
        self.failed_start: Path | None = None
        self.last_error: DocumentError | None = None
        self._quiet = False
        self._retrying = False
        self.pending_start: Path | None = None
        """The file given at start that opens once the window shows (see :meth:`start`)."""
        self.loader = BackgroundLoader(window.statusBar())

    # -- startup ---------------------------------------------------------------------------

    def start(
        self,
        file: Path | None,
        cli_filter: FilterState | None = None,
        select: str | None = None,
        *,
        builtin: bool = False,
        show_first: bool = False,
    ) -> bool:
        """Show ``file`` (or the last file, or the built-in data) and restore or preset the view.

        The last file is not reopened when ``builtin`` asks for the built-in data, nor after a
        run that died while opening a file: that one is named in the banner, with Try again.
        With ``show_first``, a file big enough to load on the worker is opened only once the
        event loop runs (the window is shown by then): meanwhile the built-in data is shown
        and the status bar says which file is being opened; the view is preset after it.
        Returns False when an explicitly named file could not be opened (a file left to open
        later counts as opened: its failure is reported in the window).
        """
        saved = self.state
        last = Path(saved.last_file) if saved.last_file else None
        interrupted = take_interrupted_opening() if self.persist else None
        if interrupted is not None:
            log.warning("the last run closed while opening %s; not reopening it", interrupted)
            self._forget_last_file()
        reopen = last if file is None and not builtin and interrupted is None else None
        found = reopen is not None and reopen.is_file()
        wanted = file if file is not None else reopen if found else None
        missing = reopen if not found else None
        plan = _StartPlan(file, wanted, last, interrupted, cli_filter, select, missing)
        if wanted is not None and show_first and self.loader.in_background(wanted):
            self.window.session.open_builtin()
            self.pending_start = wanted
            message = translate("WindowFiles", "Opening %1…").replace("%1", str(wanted))
            self.window.statusBar().showMessage(message)
            QTimer.singleShot(0, self.loader, lambda: self._open_after_showing(plan))
            return True
        opened = self._open_at_start(plan)
        self._finish_start(plan, opened)
        return file is None or opened

    def _open_after_showing(self, plan: _StartPlan) -> None:
        self.window.statusBar().clearMessage()  # the progress strip names the file from now on
        self._finish_start(plan, self._open_at_start(plan), builtin_shown=True)

    def _open_at_start(self, plan: _StartPlan) -> bool:
        """Open the start file, if any; its problems are reported by :meth:`_finish_start`."""
        if plan.wanted is None:
            return False
        self._quiet = True  # the fallback is not settled yet: say it once it is
        self.last_error = None
        try:
            return self.open_file(plan.wanted)
        finally:
            self._quiet = False
            self.pending_start = None

    def _finish_start(self, plan: _StartPlan, opened: bool, *, builtin_shown: bool = False) -> None:
        """After the start file opened (or did not): the fallback, what went wrong, and the
        view the command line or the last run asks for."""
        session, saved, wanted = self.window.session, self.state, plan.wanted
        if not opened:
            if not builtin_shown:
                session.open_builtin()
            if wanted is not None and self.last_error is not None:
                self._report_start_failure(wanted, self.last_error)
            elif wanted is not None:  # the user cancelled it
                message = translate("WindowFiles", "Stopped opening %1; showing %2 instead")
                message = message.replace("%1", wanted.name).replace("%2", self._instead())
                self.window.statusBar().showMessage(message, 15_000)
            elif plan.interrupted is not None and plan.file is None:
                self._report_interrupted(plan.interrupted)
            elif plan.last_missing is not None:
                message = translate(
                    "WindowFiles", "The last file, %1, is no longer there; showing %2 instead"
                )
                message = message.replace("%1", str(plan.last_missing)).replace(
                    "%2", self._instead()
                )
                self.window.statusBar().showMessage(message, 30_000)
        last, cli_filter = plan.last, plan.cli_filter
        same_view = session.path == last if last is not None else session.path is None
        if cli_filter is not None and not cli_filter.is_empty():
            session.set_filter(self._resolved(cli_filter))
        elif same_view:
            session.set_filter(session.applicable(saved.filters.to_filter()))
            if saved.selected_event:
                session.select(saved.selected_event)
            if saved.visible_window is not None:
                self.window.timeline.set_visible_range(*saved.visible_window)
        if plan.select is not None:
            self._select_at_start(
                plan.select, keep_filters=cli_filter is not None and not cli_filter.is_empty()
            )

    def _select_at_start(self, event_id: str, *, keep_filters: bool) -> None:
        """Select ``event_id``; filters given with it on the command line stay, and the status
        bar says when they hide it (other filters are cleared to show it)."""
        session = self.window.session
        if keep_filters and not session.filter.is_empty():
            session.select(event_id)
        else:
            session.reveal(event_id)
        if session.selected_id != event_id:
            log.warning("no event with id %r", event_id)
            message = translate("WindowFiles", "No event with id “%1”").replace("%1", event_id)
        elif not session.in_result(event_id):
            message = translate(
                "WindowFiles", "The selected event “%1” is hidden by the filters"
            ).replace("%1", event_id)
        else:
            return
        self.window.statusBar().showMessage(message, 10000)

    def _resolved(self, state: FilterState) -> FilterState:
        """Names and aliases from the command line -> ids (unknown names are kept: no match)."""
        index = self.window.session.index

        def ids(queries: frozenset[str], resolve: object) -> frozenset[str]:
            found: set[str] = set()
            for query in queries:
                matched = resolve([query])  # type: ignore[operator]
                found |= matched or {query}
            return frozenset(found)

        return state.replace(
            people=ids(state.people, index.resolve_people),
            organizations=ids(state.organizations, index.resolve_organizations),
            categories=ids(state.categories, index.resolve_categories),
        )

    # -- the watched file ------------------------------------------------------------------

    def watched_file_changed(self, path: str) -> None:
        """Reload the open file, or open the one that failed at start, when it changed."""
        failed, current = self.failed_start, self.window.session.path
        if failed is not None and Path(path) == failed.resolve():
            self.retry_failed_start()
        elif current is not None and Path(path) == current.resolve():
            self.window.reload()

    def watched_file_missing(self, path: str) -> None:
        current = self.window.session.path
        if current is not None and Path(path) == current.resolve():
            self.window.banner.show_missing(current.name)

    # -- a file that failed at start -------------------------------------------------------

    def take_load_failure(self, error: DocumentError) -> bool:
        """Whether this failure is about the start file (and so shown here, not as a new
        dialog)."""
        self.last_error = error
        if self._quiet:
            return True
        if self._retrying:
            self._show_start_problems(error)
            return True
        return False

    def _instead(self) -> str:
        session = self.window.session
        if session.path is not None:
            return session.path.name
        title = text_in(session.document.title, session.language)
        return translate("WindowFiles", "the built-in data set “%1”").replace("%1", title)

    def _forget_last_file(self) -> None:
        """Never reopen the last file by itself again (not even if this run dies too)."""
        self.state = self.state.model_copy(update={"last_file": None})
        save_ui_state(self.state)

    def _report_interrupted(self, path: Path) -> None:
        """The banner says the last run closed while opening ``path``; Try again opens it."""
        self.failed_start = path.absolute()
        self.window.banner.show_interrupted(path.name, instead=self._instead)

    def _report_start_failure(self, path: Path, error: DocumentError) -> None:
        window = self.window
        self.failed_start = path.absolute()
        window.watcher.watch(self.failed_start)
        problems = error.problems
        from xiaomi_timeline.ui.window.problem_banner import ProblemDialog  # noqa: PLC0415 - rare

        dialog = ProblemDialog(str(path), problems, window.window(), instead=self._instead)
        dialog.retry_requested.connect(self.retry_failed_start)
        window.problem_dialog = dialog
        self._show_start_problems(error)
        dialog.open()

    def _show_start_problems(self, error: DocumentError) -> None:
        """The banner (and the dialog, if still open) list the latest problems."""
        assert self.failed_start is not None
        problems = error.problems
        self.window.banner.show_problems(
            self.failed_start.name, problems, error.omitted, instead=self._instead
        )
        dialog = self.window.problem_dialog
        if dialog is not None and dialog.isVisible() and dialog.instead is not None:
            dialog.set_problems(problems)

    def retry_failed_start(self) -> bool:
        """Try the start file again (Ctrl+R, Try again, or it changed on disk)."""
        path = self.failed_start
        if path is None:
            return False
        self._retrying = True
        try:
            opened = self.open_file(path)
        finally:
            self._retrying = False
        dialog = self.window.problem_dialog
        if opened and dialog is not None and dialog.isVisible():
            dialog.accept()
        return opened

    # -- opening ---------------------------------------------------------------------------

    def open_file(self, path: Path | str) -> bool:
        """Open ``path``; a bad file shows the problem dialog and the current view stays, as
        it does when the user cancels a long load."""
        path = Path(path)
        if self.refused_while_busy():
            return False
        with self.opening(path):
            opened = self.window.session.open_path(path, load=self._loader_for(path))
        if not opened:
            return False
        self.state = self.state.with_recent(str(path.resolve()))
        if self.persist:
            save_ui_state(self.state)  # the recent list survives even an unclean exit
        self.window.statusBar().showMessage(*self._opened_message(path))
        return True

    def _loader_for(self, path: Path) -> Callable[[Path], Document]:
        """How to load ``path``: in place at start before the window shows (nothing to keep
        responsive yet), else with progress, at once for the file the user started with."""
        if self.pending_start is None:
            return load_path if self._quiet else self.load_document
        return lambda p: self.load_document(p, progress_at_once=True)

    @staticmethod
    def _opened_message(path: Path) -> tuple[str, int]:
        """What the status bar says after ``path`` opened, and for how many milliseconds:
        longer when a CSV column was not read, so the user sees it is not on screen."""
        opened = translate("WindowFiles", "Opened %1").replace("%1", str(path))
        unread = unread_columns(path)
        if unread is None:
            return opened, 5000
        again = {name for name, _, _ in unread.repeated}
        second = translate("WindowFiles", "%1 (a second column of that name)")
        names = translate("WindowFiles", ", ", "between column names").join(
            second.replace("%1", f"“{name}”") if name in again else f"“{name}”"
            for name in unread.names
        )
        message = translate(
            "WindowFiles", "%1; these columns are not read and their cells are not shown: %2"
        )
        return message.replace("%2", names).replace("%1", opened), 30_000

    def load_document(self, path: Path, *, progress_at_once: bool = False) -> Document:
        """Load ``path`` showing progress when it is long; says so when the user cancels."""
        try:
            return self.loader.load(path, progress_at_once=progress_at_once)
        except LoadCancelled:
            message = QCoreApplication.translate(
                "WindowFiles", "Stopped opening %1; the timeline shown is unchanged"
            )
            self.window.statusBar().showMessage(message.replace("%1", path.name), 10_000)
            raise

    def refused_while_busy(self) -> bool:
        """Whether a file is still being opened (then the status bar says to cancel it
        first: one load at a time)."""
        busy = self.loader.busy_with
        if busy is None:
            return False
        message = QCoreApplication.translate("WindowFiles", "Still opening %1: cancel it first")
        self.window.statusBar().showMessage(message.replace("%1", busy.name), 5000)
        return True

    @contextmanager
    def opening(self, path: Path | None) -> Iterator[None]:
        """While ``path`` is read and shown, a note names it, so that a crash here is noticed
        at the next start instead of repeated (see :mod:`xiaomi_timeline.core.open_marker`)."""
        if path is None or not self.persist:
            yield
            return
        record_opening(path)
        try:
            yield
        finally:
            clear_opening()

    def open_builtin(self) -> None:
        self.window.session.open_builtin()

    def choose_and_open(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415 - on demand, not at launch

        start = str(self.window.session.path.parent) if self.window.session.path else ""
        name, _ = QFileDialog.getOpenFileName(
            self.window.window(),
            translate("WindowFiles", "Open timeline"),
            start,
            translate(
                "WindowFiles",
                "Timelines (*.json *.csv *.tsv *.ics);;Timeline or TimelineJS3 JSON (*.json);;"
                "CSV, ours or TimelineJS3's spreadsheet (*.csv *.tsv);;iCalendar (*.ics);;"
                "All files (*)",
            ),
        )
        if name:
            self.open_file(name)

    def fill_recent_menu(self) -> None:
        menu = self.window.recent_menu
        menu.clear()
        for number, name in enumerate(self.state.recent_files, start=1):
            label = name.replace("&", "&&")
            action = menu.addAction(f"&{number % 10} {label}" if number <= 10 else label)
            action.triggered.connect(lambda _=False, n=name: self.open_file(n))
        if not self.state.recent_files:
            menu.addAction(translate("WindowFiles", "No recent files")).setEnabled(False)
            return
        menu.addSeparator()
        menu.addAction(translate("WindowFiles", "&Clear recent files")).triggered.connect(
            self._clear_recent
        )

    def _clear_recent(self) -> None:
        self.state = self.state.model_copy(update={"recent_files": ()})

    @staticmethod
    def dropped_file(mime: QMimeData) -> Path | None:
        """The first local timeline file in a drag (JSON, CSV or iCalendar), if any."""
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(OPENABLE_SUFFIXES):
                return Path(url.toLocalFile())
        return None

    # -- window state ----------------------------------------------------------------------

    def restore_window(self) -> None:
        window, state = self.window, self.state
        if not (state.geometry and window.restoreGeometry(_unb64(state.geometry))):
            window.resize(*DEFAULT_SIZE)
        if not (state.window_state and window.restoreState(_unb64(state.window_state))):
            window.resizeDocks(
                [window.filters_dock, window.details_dock], [270, 330], Qt.Orientation.Horizontal
            )
            window.resizeDocks([window.events_dock], [210], Qt.Orientation.Vertical)
        window.filter_panel.fold_sections(state.folded_filters)

    def snapshot(self) -> UiState:
        """The window's current state as settings."""
        window, session = self.window, self.window.session
        state = session.filter
        visible = window.timeline.visible_range()
        return self.state.model_copy(
            update={
                "geometry": _b64(window.saveGeometry()),
                "window_state": _b64(window.saveState()),
                "last_file": str(session.path.resolve()) if session.path else None,
                "filters": SavedFilters.of(state),
                "selected_event": session.selected_id,
                "visible_window": (float(visible[0]), float(visible[1])),
                "folded_filters": window.filter_panel.folded_sections(),
            }
        )

    def save_state(self) -> None:
        if not self.persist:
            return
        self.state = self.snapshot()
        save_ui_state(self.state)
