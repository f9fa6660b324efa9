# Shared by the reliability scripts (sourced, not run): starting and stopping the application with the run command
# on a data folder and ports of their own, and the MariaDB client on its database.
MARIADB=${MARIADB:-$HOME/.cache/vra-claims/mariadb}
OWNER_PASSWORD=claims-owner-dev-only
RUN_PID=
fail() { echo "FAILED: $*"; exit 1; }

# start_run DATA PORTBASE DB_PORT DEMO [extra -D options]: starts the run command and waits (at most
# RUN_START_SECONDS, default 1200) until it answers; its output goes to DATA.log. Maven runs offline (-o) unless
# RUN_MVN_OFFLINE is set, to empty on a machine whose local repository lacks the run profile's plugins.
start_run() {
  local data=$1 portbase=$2 db_port=$3 demo=$4 log=$1.log
  shift 4
  # shellcheck disable=SC2086
  mvn -B ${RUN_MVN_OFFLINE--o} -Prun package -DskipTests -Dclaims.data="$data" -Dclaims.demo="$demo" -Dclaims.db.port="$db_port" \
    -Dclaims.portbase="$portbase" "$@" > "$log" 2>&1 &
  RUN_PID=$!
  for _ in $(seq 1 "${RUN_START_SECONDS:-1200}"); do
    grep -q "is running" "$log" && return 0; kill -0 "$RUN_PID" 2> /dev/null || break; sleep 1
  done
  fail "the application did not start on $data; see $log"
}

# Stops the run command started last (it undeploys, stops Payara, then MariaDB), waiting at most 120 s.
stop_run() {
  [ -n "$RUN_PID" ] || return 0
  kill -TERM "$RUN_PID" 2> /dev/null
  for _ in $(seq 1 120); do kill -0 "$RUN_PID" 2> /dev/null || break; sleep 1; done
  RUN_PID=
}

# sql PORT [mariadb options...]: the MariaDB client as the schema's owner on the claims database.
sql() {
  local port=$1
  shift
  "$MARIADB/bin/mariadb" --skip-ssl --protocol=TCP -h127.0.0.1 -P"$port" -uclaims_owner -p"$OWNER_PASSWORD" "$@" claims
}

# The pid of the mariadbd listening on PORT, a process the run command started.
mariadbd_pid() {
  local pid
  for pid in $(pgrep -x mariadbd); do
    tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q -- "--port=$1\b" && { echo "$pid"; return 0; }
  done
  return 1
}
