#!/usr/bin/env bash
# Set up, then run the whole test suite: lint (with a complexity cap), format check, type
# check (the UI included), import contracts (the layering), tests (on every processor).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
.venv/bin/ruff check tracker tests scripts bench
.venv/bin/ruff format --check tracker tests scripts bench
.venv/bin/mypy
.venv/bin/lint-imports --no-cache >/dev/null || .venv/bin/lint-imports --no-cache
# The tests run in one process per processor (pytest-xdist; TEST_WORKERS=0 runs them in this
# one), a file's tests in one process: what a module builds once for all its tests (a
# module-scoped fixture, a cached function: a corpus read, a database imported) is built
# once, not once in each process.
.venv/bin/pytest -n "${TEST_WORKERS:-auto}" --dist loadfile "$@"
