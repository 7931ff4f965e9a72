#!/usr/bin/env bash
# Exports an HTML page and opens it in headless Chromium, offline: the page must draw every node
# (it writes data-state="drawn" and the node count into #dossier-status after layout) and load
# nothing from the network. Usage: html_chromium_test.sh PATH/TO/dossier
set -euo pipefail

dossier=$1
chromium=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chromium" ] || { echo "chromium missing"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$dossier" query --db "$work/news.db" \
  "CREATE (b:Person {name: 'Kurmanbek Bakiyev'})-[:LEADER_OF {since: 2005}]->(k:Country {name: 'Kyrgyzstan'}),
          (b)-[:SAID {sentence: 'art-1#3'}]->(:Quote {text: 'I will not </script> resign'}),
          (k)-[:CAPITAL]->(:City {name: 'Bishkek'}),
          (:Person {name: 'Roza Otunbayeva'})-[:LEADER_OF]->(k)" > /dev/null
"$dossier" export --db "$work/news.db" --neighbourhood 'Kurmanbek Bakiyev' --hops 2 \
  --exclude-labels '' --format html -o "$work/bakiyev.html"

grep -q 'cytoscape' "$work/bakiyev.html" || { echo "FAIL: library not inlined"; exit 1; }
if grep -Eq '<script[^>]+src=|<link[^>]+href=' "$work/bakiyev.html"; then
  echo "FAIL: the page loads external files"; exit 1
fi

dom=$(timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/profile" \
  --virtual-time-budget=10000 --dump-dom "file://$work/bakiyev.html" 2> "$work/chromium.log")
status=$(grep -o '<div id="dossier-status"[^>]*>[^<]*' <<< "$dom" || true)
echo "$status"
case "$status" in
  *'data-state="drawn"'*'data-nodes="5"'*'data-edges="4"'*'data-rendered="5"'*) ;;
  *) echo "FAIL: the graph did not draw 5 nodes and 4 relationships"; exit 1 ;;
esac
# "#select=<caption>" selects a node on load and shows its properties in the side panel.
dom=$(timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/profile2" \
  --virtual-time-budget=10000 --dump-dom "file://$work/bakiyev.html#select=I%20will%20not%20%3C%2Fscript%3E%20resign" \
  2>> "$work/chromium.log")
grep -q '<div class="kind">:Quote</div>' <<< "$dom" || { echo "FAIL: no details panel"; exit 1; }
grep -q '<blockquote>I will not &lt;/script&gt; resign</blockquote>' <<< "$dom" \
  || { echo "FAIL: the quote is not shown as evidence"; exit 1; }
echo "html chromium test passed"
