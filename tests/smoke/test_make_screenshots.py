"""tools/make_screenshots.sh remakes the translated screenshots of docs/screenshots."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtGui import QImage

from tests.paths import REPO_ROOT


@pytest.mark.slow
def test_the_screenshots_of_one_language_are_made(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            str(REPO_ROOT / "tools" / "make_screenshots.py"),
            "--language",
            "id",
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for name in ("main-window", "details-disputed", "export-dialog", "export", "print-preview"):
        image = QImage(str(tmp_path / f"{name}-id.png"))
        assert not image.isNull() and image.width() >= 500, name
    assert QImage(str(tmp_path / "export-id.png")).width() == 2400  # the app's own export
    assert QImage(str(tmp_path / "print-preview-id.png")).size().toTuple() == (1280, 800)
    assert "unexpected" not in result.stderr  # no dialog the script did not foresee
