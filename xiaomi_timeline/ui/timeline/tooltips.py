"""What the timeline's tooltips say: an event's title, date (as precise as known) and status;
what a cluster, a vague-date band or an edge arrow stands for; a lane's whole name. Plain
text, one line per ``\\n``; :func:`as_rich_text` escapes it for QToolTip."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from xiaomi_timeline.core.dates import PartialDate, civil_of
from xiaomi_timeline.core.geometry.eras import EraSpan
from xiaomi_timeline.core.geometry.frame import FrameLayout, Hit
from xiaomi_timeline.core.geometry.layout import LaneModel
from xiaomi_timeline.core.query import STATUSES
from xiaomi_timeline.core.schema import Event, text_in
from xiaomi_timeline.ui.i18n.dates import format_range
from xiaomi_timeline.ui.i18n.words import (
    counts,
    events_count,
    lane_name,
    status_label,
    vague_band_text,
)


def as_rich_text(text: str) -> str:
    """``text`` as the rich text QToolTip gets: every line HTML-escaped, since Qt renders text
    that looks like HTML as HTML, and a title from a file such as ``<img src="file:///...">``
    must not load anything."""
    if not text:
        return ""
    return "<qt>" + "<br>".join(html.escape(line) for line in text.split("\n")) + "</qt>"


def lane_tooltip(frame: FrameLayout, model: LaneModel, y: float) -> str:
    """Over the header column: the lane's whole name (long ones are cut there) and size."""
    for box in frame.lanes:
        if box.y0 <= y < box.y1:
            lane = model.lanes[box.lane]
            size = events_count(len(lane.members))
            name = lane_name(lane, model.mode)
            return f"{name}\n{lane.sublabel} · {size}" if lane.sublabel else f"{name}\n{size}"
    return ""


def era_tooltip(era: EraSpan) -> str:
    """An era's name, period and description."""
    lines = [era.title, format_range(*era.dates) if era.dates else era.when]
    if era.description:
        lines.append(era.description)
    return "\n".join(lines)


def hit_tooltip(hit: Hit, model: LaneModel, event: Event | None, language: str) -> str:
    """What ``hit`` is: an edge arrow, a vague-date band, a cluster, or ``event``."""
    translate = QCoreApplication.translate
    if hit.kind == "edge" and hit.edge is not None:
        count = hit.edge.count
        if hit.edge.side == "left":
            where = counts.earlier_in_lane(count)
        else:
            where = counts.later_in_lane(count)
        return f"{where}\n" + translate("Tooltips", "Click to go to the nearest")
    if hit.kind == "cluster" and hit.cluster is not None and hit.cluster.vague:
        click = translate("Tooltips", "Click to zoom out and see them")
        return f"{vague_band_text(hit.cluster)}\n{click}"
    if hit.kind == "cluster" and hit.cluster is not None:
        first = PartialDate(*civil_of(int(hit.cluster.start // 1)))
        last = PartialDate(*civil_of(int((hit.cluster.end - 1) // 1)))
        # The events' own span (a bar counts what may begin in its bin; some last longer)
        spanning = counts.spanning(hit.cluster.count, format_range(first, last))
        click = translate("Tooltips", "Click to zoom in")
        return f"{spanning}\n{click}"
    if event is None:
        return ""
    end = PartialDate.parse(event.end) if event.end else None
    when = format_range(PartialDate.parse(event.start), end)
    status = status_label(STATUSES[int(model.geometry.status[hit.index])])
    return f"{text_in(event.title, language)}\n{when} · {status}"
