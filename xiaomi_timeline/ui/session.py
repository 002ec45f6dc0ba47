"""The one owner of what the window shows: document, filter, result, selection, language.

Widgets never change each other; they ask the session, and the session announces the new state
with signals. Loading never replaces a good document with a broken one: a failed open or reload
emits ``load_failed`` and leaves everything as it was.

A big document's search texts are built on a worker thread once it is shown, and its
text searches run there too: a text filter is announced at once (``filter_changed``,
``search_pending(True)``) and its result when the worker has found it (``result_changed``), so
the window never waits for the scan.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from xiaomi_timeline.core.loading.loader import LoadCancelled, load_builtin, load_path
from xiaomi_timeline.core.problems import DocumentError, Problem
from xiaomi_timeline.core.query import STATUSES, FilterState, QueryResult, TimelineIndex
from xiaomi_timeline.core.schema import Document, Event
from xiaomi_timeline.core.settings import CONTENT_LANGUAGES
from xiaomi_timeline.core.textsearch import SearchStopped

log = logging.getLogger(__name__)

LANGUAGES = CONTENT_LANGUAGES
SEARCH_TEXTS_IN_BACKGROUND_FROM = 50_000
"""Events from which the search texts are built, and text searches run, off the interface
thread (at 1M: ~1 s to build, ~0.15 s a search)."""

Job = Callable[[], None]


def start_thread(job: Job) -> None:
    """Run ``job`` on a daemon thread (it must only read what the interface thread shares)."""
    threading.Thread(target=job, name="search-texts", daemon=True).start()


def _unexpected(path: str, error: BaseException) -> DocumentError:
    """Wrap a failure the loader did not foresee so the user still gets a problem list."""
    log.exception("unexpected failure loading %s", path)
    return DocumentError([Problem(path, None, None, "", f"cannot load: {error}")])


class _WorkerDone(QObject):
    """Tells the interface thread that a worker finished (signals cross threads queued)."""

    finished = Signal()


class TimelineSession(QObject):
    """Document, index, filter, result, selection and content language, with change signals.

    Signals:
        document_changed(): a new document and index are in place (open or reload).
        filter_changed(object): the FilterState changed.
        result_changed(object): the QueryResult changed (always after filter or document).
        selection_changed(object): the selected event id (str) or None.
        language_changed(str): the content language changed.
        load_failed(object, bool): a DocumentError; True when it was a reload of the open file.
        search_pending(bool): True while a text filter is being searched off the thread.
    """

    document_changed = Signal()
    filter_changed = Signal(object)
    result_changed = Signal(object)
    selection_changed = Signal(object)
    language_changed = Signal(str)
    load_failed = Signal(object, bool)
    search_pending = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        start_background: Callable[[Job], None] | None = None,
        background_search_from: int | None = None,
    ) -> None:
        """``start_background`` runs a job off the interface thread (default: a daemon
        thread); ``background_search_from`` is the document size from which the search texts
        are built and text searches run there (default: SEARCH_TEXTS_IN_BACKGROUND_FROM)."""
        super().__init__(parent)
        self._start_background = start_background or start_thread
        self._background_search_from = (
            SEARCH_TEXTS_IN_BACKGROUND_FROM
            if background_search_from is None
            else background_search_from
        )
        self._pending = False
        self._worker_done = _WorkerDone(self)
        self._worker_done.finished.connect(
            self._on_worker_finished, Qt.ConnectionType.QueuedConnection
        )
        self._searches_running: set[tuple[TimelineIndex, str]] = set()
        """(index, text) searched by a worker; a worker removes its own when done."""
        self._searches_failed: set[tuple[TimelineIndex, str]] = set()
        """(index, text) whose worker failed: the interface thread searches them itself."""
        self._build_texts_later = QTimer(self)
        """Starts building a big document's search texts once the event loop has shown it:
        the build takes the interpreter lock and memory the window's first paint would
        otherwise wait for (a search asked before builds them in its own job)."""
        self._build_texts_later.setSingleShot(True)
        self._build_texts_later.setInterval(0)
        self._build_texts_later.timeout.connect(self._build_search_texts)
        self._index = TimelineIndex(Document(schema_version=1, title="Empty timeline"))
        self._filter = FilterState()
        self._result = self._index.query(self._filter)
        self._selected: str | None = None
        self._language = "en"
        self._path: Path | None = None

    # -- state -----------------------------------------------------------------------------

    @property
    def document(self) -> Document:
        return self._index.document

    @property
    def index(self) -> TimelineIndex:
        return self._index

    @property
    def filter(self) -> FilterState:
        return self._filter

    @property
    def result(self) -> QueryResult:
        return self._result

    @property
    def selected_id(self) -> str | None:
        return self._selected

    @property
    def selected_event(self) -> Event | None:
        return self._index.event(self._selected) if self._selected is not None else None

    @property
    def language(self) -> str:
        return self._language

    @property
    def path(self) -> Path | None:
        """The open file, or None for the built-in data set."""
        return self._path

    # -- loading ---------------------------------------------------------------------------

    def _try_load(self, load: Callable[[], Document], name: str, reload: bool) -> Document | None:
        try:
            return load()
        except LoadCancelled:  # the user stopped it: nothing failed, nothing changes
            return None
        except DocumentError as error:
            self.load_failed.emit(error, reload)
        except Exception as error:  # never a traceback to the user
            self.load_failed.emit(_unexpected(name, error), reload)
        return None

    def open_builtin(self, *, reload: bool = False) -> bool:
        """Show the data set shipped with the app."""
        document = self._try_load(load_builtin, "built-in data set", reload)
        if document is None:
            return False
        self.set_document(document, None, keep_view=reload)
        return True

    def open_path(
        self,
        path: str | Path,
        *,
        reload: bool = False,
        load: Callable[[Path], Document] = load_path,
    ) -> bool:
        """Load ``path`` with ``load``; on failure emit load_failed and keep the current
        document (also when ``load`` raises LoadCancelled, without a signal)."""
        path = Path(path).absolute()
        document = self._try_load(lambda: load(path), str(path), reload)
        if document is None:
            return False
        self.set_document(document, path, keep_view=reload)
        return True

    def reload(self, load: Callable[[Path], Document] = load_path) -> bool:
        """Re-read the open file, keeping filters and selection where the ids still exist."""
        if self._path is None:
            return self.open_builtin(reload=True)
        return self.open_path(self._path, reload=True, load=load)

    def set_document(
        self, document: Document, path: Path | None, *, keep_view: bool = False
    ) -> None:
        """Show ``document``; ``keep_view`` keeps filters and selection that still apply."""
        self._index = TimelineIndex(document)
        self._path = path
        self._searches_failed.clear()
        if self._searches_off_thread():
            self._build_texts_later.start()
        self._filter = self.applicable(self._filter) if keep_view else FilterState()
        selected = self._selected if keep_view else None
        self._selected = None
        waiting = self._waits_for_search(self._filter)
        shown = self._filter.replace(text="") if waiting else self._filter
        self._result = self._index.query(shown)
        self._set_search_pending(waiting)
        self.document_changed.emit()
        self.filter_changed.emit(self._filter)
        self.result_changed.emit(self._result)
        if selected is not None and self.in_result(selected):
            self._selected = selected
        self.selection_changed.emit(self._selected)

    def applicable(self, state: FilterState) -> FilterState:
        """``state`` without the ids this document does not have."""
        index = self._index
        return state.replace(
            people=frozenset(p for p in state.people if p in index.people_by_id),
            organizations=frozenset(
                o for o in state.organizations if o in index.organizations_by_id
            ),
            categories=frozenset(c for c in state.categories if c in index.categories_by_id),
            statuses=frozenset(s for s in state.statuses if s in STATUSES),
            tags=frozenset(t for t in state.tags if t in index.tags.code_of),
        )

    # -- filtering -------------------------------------------------------------------------

    def set_filter(self, state: FilterState) -> None:
        if state == self._filter:
            return
        self._filter = state
        if self._waits_for_search(state):
            self._set_search_pending(True)
            self.filter_changed.emit(state)
            return
        self._set_search_pending(False)
        self._result = self._index.query(state)
        self.filter_changed.emit(state)
        self._show_result()

    def _show_result(self) -> None:
        self.result_changed.emit(self._result)
        if self._selected is not None and not self.in_result(self._selected):
            self.select(None)

    # -- searches on a worker thread -------------------------------------------------------

    def _build_search_texts(self) -> None:
        if self._searches_off_thread() and not self._index.text_search_ready:
            self._start_background(self._job(self._index.prepare_text_search, None))

    def _searches_off_thread(self) -> bool:
        return len(self._index) >= self._background_search_from

    def _waits_for_search(self, state: FilterState) -> bool:
        """Whether ``state``'s text is being searched off the interface thread (the search
        is started here when it is not running yet). False once its mask is found, for small
        documents (searched at once), and when a worker failed on it (the query then
        searches itself and reports the error)."""
        text, index = state.text, self._index
        if (
            not text.strip()
            or not self._searches_off_thread()
            or index.found_text(text) is not None
        ):
            return False
        key = (index, text)
        if key in self._searches_failed:
            return False
        stop = self._abandoned(index, text)
        if key not in self._searches_running:
            self._searches_running.add(key)
            self._start_background(self._job(lambda: index.text_mask(text, stop), key))
        return True

    def _abandoned(self, index: TimelineIndex, text: str) -> Callable[[], bool]:
        """Whether a search for ``text`` in ``index`` is no longer wanted (another text or
        document came since): read by the worker, so typing never queues searches up."""
        return lambda: self._index is not index or self._filter.text != text

    def _job(self, work: Callable[[], object], key: tuple[TimelineIndex, str] | None) -> Job:
        """``work`` (building the search texts first), logging a failure; ``key`` is no
        longer running afterwards, whatever happened."""
        index = self._index

        def job() -> None:
            try:
                index.prepare_text_search()
                work()
            except SearchStopped:  # another text was asked for: its own job shows it
                pass
            except Exception:
                log.exception("searching off the interface thread failed")
                if key is not None:
                    self._searches_failed.add(key)
            finally:
                if key is not None:
                    self._searches_running.discard(key)
                self._worker_done.finished.emit()  # queued to the interface thread

        return job

    @property
    def searching(self) -> bool:
        """True while a text filter is searched off the thread (its result is not shown)."""
        return self._pending

    def _set_search_pending(self, pending: bool) -> None:
        if pending != self._pending:
            self._pending = pending
            self.search_pending.emit(pending)

    def _on_worker_finished(self) -> None:
        if not self._pending or self._waits_for_search(self._filter):
            return
        self._set_search_pending(False)
        self._result = self._index.query(self._filter)
        self._show_result()

    def update_filter(self, **changes: object) -> None:
        self.set_filter(self._filter.replace(**changes))

    def show_only_person(self, person_id: str) -> None:
        self.update_filter(people=frozenset({person_id}))

    def show_only_organization(self, org_id: str) -> None:
        self.update_filter(organizations=frozenset({org_id}))

    def clear_filters(self) -> None:
        self.set_filter(FilterState())

    # -- selection -------------------------------------------------------------------------

    def in_result(self, event_id: str) -> bool:
        """Whether the current filter shows ``event_id``."""
        position = self._index.position_of(event_id)
        return position is not None and bool(self._result.mask[position])

    def select(self, event_id: str | None) -> None:
        """Select an event of the document (None clears); unknown ids are ignored."""
        if event_id is not None and self._index.position_of(event_id) is None:
            log.debug("ignored selection of unknown event %r", event_id)
            return
        if event_id == self._selected:
            return
        self._selected = event_id
        self.selection_changed.emit(event_id)

    def reveal(self, event_id: str) -> None:
        """Select ``event_id``, clearing the filters first if they hide it."""
        if self._index.position_of(event_id) is None:
            return
        if not self.in_result(event_id):
            self.clear_filters()
        self.select(event_id)

    def select_relative(self, step: int) -> None:
        """Move the selection ``step`` events through the filtered set (date order).

        From an event the filter hides, the nearest shown one in that direction is next.
        """
        positions = self._result.positions
        count = len(positions)
        if count == 0:
            return
        current = self._index.position_of(self._selected) if self._selected else None
        if current is None:
            target = 0 if step > 0 else count - 1
        else:
            slot = int(np.searchsorted(positions, current))
            shown = slot < count and int(positions[slot]) == current
            # A hidden current event sits just before ``slot``: forward starts at ``slot``.
            target = slot + step - (1 if step > 0 and not shown else 0)
        target = max(0, min(count - 1, target))
        self.select(self._index.events[int(positions[target])].id)

    # -- language --------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES or language == self._language:
            return
        self._language = language
        self.language_changed.emit(language)
