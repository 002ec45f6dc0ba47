"""What a frame draws: the scene (lanes, window, colours, selection) and the texts it shows.

The scene is an immutable value: the canvas makes a new one for every state it shows, and
export makes one for the whole span. Measuring and laying out text is the costly part of a
frame, so :class:`LabelTexts` keeps what it measured for its lane model, and short repeated
texts (ticks, lane names) are kept in bounded caches.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from PySide6.QtCore import QPointF, QRectF, Qt, QTextBoundaryFinder
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QStaticText, QTextLayout

from xiaomi_timeline.core.arrays import distinct
from xiaomi_timeline.core.caching import BoundedCache
from xiaomi_timeline.core.geometry.eras import EraSpan
from xiaomi_timeline.core.geometry.layout import LaneModel, LayoutMetrics
from xiaomi_timeline.core.geometry.packing import WRAP_SLACK
from xiaomi_timeline.core.geometry.timescale import TimeScale
from xiaomi_timeline.ui.text_direction import ellipsis_inside
from xiaomi_timeline.ui.text_shaping import is_simple, unshaped
from xiaomi_timeline.ui.timeline.palette import TimelinePalette

log = logging.getLogger(__name__)

GUTTER = 170.0
"""Width of the lane header column at the left (it stays put while the time axis pans)."""
RIGHT_PAD = 12.0
ELIDE_STEP = 8
"""Elided labels are cut at multiples of this many pixels (see :meth:`LabelTexts.elided`)."""


def label_font(pixel_size: int = 13, *, bold: bool = False) -> QFont:
    """Fonts sized in pixels, so screen, image, SVG and PDF lay out identically."""
    font = QFont()
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    return font


_FIXED = 64
"""Qt lays text out in 26.6 fixed point: every advance is a whole number of 64ths."""
_SIMPLE = 0x250
"""Characters below U+0250 (Latin, Latin-1, Latin Extended) are measured in batches; text
with anything else (other scripts, combining marks, emoji) is left to Qt."""
_UNKNOWN = np.iinfo(np.int32).min
_ELLIPSIS = "\u2026"
SHOWN_LIMIT = 20_000
"""Events whose title, font and width :meth:`LabelTexts.shown` keeps at hand (it starts
over beyond)."""
BATCH_MIN = 24
"""Fewer new titles than this are measured by Qt one by one (a batch has a fixed cost)."""


class TextMeasure:
    """Widths and right-elisions of many titles at once, equal to Qt's, for one font.

    Qt measures one string at a time, and a new view shows many titles never measured. Qt
    lays simple Latin text out as one glyph per character, each advancing by its own width
    plus its kerning with the next (a ligature such as "fi" is one glyph: its width goes to
    the first character). So, with each character's advance and each pair's kerning asked of
    Qt once, a batch of titles is measured in numpy as sums of integers in 64ths of a pixel;
    elision cuts where Qt's does. A self-check on first use compares both with Qt; if the
    font disagrees (no ellipsis glyph, say), everything goes to Qt."""

    def __init__(self, font: QFont) -> None:
        self.font = font
        self.metrics = QFontMetricsF(font)
        self._advance = np.full(_SIMPLE, _UNKNOWN, np.int64)
        self._advance[0] = 0  # the NUL after each title
        self._kern = np.full(_SIMPLE * _SIMPLE, _UNKNOWN, np.int32)
        self._kern[:_SIMPLE] = 0
        self._kern[::_SIMPLE] = 0
        self._ligature = np.zeros(_SIMPLE * _SIMPLE, bool)
        self._ellipsis = round(self.metrics.horizontalAdvance(_ELLIPSIS) * _FIXED)
        self._fast: bool | None = None
        """Whether batches agree with Qt: checked on first use (None until then)."""

    @property
    def batched(self) -> bool:
        """Whether this font's simple text is measured in batches (else by Qt, one string
        at a time: the results are the same)."""
        return self._check() if self._fast is None else self._fast

    def _check(self) -> bool:
        self._fast = True
        probe = ["Wolf fighting AVA, Tokyo. Office affiliates fly; T.Y. Vo", "ab", "x"]
        widths = (8, 24, 80, 150, 400)
        self._fast = self.widths(probe) == [self.metrics.horizontalAdvance(t) for t in probe]
        self._fast = self._fast and all(
            self.elided([t] * len(widths), widths)
            == [self.metrics.elidedText(t, Qt.TextElideMode.ElideRight, w) for w in widths]
            for t in probe
        )
        if not self._fast:
            log.info("text of font %s is measured by Qt one string at a time", self.font.key())
        return self._fast

    def widths(self, texts: Sequence[str]) -> list[float]:
        """``QFontMetricsF.horizontalAdvance`` of each text."""
        out = [0.0] * len(texts)
        simple = self._simple(texts)
        if simple:
            order = sorted(simple)
            shares, starts, pairs = self._shares([texts[n] for n in order])
            chained = self._chained(pairs, starts)
            totals = np.add.reduceat(shares, starts).tolist()
            for k, n in enumerate(order):
                if k not in chained:
                    out[n] = totals[k] / _FIXED
                else:
                    simple.discard(n)
        for n, text in enumerate(texts):
            if n not in simple:
                out[n] = self.metrics.horizontalAdvance(text)
        return out

    def split_widths(
        self, texts: Sequence[str], splits: Sequence[Sequence[tuple[int, int]]]
    ) -> list[list[tuple[float, float]] | None]:
        """For each text and each ``(end, start)`` of its ``splits``, the widths of
        ``text[:end]`` and ``text[start:]`` as Qt measures them; None for a text that is not
        measured in batches (Qt must measure its parts, see :meth:`widths`)."""
        out: list[list[tuple[float, float]] | None] = [None] * len(texts)
        simple = sorted(self._simple(texts))
        if not simple:
            return out
        shares, starts, pairs = self._shares([texts[n] for n in simple])
        chained = self._chained(pairs, starts)
        cum = np.concatenate(([0], np.cumsum(shares)))
        counts = [len(splits[n]) for n in simple]
        offset = np.repeat(starts, counts)
        ends = np.repeat(starts + [len(texts[n]) for n in simple], counts)
        cut = offset + np.array([end for n in simple for end, _ in splits[n]], np.intp)
        start = offset + np.array([start for n in simple for _, start in splits[n]], np.intp)
        kern = self._kern[pairs[np.maximum(cut - 1, offset)]]
        first = (np.where(cut > offset, cum[cut] - cum[offset] - kern, 0) / _FIXED).tolist()
        rest = ((cum[ends] - cum[start]) / _FIXED).tolist()
        at = 0
        for k, (n, count) in enumerate(zip(simple, counts, strict=True)):
            if k not in chained:
                out[n] = list(zip(first[at : at + count], rest[at : at + count], strict=True))
            at += count
        return out

    def _chained(self, pairs: NDArray[np.int64], starts: NDArray[np.intp]) -> set[int]:
        """Texts (by batch position) where three characters make one glyph ("ffi"): their
        glyph's width is not a sum of pairs, so Qt measures them."""
        ligatures = np.flatnonzero(self._ligature[pairs])
        if len(ligatures) < 2:
            return set()
        chained = ligatures[:-1][np.diff(ligatures) == 1]
        return set((np.searchsorted(starts, chained, side="right") - 1).tolist())

    def elided(self, texts: Sequence[str], widths: Sequence[int]) -> list[str]:
        """``QFontMetricsF.elidedText(text, ElideRight, width)`` of each text, for whole-pixel
        widths: the longest prefix that fits beside an ellipsis, cut between characters."""
        out = list(texts)
        simple = self._simple(texts)
        order = sorted(simple)
        if order:
            shares, starts, pairs = self._shares([texts[n] for n in order])
            chained = self._chained(pairs, starts)
            totals = np.add.reduceat(shares, starts).tolist()
            rooms = [int(widths[n]) * _FIXED for n in order]
            cuts = self._cuts(shares, pairs, starts, rooms)
            for k, n in enumerate(order):
                text = texts[n]
                if k in chained:
                    simple.discard(n)
                elif totals[k] <= rooms[k] or len(text) <= 1:
                    out[n] = text
                elif rooms[k] < self._ellipsis:
                    out[n] = ""
                else:
                    out[n] = text[: cuts[k]] + _ELLIPSIS
        for n, text in enumerate(texts):
            if n not in simple:
                out[n] = self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, widths[n])
        return out

    def _cuts(
        self,
        shares: NDArray[np.int64],
        pairs: NDArray[np.int64],
        starts: NDArray[np.intp],
        rooms: list[int],
    ) -> list[int]:
        """Where ``QTextEngine::elidedText`` cuts each text: it adds one character's share at
        a time and stops before the one that reaches the room left beside the ellipsis, or
        before the last character."""
        ligatures = np.flatnonzero(self._ligature[pairs])
        shares = shares.copy()  # a ligature's width counts as its first character's
        shares[ligatures] += shares[ligatures + 1]
        shares[ligatures + 1] = 0
        cum = np.cumsum(shares)
        lengths = np.diff(np.append(starts, len(cum))) - 1
        before = np.concatenate(([0], cum[starts[1:] - 1]))
        need = np.repeat(before + np.array(rooms, np.int64) - self._ellipsis, lengths + 1)
        reached = cum >= need
        reached[starts + lengths] = False  # the NULs after the texts
        index = np.arange(len(cum))
        first = np.minimum.reduceat(np.where(reached, index, len(cum)), starts) - starts
        cuts: list[int] = np.minimum(first, lengths - 1).tolist()
        return cuts

    def _simple(self, texts: Sequence[str]) -> set[int]:
        if not self.batched:
            return set()
        return {n for n, text in enumerate(texts) if is_simple(text)}

    def _shares(
        self, texts: list[str]
    ) -> tuple[NDArray[np.int64], NDArray[np.intp], NDArray[np.int64]]:
        """Each character's advance plus its kerning with the next, in 64ths, for the texts
        each followed by a NUL; where each text starts; and the code of each character's
        pair with the next."""
        joined = "\0".join(texts) + "\0"
        codes = np.frombuffer(joined.encode("utf-32-le"), np.uint32).astype(np.int64)
        lengths = np.array([len(t) + 1 for t in texts], np.intp)
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        missing = distinct(codes[self._advance[codes] == _UNKNOWN])
        for code in missing.tolist():
            self._advance[code] = round(self.metrics.horizontalAdvance(chr(code)) * _FIXED)
        pairs = codes[:-1] * _SIMPLE + codes[1:]
        self._learn_pairs(distinct(pairs[self._kern[pairs] == _UNKNOWN]))
        shares = self._advance[codes]
        shares[:-1] += self._kern[pairs]
        return shares, starts, np.concatenate((pairs, [0]))

    def _learn_pairs(self, pairs: NDArray[np.int64]) -> None:
        """Kerning of new character pairs; whether they make a ligature is asked of Qt's
        shaper once for all of them (and pair by pair only if some do)."""
        if not len(pairs):
            return
        texts = [chr(p // _SIMPLE) + chr(p % _SIMPLE) for p in pairs.tolist()]
        for pair, text in zip(pairs.tolist(), texts, strict=True):
            whole = round(self.metrics.horizontalAdvance(text) * _FIXED)
            self._kern[pair] = (
                whole - self._advance[pair // _SIMPLE] - self._advance[pair % _SIMPLE]
            )
        self._find_ligatures(pairs.tolist(), texts)

    def _find_ligatures(self, pairs: list[int], texts: list[str]) -> None:
        """Mark the pairs Qt's shaper draws as one glyph: all pairs are shaped at once, and
        halves again only where some pair came out as fewer glyphs than characters."""
        if _glyph_count(" ".join(texts), self.font) >= 3 * len(texts) - 1:
            return
        if len(texts) == 1:
            self._ligature[pairs[0]] = True
            return
        half = len(texts) // 2
        self._find_ligatures(pairs[:half], texts[:half])
        self._find_ligatures(pairs[half:], texts[half:])


def _line_breaks(text: str) -> list[int]:
    """Where ``text`` may be broken onto a new line (positions inside it)."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    breaks = []
    position = finder.toNextBoundary()
    while 0 < position < len(text):
        breaks.append(position)
        position = finder.toNextBoundary()
    return breaks


def _splits(text: str) -> list[tuple[int, int]]:
    """Where the first line ends and the second starts at each of ``text``'s line breaks
    (the spaces at a break belong to neither line)."""
    out = []
    for n in _line_breaks(text):
        end = len(text[:n].rstrip())
        out.append((end, len(text) - len(text[n:].lstrip())))
    return out


def _glyph_count(text: str, font: QFont) -> int:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return sum(len(run.glyphIndexes()) for run in layout.glyphRuns())


_MEASURES: BoundedCache[str, TextMeasure] = BoundedCache("text measures by font", 16)


def text_measure(font: QFont) -> TextMeasure:
    """The shared :class:`TextMeasure` of ``font`` (what it learns serves every model)."""
    key = font.key()
    measure = _MEASURES.get(key)
    if measure is None:
        measure = _MEASURES.put(key, TextMeasure(font))
    return measure


def _same(index: int) -> int:
    return index


class TitleStore:
    """What :class:`LabelTexts` measured of titles (widths, elisions, two-line breaks,
    prepared static texts), by key. Shared by the lane models of one document in one
    language and font, keyed by each event's position in the document, it keeps a title
    measured across filter changes; it is emptied when it holds more than ``limit`` texts."""

    def __init__(self, limit: int = 20_000) -> None:
        self.limit = limit
        self.widths: dict[int, float] = {}
        self.elided: dict[tuple[int, int], str] = {}
        self.static: dict[tuple[int, str], QStaticText] = {}
        self.seen: set[tuple[int, str]] = set()
        self.wrapped: dict[int, tuple[float, str, str] | None] = {}
        """Each title's narrowest two-line break, None when it has none."""

    def trim(self) -> None:
        """Empty the store if it holds more than its limit (a long session of zooms and
        filters over a big document would otherwise keep every title it ever showed)."""
        held = len(self.widths) + len(self.elided) + len(self.static) + len(self.wrapped)
        if held > self.limit:
            for kept in (self.widths, self.elided, self.static, self.seen, self.wrapped):
                kept.clear()


class LabelTexts:
    """Titles of one lane model's events with cached widths, elisions and static texts.

    With ``unshaped_latin`` (the screen), Latin titles are measured and drawn in
    :func:`unshaped` ``font`` (cheaper, and a new view draws many titles never drawn
    before), other titles in ``font`` itself; :meth:`font_of` says which. Export keeps every
    title shaped: SVG and PDF viewers lay the text out again themselves.

    What it measures is kept in a :class:`TitleStore`: its own, or one shared by the lane
    models of one document (``key`` then says which of the document's titles an index
    shows), so a filter change measures only titles not measured before."""

    def __init__(
        self,
        title: Callable[[int], str],
        font: QFont,
        *,
        unshaped_latin: bool = False,
        store: TitleStore | None = None,
        key: Callable[[int], int] | None = None,
    ) -> None:
        self.title = title
        self.font = font
        self.metrics = QFontMetricsF(font)
        self.latin_font = unshaped(font) if unshaped_latin else font
        self._latin_metrics = QFontMetricsF(self.latin_font)
        store = store if store is not None else TitleStore()
        store.trim()
        self._key: Callable[[int], int] = key if key is not None else _same
        self._widths = store.widths
        self._elided = store.elided
        self._static = store.static
        self._seen = store.seen
        self._wrapped = store.wrapped
        self._text_widths: dict[str, float] = {}
        self._shown: dict[int, tuple[int, str, QFont, float]] = {}

    def font_of(self, index: int) -> QFont:
        """The font event ``index``'s title is measured and drawn in."""
        return self.latin_font if is_simple(self.title(index)) else self.font

    def _metrics_of(self, title: str) -> QFontMetricsF:
        return self._latin_metrics if is_simple(title) else self.metrics

    def width(self, index: int) -> float:
        key = self._key(index)
        width = self._widths.get(key)
        if width is None:
            title = self.title(index)
            width = self._widths[key] = self._metrics_of(title).horizontalAdvance(title) + 1
        return width

    def widths(self, indices: Sequence[int]) -> list[float]:
        """:meth:`width` of many events; new Latin titles are measured in one batch."""
        known, key_of = self._widths, self._key
        keys = [key_of(i) for i in indices]
        new = {k: i for i, k in zip(indices, keys, strict=True) if k not in known}
        latin = [(k, title) for k, i in new.items() if is_simple(title := self.title(i))]
        if len(latin) >= BATCH_MIN:
            measured = text_measure(self.latin_font).widths([title for _, title in latin])
            known.update(zip([k for k, _ in latin], [w + 1 for w in measured], strict=True))
        return [known.get(k) or self.width(i) for i, k in zip(indices, keys, strict=True)]

    def warm(self, count: int, sample: int = 1500) -> None:
        """Measure a sample of the ``count`` titles now (while a big document loads), so the
        character pairs they use are known before the first frames need them."""
        if count >= BATCH_MIN:
            step = max(1, count // sample)
            self.widths(range(0, count, step))

    def text_width(self, text: str) -> float:
        width = self._text_widths.get(text)
        if width is None:
            width = self._text_widths[text] = self.metrics.horizontalAdvance(text)
        return width

    def elided(self, index: int, width: float) -> str:
        """The title cut to ``width`` (the whole title, without asking Qt, when it fits).
        Widths are rounded down to steps of ``ELIDE_STEP`` px: while panning, a label's
        room changes by a pixel or two every frame, and each new width would mean a new
        elision and new glyphs to lay out for the same few letters."""
        if width >= self.width(index) - 1:
            return self.title(index)
        return self._cut(self._key(index), index, width)

    def _cut(self, key: int, index: int, width: float) -> str:
        """:meth:`elided` of a title too wide for ``width`` (``key`` names it in the store;
        the title is asked for only if it was not cut to that width before)."""
        cut = (key, int(width) // ELIDE_STEP * ELIDE_STEP)
        text = self._elided.get(cut)
        if text is None:
            title = self.title(index)
            text = self._metrics_of(title).elidedText(
                title, Qt.TextElideMode.ElideRight, float(cut[1])
            )
            text = self._elided[cut] = ellipsis_inside(text)
        return text

    def wrapped(self, index: int, width: float) -> tuple[float, str, str] | None:
        """The title on two lines no wider than ``width`` (broken where the Unicode line
        breaking rules allow: at spaces, between Chinese characters, never inside a word,
        at the break that makes the wider line narrowest), with that wider line's width;
        None when two lines are not enough. The narrowest break does not depend on
        ``width``, so it is found once per title (see :meth:`prepare_wraps`)."""
        key = self._key(index)
        if key not in self._wrapped:
            self.prepare_wraps([index])
        best = self._wrapped[key]
        return best if best is not None and best[0] <= width + WRAP_SLACK else None

    def wrap_width(self, index: int, width: float) -> float:
        """How wide :meth:`wrapped` makes the title's two lines, or 0 if it cannot."""
        lines = self.wrapped(index, width)
        return lines[0] if lines is not None else 0.0

    def wrap_widths(self, indices: Sequence[int]) -> list[float]:
        """The narrowest two lines of each title (:meth:`wrapped` with unlimited width; 0
        when the title cannot be broken), new Latin titles measured in one batch."""
        self.prepare_wraps(indices)
        wrapped, key_of = self._wrapped, self._key
        return [lines[0] if (lines := wrapped[key_of(i)]) is not None else 0.0 for i in indices]

    def prepare_wraps(self, indices: Sequence[int]) -> None:
        """Find the narrowest two-line break of the titles not broken before: the widths
        of both lines at every break of Latin titles come from one :class:`TextMeasure`
        batch (sums of the characters' shares), the rest from Qt."""
        key_of = self._key
        new_keys = {k: i for i in indices if (k := key_of(i)) not in self._wrapped}
        if not new_keys:
            return
        new = list(new_keys.values())
        titles = [self.title(i) for i in new]
        splits = [_splits(title) for title in titles]
        measured: list[list[tuple[float, float]] | None] = [None] * len(new)
        if len(new) >= BATCH_MIN // 4:
            measured = text_measure(self.latin_font).split_widths(titles, splits)
        for k, title, cuts, batched in zip(new_keys, titles, splits, measured, strict=True):
            widths = batched if batched is not None else self._line_widths(title, cuts)
            best: tuple[float, str, str] | None = None
            for (end, start), (first, second) in zip(cuts, widths, strict=True):
                wider = max(first, second) + 1
                if best is None or wider < best[0]:
                    best = (wider, title[:end], title[start:])
            self._wrapped[k] = best

    def _line_widths(self, title: str, cuts: list[tuple[int, int]]) -> list[tuple[float, float]]:
        metrics = self._metrics_of(title)
        advance = metrics.horizontalAdvance
        return [(advance(title[:end]), advance(title[start:])) for end, start in cuts]

    def prepare_elided(self, labels: Sequence[tuple[int, float]]) -> None:
        """Elide the titles of many ``(index, width)`` labels at once (what :meth:`elided`
        then returns): a frame of new labels costs one batch instead of one call each."""
        key_of, shown = self._key, self._shown
        wanted: dict[tuple[int, int], int] = {}
        for i, w in labels:
            known = shown.get(i)  # drawn before: its key and width at hand
            key, full = (key_of(i), self.width(i)) if known is None else (known[0], known[3])
            if w < full - 1:
                wanted[(key, int(w) // ELIDE_STEP * ELIDE_STEP)] = i
        new = [
            (key, i)
            for key, i in wanted.items()
            if key not in self._elided and is_simple(self.title(i))
        ]
        if len(new) >= BATCH_MIN:
            titles = [self.title(i) for _, i in new]
            texts = text_measure(self.latin_font).elided(titles, [key[1] for key, _ in new])
            self._elided.update(zip([key for key, _ in new], texts, strict=True))

    def static(self, index: int, width: float) -> QStaticText | None:
        """The label as a prepared QStaticText, or None the first time it is asked for:
        preparing costs more than drawing once, and a zoom that turns clusters into events
        shows hundreds of labels never seen before. Keyed by the text, so a label that keeps
        its text across zooms keeps its glyphs."""
        return self.label(index, width)[0]

    def label(self, index: int, width: float) -> tuple[QStaticText | None, str]:
        """:meth:`static` and the text it shows (:meth:`elided`), worked out once."""
        _, _, static, text = self.shown(index, width)
        return static, text

    def shown(self, index: int, width: float) -> tuple[QFont, float, QStaticText | None, str]:
        """What the painter needs of event ``index``'s one-line label ``width`` wide: the
        font (:meth:`font_of`), the whole title's width (:meth:`width`) and :meth:`label`.
        What depends on the title alone is looked up once per event, not several times a
        label every frame."""
        known = self._shown.get(index)
        if known is None:
            if len(self._shown) >= SHOWN_LIMIT:
                self._shown.clear()
            title = self.title(index)
            known = (self._key(index), title, self.font_of(index), self.width(index))
            self._shown[index] = known
        key, title, font, full = known
        text = title if width >= full - 1 else self._cut(key, index, width)
        static = self._static.get((key, text))
        if static is None:
            if (key, text) not in self._seen:
                self._seen.add((key, text))
                return font, full, None, text
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=font)
            self._static[(key, text)] = static
        return font, full, static, text


@dataclass(frozen=True, eq=False)
class TimelineScene:
    """What to draw: the lanes, the visible window, colours, texts and the selection."""

    model: LaneModel
    scale: TimeScale
    texts: LabelTexts
    palette: TimelinePalette
    category_colors: Sequence[QColor]
    category_labels: Sequence[str]
    language: str = "en"
    selected: int | None = None
    hovered: int | None = None
    vscroll: float = 0.0
    scroll_hint: bool = True
    """Show that the lanes scroll (the screen; a page continues them on the next one)."""
    title: str = ""
    subtitle: str = ""
    legend: bool = True
    legend_compact: bool = False
    """Short legend words (the screen, where tooltips explain more)."""
    legend_lines: int = 0
    """At most this many legend lines, the rest folded behind a "More" entry (0: no limit)."""
    legend_categories: bool = True
    """List categories in the legend (not needed when the lanes are the categories)."""
    static_text: bool = True
    """Draw from cached pixmaps and static texts (the screen; vector export draws text)."""
    focused: bool = False
    search_terms: tuple[str, ...] = ()
    """The free-text search's words, marked where labels show them."""
    metrics: LayoutMetrics = field(default_factory=LayoutMetrics)
    eras: tuple[EraSpan, ...] = ()
    """The document's eras, drawn as labelled bands behind the events."""
    small_font: QFont = field(default_factory=lambda: label_font(11))
    header_font: QFont = field(default_factory=lambda: label_font(13, bold=True))


def strip(rect: QRectF) -> tuple[float, float]:
    """``(x0, width)`` of the time strip inside ``rect`` (right of the lane headers)."""
    return rect.left() + GUTTER, max(1.0, rect.width() - GUTTER - RIGHT_PAD)


_ShortKey = tuple[str, int, bool]
_ELIDED: BoundedCache[tuple[str, int, bool, int], str] = BoundedCache("elided short texts", 20_000)
_SEEN: BoundedCache[_ShortKey, bool] = BoundedCache("short texts drawn once", 20_000)
_ASCENTS: BoundedCache[tuple[str, int, bool], float] = BoundedCache("font ascents", 64)
_STATIC_TEXTS: BoundedCache[_ShortKey, QStaticText] = BoundedCache("short static texts", 4096)


def elided_text(fm: QFontMetricsF, font: QFont, text: str, width: float) -> str:
    """Elided header text, cached (headers repeat every frame)."""
    key = (text, font.pixelSize(), font.bold(), int(width))
    out = _ELIDED.get(key)
    if out is None:
        out = _ELIDED.put(key, fm.elidedText(text, Qt.TextElideMode.ElideRight, int(width)))
    return out


def draw_short_text(
    painter: QPainter, scene: TimelineScene, x: float, baseline: float, text: str, font: QFont
) -> None:
    """Short repeated text (tick labels, lane names, band texts): on screen a cached
    QStaticText once the text has been drawn before (cheaper, the same pixels), plain text
    the first time (preparing costs more than one draw) and in SVG and PDF."""
    if scene.static_text:
        key = (text, font.pixelSize(), font.bold())
        static = _STATIC_TEXTS.get(key)
        if static is None and _SEEN.get(key):
            static = static_text(text, font)
        if static is not None:
            painter.drawStaticText(QPointF(x, baseline - _ascent(font)), static)
            return
        _SEEN.put(key, True)
    painter.drawText(QPointF(x, baseline), text)


def _ascent(font: QFont) -> float:
    key = (font.family(), font.pixelSize(), font.bold())
    ascent = _ASCENTS.get(key)
    if ascent is None:
        ascent = _ASCENTS.put(key, QFontMetricsF(font).ascent())
    return ascent


def static_text(text: str, font: QFont) -> QStaticText:
    """A prepared QStaticText for short repeated text (counts, tick labels), cached."""
    key = (text, font.pixelSize(), font.bold())
    static = _STATIC_TEXTS.get(key)
    if static is None:
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(font=font)
        _STATIC_TEXTS.put(key, static)
    result: QStaticText = static
    return result
