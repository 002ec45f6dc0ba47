"""Launcher entry for the user's desktop: the .desktop file and hicolor icons.

A ``pip install`` puts no launcher in the menu; ``xiaomi-timeline --install-desktop-entry``
writes one under the user's XDG data folder (``~/.local/share`` on Linux, via
``core.paths``) pointing at the executable that ran the command. The same text, with a plain
``xiaomi-timeline`` command, is the distribution's ``packaging/linux/<APP_ID>.desktop`` (a test
keeps the two equal), so there is one source for the entry's keys. Qt-free on purpose.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import TextIO

from xiaomi_timeline import APP_ID, APP_NAME, EXECUTABLE
from xiaomi_timeline.core import paths, resources

logger = logging.getLogger(__name__)

ICON_MASTER = "xiaomi-ai-timeline.svg"
MIME_TYPES = ("application/json",)
# Characters that force an Exec argument into double quotes (Desktop Entry spec, "Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")

_ENTRY_TEMPLATE = """\
[Desktop Entry]
Type=Application
Version=1.4
Name={name}
GenericName=Timeline Viewer
GenericName[id]=Penampil Linimasa
Comment=Explore dated, sourced events on a zoomable timeline, filtered by person and year
Comment[id]=Jelajahi peristiwa bertanggal dan bersumber pada linimasa yang dapat diperbesar
Icon={app_id}
{try_exec}Exec={exec_line} %f
Terminal=false
Categories=Education;History;DataVisualization;Qt;
Keywords=timeline;history;events;chronology;sources;journalism;AI;linimasa;
MimeType={mime_types}
StartupNotify=true
StartupWMClass={name}
"""


def render(command: list[str], try_exec: str | None = None) -> str:
    """The .desktop text that launches ``command`` (argv form) with a file argument."""
    exec_line = " ".join(_quote_exec_argument(part) for part in command)
    return _ENTRY_TEMPLATE.format(
        name=APP_NAME,
        app_id=APP_ID,
        try_exec=f"TryExec={_escape_value(try_exec)}\n" if try_exec else "",
        exec_line=_escape_value(exec_line),
        mime_types="".join(f"{mime};" for mime in MIME_TYPES),
    )


def packaged_entry() -> str:
    """The distribution's entry: the executable found on PATH."""
    return render([EXECUTABLE], try_exec=EXECUTABLE)


def launch_command() -> list[str]:
    """argv that starts this installation: frozen binary, installed script, or ``-m``."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    for scripts in (Path(sys.executable).parent, Path(sysconfig.get_path("scripts"))):
        script = scripts / EXECUTABLE
        if script.is_file() and os.access(script, os.X_OK):
            return [str(script.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "xiaomi_timeline"]


def install(prefix: Path | None = None) -> list[Path]:
    """Write the entry and icons under ``prefix`` (default: the XDG data home)."""
    root = prefix if prefix is not None else paths.xdg_data_home()
    written = []
    for source, target in _icon_files(root):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        written.append(target)
    command = launch_command()
    entry = _entry_path(root)
    entry.parent.mkdir(parents=True, exist_ok=True)
    _write_atomically(entry, render(command, try_exec=command[0]))
    written.append(entry)
    _refresh_caches(root)
    return written


def uninstall(prefix: Path | None = None) -> list[Path]:
    """Remove what :func:`install` wrote; returns the files that were there."""
    root = prefix if prefix is not None else paths.xdg_data_home()
    removed = []
    for target in [_entry_path(root), *(target for _, target in _icon_files(root))]:
        if target.is_file() or target.is_symlink():
            target.unlink()
            removed.append(target)
    _refresh_caches(root)
    return removed


def run_command(
    uninstalling: bool = False,
    prefix: Path | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """``--install-desktop-entry`` / ``--uninstall-desktop-entry``: report, exit 0 or 1."""
    out = out or sys.stdout
    err = err or sys.stderr
    if sys.platform in ("win32", "darwin"):
        print(
            f"{EXECUTABLE}: launcher entries are for Linux and BSD desktops; on this system "
            "use the frozen build (see packaging/README.md)",
            file=err,
        )
        return 1
    try:
        changed = uninstall(prefix) if uninstalling else install(prefix)
    except OSError as error:
        action = "remove" if uninstalling else "install"
        print(f"{EXECUTABLE}: could not {action} the desktop entry: {error}", file=err)
        return 1
    verb = "removed" if uninstalling else "installed"
    for path in changed:
        print(f"{verb} {path}", file=out)
    if uninstalling and not changed:
        print("no desktop entry was installed; nothing to remove", file=out)
    elif not uninstalling:
        print(
            f"{APP_NAME} is now in your applications menu (log out and in if it is not).", file=out
        )
    return 0


def _entry_path(root: Path) -> Path:
    return root / "applications" / f"{APP_ID}.desktop"


def _icon_files(root: Path) -> list[tuple[Path, Path]]:
    """(source, target) for every shipped hicolor PNG and the scalable SVG master."""
    source_theme = resources.icon_path("hicolor")
    target_theme = root / "icons" / "hicolor"
    pairs = [
        (png, target_theme / png.relative_to(source_theme))
        for png in sorted(source_theme.glob(f"*/apps/{APP_ID}.png"))
    ]
    if not pairs:
        raise FileNotFoundError(f"no icons found in {source_theme}")
    svg = resources.icon_path(ICON_MASTER)
    pairs.append((svg, target_theme / "scalable" / "apps" / f"{APP_ID}.svg"))
    return pairs


def _quote_exec_argument(argument: str) -> str:
    """Quote one Exec argument as the Desktop Entry spec asks; ``%`` is doubled."""
    argument = argument.replace("%", "%%")
    if not _RESERVED.intersection(argument):
        return argument
    escaped = "".join("\\" + char if char in '"`$\\' else char for char in argument)
    return f'"{escaped}"'


def _escape_value(value: str) -> str:
    """Escape a string value of a key (backslash first, then control characters)."""
    return (
        value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    )


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def _refresh_caches(root: Path) -> None:
    """Best effort: let menus notice the entry and its MIME type; a missing tool is fine.

    Only the mtime of the icon theme folder is bumped: writing an icon-theme.cache into the
    user's theme would hide icons that other programs add later without updating it.
    """
    theme = root / "icons" / "hicolor"
    if theme.is_dir():
        os.utime(theme)
    applications = root / "applications"
    tool = shutil.which("update-desktop-database")
    if tool is None or not applications.is_dir():
        return
    try:
        subprocess.run(
            [tool, "-q", str(applications)], check=False, capture_output=True, timeout=30
        )
    except (OSError, subprocess.SubprocessError) as error:
        logger.debug("update-desktop-database failed: %s", error)


if __name__ == "__main__":
    # Regenerates the distribution's file: python -m xiaomi_timeline.cli.desktop_entry > FILE
    sys.stdout.write(packaged_entry())
