"""User preferences and window state, kept apart, as versioned JSON written atomically.

Preferences are choices a user makes on purpose (theme, lane mode, content language); UI state is
what the window remembers on its own (geometry, splitters, last file, filters, recent files).
Keeping them in separate files means losing one (a crash mid-write, a hand edit gone wrong) never
costs the other. A file that cannot be read, is not valid JSON, or has an unknown
``schema_version`` gives the defaults and a logged warning; settings never stop the app.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Literal, TypeVar, get_args

from pydantic import BaseModel, ConfigDict, ValidationError

from xiaomi_timeline.core.paths import config_dir, state_dir
from xiaomi_timeline.core.query import FilterState

log = logging.getLogger(__name__)

PREFERENCES_FILE = "preferences.json"
UI_STATE_FILE = "ui-state.json"
MAX_RECENT_FILES = 10

Theme = Literal["system", "light", "dark"]
LaneMode = Literal["category", "person", "organization"]
ContentLanguage = Literal["en", "id", "zh-Hans"]
CONTENT_LANGUAGES: tuple[str, ...] = get_args(ContentLanguage)
UiLanguage = Literal["system", "en", "id", "zh_CN"]


class _Settings(BaseModel):
    # Unknown keys are ignored so a newer build's extra fields do not reset an older one.
    model_config = ConfigDict(frozen=True, extra="ignore")


class Preferences(_Settings):
    """What the user chose: look, lane grouping, the interface language ("system" follows the
    system locale) and the language of the content (None follows the interface language)."""

    schema_version: Literal[1] = 1
    theme: Theme = "system"
    lane_mode: LaneMode = "category"
    ui_language: UiLanguage = "system"
    content_language: ContentLanguage | None = None


class SavedFilters(_Settings):
    """The filter panel's choices, by id, so they survive a restart."""

    people: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    years: tuple[int, int] | None = None
    text: str = ""

    @classmethod
    def of(cls, state: FilterState) -> SavedFilters:
        """What to write for ``state`` (sorted, so the file is stable between saves)."""
        return cls(
            people=tuple(sorted(state.people)),
            organizations=tuple(sorted(state.organizations)),
            categories=tuple(sorted(state.categories)),
            statuses=tuple(sorted(state.statuses)),
            tags=tuple(sorted(state.tags)),
            years=state.years,
            text=state.text,
        )

    def to_filter(self) -> FilterState:
        return FilterState(
            people=frozenset(self.people),
            organizations=frozenset(self.organizations),
            years=self.years,
            categories=frozenset(self.categories),
            tags=frozenset(self.tags),
            statuses=frozenset(self.statuses),
            text=self.text,
        )


class UiState(_Settings):
    """What the window remembers: Qt state blobs are base64 text so the file stays JSON.

    ``window_state`` is QMainWindow.saveState(): where the docks are and their splitter sizes.
    """

    schema_version: Literal[1] = 1
    geometry: str = ""
    window_state: str = ""
    last_file: str | None = None
    filters: SavedFilters = SavedFilters()
    selected_event: str | None = None
    visible_window: tuple[float, float] | None = None
    recent_files: tuple[str, ...] = ()

    def with_recent(self, path: str) -> UiState:
        """This state with ``path`` first in the recent files (no duplicates, at most 10)."""
        recent = (path, *(p for p in self.recent_files if p != path))
        return self.model_copy(update={"recent_files": recent[:MAX_RECENT_FILES]})


def preferences_path() -> Path:
    return config_dir() / PREFERENCES_FILE


def ui_state_path() -> Path:
    return state_dir() / UI_STATE_FILE


_M = TypeVar("_M", bound=_Settings)


def _load(path: Path, model: type[_M]) -> _M:
    """Read ``path`` as ``model``; anything wrong gives the defaults and a warning."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return model()
    except OSError as error:
        log.warning("cannot read settings %s (%s); using defaults", path, error)
        return model()
    try:
        return model.model_validate_json(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "file"
        log.warning(
            "settings file %s is invalid at %s (%s); using defaults", path, where, first["msg"]
        )
        return model()


def _save(path: Path, settings: _Settings) -> bool:
    """Write atomically (temp file + os.replace); a failure is logged, not raised."""
    text = json.dumps(settings.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp_name, path)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
    except OSError as error:
        log.warning("cannot save settings to %s (%s)", path, error)
        return False
    return True


def load_preferences() -> Preferences:
    return _load(preferences_path(), Preferences)


def save_preferences(preferences: Preferences) -> bool:
    return _save(preferences_path(), preferences)


def load_ui_state() -> UiState:
    return _load(ui_state_path(), UiState)


def save_ui_state(state: UiState) -> bool:
    return _save(ui_state_path(), state)


def reset_settings() -> None:
    """Forget everything: delete both files (``--reset-settings``)."""
    for path in (preferences_path(), ui_state_path()):
        try:
            path.unlink(missing_ok=True)
        except OSError as error:
            log.warning("cannot remove settings file %s (%s)", path, error)
