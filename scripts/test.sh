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
# The tests run in this one process. TEST_WORKERS=auto (or a number) spreads them over
# processes with pytest-xdist, a file's tests in one process: faster on two cores, not yet
# the default (a whole run under it aborted until a PDF export stopped leaving a process an
# application object no window could use; see docs/benchmarks.md, the suite's run time).
.venv/bin/pytest -n "${TEST_WORKERS:-0}" --dist loadfile "$@"
