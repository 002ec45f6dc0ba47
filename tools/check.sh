#!/usr/bin/env bash
# The one command that installs everything the tests need and runs every check.
#
#   bash tools/check.sh [extra pytest args]
#
# 1. Debian packages Qt needs offscreen (and the desktop-file validators), where missing.
# 2. A virtualenv in .venv with the app and its dev extras (ruff, mypy, import-linter, vulture,
#    pytest-qt).
# 3. Lint and format (ruff), types (mypy strict, package and tests), the import contracts
#    (import-linter), dead code (vulture), then the test suite.
# Fails on the first failing step.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}

step() { printf '\n== %s\n' "$*"; }

step "system packages"
sh tools/install_system_deps.sh

step "python environment ($VENV)"
if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip >/dev/null 2>&1 || true
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e '.[dev]'

step "lint and format (ruff)"
"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check .
step "types (mypy --strict, package and tests)"
"$VENV/bin/mypy"
step "contracts: layers, no cycles, core stays Qt-free (import-linter)"
"$VENV/bin/lint-imports"
step "dead code (vulture)"
"$VENV/bin/vulture"

step "tests (pytest, Qt offscreen)"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
"$VENV/bin/python" -m pytest "$@"
