"""Shared test setup: Qt runs offscreen and user files go to a temporary home."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The interface follows the system locale: tests expect English whatever the machine's.
os.environ["LANG"] = os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANGUAGE"] = ""

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import pytest
from hypothesis import settings

from xiaomi_timeline.cli.main import main
from xiaomi_timeline.core.paths import HOME_OVERRIDE_ENV

# The fuzz tests run a fixed, small budget by default; HYPOTHESIS_PROFILE=long gives every
# property test thousands of examples (see tests/fuzzing.py and the README's Development).
# Without HYPOTHESIS_PROFILE, hypothesis's own choice stays: "ci" (derandomized) under CI=true.
settings.register_profile("long", max_examples=2000, deadline=None)
if os.environ.get("HYPOTHESIS_PROFILE"):
    settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])


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


def _sample_document() -> dict[str, Any]:
    """A small timeline in the shipped format: two people, ranges, statuses, sources, conflicts."""
    return {
        "schema_version": 1,
        "title": {"en": "Sample timeline", "id": "Linimasa contoh"},
        "languages": ["en", "id"],
        "categories": [
            {"id": "career", "label": {"en": "Career", "id": "Karier"}, "color": "#1E88E5"},
            {"id": "research", "label": {"en": "Research", "id": "Riset"}, "color": "#43A047"},
        ],
        "people": [
            {
                "id": "luo-fuli",
                "name": {"en": "Luo Fuli", "zh-Hans": "罗福莉"},
                "aliases": ["Fuli Luo", "羅福莉"],
            },
            {"id": "lei-jun", "name": {"en": "Lei Jun", "zh-Hans": "雷军"}},
        ],
        "organizations": [
            {"id": "xiaomi", "name": {"en": "Xiaomi", "zh-Hans": "小米"}},
            {"id": "deepseek", "name": "DeepSeek"},
        ],
        "sources": [
            {
                "id": "S1",
                "title": "A report",
                "publisher": "Example News",
                "date": "2024-12-20",
                "url": "https://example.org/report",
                "reliability": "high",
            },
            {"id": "S2", "title": "A mirror", "publisher": "Aggregator", "reliability": "low"},
        ],
        "events": [
            {
                "id": "born",
                "title": "Born",
                "start": "1995",
                "category": "career",
                "status": "confirmed",
                "people": ["luo-fuli"],
                "sources": ["S1"],
            },
            {
                "id": "acl",
                "title": {"en": "Papers at ACL", "id": "Makalah di ACL"},
                "start": "2019-07",
                "category": "research",
                "status": "confirmed",
                "people": ["luo-fuli"],
                "sources": ["S1"],
                "date_note": "Conference month",
            },
            {
                "id": "plan",
                "title": "Five-year plan",
                "start": "2022",
                "end": "2026",
                "category": "career",
                "status": "disputed",
                "people": ["lei-jun"],
                "organizations": ["xiaomi"],
                "sources": ["S1", "S2"],
                "conflicts": [
                    {
                        "topic": "Plan period",
                        "claims": [
                            {"text": "2022 to 2026", "sources": ["S1"]},
                            {"text": "2021 to 2025", "sources": ["S2"]},
                        ],
                    }
                ],
            },
            {
                "id": "v2",
                "title": "Model released",
                "start": "2024-05-07",
                "category": "research",
                "status": "confirmed",
                "people": ["luo-fuli"],
                "organizations": ["deepseek"],
                "sources": ["S1"],
            },
            {
                "id": "hire",
                "title": {"en": "Hire reported", "id": "Perekrutan dilaporkan"},
                "start": "2024-12-20",
                "category": "career",
                "status": "reported",
                "people": ["luo-fuli", "lei-jun"],
                "organizations": ["xiaomi"],
                "sources": ["S1", "S2"],
                "related": ["plan"],
                "notes": ["A note"],
            },
            {
                "id": "joins",
                "title": "Joins the team",
                "start": "2025-11-12",
                "category": "career",
                "status": "confirmed",
                "people": ["luo-fuli"],
                "organizations": ["xiaomi"],
                "sources": ["S1"],
            },
        ],
    }


@pytest.fixture
def sample_document() -> dict[str, Any]:
    return _sample_document()


@pytest.fixture
def write_document(tmp_path: Path) -> Callable[..., Path]:
    """Write a document dict (or raw text) to a .json file in tmp_path and return its path."""

    def write(content: dict[str, Any] | str, name: str = "timeline.json") -> Path:
        path = tmp_path / name
        text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
        path.write_text(text, encoding="utf-8")
        return path

    return write


@dataclass(frozen=True)
class Ran:
    """What a command printed and returned, as a user in a terminal sees it."""

    returncode: int
    stdout: str
    stderr: str


class RunCli(Protocol):
    def __call__(self, *args: str | Path) -> Ran: ...


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> RunCli:
    """Run ``xiaomi-timeline ARGS`` in this process (the entry point's ``main``)."""

    def run(*args: str | Path) -> Ran:
        capsys.readouterr()
        code = main([str(arg) for arg in args])
        out, err = capsys.readouterr()
        return Ran(code, out, err)

    return run


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Empty the clipboard while Python still runs. On the offscreen platform Qt deletes the
    clipboard's data only in its exit handlers, after Python has finished; data a test copied
    (an object Python knew) then calls back into Python, and the run ends in a segmentation
    fault after every test passed. A real display's clipboard is emptied with the application."""
    qt_gui = sys.modules.get("PySide6.QtGui")  # None: no test used Qt
    if qt_gui is not None and qt_gui.QGuiApplication.instance() is not None:
        qt_gui.QGuiApplication.clipboard().clear()
