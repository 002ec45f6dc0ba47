"""Filters: free text, people, years, categories, claim status, organizations, active chips.

The panel is a view of the session's FilterState: ``show_filter`` and ``show_result`` paint it,
and every user change is sent back whole as ``filter_edited(FilterState)``; the panel never
filters anything itself. Counts in the lists (see
:mod:`xiaomi_timeline.ui.filters.facet_section`) are the events each choice would match under
the other filters.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import (
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from xiaomi_timeline.core.dates import year_range_text
from xiaomi_timeline.core.query import STATUSES, FilterState, QueryResult, TimelineIndex
from xiaomi_timeline.core.schema import STATUS_MEANINGS, Organization, Person, text_in
from xiaomi_timeline.ui.filters.chips import ChipBar
from xiaomi_timeline.ui.filters.facet_section import FacetSection
from xiaomi_timeline.ui.filters.year_histogram import YearHistogram
from xiaomi_timeline.ui.models import FacetItem, facet_search_text

TEXT_DEBOUNCE_MS = (30, 250)
"""Shortest and longest wait after the last key before the search runs."""
KEY_ECHO_BUDGET_MS = 100
"""A search that held the window longer than this delays the echo of keys typed meanwhile
noticeably: the next one waits as long as it took (up to the longest wait) so a word can be
finished; cheaper searches run after the shortest wait, almost as the user types."""
STATUS_LABELS = {"confirmed": "Confirmed", "reported": "Reported", "disputed": "Disputed"}


class FilterPanel(QScrollArea):
    """Every filter control, stacked; emits the whole new FilterState on any change.

    Signals:
        filter_edited(object): the FilterState the user asked for.
    """

    filter_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filter-panel")
        self.setAccessibleName("Filters")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls take focus, not the frame
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._state = FilterState()
        self._index: TimelineIndex | None = None
        self._language = "en"
        self._names: dict[str, dict[str, str]] = {"person": {}, "organization": {}}
        """Person / organization id -> the name shown (see _distinct_names)."""
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DEBOUNCE_MS[0])
        self._text_timer.timeout.connect(self.apply_text)
        self._build()
        self._connect_signals()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(8)
        self.search_field = QLineEdit()
        self.search_field.setObjectName("search-field")
        self.search_field.setPlaceholderText("Search events (Ctrl+F)")
        self.search_field.setAccessibleName("Search events")
        self.search_field.setClearButtonEnabled(True)
        layout.addWidget(self.search_field)
        layout.addWidget(self._build_clear_button())
        self.chip_bar = ChipBar()  # the window shows it above the timeline
        self.people = FacetSection("People", "person-filter", search="Find a person, any script")
        layout.addWidget(self.people)
        years_label = QLabel("<b>Years</b>")
        self.years = YearHistogram()
        years_label.setBuddy(self.years)
        layout.addWidget(years_label)
        layout.addWidget(self.years)
        self.categories = FacetSection("Categories", "category-filter", rows=6)
        layout.addWidget(self.categories)
        self.statuses = FacetSection("Claim status", "status-filter", rows=3)
        layout.addWidget(self.statuses)
        self.organizations = FacetSection(
            "Organizations", "organization-filter", search="Find an organization"
        )
        layout.addWidget(self.organizations)
        layout.addStretch(1)
        self.setWidget(body)

    def _build_clear_button(self) -> QWidget:
        self.clear_button = QPushButton("Clear all filters")
        self.clear_button.setObjectName("clear-filters")
        self.clear_button.setAccessibleName("Clear all filters")
        return self.clear_button

    def _connect_signals(self) -> None:
        self.search_field.textEdited.connect(self._on_search_field_text_edited)
        self.search_field.returnPressed.connect(self.apply_text)
        self.clear_button.clicked.connect(self.clear_all)
        for section in (self.people, self.organizations):
            if section.search is not None:
                section.search.textChanged.connect(self._update_clear_button)
        self.years.years_selected.connect(
            lambda years: self._emit(self._state.replace(years=years))
        )
        self.people.model.checked_changed.connect(
            lambda ids: self._emit(self._state.replace(people=ids))
        )
        self.organizations.model.checked_changed.connect(
            lambda ids: self._emit(self._state.replace(organizations=ids))
        )
        self.categories.model.checked_changed.connect(
            lambda ids: self._emit(self._state.replace(categories=ids))
        )
        self.statuses.model.checked_changed.connect(
            lambda ids: self._emit(self._state.replace(statuses=ids))
        )

    # -- showing state ---------------------------------------------------------------------

    def set_index(self, index: TimelineIndex, language: str) -> None:
        """Fill the lists with the document's people, organizations and categories.

        People and organizations come most-cited first (stable while filtering), then by name.
        """
        self._index = index
        self._language = language
        totals = index.query(FilterState())
        fallback = index.document.default_language
        self._names = {
            "person": _distinct_names(index.document.people, language, fallback),
            "organization": _distinct_names(index.document.organizations, language, fallback),
        }
        self.people.model.set_items(
            _entity_items(index.document.people, totals.person_counts(), self._names["person"])
        )
        self.organizations.model.set_items(
            _entity_items(
                index.document.organizations,
                totals.organization_counts(),
                self._names["organization"],
            )
        )
        self.categories.model.set_items(
            [
                FacetItem(
                    c.id,
                    text_in(c.label, language, fallback),
                    facet_search_text(c.id, c.label),
                    c.color,
                )
                for c in index.document.categories
            ]
        )
        self.statuses.model.set_items(
            [FacetItem(s, STATUS_LABELS[s], tooltip=STATUS_MEANINGS[s]) for s in STATUSES]
        )

    def show_result(self, result: QueryResult) -> None:
        """Counts under the current filter (each list ignoring its own choices)."""
        self.people.model.set_counts(result.person_counts())
        self.organizations.model.set_counts(result.organization_counts())
        self.categories.model.set_counts(result.category_counts())
        self.statuses.model.set_counts(result.status_counts())
        self.years.set_counts(result.year_counts(), result.year_step())

    def show_filter(self, state: FilterState) -> None:
        if state.is_empty() and not self._state.is_empty():
            self._clear_name_searches()  # filters cleared from anywhere: show every name again
        self._state = state
        self.people.model.set_checked(state.people)
        self.organizations.model.set_checked(state.organizations)
        self.categories.model.set_checked(state.categories)
        self.statuses.model.set_checked(state.statuses)
        self.years.set_selection(state.years)
        if self.search_field.text() != state.text and not self._text_timer.isActive():
            self.search_field.setText(state.text)
        self._show_chips(state)

    # -- chips -----------------------------------------------------------------------------

    def chip_labels(self) -> list[str]:
        """What the chips say (for tests and the status bar)."""
        return [label for label, _ in self._chips(self._state)]

    def _chips(self, state: FilterState) -> list[tuple[str, FilterState]]:
        """(label, the filter without this chip) for every active choice."""
        index, lang = self._index, self._language
        chips: list[tuple[str, FilterState]] = []
        if state.text.strip():
            chips.append((f"Text: “{state.text.strip()}”", state.replace(text="")))
        for p in sorted(state.people):
            name = self._names["person"].get(p) or (index.person_name(p, lang) if index else p)
            chips.append((f"Person: {name}", state.replace(people=state.people - {p})))
        if state.years is not None:
            a, b = state.years
            chips.append((f"Years: {year_range_text(a, b)}", state.replace(years=None)))
        for c in sorted(state.categories):
            label = index.category_label(c, lang) if index else c
            chips.append((f"Category: {label}", state.replace(categories=state.categories - {c})))
        for s in sorted(state.statuses):
            chips.append((f"Status: {s}", state.replace(statuses=state.statuses - {s})))
        for o in sorted(state.organizations):
            name = self._names["organization"].get(o) or (
                index.organization_name(o, lang) if index else o
            )
            chips.append((f"Org: {name}", state.replace(organizations=state.organizations - {o})))
        for t in sorted(state.tags):
            chips.append((f"Tag: {t}", state.replace(tags=state.tags - {t})))
        return chips

    def _show_chips(self, state: FilterState) -> None:
        self.chip_bar.show_chips(self._chips(state), self._on_chip_clicked)
        self._update_clear_button()

    # -- user edits ------------------------------------------------------------------------

    def _on_chip_clicked(self, without: FilterState) -> None:
        if without.people != self._state.people:
            self.people.clear_search()
        if without.organizations != self._state.organizations:
            self.organizations.clear_search()
        self._emit(without)

    def _update_clear_button(self) -> None:
        # Name searches only narrow the lists: they are not filters to clear.
        self.clear_button.setEnabled(not self._state.is_empty() or bool(self.search_field.text()))

    def _clear_name_searches(self) -> None:
        self.people.clear_search()
        self.organizations.clear_search()

    def has_search_text(self) -> bool:
        """Whether any search box (events, people, organizations) holds text."""
        return any(
            (self.search_field.text(), self.people.search_text(), self.organizations.search_text())
        )

    def clear_all(self) -> None:
        """Every filter and every search box, as a new user expects from "Clear all filters"."""
        self.clear_text()
        self._clear_name_searches()
        for section in (self.people, self.categories, self.statuses, self.organizations):
            section.clear_highlight()
        self._emit(FilterState())

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def clear_text(self) -> None:
        """Empty the search field, dropping any edit not yet sent."""
        self._text_timer.stop()
        self.search_field.clear()

    def _on_search_field_text_edited(self, _text: str) -> None:
        self._text_timer.start()

    def apply_text(self) -> None:
        """Send the search text now (Enter, or the debounce timer)."""
        self._text_timer.stop()
        text = self.search_field.text()
        if text != self._state.text:
            started = time.perf_counter()
            self._emit(self._state.replace(text=text))
            self._text_timer.setInterval(search_wait_ms((time.perf_counter() - started) * 1000))

    def _emit(self, state: FilterState) -> None:
        if state != self._state:
            self.filter_edited.emit(state)


def search_wait_ms(last_search_ms: float) -> int:
    """The wait after the last key, from what the last search took (see KEY_ECHO_BUDGET_MS)."""
    shortest, longest = TEXT_DEBOUNCE_MS
    if last_search_ms <= KEY_ECHO_BUDGET_MS:
        return shortest
    return round(min(last_search_ms, longest))


def _distinct_names(
    entities: Sequence[Person | Organization], language: str, fallback: str
) -> dict[str, str]:
    """Id -> the name to show: a name that several entities share gets its id beside it
    ("Huang Chao · p00007"), or two list rows and two chips would read the same."""
    names = {e.id: text_in(e.name, language, fallback) for e in entities}
    shared = {name for name, count in Counter(names.values()).items() if count > 1}
    return {key: f"{name} · {key}" if name in shared else name for key, name in names.items()}


def _entity_items(
    entities: Sequence[Person | Organization], totals: dict[str, int], names: dict[str, str]
) -> list[FacetItem]:
    """Facet items for people or organizations, most events first, then by name."""
    ordered = sorted(entities, key=lambda e: (-totals.get(e.id, 0), names[e.id].casefold()))
    return [
        FacetItem(e.id, names[e.id], facet_search_text(e.id, e.name, e.aliases)) for e in ordered
    ]
