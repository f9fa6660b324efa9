#!/usr/bin/env bash
# Measures the claim register at volume: starts the application on the embedded default in a throwaway data
# folder, generates N claims (default 100000) straight into its database, then times the API over HTTP
# (one action, the summary metrics as of today and as of a past date, the per-State table, list pages) and
# prints the figures and the server's memory. Stops everything at the end.
#
#   bench/benchmark.sh [N]              N generated claims (default 100000) on an empty register
#   BENCH_DEMO=full bench/benchmark.sh 0    the demo register alone
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-100000}
DEMO=${BENCH_DEMO:-accounts}
DATA=${BENCH_DATA:-/tmp/vra-claims-bench}
DB_PORT=${BENCH_DB_PORT:-3326}
BASE=http://localhost:8080
USER=vra.officer:Demo-2026-pass
JAR=$(mktemp)
LOG=$DATA.log
MARIADB="$HOME/.cache/vra-claims/mariadb/bin/mariadb --skip-ssl --protocol=TCP -h127.0.0.1 -P$DB_PORT -uclaims -pclaims-dev-only claims"

rm -rf "$DATA" "$LOG"
mvn -q -B -DskipTests install
mvn -B -Prun package -pl ear -Dclaims.data="$DATA" -Dclaims.demo="$DEMO" -Dclaims.db.port="$DB_PORT" > "$LOG" 2>&1 &
RUN_PID=$!
stop() { kill -TERM "$RUN_PID" 2>/dev/null || true; wait "$RUN_PID" 2>/dev/null || true; rm -f "$JAR"; }
trap stop EXIT
for _ in $(seq 1 180); do grep -q "is running" "$LOG" && break; sleep 1; done
grep -q "is running" "$LOG" || { echo "the application did not start; see $LOG"; exit 1; }

if [ "$N" -gt 0 ]; then
  start=$(date +%s%N)
  { echo "SET @count = $N;"; cat bench/generate-claims.sql; } | $MARIADB > /dev/null
  echo "generated $N claims in $(( ($(date +%s%N) - start) / 1000000 )) ms"
fi

# Prints the median and the worst of several timings of one request, in milliseconds.
measure() {
  local label=$1 runs=$2; shift 2
  for _ in $(seq 1 "$runs"); do
    curl -s -o /dev/null -w '%{time_total}\n' -b "$JAR" -c "$JAR" -u "$USER" "$@"
  done | sort -n | awk -v label="$label" '{ t[NR] = $1 * 1000 } END {
      printf "%-52s median %7.1f ms   max %7.1f ms   (%d runs)\n", label, t[int((NR + 1) / 2)], t[NR], NR }'
}

curl -s -o /dev/null -b "$JAR" -c "$JAR" -u "$USER" "$BASE/claims/api/claims?size=1"
total=$(curl -s -b "$JAR" -c "$JAR" -u "$USER" "$BASE/claims/api/claims?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
echo "register holds $total claims"

measure "GET /metrics/summary (today)" 10 "$BASE/claims/api/metrics/summary"
measure "GET /metrics/summary?asOf=2018-06-30" 10 "$BASE/claims/api/metrics/summary?asOf=2018-06-30"
measure "GET /metrics/summary?memberState=NPL&asOf=2020-12-31" 10 \
  "$BASE/claims/api/metrics/summary?memberState=NPL&asOf=2020-12-31"
measure "GET /metrics/member-states" 5 "$BASE/claims/api/metrics/member-states"
measure "GET /claims (first page, newest first)" 10 "$BASE/claims/api/claims"
measure "GET /claims?status=NOTIFIED&memberState=NPL" 10 "$BASE/claims/api/claims?status=NOTIFIED&memberState=NPL"
measure "GET /claims?sort=received&page=2000" 10 "$BASE/claims/api/claims?sort=received&page=2000"
some=$(curl -s -b "$JAR" -c "$JAR" -u "$USER" "$BASE/claims/api/claims?size=1&sort=reference" \
  | sed -E 's/.*"reference":"([^"]+)".*/\1/')
measure "GET /claims/{reference}" 10 "$BASE/claims/api/claims/$some"

reference=$(curl -s -b "$JAR" -c "$JAR" -u "$USER" -H 'Content-Type: application/json' \
  -d '{"receivedOn":"2024-03-01","claimType":"PATERNITY","mission":"MONUSCO","personnelCategory":"MILITARY_CONTINGENT","memberState":"NPL"}' \
  "$BASE/claims/api/claims" | sed -E 's/.*"reference":"([^"]+)".*/\1/')
for i in $(seq 1 20); do
  version=$(curl -s -D - -o /dev/null -b "$JAR" -c "$JAR" -u "$USER" "$BASE/claims/api/claims/$reference" \
    | tr -d '\r' | sed -n 's/^ETag: "\(.*\)"/\1/Ip')
  curl -s -o /dev/null -w '%{time_total}\n' -b "$JAR" -c "$JAR" -u "$USER" -H 'Content-Type: application/json' \
    -H "If-Match: \"$version\"" -d "{\"text\":\"benchmark comment $i\"}" \
    "$BASE/claims/api/claims/$reference/actions/ADD_COMMENT"
done | sort -n | awk '{ t[NR] = $1 * 1000 } END {
  printf "%-52s median %7.1f ms   max %7.1f ms   (%d runs)\n", "POST /claims/{ref}/actions/ADD_COMMENT", t[int((NR + 1) / 2)], t[NR], NR }'

curl -s -o /dev/null -w 'GET /openapi answers %{http_code}\n' "$BASE/openapi"
pid=$(pgrep -f "glassfish.jar" | head -1)
[ -n "$pid" ] && ps -o rss= -p "$pid" | awk '{ printf "Payara Server RSS: %d MB\n", $1 / 1024 }'
