#!/usr/bin/env bash
# The benchmark of issue 13 as a report. Starts the application in a throwaway data folder (on its own ports, so
# that it never meets a running one), registers one template claim through the API (its encrypted personal data
# is copied to every generated claim), generates N claims with realistic histories straight into the
# application's tables (bench/generate-claims.sql), then prints, in one run:
#   - every figure of the issue's table (median), beside the bare SQL for the same question through the mariadb
#     client on the same database;
#   - the p50, p95 and p99 of each page and API call (BENCH_RUNS requests each, one at a time);
#   - wrk's throughput and latency distribution for GET /claims/{reference} (32 connections) and POST /claims
#     (8 connections), BENCH_WRK_SECONDS each, and the bare SQL's queries per second at the same concurrency;
#   - the legacy import of a BENCH_IMPORT_ROWS-row CSV (the last measure: it adds claims), at most
#     BENCH_IMPORT_SECONDS;
#   - the server's heap after a full GC (jcmd GC.run, then GC.heap_info) and its resident memory.
# Stops the application at the end, whatever happened, and never waits for anything without a time limit.
#
#   bench/benchmark.sh [N]                 N generated claims (default 100000), the first BENCH_HEAVY (default
#                                          N/20) all Nepal's
#   BENCH_RUNNING=1 bench/benchmark.sh N   use an application already running on BENCH_PORTBASE and
#                                          BENCH_DB_PORT (run with -Dclaims.portbase and -Dclaims.db.port)
#   BENCH_REBUILD=path                     the API path posted after the generation, a job followed at its
#                                          Location until it ends, at most BENCH_REBUILD_SECONDS (default 3600)
#                                          (default admin/aggregates/rebuilds: the maintained measures; empty: none)
#
# Needs wrk (apt-get install wrk) and a JDK's jcmd. The machine's other load shows in every figure: the report
# starts with the load average.
set -uo pipefail
cd "$(dirname "$0")/.."

N=${1:-100000}
HEAVY=${BENCH_HEAVY:-$((N / 20))}
RUNS=${BENCH_RUNS:-20}
WRK_SECONDS=${BENCH_WRK_SECONDS:-20}
IMPORT_ROWS=${BENCH_IMPORT_ROWS:-100000}
IMPORT_SECONDS=${BENCH_IMPORT_SECONDS:-300}
DATA=${BENCH_DATA:-$HOME/.vra-claims-bench}
DB_PORT=${BENCH_DB_PORT:-3326}
PORTBASE=${BENCH_PORTBASE:-37000}
BASE=http://localhost:$((PORTBASE + 80))
API=$BASE/claims/api
PASSWORD=Demo-2026-pass
LOG=$DATA.log
WORK=$(mktemp -d)
MARIADB_BIN=${BENCH_MARIADB:-$HOME/.cache/vra-claims/mariadb/bin/mariadb}
SQL="$MARIADB_BIN --skip-ssl --protocol=TCP -h127.0.0.1 -P$DB_PORT -uclaims_owner -pclaims-owner-dev-only claims"
RUN_PID=

stop() {
  if [ -n "$RUN_PID" ]; then
    kill -TERM "$RUN_PID" 2>/dev/null
    for _ in $(seq 1 120); do kill -0 "$RUN_PID" 2>/dev/null || break; sleep 1; done
  fi
  rm -rf "$WORK"
}
trap stop EXIT

section() { printf '\n== %s\n' "$*"; }
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

if [ -z "${BENCH_RUNNING:-}" ]; then
  rm -rf "$DATA" "$LOG"
  # The reminder job off: its catch-up, 20 s after the start, can write a reminder event (sequence 1) into a claim
  # the generator has written and not yet given its events; a generation failed on such a duplicate sequence.
  CLAIMS_REMINDERS_SCHEDULE=off mvn -B -Prun package -DskipTests -Dclaims.data="$DATA" -Dclaims.demo=accounts \
    -Dclaims.db.port="$DB_PORT" -Dclaims.portbase="$PORTBASE" > "$LOG" 2>&1 &
  RUN_PID=$!
  # A start takes 45 s on an idle machine, and over 15 minutes on a crowded one: wait up to BENCH_START_SECONDS.
  for _ in $(seq 1 "${BENCH_START_SECONDS:-1800}"); do
    grep -q "is running" "$LOG" && break; kill -0 "$RUN_PID" 2>/dev/null || break; sleep 1
  done
  grep -q "is running" "$LOG" || { echo "the application did not start; see $LOG"; exit 1; }
fi

echo "benchmark of $N claims, $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
grep -h "Server: domain" "$LOG" 2>/dev/null | sed 's/^ *//'

# A session per person: API clients keep their cookie (a fresh Basic sign-in costs 0.2 s of hashing).
api_session() {
  local user=$1 jar=$2
  curl -s -o /dev/null -c "$jar" -u "$user:$PASSWORD" "$API/claims?size=1"
}
OFFICER=$WORK/officer.jar; ADMIN=$WORK/admin.jar; TASK_API=$WORK/task-api.jar; FOCAL_API=$WORK/focal-api.jar
api_session vra.officer "$OFFICER"; api_session vra.admin "$ADMIN"
api_session taskforce "$TASK_API"; api_session focal.npl "$FOCAL_API"
cookie() { awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$1" | tail -1; }

# The template claim: personal data in every encrypted column, a child, an alleged father, a comment and a
# document, all written (and encrypted) by the application itself.
post_json() { curl -s -b "$OFFICER" -u "vra.officer:$PASSWORD" -H 'X-Requested-By: bench' \
  -H 'Content-Type: application/json' "$@"; }
template=$(post_json -d '{"receivedOn":"2024-03-01","claimType":"PATERNITY_AND_CHILD_SUPPORT","mission":"MONUSCO",
  "allegationReference":"SEA-TEMPLATE","personnelCategory":"MILITARY_CONTINGENT","memberState":"NPL",
  "claimant":{"name":"Amina Template","contact":"+243 000 000, Goma"},
  "children":[{"name":"Baby Template","birthYear":2023,"sex":"FEMALE"}],
  "allegedFather":{"name":"Sgt. Template","nationality":"NPL","serviceNumber":"NA-123","unit":"Battalion 7",
                   "rotationFrom":"2022-01-10","rotationTo":"2022-12-20"},
  "wishes":{"noFatherContact":false,"notes":"Prefers contact through the field office"}}' "$API/claims" \
  | sed -nE 's/.*"reference":"([^"]+)".*/\1/p')
if [ -n "$template" ]; then
  post_json -H 'If-Match: "0"' -d '{"text":"Template comment with a name in it"}' \
    "$API/claims/$template/actions/ADD_COMMENT" > /dev/null
  printf '%%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%%%EOF\n' > "$WORK/t.pdf"
  curl -s -o /dev/null -b "$OFFICER" -u "vra.officer:$PASSWORD" -H 'X-Requested-By: bench' -H 'If-Match: "1"' \
    -F "file=@$WORK/t.pdf;type=application/pdf" -F 'description=Template document' \
    "$API/claims/$template/documents"
fi
echo "template claim: ${template:-none (generated personal data stays empty)}"

section "generation"
if [ "$N" -gt 0 ]; then
  start=$(date +%s%N)
  { echo "SET @count = $N; SET @heavy = $HEAVY; SET @template = '$template';"; cat bench/generate-claims.sql; } \
    | $SQL > /dev/null || { echo "generation failed"; exit 1; }
  echo "generated $N claims in $(ms_since "$start") ms"
fi
$SQL -N -e "SELECT CONCAT(FORMAT(COUNT(*), 0), ' claims, ', FORMAT((SELECT COUNT(*) FROM claim_event), 0), ' events (',
  ROUND((SELECT COUNT(*) FROM claim_event) / COUNT(*), 1), ' a claim), ', FORMAT((SELECT COUNT(*) FROM claim_state_period), 0),
  ' periods (', ROUND((SELECT COUNT(*) FROM claim_state_period) / COUNT(*), 1), ' a claim), ',
  FORMAT((SELECT COUNT(*) FROM claim_document), 0), ' documents, ', FORMAT(SUM(dna_kit_id IS NOT NULL), 0), ' DNA kits, ',
  FORMAT((SELECT COUNT(*) FROM claim_event WHERE action = 'RECORD_PAYMENT'), 0), ' payments, ',
  COUNT(DISTINCT member_state), ' States, ', FORMAT(SUM(member_state = 'NPL'), 0), ' for Nepal, received ',
  MIN(received_on), ' to ', MAX(received_on)) FROM claim"
BENCH_REBUILD=${BENCH_REBUILD-admin/aggregates/rebuilds}
REBUILD_SECONDS=${BENCH_REBUILD_SECONDS:-3600}
# Starts a job (202 and its Location) and polls it every 2 s until it is no longer RUNNING, at most
# REBUILD_SECONDS: prints how it ended and how long it took, from the POST to the last answer.
run_job() {
  local path=$1 start location job state
  start=$(date +%s%N)
  location=$(curl -s -o "$WORK/job.json" -D - --max-time 60 -b "$ADMIN" -u "vra.admin:$PASSWORD" \
    -H 'X-Requested-By: bench' -X POST "$API/$path" | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
  if [ -z "$location" ]; then
    echo "$path: not started: $(head -c 300 "$WORK/job.json")"
    return
  fi
  state=RUNNING
  while [ "$state" = RUNNING ] && [ $(( ($(date +%s%N) - start) / 1000000000 )) -lt "$REBUILD_SECONDS" ]; do
    sleep 2
    job=$(curl -s --max-time 30 -b "$ADMIN" -u "vra.admin:$PASSWORD" "$location")
    state=$(jq -r '.state // "unreadable"' <<< "$job" 2>/dev/null || echo unreadable)
  done
  echo "$path: $state in $(ms_since "$start") ms ($location); result: $(jq -c '.result // {}' <<< "$job" 2>/dev/null)"
}
if [ -n "$BENCH_REBUILD" ]; then
  run_job "$BENCH_REBUILD"
fi

# Timings of one request, one at a time, in milliseconds, one a line; the median is printed by report.
times_of() {
  local runs=$1 jar=$2 user=$3; shift 3
  for _ in $(seq 1 "$runs"); do
    curl -s -o /dev/null --max-time 120 -w '%{http_code} %{time_total}\n' -b "$jar" -u "$user:$PASSWORD" "$@"
  done
}
page_times() {
  local runs=$1 jar=$2 url=$3
  for _ in $(seq 1 "$runs"); do curl -s -o /dev/null --max-time 120 -w '%{http_code} %{time_total}\n' -b "$jar" "$url"; done
}
# Wall time of the bare SQL through the client (its own start, about 5 ms, included), RUNS/4 runs.
sql_times() {
  for _ in $(seq 1 $(( (RUNS + 3) / 4 ))); do
    local start; start=$(date +%s%N)
    $SQL -N -e "$1" > /dev/null
    echo "200 $(awk -v ns=$(( $(date +%s%N) - start )) 'BEGIN { printf "%.6f", ns / 1e9 }')"
  done
}
# "code seconds" lines in, "median p95 p99 max" in milliseconds out, with the count of answers other than 200.
stats() {
  sort -k2 -n | awk '{ t[NR] = $2 * 1000; if ($1 != 200 && $1 != 201) bad++ } END {
    if (NR == 0) { print "no answer"; exit }
    i50 = int(NR * 0.50 + 0.5); i95 = int(NR * 0.95 + 0.5); i99 = int(NR * 0.99 + 0.5)
    if (i50 < 1) i50 = 1; if (i95 < 1) i95 = 1; if (i99 < 1) i99 = 1
    printf "p50 %8.1f  p95 %8.1f  p99 %8.1f  max %8.1f ms  (%d runs%s)", t[i50], t[i95], t[i99], t[NR], NR,
      bad ? ", " bad " not 2xx" : "" }'
}
row() { printf '%-58s %s\n' "$1" "$2"; }

# Signs a person in through a module's sign-in form and keeps the session in a cookie jar of its own.
page_session() {
  local module=$1 user=$2 jar=$3 state
  state=$(curl -s -L -c "$jar" -b "$jar" "$BASE/$module/" \
    | sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "sign-in=sign-in" \
    --data-urlencode "sign-in:username=$user" --data-urlencode "sign-in:password=$PASSWORD" \
    --data-urlencode "sign-in:submit=" --data-urlencode "jakarta.faces.ViewState=$state" "$BASE/$module/sign-in.xhtml"
}
OFFICER_PAGE=$WORK/officer-page.jar; TASK_PAGE=$WORK/task-page.jar; FOCAL_PAGE=$WORK/focal-page.jar
page_session claims vra.officer "$OFFICER_PAGE"; page_session claims taskforce "$TASK_PAGE"
page_session portal focal.npl "$FOCAL_PAGE"

some=$($SQL -N -e "SELECT reference FROM claim WHERE member_state = 'NPL' AND status = 'SUPPORT_ARRANGED'
  ORDER BY id LIMIT 1")
some=${some:-$template}
TODAY=$(date -u +%F)
AS_OF="p.valid_from <= '$TODAY' AND (p.valid_to IS NULL OR p.valid_to > '$TODAY')"
BAND="LEAST(4, FLOOR(TIMESTAMPDIFF(YEAR, p.received_on, '$TODAY') / 2))"
BARE_SUMMARY="SELECT p.route, p.status, p.paternity_outcome, $BAND AS band, COUNT(*) FROM claim_state_period p
  WHERE $AS_OF GROUP BY p.route, p.status, p.paternity_outcome, band"
BARE_STATES="SELECT p.member_state, p.route, p.status, p.paternity_outcome, $BAND AS band, COUNT(*)
  FROM claim_state_period p WHERE $AS_OF GROUP BY p.member_state, p.route, p.status, p.paternity_outcome, band"
BARE_RESPONSIVENESS="SELECT COUNT(*), SUM(DATEDIFF(DATE(e.recorded_at), c.notified_on) <= 30),
  AVG(DATEDIFF(c.dna_result_on, c.notified_on)) FROM claim c
  LEFT JOIN claim_event e ON e.claim_id = c.id AND e.action = 'ACKNOWLEDGE'
  WHERE c.member_state = 'NPL' AND c.route = 'MEMBER_STATE' AND c.notified_on <= '$TODAY'"
BARE_DASHBOARD="$BARE_SUMMARY; $BARE_STATES;
  SELECT p.mission, p.status, COUNT(*) FROM claim_state_period p WHERE $AS_OF GROUP BY p.mission, p.status;
  SELECT p.personnel_category, p.status, COUNT(*) FROM claim_state_period p WHERE $AS_OF
    GROUP BY p.personnel_category, p.status;
  SELECT YEAR(p.received_on), p.status, COUNT(*) FROM claim_state_period p WHERE $AS_OF
    GROUP BY YEAR(p.received_on), p.status"
BARE_LANDING="SELECT reference, claimant_pseudonym, notified_on, next_step, next_step_since FROM claim
  WHERE member_state = 'NPL' AND route = 'MEMBER_STATE' AND notified_on IS NOT NULL
    AND status IN ('NOTIFIED', 'ACKNOWLEDGED', 'DNA_TESTING', 'INCONCLUSIVE', 'PATERNITY_ESTABLISHED', 'SUPPORT_ARRANGED')
  ORDER BY notified_on DESC, id DESC LIMIT 20;
  SELECT $BAND AS band, COUNT(*) FROM claim_state_period p WHERE $AS_OF AND p.member_state = 'NPL'
    AND p.route = 'MEMBER_STATE' AND p.status <> 'CLOSED' GROUP BY band"
BARE_INBOX="SELECT reference, claimant_pseudonym, notified_on FROM claim WHERE member_state = 'NPL'
  AND route = 'MEMBER_STATE' AND notified_on IS NOT NULL ORDER BY notified_on DESC, id DESC LIMIT 20"
BARE_PAGE="SELECT id, reference, received_on, status, member_state, mission FROM claim
  ORDER BY received_on, id LIMIT 20 OFFSET 39980"
BARE_ONE="SELECT * FROM claim WHERE reference = '$some';
  SELECT * FROM claim_child WHERE claim_id = (SELECT id FROM claim WHERE reference = '$some');
  SELECT * FROM claim_state_period WHERE claim_id = (SELECT id FROM claim WHERE reference = '$some')"

section "the issue's table: the application (median of $RUNS) beside the bare SQL (median of $(( (RUNS + 3) / 4 )))"
declare -A APP BARE
measure() {  # key label app-lines bare-sql
  local key=$1 label=$2 app=$3 bare=$4
  APP[$key]=$(echo "$app" | stats)
  BARE[$key]=$(sql_times "$bare" | stats)
  row "$label" "app  ${APP[$key]}"
  row "" "SQL  ${BARE[$key]}"
}
measure summary "GET /metrics/summary (today)" "$(times_of "$RUNS" "$TASK_API" taskforce "$API/metrics/summary")" "$BARE_SUMMARY"
measure states "GET /metrics/member-states" "$(times_of "$RUNS" "$TASK_API" taskforce "$API/metrics/member-states")" "$BARE_STATES"
measure resp "GET /metrics/responsiveness?memberState=NPL" \
  "$(times_of "$RUNS" "$TASK_API" taskforce "$API/metrics/responsiveness?memberState=NPL")" "$BARE_RESPONSIVENESS"
measure dash "page: task force dashboard" "$(page_times "$RUNS" "$TASK_PAGE" "$BASE/claims/dashboard.xhtml")" "$BARE_DASHBOARD"
measure landing "page: portal landing, Nepal" "$(page_times "$RUNS" "$FOCAL_PAGE" "$BASE/portal/index.xhtml")" "$BARE_LANDING"
measure inbox "page: portal inbox, Nepal" "$(page_times "$RUNS" "$FOCAL_PAGE" "$BASE/portal/inbox.xhtml")" "$BARE_INBOX"
measure deep "GET /claims?sort=received&page=2000" \
  "$(times_of "$RUNS" "$OFFICER" vra.officer "$API/claims?sort=received&page=2000")" "$BARE_PAGE"
measure one "GET /claims/{reference} (one at a time)" "$(times_of "$RUNS" "$OFFICER" vra.officer "$API/claims/$some")" "$BARE_ONE"

section "every other page and API call (p50/p95/p99 of $RUNS, one at a time)"
call() { local label=$1; shift; row "$label" "$(times_of "$RUNS" "$@" | stats)"; }
call "GET /metrics/summary?asOf=2018-06-30" "$TASK_API" taskforce "$API/metrics/summary?asOf=2018-06-30"
call "GET /metrics/summary?memberState=NPL&asOf=2020-12-31" "$TASK_API" taskforce \
  "$API/metrics/summary?memberState=NPL&asOf=2020-12-31"
call "GET /metrics/breakdown?by=mission" "$TASK_API" taskforce "$API/metrics/breakdown?by=mission"
call "GET /metrics/trend" "$TASK_API" taskforce "$API/metrics/trend"
call "GET /metrics/summary (focal.npl)" "$FOCAL_API" focal.npl "$API/metrics/summary"
call "GET /claims (first page, newest first)" "$OFFICER" vra.officer "$API/claims"
call "GET /claims?status=NOTIFIED&memberState=NPL" "$OFFICER" vra.officer "$API/claims?status=NOTIFIED&memberState=NPL"
call "GET /claims?sort=received&page=2" "$OFFICER" vra.officer "$API/claims?sort=received&page=2"
# The same deep page by keyset: the cursor of the claim before page 2000's first (sort=received is received_on, id).
cursor=$($SQL -N -e "SELECT CONCAT(received_on, '_', id) FROM claim ORDER BY received_on, id LIMIT 1 OFFSET 39979")
call "GET /claims?sort=received&after=<page 1999's cursor>" "$OFFICER" vra.officer \
  "$API/claims?sort=received&after=${cursor:-none}"
call "GET /claims (focal.npl, first page)" "$FOCAL_API" focal.npl "$API/claims"
call "GET /claims/{reference} (focal.npl)" "$FOCAL_API" focal.npl "$API/claims/$some"
call "GET /claims/{reference}/timeline" "$OFFICER" vra.officer "$API/claims/$some/timeline"
call "GET /claims/{reference}/documents" "$OFFICER" vra.officer "$API/claims/$some/documents"

section "the States' ratings (issue 16): every State with its trend, read from the maintained spans"
call "GET /ratings?size=200 (193 States, trend)" "$TASK_API" taskforce "$API/ratings?size=200"
call "GET /ratings?asOf=2020-06-30&sort=-band&size=200" "$TASK_API" taskforce \
  "$API/ratings?asOf=2020-06-30&sort=-band&size=200"
call "GET /ratings/export?format=csv" "$TASK_API" taskforce "$API/ratings/export?format=csv"
call "GET /ratings/bands (focal.npl)" "$FOCAL_API" focal.npl "$API/ratings/bands"
row "page: ratings (task force)" "$(page_times "$RUNS" "$TASK_PAGE" "$BASE/claims/ratings.xhtml" | stats)"

section "the money report's support lines (issue 15): each page computes its own lines only"
call "GET /reports/money/support (first page of 25)" "$TASK_API" taskforce "$API/reports/money/support"
call "GET /reports/money/support?page=40" "$TASK_API" taskforce "$API/reports/money/support?page=40"
call "GET /reports/money/support?memberState=NPL&size=200" "$TASK_API" taskforce \
  "$API/reports/money/support?memberState=NPL&size=200"

section "published figures (issue 16): publishing, then the open table (the first read recomputes, then kept 10 min)"
row "POST /publications (2000 to this year, by State and by mission)" "$(curl -s -o /dev/null --max-time 600 \
  -w '%{http_code} %{time_total}\n' -b "$ADMIN" -u "vra.admin:$PASSWORD" -H 'X-Requested-By: bench' \
  -H 'Content-Type: application/json' -d '{"title":"Benchmark","firstYear":2000}' "$API/publications" | stats)"
page_times 1 /dev/null "$API/public/figures" > /dev/null
row "GET /public/figures (anyone, after the first)" "$(page_times "$RUNS" /dev/null "$API/public/figures" | stats)"
row "GET /public/figures?breakdown=MISSION (first, then kept)" \
  "$(page_times "$RUNS" /dev/null "$API/public/figures?breakdown=MISSION" | stats)"
row "page: /claims/public/ (anyone)" "$(page_times "$RUNS" /dev/null "$BASE/claims/public/" | stats)"
call "GET /claims/{reference}/file.pdf" "$OFFICER" vra.officer "$API/claims/$some/file.pdf"
row "page: register (officer)" "$(page_times "$RUNS" "$OFFICER_PAGE" "$BASE/claims/index.xhtml" | stats)"
row "page: claim file (officer)" "$(page_times "$RUNS" "$OFFICER_PAGE" "$BASE/claims/claim.xhtml?reference=$some" | stats)"
row "page: portal claims (focal.npl)" "$(page_times "$RUNS" "$FOCAL_PAGE" "$BASE/portal/claims.xhtml" | stats)"
reference=$(post_json -d '{"receivedOn":"2024-03-01","claimType":"PATERNITY_AND_CHILD_SUPPORT","mission":"MONUSCO",
  "personnelCategory":"MILITARY_CONTINGENT","memberState":"NPL"}' "$API/claims" | sed -nE 's/.*"reference":"([^"]+)".*/\1/p')
# The claim's version as registered (its ETag), which each comment raises by one.
version=$(curl -s -D - -o /dev/null -b "$OFFICER" -u "vra.officer:$PASSWORD" "$API/claims/$reference" \
  | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: "\([0-9]*\)"$/\1/p')
for i in $(seq 1 "$RUNS"); do
  post_json -o /dev/null -w '%{http_code} %{time_total}\n' -H "If-Match: \"$((${version:-0} + i - 1))\"" \
    -d "{\"text\":\"benchmark comment $i\"}" "$API/claims/$reference/actions/ADD_COMMENT"
done | stats | { read -r line; row "POST /claims/{reference}/actions/ADD_COMMENT" "$line"; }
row "GET /claims/export?format=csv&memberState=NPL" \
  "$(times_of 3 "$OFFICER" vra.officer "$API/claims/export?format=csv&memberState=NPL" | stats)"

section "throughput: wrk -t4, GET /claims/{reference} with 32 connections, POST /claims with 8"
OFFICER_COOKIE=$(cookie "$OFFICER")
BASIC=$(printf 'vra.officer:%s' "$PASSWORD" | base64)
wrk -t4 -c32 -d"${WRK_SECONDS}s" --timeout 10s --latency -H "Cookie: $OFFICER_COOKIE" -H "Authorization: Basic $BASIC" \
  "$API/claims/$some" | sed -n '/Latency/,$p'
cat > "$WORK/post.lua" <<'LUA'
wrk.method = "POST"
wrk.body = '{"receivedOn":"2024-03-01","claimType":"PATERNITY_AND_CHILD_SUPPORT","mission":"MONUSCO","personnelCategory":"MILITARY_CONTINGENT","memberState":"NPL"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Requested-By"] = "bench"
LUA
echo "-- POST /claims"
wrk -t4 -c8 -d"${WRK_SECONDS}s" --timeout 10s --latency -s "$WORK/post.lua" -H "Cookie: $OFFICER_COOKIE" \
  -H "Authorization: Basic $BASIC" "$API/claims" | sed -n '/Latency/,$p'
# The bare SQL at the same concurrency: 32 clients, each reading the claim file's rows by reference in a loop.
per_client=$(( 2000 ))
for _ in $(seq 1 "$per_client"); do echo "$BARE_ONE;"; done > "$WORK/one.sql"
start=$(date +%s%N)
# Waits for these clients only: a bare "wait" would also wait for the application started in the background.
clients=(); for _ in $(seq 1 32); do $SQL -N < "$WORK/one.sql" > /dev/null & clients+=($!); done; wait "${clients[@]}"
elapsed=$(ms_since "$start")
echo "bare SQL, 32 clients reading the claim file's three queries: $(( 32 * per_client * 1000 / (elapsed + 1) )) files/s"
for i in $(seq 1 500); do
  echo "INSERT INTO access_log (occurred_at, username, role, reference, what, channel) VALUES (NOW(6), 'bench', 'VRA_OFFICER', '$some', 'bare insert $i', 'API');"
done > "$WORK/insert.sql"
start=$(date +%s%N)
clients=(); for _ in $(seq 1 8); do $SQL -N < "$WORK/insert.sql" > /dev/null & clients+=($!); done; wait "${clients[@]}"
elapsed=$(ms_since "$start")
echo "bare SQL, 8 clients each committing one-row inserts: $(( 8 * 500 * 1000 / (elapsed + 1) )) commits/s"

section "legacy import of $IMPORT_ROWS rows (into the register as it now stands, at most ${IMPORT_SECONDS} s)"
awk -v rows="$IMPORT_ROWS" 'BEGIN {
  print "reference,received_on,claim_type,mission,allegation_reference,personnel_category,member_state,status,paternity_outcome,closure_reason,notified_on,acknowledged_on,paternity_determined_on,support_arranged_on,closed_on,child_birth_years"
  for (i = 1; i <= rows; i++) {
    year = 2000 + i % 20
    printf "PC-%d-%07d,%d-03-%02d,PATERNITY_AND_CHILD_SUPPORT,MONUSCO,LEGACY-%d,MILITARY_CONTINGENT,NPL,NOTIFIED,UNDETERMINED,,%d-04-01,,,,,%d\n",
      year, 9000000 + i, year, 1 + i % 28, i, year, year - 1
  }
}' > "$WORK/legacy.csv"
echo "CSV of $(wc -c < "$WORK/legacy.csv") bytes"
start=$(date +%s%N)
location=$(curl -s -o "$WORK/import.json" --max-time 120 -w '%{http_code} %header{location}' -b "$ADMIN" \
  -u "vra.admin:$PASSWORD" -H 'X-Requested-By: bench' -H 'Content-Type: text/csv' --data-binary "@$WORK/legacy.csv" \
  "$API/imports")
echo "POST /imports answered ${location%% *} in $(ms_since "$start") ms: $(head -c 200 "$WORK/import.json")"
location=${location#* }
# The import runs in the background: follow it at its address until it is no longer RUNNING.
while [ -n "$location" ] && [ "$(ms_since "$start")" -lt $(( IMPORT_SECONDS * 1000 )) ]; do
  code=$(curl -s -o "$WORK/import.json" --max-time 20 -w '%{http_code}' -b "$ADMIN" -u "vra.admin:$PASSWORD" "$location")
  grep -q '"state":"RUNNING"' "$WORK/import.json" || break
  sleep 1
done
echo "the import ended (GET answered ${code:-none}) after $(ms_since "$start") ms: $(head -c 300 "$WORK/import.json")"

section "memory"
pid=$(pgrep -f "domains/claims-run-$PORTBASE/" | head -1)
if [ -n "$pid" ]; then
  jcmd "$pid" GC.run > /dev/null
  echo "heap after a full GC:"
  jcmd "$pid" GC.heap_info | sed 's/^/  /'
  jcmd "$pid" VM.flags | tr ' ' '\n' | grep -E 'MaxHeapSize' | sed 's/^/  /'
  ps -o rss= -p "$pid" | awk '{ printf "Payara Server RSS: %d MB\n", $1 / 1024 }'
  grep -c "OutOfMemoryError" "$(dirname "$(readlink -f /proc/"$pid"/cwd)")/logs/server.log" 2>/dev/null \
    | awk '{ print "OutOfMemoryError in the server log: " $1 }'
else
  echo "no Payara process found for portbase $PORTBASE"
fi
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
