"""Read back what a PDF written by Qt shows: each page's size and text, for tests.

Qt writes one object per font (``/F18`` is object 18) with a ToUnicode map, and draws text
as glyph codes (``<0001> Tj``); the map turns them back into characters. Only what Qt's
writer produces is understood: this is a test reader, not a general PDF parser.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass
from pathlib import Path

_OBJECT = re.compile(rb"(?m)^(\d+) 0 obj\b")
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)


@dataclass(frozen=True)
class Page:
    width_pt: float
    height_pt: float
    text: str
    links: tuple[str, ...] = ()
    """The URLs of the page's link annotations, in order."""


def _objects(data: bytes) -> dict[int, bytes]:
    starts = [(int(m.group(1)), m.end()) for m in _OBJECT.finditer(data)]
    objects = {}
    for number, start in starts:
        end = data.find(b"endobj", start)
        body = data[start:end]
        if b"stream" in body:  # endobj can occur inside binary streams: cut at endstream
            stream_end = data.find(b"endstream", start)
            end = data.find(b"endobj", stream_end)
            body = data[start:end]
        objects[number] = body
    return objects


def _stream(body: bytes) -> bytes:
    match = _STREAM.search(body)
    if match is None:
        return b""
    raw = match.group(1)
    return zlib.decompress(raw) if b"/FlateDecode" in body[: match.start()] else raw


def _unicode_map(cmap: bytes) -> dict[int, str]:
    """Glyph code -> text from a ToUnicode CMap's bfchar and bfrange sections."""
    codes: dict[int, str] = {}

    def text(hex_text: bytes) -> str:
        return bytes.fromhex(hex_text.decode()).decode("utf-16-be").replace("\t", " ")

    for section in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, value in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", section):
            codes[int(code, 16)] = text(value)
    for section in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for first, last, target in re.findall(
            rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)", section
        ):
            start, stop = int(first, 16), int(last, 16)
            if target.startswith(b"["):
                values = re.findall(rb"<([0-9A-Fa-f]+)>", target)
                for offset, value in enumerate(values):
                    codes[start + offset] = text(value)
            else:
                base = int(target[1:-1], 16)
                for offset in range(stop - start + 1):
                    codes[start + offset] = chr(base + offset)
    return codes


def read_pages(path: Path) -> list[Page]:
    """Every page of the PDF at ``path`` in order, with its size in points, its text
    (one line per text run Qt drew) and its links."""
    data = path.read_bytes()
    objects = _objects(data)
    maps: dict[bytes, dict[int, str]] = {}
    for number, body in objects.items():
        found = re.search(rb"/ToUnicode (\d+) 0 R", body)
        if found and b"/Type /Font" in body:
            maps[b"F%d" % number] = _unicode_map(_stream(objects[int(found.group(1))]))
    root = next(body for body in objects.values() if b"/Type /Pages" in body)
    kids = re.search(rb"/Kids\s*\[([^\]]*)\]", root)
    assert kids is not None
    pages = []
    for number in re.findall(rb"(\d+) 0 R", kids.group(1)):
        page = objects[int(number)]
        box = re.search(rb"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", page)
        contents = re.search(rb"/Contents (\d+) 0 R", page)
        assert box is not None and contents is not None
        pages.append(
            Page(
                float(box.group(1)),
                float(box.group(2)),
                _text(_stream(objects[int(contents.group(1))]), maps),
                _links(page, objects),
            )
        )
    return pages


def _links(page: bytes, objects: dict[int, bytes]) -> tuple[str, ...]:
    annots = re.search(rb"/Annots (\d+) 0 R", page)
    if annots is None:
        return ()
    urls = []
    for number in re.findall(rb"(\d+) 0 R", objects[int(annots.group(1))]):
        uri = re.search(rb"/S /URI\s*/URI \((.*?)\)\s*>>", objects[int(number)], re.S)
        if uri is not None:
            urls.append(uri.group(1).decode("latin-1"))
    return tuple(urls)


def _text(content: bytes, maps: dict[bytes, dict[int, str]]) -> str:
    lines: list[str] = []
    for block in re.findall(rb"BT(.*?)ET", content, re.S):
        codes: dict[int, str] = {}
        run = []
        for font, glyphs in re.findall(rb"/(F\d+) [\d.]+ Tf|<([0-9A-Fa-f]+)> Tj", block):
            if font:
                codes = maps.get(font, {})
            else:
                run += [
                    codes.get(int(glyphs[i : i + 4], 16), "?") for i in range(0, len(glyphs), 4)
                ]
        lines.append("".join(run))
    return unicodedata.normalize("NFKC", "\n".join(lines))  # "ﬁ" ligatures -> "fi"
