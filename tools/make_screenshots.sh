#!/usr/bin/env bash
# Remake docs/screenshots/*-id.png and *-zh_CN.png: main window, the detail pane of a disputed
# event, the export dialog, the exported PNG and the print preview in each interface language
# (offscreen).
#
#   bash tools/make_screenshots.sh [--language id|zh_CN|en]... [--out FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$VENV/bin/python" tools/make_screenshots.py "$@"
