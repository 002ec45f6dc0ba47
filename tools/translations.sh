#!/usr/bin/env bash
# The interface's translations: extract the GUI's strings into the .ts catalogues, compile .qm.
#
#   bash tools/translations.sh            update the .ts files from the code, then compile them
#   bash tools/translations.sh --compile  only compile the .ts files to .qm
#
# pyside6-lupdate finds tr(), QCoreApplication.translate() and QT_TRANSLATE_NOOP() calls in
# the package and merges new strings into resources/translations/xiaomi_timeline_<lang>.ts
# (new ones marked unfinished: translate them, e.g. in pyside6-linguist, before committing);
# the English catalogue holds only plural forms ("1 event" / "%n events"). pyside6-lrelease
# compiles every .ts (qt_extra_id.ts is written by hand: Qt ships no Indonesian for its own
# dialogs) to the .qm files the app loads; they are committed so the wheel and the frozen app
# carry them without Qt's tools at build time. Both tools come with PySide6-Essentials.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
FOLDER=resources/translations
LANGUAGES="id zh_CN"

if [ "${1:-}" != "--compile" ]; then
    mapfile -t sources < <(find xiaomi_timeline -name '*.py' | LC_ALL=C sort)
    catalogs=()
    for lang in $LANGUAGES; do
        catalogs+=("$FOLDER/xiaomi_timeline_$lang.ts")
    done
    "$VENV/bin/pyside6-lupdate" -silent -locations none -no-obsolete "${sources[@]}" \
        -source-language en -ts "${catalogs[@]}"
    "$VENV/bin/pyside6-lupdate" -silent -locations none -no-obsolete -pluralonly "${sources[@]}" \
        -source-language en -target-language en -ts "$FOLDER/xiaomi_timeline_en.ts"
fi
for ts in "$FOLDER"/*.ts; do
    "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
