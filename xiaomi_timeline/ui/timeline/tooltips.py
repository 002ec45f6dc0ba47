"""What the timeline's tooltips say: an event's title, date (as precise as known) and status;
what a cluster, a vague-date band or an edge arrow stands for; a lane's whole name. Plain
text, one line per ``\\n``; :func:`as_rich_text` escapes it for QToolTip."""

from __future__ import annotations

import html

from xiaomi_timeline.core.dates import PartialDate, civil_of, format_range
from xiaomi_timeline.core.geometry.eras import EraSpan
from xiaomi_timeline.core.geometry.frame import FrameLayout, Hit
from xiaomi_timeline.core.geometry.layout import LaneModel
from xiaomi_timeline.core.query import STATUSES
from xiaomi_timeline.core.schema import Event, text_in
from xiaomi_timeline.ui.timeline.palette import STATUS_LABELS


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
            size = f"{len(lane.members)} event{'s' if len(lane.members) != 1 else ''}"
            return (
                f"{lane.label}\n{lane.sublabel} · {size}"
                if lane.sublabel
                else (f"{lane.label}\n{size}")
            )
    return ""


def era_tooltip(era: EraSpan) -> str:
    """An era's name, period and description."""
    lines = [era.title, era.when]
    if era.description:
        lines.append(era.description)
    return "\n".join(lines)


def hit_tooltip(hit: Hit, model: LaneModel, event: Event | None, language: str) -> str:
    """What ``hit`` is: an edge arrow, a vague-date band, a cluster, or ``event``."""
    if hit.kind == "edge" and hit.edge is not None:
        where = "earlier" if hit.edge.side == "left" else "later"
        count = hit.edge.count
        return (
            f"{count} {where} event{'s' if count != 1 else ''} in this lane"
            "\nClick to go to the nearest"
        )
    if hit.kind == "cluster" and hit.cluster is not None and hit.cluster.vague:
        return f"{hit.cluster.label}\nClick to zoom out and see them"
    if hit.kind == "cluster" and hit.cluster is not None:
        first = PartialDate(*civil_of(int(hit.cluster.start // 1)))
        last = PartialDate(*civil_of(int((hit.cluster.end - 1) // 1)))
        # The events' own span (a bar counts what may begin in its bin; some last longer)
        return (
            f"{hit.cluster.count} events, together spanning "
            f"{format_range(first, last, language)}\nClick to zoom in"
        )
    if event is None:
        return ""
    end = PartialDate.parse(event.end) if event.end else None
    when = format_range(PartialDate.parse(event.start), end, language)
    status = STATUS_LABELS[STATUSES[int(model.geometry.status[hit.index])]]
    return f"{text_in(event.title, language)}\n{when} · {status}"
