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

from typing_extensions import override

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from xiaomi_timeline.core.query import STATUSES, FilterState, QueryResult, TimelineIndex
from xiaomi_timeline.core.schema import Organization, Person, status_meaning, text_in
from xiaomi_timeline.ui.filters.chips import ChipBar
from xiaomi_timeline.ui.filters.facet_section import FacetSection
from xiaomi_timeline.ui.filters.section_heading import SectionHeading
from xiaomi_timeline.ui.filters.year_histogram import YearHistogram
from xiaomi_timeline.ui.i18n.dates import year_range_text
from xiaomi_timeline.ui.i18n.words import category_name, status_name
from xiaomi_timeline.ui.models import FacetItem, facet_search_text

TEXT_DEBOUNCE_MS = (30, 250)
"""Shortest and longest wait after the last key before the search runs."""
KEY_ECHO_BUDGET_MS = 100
"""A search that held the interface thread longer than this would, run after every key, delay
their echo: the next one waits as long as it took (up to the longest wait) so a word can be
finished; cheaper searches run after the shortest wait, almost as the user types. Time spent
searching on the worker of a big document does not count: it does not hold the window, and a
newer text stops it, so searches cannot pile up there."""


class FilterPanel(QScrollArea):
    """Every filter control, stacked; emits the whole new FilterState on any change.

    Signals:
        filter_edited(object): the FilterState the user asked for.
    """

    filter_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filter-panel")
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
        self._text_sent: tuple[str, float] | None = None
        """The search text last sent, and when: until its result is shown."""
        self._off_thread_s = 0.0
        """How long the search sent last has run on the worker so far."""
        self._off_thread_since: float | None = None
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
        self.search_field.setClearButtonEnabled(True)
        layout.addWidget(self.search_field)
        layout.addWidget(self._build_clear_button())
        self.chip_bar = ChipBar()  # the window shows it above the timeline
        self.people = FacetSection(
            lambda: self.tr("People"),
            "person-filter",
            search=lambda: self.tr("Find a person, any script"),
        )
        layout.addWidget(self.people, 1)  # the lists share the room to spare
        self.years_heading = SectionHeading()
        self.years = YearHistogram()
        self.years_heading.fold(self.years)
        layout.addWidget(self.years_heading)
        layout.addWidget(self.years)
        self.categories = FacetSection(lambda: self.tr("Categories"), "category-filter", rows=10)
        layout.addWidget(self.categories, 1)
        self.statuses = FacetSection(lambda: self.tr("Claim status"), "status-filter", rows=3)
        layout.addWidget(self.statuses)
        self.organizations = FacetSection(
            lambda: self.tr("Organizations"),
            "organization-filter",
            search=lambda: self.tr("Find an organization"),
        )
        layout.addWidget(self.organizations, 1)
        layout.addStretch(0)
        self.setWidget(body)
        self.retranslate()

    def retranslate(self) -> None:
        """The panel's own words, in the interface language (again on every change of it)."""
        self.setAccessibleName(self.tr("Filters"))
        self.search_field.setPlaceholderText(self.tr("Search events (Ctrl+F)"))
        self.search_field.setAccessibleName(self.tr("Search events"))
        self.years_heading.set_title(self.tr("Years"))
        self.clear_button.setText(self.tr("Clear all filters"))
        self.clear_button.setAccessibleName(self.tr("Clear all filters"))
        self._set_status_items()
        self._show_chips(self._state)

    def _set_status_items(self) -> None:
        """The statuses, named in the interface language; what each means, only in the open
        document's own words (none when it gives none)."""
        document = self._index.document if self._index is not None else None
        self.statuses.model.set_items(
            [
                FacetItem(
                    s,
                    status_name(s),
                    tooltip=(status_meaning(document, s, self._language) or "") if document else "",
                )
                for s in STATUSES
            ]
        )

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _headings(self) -> dict[str, SectionHeading]:
        """Each section's heading by the name the settings keep it under."""
        return {
            "people": self.people.heading,
            "years": self.years_heading,
            "categories": self.categories.heading,
            "statuses": self.statuses.heading,
            "organizations": self.organizations.heading,
        }

    def folded_sections(self) -> tuple[str, ...]:
        """The sections folded away, by name."""
        return tuple(name for name, h in self._headings().items() if not h.expanded())

    def fold_sections(self, names: Sequence[str]) -> None:
        """Fold the sections named (unknown names are ignored), show the others."""
        for name, heading in self._headings().items():
            heading.set_expanded(name not in names)

    def _build_clear_button(self) -> QWidget:
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clear-filters")
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
                    category_name(index, c.id, language),
                    facet_search_text(c.id, c.label),
                    index.category_colors[c.id],
                )
                for c in index.document.categories
            ]
        )
        self._set_status_items()

    def show_result(self, result: QueryResult) -> None:
        """Counts under the current filter (each list ignoring its own choices)."""
        self.people.model.set_counts(result.person_counts())
        self.organizations.model.set_counts(result.organization_counts())
        self.categories.model.set_counts(result.category_counts())
        self.statuses.model.set_counts(result.status_counts())
        self.years.set_counts(result.year_counts(), result.year_step())
        for section in (self.people, self.categories, self.statuses, self.organizations):
            section.view.lay_out_now()  # painted with the other views, not a pass later
        sent = self._text_sent
        if sent is not None and result.filter.text == sent[0]:  # it held the window this long
            self._text_sent = None
            held = time.perf_counter() - sent[1] - self._off_thread_s
            self._text_timer.setInterval(search_wait_ms(held * 1000))

    def show_search_pending(self, pending: bool) -> None:
        """The session searches the text off the interface thread (True) or has found it."""
        now = time.perf_counter()
        if pending:
            self._off_thread_since = now
        elif self._off_thread_since is not None:
            self._off_thread_s += now - self._off_thread_since
            self._off_thread_since = None

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

        def chip(kind: str, value: str) -> str:
            return kind.replace("%1", value)

        if state.text.strip():
            chips.append((chip(self.tr("Text: “%1”"), state.text.strip()), state.replace(text="")))
        for p in sorted(state.people):
            name = self._names["person"].get(p) or (index.person_name(p, lang) if index else p)
            chips.append(
                (chip(self.tr("Person: %1"), name), state.replace(people=state.people - {p}))
            )
        if state.years is not None:
            a, b = state.years
            years = year_range_text(a, b)
            chips.append((chip(self.tr("Years: %1"), years), state.replace(years=None)))
        for c in sorted(state.categories):
            label = category_name(index, c, lang) if index else c
            without = state.replace(categories=state.categories - {c})
            chips.append((chip(self.tr("Category: %1"), label), without))
        for s in sorted(state.statuses):
            without = state.replace(statuses=state.statuses - {s})
            chips.append((chip(self.tr("Status: %1"), status_name(s)), without))
        for o in sorted(state.organizations):
            name = self._names["organization"].get(o) or (
                index.organization_name(o, lang) if index else o
            )
            without = state.replace(organizations=state.organizations - {o})
            chips.append((chip(self.tr("Org: %1"), name), without))
        for t in sorted(state.tags):
            chips.append((chip(self.tr("Tag: %1"), t), state.replace(tags=state.tags - {t})))
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
            now = time.perf_counter()
            self._text_sent = (text, now)
            self._off_thread_s = 0.0
            if self._off_thread_since is not None:  # the worker goes on to this text
                self._off_thread_since = now
            self._emit(self._state.replace(text=text))

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
