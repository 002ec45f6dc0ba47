"""File > Export data: the events shown (filters applied) as our JSON, TimelineJS3 JSON, CSV
(ours or TimelineJS3's spreadsheet) or iCalendar, the same files ``xiaomi-timeline convert``
writes. What a format cannot hold is said before the user relies on the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from xiaomi_timeline.core.export_file import ExportError, write_atomically
from xiaomi_timeline.core.interchange.formats import Format, export, format_for_path
from xiaomi_timeline.core.query import QueryResult
from xiaomi_timeline.core.schema import Document
from xiaomi_timeline.ui.i18n.words import counts

translate = QCoreApplication.translate


def file_filters() -> dict[Format, str]:
    """The save dialog's choices, one per format."""
    return {
        Format.TIMELINE: translate("ExportData", "Timeline JSON (*.json)"),
        Format.TIMELINEJS3: translate("ExportData", "TimelineJS3 JSON (*.json)"),
        Format.CSV: translate("ExportData", "CSV, one row per event (*.csv)"),
        Format.TIMELINEJS3_CSV: translate("ExportData", "TimelineJS3 spreadsheet CSV (*.csv)"),
        Format.ICS: translate("ExportData", "iCalendar (*.ics)"),
    }


def ask_data_path(parent: QWidget, folder: Path, suggested: str) -> tuple[Path, Format] | None:
    """The file to write and its format (from the chosen filter); None if cancelled."""
    filters = file_filters()
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        translate("ExportData", "Export data"),
        str(folder / f"{suggested}.json"),
        ";;".join(filters.values()),
    )
    if not name:
        return None
    kind = next((k for k, label in filters.items() if label == chosen), Format.TIMELINE)
    path = Path(name)
    if not path.suffix:
        path = path.with_name(path.name + kind.extension)
    elif path.suffix.lower() != kind.extension:  # "story.ics" typed under "CSV": the name wins
        kind = format_for_path(path.name) or kind
    return path, kind


def export_data(
    parent: QWidget,
    path: Path,
    kind: Format,
    document: Document,
    result: QueryResult,
    language: str,
) -> str | None:
    """Write the file; a status line to show, or None after telling the user why not."""
    written = export(document, result.events, kind, language)
    try:
        write_atomically(path, lambda temp: (temp.write_bytes(written.data), 0))
    except ExportError as error:
        QMessageBox.warning(parent, translate("ExportData", "Export failed"), str(error))
        return None
    kept = len(result) - len(written.warnings)
    if written.warnings:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("ExportData", "Some events were left out"),
            "",
            parent=parent,
        )
        box.setText(counts.not_written(len(written.warnings)))
        box.setDetailedText("\n".join(written.warnings))
        box.exec()
    return (
        counts.exported_data(kept, result.total).replace("%2", str(path)).replace("%3", kind.label)
    )
