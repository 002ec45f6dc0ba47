"""The one owner of what the window shows: document, filter, result, selection, language.

Widgets never change each other; they ask the session, and the session announces the new state
with signals. Loading never replaces a good document with a broken one: a failed open or reload
emits ``load_failed`` and leaves everything as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import numpy as np

from PySide6.QtCore import QObject, Signal

from xiaomi_timeline.core.loading.loader import LoadCancelled, load_builtin, load_path
from xiaomi_timeline.core.problems import DocumentError, Problem
from xiaomi_timeline.core.query import STATUSES, FilterState, QueryResult, TimelineIndex
from xiaomi_timeline.core.schema import Document, Event
from xiaomi_timeline.core.settings import CONTENT_LANGUAGES

log = logging.getLogger(__name__)

LANGUAGES = CONTENT_LANGUAGES


def _unexpected(path: str, error: BaseException) -> DocumentError:
    """Wrap a failure the loader did not foresee so the user still gets a problem list."""
    log.exception("unexpected failure loading %s", path)
    return DocumentError([Problem(path, None, None, "", f"cannot load: {error}")])


class TimelineSession(QObject):
    """Document, index, filter, result, selection and content language, with change signals.

    Signals:
        document_changed(): a new document and index are in place (open or reload).
        filter_changed(object): the FilterState changed.
        result_changed(object): the QueryResult changed (always after filter or document).
        selection_changed(object): the selected event id (str) or None.
        language_changed(str): the content language changed.
        load_failed(object, bool): a DocumentError; True when it was a reload of the open file.
    """

    document_changed = Signal()
    filter_changed = Signal(object)
    result_changed = Signal(object)
    selection_changed = Signal(object)
    language_changed = Signal(str)
    load_failed = Signal(object, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
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
        self._filter = self.applicable(self._filter) if keep_view else FilterState()
        selected = self._selected if keep_view else None
        self._selected = None
        self._result = self._index.query(self._filter)
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
        self._result = self._index.query(state)
        self.filter_changed.emit(state)
        self.result_changed.emit(self._result)
        if self._selected is not None and not self.in_result(self._selected):
            self.select(None)

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
