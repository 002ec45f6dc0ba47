"""The distribution's desktop files and icons: valid, and agreeing with the package's identity."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.paths import REPO_ROOT
from xiaomi_timeline import APP_ID, APP_NAME, EXECUTABLE, __version__
from xiaomi_timeline.cli import desktop_entry

ROOT = REPO_ROOT
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO_FILE = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
PROJECT_URLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
    "urls"
]
# The raw-file address of the repository named by the Homepage URL.
SCREENSHOT_URL_PREFIX = (
    PROJECT_URLS["Homepage"].replace("https://github.com/", "https://raw.githubusercontent.com/")
    + "/"
)
MARKDOWN_LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)[^)]*\)|^\[[^\]]+\]:\s*(\S+)", re.MULTILINE)


def _run_validator(*command: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is missing: run tools/install_system_deps.sh as root")
    return subprocess.run(command, capture_output=True, text=True, check=False)


def _desktop_values() -> dict[str, str]:
    lines = DESKTOP_FILE.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO_FILE).getroot()


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG stream"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = _run_validator("desktop-file-validate", str(DESKTOP_FILE))

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout + result.stderr == ""


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = _run_validator("appstreamcli", "validate", "--no-net", str(METAINFO_FILE))

    assert result.returncode == 0, result.stdout + result.stderr


def test_installed_tree_of_entry_metainfo_and_icons_validates(tmp_path: Path) -> None:
    share = tmp_path / "usr" / "share"
    (share / "metainfo").mkdir(parents=True)
    shutil.copy(METAINFO_FILE, share / "metainfo")
    desktop_entry.install(share)  # the same icons and entry a user install gets

    result = _run_validator("appstreamcli", "validate-tree", "--no-net", str(tmp_path))

    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_is_the_packaged_rendering_of_desktop_entry() -> None:
    assert DESKTOP_FILE.read_text(encoding="utf-8") == desktop_entry.packaged_entry(), (
        "regenerate it: python -m xiaomi_timeline.cli.desktop_entry > " + str(DESKTOP_FILE)
    )


def test_desktop_file_names_the_app_its_icon_and_the_files_it_opens() -> None:
    values = _desktop_values()

    assert values["Name"] == APP_NAME
    assert values["Icon"] == APP_ID
    # Qt on X11 sets WM_CLASS's class to QCoreApplication.applicationName() (APP_NAME).
    assert values["StartupWMClass"] == APP_NAME
    assert values["Exec"] == f"{EXECUTABLE} %f"
    assert "application/json" in values["MimeType"].split(";")
    assert values["Keywords"].endswith(";") and "timeline" in values["Keywords"].split(";")


def test_metainfo_agrees_with_the_package_identity_and_version() -> None:
    root = _metainfo()

    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP_FILE.name
    assert root.findtext("provides/binary") == EXECUTABLE
    assert root.findtext("project_license") == "MIT"
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__, (
        "add a <release> for the package's version at the top of <releases>"
    )
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"


def test_metainfo_urls_and_developer_are_the_projects() -> None:
    root = _metainfo()

    urls = {url.get("type"): url.text for url in root.findall("url")}
    assert urls == {"homepage": PROJECT_URLS["Homepage"], "bugtracker": PROJECT_URLS["Issues"]}
    developer = root.find("developer")
    assert developer is not None and APP_ID.startswith(developer.get("id", "") + ".")
    assert developer.findtext("name") == root.findtext("developer_name")


def test_long_description_has_no_link_that_breaks_off_the_repository() -> None:
    readme = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "readme"
    ]
    text = (ROOT / readme["file"]).read_text(encoding="utf-8")

    targets = [a or b for a, b in MARKDOWN_LINK.findall(text)]
    assert all(target.startswith("https://") for target in targets), targets
    assert "<img" not in text and "src=" not in text


def test_markdown_link_pattern_finds_relative_links_and_images() -> None:
    sample = '![shot](docs/screenshot.png)\nsee [the guide](packaging/README.md "t")\n[x]: a.md'

    assert [a or b for a, b in MARKDOWN_LINK.findall(sample)] == [
        "docs/screenshot.png",
        "packaging/README.md",
        "a.md",
    ]


def test_metainfo_screenshot_is_a_file_of_this_repository_at_the_release_tag() -> None:
    image = _metainfo().findtext("screenshots/screenshot/image") or ""

    assert image.startswith(SCREENSHOT_URL_PREFIX)
    ref, _, path = image.removeprefix(SCREENSHOT_URL_PREFIX).partition("/")
    assert ref == f"v{__version__}"
    screenshot = ROOT / path
    if not screenshot.is_file() and not (ROOT / "xiaomi_timeline" / "app.py").is_file():
        pytest.skip("the screenshot is made with --screenshot once the main window exists")
    assert screenshot.is_file(), f"make it: xiaomi-timeline --screenshot {path} --size 1280x800"
    assert _png_size(screenshot.read_bytes())[0] >= 1000


@pytest.mark.parametrize("size", HICOLOR_SIZES)
def test_every_hicolor_size_is_a_png_of_that_size(size: int) -> None:
    png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"

    assert _png_size(png.read_bytes()) == (size, size)


def test_ico_holds_png_images_from_16_to_256_pixels() -> None:
    data = (ICONS / "xiaomi-ai-timeline.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)

    sizes = []
    for index in range(count):
        width, height, *_, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        image = _png_size(data[offset : offset + length])
        assert image == (width or 256, height or 256)
        sizes.append(image[0])
    assert {16, 32, 48, 256} <= set(sizes)


def test_icns_holds_png_images_up_to_1024_pixels() -> None:
    data = (ICONS / "xiaomi-ai-timeline.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)

    sizes: dict[bytes, int] = {}
    offset = 8
    while offset < len(data):
        code = data[offset : offset + 4]
        length = struct.unpack(">I", data[offset + 4 : offset + 8])[0]
        sizes[code] = _png_size(data[offset + 8 : offset + length])[0]
        offset += length
    assert offset == len(data)
    assert sizes[b"ic07"] == 128 and sizes[b"ic08"] == 256 and sizes[b"ic10"] == 1024


def test_generated_icons_match_the_svg_master() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_icons.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr
