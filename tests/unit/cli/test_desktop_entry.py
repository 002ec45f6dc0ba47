"""The per-user launcher entry: what ``--install-desktop-entry`` puts on a user's desktop."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from xiaomi_timeline import APP_ID, APP_NAME, EXECUTABLE
from xiaomi_timeline.cli import desktop_entry

HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def _entry_values(path: Path) -> dict[str, str]:
    """Key -> raw value of the [Desktop Entry] group."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def _split_exec(value: str) -> list[str]:
    """Undo the string-value escaping, then the Exec quoting (Desktop Entry spec)."""
    value = value.replace("\\\\", "\\")
    arguments: list[str] = []
    current, quoted, escaped, started = "", False, False, False
    for char in value:
        if escaped:
            current, escaped = current + char, False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if started or current:
                arguments.append(current)
            current, started = "", False
        else:
            current += char
    if started or current:
        arguments.append(current)
    return [argument.replace("%%", "%") for argument in arguments]


def _validate(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is missing (Debian: desktop-file-utils)")
    result = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout + result.stderr


def test_install_writes_the_entry_and_every_icon_under_the_xdg_data_home(
    isolated_home: Path,
) -> None:
    written = desktop_entry.install()

    data = isolated_home / "data"
    entry = data / "applications" / f"{APP_ID}.desktop"
    icons = [data / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png" for size in HICOLOR_SIZES]
    svg = data / f"icons/hicolor/scalable/apps/{APP_ID}.svg"
    assert set(written) == {entry, svg, *icons}
    assert all(path.is_file() and path.stat().st_size > 0 for path in written)
    values = _entry_values(entry)
    assert values["Name"] == APP_NAME
    assert values["Icon"] == APP_ID
    assert "application/json" in values["MimeType"].split(";")


def test_installed_entry_is_accepted_by_desktop_file_validate(isolated_home: Path) -> None:
    desktop_entry.install()

    _validate(isolated_home / "data" / "applications" / f"{APP_ID}.desktop")


def test_installed_entry_launches_this_installation_with_the_file_argument(
    tmp_path: Path,
) -> None:
    desktop_entry.install(tmp_path)

    values = _entry_values(tmp_path / "applications" / f"{APP_ID}.desktop")
    command = _split_exec(values["Exec"])
    assert command[-1] == "%f"
    assert command[:-1] == desktop_entry.launch_command()
    program = Path(command[0])
    assert program.is_absolute() and program.is_file()
    assert values["TryExec"] == command[0]
    if command[1:2] != ["-m"]:
        assert program.name == EXECUTABLE


def test_the_module_form_is_used_when_no_script_is_installed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake_python = tmp_path / "python3"
    fake_python.write_text("")
    monkeypatch.setattr(sys, "executable", str(fake_python))
    monkeypatch.setattr(sysconfig, "get_path", lambda _name: str(tmp_path))

    assert desktop_entry.launch_command() == [str(fake_python), "-m", "xiaomi_timeline"]


def test_a_frozen_build_launches_its_own_executable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    frozen = tmp_path / "xiaomi-timeline"
    frozen.write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(frozen))

    assert desktop_entry.launch_command() == [str(frozen.resolve())]


@pytest.mark.parametrize(
    "program",
    ["/opt/My Apps/xiaomi-timeline", '/tmp/quote"d/$HOME/x`y`', "/tmp/back\\slash/50%/run"],
)
def test_awkward_install_paths_are_quoted_so_the_launcher_runs_the_same_program(
    program: str, tmp_path: Path
) -> None:
    path = tmp_path / f"{APP_ID}.desktop"
    path.write_text(desktop_entry.render([program, "-m", "xiaomi_timeline"], program))

    assert _split_exec(_entry_values(path)["Exec"]) == [program, "-m", "xiaomi_timeline", "%f"]
    _validate(path)


def test_uninstall_removes_only_what_install_wrote(tmp_path: Path) -> None:
    written = desktop_entry.install(tmp_path)
    neighbour = tmp_path / "applications" / "other-app.desktop"
    neighbour.write_text("[Desktop Entry]\n")

    removed = desktop_entry.uninstall(tmp_path)

    assert sorted(removed) == sorted(written)
    assert not any(path.exists() for path in written)
    assert neighbour.is_file()
    assert desktop_entry.uninstall(tmp_path) == []


def test_install_command_reports_each_file_and_exits_zero(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()

    code = desktop_entry.run_command(prefix=tmp_path, out=out, err=err)

    assert code == 0
    assert err.getvalue() == ""
    assert f"installed {tmp_path / 'applications' / f'{APP_ID}.desktop'}" in out.getvalue()
    assert APP_NAME in out.getvalue()


def test_uninstall_command_says_when_there_was_nothing_to_remove(tmp_path: Path) -> None:
    out = io.StringIO()

    assert desktop_entry.run_command(uninstalling=True, prefix=tmp_path, out=out) == 0
    assert "nothing to remove" in out.getvalue()


def test_an_unwritable_data_folder_gives_a_message_and_exit_one(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    out, err = io.StringIO(), io.StringIO()

    code = desktop_entry.run_command(prefix=blocker, out=out, err=err)

    assert code == 1
    assert err.getvalue().startswith(f"{EXECUTABLE}: could not install the desktop entry: ")
    assert "Traceback" not in err.getvalue()


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_the_command_refuses_systems_without_xdg_desktops(
    platform: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    err = io.StringIO()

    assert desktop_entry.run_command(prefix=tmp_path, out=io.StringIO(), err=err) == 1
    assert "Linux and BSD desktops" in err.getvalue()
    assert not any(tmp_path.iterdir())
