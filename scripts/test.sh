#!/usr/bin/env bash
# Set up, then run the whole test suite: lint (with a complexity cap), format check, type
# check (the UI included), import contracts (the layering), tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
.venv/bin/ruff check tracker tests scripts bench
.venv/bin/ruff format --check tracker tests scripts bench
.venv/bin/mypy
.venv/bin/lint-imports --no-cache >/dev/null || .venv/bin/lint-imports --no-cache
.venv/bin/pytest "$@"
