#!/usr/bin/env bash
# Writes the report of the samples' most quoted person and a neighbourhood export, opens both in
# headless Chromium, offline: the report's timeline must be drawn (an SVG mark per dated group)
# and its graph laid out and rendered (data-state="drawn" in #graph-status), the export's graph
# too, with no console message at all (errors, warnings, logs). A screenshot of the report is left
# in $DOSSIER_SCREENSHOT_DIR when that is set, to be looked at.
# Usage: report_chromium_test.sh PATH/TO/dossier PATH/TO/data/samples
set -euo pipefail

dossier=$1
samples=$2
chromium=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chromium" ] || { echo "chromium missing"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$dossier" import --db "$work/news.db" "$samples" > /dev/null 2>&1
"$dossier" report --db "$work/news.db" 'Andrei Lupu' --hops 2 -o "$work/lupu.html"
"$dossier" export --db "$work/news.db" --neighbourhood 'Andrei Lupu' --hops 2 \
  --format html -o "$work/lupu-export.html" 2> /dev/null

for page in lupu.html lupu-export.html; do
  if grep -Eq '<script[^>]+src=|<link[^>]+href=' "$work/$page"; then
    echo "FAIL: $page loads external files"; exit 1
  fi
done

# Opens a page and prints its DOM; Chromium's log (console messages included) goes to $2.
open_page() {
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/profile-$1" \
    --enable-logging=stderr --v=0 --virtual-time-budget=10000 --window-size=1100,2400 \
    --dump-dom "file://$work/$1" 2> "$2"
}

dom=$(open_page lupu.html "$work/report.log")
status=$(grep -o '<p class="note" id="graph-status"[^>]*>' <<< "$dom" || true)
echo "report graph: $status"
nodes=$(sed -n 's/.*data-nodes="\([0-9]*\)".*/\1/p' <<< "$status")
rendered=$(sed -n 's/.*data-rendered="\([0-9]*\)".*/\1/p' <<< "$status")
case "$status" in *'data-state="drawn"'*) ;; *) echo "FAIL: the report's graph was not drawn"; exit 1 ;; esac
[ -n "$nodes" ] && [ "$nodes" -ge 5 ] && [ "$rendered" = "$nodes" ] \
  || { echo "FAIL: the report's graph rendered $rendered of $nodes nodes"; exit 1; }
svg=$(grep -o '<svg id="timeline-axis"[^>]*>' <<< "$dom" || true)
echo "timeline: $svg"
marks=$(grep -o '<a href="#a-[0-9a-f]*-s[0-9]*" class="mark' <<< "$dom" | wc -l)
[ "$marks" -ge 3 ] || { echo "FAIL: the timeline has $marks marks"; exit 1; }
grep -q '<mark>Andrei Lupu</mark>' <<< "$dom" || { echo "FAIL: no highlighted name"; exit 1; }
if grep -q 'CONSOLE' "$work/report.log"; then
  echo "FAIL: console messages in the report:"; grep 'CONSOLE' "$work/report.log"; exit 1
fi

dom=$(open_page lupu-export.html "$work/export.log")
status=$(grep -o '<div id="dossier-status"[^>]*>' <<< "$dom" || true)
echo "export graph: $status"
case "$status" in *'data-state="drawn"'*) ;; *) echo "FAIL: the export was not drawn"; exit 1 ;; esac
if grep -q 'CONSOLE' "$work/export.log"; then
  echo "FAIL: console messages in the export:"; grep 'CONSOLE' "$work/export.log"; exit 1
fi

if [ -n "${DOSSIER_SCREENSHOT_DIR:-}" ]; then
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --user-data-dir="$work/profile-shot" \
    --virtual-time-budget=10000 --window-size=1100,2400 \
    --screenshot="$DOSSIER_SCREENSHOT_DIR/report.png" "file://$work/lupu.html" 2> /dev/null
  echo "screenshot: $DOSSIER_SCREENSHOT_DIR/report.png"
fi
echo "report chromium test passed"
