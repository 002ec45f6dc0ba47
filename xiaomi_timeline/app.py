"""Composition root of the desktop app: arguments, QApplication identity, settings, the window.

``main(argv)`` is what ``xiaomi-timeline [FILE] [options]`` runs; ``create_main_window(argv)``
builds the same window without entering the event loop (tests, screenshots, benchmarks).
``argv`` is the argument list without the program name.

This module imports numpy and pydantic (:mod:`xiaomi_timeline.libraries_first`), then Qt and
light modules at the top; :func:`_start` imports the rest (:mod:`xiaomi_timeline.startup`) with
the cyclic garbage collector paused and spares PySide6 reading our sources
(docs/architecture.md, "Start-up", says why).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from xiaomi_timeline import libraries_first  # noqa: F401 - before PySide6: see there

# isort: split
from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from xiaomi_timeline import (
    APP_ID,
    APP_NAME,
    EXECUTABLE,
    ORGANIZATION_DOMAIN,
    ORGANIZATION_NAME,
    __version__,
    pyside_scan,
)
from xiaomi_timeline.core.gcutil import gc_paused
from xiaomi_timeline.ui.window.icons import app_icon

if TYPE_CHECKING:
    from xiaomi_timeline.ui.window.main_window import MainWindow

qt_log = logging.getLogger("qt")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
# The offscreen platform (used by --screenshot) says this whenever a window's size limits change.
_HARMLESS_QT_MESSAGES = ("does not support propagateSizeHints",)


def ensure_application(argv: Sequence[str] = (), *, offscreen: bool = False) -> QApplication:
    """The QApplication, created once, with the identity desktops and settings rely on."""
    if offscreen and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([EXECUTABLE, *argv])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setOrganizationDomain(ORGANIZATION_DOMAIN)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


def create_main_window(argv: list[str]) -> MainWindow:
    """Build the main window exactly as ``xiaomi-timeline ARGS`` does, without the event loop.

    Raises SystemExit(2) for invalid arguments, like the executable.
    """
    started = _start(argv, desktop=False)
    assert isinstance(started, Started)
    return started.window


class Started(NamedTuple):
    args: argparse.Namespace
    window: MainWindow
    opened: bool
    """Whether the file named on the command line, if any, opened."""


def _start(argv: Sequence[str], *, desktop: bool) -> Started | int:
    """Parse ``argv`` and build the window, with the collector paused throughout; an exit
    status instead when there is no display to show it on (``desktop`` only)."""
    pyside_scan.enter_our_modules()
    with gc_paused():
        from xiaomi_timeline import startup  # noqa: PLC0415 - the one deferred import: see top

        args = startup.parse_arguments(list(argv))
        if desktop and args.screenshot is None and _no_display():
            if args.file is not None and not Path(args.file).exists():
                print(startup.missing_file_message(str(args.file)), file=sys.stderr)
                return EXIT_USAGE
            print(
                f"{EXECUTABLE}: no display found (DISPLAY and WAYLAND_DISPLAY are unset). Run it "
                "in a desktop session, or use --screenshot OUT.png to render without one.",
                file=sys.stderr,
            )
            return EXIT_FAILED
        ensure_application(offscreen=args.screenshot is not None)
        if desktop:
            _route_qt_messages()
        # The desktop shows its window before a big file is read (a screenshot waits for it).
        window, opened = startup.build_window(args, show_first=desktop)
    return Started(args, window, opened)


def _route_qt_messages() -> None:
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        level = levels.get(kind, logging.WARNING)
        if any(noise in message for noise in _HARMLESS_QT_MESSAGES):
            level = logging.DEBUG
        qt_log.log(level, "%s", message)

    qInstallMessageHandler(handler)


def _configure_logging() -> None:
    if not logging.getLogger().handlers:
        level = os.environ.get("XIAOMI_TIMELINE_LOG", "WARNING").upper()
        logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


SEARCH_WAIT_S = 300.0
"""Longest a screenshot waits for a text search under way (a million events: ~1.5 s)."""


def save_screenshot(window: MainWindow, out: Path) -> bool:
    """Render the shown window to ``out`` (PNG) once it shows its filter's result: a big
    document's text search runs on a worker, and until it is found the window still shows
    the events before it (with "Searching…"), which is not the picture asked for."""
    app = QApplication.instance()
    window.show()
    deadline = time.monotonic() + SEARCH_WAIT_S
    while app is not None and window.session.searching and time.monotonic() < deadline:
        time.sleep(0.005)
        app.processEvents()
    for _ in range(5):  # then the layouts and paints the result asked for
        if app is not None:
            app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    return bool(window.grab().save(str(out), "PNG"))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop app; returns the exit status."""
    _configure_logging()
    try:
        started = _start(list(sys.argv[1:] if argv is None else argv), desktop=True)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if not isinstance(started, Started):
        return started
    if started.args.screenshot is not None:
        return _screenshot(started, started.args.screenshot)
    started.window.show()
    app = QApplication.instance()
    assert app is not None
    return int(app.exec())


def _no_display() -> bool:
    """True on Linux/BSD with no X11/Wayland display and no platform plugin chosen."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _screenshot(started: Started, out: Path) -> int:
    window = started.window
    if not started.opened:
        dialog = window.problem_dialog
        problems = dialog.problems if dialog is not None else ()
        print("\n".join(problems) or "cannot open the file", file=sys.stderr)
        return EXIT_FAILED
    if not save_screenshot(window, out):
        print(f"{EXECUTABLE}: cannot write {out}", file=sys.stderr)
        return EXIT_FAILED
    print(out)
    return EXIT_OK
