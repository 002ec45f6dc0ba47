"""Words the interface uses in several places, translated when asked for (never at import, so
a change of interface language shows at once): the names of claim statuses and source
reliability (what they mean is the open document's to say), counts of events, and the names of
filter kinds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from xiaomi_timeline.core.colors import NO_GROUP_ID
from xiaomi_timeline.core.dates import PartialDate, Precision, civil_of
from xiaomi_timeline.core.geometry.frame import ClusterBox
from xiaomi_timeline.core.geometry.lanes import NO_LANE_KEY, Lane
from xiaomi_timeline.core.interchange.building import NO_GROUP_LABEL
from xiaomi_timeline.core.query import TimelineIndex
from xiaomi_timeline.core.schema import text_in
from xiaomi_timeline.ui.i18n.dates import format_date


def status_name(status: str) -> str:
    """ "Confirmed", "Reported", "Disputed"; an unknown status as the file gives it."""
    names = {
        "confirmed": QCoreApplication.translate("Words", "Confirmed", "claim status"),
        "reported": QCoreApplication.translate("Words", "Reported", "claim status"),
        "disputed": QCoreApplication.translate("Words", "Disputed", "claim status"),
    }
    return names.get(status, status)


def status_label(status: str) -> str:
    """The longer label of the timeline's legend and tooltips: "Reported (unconfirmed)"."""
    if status == "reported":
        return QCoreApplication.translate("Words", "Reported (unconfirmed)", "claim status")
    return status_name(status)


def reliability_name(reliability: str) -> str:
    """ "high reliability" and so on, as the detail pane lists a source."""
    names = {
        "high": QCoreApplication.translate("Words", "high reliability"),
        "medium": QCoreApplication.translate("Words", "medium reliability"),
        "low": QCoreApplication.translate("Words", "low reliability"),
    }
    return names.get(reliability, reliability)


class Counts(QObject):
    """Phrases with a number in them, in the plural form the number takes ("1 event",
    "2 events"). They are methods of one QObject because Qt's string extractor recognises
    plural forms in ``self.tr(text, comment, n)`` calls."""

    def events(self, n: int) -> str:
        return self.tr("%n events", "", n)

    def sources(self, n: int) -> str:
        return self.tr("%n sources", "", n)

    def of_events(self, shown: int, n: int) -> str:
        """ "3 of 44 events"."""
        return self.tr("%1 of %n events", "", n).replace("%1", QLocale().toString(shown))

    def earlier_in_lane(self, n: int) -> str:
        return self.tr("%n earlier events in this lane", "", n)

    def later_in_lane(self, n: int) -> str:
        return self.tr("%n later events in this lane", "", n)

    def spanning(self, n: int, span: str) -> str:
        return self.tr("%n events, together spanning %1", "", n).replace("%1", span)

    def periods_in_view(self, n: int) -> str:
        return self.tr("%n periods running through this view", "", n)

    def dated_only_to(self, n: int, period: str) -> str:
        return self.tr("%n events dated only to %1", "", n).replace("%1", period)

    def exported(self, shown: int, n: int) -> str:
        """The status line after an export; %2-%5 are filled in by the caller."""
        return self.tr("Exported %1 of %n events to %2 (%3, %4x%5 px)", "", n).replace(
            "%1", QLocale().toString(shown)
        )

    def exported_pages(self, shown: int, n: int) -> str:
        """The status line after a PDF export; %2 (path), %3 (paper) and %4 (pages) for the
        caller."""
        return self.tr("Exported %1 of %n events to %2 (PDF on %3 paper, %4 pages)", "", n).replace(
            "%1", QLocale().toString(shown)
        )

    def exported_data(self, shown: int, n: int) -> str:
        """The status line after a data export; %2 (path) and %3 (format) for the caller."""
        return self.tr("Exported %1 of %n events to %2 (%3)", "", n).replace(
            "%1", QLocale().toString(shown)
        )

    def not_written(self, n: int) -> str:
        """Why events are missing from a calendar export (the only format that leaves any
        out)."""
        return self.tr(
            "%n events were not saved: iCalendar cannot hold dates before year 1.", "", n
        )

    def saved_none(self, n: int) -> str:
        """The first line of the message after an export that could keep no event; %2
        (format) and %3 (file name) for the caller."""
        return self.tr("None of the %n events can be saved as %2, so %3 was not written.", "", n)

    def saved_data(self, saved: int, n: int) -> str:
        """The first line of the message after an export that left events out; %2 (file
        name) and %3 (format) for the caller."""
        return self.tr("Saved %1 of %n events to %2 (%3).", "", n).replace(
            "%1", QLocale().toString(saved)
        )

    def more_in_details(self, n: int) -> str:
        return self.tr("… and %n more (see the details)", "", n)


counts = Counts()
"""The one instance (a QObject without parent, made at import, before any QApplication)."""


def events_count(count: int) -> str:
    """ "1 event", "12 events" (digits grouped as the locale does)."""
    return counts.events(count)


def category_name(index: TimelineIndex, category_id: str, language: str) -> str:
    """A category's label in ``language``; the group an importer makes for events that had
    none is named in the interface language (it is the app's word, not the file's)."""
    category = index.categories_by_id.get(category_id)
    if category is None:
        return category_id
    if is_importers_group(index, category_id):
        return _no_group()
    return text_in(category.label, language, index.document.default_language)


def is_importers_group(index: TimelineIndex, category_id: str) -> bool:
    """Whether ``category_id`` is the "No group" an importer made (not a file's own)."""
    category = index.categories_by_id.get(category_id)
    return category_id == NO_GROUP_ID and category is not None and category.label == NO_GROUP_LABEL


def _no_group() -> str:
    return QCoreApplication.translate("Words", "No group", "imported events that had no group")


def lane_name(lane: Lane, mode: str) -> str:
    """A lane's header: its name from the file, or the lane of events with nobody in it."""
    if mode == "category" and lane.key == NO_GROUP_ID and lane.label == NO_GROUP_LABEL:
        return _no_group()
    if lane.key != NO_LANE_KEY:
        return lane.label
    if mode == "person":
        return QCoreApplication.translate("Words", "No person", "lane of events naming nobody")
    if mode == "organization":
        return QCoreApplication.translate(
            "Words", "No organization", "lane of events naming no organization"
        )
    return QCoreApplication.translate("Words", "Other", "lane of events in no category")


def unknown_name_sentence(kind: str, name: str) -> str:
    """Why a filter matches nothing: "No person in this file is called “Nobody”."."""
    sentences = {
        "person": QCoreApplication.translate("Words", "No person in this file is called “%1”."),
        "organization": QCoreApplication.translate(
            "Words", "No organization in this file is called “%1”."
        ),
        "category": QCoreApplication.translate("Words", "No category in this file is called “%1”."),
    }
    return sentences.get(kind, sentences["category"]).replace("%1", name)


def vague_band_text(band: ClusterBox) -> str:
    """What a band of vague dates stands for: "40 events dated only to 1991"."""
    if band.precision < 0:
        return counts.periods_in_view(band.count)
    year, first_month, _ = civil_of(int(band.period // 1))
    month = first_month if band.precision == Precision.MONTH else None
    return counts.dated_only_to(band.count, format_date(PartialDate(year, month)))
