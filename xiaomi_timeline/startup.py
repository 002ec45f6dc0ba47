"""The heavy part of the desktop app's start: its arguments, this run's settings, the window.

Imported only by :mod:`xiaomi_timeline.app`, inside its paused garbage collector (see
docs/architecture.md, "Start-up"); everything here may import numpy, pydantic and the widgets.
"""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path

from xiaomi_timeline import EXECUTABLE, __version__
from xiaomi_timeline.cli.filters import add_filter_arguments, filter_from_args
from xiaomi_timeline.core.settings import (
    CONTENT_LANGUAGES,
    UI_LANGUAGES,
    Preferences,
    UiState,
    load_preferences,
    load_ui_state,
    preferences_path,
    reset_settings,
    ui_state_path,
)
from xiaomi_timeline.ui.i18n.language import apply_ui_language, resolve_ui_language
from xiaomi_timeline.ui.window.main_window import MainWindow


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=EXECUTABLE,
        description=textwrap.fill(
            "Open the desktop timeline viewer. Without FILE it reopens the file open when it "
            "was last closed (the built-in Xiaomi AI data set the first time, or with "
            "--builtin).",
            width=79,
        ),
        epilog="Settings on this computer (--reset-settings forgets both):\n"
        f"  preferences: {preferences_path()}\n"
        f"  window state, filters and recent files: {ui_state_path()}",
        formatter_class=argparse.RawDescriptionHelpFormatter,  # paths unbroken
    )
    parser.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="FILE",
        help="a timeline: our JSON, TimelineJS3 JSON or spreadsheet CSV, a CSV, or an .ics",
    )
    parser.add_argument(
        "--builtin",
        action="store_true",
        help="open the built-in Xiaomi AI data set, not the last file",
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
        choices=UI_LANGUAGES,
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


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """The desktop app's arguments; SystemExit(2) with a message when they do not fit."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.builtin and args.file is not None:
        parser.error("give FILE or --builtin, not both")
    return args


def missing_file_message(name: str) -> str:
    """What to say when FILE, perhaps a mistyped command, does not exist."""
    import difflib  # noqa: PLC0415 - a rare path

    from xiaomi_timeline.cli.main import SUBCOMMANDS  # noqa: PLC0415

    close = difflib.get_close_matches(name, SUBCOMMANDS, n=1)
    guess = f" (did you mean '{EXECUTABLE} {close[0]}'?)" if close else ""
    a_word = Path(name).name == name and "." not in name
    return (
        f"{EXECUTABLE}: {name}: no such file{' or command' if a_word else ''}{guess}\n"
        f"commands: {', '.join(SUBCOMMANDS)}; '{EXECUTABLE} COMMAND --help' says more, "
        f"'{EXECUTABLE} --help' lists everything"
    )


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


def _settings(args: argparse.Namespace) -> tuple[Preferences, Preferences, UiState]:
    """(preferences for this run, saved preferences, UI state)."""
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


def build_window(args: argparse.Namespace, *, show_first: bool = False) -> tuple[MainWindow, bool]:
    """The window for parsed arguments (the QApplication must exist), and whether the file
    named on the command line, if any, opened. With ``show_first`` a big file opens once the
    event loop runs, with progress in the shown window (see :meth:`WindowFiles.start`)."""
    preferences, saved_preferences, ui_state = _settings(args)
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
    opened = window.files.start(
        args.file,
        filter_from_args(args),
        args.select,
        builtin=args.builtin,
        show_first=show_first and args.screenshot is None,
    )
    return window, opened
