"""Render the app icon's PNG, ICO and ICNS files from the SVG master.

Usage: ``python tools/make_icons.py [--check]``

The generated files are committed (they are small) so that neither the wheel build nor a
PyInstaller build needs Qt at build time. ``--check`` renders into memory and exits 1 when a
committed file is missing or no longer matches the master (run it after editing the SVG).

ICO and ICNS are written here rather than by Qt's image plugins: both containers simply hold
PNG streams (ICO since Windows Vista, ICNS since macOS 10.7), which keeps every size sharp and
the output byte-for-byte reproducible with a given Qt; ``--check`` compares pixels, so another
Qt release's slightly different antialiasing does not count as stale.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from xiaomi_timeline import APP_ID  # noqa: E402

ICON_DIR = ROOT / "resources" / "icons"
# --check tolerates this mean difference per colour channel (0-255): antialiasing, not edits.
MAX_MEAN_DIFFERENCE = 1.0
MASTER = ICON_DIR / "xiaomi-ai-timeline.svg"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (Apple's "icns" type codes).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"ic11", 32),
    (b"icp5", 32),
    (b"ic12", 64),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic13", 256),
    (b"ic08", 256),
    (b"ic14", 512),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def hicolor_png(size: int) -> Path:
    """Where the PNG of one size lives, laid out like an XDG icon theme."""
    return ICON_DIR / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """Render the master at size x size pixels and return PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 6.11's stubs say bytes, but only str is accepted at run time.
    png = image.convertToFormat(QImage.Format.Format_ARGB32)
    if not png.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise RuntimeError(f"could not encode the {size}px icon as PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG stream per size (0 in the directory means 256)."""
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = len(header) + 16 * len(ICO_SIZES)
    entries, blobs = [], []
    for size in ICO_SIZES:
        blob = pngs[size]
        side = 0 if size >= 256 else size
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return header + b"".join(entries) + b"".join(blobs)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: big-endian (type, length) elements, each holding a PNG stream."""
    body = b"".join(
        code + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for code, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def expected_files() -> dict[Path, bytes]:
    """Every generated file and the bytes it should hold."""
    renderer = QSvgRenderer(str(MASTER))
    if not renderer.isValid():
        raise RuntimeError(f"{MASTER} is not a valid SVG")
    sizes = sorted({*HICOLOR_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: render_png(renderer, size) for size in sizes}
    files = {hicolor_png(size): pngs[size] for size in HICOLOR_SIZES}
    files[ICON_DIR / "xiaomi-ai-timeline.ico"] = ico_bytes(pngs)
    files[ICON_DIR / "xiaomi-ai-timeline.icns"] = icns_bytes(pngs)
    return files


def png_streams(data: bytes) -> list[bytes]:
    """The PNG images in a PNG, ICO or ICNS file, in file order."""
    if data.startswith(b"icns"):
        streams, offset = [], 8
        while offset < len(data):
            (length,) = struct.unpack(">I", data[offset + 4 : offset + 8])
            streams.append(data[offset + 8 : offset + length])
            offset += length
        return streams
    if data[:4] == b"\0\0\1\0":
        (count,) = struct.unpack("<H", data[4:6])
        entries = [struct.unpack("<II", data[14 + 16 * i : 22 + 16 * i]) for i in range(count)]
        return [data[offset : offset + length] for length, offset in entries]
    return [data]


def looks_the_same(old: bytes, new: bytes) -> bool:
    """Same images, allowing the tiny antialiasing changes of another Qt release."""
    old_pngs, new_pngs = png_streams(old), png_streams(new)
    if len(old_pngs) != len(new_pngs):
        return False
    for old_png, new_png in zip(old_pngs, new_pngs, strict=True):
        a, b = QImage.fromData(old_png), QImage.fromData(new_png)
        if a.isNull() or a.size() != b.size():
            return False
        a = a.convertToFormat(QImage.Format.Format_RGBA8888)
        b = b.convertToFormat(QImage.Format.Format_RGBA8888)
        pixels_a = bytes(a.constBits())[: a.sizeInBytes()]
        pixels_b = bytes(b.constBits())[: b.sizeInBytes()]
        difference = sum(abs(x - y) for x, y in zip(pixels_a, pixels_b, strict=True))
        if difference > len(pixels_a) * MAX_MEAN_DIFFERENCE:
            return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    args = parser.parse_args(argv)
    stale = []
    for path, data in expected_files().items():
        old = path.read_bytes() if path.is_file() else None
        if old == data or (args.check and old is not None and looks_the_same(old, data)):
            continue
        if args.check:
            stale.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)} ({len(data)} bytes)")
    for path in stale:
        print(f"stale or missing: {path.relative_to(ROOT)}", file=sys.stderr)
    if stale:
        print("run: python tools/make_icons.py", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
