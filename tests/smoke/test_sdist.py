"""The sdist is complete: it carries the licences, notices and docs, and its own test suite
passes from the unpacked archive in a fresh venv (what a distribution packager does).

The inner run is the whole suite, slow tests included (wheel build, screenshot, benchmark
smoke); this test skips there rather than recurse. The fresh venv (tests/fresh_venv.py)
borrows the test environment's dependencies, so nothing is downloaded and this checkout's
editable install stays invisible.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests import fresh_venv as venvs
from tests.paths import REPO_ROOT
from xiaomi_timeline import __version__

pytestmark = pytest.mark.slow

ROOT_NAME = f"xiaomi_ai_timeline-{__version__}"
INNER_RUN = "XIAOMI_TIMELINE_SDIST_INNER_RUN"  # set for the inner run: this test skips there


def _run(
    command: list[str], cwd: Path | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    return venvs.checked(venvs.run(command, cwd=cwd, **env))


@pytest.fixture(scope="module")
def sdist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("build", reason="the 'build' package is missing: pip install -e .[dev]")
    pytest.importorskip("hatchling", reason="hatchling is missing: pip install -e .[dev]")
    out = tmp_path_factory.mktemp("sdist")
    _run(
        [
            sys.executable,
            "-m",
            "build",
            "--sdist",
            "--no-isolation",
            "--outdir",
            str(out),
            str(REPO_ROOT),
        ]
    )
    (built,) = out.glob("*.tar.gz")
    return built


@pytest.fixture(scope="module")
def names(sdist: Path) -> set[str]:
    with tarfile.open(sdist) as archive:
        return {name.removeprefix(f"{ROOT_NAME}/") for name in archive.getnames()}


def test_sdist_carries_licences_notices_changelog_and_docs(names: set[str]) -> None:
    for name in (
        "LICENSE",
        "THIRD_PARTY_NOTICES.txt",
        "LICENSES/LGPL-3.0-only.txt",
        "LICENSES/GPL-3.0-only.txt",
        "CHANGELOG.md",
        "docs/screenshot.png",
        "packaging/xiaomi-timeline.spec",
        "tools/make_notices.py",
    ):
        assert name in names, f"{name} is not in the sdist"


def test_sdist_carries_every_tracked_file_the_tests_and_tools_use(names: set[str]) -> None:
    if not (REPO_ROOT / ".git").exists():
        pytest.skip("not a git checkout (an unpacked sdist): no list of tracked files")
    tracked = _run(["git", "ls-files", "tests", "resources", "docs", "tools"], cwd=REPO_ROOT)

    missing = set(tracked.stdout.split()) - names
    assert not missing, f"tracked but not in the sdist: {sorted(missing)}"


def test_unpacked_sdist_passes_its_own_tests_in_a_fresh_venv(
    sdist: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    if os.environ.get(INNER_RUN):
        pytest.skip("this is the sdist's own run of its tests")
    work = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(sdist) as archive:
        archive.extractall(work, filter="data")
    source = work / ROOT_NAME
    # Built from the unpacked sdist: its metadata is what the components and notices read.
    python = venvs.create(tmp_path_factory.mktemp("venv"), source, "--no-build-isolation")

    result = _run(
        [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=source,
        **{INNER_RUN: "1"},
    )

    summary = result.stdout.strip().splitlines()[-1]
    assert " passed" in summary and "failed" not in summary and "error" not in summary, summary
    # Skipped there: this test, and the tracked-files check (an sdist is no git checkout).
    skipped = [line for line in result.stdout.splitlines() if line.startswith("SKIPPED")]
    assert len(skipped) == 2 and "2 skipped" in summary, "\n".join(skipped)
    assert "this is the sdist's own run" in skipped[0] + skipped[1]
    assert "not a git checkout" in skipped[0] + skipped[1]
