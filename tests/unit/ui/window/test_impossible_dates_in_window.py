"""A big file with one impossible date, opened and live-reloaded in the window: a located
problem on screen, the timeline shown before it kept, no crash."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.big_documents import DATE_FIELDS, grow, put_date
from xiaomi_timeline.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def big_document(sample_document: dict[str, Any]) -> dict[str, Any]:
    return grow(sample_document, 2200)


@pytest.mark.parametrize("field", DATE_FIELDS, ids=".".join)
def test_opening_a_big_file_with_one_impossible_date_lists_it(
    make_window: Callable[..., MainWindow],
    big_document: dict[str, Any],
    tmp_path: Path,
    field: tuple[str, ...],
) -> None:
    window = make_window()
    shown = window.session.document
    where = put_date(big_document, field, "2023-13-01")
    path = tmp_path / "big.json"
    path.write_text(json.dumps(big_document, indent=1), encoding="utf-8")
    assert not window.files.open_file(path)
    dialog = window.problem_dialog
    assert dialog is not None
    assert any(f": {where}: " in problem for problem in dialog.problems)
    assert window.session.document is shown
    dialog.close()


def test_live_reload_of_a_big_file_gone_bad_keeps_the_last_good_timeline(
    make_window: Callable[..., MainWindow],
    big_document: dict[str, Any],
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    path = tmp_path / "big.json"
    path.write_text(json.dumps(big_document), encoding="utf-8")
    window = make_window(str(path))
    shown = window.table_model.rowCount()
    assert shown == 2200
    big_document["events"][-1]["start"] = "2021-02-29"
    path.write_text(json.dumps(big_document), encoding="utf-8")
    qtbot.waitUntil(window.banner.isVisible, timeout=15_000)
    assert any(
        ": events[2199].start: '2021-02-29' does not exist" in problem
        for problem in window.banner.problems
    )
    assert window.table_model.rowCount() == shown
