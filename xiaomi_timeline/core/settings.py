"""User preferences and window state, kept apart, as versioned JSON written atomically.

Preferences are choices a user makes on purpose (theme, lane mode, content language); UI state is
what the window remembers on its own (geometry, splitters, last file, filters, recent files).
Keeping them in separate files means losing one (a crash mid-write, a hand edit gone wrong) never
costs the other. Settings never stop the app: a file that cannot be read, is not JSON, or has an
unknown ``schema_version`` gives the defaults; in a file that is otherwise fine, each value that
is wrong (wrong type, out of range, not what the window can use) is replaced by its default, and
one logged warning names what was dropped.
"""

from __future__ import annotations

import binascii
import json
import logging
import math
import os
import tempfile
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from xiaomi_timeline.core.dates import MAX_YEAR, MIN_YEAR
from xiaomi_timeline.core.paths import config_dir, state_dir
from xiaomi_timeline.core.query import FilterState

log = logging.getLogger(__name__)

PREFERENCES_FILE = "preferences.json"
UI_STATE_FILE = "ui-state.json"
MAX_RECENT_FILES = 10

Theme = Literal["system", "light", "dark"]
Year = Annotated[int, Field(ge=MIN_YEAR, le=MAX_YEAR)]
LaneMode = Literal["category", "person", "organization"]
ContentLanguage = Literal["en", "id", "zh-Hans"]
CONTENT_LANGUAGES: tuple[str, ...] = get_args(ContentLanguage)
UiLanguage = Literal["system", "en", "id", "zh_CN"]
UI_LANGUAGES: tuple[str, ...] = ("en", "id", "zh_CN")
"""The interface languages the app has catalogues for."""


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
    years: tuple[Year, Year] | None = None
    text: str = ""

    @field_validator("years")
    @classmethod
    def _first_year_first(cls, years: tuple[int, int] | None) -> tuple[int, int] | None:
        if years is not None and years[0] > years[1]:
            raise ValueError(f"the first year {years[0]} is after the last {years[1]}")
        return years

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
    folded_filters: tuple[str, ...] = ()
    """The filter panel's sections the user folded away (names unknown to the panel are
    ignored)."""

    @field_validator("geometry", "window_state")
    @classmethod
    def _base64(cls, text: str) -> str:
        try:
            binascii.a2b_base64(text.encode("ascii"), strict_mode=True) if text else b""
        except (UnicodeEncodeError, binascii.Error) as error:
            raise ValueError(f"not base64 text ({error})") from None
        return text

    @field_validator("visible_window")
    @classmethod
    def _finite_window(cls, window: tuple[float, float] | None) -> tuple[float, float] | None:
        if window is not None and not (
            math.isfinite(window[0]) and math.isfinite(window[1]) and window[0] < window[1]
        ):
            raise ValueError(f"{window} is not a time window (finite start before end)")
        return window

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
    """Read ``path`` as ``model``: what is wrong gets its default, and one warning says what."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return model()
    except OSError as error:
        log.warning("cannot read settings %s (%s); using defaults", path, error)
        return model()
    try:
        return model.model_validate_json(data)
    except ValidationError:
        pass  # look closer: keep what is right
    except (RecursionError, MemoryError) as error:
        log.warning("settings file %s cannot be read (%s); using defaults", path, error)
        return model()
    raw = _parse(data)
    if not isinstance(raw, dict):
        kind = "not JSON" if raw is _NOT_JSON else "not a JSON object"
        log.warning("settings file %s is %s; using defaults", path, kind)
        return model()
    if "schema_version" in raw and raw["schema_version"] != 1:
        log.warning(
            "settings file %s has schema_version %.40r, not 1; using defaults",
            path,
            raw["schema_version"],
        )
        return model()
    dropped: list[str] = []
    settings = _salvage(model, raw, "", dropped)
    log.warning(
        "settings file %s: dropped %s; using the defaults for them",
        path,
        "; ".join(dropped) or "nothing it could read (the file as a whole was not valid)",
    )
    return settings


_NOT_JSON = object()


def _parse(data: bytes) -> Any:
    """The JSON value of ``data``; texts that cannot be written back as UTF-8 (lone
    surrogates) become a value no setting accepts, so they are dropped like any bad value."""
    try:
        value = json.loads(data.decode("utf-8"), parse_constant=lambda _: _NOT_JSON)
    except (ValueError, RecursionError):
        return _NOT_JSON
    return _scrub(value)


def _scrub(value: Any) -> Any:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return _NOT_JSON
        return value
    if isinstance(value, list):
        return [_scrub(item) for item in value]
    if isinstance(value, dict):
        return {key: _scrub(item) for key, item in value.items()}
    return value


def _salvage(model: type[_M], raw: dict[str, Any], prefix: str, dropped: list[str]) -> _M:
    """``model`` from the values of ``raw`` that are valid one by one; the names and reasons
    of the others are added to ``dropped``."""
    kept: dict[str, Any] = {}
    for name, field in model.model_fields.items():
        if name not in raw:
            continue
        nested = field.annotation
        if (
            isinstance(nested, type)
            and issubclass(nested, _Settings)
            and isinstance(raw[name], dict)
        ):
            kept[name] = _salvage(nested, raw[name], f"{prefix}{name}.", dropped)
            continue
        try:
            kept[name] = getattr(model.model_validate({name: raw[name]}), name)
        except ValidationError as error:
            reason = str(error.errors()[0]["msg"])[:120]
            dropped.append(f"{prefix}{name} ({reason})")
    return model(**kept)


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
