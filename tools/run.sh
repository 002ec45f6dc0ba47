#!/usr/bin/env bash
# Install the app into .venv (and Qt's system libraries where missing) and launch it.
#
#   bash tools/run.sh [FILE] [app options]      e.g. bash tools/run.sh --person "Luo Fuli"
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}
sh tools/install_system_deps.sh >/dev/null
if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
fi
echo "Installing Xiaomi AI Timeline into $VENV (the first run downloads Qt: a minute or two)..."
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check .
echo "Starting the app."
exec "$VENV/bin/xiaomi-timeline" "$@"
