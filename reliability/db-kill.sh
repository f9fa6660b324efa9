#!/usr/bin/env bash
# The database killed under load, and an import cut by the database's death (issue 18): starts the application with
# the demo accounts on its own ports in a throwaway data folder, then reliability/DbKill.java
#   1. runs clients that register claims and comment on them, SIGKILLs the MariaDB process in the middle, starts it
#      again with the same command line, and checks: readiness DOWN at once and UP within 10 s of the database's
#      return; every claim and action answered 2xx stored; nothing stored of a refused one; gapless timelines;
#      no request longer than 30 s;
#   2. sends a 10,000-row legacy import (bench/LegacyCsv.java), kills the database while the import writes, and
#      checks that nothing of it stays and that the same file then imports entirely.
# Prints the figures; exits non-zero when a goal is missed. Stops what it started.
#
#   reliability/db-kill.sh
#   DBKILL_PORTBASE (38200), DBKILL_DB_PORT (3342), DBKILL_DATA (~/.vra-claims-db-kill),
#   -Ddbkill.clients (16), -Ddbkill.before.seconds (20), -Ddbkill.down.seconds (8), -Ddbkill.after.seconds (25)
#   in DBKILL_JAVA_OPTS
set -uo pipefail
cd "$(dirname "$0")/.."
. reliability/run-lib.sh

PORTBASE=${DBKILL_PORTBASE:-38200}
DB_PORT=${DBKILL_DB_PORT:-3342}
ROOT=${DBKILL_DATA:-$HOME/.vra-claims-db-kill}
DRIVER=$HOME/.m2/repository/com/mysql/mysql-connector-j/9.6.0/mysql-connector-j-9.6.0.jar
RESTARTED=$ROOT/mariadbd.pid
stop_all() {
  stop_run
  # The database the check started again is no child of the run command: stop it after the application.
  [ -f "$RESTARTED" ] && kill -TERM "$(cat "$RESTARTED")" 2> /dev/null
  rm -f "$RESTARTED"
}
trap stop_all EXIT

rm -rf "$ROOT"; mkdir -p "$ROOT"
java bench/LegacyCsv.java 10000 18 700000 > "$ROOT/legacy.csv" || fail "generating the legacy file"
start_run "$ROOT/data" "$PORTBASE" "$DB_PORT" accounts
pid=$(mariadbd_pid "$DB_PORT") || fail "no mariadbd on port $DB_PORT"
# shellcheck disable=SC2086
java ${DBKILL_JAVA_OPTS:-} -cp "$DRIVER" reliability/DbKill.java "http://localhost:$((PORTBASE + 80))" "$DB_PORT" \
  "$pid" "$ROOT/legacy.csv" "$RESTARTED"
