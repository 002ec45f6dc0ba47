"""Whatever a settings file holds, loading it gives settings the app can use and save again."""

from __future__ import annotations

import json
import math

from hypothesis import given
from hypothesis import strategies as st

from tests.fuzzing import fuzz_settings
from tests.settings_content import settings_file_content
from xiaomi_timeline.core import settings
from xiaomi_timeline.core.dates import MAX_YEAR, MIN_YEAR
from xiaomi_timeline.core.settings import (
    load_preferences,
    load_ui_state,
    save_preferences,
    save_ui_state,
)


@fuzz_settings(examples=300)
@given(preferences=settings_file_content("preferences"), ui_state=settings_file_content("ui"))
def test_any_content_loads_as_settings_that_save_and_load_unchanged(
    preferences: bytes, ui_state: bytes
) -> None:
    for path, content in (
        (settings.preferences_path(), preferences),
        (settings.ui_state_path(), ui_state),
    ):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    loaded_preferences, loaded_state = load_preferences(), load_ui_state()
    window = loaded_state.visible_window
    assert window is None or (math.isfinite(window[0]) and window[0] < window[1])
    years = loaded_state.filters.years
    assert years is None or MIN_YEAR <= years[0] <= years[1] <= MAX_YEAR
    assert save_preferences(loaded_preferences)
    assert save_ui_state(loaded_state)
    assert load_preferences() == loaded_preferences
    assert load_ui_state() == loaded_state


@fuzz_settings(examples=50)
@given(st.binary(max_size=64))
def test_arbitrary_bytes_never_raise(content: bytes) -> None:
    path = settings.ui_state_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    json.dumps(load_ui_state().model_dump(mode="json"))
