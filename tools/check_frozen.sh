#!/bin/sh
# Build the frozen (PyInstaller one-folder) app and check that it really works.
#
#   tools/check_frozen.sh [--no-build]
#
# Checks, on the built dist/xiaomi-timeline/xiaomi-timeline, with no Python environment:
#   1. `validate` of the built-in data set exits 0 (resources travelled with the build);
#   2. `schema` prints the JSON Schema;
#   3. `--screenshot` renders the main window offscreen into a PNG that is not blank;
#   4. `export` writes a PNG, an SVG and a PDF;
#   5. `--install-desktop-entry` into a scratch XDG data folder writes an entry whose Exec is
#      the frozen executable, accepted by desktop-file-validate (when installed).
# Slow (a PyInstaller build takes a minute or more), so not part of the default test run.
# PYTHON selects the interpreter that has PyInstaller (default: the one on PATH).
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-python3}
DIST="$ROOT/dist"
APP="$DIST/xiaomi-timeline/xiaomi-timeline"
OUT="$ROOT/out/frozen-check"

cd "$ROOT"
if [ "${1:-}" != "--no-build" ]; then
    echo "== building the frozen app (PyInstaller)"
    "$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" \
        --workpath "$ROOT/build/pyinstaller" packaging/xiaomi-timeline.spec
fi
[ -x "$APP" ] || { echo "FAIL: $APP was not built" >&2; exit 1; }
du -sh "$DIST/xiaomi-timeline"

rm -rf "$OUT"
mkdir -p "$OUT"
# A scratch home: the check must not read or write the user's settings or launcher entries,
# and no Python path may leak into the frozen app.
export XIAOMI_TIMELINE_HOME="$OUT/home"
export QT_QPA_PLATFORM=offscreen
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV

echo "== validate (built-in data set)"
(cd "$OUT" && "$APP" validate)

echo "== schema"
(cd "$OUT" && "$APP" schema) > "$OUT/schema.json"
grep -q '"\$schema"' "$OUT/schema.json" || { echo "FAIL: schema printed no JSON Schema" >&2; exit 1; }

echo "== --screenshot (offscreen)"
(cd "$OUT" && "$APP" --screenshot "$OUT/frozen.png" --size 1280x800)
"$PYTHON" - "$OUT/frozen.png" <<'EOF'
import sys

from PySide6.QtGui import QImage

image = QImage(sys.argv[1])
if image.isNull():
    sys.exit(f"FAIL: {sys.argv[1]} is not a readable image")
colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
print(f"{sys.argv[1]}: {image.width()}x{image.height()}, {len(colours)} sampled colours")
if len(colours) < 8:
    sys.exit("FAIL: the screenshot is blank")
EOF

echo "== export png, svg, pdf (Qt modules imported lazily must be in the build)"
(cd "$OUT" && "$APP" export --format png -o "$OUT/t.png" && "$APP" export --format svg -o "$OUT/t.svg" \
    && "$APP" export --format pdf -o "$OUT/t.pdf")
head -c 8 "$OUT/t.png" | grep -q PNG || { echo "FAIL: t.png is not a PNG" >&2; exit 1; }
grep -q "<svg" "$OUT/t.svg" || { echo "FAIL: t.svg is not an SVG" >&2; exit 1; }
[ "$(head -c 4 "$OUT/t.pdf")" = "%PDF" ] || { echo "FAIL: t.pdf is not a PDF" >&2; exit 1; }

echo "== --install-desktop-entry"
(cd "$OUT" && "$APP" --install-desktop-entry)
ENTRY="$XIAOMI_TIMELINE_HOME/data/applications/io.github.xiaomi_ai_timeline.XiaomiAITimeline.desktop"
grep -q "^Exec=$APP %f\$" "$ENTRY" || { echo "FAIL: Exec in $ENTRY is not $APP" >&2; exit 1; }
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$ENTRY"
fi

echo "OK: frozen app at $APP validates, prints the schema, renders, exports and installs its launcher"
