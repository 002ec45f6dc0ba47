"""Fixtures of the window tests that load big files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.big_documents import grow

BIG_EVENTS = 5000
"""Events in ``big_file``: over the size that loads on the worker with progress."""


@pytest.fixture
def big_file(sample_document: dict[str, Any], tmp_path: Path) -> Path:
    path = tmp_path / "big.json"
    path.write_text(json.dumps(grow(sample_document, BIG_EVENTS)), encoding="utf-8")
    return path
