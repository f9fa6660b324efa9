#!/usr/bin/env bash
# Measures the claim register at volume: starts the application on the embedded default in a throwaway data
# folder, generates N claims (default 100000) straight into its database, then times the API over HTTP
# (one action, the summary metrics as of today and as of a past date, the per-State table, list pages) and
# prints the figures and the server's memory. Stops everything at the end.
#
# Then it times the pages as a browser's first request gets them (server time for the whole HTML, the first
# page of each lazy table included): the register, the task force's dashboard and the portal's landing page
# for Nepal, which holds BENCH_HEAVY of the generated claims (default 5000).
#
#   bench/benchmark.sh [N]              N generated claims (default 100000) on an empty register
#   BENCH_DEMO=full bench/benchmark.sh 0    the demo register alone
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-100000}
HEAVY=${BENCH_HEAVY:-5000}
DEMO=${BENCH_DEMO:-accounts}
DATA=${BENCH_DATA:-/tmp/vra-claims-bench}
DB_PORT=${BENCH_DB_PORT:-3326}
BASE=http://localhost:8080
USER=vra.officer:Demo-2026-pass
JAR=$(mktemp)
LOG=$DATA.log
MARIADB="$HOME/.cache/vra-claims/mariadb/bin/mariadb --skip-ssl --protocol=TCP -h127.0.0.1 -P$DB_PORT -uclaims_owner -pclaims-owner-dev-only claims"

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
  { echo "SET @count = $N; SET @heavy = $HEAVY;"; cat bench/generate-claims.sql; } | $MARIADB > /dev/null
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

# Signs a person in through a module's sign-in form and keeps the session in a cookie jar of its own.
page_session() {
  local module=$1 user=$2 jar=$3 state
  state=$(curl -s -L -c "$jar" -b "$jar" "$BASE/$module/" \
    | sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "sign-in=sign-in" \
    --data-urlencode "sign-in:username=$user" --data-urlencode "sign-in:password=Demo-2026-pass" \
    --data-urlencode "sign-in:submit=" --data-urlencode "jakarta.faces.ViewState=$state" "$BASE/$module/sign-in.xhtml"
}

# Prints the median and the worst of several loads of a page by a signed-in person.
measure_page() {
  local label=$1 runs=$2 jar=$3 url=$4
  for _ in $(seq 1 "$runs"); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "$jar" "$url"
  done | sort -k2 -n | awk -v label="$label" '$1 != 200 { bad++ } { t[NR] = $2 * 1000 } END {
      printf "%-52s median %7.1f ms   max %7.1f ms   (%d runs%s)\n", label, t[int((NR + 1) / 2)], t[NR], NR,
             bad ? ", " bad " not 200" : "" }'
}

OFFICER_JAR=$(mktemp); TASK_JAR=$(mktemp); FOCAL_JAR=$(mktemp)
page_session claims vra.officer "$OFFICER_JAR"
page_session claims taskforce "$TASK_JAR"
page_session portal focal.npl "$FOCAL_JAR"
measure_page "page: register (officer)" 10 "$OFFICER_JAR" "$BASE/claims/index.xhtml"
measure_page "page: dashboard (task force)" 10 "$TASK_JAR" "$BASE/claims/dashboard.xhtml"
measure_page "page: portal landing (focal.npl)" 10 "$FOCAL_JAR" "$BASE/portal/index.xhtml"
measure_page "page: portal inbox (focal.npl)" 10 "$FOCAL_JAR" "$BASE/portal/inbox.xhtml"
npl=$(curl -s -b "$JAR" -c "$JAR" -u "$USER" "$BASE/claims/api/claims?size=1&memberState=NPL" \
  | sed -E 's/.*"total":([0-9]+).*/\1/')
echo "Nepal holds $npl claims"
measure "GET /claims/export?format=csv (Nepal)" 3 "$BASE/claims/api/claims/export?format=csv&memberState=NPL"
rm -f "$OFFICER_JAR" "$TASK_JAR" "$FOCAL_JAR"

curl -s -o /dev/null -w 'GET /openapi answers %{http_code}\n' "$BASE/openapi"
pid=$(pgrep -f "glassfish.jar" | head -1)
[ -n "$pid" ] && ps -o rss= -p "$pid" | awk '{ printf "Payara Server RSS: %d MB\n", $1 / 1024 }'
