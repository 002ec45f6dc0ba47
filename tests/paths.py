"""Where the tests find the repository and their fixture files, wherever a test module sits."""

import sys
import sysconfig
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = REPO_ROOT / "tests" / "data"


def site_packages_in_use() -> list[str]:
    """Every site-packages folder this interpreter imports from: its own, and those a ``.pth``
    line borrowed (when the tests themselves run in a venv that borrows, as from an unpacked
    sdist). A fresh venv gets them all, so it has the same dependencies at any depth."""
    own = [sysconfig.get_path("purelib"), sysconfig.get_path("platlib")]
    folders = {"site-packages", "dist-packages"}
    borrowed = [entry for entry in sys.path if Path(entry).name in folders]
    return list(dict.fromkeys([*own, *borrowed]))
