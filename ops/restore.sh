#!/usr/bin/env bash
# Restores a backup of ops/backup.sh into an empty database:
#   ops/restore.sh DIR
# Refuses, before writing anything, a backup whose dump does not match its SHA-256, a database that already holds
# tables, and keys that are not the ones the backup was made with: every key id the data uses must be configured
# (CLAIMS_ENCRYPTION_KEYS) with the same check value. Connection settings and keys: see ops/backup-common.sh; the
# database is created when missing.
set -euo pipefail
. "$(dirname "$0")/backup-common.sh"

DIR=${1:?usage: ops/restore.sh DIR}
DUMP=$DIR/claims.sql
MANIFEST=$DIR/backup.properties
[ -f "$DUMP" ] && [ -f "$MANIFEST" ] || die "no backup in $DIR (claims.sql and backup.properties)"
value() { sed -n "s/^$1=//p" "$MANIFEST"; }

[ "$(sha256sum "$DUMP" | cut -d' ' -f1)" = "$(value dump.sha256)" ] || die "refused: claims.sql is not the dump this backup wrote (SHA-256 differs)"
tail -n 1 "$DUMP" | grep -q '^-- Dump completed' || die "refused: claims.sql is incomplete (no 'Dump completed' line)"
used=$(value keys.used)
for id in ${used//,/ }; do
  expected=$(value "key.$id.check")
  given=$(configured_keys | sed -n "s/^$id://p")
  [ -n "$given" ] || die "refused: the data is encrypted with key $id, which CLAIMS_ENCRYPTION_KEYS does not give"
  [ -n "$expected" ] || die "refused: the backup holds no check value of key $id: it cannot tell a wrong key"
  [ "$(key_check "$given")" = "$expected" ] \
    || die "refused: the key given as $id is not the key $id this backup was made with; nothing was restored"
done

"$MARIADB_BIN/mariadb" "${CONNECT[@]}" -e "CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
tables=$("$MARIADB_BIN/mariadb" "${CONNECT[@]}" -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'")
[ "$tables" = 0 ] || die "refused: database $DB_NAME already holds $tables tables; restore into an empty one"

started=$(date +%s%N)
"$MARIADB_BIN/mariadb" "${CONNECT[@]}" --default-character-set=utf8mb4 "$DB_NAME" < "$DUMP" || die "loading the dump failed"
restore_ms=$(ms_since "$started")
# The client stops at the first statement that fails (die above), and the dump was complete: every row is in.
# The manifest's counts were taken just after the dump, outside its snapshot: shown beside the restored ones.
while IFS='=' read -r key count; do
  table=${key#rows.}
  actual=$("$MARIADB_BIN/mariadb" "${CONNECT[@]}" -N "$DB_NAME" -e "SELECT COUNT(*) FROM \`$table\`")
  [ "$actual" = "$count" ] || echo "note: $table holds $actual rows; $count were counted just after the dump" >&2
done < <(grep '^rows\.' "$MANIFEST")
echo "restored $DB_NAME from $DIR in $restore_ms ms"
