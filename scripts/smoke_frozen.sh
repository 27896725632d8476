#!/usr/bin/env bash
# Smoke test of the frozen bundle (after scripts/build_dist.sh):
#   1. tracker-gui --self-test, offscreen, on a fresh database: the window is built on the
#      seeds imported from inside the bundle, every view renders, exit 0;
#   2. tracker status --json on a fresh database lists the three seed tracks;
#   3. tracker init --empty / tracks --json / verify work without the seeds;
#   4. tracker brief --format pdf writes a PDF (Qt inside the console program).
# Everything runs in a temporary HOME, from a temporary working directory, so neither the
# checkout nor the user's own database or settings can be used by accident.
#
#   scripts/smoke_frozen.sh [BUNDLE_DIR]     (default: dist/tracker)
set -euo pipefail
cd "$(dirname "$0")/.."

BUNDLE=$(cd "${1:-dist/tracker}" 2>/dev/null && pwd) || {
  echo "smoke_frozen: no bundle at ${1:-dist/tracker}; run scripts/build_dist.sh" >&2
  exit 1
}
PYTHON=${PYTHON:-$(command -v python3 || echo .venv/bin/python)}
TRACKS="trump-putin-summit rubio-lavrov-channel coalition-of-the-willing"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/cwd"
run() {  # run a bundle program in the sandbox
  (
    cd "$work/cwd"
    env -u TRACKER_DB -u PYTHONPATH -u PYTHONHOME \
      HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" \
      XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache" \
      XDG_STATE_HOME="$work/home/.local/state" QT_QPA_PLATFORM=offscreen "$@"
  )
}
fail() {
  echo "smoke_frozen: FAIL: $*" >&2
  exit 1
}
elapsed() { "$PYTHON" -c 'import sys,time; print(f"{time.time() - float(sys.argv[1]):.2f}")' "$1"; }
now() { "$PYTHON" -c 'import time; print(time.time())'; }

echo "smoke_frozen: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1)), $(run "$BUNDLE/tracker" --version)"

# 1. The desktop app's self-test on a fresh database.
t0=$(now)
rc=0
run "$BUNDLE/tracker-gui" --db "$work/gui.db" --self-test > "$work/gui.log" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || { cat "$work/gui.log" >&2; fail "tracker-gui --self-test exited $rc"; }
gui_seconds=$(elapsed "$t0")
grep -v "propagateSizeHints" "$work/gui.log" | tail -n 3
[ -s "$work/gui.db" ] || fail "the self-test did not create its database"
run "$BUNDLE/tracker" --db "$work/gui.db" docs --json > "$work/docs.json"
"$PYTHON" - "$work/docs.json" <<'EOF' || fail "the GUI's database does not hold the seeds"
import json, sys
docs = json.load(open(sys.argv[1], encoding="utf-8"))
assert len(docs) == 5, f"expected the 5 seed documents, found {len(docs)}"
EOF
echo "smoke_frozen: ok  tracker-gui --self-test (${gui_seconds} s), 5 seed documents imported"

# 2. The command line: status of the three seed tracks on a fresh database.
t0=$(now)
run "$BUNDLE/tracker" --db "$work/cli.db" status --json > "$work/status.json" \
  || fail "tracker status --json exited $?"
cli_seconds=$(elapsed "$t0")
"$PYTHON" - "$work/status.json" $TRACKS <<'EOF' || fail "tracker status --json: wrong tracks"
import json, sys
rows = json.load(open(sys.argv[1], encoding="utf-8"))
found = {row["track"]: row for row in rows}
missing = [t for t in sys.argv[2:] if t not in found]
assert not missing, f"missing tracks {missing}; got {sorted(found)}"
for track in sys.argv[2:]:
    row = found[track]
    assert row["status"], f"{track} has no status"
    assert row["evidence_count"] > 0, f"{track} has no evidence"
    print(f"    {track:28} {row['status']:10} {row['evidence_count']:3} excerpts")
EOF
echo "smoke_frozen: ok  tracker status --json (${cli_seconds} s, seeds ingested)"

# 3. No seeds: the default tracks only; the database checks out.
run "$BUNDLE/tracker" --db "$work/empty.db" init --empty --json > /dev/null \
  || fail "tracker init --empty exited $?"
run "$BUNDLE/tracker" --db "$work/empty.db" tracks --json > "$work/tracks.json" \
  || fail "tracker tracks --json exited $?"
"$PYTHON" - "$work/tracks.json" $TRACKS <<'EOF' || fail "tracker tracks --json: wrong tracks"
import json, sys
ids = {t["id"] for t in json.load(open(sys.argv[1], encoding="utf-8"))}
assert set(sys.argv[2:]) <= ids, f"expected {sys.argv[2:]}, got {sorted(ids)}"
EOF
run "$BUNDLE/tracker" --db "$work/cli.db" verify > /dev/null || fail "tracker verify exited $?"
echo "smoke_frozen: ok  tracker init --empty, tracks --json, verify"

# 4. A PDF briefing from the console program (QtGui's PDF writer, offscreen).
run "$BUNDLE/tracker" --db "$work/cli.db" brief --format pdf --out "$work/brief.pdf" > /dev/null \
  || fail "tracker brief --format pdf exited $?"
head -c 5 "$work/brief.pdf" | grep -q '%PDF-' || fail "tracker brief did not write a PDF"
echo "smoke_frozen: ok  tracker brief --format pdf ($(du -h "$work/brief.pdf" | cut -f1))"

echo "smoke_frozen: all checks passed"
