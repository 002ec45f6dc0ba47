"""The Edit menu and history keys: undo/redo of filter and view changes, Back/Forward
through the events selected, copy with citation, and stepping through search matches.
The citation is written by :mod:`~xiaomi_timeline.ui.details.citation`, imported on the first
copy: a start needs none.

Undo steps are filters, each with the time window last seen under it: undoing brings back
what was on screen. Typing more of a search refines its step instead of adding one per word.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QTextEdit,
    QWidget,
)

from xiaomi_timeline.core.history import History
from xiaomi_timeline.core.query import FilterState

if TYPE_CHECKING:
    from xiaomi_timeline.ui.filters.panel import FilterPanel
    from xiaomi_timeline.ui.i18n.texts import BoundTexts
    from xiaomi_timeline.ui.session import TimelineSession
    from xiaomi_timeline.ui.timeline.view import TimelineView


@dataclass(frozen=True)
class ViewStep:
    """One undo step: a filter and the time window last seen under it."""

    filter: FilterState
    window: tuple[float, float] | None = None


def refines_search(before: FilterState, after: FilterState) -> bool:
    """``after`` only changes a search that was already being typed."""
    return bool(before.text and after.text) and before.replace(text="") == after.replace(text="")


@dataclass(frozen=True)
class EditTargets:
    """What the edit actions work on, in one main window."""

    session: TimelineSession
    timeline: TimelineView
    table: QTableView
    filter_panel: FilterPanel
    texts: BoundTexts
    """The window's texts that follow the interface language."""


class EditActions(QObject):
    """Builds the actions and keeps the two histories of one main window."""

    def __init__(self, window: QMainWindow, targets: EditTargets) -> None:
        super().__init__(window)
        self._window = window
        self._targets = targets
        session = targets.session
        self._steps: History[ViewStep] = History(ViewStep(session.filter))
        self._visits: History[str | None] = History(session.selected_id)
        self._moving = False
        self._path = session.path
        self._build_actions()
        session.filter_changed.connect(self._on_filter_changed)
        session.selection_changed.connect(self._on_selection_changed)
        session.document_changed.connect(self._on_document_changed)
        targets.timeline.visible_range_changed.connect(self._on_visible_range_changed)
        self._update_actions()

    # -- actions ---------------------------------------------------------------------------

    def _action(
        self,
        text: Callable[[], str],
        slot: Callable[[], object],
        *keys: QKeySequence | QKeySequence.StandardKey | str,
    ) -> QAction:
        """An action whose ``text`` follows the interface language (the window's texts)."""
        action = QAction(self._window)
        self._targets.texts.bind(action.setText, text)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.undo_action = self._action(lambda: self.tr("&Undo filter change"), self.undo, "Ctrl+Z")
        self.redo_action = self._action(
            lambda: self.tr("&Redo filter change"), self.redo, "Ctrl+Shift+Z", "Ctrl+Y"
        )
        self.back_action = self._action(lambda: self.tr("&Back"), self.back, "Alt+Left")
        self.forward_action = self._action(lambda: self.tr("For&ward"), self.forward, "Alt+Right")
        self.copy_action = self._action(
            lambda: self.tr("&Copy"), self.copy, QKeySequence.StandardKey.Copy
        )
        self._targets.texts.bind(
            self.copy_action.setStatusTip,
            lambda: self.tr(
                "Copy the selected event with its sources, or the selected table rows as CSV"
            ),
        )
        self.find_next_action = self._action(
            lambda: self.tr("Find &next match"), lambda: self.find_match(1), "F3"
        )
        self.find_previous_action = self._action(
            lambda: self.tr("Find &previous match"), lambda: self.find_match(-1), "Shift+F3"
        )

    def edit_menu(self) -> QMenu:
        menu = QMenu(self._window)
        self._targets.texts.bind(menu.setTitle, lambda: self.tr("&Edit"))
        menu.addActions([self.undo_action, self.redo_action])
        menu.addSeparator()
        menu.addAction(self.copy_action)
        menu.addSeparator()
        menu.addActions([self.find_next_action, self.find_previous_action])
        return menu

    def history_actions(self) -> list[QAction]:
        """Back and Forward, for the View menu."""
        return [self.back_action, self.forward_action]

    def _update_actions(self) -> None:
        self.undo_action.setEnabled(self._steps.can_go_back())
        self.redo_action.setEnabled(self._steps.can_go_forward())
        self.back_action.setEnabled(self._visits.can_go_back())
        self.forward_action.setEnabled(self._visits.can_go_forward())

    # -- undo / redo -----------------------------------------------------------------------

    def _on_filter_changed(self, state: FilterState) -> None:
        if self._moving or state == self._steps.current.filter:
            return
        if refines_search(self._steps.current.filter, state):
            self._steps.amend(lambda step: replace(step, filter=state))
        else:
            self._steps.record(ViewStep(state, self._targets.timeline.visible_range()))
        self._update_actions()

    def _on_visible_range_changed(self, start: float, end: float) -> None:
        self._steps.amend(lambda step: replace(step, window=(start, end)))

    def undo(self) -> None:
        self._go(self._steps.back())

    def redo(self) -> None:
        self._go(self._steps.forward())

    def _go(self, step: ViewStep | None) -> None:
        if step is None:
            return
        session = self._targets.session
        self._moving = True
        try:
            session.set_filter(session.applicable(step.filter))
        finally:
            self._moving = False
        if step.window is not None:
            self._targets.timeline.set_visible_range(*step.window)
        self._update_actions()

    # -- back / forward --------------------------------------------------------------------

    def _on_selection_changed(self, event_id: str | None) -> None:
        if self._moving or event_id is None:
            return
        if self._visits.current is None:  # nothing selected yet is no place to go back to
            self._visits.amend(lambda _nothing: event_id)
        else:
            self._visits.record(event_id)
        self._update_actions()

    def back(self) -> None:
        self._visit(self._visits.back())

    def forward(self) -> None:
        self._visit(self._visits.forward())

    def _visit(self, event_id: str | None) -> None:
        if event_id is not None:
            self._moving = True
            try:
                self._targets.session.reveal(event_id)
            finally:
                self._moving = False
        self._update_actions()

    def _on_document_changed(self) -> None:
        """A new file starts both histories afresh; a reload of the same file keeps them."""
        session = self._targets.session
        if session.path == self._path and session.path is not None:
            return
        self._path = session.path
        self._steps.reset(ViewStep(session.filter))
        self._visits.reset(session.selected_id)
        self._update_actions()

    # -- copy and find ---------------------------------------------------------------------

    def copy(self) -> None:
        """The selected table rows as CSV when the table has them, else the selected event
        as a citation (plain and rich text). Text selected in a field or the details is
        copied as it is."""
        if copy_selected_text(QApplication.focusWidget()):
            return
        window, table, session = self._window, self._targets.table, self._targets.session
        rows = table.selectionModel().selectedRows()
        if table.hasFocus() and len(rows) > 1:
            mime = QMimeData()
            mime.setText(table_rows_csv(table, sorted(index.row() for index in rows)))
            QGuiApplication.clipboard().setMimeData(mime)
            return
        event = session.selected_event
        if event is None:
            window.statusBar().showMessage(self.tr("Select an event to copy it"), 4000)
            return
        from xiaomi_timeline.ui.details.citation import cite  # noqa: PLC0415 - on first copy

        citation = cite(event, session.index, session.language)
        mime = QMimeData()
        mime.setText(citation.plain())
        mime.setHtml(citation.html())
        QGuiApplication.clipboard().setMimeData(mime)
        window.statusBar().showMessage(self.tr("Copied the event with its sources"), 4000)

    def find_match(self, step: int) -> None:
        """F3 / Shift+F3: the next or previous event the search matches; with no search,
        go to the search field."""
        session = self._targets.session
        if not session.filter.text:
            self._targets.filter_panel.focus_search()
            return
        session.select_relative(step)


def copy_selected_text(widget: QWidget | None) -> bool:
    """Copy the text selected in ``widget`` if it is a text field holding a selection."""
    if isinstance(widget, QLineEdit) and widget.hasSelectedText():
        widget.copy()
        return True
    if isinstance(widget, QTextEdit) and widget.textCursor().hasSelection():
        widget.copy()
        return True
    return False


def table_rows_csv(table: QAbstractItemView, rows: list[int]) -> str:
    """``rows`` of the table as CSV, with the header, as the table shows them."""
    model = table.model()
    columns = range(model.columnCount())
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([model.headerData(c, Qt.Orientation.Horizontal) for c in columns])
    for row in rows:
        writer.writerow([model.index(row, c).data() or "" for c in columns])
    return out.getvalue()
