"""Preferences and UI state: round trips, atomic writes, and survival of broken files."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from xiaomi_timeline.core import settings
from xiaomi_timeline.core.query import FilterState
from xiaomi_timeline.core.settings import (
    MAX_RECENT_FILES,
    Preferences,
    SavedFilters,
    UiState,
    load_preferences,
    load_ui_state,
    save_preferences,
    save_ui_state,
)


def test_missing_files_give_defaults() -> None:
    assert load_preferences() == Preferences()
    assert load_ui_state() == UiState()


def test_settings_live_under_the_redirected_home(isolated_home: Path) -> None:
    save_preferences(Preferences(theme="dark"))
    save_ui_state(UiState(last_file="/tmp/x.json"))
    assert settings.preferences_path().is_relative_to(isolated_home)
    assert settings.ui_state_path().is_relative_to(isolated_home)
    assert settings.preferences_path().parent != settings.ui_state_path().parent


def test_round_trip() -> None:
    prefs = Preferences(theme="dark", lane_mode="person", content_language="id")
    state = UiState(
        geometry="AAECAw==",
        window_state="BAUG",
        last_file="/data/t.json",
        filters=SavedFilters(people=("luo-fuli",), years=(2019, 2024), text="MiMo"),
        selected_event="luo-fuli-acl-2019",
        visible_window=(737000.0, 739000.5),
        recent_files=("/data/t.json",),
    )
    assert save_preferences(prefs)
    assert save_ui_state(state)
    assert load_preferences() == prefs
    assert load_ui_state() == state


def test_files_carry_a_schema_version() -> None:
    save_preferences(Preferences())
    save_ui_state(UiState())
    for path in (settings.preferences_path(), settings.ui_state_path()):
        assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == 1


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"",
        b"\xff\xfe\x00",
        b"[1, 2]",
        b'{"schema_version": 99}',
        b'{"schema_version": 1, "theme": "purple", "recent_files": 3}',
    ],
)
def test_corrupt_files_fall_back_to_defaults_with_a_warning(
    content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    for path in (settings.preferences_path(), settings.ui_state_path()):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="xiaomi_timeline.core.settings"):
        assert load_preferences() == Preferences()
        assert load_ui_state() == UiState()
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 2


def test_unknown_keys_are_ignored() -> None:
    path = settings.preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"schema_version": 1, "theme": "dark", "future": true}', encoding="utf-8")
    assert load_preferences().theme == "dark"


def test_save_leaves_no_temp_files_and_replaces_atomically() -> None:
    save_preferences(Preferences(theme="light"))
    save_preferences(Preferences(theme="dark"))
    folder = settings.preferences_path().parent
    assert [p.name for p in folder.iterdir()] == [settings.PREFERENCES_FILE]
    assert load_preferences().theme == "dark"


def test_unwritable_folder_is_logged_not_raised(
    isolated_home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (isolated_home / "config").write_text("a file where a folder should be", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert save_preferences(Preferences()) is False
    assert "cannot save settings" in caplog.text


def test_recent_files_are_unique_newest_first_and_capped() -> None:
    state = UiState()
    for n in range(MAX_RECENT_FILES + 3):
        state = state.with_recent(f"/f{n}.json")
    state = state.with_recent("/f5.json")
    assert len(state.recent_files) == MAX_RECENT_FILES
    assert state.recent_files[0] == "/f5.json"
    assert state.recent_files.count("/f5.json") == 1
    assert "/f0.json" not in state.recent_files


def test_reset_removes_both_files() -> None:
    save_preferences(Preferences(theme="dark"))
    save_ui_state(UiState(last_file="/x.json"))
    settings.reset_settings()
    assert load_preferences() == Preferences()
    assert load_ui_state() == UiState()


def test_saved_filters_round_trip_a_filter_state() -> None:
    state = FilterState(
        people=frozenset({"lei-jun", "luo-fuli"}),
        years=(2019, 2024),
        statuses=frozenset({"reported"}),
        text="gpu",
    )
    saved = SavedFilters.of(state)
    assert saved.people == ("lei-jun", "luo-fuli")  # sorted: the file is stable between saves
    assert SavedFilters.model_validate_json(saved.model_dump_json()).to_filter() == state


def _write(path: Path, content: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode() if isinstance(content, str) else content)


def _state_with(**changes: object) -> str:
    good = UiState(
        last_file="/data/t.json",
        selected_event="acl",
        filters=SavedFilters(people=("luo-fuli",), text="MiMo"),
        recent_files=("/data/t.json",),
    ).model_dump(mode="json")
    return json.dumps({**good, **changes})


@pytest.mark.parametrize(
    ("changes", "dropped"),
    [
        ({"geometry": "ééé"}, "geometry"),
        ({"window_state": "not base64!"}, "window_state"),
        ({"visible_window": [float("-inf"), float("inf")]}, "visible_window"),
        ({"visible_window": [739000.0, 737000.0]}, "visible_window"),
        ({"visible_window": [float("nan"), 1.0]}, "visible_window"),
        ({"recent_files": 3}, "recent_files"),
    ],
)
def test_a_bad_value_gets_its_default_and_the_rest_is_kept(
    changes: dict[str, object], dropped: str, caplog: pytest.LogCaptureFixture
) -> None:
    _write(settings.ui_state_path(), _state_with(**changes))
    with caplog.at_level(logging.WARNING, logger="xiaomi_timeline.core.settings"):
        state = load_ui_state()
    assert getattr(state, dropped) == getattr(UiState(), dropped)
    assert state.last_file == "/data/t.json"
    assert state.filters.people == ("luo-fuli",)
    assert state.selected_event == "acl"
    (record,) = caplog.records
    assert f"dropped {dropped} (" in record.getMessage()


def test_a_reversed_year_range_is_dropped_not_kept_as_an_empty_filter(
    caplog: pytest.LogCaptureFixture,
) -> None:
    filters = {"people": ["luo-fuli"], "years": [2030, 2010], "text": "MiMo"}
    _write(settings.ui_state_path(), _state_with(filters=filters))
    with caplog.at_level(logging.WARNING, logger="xiaomi_timeline.core.settings"):
        state = load_ui_state()
    assert state.filters == SavedFilters(people=("luo-fuli",), text="MiMo")
    assert "dropped filters.years (" in caplog.text


@pytest.mark.parametrize("years", [[-(10**13), 2020], [2020, 10**30], [2020, 10000], [1, "x"]])
def test_years_outside_the_calendar_are_dropped(years: list[object]) -> None:
    _write(settings.ui_state_path(), _state_with(filters={"years": years}))
    assert load_ui_state().filters.years is None


def test_unknown_schema_version_still_gives_all_defaults(caplog: pytest.LogCaptureFixture) -> None:
    _write(settings.preferences_path(), '{"schema_version": 2, "theme": "dark"}')
    with caplog.at_level(logging.WARNING, logger="xiaomi_timeline.core.settings"):
        assert load_preferences() == Preferences()
    assert "schema_version 2, not 1" in caplog.text


def test_texts_that_cannot_be_saved_again_are_dropped() -> None:
    _write(settings.ui_state_path(), '{"last_file": "\\ud800.json", "selected_event": "a"}')
    state = load_ui_state()
    assert state.last_file is None
    assert state.selected_event == "a"
    assert save_ui_state(state)
