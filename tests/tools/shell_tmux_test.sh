#!/usr/bin/env bash
# Drives `dossier shell` in a real terminal (tmux): prompt, multi-line statements, completion of
# labels and names, errors with a caret, Ctrl-C, Ctrl-R history search, persistent history,
# :mode, Ctrl-D. Usage: shell_tmux_test.sh PATH/TO/dossier
set -euo pipefail

dossier=$1
command -v tmux > /dev/null || { echo "tmux missing"; exit 77; }
work=$(mktemp -d)
socket="dossier-shell-test-$$"
cleanup() {
  tmux -L "$socket" kill-server 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

"$dossier" query --db "$work/news.db" \
  "CREATE (b:Person {name: 'Kurmanbek Bakiyev'})-[:LEADER_OF]->(:Country {name: 'Kyrgyzstan'}),
          (b)-[:MET]->(:Person {name: 'Roza Otunbayeva'})" > /dev/null

tmux -L "$socket" -f /dev/null new-session -d -x 150 -y 50 \
  "env DOSSIER_HISTORY=$work/history TERM=xterm $dossier shell --db $work/news.db; echo SHELL-EXITED; sleep 30"

screen() { tmux -L "$socket" capture-pane -p -J -S -200; }
# tmux reads an argument ending in ';' as a command separator unless it is escaped.
keys() {
  local args=()
  for a in "$@"; do
    if [[ $a == *';' ]]; then args+=("${a%;}\\;"); else args+=("$a"); fi
  done
  tmux -L "$socket" send-keys "${args[@]}"
}
fail() {
  echo "FAIL: $1"
  echo "----- screen -----"
  screen
  exit 1
}
# Waits until the screen matches the extended regex $1 (at most 15 s).
wait_for() {
  for _ in $(seq 1 150); do
    if grep -Eq -- "$1" <<< "$(screen)"; then return 0; fi
    sleep 0.1
  done
  fail "timed out waiting for: $1"
}
count() { grep -Ec -- "$1" <<< "$(screen)" || true; }

wait_for '^dossier> $'

# Tab completes a label; the statement continues on a second line.
keys -l 'MATCH (p:Per'
keys Tab
wait_for 'dossier> MATCH \(p:Person$'
keys -l ')-[:LEA'
keys Tab
wait_for 'MATCH \(p:Person\)-\[:LEADER_OF$'
keys -l ']->(c)'; keys Enter
wait_for '^     \.\.\.> $'
keys -l 'RETURN p.name AS leader, c.name AS country;'; keys Enter
wait_for '│ Kurmanbek Bakiyev │ Kyrgyzstan │'
wait_for '^1 row \([0-9.]+ ms\)$'

# A name inside quotes after name: completes from the database, closing the quote.
keys -l "MATCH (p {name: 'Roz"
keys Tab
wait_for "MATCH \(p \{name: 'Roza Otunbayeva'$"
keys -l '}) RETURN p.name AS found;'; keys Enter
wait_for '│ Roza Otunbayeva │'

# Errors show the caret and the shell carries on.
keys -l 'RETURN 1 +;'; keys Enter
wait_for 'SyntaxError'
wait_for '^  RETURN 1 \+$'
wait_for '^            \^$'
keys -l 'RETURN 6 * 7 AS answer;'; keys Enter
wait_for '│     42 │'

# Ctrl-C drops the unfinished statement and gives a fresh prompt.
keys -l 'MATCH (n'
keys Enter
wait_for '^     \.\.\.> $'
keys C-c
wait_for '\^C'
keys -l 'RETURN 2 AS two;'; keys Enter
wait_for '│   2 │'

# Ctrl-C cancels a running statement (8e9 rows to count) and returns to the prompt.
keys -l 'UNWIND range(1, 2000) AS a UNWIND range(1, 2000) AS b UNWIND range(1, 2000) AS c RETURN count(*);'
keys Enter
sleep 1
keys C-c
wait_for '^(\^C)?Cancelled: '
wait_for '^dossier> $'

# Ctrl-R finds an earlier line in the history; running it again prints 42 a second time.
keys C-r
keys -l 'answer'
wait_for 'RETURN 6 \* 7 AS answer;'
keys Enter
for _ in $(seq 1 100); do [ "$(count '│     42 │')" -ge 2 ] && break; sleep 0.1; done
[ "$(count '│     42 │')" -ge 2 ] || fail "Ctrl-R did not rerun the statement"

# :mode and Ctrl-D.
keys -l ':mode csv'; keys Enter
wait_for '^mode: csv$'
keys -l 'RETURN "a,b" AS x;'; keys Enter
wait_for '^"a,b"$'
keys C-d
wait_for 'SHELL-EXITED'

# The history was saved (libedit encodes spaces as \040).
grep -q 'AS.040answer;' "$work/history" || fail "history file lacks the statement"
echo "shell tmux test passed"
