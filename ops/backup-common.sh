# Shared by ops/backup.sh and ops/restore.sh (sourced, not run): where the MariaDB client tools are, how to reach
# the database, and the check value that tells a key apart without revealing it.
#
#   DB_HOST (127.0.0.1), DB_PORT (3306), DB_NAME (claims), DB_USER (claims_owner), DB_PASSWORD
#   MARIADB_BIN   folder of mariadb and mariadb-dump (default: on the PATH, else the run command's
#                 ~/.cache/vra-claims/mariadb/bin)
#   CLAIMS_ENCRYPTION_KEYS ("1:<base64>,2:<base64>") or CLAIMS_ENCRYPTION_KEY (key 1), as the application reads them
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
DB_NAME=${DB_NAME:-claims}
DB_USER=${DB_USER:-claims_owner}
if [ -z "${MARIADB_BIN:-}" ]; then
  if command -v mariadb-dump > /dev/null; then MARIADB_BIN=$(dirname "$(command -v mariadb-dump)")
  else MARIADB_BIN=$HOME/.cache/vra-claims/mariadb/bin; fi
fi
export MYSQL_PWD=${DB_PASSWORD:-}
CONNECT=(--skip-ssl --protocol=TCP -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER")

die() { echo "$*" >&2; exit 2; }
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

# "id:base64" per line, from the same variables as the application.
configured_keys() {
  if [ -n "${CLAIMS_ENCRYPTION_KEYS:-}" ]; then tr ',' '\n' <<< "$CLAIMS_ENCRYPTION_KEYS" | sed 's/^ *//; s/ *$//'
  elif [ -n "${CLAIMS_ENCRYPTION_KEY:-}" ]; then echo "1:$CLAIMS_ENCRYPTION_KEY"; fi
}

# HMAC-SHA256 of a fixed text under the key: equal for the same key, and says nothing about it.
key_check() {
  local hex
  hex=$(base64 -d <<< "$1" 2> /dev/null | od -An -v -tx1 | tr -d ' \n')
  [ ${#hex} -eq 64 ] || die "an encryption key is not 32 bytes of base64"
  printf 'vra-claims key check' | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$hex" | sed 's/^.*= //'
}
