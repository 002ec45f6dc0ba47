"""What users wait for in the whole window: a filter click, or the last keystroke of a search,
until every view showing the result (timeline, table, facet counts, year histogram, status
count) has repainted.

The real main window is built as ``xiaomi-timeline FILE --size 1280x800`` builds it, shown on
the offscreen platform. Clicks are real mouse events (``QTest``) on a person's row, a
category's row and a year's bar; each click that adds a filter is followed by the click that
removes it, timed too. A search types a word into the search field key by key; the clock
starts before the last key, so the debounce is included, and stops once every view has painted
the new result. For a click the clock starts before the mouse press, so the work its
handlers do synchronously counts too. The first search after load is reported on its own (it
may build a text index). A view counts as repainted when it receives a paint event after the
session announced the new result and the event loop has handled it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QEventLoop, QObject, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from xiaomi_timeline.bench.filtering import SEARCH_WORDS
from xiaomi_timeline.bench.stats import Stopwatch, summary_ms
from xiaomi_timeline.bench.worker import peak_rss_mib
from xiaomi_timeline.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)

WAIT_LIMIT_S = 60.0
"""Longest wait for the views to repaint before a run is recorded as unfinished."""
CLICK_KINDS = ("person", "year", "category")


class PaintWatch(QObject):
    """Which of the watched widgets have painted since :meth:`arm`.

    A view given with a model is waited for only once that model has said its rows changed
    since :meth:`arm`: the filter lists leave their rows alone when their counts are the same
    (a search for "langu" then one for "language" find the same events), and then rightly do
    not repaint; waiting for them would time out on a screen that is already right."""

    def __init__(
        self, widgets: dict[str, QWidget], models: dict[str, QAbstractItemModel] | None = None
    ) -> None:
        super().__init__()
        self._names = {id(widget): name for name, widget in widgets.items()}
        self._armed = False
        self.painted: set[str] = set()
        self.first_paint: dict[str, float] = {}
        """perf_counter() of each view's first paint since :meth:`arm`."""
        self._models = dict(models or {})
        self._unchanged: set[str] = set()
        """Views given with a model whose rows have not changed since :meth:`arm`."""
        for widget in widgets.values():
            widget.installEventFilter(self)
        for name, model in self._models.items():
            for signal in (model.dataChanged, model.modelReset, model.layoutChanged):
                signal.connect(partial(self._changed, name))

    def arm(self) -> None:
        self._armed = True
        self.painted = set()
        self.first_paint = {}
        self._unchanged = set(self._models)

    def disarm(self) -> None:
        self._armed = False

    @property
    def armed(self) -> bool:
        return self._armed

    def missing(self) -> set[str]:
        return set(self._names.values()) - self.painted - self._unchanged

    def _changed(self, name: str, *_args: object) -> None:
        self._unchanged.discard(name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self._armed and event.type() == QEvent.Type.Paint:
            name = self._names.get(id(watched))
            if name is not None and name not in self.painted:
                self.painted.add(name)
                self.first_paint[name] = time.perf_counter()
        return False


def watched_views(window: MainWindow) -> dict[str, QWidget]:
    """The widgets that show a result: a filter change is done when all have repainted."""
    panel = window.filter_panel
    return {
        "timeline": window.timeline.canvas,
        "table": window.table.viewport(),
        "people counts": panel.people.view.viewport(),
        "category counts": panel.categories.view.viewport(),
        "year histogram": panel.years,
        "status count": window.count_label,
    }


def count_models(window: MainWindow) -> dict[str, QAbstractItemModel]:
    """The models of the watched filter lists: they change only when their counts do."""
    panel = window.filter_panel
    return {"people counts": panel.people.model, "category counts": panel.categories.model}


class WindowDriver:
    """Drives a shown main window and times actions until every view has repainted."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.watch = PaintWatch(watched_views(window), count_models(window))
        window.session.result_changed.connect(lambda _result: self.watch.arm())

    def settle(self) -> None:
        """Handle everything pending (queued paints, timers due now)."""
        for _ in range(3):
            QApplication.processEvents()

    def timed(self, prepare: Callable[[], Callable[[], None]]) -> dict[str, Any]:
        """Run ``prepare`` (what comes before the user's last input: scrolling a row into view,
        the first keys of a word), which returns that last input; then start the clock, give
        the input (its handlers run inside the clock) and wait until the session has a new
        result and every watched view has painted it. Wall and CPU seconds from the last
        input, each view's first paint, and what had not painted if the wait ran out."""
        last_input = prepare()
        self.settle()
        self.watch.disarm()
        guard = QTimer()
        guard.setInterval(50)  # wakes the loop below when nothing else happens
        guard.start()
        watch = Stopwatch()
        last_input()
        deadline = time.perf_counter() + WAIT_LIMIT_S
        longest_turn = 0.0  # the longest one pass of the event loop took: the window's stall
        while not (self.watch.armed and not self.watch.missing()):
            if time.perf_counter() > deadline:
                break
            turn = time.perf_counter()
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            longest_turn = max(longest_turn, time.perf_counter() - turn)
        wall, cpu = watch.read()
        guard.stop()
        paints = {name: at - watch.wall for name, at in self.watch.first_paint.items()}
        missing = sorted(self.watch.missing()) if self.watch.armed else ["(no new result)"]
        self.watch.disarm()
        return {
            "wall": wall,
            "cpu": cpu,
            "missing": missing,
            "paints": paints,
            "longest_turn": longest_turn,
        }

    # -- user actions: each prepares, and returns the last input ---------------------------

    def click_facet_row(self, section_name: str, row: int) -> Callable[[], None]:
        section = getattr(self.window.filter_panel, section_name)
        view = section.view
        index = section.proxy.index(row, 0)
        view.scrollTo(index)
        self.settle()
        centre = view.visualRect(index).center()
        return partial(QTest.mouseClick, view.viewport(), Qt.MouseButton.LeftButton, pos=centre)

    def click_year(self, year: int) -> Callable[[], None]:
        histogram = self.window.filter_panel.years
        point = QPoint(round(histogram.x_of(year)), histogram.height() // 2)
        return partial(QTest.mouseClick, histogram, Qt.MouseButton.LeftButton, pos=point)

    def type_search(self, word: str) -> Callable[[], None]:
        """All keys of ``word`` but the last typed over the field's text; the last returned."""
        field = self.window.filter_panel.search_field
        field.setFocus()
        field.selectAll()
        QTest.keyClicks(field, word[:-1])
        return partial(QTest.keyClick, field, word[-1])


def open_window(path: Path, size: tuple[int, int] = (1280, 800)) -> MainWindow:
    """The main window on ``path``, shown (offscreen) and painted once."""
    from xiaomi_timeline.app import create_main_window  # noqa: PLC0415 (Qt app, bench only)

    window = create_main_window([str(path), "--size", f"{size[0]}x{size[1]}"])
    window.show()
    for _ in range(5):
        QApplication.processEvents()
    return window


def _rows_by_count(window: MainWindow, section_name: str, count: int) -> list[int]:
    """Rows of the facet list (people come most-cited first), the first ``count``."""
    section = getattr(window.filter_panel, section_name)
    return list(range(min(count, section.proxy.rowCount())))


def _busiest_years(window: MainWindow, count: int) -> list[int]:
    counts = window.session.result.year_counts()
    ranked = sorted(counts, key=lambda year: (-counts[year], year))
    return ranked[:count] or [2020]


def _summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    figures = summary_ms([r["wall"] for r in runs], [r["cpu"] for r in runs])
    figures["unfinished"] = sum(1 for r in runs if r["missing"])
    figures["missing"] = sorted({name for r in runs for name in r["missing"]})
    return figures


def measure_clicks(driver: WindowDriver, runs: int) -> dict[str, Any]:
    """Median/p95 of clicks that add a filter and of the clicks that remove it again."""
    window = driver.window
    targets: dict[str, list[Callable[[], Callable[[], None]]]] = {
        "person": [
            partial(driver.click_facet_row, "people", row)
            for row in _rows_by_count(window, "people", 10)
        ],
        "category": [
            partial(driver.click_facet_row, "categories", row)
            for row in _rows_by_count(window, "categories", 10)
        ],
        "year": [partial(driver.click_year, year) for year in _busiest_years(window, 10)],
    }
    added: dict[str, list[dict[str, Any]]] = {kind: [] for kind in CLICK_KINDS}
    removed: dict[str, list[dict[str, Any]]] = {kind: [] for kind in CLICK_KINDS}
    for run in range(runs):
        for kind in CLICK_KINDS:  # interleaved, so machine noise hits every kind alike
            click = targets[kind][run % len(targets[kind])]
            added[kind].append(driver.timed(click))
            removed[kind].append(driver.timed(click))  # the same click again clears it
    figures: dict[str, Any] = {}
    for kind in CLICK_KINDS:
        figures[kind] = _summary(added[kind])
        figures[kind]["remove"] = _summary(removed[kind])
    return figures


def measure_search(driver: WindowDriver, runs: int) -> dict[str, Any]:
    """The first search after load, then ``runs`` more, each word typed key by key."""
    first = driver.timed(lambda: driver.type_search(SEARCH_WORDS[0]))
    later = [
        driver.timed(partial(driver.type_search, word))
        for word in (SEARCH_WORDS * (runs // len(SEARCH_WORDS) + 1))[1 : runs + 1]
    ]
    figures = _summary(later)
    figures["first_ms"] = first["wall"] * 1000
    figures["first_cpu_ms"] = first["cpu"] * 1000
    figures["first_missing"] = first["missing"]
    figures["first_longest_turn_ms"] = first["longest_turn"] * 1000
    return figures


def measure_window(path: Path, click_runs: int, search_runs: int) -> dict[str, Any]:
    """Open ``path`` in the main window, then time searches (the first one first) and clicks."""
    watch = Stopwatch()
    window = open_window(path)
    figures: dict[str, Any] = {"open_in_process_s": watch.read()[0]}
    driver = WindowDriver(window)
    driver.settle()
    figures["peak_rss_after_open_mib"] = peak_rss_mib()
    figures["search"] = measure_search(driver, search_runs)
    driver.window.filter_panel.clear_text()  # back to every event before the clicks
    driver.window.filter_panel.apply_text()
    driver.settle()
    figures["clicks"] = measure_clicks(driver, click_runs)
    figures["filter_after_clicks"] = str(window.session.filter)  # each second click undid it
    figures["peak_rss_mib"] = peak_rss_mib()
    log.info(
        "window: clicks %s, search median %.0f ms (first %.0f ms)",
        {k: round(v["median_ms"], 1) for k, v in figures["clicks"].items()},
        figures["search"]["median_ms"],
        figures["search"]["first_ms"],
    )
    window.close()
    return figures
