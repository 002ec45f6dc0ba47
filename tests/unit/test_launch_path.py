"""What the window loads before its first frame: only what that frame shows.

Dialogs, the problem banner and the file dialog are needed only on a user action or a failure,
so a normal start does not import or build them; they still appear when asked for. Nor does it
import the readers of other formats or the diagnosis of invalid files (opening the built-in
data needs neither); a fresh process that needs them still gets them. Each start runs in a
fresh process: in the test process everything is imported already.
"""

from __future__ import annotations

import ast
import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import xiaomi_timeline
from xiaomi_timeline import app
from xiaomi_timeline.app import create_main_window
from xiaomi_timeline.core.resources import builtin_data_path
from xiaomi_timeline.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
PACKAGE = Path(xiaomi_timeline.__file__).resolve().parent
BUILTIN = builtin_data_path()

ON_DEMAND = (
    "xiaomi_timeline.ui.window.dialogs",
    "xiaomi_timeline.ui.window.problem_banner",
    "xiaomi_timeline.core.interchange.formats",
    "xiaomi_timeline.core.interchange.table_csv",
    "xiaomi_timeline.core.interchange.ics",
    "xiaomi_timeline.core.loading.diagnosis",
    "xiaomi_timeline.core.loading.imported",
    "xiaomi_timeline.ui.details.citation",
)

_PROBE = """
import json, os, sys
from xiaomi_timeline.app import create_main_window
window = create_main_window(sys.argv[1:])
marks = table_marks = None
if os.environ.get("PROBE_SEARCH"):  # search and select as a user would, then paint it all
    from PySide6.QtWidgets import QApplication
    from xiaomi_timeline.ui.models import EVENT_ID_ROLE
    window.session.update_filter(text=os.environ["PROBE_SEARCH"])
    window.session.select(window.table_model.data(window.table_model.index(0, 0), EVENT_ID_ROLE))
    window.show()
    QApplication.processEvents()
    table_marks = window.table.itemDelegate() is window.search_marks
    window.table.viewport().grab()
    marks = len(window.detail_pane.extraSelections())
copied = None
if os.environ.get("PROBE_COPY"):  # Edit > Copy on the selected event
    from PySide6.QtGui import QGuiApplication
    window.session.select(os.environ["PROBE_COPY"])
    window.edit_actions.copy_action.trigger()
    copied = QGuiApplication.clipboard().mimeData().html()
import linecache
print(json.dumps({
    "copied": copied,
    "sources_read": sorted(f for f in linecache.cache if "xiaomi_timeline" in f),
    "library_sources_read": sorted(
        f for f in linecache.cache if "/numpy/" in f or "/pydantic/" in f
    ),
    "marks": marks,
    "table_marks": table_marks,
    "modules": sorted(m for m in sys.modules if m.startswith("xiaomi_timeline")),
    "numpy_ma": "numpy.ma" in sys.modules,
    "banner_built": window._banner is not None,
    "title": window.windowTitle(),
    "blas_threads": os.environ.get("OPENBLAS_NUM_THREADS"),
}))
if copied is not None:  # Qt's teardown at exit crashes after the offscreen clipboard was used
    sys.stdout.flush()
    os._exit(0)
"""


def _start(home: Path, *argv: str, **env: str) -> dict[str, object]:
    base = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    completed = subprocess.run(
        [sys.executable, "-c", _PROBE, *argv],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**base, "QT_QPA_PLATFORM": "offscreen", "XIAOMI_TIMELINE_HOME": str(home), **env},
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    result: dict[str, object] = json.loads(completed.stdout.splitlines()[-1])
    return result


def test_a_normal_start_leaves_dialogs_and_the_banner_for_later(tmp_path: Path) -> None:
    started = _start(tmp_path)
    modules = started["modules"]
    assert isinstance(modules, list)
    assert "xiaomi_timeline.ui.window.main_window" in modules
    assert not [name for name in ON_DEMAND if name in modules]
    assert started["banner_built"] is False
    assert started["numpy_ma"] is False  # ~15 ms of imports no start needs
    assert "built-in data set" in str(started["title"])
    assert started["blas_threads"] == "1"  # no linear algebra here: no BLAS worker threads


def test_a_csv_at_start_gets_the_readers_it_needs(tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("start,title\n2019-07,Lab opens\n2020-01,Model ships\n", encoding="utf-8")
    started = _start(tmp_path, str(sheet))
    assert "sheet.csv" in str(started["title"])
    assert started["banner_built"] is False
    modules = started["modules"]
    assert isinstance(modules, list)
    assert "xiaomi_timeline.core.interchange.table_csv" in modules


def test_a_search_in_a_fresh_start_marks_the_table_and_the_details(tmp_path: Path) -> None:
    """The marking code looks its Qt classes up when first used (not at start)."""
    started = _start(tmp_path, PROBE_SEARCH="Xiaomi")
    assert started["table_marks"] is True
    assert isinstance(started["marks"], int) and started["marks"] > 0


def test_pyside_reads_no_source_of_the_modules_a_start_imports(tmp_path: Path) -> None:
    started = _start(tmp_path)
    sources = started["sources_read"]
    assert isinstance(sources, list)
    read = [Path(name).relative_to(PACKAGE).as_posix() for name in sources]
    # Only the few that app.py imports itself, before its start tells PySide6 about the rest.
    assert not {"startup.py", "core/schema.py", "ui/window/main_window.py"} & set(read), read
    assert len(read) < 10, read
    # numpy and pydantic come before PySide6 (libraries_first.py): ~110 files read otherwise,
    # a dozen now (modules that our own imports name again).
    libraries = started["library_sources_read"]
    assert isinstance(libraries, list)
    assert len(libraries) < 25, libraries


def test_no_module_of_ours_selects_pyside_features() -> None:
    """What lets the start tell PySide6 so without reading the sources (pyside_scan)."""
    selecting = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module] if isinstance(node, ast.ImportFrom) else []
            names += [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            if "__feature__" in names:
                selecting.append(path.name)
    assert selecting == []


def test_the_first_copy_of_a_fresh_start_cites_the_event_with_its_sources(tmp_path: Path) -> None:
    """Edit > Copy imports its citation writer when first used (not at start)."""
    document = json.loads(BUILTIN.read_text(encoding="utf-8"))
    event = next(e for e in document["events"] if e.get("sources"))
    copied = _start(tmp_path, PROBE_COPY=event["id"])["copied"]
    assert isinstance(copied, str)
    assert event["title"]["en"] in copied
    source = next(s for s in document["sources"] if s["id"] == event["sources"][0])
    assert source["url"] in copied


def test_a_users_blas_thread_setting_is_kept(tmp_path: Path) -> None:
    assert _start(tmp_path, OPENBLAS_NUM_THREADS="4")["blas_threads"] == "4"


def test_a_bad_file_at_start_still_gets_its_banner(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    started = _start(tmp_path, str(bad))
    assert started["banner_built"] is True


def test_the_banner_made_on_demand_sits_above_the_timeline(qtbot: QtBot) -> None:
    window = create_main_window([])
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    banner = window.banner
    assert window.banner is banner  # made once
    assert not banner.isVisible()
    central = window.centralWidget()
    layout = central.layout() if central is not None else None
    assert layout is not None
    assert layout.indexOf(banner) == 0 < layout.indexOf(window.timeline)
    banner.show_problems("x.json", ["x.json:1:1: broken"], 0)
    window.show()
    assert banner.isVisible()
    assert banner.geometry().bottom() <= window.timeline.geometry().top()


def test_the_garbage_collector_is_back_on_once_the_window_is_built(qtbot: QtBot) -> None:
    """Startup pauses the collector (nothing to collect, ~30-80 ms saved); it must come back."""
    assert gc.isenabled()
    window = create_main_window([])
    qtbot.addWidget(window)
    assert gc.isenabled()
    with pytest.raises(SystemExit):
        create_main_window(["--lanes", "nonsense"])
    assert gc.isenabled()
    assert app.main(["--size", "nonsense"]) == 2
    assert gc.isenabled()
