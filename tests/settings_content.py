"""Hypothesis strategies for what a settings file may hold: any bytes, any JSON, and settings
objects with any field set to any JSON value (the likeliest way a hand edit goes wrong)."""

from __future__ import annotations

import json
from typing import Literal

from hypothesis import strategies as st

from xiaomi_timeline.core.settings import Preferences, SavedFilters, UiState

_ODD_TEXTS = ("ééé", "\ud800", "", "AAAA", "=", "\x00", "罗福莉", "a" * 300, "/tmp/x.json")

texts = st.text(max_size=20) | st.sampled_from(_ODD_TEXTS)
scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats()  # NaN and the infinities included: json.dumps writes them as NaN, Infinity
    | texts
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=12,
)


def _object_of(
    model: type[Preferences | UiState | SavedFilters],
) -> st.SearchStrategy[dict[str, object]]:
    """A settings object whose fields (each maybe missing) hold any JSON value."""
    fields = {name: json_values for name in model.model_fields}
    if model is UiState:
        fields["filters"] = _object_of(SavedFilters) | json_values
        fields["visible_window"] = st.lists(st.floats(), min_size=2, max_size=2) | json_values
    if model is SavedFilters:
        fields["years"] = st.lists(st.integers(-5, 12000), min_size=2, max_size=2) | json_values
    if "schema_version" in fields:
        fields["schema_version"] = st.just(1) | json_values
    return st.fixed_dictionaries({}, optional=fields)


def settings_file_content(kind: Literal["preferences", "ui"]) -> st.SearchStrategy[bytes]:
    """Bytes for the preferences or the UI state file."""
    model = Preferences if kind == "preferences" else UiState
    as_json = (_object_of(model) | json_values).map(lambda value: json.dumps(value).encode())
    return as_json | as_json.map(lambda data: data[: len(data) // 2]) | st.binary(max_size=80)
