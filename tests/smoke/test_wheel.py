"""The wheel is what pip users get: build it, install it into a fresh venv, run it from there.

The fresh venv (tests/fresh_venv.py) gets only our wheel and borrows its dependencies, so
xiaomi_timeline can only be imported from the wheel, and a test checks that it is.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests import fresh_venv as venvs
from tests.paths import REPO_ROOT
from xiaomi_timeline import APP_ID, EXECUTABLE, __version__

pytestmark = pytest.mark.slow

ROOT = REPO_ROOT
TIMEOUT = 300


@dataclass(frozen=True)
class FreshVenv:
    path: Path
    python: Path
    executable: Path
    work: Path

    def run(
        self, args: Sequence[str], program: Path | None = None, **env: str
    ) -> subprocess.CompletedProcess[str]:
        """Run ``program`` (default: the installed xiaomi-timeline) with ``args`` offscreen."""
        return venvs.run([program or self.executable, *args], cwd=self.work, **env)


_check = venvs.checked


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if importlib.util.find_spec("build") is None:
        pytest.skip("the 'build' package is missing: pip install -e .[dev]")
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "build", "--wheel", "--outdir", str(out)]
    if importlib.util.find_spec("hatchling") is not None:
        command.append("--no-isolation")  # no download of the build backend when we have it
    result = subprocess.run(
        [*command, str(ROOT)], capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = out.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def fresh_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> FreshVenv:
    path = tmp_path_factory.mktemp("venv")
    python = venvs.create(path, wheel)
    work = tmp_path_factory.mktemp("work")
    return FreshVenv(path, python, python.parent / EXECUTABLE, work)


def test_wheel_carries_the_data_schema_icons_and_the_gui_script(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(
            archive.read(name).decode() for name in names if name.endswith("entry_points.txt")
        )

    resources = "xiaomi_timeline/resources/"
    assert any(n.startswith(resources + "data/") and n.endswith(".json") for n in names)
    assert resources + "schema/timeline.schema.json" in names
    assert resources + "icons/xiaomi-ai-timeline.svg" in names
    assert resources + f"icons/hicolor/256x256/apps/{APP_ID}.png" in names
    for language in ("en", "id", "zh_CN"):
        assert resources + f"translations/xiaomi_timeline_{language}.qm" in names
    assert "[gui_scripts]" in entry_points
    assert f"{EXECUTABLE} = xiaomi_timeline.cli.main:main" in entry_points


def test_wheel_long_description_is_the_short_text_and_licence_is_in_metadata(
    wheel: Path,
) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata = next(
            archive.read(name).decode() for name in names if name.endswith(".dist-info/METADATA")
        )
    headers, _, description = metadata.partition("\n\n")

    short = (ROOT / "packaging" / "long-description.md").read_text(encoding="utf-8")
    assert description.strip() == short.strip()
    assert "](docs/" not in description and "](packaging/" not in description
    assert "License-Expression: MIT" in headers.splitlines()
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)


def test_the_fresh_venv_imports_our_package_only_from_the_wheel(fresh_venv: FreshVenv) -> None:
    result = _check(
        fresh_venv.run(
            ["-c", "import xiaomi_timeline, PySide6; print(xiaomi_timeline.__file__)"],
            program=fresh_venv.python,
        )
    )

    assert Path(result.stdout.strip()).is_relative_to(fresh_venv.path)


def test_installed_validate_accepts_the_builtin_data(fresh_venv: FreshVenv) -> None:
    result = _check(fresh_venv.run(["validate"]))

    assert "Traceback" not in result.stderr


def test_installed_schema_prints_the_shipped_schema(fresh_venv: FreshVenv) -> None:
    result = _check(fresh_venv.run(["schema"]))

    shipped = json.loads((ROOT / "resources" / "schema" / "timeline.schema.json").read_text())
    assert json.loads(result.stdout) == shipped


def test_installed_app_renders_a_screenshot_offscreen(fresh_venv: FreshVenv) -> None:
    if not (ROOT / "xiaomi_timeline" / "app.py").is_file():
        pytest.skip("the main window (xiaomi_timeline/app.py) has not landed yet")
    from PySide6.QtGui import QImage  # noqa: PLC0415 - only this test needs Qt

    shot = fresh_venv.work / "window.png"
    _check(fresh_venv.run(["--screenshot", str(shot), "--size", "1280x800"]))

    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 800)
    sampled = {image.pixel(x, y) for x in range(0, 1280, 9) for y in range(0, 800, 9)}
    assert len(sampled) > 16, "the screenshot is blank"


def test_installed_app_finds_its_translations(fresh_venv: FreshVenv) -> None:
    shot = fresh_venv.work / "window-id.png"
    result = _check(fresh_venv.run(["--ui-language", "zh_CN", "--screenshot", str(shot)]))
    assert "no translation" not in result.stderr
    assert shot.is_file()


def test_installed_launcher_entry_runs_the_wheels_executable(
    fresh_venv: FreshVenv, tmp_path: Path
) -> None:
    _check(fresh_venv.run(["--install-desktop-entry"], XIAOMI_TIMELINE_HOME=str(tmp_path)))

    entry = tmp_path / "data" / "applications" / f"{APP_ID}.desktop"
    assert f"Exec={fresh_venv.executable} %f" in entry.read_text().splitlines()
    assert (tmp_path / "data" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    # What the launcher would start is this installation (asked for its version, not a window).
    result = _check(fresh_venv.run(["--version"]))
    assert result.stdout.strip() == f"{EXECUTABLE} {__version__}"
