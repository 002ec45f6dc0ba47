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
#      the frozen executable, accepted by desktop-file-validate (installed by
#      tools/install_system_deps.sh when run as root; if missing, the summary says so);
#   6. the folder carries LICENSE and THIRD_PARTY_NOTICES.txt (at its top and in _internal),
#      the notices cover every runtime component, Python and the system libraries, and Qt's
#      libraries are separate files under _internal/PySide6/Qt/lib (as packaging/README.md says).
# It ends by printing what it measured: build time, check time, folder size and its biggest
# parts (packaging/README.md quotes no fixed numbers; this output is where they come from).
# Slow (a PyInstaller build), so not part of the default test run.
# PYTHON selects the interpreter that has PyInstaller (default: the one on PATH).
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-python3}
DIST="$ROOT/dist"
APP="$DIST/xiaomi-timeline/xiaomi-timeline"
OUT="$ROOT/out/frozen-check"

FOLDER="$DIST/xiaomi-timeline"
INTERNAL="$FOLDER/_internal"

cd "$ROOT"
echo "== system packages (desktop-file-validate)"
sh tools/install_system_deps.sh

build_time="not measured (--no-build)"
if [ "${1:-}" != "--no-build" ]; then
    echo "== building the frozen app (PyInstaller)"
    started=$(date +%s)
    "$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" \
        --workpath "$ROOT/build/pyinstaller" packaging/xiaomi-timeline.spec
    build_time="$(($(date +%s) - started)) s"
fi
[ -x "$APP" ] || { echo "FAIL: $APP was not built" >&2; exit 1; }
checks_started=$(date +%s)

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
    entry_check="accepted by desktop-file-validate"
else
    entry_check="NOT VALIDATED: desktop-file-validate is missing (Debian: desktop-file-utils)"
    echo "WARNING: launcher entry $entry_check" >&2
fi

echo "== licences and notices"
for place in "$FOLDER" "$INTERNAL"; do
    cmp -s LICENSE "$place/LICENSE" || { echo "FAIL: $place/LICENSE is not LICENSE" >&2; exit 1; }
    [ -s "$place/THIRD_PARTY_NOTICES.txt" ] || { echo "FAIL: no $place/THIRD_PARTY_NOTICES.txt" >&2; exit 1; }
done
"$PYTHON" tools/make_notices.py --bundle --verify "$FOLDER/THIRD_PARTY_NOTICES.txt"
"$PYTHON" - "$INTERNAL" <<'EOF'
import sys
from importlib import metadata

from xiaomi_timeline.core.components import canonical, runtime_components

bundled = {canonical(d.metadata["Name"]) for d in metadata.distributions(path=[sys.argv[1]])}
missing = [c.name for c in runtime_components() if canonical(c.name) not in bundled]
if missing:
    sys.exit(f"FAIL: the folder lacks the metadata of {', '.join(missing)} (About lists it)")
print(f"metadata of {len(bundled)} distributions in the folder, for the About dialog")
EOF
QT_LIB="$INTERNAL/PySide6/Qt/lib"
ls "$QT_LIB"/libQt6Core.so.* >/dev/null 2>&1 || { echo "FAIL: no libQt6Core in $QT_LIB" >&2; exit 1; }
echo "Qt libraries, replaceable: $(ls "$QT_LIB" | grep -c '^libQt6.*\.so') files in ${QT_LIB#"$ROOT"/}"

megabytes() { du -smc "$@" 2>/dev/null | tail -n 1 | cut -f 1; }
echo "== measured"
echo "frozen build: $build_time ($(nproc) cores)"
echo "checks of the built app: $(($(date +%s) - checks_started)) s"
echo "folder: $(megabytes "$FOLDER") MB (${FOLDER#"$ROOT"/})"
echo "  Qt and PySide6: $(megabytes "$INTERNAL/PySide6" "$INTERNAL/shiboken6") MB"
echo "  numpy with OpenBLAS: $(megabytes "$INTERNAL/numpy" "$INTERNAL/numpy.libs") MB"
echo "  Python: $(megabytes "$INTERNAL"/libpython* "$INTERNAL"/python3* "$INTERNAL/base_library.zip") MB"
echo "launcher entry: $entry_check"
echo "OK: frozen app at $APP validates, prints the schema, renders, exports, installs its launcher and carries its licences"
