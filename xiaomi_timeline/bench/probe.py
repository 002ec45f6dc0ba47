"""Launch probe, run by path in a fresh process: show a window, report its first painted frame.

``python probe.py empty`` shows an empty ``QMainWindow`` (the baseline); ``python probe.py
stack`` shows the same empty window after importing what every start of ours needs before its
first frame (numpy, and pydantic with one model class built): the floor under our launch, set
by the required libraries, not by our code; ``python probe.py app`` starts as the
``xiaomi-timeline`` command does (its entry point, ``xiaomi_timeline.cli.main``, is imported first,
with everything it imports) and builds the real window through
``xiaomi_timeline.app.create_main_window`` on the built-in data; ``python probe.py open FILE``
does the same with ``FILE`` on the command line (opening a file, as a user launches it), and
``python probe.py json FILE`` is its baseline: ``json.loads`` of the same bytes (cyclic GC
paused, as our loader parses), then the empty window. The frame that counts for the
app is the first paint of its timeline canvas (objectName ``timeline-canvas``) while the
canvas holds events, so a window that paints an empty shell first and loads afterwards is
timed to when the data is on screen. A zero-delay timer fires once that paint pass is done;
the probe then prints ``time.monotonic()`` (system-wide on Linux, so the parent can compare it
with its own start time) and its peak resident memory so far (``ru_maxrss``), and leaves at
once without tearing anything down. Run by path, not
with ``-m``, so the baseline imports nothing of ours.
"""

from __future__ import annotations

import gc
import importlib
import json
import os
import resource
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

TIMEOUT_MS = 60_000


def _watch_first_paint(watched: QWidget) -> object:
    """A one-shot event filter on ``watched``: on the first Paint that shows content, report
    once the pass has finished. Qt is imported here, not at the top, so that ``app`` and
    ``open`` import what the command imports in its order (numpy and pydantic before PySide6);
    the baselines import PySide6 first, as they always have."""
    from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: PLC0415

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self._seen = False

        def _has_content(self) -> bool:
            lane_model = getattr(watched, "lane_model", None)
            return lane_model is None or lane_model() is not None  # the canvas: events loaded

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override (no typing_extensions: the baseline imports only Qt)
            if event.type() == QEvent.Type.Paint and not self._seen and self._has_content():
                self._seen = True
                QTimer.singleShot(0, _report)
            return False

    watcher = FirstPaint()
    watched.installEventFilter(watcher)
    QTimer.singleShot(TIMEOUT_MS, _timeout)
    return watcher


def _peak_rss_kib() -> int:
    """This process's peak resident memory. On Linux the high-water mark of its own memory
    (``VmHWM``): ``ru_maxrss`` there starts from the parent's resident size at fork, which
    a large parent would add to every probe."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS
    return peak // 1024 if sys.platform == "darwin" else peak


def _report() -> None:
    sys.stdout.write(f"first-paint {time.monotonic():.6f} peak-rss-kib {_peak_rss_kib()}\n")
    sys.stdout.flush()
    os._exit(0)


def _timeout() -> None:
    sys.stderr.write("probe: no paint within the timeout\n")
    sys.stderr.flush()
    os._exit(3)


def _import_stack() -> None:
    """numpy, and pydantic with one small model built and used, as our loader needs them."""
    importlib.import_module("numpy")
    pydantic = importlib.import_module("pydantic")
    model = pydantic.create_model("Probe", when=(str, ...), count=(int, 0))
    model.model_validate_json(b'{"when": "2024-12", "count": 1}')


def _parse(path: str) -> object:
    """``json.loads`` of the file's bytes with the cyclic GC paused, as our loader parses."""
    gc.disable()
    try:
        with open(path, "rb") as handle:
            return json.loads(handle.read())
    finally:
        gc.enable()


def _window(mode: str, file: str | None) -> tuple[QWidget, object]:
    """The window to show, and what must stay alive with it (the parsed baseline document)."""
    if mode in ("app", "open"):
        importlib.import_module("xiaomi_timeline.cli.main")  # what the installed command imports
        app_module = importlib.import_module("xiaomi_timeline.app")
        window: QWidget = app_module.create_main_window([file] if mode == "open" and file else [])
        return window, None
    from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: PLC0415 - see above

    kept = _parse(file) if mode == "json" and file else None
    if mode == "stack":
        _import_stack()
    QApplication(sys.argv[:1])
    empty = QMainWindow()
    empty.resize(1280, 800)
    return empty, kept


def main() -> None:
    mode = sys.argv[1] if len(sys.argv) > 1 else "empty"
    window, _kept = _window(mode, sys.argv[2] if len(sys.argv) > 2 else None)
    from PySide6.QtWidgets import QApplication, QWidget  # noqa: PLC0415 - see _watch_first_paint

    canvas = window.findChild(QWidget, "timeline-canvas")
    watched = canvas if canvas is not None else window
    _watcher = _watch_first_paint(watched)
    window.show()
    app = QApplication.instance()
    assert app is not None
    app.exec()


if __name__ == "__main__":
    main()
