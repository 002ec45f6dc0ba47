"""Fresh virtual environments for the packaging tests, and running programs in them.

A fresh venv gets only what a test installs into it (``--no-deps``, no index); its
dependencies (PySide6 is 80 MB) come from the environment running the tests, appended by a
``.pth`` file *after* the venv's own site-packages. ``.pth`` lines are not processed
recursively, so an editable install of this checkout stays invisible there.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from collections.abc import Sequence
from pathlib import Path

TIMEOUT = 900


def site_packages_in_use() -> list[str]:
    """Every site-packages folder this interpreter imports from: its own, and those a ``.pth``
    line borrowed (when the tests themselves run in a venv that borrows, as from an unpacked
    sdist). A fresh venv gets them all, so it has the same dependencies at any depth."""
    own = [sysconfig.get_path("purelib"), sysconfig.get_path("platlib")]
    folders = {"site-packages", "dist-packages"}
    borrowed = [entry for entry in sys.path if Path(entry).name in folders]
    return list(dict.fromkeys([*own, *borrowed]))


def run(
    command: Sequence[str | Path], cwd: Path | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    """Run offscreen, with no Python path, home or user site of ours leaking in."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}
    }
    environment.update(QT_QPA_PLATFORM="offscreen", PYTHONNOUSERSITE="1", **env)
    return subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def checked(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    """``result`` if it exited 0; else a failure showing the end of its output."""
    assert result.returncode == 0, (
        f"{result.args} exited {result.returncode}\n{result.stdout[-6000:]}\n"
        f"{result.stderr[-3000:]}"
    )
    return result


def create(path: Path, package: Path, *pip_options: str) -> Path:
    """A venv at ``path`` borrowing the running tests' dependencies, with ``package`` (a wheel,
    sdist or folder) pip-installed into it alone; its python. ``--ignore-installed``: a
    borrowed copy of the package (an editable install, or the sdist's own install when the tests
    run from an unpacked sdist) must not count as already installed."""
    venv.create(path, with_pip=False, symlinks=os.name != "nt")
    python = path / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = "import sysconfig; print(sysconfig.get_path('purelib'))"
    site_packages = checked(run([python, "-c", purelib])).stdout.strip()
    lines = "\n".join(site_packages_in_use()) + "\n"
    Path(site_packages, "zz_test_dependencies.pth").write_text(lines, encoding="utf-8")
    pip: list[str | Path] = [sys.executable, "-m", "pip", "--python", python, "install", "--quiet"]
    options = ["--no-deps", "--no-index", "--ignore-installed", *pip_options]
    checked(run([*pip, *options, package]))
    _qt_translation_tools(python)
    return python


def _qt_translation_tools(python: Path) -> None:
    """pyside6-lupdate and pyside6-lrelease beside ``python``: a borrowed PySide6 brings its
    modules but not its console scripts, and the catalogue tests run them from there."""
    for tool in ("lupdate", "lrelease"):
        script = python.parent / f"pyside6-{tool}"
        script.write_text(
            f"#!{python}\nimport sys\nfrom PySide6.scripts.pyside_tool import {tool}\n"
            f"sys.exit({tool}())\n",
            encoding="utf-8",
        )
        script.chmod(0o755)
