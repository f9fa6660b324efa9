#!/usr/bin/env bash
# The soak (issue 18): starts the application with the demo data on its own ports in a throwaway data folder,
# registers 20 claims, then for MINUTES minutes (default 30) runs steady mixed load with wrk, minute by minute:
# reads (lists, claims, timelines, metrics, exports, readiness; reliability/soak-reads.lua, 4 connections, one
# request every 100 ms each) and actions (a read for the version, then a comment with it in If-Match;
# reliability/soak-actions.lua, one connection, every 250 ms). After each minute it prints the server's heap after a
# full GC (jcmd GC.run, GC.heap_info), the pool's connections as the database sees them (open, and busy), and the
# server's open files (/proc/PID/fd). Exits non-zero on any error answer or socket error (a request unanswered after
# 30 s among them), or when the last minute's heap after GC, connections or open files grew past the second minute's
# by more than SOAK_HEAP_GROWTH_PERCENT (20), 8 connections or 50 files.
#
#   reliability/soak.sh [MINUTES]
#   SOAK_PORTBASE (38400), SOAK_DB_PORT (3344), SOAK_DATA (~/.vra-claims-soak)
set -uo pipefail
cd "$(dirname "$0")/.."
. reliability/run-lib.sh

MINUTES=${1:-30}
PORTBASE=${SOAK_PORTBASE:-38400}
DB_PORT=${SOAK_DB_PORT:-3344}
ROOT=${SOAK_DATA:-$HOME/.vra-claims-soak}
BASE=http://localhost:$((PORTBASE + 80))
trap stop_run EXIT

rm -rf "$ROOT"; mkdir -p "$ROOT"
start_run "$ROOT/data" "$PORTBASE" "$DB_PORT" full
server=
for pid in $(pgrep -x java); do
  tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q "domains/claims-run-$PORTBASE/" && server=$pid
done
[ -n "$server" ] || fail "no Payara server process of domain claims-run-$PORTBASE"
refs=()
for n in $(seq 1 20); do
  ref=$(curl -s -u vra.officer:Demo-2026-pass -H 'Content-Type: application/json' -d '{"receivedOn":"2024-03-01",
    "claimType":"PATERNITY","mission":"MONUSCO","personnelCategory":"MILITARY_CONTINGENT","memberState":"NPL",
    "allegationReference":"SOAK-'"$n"'"}' "$BASE/claims/api/claims" | sed -nE 's/.*"reference":"([^"]+)".*/\1/p')
  [ -n "$ref" ] || fail "registering claim $n"
  refs+=("$ref")
done
AUTH=$(printf 'vra.officer:Demo-2026-pass' | base64)

heap_after_gc() {
  jcmd "$server" GC.run > /dev/null
  jcmd "$server" GC.heap_info | awk '/garbage-first heap|def new generation|PSYoungGen|heap/ && /used/ {
    for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); print int(v / 1024); exit } }'
}
# The runtime account's connections, as that account sees them (its own threads: no PROCESS privilege needed).
connections() {
  "$MARIADB/bin/mariadb" --skip-ssl --protocol=TCP -h127.0.0.1 -P"$DB_PORT" -uclaims -pclaims-dev-only -N -e \
    "SELECT CONCAT(COUNT(*), ' ', SUM(command <> 'Sleep') - 1) FROM information_schema.processlist WHERE user = 'claims'"
}

printf '%-6s %8s %8s %8s %12s %10s %8s %8s %6s\n' minute requests errors p99ms heapMBafterGC connections busy files rps
errors_total=0; first=; last=
for minute in $(seq 1 "$MINUTES"); do
  wrk -t1 -c4 -d60s --timeout 30s --latency -s reliability/soak-reads.lua "$BASE" -- "$AUTH" 100 "${refs[@]}" > "$ROOT/reads.txt" 2>&1 &
  reads=$!
  wrk -t1 -c1 -d60s --timeout 30s -s reliability/soak-actions.lua "$BASE" -- "$AUTH" 250 "${refs[@]}" > "$ROOT/actions.txt" 2>&1
  wait "$reads"
  requests=0; errors=0
  for f in "$ROOT/reads.txt" "$ROOT/actions.txt"; do
    requests=$((requests + $(awk '/requests in/ {print $1}' "$f")))
    errors=$((errors + $(awk '/Non-2xx/ {print $NF}' "$f" | head -1) + 0))
    socket=$(awk -F'[ ,]+' '/Socket errors/ {print $4 + $6 + $8 + $10}' "$f"); errors=$((errors + ${socket:-0}))
  done
  p99=$(awk '/ 99%/ {print $2}' "$ROOT/reads.txt")
  heap=$(heap_after_gc)
  read -r open busy <<< "$(connections)"
  files=$(ls "/proc/$server/fd" | wc -l)
  printf '%-6s %8s %8s %8s %12s %10s %8s %8s %6s\n' "$minute" "$requests" "$errors" "$p99" "$heap" "$open" "$busy" \
    "$files" "$((requests / 60))"
  errors_total=$((errors_total + errors))
  now="$heap $open $files"
  [ "$minute" = 2 ] && first=$now
  last=$now
  [ "$errors" = 0 ] || { echo "errors in minute $minute:"; cat "$ROOT/reads.txt" "$ROOT/actions.txt"; }
done

status=0
[ "$errors_total" = 0 ] || { echo "FAILED: $errors_total error answers or socket errors"; status=1; }
if [ -n "$first" ]; then
  read -r heap0 open0 files0 <<< "$first"; read -r heap1 open1 files1 <<< "$last"
  [ "$heap1" -le $((heap0 + heap0 * ${SOAK_HEAP_GROWTH_PERCENT:-20} / 100)) ] \
    || { echo "FAILED: heap after GC grew from $heap0 MB to $heap1 MB"; status=1; }
  [ "$open1" -le $((open0 + 8)) ] || { echo "FAILED: pool connections grew from $open0 to $open1"; status=1; }
  [ "$files1" -le $((files0 + 50)) ] || { echo "FAILED: open files grew from $files0 to $files1"; status=1; }
fi
[ "$status" = 0 ] && echo "soak of $MINUTES minutes: PASSED (no error; heap, connections and open files flat)"
exit "$status"
