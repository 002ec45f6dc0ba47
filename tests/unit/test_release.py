"""tools/release.py: one command writes a release into version, changelog and metainfo, and
the check catches a tree where they disagree."""

import importlib.util
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from tests.paths import REPO_ROOT
from xiaomi_timeline import __version__


@pytest.fixture(scope="module")
def release() -> ModuleType:
    spec = importlib.util.spec_from_file_location("release", REPO_ROOT / "tools" / "release.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def tree(release: ModuleType, tmp_path: Path) -> Path:
    """A copy of the files a release touches, with two notes waiting under Unreleased."""
    for relative in (release.VERSION_FILE, release.CHANGELOG, release.METAINFO):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO_ROOT / relative, tmp_path / relative)
    changelog = tmp_path / release.CHANGELOG
    text = changelog.read_text(encoding="utf-8")
    notes = "\n- Faster `list` on big files & fewer\n  surprises.\n- A second note.\n"
    body = text.split("## Unreleased\n", 1)[1].split("\n## ", 1)[1]
    changelog.write_text(
        text.split("## Unreleased\n", 1)[0] + "## Unreleased\n" + notes + "\n## " + body,
        encoding="utf-8",
    )
    return tmp_path


def test_the_repository_is_consistent_for_its_version(release: ModuleType) -> None:
    assert release.problems(REPO_ROOT) == []
    assert release.current_version(REPO_ROOT) == __version__


def test_prepare_writes_version_changelog_metainfo_and_screenshot_tag(
    release: ModuleType, tree: Path
) -> None:
    release.prepare(tree, "9.8.7", "2030-01-02")

    assert release.current_version(tree) == "9.8.7"
    changelog = (tree / release.CHANGELOG).read_text(encoding="utf-8")
    assert "## Unreleased\n\n## 9.8.7 - 2030-01-02\n\n- Faster `list`" in changelog
    # The Unreleased section is empty again:
    with pytest.raises(release.ReleaseError, match="has no '- ' notes"):
        release.unreleased_notes(changelog)
    root = ET.parse(tree / release.METAINFO).getroot()
    newest = root.find("releases/release")
    assert newest is not None
    assert (newest.get("version"), newest.get("date")) == ("9.8.7", "2030-01-02")
    assert [li.text for li in newest.findall("description/ul/li")] == [
        "Faster list on big files & fewer surprises.",
        "A second note.",
    ]
    image = root.findtext("screenshots/screenshot/image") or ""
    assert image.endswith("/v9.8.7/docs/screenshot.png")
    assert release.problems(tree) == []


def test_prepared_metainfo_still_validates(release: ModuleType, tree: Path) -> None:
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli is missing: run tools/install_system_deps.sh as root")
    release.prepare(tree, "9.8.7", "2030-01-02")

    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(tree / release.METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("version", "message"),
    [("1.2", "not a version like 1.2.3"), (__version__, "already released")],
)
def test_prepare_refuses_a_bad_or_used_version_and_changes_nothing(
    release: ModuleType, tree: Path, version: str, message: str
) -> None:
    before = {path: path.read_bytes() for path in tree.rglob("*") if path.is_file()}

    with pytest.raises(release.ReleaseError, match=message):
        release.prepare(tree, version, "2030-01-02")
    assert {path: path.read_bytes() for path in tree.rglob("*") if path.is_file()} == before


def test_check_names_what_disagrees(release: ModuleType, tree: Path) -> None:
    version_file = tree / release.VERSION_FILE
    text = version_file.read_text(encoding="utf-8")
    version_file.write_text(text.replace(f'"{__version__}"', '"5.0.0"'), encoding="utf-8")

    assert release.problems(tree) == [
        "CHANGELOG.md: no '## 5.0.0 - <date>' heading",
        f"{release.METAINFO}: the newest <release> is not 5.0.0",
        f"{release.METAINFO}: the screenshot URL does not point at tag v5.0.0",
    ]
