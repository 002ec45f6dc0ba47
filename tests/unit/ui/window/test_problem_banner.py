"""The problem banner in the window."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit

from tests.big_documents import grow, put_date
from tests.unit.ui.driving import WindowFactory, child
from xiaomi_timeline.ui.window.main_window import MainWindow

# The offscreen platform warns whenever a window's minimum size changes; harmless there.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_a_long_problem_list_scrolls_inside_a_short_banner(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path
) -> None:
    window = make_window(str(sample_file))
    window.resize(1280, 800)
    problems = [
        f"bad.json:{n}:5: events[{n}].category: unknown category id 'x{n}'" for n in range(34)
    ]
    window.banner.show_problems("bad.json", problems)
    QApplication.processEvents()
    listed = child(window.banner, QLabel, "problem-list").text().splitlines()
    assert listed == problems  # every one, none hidden behind "... and N more"
    assert window.banner.height() < 200
    assert window.timeline.height() > 300


SAID = {
    "id": (
        "'2023-13-01' memakai bulan 13; bulan hanya dari 01 sampai 12 "
        "(pakai tanggal yang benar-benar ada di kalender)"
    ),
    "zh_CN": "'2023-13-01' 的月份是 13；月份只能是 01 到 12 (请使用日历上真实存在的日期)",
}
UNKNOWN_FIELD = {
    "id": "kolom 'tagz' tidak dikenal (maksud Anda 'tags'?)",
    "zh_CN": "未知字段 'tagz' (您是不是想写 'tags'？)",
}


def _listed(window: MainWindow) -> list[str]:
    return child(window.banner, QLabel, "problem-list").text().splitlines()


@pytest.mark.parametrize("language", ["id", "zh_CN"])
def test_a_big_file_with_one_impossible_date_is_explained_in_the_interface_language(
    make_window: WindowFactory,
    sample_document: dict[str, Any],
    tmp_path: Path,
    qtbot: QtBot,
    language: str,
) -> None:
    document = grow(sample_document, 3000)
    where = put_date(document, ("events", "start"), "2023-13-01")
    document["events"][0]["tagz"] = ["a"]
    path = tmp_path / "big.json"
    path.write_text(json.dumps(document, indent=1), encoding="utf-8")
    window = make_window(str(path), "--ui-language", language)
    dialog = window.problem_dialog
    assert dialog is not None
    listing = child(dialog, QPlainTextEdit, "problem-list").toPlainText().splitlines()
    assert len(listing) == 2
    assert listing[0].startswith(f"{path}:") and ": events[0].tagz: " in listing[0]
    assert listing[0].endswith(UNKNOWN_FIELD[language])
    assert listing[1].startswith(f"{path}:") and listing[1].endswith(f": {where}: {SAID[language]}")
    dialog.close()
    assert _listed(window) == listing  # the banner under it says the same
    assert "month" not in "".join(listing) and "did you mean" not in "".join(listing)


def test_the_listed_problems_change_language_with_the_interface(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path
) -> None:
    window = make_window(str(sample_file))
    sample_file.write_text('{"schema_version": 1, "title": "t", "events": [],}', "utf-8")
    assert not window.reload()
    english = _listed(window)
    assert english[0].endswith(
        "trailing comma before '}' (JSON allows no comma after the last item: delete this comma)"
    )
    window.ui_language_actions["zh_CN"].trigger()
    qtbot.waitUntil(lambda: _listed(window) != english)
    assert _listed(window) == [
        english[0].split(": ")[0]
        + ": '}' 前面多了一个逗号 (JSON 不允许在最后一项后加逗号：请删除这个逗号)"
    ]
    window.ui_language_actions["en"].trigger()
    qtbot.waitUntil(lambda: _listed(window) == english)
