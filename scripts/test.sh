#!/usr/bin/env bash
# Set up, then run the whole test suite: lint, format check, type check, tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
.venv/bin/ruff check tracker tests scripts bench
.venv/bin/ruff format --check tracker tests scripts bench
.venv/bin/mypy
.venv/bin/pytest "$@"
