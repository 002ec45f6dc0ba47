"""The main window: builds the widgets, menus and shortcuts and wires them to the session.

Layout: the timeline in the centre (under the problem banner), filters docked left, the event
table docked below and the details docked right; docks and geometry persist. ``_connect_signals``
is the one list of who talks to whom: widgets ask the session, the session's signals update the
widgets. File and settings work lives in :mod:`xiaomi_timeline.ui.window.files`.

What only a user action or a failure needs (dialogs, the problem banner) is imported and built
on first use, not before the first frame (docs/architecture.md, "Start-up").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from typing_extensions import override

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from xiaomi_timeline import APP_NAME
from xiaomi_timeline.core.dates import year_start
from xiaomi_timeline.core.problems import DocumentError
from xiaomi_timeline.core.query import STATUSES, FilterState, QueryResult
from xiaomi_timeline.core.schema import text_in
from xiaomi_timeline.core.settings import Preferences, UiState, save_preferences
from xiaomi_timeline.core.textmatch import search_terms
from xiaomi_timeline.ui.details.pane import DetailPane
from xiaomi_timeline.ui.filters.panel import FilterPanel
from xiaomi_timeline.ui.i18n.language import (
    apply_ui_language,
    content_language_following,
    current_ui_language,
    resolve_ui_language,
)
from xiaomi_timeline.ui.i18n.texts import BoundTexts
from xiaomi_timeline.ui.i18n.words import counts, status_name, unknown_name_sentence
from xiaomi_timeline.ui.models import DATE, EVENT_ID_ROLE, STATUS, TITLE, EventTableModel
from xiaomi_timeline.ui.search_marks import SearchMarkDelegate
from xiaomi_timeline.ui.session import TimelineSession
from xiaomi_timeline.ui.text_shaping import draw_unshaped
from xiaomi_timeline.ui.timeline.empty_notice import EmptyNotice
from xiaomi_timeline.ui.timeline.view import TimelineView
from xiaomi_timeline.ui.window.edit_actions import EditActions, EditTargets
from xiaomi_timeline.ui.window.file_watcher import FileWatcher
from xiaomi_timeline.ui.window.files import WindowFiles

if TYPE_CHECKING:
    from xiaomi_timeline.ui.export.printing import PrintPreview
    from xiaomi_timeline.ui.window.problem_banner import ProblemBanner, ProblemDialog


LANE_MODES = (
    ("category", str(QT_TRANSLATE_NOOP("MainWindow", "By &category"))),
    ("person", str(QT_TRANSLATE_NOOP("MainWindow", "By &person"))),
    ("organization", str(QT_TRANSLATE_NOOP("MainWindow", "By &organization"))),
)
FOLLOW_INTERFACE = "interface"
"""The content-language choice that follows the interface language."""
LANGUAGES = (
    (FOLLOW_INTERFACE, str(QT_TRANSLATE_NOOP("MainWindow", "Same as the &interface"))),
    ("en", "&English"),
    ("id", "Bahasa &Indonesia"),
    ("zh-Hans", "简体中文 (&C)"),
)
UI_LANGUAGE_CHOICES = (
    ("system", str(QT_TRANSLATE_NOOP("MainWindow", "&System language"))),
    ("en", "&English"),
    ("id", "Bahasa &Indonesia"),
    ("zh_CN", "简体中文 (&C)"),
)
"""Language names are written in their own language, so a reader finds theirs in any."""
YEAR_VIEW_MARGIN = 0.04  # of the chosen years' span, each side, so edge labels stay readable
THEMES = (
    ("system", str(QT_TRANSLATE_NOOP("MainWindow", "&System"))),
    ("light", str(QT_TRANSLATE_NOOP("MainWindow", "&Light"))),
    ("dark", str(QT_TRANSLATE_NOOP("MainWindow", "&Dark"))),
)


class MainWindow(QMainWindow):
    """The Xiaomi AI Timeline window."""

    def __init__(
        self,
        preferences: Preferences,
        ui_state: UiState,
        *,
        persist: bool = True,
        saved_preferences: Preferences | None = None,
    ) -> None:
        """``preferences`` are what this run uses; ``saved_preferences`` what is on disk (they
        differ by options given for one run on the command line, which are never saved)."""
        super().__init__()
        self.setObjectName("main-window")
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.preferences = preferences
        self.saved_preferences = saved_preferences or preferences
        self.texts = BoundTexts()
        self.session = TimelineSession(self)
        self.session.set_language(self.content_language())
        self.files = WindowFiles(self, ui_state, persist=persist)
        self.watcher = FileWatcher(self)
        self.problem_dialog: ProblemDialog | None = None
        self._banner: ProblemBanner | None = None
        self._syncing_table = False
        self._restoring_view = False
        self._shown_filter = FilterState()
        self._pending_view: tuple[float, float] | str | None = None
        self._export_folder: Path | None = None
        """Where the last export went (this run): the save dialog opens there again."""
        self.print_preview: PrintPreview | None = None
        self._reload_again = False
        """The open file changed while it was being reloaded."""
        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._connect_signals()
        self.timeline.set_lane_mode(preferences.lane_mode)
        self.timeline.set_language(self.session.language)
        self.files.restore_window()

    # -- building --------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.timeline = TimelineView()
        central = QWidget()
        self._central_layout = layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.filter_panel = FilterPanel()
        layout.addWidget(self.filter_panel.chip_bar)
        layout.addWidget(self.timeline, 1)
        self.setCentralWidget(central)
        self.empty_notice = EmptyNotice(self.timeline)
        self.filters_dock = self._dock(
            lambda: self.tr("Filters"), "filters-dock", self.filter_panel
        )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.filters_dock)
        self._build_table()
        self.events_dock = self._dock(lambda: self.tr("Events"), "events-dock", self.table)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.events_dock)
        self.detail_pane = DetailPane()
        self.details_dock = self._dock(lambda: self.tr("Details"), "details-dock", self.detail_pane)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.details_dock)
        # Side docks run the full height, so the table sits under the timeline only.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        # Tab order: filters, then the timeline, the table and the details.
        QWidget.setTabOrder(self.filter_panel.organizations.view, self.timeline.canvas)
        QWidget.setTabOrder(self.timeline.canvas, self.table)
        QWidget.setTabOrder(self.table, self.detail_pane)
        self.count_label = QLabel()
        self.count_label.setObjectName("event-count")
        self.texts.bind(self.count_label.setAccessibleName, lambda: self.tr("Event count"))
        self.statusBar().addPermanentWidget(self.count_label)

    @property
    def banner(self) -> ProblemBanner:
        """The problem banner over the timeline, made when first needed (hidden until then)."""
        if self._banner is None:
            from xiaomi_timeline.ui.window.problem_banner import ProblemBanner  # noqa: PLC0415

            self._banner = ProblemBanner()
            self._banner.reload_requested.connect(self.reload)
            self._central_layout.insertWidget(0, self._banner)
        return self._banner

    def _dock(self, title: Callable[[], str], name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        self.texts.bind(dock.setWindowTitle, title)
        self.texts.bind(dock.setAccessibleName, title)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        return dock

    def _build_table(self) -> None:
        self.table_model = EventTableModel(self)
        table = QTableView()
        table.setObjectName("event-table")
        self.texts.bind(table.setAccessibleName, lambda: self.tr("Events"))
        table.setModel(self.table_model)
        draw_unshaped(table)
        self.search_marks = SearchMarkDelegate(table)
        self._plain_cells = QStyledItemDelegate(table)
        """Cells without search words to mark: drawn by Qt alone, no Python per cell."""
        table.setItemDelegate(self._plain_cells)
        table.setSortingEnabled(True)
        table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 130), (2, 100), (3, 120)):
            header.resizeSection(column, width)
        self.table = table
        self._fit_status_column()

    def _fit_status_column(self) -> None:
        """The Status column as wide as its longest name in the interface language ("Diperdebatkan"
        was cut to "Diperdeb…" at the English width)."""
        metrics = self.table.fontMetrics()
        names = [status_name(status) for status in STATUSES]
        heading = self.table_model.headerData(STATUS, Qt.Orientation.Horizontal)
        widest = max(metrics.horizontalAdvance(text) for text in [*names, str(heading)])
        self.table.horizontalHeader().resizeSection(STATUS, widest + 24)  # cell and sort padding

    def _action(
        self,
        text: Callable[[], str],
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        *,
        tip: Callable[[], str] | None = None,
    ) -> QAction:
        """An action whose ``text`` (and status ``tip``) follow the interface language."""
        action = QAction(self)
        self.texts.bind(action.setText, text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip is not None:
            self.texts.bind(action.setStatusTip, tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        f = self.files
        self.open_action = self._action(
            lambda: self.tr("&Open…"), f.choose_and_open, QKeySequence.StandardKey.Open
        )
        self.builtin_action = self._action(
            lambda: self.tr("Open the &built-in data set"), f.open_builtin
        )
        self.reload_action = self._action(lambda: self.tr("&Reload"), self.reload, "Ctrl+R")
        self.export_action = self._action(
            lambda: self.tr("&Export image…"),
            self.export_image,
            "Ctrl+E",
            tip=lambda: self.tr("Save the events shown as a PNG, SVG or PDF picture"),
        )
        self.export_data_action = self._action(
            lambda: self.tr("Export &data…"),
            self.export_data,
            "Ctrl+Shift+E",
            tip=lambda: self.tr(
                "Save the events shown as timeline JSON, TimelineJS3, CSV or iCalendar"
            ),
        )
        self.print_action = self._action(
            lambda: self.tr("&Print…"),
            self.print_view,
            QKeySequence.StandardKey.Print,
            tip=lambda: self.tr(
                "Print the events shown: the timeline, then each event and its sources"
            ),
        )
        self.quit_action = self._action(lambda: self.tr("&Quit"), self.close, "Ctrl+Q")
        self.search_action = self._action(
            lambda: self.tr("&Search events"), self.filter_panel.focus_search, "Ctrl+F"
        )
        self.clear_filters_action = self._action(
            lambda: self.tr("Clear &all filters"), self.filter_panel.clear_all
        )
        self.fit_action = self._action(
            lambda: self.tr("&Fit the timeline to the events (F)"), self.timeline.fit
        )
        self.escape_action = self._action(
            lambda: self.tr("Clear search, then filters"), self.clear_search_then_filters, "Esc"
        )
        self.previous_action = self._action(
            lambda: self.tr("&Previous event"), lambda: self.session.select_relative(-1), "Left"
        )
        self.next_action = self._action(
            lambda: self.tr("&Next event"), lambda: self.session.select_relative(1), "Right"
        )
        self.fullscreen_action = self._action(
            lambda: self.tr("&Full screen"), self.toggle_full_screen, "F11"
        )
        self.fullscreen_action.setCheckable(True)
        self.focus_timeline_action = self._action(
            lambda: self.tr("Focus the &timeline"), self._focus_timeline, "Ctrl+1"
        )
        self.focus_table_action = self._action(
            lambda: self.tr("Focus the event &table"), self.table.setFocus, "Ctrl+2"
        )
        self.focus_details_action = self._action(
            lambda: self.tr("Focus the &details"), self.detail_pane.setFocus, "Ctrl+3"
        )
        self.shortcuts_action = self._action(
            lambda: self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1"
        )
        self.about_action = self._action(
            lambda: self.tr("&About %1").replace("%1", APP_NAME), self.show_about
        )
        self.lane_actions = self._choice_group(
            LANE_MODES, self.preferences.lane_mode, self.set_lane_mode
        )
        self.language_actions = self._choice_group(
            LANGUAGES, self.preferences.content_language or FOLLOW_INTERFACE, self.set_language
        )
        self.ui_language_actions = self._choice_group(
            UI_LANGUAGE_CHOICES, self.preferences.ui_language, self.set_ui_language
        )
        self.theme_actions = self._choice_group(THEMES, self.preferences.theme, self.set_theme)
        self.edit_actions = EditActions(
            self,
            EditTargets(self.session, self.timeline, self.table, self.filter_panel, self.texts),
        )

    def _choice_group(
        self, choices: tuple[tuple[str, str], ...], current: str, slot: object
    ) -> dict[str, QAction]:
        group = QActionGroup(self)
        group.setExclusive(True)
        actions: dict[str, QAction] = {}
        for key, text in choices:
            action = QAction(group)
            self.texts.bind(action.setText, partial(QCoreApplication.translate, "MainWindow", text))
            action.setCheckable(True)
            action.setChecked(key == current)
            action.triggered.connect(lambda _=False, k=key: slot(k))  # type: ignore[operator]
            actions[key] = action
        return actions

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self._menu(bar, lambda: self.tr("&File"))
        file_menu.addActions([self.open_action, self.builtin_action])
        self.recent_menu = QMenu(self)
        self.texts.bind(self.recent_menu.setTitle, lambda: self.tr("Open &recent"))
        self.recent_menu.setObjectName("recent-menu")
        self.recent_menu.aboutToShow.connect(self.files.fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.reload_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.export_data_action)
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        bar.addMenu(self.edit_actions.edit_menu())
        view = self._menu(bar, lambda: self.tr("&View"))
        view.addActions([self.search_action, self.escape_action, self.clear_filters_action])
        view.addAction(self.fit_action)
        view.addSeparator()
        view.addActions([self.previous_action, self.next_action])
        view.addActions(self.edit_actions.history_actions())
        view.addSeparator()
        lanes = self._menu(view, lambda: self.tr("&Lanes"))
        lanes.addActions(list(self.lane_actions.values()))
        interface = self._menu(view, lambda: self.tr("&Interface language"))
        interface.setObjectName("interface-language-menu")
        interface.addActions(list(self.ui_language_actions.values()))
        language = self._menu(view, lambda: self.tr("Content &language"))
        language.addActions(list(self.language_actions.values()))
        theme = self._menu(view, lambda: self.tr("T&heme"))
        theme.addActions(list(self.theme_actions.values()))
        view.addSeparator()
        view.addActions(
            [self.focus_timeline_action, self.focus_table_action, self.focus_details_action]
        )
        for dock in (self.filters_dock, self.events_dock, self.details_dock):
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        view.addAction(self.fullscreen_action)
        help_menu = self._menu(bar, lambda: self.tr("&Help"))
        help_menu.addActions([self.shortcuts_action, self.about_action])

    def _menu(self, parent: QWidget, title: Callable[[], str]) -> QMenu:
        """A submenu of ``parent`` (the menu bar or a menu) whose title follows the language."""
        menu = QMenu(self)
        self.texts.bind(menu.setTitle, title)
        parent.addAction(menu.menuAction())
        return menu

    # -- wiring ----------------------------------------------------------------------------

    def _connect_signals(self) -> None:
        s = self.session
        s.document_changed.connect(self._on_session_document_changed)
        s.filter_changed.connect(self._on_session_filter_changed)
        s.result_changed.connect(self._on_session_result_changed)
        s.selection_changed.connect(self._on_session_selection_changed)
        s.language_changed.connect(self._on_session_language_changed)
        s.load_failed.connect(self._on_session_load_failed)
        s.search_pending.connect(self._on_session_search_pending)
        self.filter_panel.filter_edited.connect(s.set_filter)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.timeline.event_selected.connect(s.select)
        self.timeline.event_activated.connect(s.select)
        self.detail_pane.person_clicked.connect(s.show_only_person)
        self.detail_pane.organization_clicked.connect(s.show_only_organization)
        self.detail_pane.event_clicked.connect(s.reveal)
        self.empty_notice.clear_requested.connect(self.filter_panel.clear_all)
        self.watcher.file_changed.connect(self.files.watched_file_changed)
        self.watcher.file_missing.connect(self.files.watched_file_missing)

    def _on_session_document_changed(self) -> None:
        session = self.session
        session.set_language(self.content_language())  # the new data may lack the language
        self.filter_panel.set_index(session.index, session.language)
        if self._banner is not None:
            self._banner.clear()
        self.files.failed_start = None
        self.watcher.watch(session.path)
        self._update_title()

    def _update_title(self) -> None:
        session = self.session
        title = text_in(session.document.title, session.language)
        where = session.path.name if session.path else self.tr("built-in data set")
        shown = title if title == where else f"{title} ({where})"  # a CSV's title is its name
        self.setWindowTitle(f"{shown} – {APP_NAME}")

    def _on_session_filter_changed(self, state: FilterState) -> None:
        self.filter_panel.show_filter(state)
        self.clear_filters_action.setEnabled(not state.is_empty())
        terms = search_terms(state.text)
        previous, self._shown_filter = self._shown_filter, state
        if terms != search_terms(previous.text):  # a click leaves the marks as they are
            self.search_marks.set_terms(terms)
            self.table.setItemDelegate(self.search_marks if terms else self._plain_cells)
            self.table.viewport().update()
            self.detail_pane.mark_search(terms)
        if self._restoring_view:
            return
        # The session emits the new result right after this signal: the view is moved once
        # the timeline holds it, or "fit" would fit the events of the previous filter.
        if state.years is not None and state.years != previous.years:
            first, last = year_start(state.years[0]), year_start(state.years[1] + 1)
            margin = (last - first) * YEAR_VIEW_MARGIN
            self._pending_view = (first - margin, last + margin)
        elif state.replace(text="") != previous.replace(text=""):
            self._pending_view = "fit"  # other choices change what there is to see; typing not

    def _apply_pending_view(self) -> None:
        pending, self._pending_view = self._pending_view, None
        if pending == "fit":
            self.timeline.fit()
        elif pending is not None:
            self.timeline.set_visible_range(*pending)

    def _on_session_result_changed(self, result: QueryResult) -> None:
        self._syncing_table = True
        try:
            self.table_model.set_result(result, self.session.language)
            self._select_table_row(self.session.selected_id)
        finally:
            self._syncing_table = False
        # The table lays its rows out now, not in the pass after the next one: it then
        # repaints with every other view instead of making the window paint twice.
        self.table.doItemsLayout()
        self.filter_panel.show_result(result)
        self.timeline.set_result(result)
        self._apply_pending_view()
        self._show_counts(result)

    def _show_counts(self, result: QueryResult) -> None:
        """The status bar's "N of M events" and, when nothing is shown, the notice saying why."""
        self.count_label.setText(counts.of_events(len(result), result.total))
        if len(result):
            self.empty_notice.show_for(len(result), result.total, ())
            return
        unknown = result.index.unknown_filter_names(result.filter)
        self.empty_notice.show_for(
            len(result),
            result.total,
            self.filter_panel.chip_labels(),
            [unknown_name_sentence(kind, name) for kind, name in unknown],
        )

    def _on_session_search_pending(self, pending: bool) -> None:
        self.filter_panel.show_search_pending(pending)
        if pending:  # the count follows with the result
            self.count_label.setText(self.tr("Searching…"))

    def _on_session_selection_changed(self, event_id: str | None) -> None:
        self._syncing_table = True
        try:
            self._select_table_row(event_id)
        finally:
            self._syncing_table = False
        self.timeline.set_selected(event_id)
        session = self.session
        self.detail_pane.show_event(session.selected_event, session.index, session.language)

    def _on_session_language_changed(self, language: str) -> None:
        session = self.session
        self.table_model.set_language(language)
        self._select_table_row(session.selected_id)
        self.filter_panel.set_index(session.index, language)
        self.filter_panel.show_result(session.result)
        self.filter_panel.show_filter(session.filter)
        self.timeline.set_language(language)
        self.detail_pane.show_event(session.selected_event, session.index, language)
        self._update_title()

    def _on_session_load_failed(self, error: DocumentError, reload: bool) -> None:
        if self.files.take_load_failure(error):
            return
        problems = error.problems
        name = error.file or "file"
        if reload:
            self.banner.show_problems(Path(name).name, problems, error.omitted)
            return
        dialog = self.problem_dialog
        if dialog is not None and dialog.isVisible() and dialog.file_name == name:
            dialog.set_problems(problems)  # Try again failed again
            return
        from xiaomi_timeline.ui.window.problem_banner import ProblemDialog  # noqa: PLC0415

        dialog = ProblemDialog(name, problems, self)
        dialog.retry_requested.connect(lambda: self._retry_open(name))
        self.problem_dialog = dialog
        dialog.open()

    def _retry_open(self, name: str) -> None:
        if self.files.open_file(name) and self.problem_dialog is not None:
            self.problem_dialog.accept()

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing_table or not current.isValid():
            return
        event_id = self.table_model.data(current, EVENT_ID_ROLE)
        if isinstance(event_id, str):
            self.session.select(event_id)

    def _select_table_row(self, event_id: str | None) -> None:
        row = self.table_model.row_of(event_id) if event_id is not None else None
        if row is None:
            self.table.selectionModel().clear()
            return
        index = self.table_model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    # -- commands --------------------------------------------------------------------------

    def reload(self) -> bool:
        """Re-read the open file, keeping the visible time window (and, via the session, the
        filters and selection). While a file that failed at start is pending, retry that."""
        if self.files.failed_start is not None:
            return self.files.retry_failed_start()
        busy = self.files.loader.busy_with
        if busy is not None and busy == self.session.path:
            self._reload_again = True  # it changed again while being read: read it once more
            return False
        if self.files.refused_while_busy():
            return False
        visible = self.timeline.visible_range()
        self._restoring_view = True
        try:
            with self.files.opening(self.session.path):
                ok = self.session.reload(self.files.load_document)
        finally:
            self._restoring_view = False
        if ok:
            self.timeline.set_visible_range(*visible)
        if self._reload_again:
            self._reload_again = False
            QTimer.singleShot(0, self.reload)
        return ok

    def _focus_timeline(self) -> None:
        self.timeline.canvas.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def clear_search_then_filters(self) -> None:
        """Esc: stops a file being opened; else first the search text, then every other
        filter and the name searches."""
        if self.files.loader.busy_with is not None:
            self.files.loader.cancel()
            return
        state, panel = self.session.filter, self.filter_panel
        if state.text or panel.search_field.text():
            panel.clear_text()
            self.session.update_filter(text="")
        elif not state.is_empty() or panel.has_search_text():
            panel.clear_all()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.fullscreen_action.setChecked(self.isFullScreen())

    def content_language(self) -> str:
        """The content language chosen, or else the interface's where the open data has it
        (its ``languages`` list, when given), or else the data's own default language."""
        chosen = self.preferences.content_language
        if chosen is not None:
            return chosen
        return content_language_following(current_ui_language(), self.session.document)

    def set_language(self, language: str) -> None:
        """The user chose a content language, or to follow the interface (saved, even when
        this run already used it)."""
        chosen = None if language == FOLLOW_INTERFACE else language
        self._save_preferences(content_language=chosen)
        self.language_actions[language].setChecked(True)
        self.session.set_language(self.content_language())

    def set_ui_language(self, choice: str) -> None:
        """The user chose the interface language ("system" follows the system locale): it
        switches at once and is remembered."""
        self.ui_language_actions[choice].setChecked(True)
        self._save_preferences(ui_language=choice)
        apply_ui_language(resolve_ui_language(choice))
        # Widgets re-read their texts on the LanguageChange event the translators post;
        # content that follows the interface language switches here.
        self.session.set_language(self.content_language())

    def retranslate(self) -> None:
        """Set every text again in the interface language (on LanguageChange)."""
        self.texts.retranslate()
        session = self.session
        self.filter_panel.retranslate()  # its chips are named in the notice below
        self._update_title()
        self._show_counts(session.result)
        self.table_model.retranslate()
        self._fit_status_column()
        self.filter_panel.show_result(session.result)
        self.filter_panel.show_filter(session.filter)
        self.timeline.retranslate()
        self.detail_pane.show_event(session.selected_event, session.index, session.language)

    def export_image(self) -> None:
        """File > Export: the events shown, in the lanes and language on screen."""
        from xiaomi_timeline.ui.export import dialog as export_dialog  # noqa: PLC0415

        folder = self._export_folder or export_dialog.default_folder()
        path = export_dialog.ask_export_path(
            self, folder, self.session.path.stem if self.session.path else "xiaomi-ai-timeline"
        )
        if path is None:
            return
        self._export_folder = path.parent
        lanes = next(mode for mode, action in self.lane_actions.items() if action.isChecked())
        message = export_dialog.export_view(
            self, path, self.session.result, self.session.filter, lanes, self.session.language
        )
        if message:
            self.statusBar().showMessage(message, 15_000)

    def print_view(self) -> None:
        """File > Print: a preview of the events shown, as the PDF export pages them."""
        from xiaomi_timeline.ui.export import printing  # noqa: PLC0415 - on demand
        from xiaomi_timeline.ui.export.extent import ask_extent  # noqa: PLC0415

        session = self.session
        with_events = ask_extent(self, session.result, session.language)
        if with_events is None:
            return
        lanes = next(mode for mode, action in self.lane_actions.items() if action.isChecked())
        job = printing.PrintJob(
            session.result, session.filter, lanes, session.language, with_events
        )
        printer = printing.new_printer(job.scene.title)
        self.print_preview = printing.PrintPreview(self, job, printer)
        self.print_preview.open()

    def export_data(self) -> None:
        """File > Export data: the events shown, as data another tool can open."""
        from xiaomi_timeline.ui.export import data  # noqa: PLC0415 - on demand

        opened = self.session.path
        beside = opened.parent if opened is not None and opened.parent.is_dir() else None
        folder = self._export_folder or beside or Path.home()  # a copy goes beside its source
        stem = opened.stem if opened else "xiaomi-ai-timeline"
        if opened is not None and folder / f"{stem}.json" == opened:
            stem += "-export"  # not the one name the export must refuse
        chosen = data.ask_data_path(self, folder, stem)
        if chosen is None:
            return
        path, kind = chosen
        self._export_folder = path.parent
        session = self.session
        message = data.export_data(
            self, path, kind, session.document, session.result, session.language, session.path
        )
        if message:
            self.statusBar().showMessage(message, 15_000)

    def set_lane_mode(self, mode: str) -> None:
        self.timeline.set_lane_mode(mode)
        self.lane_actions[mode].setChecked(True)
        self._save_preferences(lane_mode=mode)

    def set_theme(self, theme: str) -> None:
        from xiaomi_timeline.ui.window.dialogs import apply_theme  # noqa: PLC0415

        apply_theme(theme)
        self.theme_actions[theme].setChecked(True)
        self._save_preferences(theme=theme)

    def _save_preferences(self, **changes: object) -> None:
        """Save what the user just chose, on top of the saved preferences: options given for
        this run only (``--language``, ``--lanes``, ``--theme``) stay out of the file."""
        self.preferences = self.preferences.model_copy(update=changes)
        saved = self.saved_preferences.model_copy(update=changes)
        if saved != self.saved_preferences:
            self.saved_preferences = saved
            if self.files.persist:
                save_preferences(saved)

    def show_about(self) -> None:
        session = self.session
        path = str(session.path) if session.path else None
        from xiaomi_timeline.ui.window.dialogs import about_box  # noqa: PLC0415

        about_box(self, session.document, path, session.language).open()

    def show_shortcuts(self) -> None:
        from xiaomi_timeline.ui.window.dialogs import shortcuts_box  # noqa: PLC0415

        shortcuts_box(self, self.actions()).open()

    # -- Qt events -------------------------------------------------------------------------

    @override
    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab from the details goes round to the filters (Qt's own walk went back to the
        timeline, so the filters were out of reach of Tab), and Shift+Tab back."""
        focused = QApplication.focusWidget()
        first = self.filter_panel.search_field
        if next and focused is self.detail_pane:
            first.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if not next and focused is first:
            self.detail_pane.setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        return super().focusNextPrevChild(next)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self.files.loader.cancel()
        self.files.save_state()
        super().closeEvent(event)

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.files.dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        path = self.files.dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.files.open_file(path)
