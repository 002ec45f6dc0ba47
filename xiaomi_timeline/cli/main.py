"""The ``xiaomi-timeline`` command: headless subcommands, or the GUI when none is given.

``validate``, ``list``, ``schema`` and ``export`` never start a window, so they work over SSH
and in CI (:mod:`xiaomi_timeline.cli.commands`). Anything else (``xiaomi-timeline [FILE]
[options]``) opens the desktop app. This module imports neither: the desktop app's start
(numpy, pydantic, the loader) runs inside :mod:`xiaomi_timeline.app`'s launch setup.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from xiaomi_timeline import EXECUTABLE, __version__

SUBCOMMANDS = ("validate", "list", "schema", "export", "convert")
EXIT_OK = 0


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    _utf8_streams()
    try:
        return _dispatch(args)
    except BrokenPipeError:
        # `xiaomi-timeline list | head`: the reader left; that is not an error to show.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _dispatch(args: list[str]) -> int:
    if args and args[0] in SUBCOMMANDS:
        from xiaomi_timeline.cli import commands  # noqa: PLC0415 - keep the GUI start light

        return commands.run(args)
    if args in (["-V"], ["--version"]):
        print(f"{EXECUTABLE} {__version__}")
        return EXIT_OK
    if "--install-desktop-entry" in args or "--uninstall-desktop-entry" in args:
        from xiaomi_timeline.cli import desktop_entry  # noqa: PLC0415 - rarely used

        return desktop_entry.run_command(uninstalling="--uninstall-desktop-entry" in args)
    if args and args[0] in ("-h", "--help"):
        from xiaomi_timeline.cli.commands import top_level_help  # noqa: PLC0415

        print(top_level_help())
    from xiaomi_timeline import app  # noqa: PLC0415 - keep Qt out of headless commands

    return app.main(args)


def _utf8_streams() -> None:
    """Chinese names must never crash a pipe with a narrow encoding."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
