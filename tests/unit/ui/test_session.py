"""TimelineSession: one owner of document, filter, selection; failures never lose the view."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.big_documents import grow
from xiaomi_timeline.core.loading.loader import DocumentError
from xiaomi_timeline.core.query import FilterState
from xiaomi_timeline.ui.session import TimelineSession


@pytest.fixture
def session(
    qtbot: QtBot, sample_document: dict[str, Any], write_document: Callable[..., Path]
) -> TimelineSession:
    session = TimelineSession()
    assert session.open_path(write_document(sample_document))
    return session


def test_open_shows_every_event_in_date_order(session: TimelineSession) -> None:
    assert session.result.ids == ["born", "acl", "plan", "v2", "hire", "joins"]
    assert session.selected_id is None


def test_person_filter_matches_the_index_query(session: TimelineSession) -> None:
    session.update_filter(people=frozenset({"luo-fuli"}))
    expected = session.index.query(FilterState(people=frozenset({"luo-fuli"}))).ids
    assert session.result.ids == expected == ["born", "acl", "v2", "hire", "joins"]


def test_signals_announce_filter_then_result(session: TimelineSession, qtbot: QtBot) -> None:
    seen: list[str] = []
    session.filter_changed.connect(lambda _: seen.append("filter"))
    session.result_changed.connect(lambda _: seen.append("result"))
    session.update_filter(years=(2024, 2024))
    assert seen == ["filter", "result"]
    assert session.result.ids == ["plan", "v2", "hire"]


def test_selection_outside_the_filter_is_cleared(session: TimelineSession) -> None:
    session.select("born")
    session.update_filter(years=(2024, 2025))
    assert session.selected_id is None


def test_unknown_ids_are_not_selected(session: TimelineSession) -> None:
    session.select("no-such-event")
    assert session.selected_id is None


def test_select_relative_walks_the_filtered_set(session: TimelineSession) -> None:
    session.update_filter(people=frozenset({"lei-jun"}))
    session.select_relative(1)
    assert session.selected_id == "plan"
    session.select_relative(1)
    assert session.selected_id == "hire"
    session.select_relative(1)
    assert session.selected_id == "hire"  # stays on the last one
    session.select_relative(-1)
    assert session.selected_id == "plan"


def test_reveal_clears_filters_that_hide_the_event(session: TimelineSession) -> None:
    session.update_filter(people=frozenset({"lei-jun"}))
    session.reveal("born")
    assert session.selected_id == "born"
    assert session.filter.is_empty()


def test_reload_keeps_filters_and_selection_whose_ids_remain(
    session: TimelineSession, sample_document: dict[str, Any]
) -> None:
    session.update_filter(people=frozenset({"luo-fuli", "lei-jun"}), years=(2019, 2025))
    session.select("hire")
    sample_document["people"] = [p for p in sample_document["people"] if p["id"] != "lei-jun"]
    for event in sample_document["events"]:
        event["people"] = [p for p in event.get("people", []) if p != "lei-jun"]
    assert session.path is not None
    session.path.write_text(json.dumps(sample_document), encoding="utf-8")
    assert session.reload()
    assert session.filter.people == frozenset({"luo-fuli"})
    assert session.filter.years == (2019, 2025)
    assert session.selected_id == "hire"


def test_failed_reload_keeps_the_document_and_says_why(
    session: TimelineSession, qtbot: QtBot
) -> None:
    session.update_filter(people=frozenset({"luo-fuli"}))
    session.select("acl")
    before = session.result.ids
    assert session.path is not None
    session.path.write_text('{"schema_version": 1, "title": "x", "events": [', encoding="utf-8")
    with qtbot.waitSignal(session.load_failed) as blocker:
        assert not session.reload()
    error, reload = blocker.args
    assert isinstance(error, DocumentError) and reload is True
    assert str(error.problems[0]).startswith(str(session.path))
    assert session.result.ids == before
    assert session.selected_id == "acl"


def test_failed_open_keeps_the_previous_document(
    session: TimelineSession, qtbot: QtBot, write_document: Callable[..., Path]
) -> None:
    bad = write_document("not json at all", "bad.json")
    previous = session.path
    with qtbot.waitSignal(session.load_failed) as blocker:
        assert not session.open_path(bad)
    assert blocker.args[1] is False
    assert session.path == previous
    assert len(session.result) == 6


def test_missing_file_is_a_problem_not_a_crash(session: TimelineSession, tmp_path: Path) -> None:
    failures: list[Any] = []
    session.load_failed.connect(lambda error, _reload: failures.append(error))
    assert not session.open_path(tmp_path / "missing.json")
    assert failures and failures[0].problems


def test_language_switch(session: TimelineSession, qtbot: QtBot) -> None:
    with qtbot.waitSignal(session.language_changed) as blocker:
        session.set_language("id")
    assert blocker.args == ["id"]
    session.set_language("xx")
    assert session.language == "id"


def test_select_relative_from_a_hidden_event_goes_to_the_nearest_shown_one(
    session: TimelineSession,
) -> None:
    session.select("v2")  # 2024-05-07; Lei Jun's events are "plan" (2022) and "hire" (2024-12)
    session._filter = FilterState(people=frozenset({"lei-jun"}))  # bypass: keep the hidden pick
    session._result = session.index.query(session._filter)
    session.select_relative(1)
    assert session.selected_id == "hire"
    session.select("v2")
    session.select_relative(-1)
    assert session.selected_id == "plan"


class _HeldJobs:
    """Stands in for the worker thread: keeps the jobs until the test runs them."""

    def __init__(self) -> None:
        self.jobs: list[Callable[[], None]] = []

    def __call__(self, job: Callable[[], None]) -> None:
        self.jobs.append(job)

    def run(self) -> None:
        for job in self.jobs:
            job()


@pytest.fixture
def big_session(
    qtbot: QtBot, sample_document: dict[str, Any], write_document: Callable[..., Path]
) -> tuple[TimelineSession, _HeldJobs]:
    worker = _HeldJobs()
    session = TimelineSession(start_background=worker, background_search_from=2000)
    assert session.open_path(write_document(grow(sample_document, 3000)))
    assert not worker.jobs  # the window paints the document first
    qtbot.waitUntil(lambda: len(worker.jobs) == 1)  # then the search texts are built off it
    return session, worker


def test_a_search_asked_before_the_texts_are_built_shows_once_they_are(
    big_session: tuple[TimelineSession, _HeldJobs], qtbot: QtBot
) -> None:
    session, worker = big_session
    everything = session.result
    with qtbot.waitSignal(session.search_pending) as pending:
        session.update_filter(text="plan")
    assert pending.args == [True]
    assert session.filter.text == "plan"
    assert session.result is everything and session.searching  # nothing waited for them
    assert not session.index.text_search_ready
    worker.run()
    with qtbot.waitSignal(session.result_changed, timeout=5000) as shown:
        pass
    assert shown.args[0].ids == session.index.query(FilterState(text="plan")).ids == ["plan"]
    assert session.result.ids == ["plan"] and not session.searching


def test_a_filter_without_text_while_waiting_applies_at_once(
    big_session: tuple[TimelineSession, _HeldJobs], qtbot: QtBot
) -> None:
    session, _worker = big_session
    session.update_filter(text="plan")
    assert session.searching
    with qtbot.waitSignal(session.result_changed, timeout=1000):
        session.update_filter(text="", people=frozenset({"lei-jun"}))
    assert not session.searching
    assert session.result.ids == session.index.query(FilterState(people=frozenset({"lei-jun"}))).ids


def test_a_failed_build_falls_back_to_searching_on_the_interface_thread(
    big_session: tuple[TimelineSession, _HeldJobs], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    session, worker = big_session
    session.update_filter(text="plan")

    def broken() -> None:
        raise MemoryError

    monkeypatch.setattr(session.index, "prepare_text_search", broken)
    worker.run()  # the job already holds the index; it calls the broken build
    monkeypatch.undo()
    with qtbot.waitSignal(session.result_changed, timeout=5000):
        pass
    assert session.result.ids == ["plan"]


def test_every_search_of_a_big_document_runs_on_the_worker_and_a_repeat_shows_at_once(
    big_session: tuple[TimelineSession, _HeldJobs], qtbot: QtBot
) -> None:
    session, worker = big_session
    session.update_filter(text="plan")
    worker.run()
    qtbot.waitUntil(lambda: not session.searching, timeout=5000)
    jobs = len(worker.jobs)
    session.update_filter(text="hire")
    assert session.searching and len(worker.jobs) == jobs + 1  # not on the interface thread
    assert session.result.ids == ["plan"]  # the last result stays until the new one is found
    worker.run()
    qtbot.waitUntil(lambda: session.result.filter.text == "hire", timeout=5000)
    assert session.result.ids == session.index.query(FilterState(text="hire")).ids
    session.update_filter(text="plan")  # searched before: its mask is kept
    assert not session.searching and session.result.ids == ["plan"]
    assert len(worker.jobs) == jobs + 1


def test_a_result_found_for_a_text_no_longer_asked_for_is_not_shown(
    big_session: tuple[TimelineSession, _HeldJobs], qtbot: QtBot
) -> None:
    session, worker = big_session
    session.update_filter(text="plan")
    session.update_filter(text="hire")
    shown: list[str] = []
    session.result_changed.connect(lambda result: shown.append(result.filter.text))
    worker.run()
    qtbot.waitUntil(lambda: not session.searching, timeout=5000)
    assert shown == ["hire"]
    assert session.index.found_text("plan") is None  # given up, not searched to the end
