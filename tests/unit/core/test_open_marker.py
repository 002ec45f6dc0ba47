"""The note naming the file being opened: written, found after a crash, never in the way."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from xiaomi_timeline.core.open_marker import (
    clear_opening,
    marker_path,
    record_opening,
    take_interrupted_opening,
)


def test_a_note_left_behind_names_the_file_once(tmp_path: Path) -> None:
    record_opening(tmp_path / "big.json")
    assert take_interrupted_opening() == tmp_path / "big.json"
    assert take_interrupted_opening() is None  # taken: the next start is a normal one


def test_an_ended_opening_leaves_no_note(tmp_path: Path) -> None:
    record_opening(tmp_path / "big.json")
    clear_opening()
    assert take_interrupted_opening() is None


@pytest.mark.parametrize(
    "content",
    [b"", b"\xff\xfe", b"[]", b"null", b'{"path": 3}', b'{"path": ""}', b'{"path": "a\\u0000"}'],
)
def test_an_unreadable_note_is_ignored_and_removed(content: bytes) -> None:
    marker_path().parent.mkdir(parents=True, exist_ok=True)
    marker_path().write_bytes(content)
    assert take_interrupted_opening() is None
    assert not marker_path().exists()


@pytest.mark.skipif(sys.platform == "win32", reason="no process probe on Windows")
def test_the_note_of_another_running_instance_is_not_a_crash(tmp_path: Path) -> None:
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        marker_path().parent.mkdir(parents=True, exist_ok=True)
        marker_path().write_text(
            f'{{"path": "{tmp_path / "big.json"}", "pid": {other.pid}}}', encoding="utf-8"
        )
        assert take_interrupted_opening() is None  # it is opening that file right now
        assert marker_path().exists()
    finally:
        other.kill()
        other.wait(timeout=30)
    assert take_interrupted_opening() == tmp_path / "big.json"  # it died: a crash
