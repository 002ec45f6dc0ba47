"""The interface language as a reader meets it: chosen in the View menu, switched live in every
part of the window, remembered after a restart, and followed by the content by default."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFileDialog, QLabel

from xiaomi_timeline.core.settings import load_preferences
from xiaomi_timeline.ui.i18n.language import current_ui_language, system_ui_language
from xiaomi_timeline.ui.timeline.legend import legend_lines
from xiaomi_timeline.ui.window.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def sample_file(sample_document: dict[str, Any], write_document: Callable[..., Path]) -> Path:
    return write_document(sample_document)


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _legend_words(window: MainWindow) -> list[str]:
    scene = window.timeline.canvas.scene()
    assert scene is not None
    return [word for line in legend_lines(5000.0, scene) for word in line]


def _what_a_reader_sees(window: MainWindow) -> dict[str, object]:
    model = window.table_model
    header = model.headerData(0, Qt.Orientation.Horizontal)
    row = model.row_of("hire")
    assert row is not None
    return {
        "hire date": model.data(model.index(row, 0)),
        "menus": _menu_titles(window),
        "docks": [window.filters_dock.windowTitle(), window.details_dock.windowTitle()],
        "legend": _legend_words(window),
        "details": window.detail_pane.toPlainText(),
        "table": header,
        "count": window.count_label.text(),
        "search": window.filter_panel.search_field.placeholderText(),
    }


def _switch(window: MainWindow, qtbot: QtBot, choice: str, file_menu: str) -> None:
    window.ui_language_actions[choice].trigger()
    qtbot.waitUntil(lambda: _menu_titles(window)[0] == file_menu)
    QCoreApplication.processEvents()  # the LanguageChange events reach every widget


def test_the_interface_switches_live_and_comes_back_after_a_restart(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path
) -> None:
    window = make_window(str(sample_file), "--select", "plan")
    english = _what_a_reader_sees(window)
    assert english["menus"] == ["&File", "&Edit", "&View", "&Help"]
    assert "Where sources disagree" in str(english["details"])
    assert "Status:" in english["legend"]  # type: ignore[operator]

    _switch(window, qtbot, "id", "&Berkas")
    indonesian = _what_a_reader_sees(window)
    assert indonesian["menus"] == ["&Berkas", "&Sunting", "&Tampilan", "B&antuan"]
    assert indonesian["docks"] == ["Filter", "Rincian"]
    assert {"Status:", "Terkonfirmasi", "Diperdebatkan", "Tanggal:"} <= set(
        cast(list[str], indonesian["legend"])
    )
    details = str(indonesian["details"])
    assert "Perbedaan keterangan sumber" in details and "Diperdebatkan · 2 sumber" in details
    assert "2022 – 2026 (diketahui sampai tahun)" in details
    assert "Where sources disagree" not in details
    assert indonesian["table"] == "Tanggal"
    assert indonesian["hire date"] == "20 Desember 2024"
    assert indonesian["count"] == "6 dari 6 peristiwa"
    assert indonesian["search"] == "Cari peristiwa (Ctrl+F)"
    assert window.session.language == "id"  # the content follows, as the data has Indonesian

    _switch(window, qtbot, "zh_CN", "文件(&F)")
    chinese = _what_a_reader_sees(window)
    assert chinese["docks"] == ["筛选", "详情"]
    assert {"状态:", "已证实", "有争议"} <= set(cast(list[str], chinese["legend"]))
    assert "2022年至2026年 (精确到年)" in str(chinese["details"])
    assert "来源说法分歧" in str(chinese["details"])
    assert chinese["table"] == "日期"
    assert chinese["hire date"] == "2024年12月20日"
    assert load_preferences().ui_language == "zh_CN"

    window.close()
    restarted = make_window(str(sample_file), "--select", "plan")
    assert current_ui_language() == "zh_CN"
    assert _menu_titles(restarted)[0] == "文件(&F)"
    assert restarted.ui_language_actions["zh_CN"].isChecked()
    assert "精确到年" in restarted.detail_pane.toPlainText()


def test_a_run_option_chooses_the_language_without_saving_it(
    make_window: WindowFactory, sample_file: Path
) -> None:
    window = make_window(str(sample_file), "--ui-language", "id")
    assert _menu_titles(window)[0] == "&Berkas"
    assert window.session.language == "id"
    window.ui_language_actions["en"].trigger()
    assert load_preferences().ui_language == "en"
    assert load_preferences().content_language is None  # still follows the interface


def test_content_language_chosen_apart_from_the_interface(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path
) -> None:
    window = make_window(str(sample_file), "--select", "plan")
    window.language_actions["id"].trigger()
    assert window.session.language == "id"
    _switch(window, qtbot, "en", "&File")
    assert window.session.language == "id"  # chosen on purpose: the interface does not move it
    assert "Sources" in window.detail_pane.toPlainText()


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("id_ID", "id"), ("zh_CN", "zh_CN"), ("zh_TW", "zh_CN"), ("de_DE", "en"), ("C", "en")],
)
def test_the_system_locale_picks_the_interface_language(locale: str, expected: str) -> None:
    assert system_ui_language(QLocale(locale)) == expected


def test_content_follows_the_interface_only_into_languages_the_data_has(
    make_window: WindowFactory, sample_file: Path
) -> None:
    window = make_window(str(sample_file), "--ui-language", "zh_CN")
    assert window.session.language == "en"  # the sample lists only en and id
    assert _menu_titles(window)[0] == "文件(&F)"


def test_a_font_with_chinese_glyphs_is_installed(qapp: object) -> None:
    """Without one Qt draws boxes silently (tools/install_system_deps.sh installs one)."""
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    assert families, "no font for Simplified Chinese: install fonts-wqy-microhei"


def test_a_problem_banner_on_screen_changes_language_too(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path
) -> None:
    window = make_window(str(sample_file))
    sample_file.write_text("{ broken", encoding="utf-8")
    assert not window.reload()
    banner = window.banner
    assert "still showing the last version" in banner.accessibleDescription()
    _switch(window, qtbot, "id", "&Berkas")
    assert "versi terakhir yang berhasil dimuat tetap ditampilkan" in banner.accessibleDescription()
    assert "1 masalah" in banner.accessibleDescription()


def test_an_exported_picture_speaks_the_interface_language(
    make_window: WindowFactory, sample_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(str(sample_file), "--ui-language", "zh_CN", "--person", "Lei Jun")
    chosen = tmp_path / "lei.svg"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(chosen), ""))
    )
    window.export_action.trigger()
    # Qt writes a run of text per script, so the words are looked for in all of it.
    svg = "".join(re.findall(r"<text[^>]*>([^<]*)</text>", chosen.read_text(encoding="utf-8")))
    for words in ("2 / 6 个事件", "人物：Lei Jun", "核实状态", "已证实", "有争议", "已知月份"):
        assert words in svg
    assert "Claim status" not in svg and "events" not in svg
    assert "已将 6 个事件中的 2 个导出到" in window.statusBar().currentMessage()


def test_the_problem_banner_names_what_is_shown_in_the_new_language(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1, "title": "t", "events": [{"id": "e"}]}', "utf-8")
    window = make_window(str(bad), "--ui-language", "id")
    assert window.problem_dialog is not None
    window.problem_dialog.close()
    label = window.banner.findChild(QLabel)
    assert label is not None
    assert "data set bawaan “Xiaomi dan AI" in label.text()
    _switch(window, qtbot, "zh_CN", "文件(&F)")
    heading = label.text()
    assert heading.startswith("无法打开 bad.json")
    assert "内置数据集“小米" in heading and "bawaan" not in heading


def test_the_status_column_fits_its_longest_name_in_each_language(
    make_window: WindowFactory, qtbot: QtBot, sample_file: Path
) -> None:
    window = make_window(str(sample_file), "--size", "1280x800")
    for choice, file_menu, longest in (
        ("id", "&Berkas", "Diperdebatkan"),
        ("en", "&File", "Confirmed"),
    ):
        _switch(window, qtbot, choice, file_menu)
        width = window.table.horizontalHeader().sectionSize(4)
        assert width > window.table.fontMetrics().horizontalAdvance(longest) + 8, choice


@pytest.mark.parametrize(("language", "folder"), [("zh_CN", "文件夹"), ("en", "Folder")])
def test_file_dialogs_name_a_folders_kind_in_the_interface_language(
    qapp: object, language: str, folder: str, tmp_path: Path
) -> None:
    from PySide6.QtCore import QFileInfo  # noqa: PLC0415
    from PySide6.QtWidgets import QFileIconProvider  # noqa: PLC0415

    from xiaomi_timeline.ui.i18n.language import apply_ui_language  # noqa: PLC0415

    apply_ui_language(language)
    assert QFileIconProvider().type(QFileInfo(str(tmp_path))) == folder
