"""The window opens other formats everywhere a timeline file opens, and exports the data."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tests.paths import DATA_DIR
from xiaomi_timeline.core.interchange.detection import Format
from xiaomi_timeline.core.loading.loader import load_path
from xiaomi_timeline.ui.export import data as export_data
from xiaomi_timeline.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
WindowFactory = Callable[..., MainWindow]
SHEET = DATA_DIR / "timelinejs3" / "women_in_computing.csv"
HEADER = "Year,Month,Day,Headline,Group\n"


def _titles(window: MainWindow) -> list[str]:
    model = window.table_model
    return [str(model.index(row, 1).data()) for row in range(model.rowCount())]


def test_a_timelinejs3_file_opens_from_the_command_line_with_its_eras(
    make_window: WindowFactory,
) -> None:
    window = make_window(str(DATA_DIR / "timelinejs3" / "eras.json"))
    assert window.session.path == DATA_DIR / "timelinejs3" / "eras.json"
    assert len(window.session.document.eras) == 3
    assert "Last great Roman-Persian War." in _titles(window)


def test_open_recent_and_drop_take_csv_and_ics(make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window()
    calendar = tmp_path / "calendar.ics"
    shutil.copy(DATA_DIR / "ics" / "google-calendar.ics", calendar)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(calendar))])
    assert window.files.dropped_file(mime) == calendar
    assert window.files.open_file(calendar)
    assert "Mobile World Congress" in _titles(window)
    assert window.files.open_file(SHEET)
    assert str(SHEET.resolve()) in window.files.state.recent_files
    assert str(calendar.resolve()) in window.files.state.recent_files


def test_a_broken_save_of_a_csv_keeps_the_last_good_timeline(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(HEADER + "2019,7,,ACL,Research\n2020,1,,Launch,Product\n", encoding="utf-8")
    window = make_window(str(sheet))
    before = _titles(window)
    sheet.write_text(HEADER + "2019,7,,ACL,Research\nsoon,,,Launch,Product\n", encoding="utf-8")
    qtbot.waitUntil(window.banner.isVisible, timeout=10_000)
    assert _titles(window) == before
    assert list(window.banner.problems) == [
        f"{sheet}:3:1: Year: 'soon' is not a whole number "
        "(write a whole number, e.g. 2019, or -44 for 44 BC)"
    ]
    sheet.write_text(HEADER + "2019,7,,ACL,Research\n2021,1,,Launch,Product\n", encoding="utf-8")
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=10_000)
    assert window.session.document.events[1].start == "2021-01"


@pytest.mark.parametrize("kind", list(Format), ids=str)
def test_export_data_writes_the_filtered_events(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, kind: Format
) -> None:
    window = make_window("--person", "Luo Fuli")
    target = tmp_path / "luo"
    chosen = export_data.file_filters()[kind]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), chosen))
    window.export_data_action.trigger()
    written = target.with_name("luo" + kind.extension)
    shown = window.session.result
    assert len(load_path(written).events) == len(shown) < shown.total
    assert str(written) in window.statusBar().currentMessage()


def test_export_data_offers_the_folder_of_the_open_file_then_the_last_one_used(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    opened = tmp_path / "story" / "sheet.csv"
    opened.parent.mkdir()
    opened.write_text(HEADER + "2019,7,,ACL,Research\n", encoding="utf-8")
    window = make_window(str(opened))
    offered: list[str] = []
    elsewhere = tmp_path / "exports" / "copy.json"
    elsewhere.parent.mkdir()

    def save_as(*args: object, **_: object) -> tuple[str, str]:
        offered.append(str(args[2]))
        chosen = Path(str(args[2])) if window.session.path == elsewhere else elsewhere
        return str(chosen), export_data.file_filters()[Format.TIMELINE]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.export_data_action.trigger()
    window.export_data_action.trigger()
    assert offered == [str(opened.parent / "sheet.json"), str(elsewhere.parent / "sheet.json")]
    window.files.open_file(elsewhere)
    offered.clear()
    monkeypatch.setattr(window, "_export_folder", None)
    window.export_data_action.trigger()
    assert offered == [str(elsewhere.parent / "copy-export.json")]  # never the open file


def _messages(window: MainWindow) -> list[tuple[str, str, str, str]]:
    """(title, text, informative text, details) of each message the window shows."""
    return [
        (box.windowTitle(), box.text(), box.informativeText(), box.detailedText())
        for box in window.findChildren(QMessageBox)
        if box.isVisible()
    ]


def test_export_data_says_what_was_saved_and_why_a_calendar_left_one_out(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    roman = tmp_path / "rome.csv"
    rows = "".join(f"y{n},{1991 + n % 30}-05-0{1 + n % 9},,Event {n},now\n" for n in range(802))
    roman.write_text(
        "id,start,end,title,category\nides,-0043-03-15,,Caesar assassinated,rome\n" + rows,
        encoding="utf-8",
    )
    window = make_window(str(roman))
    chosen = export_data.file_filters()[Format.ICS]
    target = tmp_path / "deep.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), chosen))
    window.export_data_action.trigger()
    assert _messages(window) == [
        (
            "Some events were left out",
            "Saved 802 of 803 events to deep.ics (iCalendar).",
            "1 event was not saved: iCalendar cannot hold dates before year 1.\n"
            "• Caesar assassinated (15 March 44 BC)",
            "",
        )
    ]
    assert "802 of 803 events" in window.statusBar().currentMessage()
    assert len(load_path(target).events) == 802


def test_export_data_names_the_first_events_left_out_and_the_rest_in_details(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    roman = tmp_path / "rome.csv"
    rows = "".join(f"r{n},-{100 + n:04d},,Roman {n},rome\n" for n in range(12))
    roman.write_text(
        "id,start,end,title,category\n" + rows + "fall,0476-09-04,,Romulus deposed,rome\n",
        encoding="utf-8",
    )
    window = make_window(str(roman), "--ui-language", "id")
    chosen = export_data.file_filters()[Format.ICS]
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "deep.ics"), chosen)
    )
    window.export_data_action.trigger()
    ((_title, text, informative, details),) = _messages(window)
    assert text == "1 dari 13 peristiwa disimpan ke deep.ics (iCalendar)."
    lines = informative.splitlines()
    assert lines[0] == (
        "12 peristiwa tidak disimpan: iCalendar tidak dapat memuat tanggal sebelum tahun 1."
    )
    assert len(lines) == 12 and lines[-1] == "… dan 2 lainnya (lihat rinciannya)"
    assert lines[1].startswith("• Roman 0 (")
    assert len(details.splitlines()) == 12


def test_a_typed_extension_wins_over_the_chosen_filter(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make_window()
    chosen = export_data.file_filters()[Format.CSV]
    target = tmp_path / "story.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), chosen))
    window.export_data_action.trigger()
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_export_data_refuses_to_replace_the_open_file(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    opened = tmp_path / "story.json"
    shutil.copy(DATA_DIR / "minimal.json", opened)
    before = opened.read_bytes()
    window = make_window(str(opened), "--person", "Luo Fuli")
    chosen = export_data.file_filters()[Format.TIMELINE]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(opened), chosen))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    window.export_data_action.trigger()
    assert told == [
        f"{opened} is the file this timeline was opened from; export to another file name "
        "(the open file is left as it is)."
    ]
    assert opened.read_bytes() == before


@pytest.mark.parametrize(
    ("interface", "expected"),
    [
        (
            "en",
            "Exported 4 of 4 events to {path} (iCalendar); not kept in iCalendar: people, "
            "organizations, where sources disagree, related events, sources (only the first "
            "web address is kept), translations (only en)",
        ),
        (
            "id",
            "4 dari 4 peristiwa diekspor ke {path} (iCalendar); tidak disimpan dalam "
            "iCalendar: tokoh, organisasi, perbedaan keterangan sumber, peristiwa terkait, "
            "sumber (hanya alamat web pertama yang disimpan), terjemahan (hanya id)",
        ),
    ],
)
def test_export_data_says_what_the_format_does_not_keep(
    make_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    interface: str,
    expected: str,
) -> None:
    window = make_window(str(DATA_DIR / "minimal.json"), "--ui-language", interface)
    target = tmp_path / "minimal.ics"
    chosen = export_data.file_filters()[Format.ICS]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), chosen))
    window.export_data_action.trigger()
    assert window.statusBar().currentMessage() == expected.format(path=target)


def test_opening_a_csv_says_which_columns_are_not_shown(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    sheet = tmp_path / "notes.csv"
    rows = "".join(f"{1991 + n % 40},Event {n},keep me,x\n" for n in range(3000))
    sheet.write_text("start,title,notes_col,Owner\n" + rows, encoding="utf-8")
    window = make_window()
    assert window.files.open_file(sheet)
    assert window.statusBar().currentMessage() == (
        f"Opened {sheet}; these columns are not read and their cells are not shown: "
        "“notes_col”, “Owner”"
    )
    sheet.write_text("start,title,notes_col,Start\n" + rows, encoding="utf-8")
    assert window.files.open_file(sheet)
    assert (
        window.statusBar()
        .currentMessage()
        .endswith("“notes_col”, “Start” (a second column of that name)")
    )
    assert window.files.open_file(DATA_DIR / "timelinejs3" / "women_in_computing.csv")
    assert "not read" not in window.statusBar().currentMessage()


def test_a_lossy_export_says_what_is_not_kept_in_a_message_too(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make_window(str(DATA_DIR / "minimal.json"))
    chosen = export_data.file_filters()[Format.TIMELINEJS3]
    target = tmp_path / "minimal.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), chosen))
    window.export_data_action.trigger()
    assert _messages(window) == [
        (
            "Some details were not kept",
            "Saved 4 of 4 events to minimal.json (TimelineJS3 JSON).",
            "Not kept in TimelineJS3 JSON: people, organizations, claim status, where sources "
            "disagree, related events, translations (only en).",
            "",
        )
    ]
    assert target.exists()


def test_an_export_that_keeps_everything_shows_no_message(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make_window(str(DATA_DIR / "minimal.json"))
    chosen = export_data.file_filters()[Format.TIMELINE]
    target = tmp_path / "copy.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), chosen))
    window.export_data_action.trigger()
    assert _messages(window) == []
    assert window.statusBar().currentMessage() == (
        f"Exported 4 of 4 events to {target} (Timeline JSON)"
    )


@pytest.mark.parametrize(("language", "no_group"), [("zh_CN", "未分组"), ("id", "Tanpa grup")])
def test_the_group_an_import_makes_is_named_in_the_interface_language(
    make_window: WindowFactory, tmp_path: Path, language: str, no_group: str
) -> None:
    table = tmp_path / "plain.csv"
    table.write_text("start,title\n2020-05-01,小米发布新手机\n2021-03-02,Another\n", "utf-8")
    window = make_window(str(table), "--ui-language", language)
    model = window.table_model
    assert {model.data(model.index(row, 2)) for row in range(model.rowCount())} == {no_group}
    facets = window.filter_panel.categories.model
    assert no_group in str(facets.data(facets.index(0, 0)))
    window.session.select(window.session.result.ids[0])
    details = window.detail_pane.toPlainText()
    assert no_group in details and "No group" not in details
    assert "（英文）" not in details and "(dalam bahasa Inggris)" not in details


def test_a_calendar_export_that_could_keep_no_event_writes_no_file(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    roman = tmp_path / "rome.csv"
    rows = "".join(f"r{n},-{100 + n:04d},,Roman {n},rome\n" for n in range(600))
    roman.write_text("id,start,end,title,category\n" + rows, encoding="utf-8")
    window = make_window(str(roman))
    chosen = export_data.file_filters()[Format.ICS]
    target = tmp_path / "deep.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), chosen))
    before = window.statusBar().currentMessage()
    window.export_data_action.trigger()
    ((title, text, informative, details),) = _messages(window)
    assert title == "Nothing was exported"
    assert text == "None of the 600 events can be saved as iCalendar, so deep.ics was not written."
    assert informative.startswith(
        "600 events were not saved: iCalendar cannot hold dates before year 1.\n• Roman 0 ("
    )
    assert len(details.splitlines()) == 600
    assert not target.exists()
    assert window.statusBar().currentMessage() == before  # no "Exported ..." line
    for box in window.findChildren(QMessageBox):
        box.done(0)  # its resizing would warn in whichever test runs next
    QApplication.processEvents()
