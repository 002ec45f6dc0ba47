"""File > Export data: the events shown (filters applied) as our JSON, TimelineJS3 JSON, CSV
(ours or TimelineJS3's spreadsheet) or iCalendar, the same files ``xiaomi-timeline convert``
writes. What a format cannot hold is said before the user relies on the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from xiaomi_timeline.core.export_file import ExportError, check_not_input, write_atomically
from xiaomi_timeline.core.interchange.detection import Format
from xiaomi_timeline.core.interchange.formats import Written, export, format_for_path
from xiaomi_timeline.core.interchange.losses import Loss
from xiaomi_timeline.core.query import QueryResult
from xiaomi_timeline.core.resources import builtin_data_path
from xiaomi_timeline.core.schema import Document, text_in
from xiaomi_timeline.ui.i18n.dates import format_range
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


def format_name(kind: Format) -> str:
    """The format's name in messages: "iCalendar", "TimelineJS3 JSON"."""
    names = {
        Format.TIMELINE: translate("ExportData", "Timeline JSON"),
        Format.TIMELINEJS3: translate("ExportData", "TimelineJS3 JSON"),
        Format.CSV: translate("ExportData", "CSV, one row per event"),
        Format.TIMELINEJS3_CSV: translate("ExportData", "TimelineJS3 spreadsheet CSV"),
        Format.ICS: translate("ExportData", "iCalendar"),
    }
    return names[kind]


def loss_name(loss: Loss, language: str) -> str:
    """A part of the events a format leaves out, as the export message lists it."""
    if loss is Loss.TRANSLATIONS:
        return translate("ExportData", "translations (only %1)").replace("%1", language)
    names = {
        Loss.DESCRIPTIONS: translate("ExportData", "descriptions"),
        Loss.PEOPLE: translate("ExportData", "people"),
        Loss.ORGANIZATIONS: translate("ExportData", "organizations"),
        Loss.STATUS: translate("ExportData", "claim status"),
        Loss.STATUS_NOTES: translate("ExportData", "status notes"),
        Loss.DATE_NOTES: translate("ExportData", "date notes"),
        Loss.CONFLICTS: translate("ExportData", "where sources disagree"),
        Loss.NOTES: translate("ExportData", "notes"),
        Loss.TAGS: translate("ExportData", "tags"),
        Loss.RELATED: translate("ExportData", "related events"),
        Loss.SOURCES_BUT_FIRST: translate(
            "ExportData", "all sources but the first with a web address"
        ),
        Loss.SOURCES_BUT_ADDRESS: translate(
            "ExportData", "sources (only the first web address is kept)"
        ),
        Loss.ERAS: translate("ExportData", "eras"),
    }
    return names[loss]


def _lost_names(losses: list[Loss], language: str) -> str:
    separator = translate("ExportData", ", ", "between the parts a format does not keep")
    return separator.join(loss_name(loss, language) for loss in losses)


def not_kept_sentence(kind: Format, losses: list[Loss], language: str) -> str:
    """ "not kept in iCalendar: people, organizations" (empty when nothing is lost)."""
    if not losses:
        return ""
    return (
        translate("ExportData", "not kept in %1: %2")
        .replace("%2", _lost_names(losses, language))
        .replace("%1", format_name(kind))
    )


_LISTED = 10  # events named in the message itself; all of them are in its details


def _tell_what_is_missing(
    parent: QWidget, path: Path, kind: Format, kept: int, written: Written, language: str
) -> QMessageBox:
    """Say, in the message itself, how many events were saved, which were left out and
    why, and what the format does not keep of the others; when no event could be kept, that
    no file was written. The message does not wait for an answer (the file is written
    already, or not at all); it is returned for whoever wants to read it."""
    skipped = written.skipped
    if skipped and not kept:
        title = translate("ExportData", "Nothing was exported")
        text = counts.saved_none(len(skipped)).replace("%2", format_name(kind))
        text = text.replace("%3", path.name)
    else:
        title = (
            translate("ExportData", "Some events were left out")
            if skipped
            else translate("ExportData", "Some details were not kept")
        )
        text = counts.saved_data(kept, kept + len(skipped)).replace("%2", path.name)
        text = text.replace("%3", format_name(kind))
    icon = QMessageBox.Icon.Warning if skipped else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, parent=parent)
    parts = []
    if skipped:
        lines = [
            f"{text_in(event.title, language)} ({format_range(event.start_date, event.end_date)})"
            for event in skipped
        ]
        shown = "\n".join(f"• {line}" for line in lines[:_LISTED])
        if len(lines) > _LISTED:
            shown += "\n" + counts.more_in_details(len(lines) - _LISTED)
            box.setDetailedText("\n".join(lines))
        parts.append(f"{counts.not_written(len(skipped))}\n{shown}")
    if written.not_kept and kept:
        parts.append(
            translate("ExportData", "Not kept in %1: %2.")
            .replace("%2", _lost_names(written.not_kept, language))
            .replace("%1", format_name(kind))
        )
    box.setInformativeText("\n\n".join(parts))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


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
    source: Path | None = None,
) -> str | None:
    """Write the file; a status line to show, or None after telling the user why not.
    ``source`` is the open file, which an export of some of its events must not replace."""
    if source is not None:
        try:
            check_not_input(path, source)
        except ExportError:
            QMessageBox.warning(
                parent,
                translate("ExportData", "Export failed"),
                translate(
                    "ExportData",
                    "%1 is the file this timeline was opened from; export to another file "
                    "name (the open file is left as it is).",
                ).replace("%1", str(path)),
            )
            return None
    read_from = source if source is not None else builtin_data_path()
    written = export(document, result.events, kind, language, moved=(read_from.parent, path.parent))
    if written.keeps_none_of(len(result)):
        _tell_what_is_missing(parent, path, kind, 0, written, language)
        return None
    try:
        write_atomically(path, lambda temp: (temp.write_bytes(written.data), 0))
    except ExportError as error:
        QMessageBox.warning(parent, translate("ExportData", "Export failed"), str(error))
        return None
    kept = len(result) - len(written.skipped)
    if written.skipped or written.not_kept:
        _tell_what_is_missing(parent, path, kind, kept, written, language)
    done = (
        counts.exported_data(kept, result.total)
        .replace("%2", str(path))
        .replace("%3", format_name(kind))
    )
    lost = not_kept_sentence(kind, written.not_kept, language)
    if not lost:
        return done
    return (
        translate("ExportData", "%1; %2", "the export message; what was not kept")
        .replace("%2", lost)
        .replace("%1", done)
    )
