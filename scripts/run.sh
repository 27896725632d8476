#!/usr/bin/env bash
# Set up, then run the tracker on its bundled seed data: the window where there is a
# display, else the tracks' status table.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export TRACKER_DB=${TRACKER_DB:-$PWD/.data/tracker.db}
mkdir -p "$(dirname "$TRACKER_DB")"
.venv/bin/tracker status
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec .venv/bin/tracker-gui --db "$TRACKER_DB"
else
  echo
  echo "No display here, so the window was not opened. On a desktop run:"
  echo "  .venv/bin/tracker-gui --db $TRACKER_DB"
  echo "or on a headless machine: apt-get install xvfb && xvfb-run .venv/bin/tracker-gui --db $TRACKER_DB"
fi
