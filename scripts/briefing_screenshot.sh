#!/usr/bin/env bash
# Render the first page of a PDF briefing on the seed database (with an analyst override and
# one newer article, so every section shows) to docs/screenshots/briefing-p1.png.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/seeds.db"
T=.venv/bin/tracker
$T --db "$db" init >/dev/null
sleep 1
since=$(date -u +%Y-%m-%dT%H:%M:%SZ)
sleep 1
$T --db "$db" override trump-putin-summit cancelled --analyst Ana \
  --reason "White House says there are no plans to meet." \
  --likelihood likely --confidence moderate --review-by 2099-12-31 >/dev/null
cat > "$work/wire.txt" <<'ARTICLE'
Kremlin: Budapest summit remains on hold

Oct. 25, 2025

Kremlin spokesman Dmitry Peskov said on Friday that the summit between Trump and Putin in Budapest remains on hold.
ARTICLE
echo '{"outlet": "Test Wire"}' > "$work/wire.txt.meta.json"
$T --db "$db" ingest "$work/wire.txt" >/dev/null
$T --db "$db" brief --format pdf --out "$work/b.pdf" --new-since "$since" >/dev/null
pdftoppm -png -r 80 -f 1 -l 1 "$work/b.pdf" "$work/page"
cp "$work"/page-1.png docs/screenshots/briefing-p1.png
echo "wrote docs/screenshots/briefing-p1.png"
