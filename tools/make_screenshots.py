"""Screenshots of the interface in Indonesian and Chinese, for docs/screenshots.

    .venv/bin/python tools/make_screenshots.py [--out docs/screenshots] [--language id ...]

For each language: the main window with a disputed event selected, its detail pane, the
File > Export dialog, the PNG that dialog exports (saved through the app itself), and the
File > Print preview at 1280x800 on its first page. Runs
offscreen in a throwaway home, so neither the user's settings nor their files appear.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DISPUTED_EVENT = "xiaomi-rd-forecast-2024-2025"
SIZE = "1400x900"


def _throwaway_home() -> Path:
    """A home with a Pictures folder holding one earlier export, where the dialog opens."""
    home = Path(tempfile.mkdtemp(prefix="reader-"))
    (home / "Pictures").mkdir()
    earlier = (ROOT / "docs" / "screenshot.png").read_bytes()
    (home / "Pictures" / "xiaomi-ai-timeline-2024.png").write_bytes(earlier)
    os.environ["HOME"] = str(home)
    os.environ["XIAOMI_TIMELINE_HOME"] = str(home / "app")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return home


def shoot(language: str, out: Path) -> list[Path]:
    from PySide6.QtCore import QTimer  # noqa: PLC0415 - after the environment is set
    from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit  # noqa: PLC0415

    from xiaomi_timeline.app import create_main_window, save_screenshot  # noqa: PLC0415

    window = create_main_window(
        [
            *("--ui-language", language, "--select", DISPUTED_EVENT, "--size", SIZE),
            *("--screenshot", str(out / "unused.png")),  # a screenshot run saves no settings
        ]
    )
    names = {
        "main": out / f"main-window-{language}.png",
        "details": out / f"details-disputed-{language}.png",
        "dialog": out / f"export-dialog-{language}.png",
        "export": out / f"export-{language}.png",
        "print": out / f"print-preview-{language}.png",
    }
    save_screenshot(window, names["main"])
    _detail_pane_whole(window).grab().save(str(names["details"]), "PNG")
    names["export"].unlink(missing_ok=True)

    def answer_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(100, answer_dialog)
            return
        dialog.resize(900, 560)
        for _ in range(5):
            QApplication.processEvents()
        dialog.grab().save(str(names["dialog"]), "PNG")
        name_field = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name_field is not None, "Qt's file dialog has no file name field"
        name_field.setText(str(names["export"]))
        dialog.accept()
        QTimer.singleShot(2000, close_leftover_dialogs)

    def close_leftover_dialogs() -> None:
        """Never hang on a dialog this script did not expect (it is reported instead)."""
        leftover = QApplication.activeModalWidget()
        if leftover is not None:
            print(f"make_screenshots: closed an unexpected {leftover!r}", file=sys.stderr)
            leftover.close()

    QTimer.singleShot(300, answer_dialog)
    window.export_image()
    _print_preview(window, names["print"])
    window.close()
    return list(names.values())


def _print_preview(window: Any, path: Path) -> None:
    """File > Print's preview at 1280x800, its first page fitted in view."""
    from PySide6.QtPrintSupport import QPrintPreviewWidget  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    window.print_action.trigger()
    preview = window.print_preview
    preview.resize(1280, 800)
    pages = preview.findChild(QPrintPreviewWidget)
    for _ in range(5):
        QApplication.processEvents()
    pages.setViewMode(QPrintPreviewWidget.ViewMode.SinglePageView)
    pages.fitInView()
    QApplication.processEvents()
    preview.grab().save(str(path), "PNG")
    preview.reject()


def _detail_pane_whole(window: Any) -> Any:
    """The window's detail pane content at a height that shows all of it (the docked pane
    scrolls): the same widget class, event, index and language."""
    from xiaomi_timeline.ui.details.pane import DetailPane  # noqa: PLC0415

    pane = DetailPane()
    session = window.session
    pane.show_event(session.selected_event, session.index, session.language)
    pane.resize(520, 800)
    pane.show()
    pane.document().setTextWidth(pane.viewport().width())
    pane.resize(520, int(pane.document().size().height()) + 2 * pane.frameWidth() + 4)
    return pane


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", action="append", choices=("en", "id", "zh_CN"))
    args = parser.parse_args()
    _throwaway_home()
    args.out.mkdir(parents=True, exist_ok=True)
    for language in args.language or ["id", "zh_CN"]:
        for path in shoot(language, args.out.resolve()):
            if not path.is_file() or path.stat().st_size == 0:
                print(f"make_screenshots: {path} was not written", file=sys.stderr)
                return 1
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
