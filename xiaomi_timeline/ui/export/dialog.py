"""File > Export: the events shown (filters applied), in the lanes and language on screen,
as a PNG, SVG or PDF, the same pictures ``xiaomi-timeline export`` makes. Journalists and
students put timelines in articles and slides; they should not need the command line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from xiaomi_timeline.core.export_file import (
    DEFAULT_WIDTH,
    ExportError,
    ExportOptions,
    write_atomically,
)
from xiaomi_timeline.core.query import FilterState, QueryResult
from xiaomi_timeline.ui.i18n.words import counts

FORMATS = ("png", "svg", "pdf")

translate = QCoreApplication.translate


def file_filters() -> dict[str, str]:
    """The save dialog's file types, in the interface language."""
    return {
        "png": translate("ExportDialog", "PNG image (*.png)"),
        "svg": translate("ExportDialog", "SVG drawing (*.svg)"),
        "pdf": translate("ExportDialog", "PDF document (*.pdf)"),
    }


def default_folder() -> Path:
    """The user's pictures folder if there is one, else home (never the working folder)."""
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    return Path(pictures) if pictures and Path(pictures).is_dir() else Path.home()


def ask_export_path(parent: QWidget, folder: Path, suggested: str) -> Path | None:
    """The file to write, with an extension the format can be told from; None if cancelled.
    The dialog opens in ``folder`` (where the last export went)."""
    start = str(folder / f"{suggested}.png")
    filters = file_filters()
    name, chosen = QFileDialog.getSaveFileName(
        parent, translate("ExportDialog", "Export the timeline"), start, ";;".join(filters.values())
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower().lstrip(".") not in FORMATS:  # "timeline" typed under "SVG drawing"
        kind = next((k for k, label in filters.items() if label == chosen), "png")
        path = path.with_name(f"{path.name}.{kind}")
    return path


def export_view(
    parent: QWidget,
    path: Path,
    result: QueryResult,
    state: FilterState,
    lanes: str,
    language: str,
) -> str | None:
    """Write the picture; a status line to show, or None after telling the user why not
    (or when they chose not to export a picture with no events in it)."""
    from xiaomi_timeline.ui.export.events import Cancelled  # noqa: PLC0415
    from xiaomi_timeline.ui.export.extent import ask_extent  # noqa: PLC0415
    from xiaomi_timeline.ui.export.output_progress import OutputProgress  # noqa: PLC0415
    from xiaomi_timeline.ui.export.render import MAX_AUTO_HEIGHT, render  # noqa: PLC0415

    if not len(result):
        answer = QMessageBox.question(
            parent,
            translate("ExportDialog", "Export an empty picture?"),
            translate(
                "ExportDialog",
                "No events match the current filters, so the picture would show none. "
                "Export it anyway?",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
    fmt = path.suffix.lower().lstrip(".")
    with_events = True
    if fmt == "pdf":
        chosen = ask_extent(parent, result, language)
        if chosen is None:
            return None
        with_events = chosen
    options = ExportOptions(path, fmt, DEFAULT_WIDTH, None, lanes, language)
    progress = OutputProgress(
        parent, translate("ExportDialog", "Exporting %1").replace("%1", path.name)
    )
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        rendered = write_atomically(
            path,
            lambda temp: render(
                result, options, state, temp, with_events=with_events, progress=progress
            ),
        )
    except Cancelled:
        return translate("ExportDialog", "Export cancelled: %1 was not written.").replace(
            "%1", str(path)
        )
    except ExportError as error:
        QMessageBox.warning(parent, translate("ExportDialog", "Export failed"), f"{error}")
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
        progress.close()
    message = (
        counts.exported_pages(len(result), result.total)
        .replace("%2", str(path))
        .replace("%3", rendered.paper)
        .replace("%4", str(rendered.pages))
        if rendered.pages
        else counts.exported(len(result), result.total)
        .replace("%2", str(path))
        .replace("%3", fmt.upper())
        .replace("%4", str(rendered.width))
        .replace("%5", str(rendered.height))
    )
    if not rendered.pages and rendered.height >= MAX_AUTO_HEIGHT:  # say the picture stops short
        QMessageBox.warning(
            parent,
            translate("ExportDialog", "The picture was cut"),
            translate(
                "ExportDialog",
                "The lanes need more than %1 pixels, the most an export is made tall by "
                "itself, so the lanes at the bottom are not in the picture. Filter to fewer "
                "events or lanes, or give a height on the command line "
                "(xiaomi-timeline export --height).",
            ).replace("%1", str(MAX_AUTO_HEIGHT)),
        )
        cut = translate("ExportDialog", "; cut at %1 px, lower lanes left out")
        message += cut.replace("%1", str(MAX_AUTO_HEIGHT))
    return message
