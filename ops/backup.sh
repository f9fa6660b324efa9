#!/usr/bin/env bash
# A consistent online backup of the claims database, while the application runs:
#   ops/backup.sh DIR
# writes DIR/claims.sql (mariadb-dump --single-transaction: one consistent snapshot of every InnoDB table,
# without locking out the application; with the triggers that keep the timeline and the audit trail append-only)
# and DIR/backup.properties: when, the dump's SHA-256 and size, the row count of each table (counted just after the
# dump, outside its snapshot: while the application writes they may be a little higher than the dump's), the ids of the
# encryption keys the data uses, and for each configured key a check value (an HMAC of a fixed text under it) so
# that ops/restore.sh can refuse a wrong key. Never the keys themselves: keep them apart from the backup (the
# environment variables below). Connection settings and keys: see ops/backup-common.sh.
set -euo pipefail
. "$(dirname "$0")/backup-common.sh"

DIR=${1:?usage: ops/backup.sh DIR}
mkdir -p "$DIR"
DUMP=$DIR/claims.sql
MANIFEST=$DIR/backup.properties
started=$(date +%s%N)
"$MARIADB_BIN/mariadb-dump" "${CONNECT[@]}" --single-transaction --quick --routines --triggers --hex-blob \
  --default-character-set=utf8mb4 "$DB_NAME" > "$DUMP" || die "mariadb-dump failed"
dump_ms=$(ms_since "$started")
tail -n 1 "$DUMP" | grep -q '^-- Dump completed' || die "the dump is incomplete (no 'Dump completed' line)"

used=$(grep -oE "'v[12]:([0-9]+:)?" "$DUMP" | sed -E "s/^'v1:$/1/; s/^'v2:([0-9]+):$/\1/; /^'/d" | sort -un | paste -sd, -)
{
  echo "created=$(date -u +%FT%TZ)"
  echo "database=$DB_NAME"
  echo "dump.sha256=$(sha256sum "$DUMP" | cut -d' ' -f1)"
  echo "dump.bytes=$(stat -c %s "$DUMP")"
  echo "keys.used=$used"
  configured_keys | while IFS=: read -r id key; do echo "key.$id.check=$(key_check "$key")"; done
  "$MARIADB_BIN/mariadb" "${CONNECT[@]}" -N "$DB_NAME" -e "SELECT CONCAT('rows.', table_name, '=') FROM
      information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name" \
    | while read -r prefix; do
        table=${prefix#rows.}; table=${table%=}
        echo "$prefix$("$MARIADB_BIN/mariadb" "${CONNECT[@]}" -N "$DB_NAME" -e "SELECT COUNT(*) FROM \`$table\`")"
      done
} > "$MANIFEST"
for id in ${used//,/ }; do
  grep -q "^key.$id.check=" "$MANIFEST" || echo "warning: the data uses key $id, which is not configured here" >&2
done
echo "backup of $DB_NAME in $DIR: $(stat -c %s "$DUMP") bytes in $dump_ms ms (keys used: ${used:-none})"
