"""Shared test setup: Qt runs offscreen and user files go to a temporary home."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from xiaomi_timeline.core.paths import HOME_OVERRIDE_ENV


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point config, state, cache and data folders at a fresh tmp dir for every test.

    Settings written by one test must never reach the real home or another test.
    """
    home = tmp_path_factory.mktemp("home")
    previous = os.environ.get(HOME_OVERRIDE_ENV)
    os.environ[HOME_OVERRIDE_ENV] = str(home)
    try:
        yield home
    finally:
        if previous is None:
            os.environ.pop(HOME_OVERRIDE_ENV, None)
        else:
            os.environ[HOME_OVERRIDE_ENV] = previous
