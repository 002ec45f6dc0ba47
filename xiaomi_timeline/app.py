"""Composition root of the desktop app: arguments, QApplication identity, settings, the window.

``main(argv)`` is what ``xiaomi-timeline [FILE] [options]`` runs; ``create_main_window(argv)``
builds the same window without entering the event loop (tests, screenshots, benchmarks).
``argv`` is the argument list without the program name.

Launch time (issue 5): the cyclic garbage collector is paused from the first heavy import to
the built window. Importing numpy, pydantic, our models and Qt's wrappers allocates a few
hundred thousand objects that live as long as the app; collecting among them found nothing to
free yet cost ~30-80 ms per launch (a full collection alone ~30-50 ms). So this module imports
only Qt and the standard library at the top; the rest is imported inside the paused startup.
For the same reason numpy's OpenBLAS gets one thread unless the user chose otherwise: we do no
linear algebra, and its worker threads spun ~100 ms of CPU while numpy was imported.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow

from xiaomi_timeline import (
    APP_ID,
    APP_NAME,
    EXECUTABLE,
    ORGANIZATION_DOMAIN,
    ORGANIZATION_NAME,
    __version__,
)
from xiaomi_timeline.core.loading.gcutil import gc_paused

if TYPE_CHECKING:
    from xiaomi_timeline.core.settings import Preferences, UiState

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
# The offscreen platform (used by --screenshot) says this whenever a window's size limits change.
_HARMLESS_QT_MESSAGES = ("does not support propagateSizeHints",)


def build_parser() -> argparse.ArgumentParser:
    from xiaomi_timeline.cli.filters import add_filter_arguments  # noqa: PLC0415 - see top
    from xiaomi_timeline.core.settings import CONTENT_LANGUAGES  # noqa: PLC0415 - see top

    parser = argparse.ArgumentParser(
        prog=EXECUTABLE,
        description="Open the desktop timeline viewer (the built-in Xiaomi AI data set when no "
        "FILE is given).",
    )
    parser.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="FILE",
        help="a timeline: our JSON, TimelineJS3 JSON or spreadsheet CSV, a CSV, or an .ics",
    )
    add_filter_arguments(parser)
    parser.add_argument("--select", metavar="EVENT_ID", help="select this event at start")
    parser.add_argument(
        "--lanes",
        choices=("category", "person", "organization"),
        help="group the lanes by this for this run",
    )
    parser.add_argument(
        "--language",
        choices=CONTENT_LANGUAGES,
        help="content language where the data has several (default: the interface language)",
    )
    parser.add_argument(
        "--ui-language",
        choices=("en", "id", "zh_CN"),
        help="interface language for this run (default: the saved choice, else the system's)",
    )
    parser.add_argument(
        "--theme", choices=("system", "light", "dark"), help="colour theme for this run"
    )
    parser.add_argument(
        "--screenshot", type=Path, metavar="OUT.png", help="render the window to a PNG and exit"
    )
    parser.add_argument(
        "--size", type=_parse_size, metavar="WxH", help="window size, e.g. 1280x800"
    )
    parser.add_argument(
        "--reset-settings", action="store_true", help="forget saved preferences and window state"
    )
    parser.add_argument("-V", "--version", action="version", version=f"{EXECUTABLE} {__version__}")
    return parser


def _parse_size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a size; write WIDTHxHEIGHT, e.g. 1280x800"
        )
    size = int(width), int(height)
    if not (200 <= size[0] <= 10000 and 200 <= size[1] <= 10000):
        raise argparse.ArgumentTypeError(f"{text!r}: width and height must be 200 to 10000")
    return size


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
    try:
        from xiaomi_timeline.ui.window.icons import app_icon  # noqa: PLC0415 - optional until packaged

        app.setWindowIcon(app_icon())
    except ImportError:
        log.debug("no icon module; the window uses the default icon")
    return app


def _settings(args: argparse.Namespace) -> tuple[Preferences, Preferences, UiState]:
    """(preferences for this run, saved preferences, UI state)."""
    from xiaomi_timeline.core.settings import (  # noqa: PLC0415 - see the module docstring
        UiState,
        load_preferences,
        load_ui_state,
        reset_settings,
    )

    if args.reset_settings:
        reset_settings()
    preferences = load_preferences()
    overrides = {
        key: value
        for key, value in (
            ("lane_mode", args.lanes),
            ("content_language", args.language),
            ("ui_language", args.ui_language),
            ("theme", args.theme),
        )
        if value is not None
    }
    # A screenshot shows what its arguments ask for, not where the user left the window.
    ui_state = UiState() if args.screenshot is not None else load_ui_state()
    return preferences.model_copy(update=overrides), preferences, ui_state


def _build(args: argparse.Namespace) -> QMainWindow:
    """The window for parsed arguments (the QApplication must exist)."""
    from xiaomi_timeline.cli.filters import filter_from_args  # noqa: PLC0415
    from xiaomi_timeline.ui.window.main_window import MainWindow  # noqa: PLC0415 - Qt after the app

    preferences, saved_preferences, ui_state = _settings(args)
    from xiaomi_timeline.ui.i18n.language import (  # noqa: PLC0415 - after the app exists
        apply_ui_language,
        resolve_ui_language,
    )

    apply_ui_language(resolve_ui_language(preferences.ui_language))
    if preferences.theme != "system":
        from xiaomi_timeline.ui.window.dialogs import apply_theme  # noqa: PLC0415 - only when themed

        apply_theme(preferences.theme)
    window = MainWindow(
        preferences,
        ui_state,
        persist=args.screenshot is None,
        saved_preferences=saved_preferences,
    )
    if args.size is not None:
        window.resize(*args.size)
    ok = window.files.start(args.file, filter_from_args(args), args.select)
    window.setProperty("startup_ok", ok)
    return window


def _one_blas_thread() -> None:
    """Before numpy is imported: no BLAS worker threads (see the module docstring)."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def create_main_window(argv: list[str]) -> QMainWindow:
    """Build the main window exactly as ``xiaomi-timeline ARGS`` does, without the event loop.

    Raises SystemExit(2) for invalid arguments, like the executable.
    """
    _one_blas_thread()
    with gc_paused():
        args = build_parser().parse_args(argv)
        ensure_application(offscreen=args.screenshot is not None)
        return _build(args)


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


def save_screenshot(window: QMainWindow, out: Path) -> bool:
    """Render the shown window to ``out`` (PNG)."""
    app = QApplication.instance()
    window.show()
    for _ in range(5):
        if app is not None:
            app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    return bool(window.grab().save(str(out), "PNG"))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop app; returns the exit status."""
    _configure_logging()
    _one_blas_thread()
    with gc_paused():
        try:
            args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
        except SystemExit as exit_:
            return int(exit_.code or 0)
        if args.screenshot is None and _no_display():
            print(
                f"{EXECUTABLE}: no display found (DISPLAY and WAYLAND_DISPLAY are unset). Run it "
                "in a desktop session, or use --screenshot OUT.png to render without one.",
                file=sys.stderr,
            )
            return EXIT_FAILED
        app = ensure_application(offscreen=args.screenshot is not None)
        _route_qt_messages()
        window = _build(args)
    if args.screenshot is not None:
        return _screenshot(window, args.screenshot)
    window.show()
    return int(app.exec())


def _no_display() -> bool:
    """True on Linux/BSD with no X11/Wayland display and no platform plugin chosen."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _screenshot(window: QMainWindow, out: Path) -> int:
    if not window.property("startup_ok"):
        dialog = getattr(window, "problem_dialog", None)
        problems = getattr(dialog, "problems", ())
        print("\n".join(problems) or "cannot open the file", file=sys.stderr)
        return EXIT_FAILED
    if not save_screenshot(window, out):
        print(f"{EXECUTABLE}: cannot write {out}", file=sys.stderr)
        return EXIT_FAILED
    print(out)
    return EXIT_OK
