"""The wheel is what pip users get: build it, install it into a fresh venv, run it from there.

The fresh venv gets only our wheel (``--no-deps``, no index); its dependencies (PySide6 is
80 MB) come from the environment running the tests, appended by a ``.pth`` file *after* the
venv's own site-packages. ``.pth`` lines are not processed recursively, so an editable install
of this checkout in the test environment stays invisible: xiaomi_timeline can only be imported
from the wheel, and a test checks that it is.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

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
        environment = {
            key: value
            for key, value in os.environ.items()
            if key not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}
        }
        environment.update(QT_QPA_PLATFORM="offscreen", PYTHONNOUSERSITE="1", **env)
        return subprocess.run(
            [str(program or self.executable), *args],
            cwd=self.work,
            env=environment,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )


def _check(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, (
        f"{result.args} exited {result.returncode}\n{result.stdout}\n{result.stderr}"
    )
    return result


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
    venv.create(path, with_pip=False, symlinks=os.name != "nt")
    bin_dir = path / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    _check(
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "--python",
                str(python),
                "install",
                "--no-deps",
                "--no-index",
                "--quiet",
                str(wheel),
            ],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
    )
    site_packages = _check(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
    ).stdout.strip()
    dependencies = dict.fromkeys([sysconfig.get_path("purelib"), sysconfig.get_path("platlib")])
    Path(site_packages, "zz_test_dependencies.pth").write_text("\n".join(dependencies) + "\n")
    work = tmp_path_factory.mktemp("work")
    return FreshVenv(path, python, bin_dir / EXECUTABLE, work)


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
