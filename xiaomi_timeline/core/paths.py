"""The one place that asks platformdirs where user files go; tests redirect it.

Set ``XIAOMI_TIMELINE_HOME`` to put config, state, cache and data under one folder (tests and
``--reset-settings`` experiments use it); otherwise the platform's usual folders are used.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "xiaomi-ai-timeline"
HOME_OVERRIDE_ENV = "XIAOMI_TIMELINE_HOME"


def _override(kind: str) -> Path | None:
    base = os.environ.get(HOME_OVERRIDE_ENV)
    return Path(base) / kind if base else None


def config_dir() -> Path:
    """Preferences (theme, lane mode, language)."""
    return _override("config") or Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False))


def state_dir() -> Path:
    """UI state (geometry, splitters, last file, filters, recent files)."""
    return _override("state") or Path(platformdirs.user_state_dir(APP_DIR_NAME, appauthor=False))


def cache_dir() -> Path:
    return _override("cache") or Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False))


def xdg_data_home() -> Path:
    """The user's data root (``~/.local/share`` on Linux) for launcher entries and icons."""
    return _override("data") or Path(platformdirs.user_data_dir(appauthor=False))
