#!/usr/bin/env bash
# A production-shaped topology on one machine, from Debian packages only:
#   3-node MariaDB Galera cluster (galera-4) on loopback ports
#   HAProxy in front of the database (one writer node, the others as backups) and of the service
#   N replicas of this service (default 2), all on the same cluster
#
# Usage: deploy/local-cluster.sh up [--replicas N] | status | kill-db N | start-db N | kill-app N | start-app N | down
#   up        prints  url=http://127.0.0.1:PORT  and  key=API_KEY  lines (also written to STATE/cluster.env)
#   kill-db   kill -9 Galera node N; start-db N brings it back (it rejoins by IST or SST)
#   kill-app  kill -9 service replica N; start-app N starts it again
#   down      stops everything and deletes the state folder
# Environment: FR_CLUSTER_DIR (state, default .cluster in the repository), FR_CLUSTER_PORT (front port, default 15000;
# the other ports are derived from it), FR_CLUSTER_REPLICAS (default 2).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE="${FR_CLUSTER_DIR:-$ROOT/.cluster}"
BASE="${FR_CLUSTER_PORT:-15000}"
NODES=3
DB_FRONT=$((BASE + 6))          # HAProxy's MariaDB frontend, what the replicas connect to
STATS_PORT=$((BASE + 7))        # HAProxy's stats page (loopback only)

log() { printf '[cluster] %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

db_port()   { echo $((BASE + 10 + $1)); }
gcomm_port(){ echo $((BASE + 20 + $1)); }
ist_port()  { echo $((BASE + 30 + $1)); }
sst_port()  { echo $((BASE + 40 + $1)); }
app_port()  { echo $((BASE + 100 + $1)); }
node_dir()  { echo "$STATE/db$1"; }
app_dir()   { echo "$STATE/app$1"; }

SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"

install_packages() {
  local wanted=(mariadb-server mariadb-client galera-4 rsync haproxy curl) missing=()
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if (( ${#missing[@]} )); then
    log "installing Debian packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  # Debian starts its own server on install; the cluster uses private data folders and ports, so it is not needed.
  if command -v systemctl >/dev/null && systemctl is-active --quiet mariadb 2>/dev/null; then
    $SUDO systemctl stop mariadb || true
  fi
}

pid_alive() { [[ -s "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

sql() { # node, statement — as root over the node's socket
  mariadb --no-defaults --socket="$(node_dir "$1")/mysqld.sock" -uroot -N -B -e "$2"
}

node_status() { sql "$1" "SHOW STATUS WHERE Variable_name IN ('wsrep_cluster_size','wsrep_local_state_comment')" 2>/dev/null | awk '{printf "%s=%s ", $1, $2}'; }

write_node_config() {
  local n=$1 dir; dir="$(node_dir "$n")"
  local peers="" i
  for ((i = 1; i <= NODES; i++)); do peers+="127.0.0.1:$(gcomm_port "$i"),"; done
  cat >"$dir/my.cnf" <<EOF
[mariadbd]
datadir=$dir/data
socket=$dir/mysqld.sock
pid-file=$dir/mysqld.pid
log-error=$dir/error.log
port=$(db_port "$n")
bind-address=127.0.0.1
skip-name-resolve
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_buffer_pool_size=128M
binlog_format=ROW
character-set-server=utf8mb4
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=facerecognition
wsrep_cluster_address=gcomm://${peers%,}
wsrep_node_name=db$n
wsrep_node_address=127.0.0.1:$(gcomm_port "$n")
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$(gcomm_port "$n");ist.recv_addr=127.0.0.1:$(ist_port "$n")"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$(sst_port "$n")
EOF
}

init_node() {
  local n=$1 dir; dir="$(node_dir "$n")"
  mkdir -p "$dir"
  write_node_config "$n"
  if [[ ! -d "$dir/data/mysql" ]]; then
    mariadb-install-db --no-defaults --datadir="$dir/data" --user=mysql --auth-root-authentication-method=socket >/dev/null 2>&1 \
      || die "mariadb-install-db failed for node $n"
  fi
  # The rsync SST daemon drops to the mysql user: every node's folder must be the mysql user's own.
  chown -R mysql:mysql "$dir"
}

start_node() { # node [--wsrep-new-cluster]
  local n=$1 extra=${2:-} dir; dir="$(node_dir "$n")"
  pid_alive "$dir/mysqld.pid" && { log "db$n already running"; return; }
  rm -f "$dir/mysqld.sock"
  runuser -u mysql -- nohup mariadbd --defaults-file="$dir/my.cnf" $extra >/dev/null 2>&1 &
  local deadline=$((SECONDS + 120))
  until [[ "$(sql "$n" "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | awk '{print $2}')" == "Synced" ]]; do
    (( SECONDS < deadline )) || { tail -n 30 "$dir/error.log" >&2; die "db$n did not reach Synced in 120 s"; }
    sleep 1
  done
  log "db$n synced on port $(db_port "$n") ($(node_status "$n"))"
}

kill_node() {
  local n=$1 dir; dir="$(node_dir "$n")"
  if pid_alive "$dir/mysqld.pid"; then kill -9 "$(cat "$dir/mysqld.pid")"; log "db$n killed (-9)"; else log "db$n is not running"; fi
}

any_node_running() {
  local i; for ((i = 1; i <= NODES; i++)); do pid_alive "$(node_dir "$i")/mysqld.pid" && return 0; done; return 1
}

first_running_node() {
  local i; for ((i = 1; i <= NODES; i++)); do pid_alive "$(node_dir "$i")/mysqld.pid" && { echo "$i"; return; }; done
}

create_database() {
  local password; password="$(cat "$STATE/db.password")"
  sql 1 "CREATE DATABASE IF NOT EXISTS facerecognition CHARACTER SET utf8mb4;
         CREATE USER IF NOT EXISTS 'facerecognition'@'127.0.0.1' IDENTIFIED BY '$password';
         GRANT ALL PRIVILEGES ON facerecognition.* TO 'facerecognition'@'127.0.0.1';
         CREATE USER IF NOT EXISTS 'haproxy_check'@'127.0.0.1';"
}

write_haproxy_config() {
  local replicas=$1 i
  {
    cat <<EOF
global
  maxconn 2048
  pidfile $STATE/haproxy.pid
defaults
  timeout connect 3s
  timeout client 120s
  timeout server 120s
  timeout check 2s
listen stats
  mode http
  bind 127.0.0.1:$STATS_PORT
  stats enable
  stats uri /
# The database: one writer at a time (the others are hot standbys), which avoids Galera certification conflicts
# between replicas writing the same rows through different nodes.
listen mariadb
  mode tcp
  bind 127.0.0.1:$DB_FRONT
  option mysql-check user haproxy_check post-41
  default-server inter 1s fall 2 rise 2 on-marked-down shutdown-sessions
EOF
    for ((i = 1; i <= NODES; i++)); do
      if (( i == 1 )); then echo "  server db$i 127.0.0.1:$(db_port "$i") check"
      else echo "  server db$i 127.0.0.1:$(db_port "$i") check backup"; fi
    done
    cat <<EOF
# The service: every replica that answers /health/ready with 200 takes requests.
frontend facerecognition
  mode http
  bind 127.0.0.1:$BASE
  default_backend replicas
backend replicas
  mode http
  balance roundrobin
  option httpchk GET /health/ready
  http-check expect status 200
  retry-on conn-failure empty-response response-timeout
  retries 2
  option redispatch
  default-server inter 1s fall 2 rise 2
EOF
    for ((i = 1; i <= replicas; i++)); do echo "  server app$i 127.0.0.1:$(app_port "$i") check"; done
  } >"$STATE/haproxy.cfg"
}

start_haproxy() {
  pid_alive "$STATE/haproxy.pid" && kill "$(cat "$STATE/haproxy.pid")" && sleep 0.5
  haproxy -q -D -f "$STATE/haproxy.cfg" || die "haproxy did not start (config: $STATE/haproxy.cfg)"
}

start_app() {
  local n=$1 dir; dir="$(app_dir "$n")"
  mkdir -p "$dir"
  pid_alive "$dir/app.pid" && { log "app$n already running"; return; }
  # shellcheck disable=SC1091
  source "$STATE/cluster.env"
  (
    export FR_SKIP_BUILD=1
    export ASPNETCORE_URLS="http://127.0.0.1:$(app_port "$n")"
    export Storage__Provider=MySql
    export Storage__MySqlConnectionString="Server=127.0.0.1;Port=$DB_FRONT;Database=facerecognition;User ID=facerecognition;Password=$(cat "$STATE/db.password");SslMode=None"
    export Storage__SqlitePath="$dir/unused.db"
    export Logging__Directory="$dir/logs"
    export Security__ApiKeys__0="$key"
    export Auth__SigningKey="$(cat "$STATE/jwt.key")"
    nohup "$ROOT/run.sh" >"$dir/stdout.log" 2>&1 &
    echo $! >"$dir/app.pid"
  )
  log "app$n starting on port $(app_port "$n")"
}

wait_app_ready() {
  local n=$1 deadline=$((SECONDS + 180))
  until curl -fs -o /dev/null "http://127.0.0.1:$(app_port "$n")/health/ready"; do
    pid_alive "$(app_dir "$n")/app.pid" || { tail -n 30 "$(app_dir "$n")/stdout.log" >&2; die "app$n exited"; }
    (( SECONDS < deadline )) || die "app$n not ready in 180 s (log: $(app_dir "$n")/stdout.log)"
    sleep 1
  done
  log "app$n ready"
}

kill_app() {
  local n=$1 pidfile; pidfile="$(app_dir "$n")/app.pid"
  if pid_alive "$pidfile"; then
    # run.sh execs dotnet, so the pid is the service itself.
    kill -9 "$(cat "$pidfile")"; log "app$n killed (-9)"
  else
    log "app$n is not running"
  fi
}

replica_count() { [[ -s "$STATE/replicas" ]] && cat "$STATE/replicas" || echo "${FR_CLUSTER_REPLICAS:-2}"; }

cmd_up() {
  local replicas="${FR_CLUSTER_REPLICAS:-2}"
  [[ "${1:-}" == "--replicas" ]] && replicas="$2"
  (( replicas >= 1 )) || die "--replicas must be at least 1"
  install_packages
  "$ROOT/deploy/bootstrap.sh"
  dotnet build "$ROOT/src/FaceRecognition.Api/FaceRecognition.Api.csproj" -c Release -nologo -v quiet >/dev/null

  mkdir -p "$STATE"; chmod 0755 "$STATE"
  echo "$replicas" >"$STATE/replicas"
  (umask 077
   [[ -s "$STATE/db.password" ]] || head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$STATE/db.password"
   [[ -s "$STATE/jwt.key" ]] || head -c 48 /dev/urandom | base64 -w0 >"$STATE/jwt.key"
   [[ -s "$STATE/cluster.env" ]] || printf 'url=http://127.0.0.1:%s\nkey=%s\n' "$BASE" "$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')" >"$STATE/cluster.env")

  local i
  for ((i = 1; i <= NODES; i++)); do init_node "$i"; done
  if any_node_running; then
    for ((i = 1; i <= NODES; i++)); do start_node "$i"; done
  else
    start_node 1 --wsrep-new-cluster
    create_database
    for ((i = 2; i <= NODES; i++)); do start_node "$i"; done
  fi

  write_haproxy_config "$replicas"
  start_haproxy
  for ((i = 1; i <= replicas; i++)); do start_app "$i"; done
  for ((i = 1; i <= replicas; i++)); do wait_app_ready "$i"; done
  cat "$STATE/cluster.env"
}

cmd_status() {
  [[ -d "$STATE" ]] || die "no cluster (run: deploy/local-cluster.sh up)"
  local i
  for ((i = 1; i <= NODES; i++)); do
    if pid_alive "$(node_dir "$i")/mysqld.pid"; then echo "db$i up port=$(db_port "$i") $(node_status "$i")"
    else echo "db$i down"; fi
  done
  for ((i = 1; i <= $(replica_count); i++)); do
    local code; code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(app_port "$i")/health/ready" || true)
    if pid_alive "$(app_dir "$i")/app.pid"; then echo "app$i up port=$(app_port "$i") ready=$code"; else echo "app$i down"; fi
  done
  if pid_alive "$STATE/haproxy.pid"; then echo "haproxy up front=$BASE db=$DB_FRONT stats=$STATS_PORT"; else echo "haproxy down"; fi
  cat "$STATE/cluster.env"
}

cmd_down() {
  [[ -d "$STATE" ]] || { log "nothing to stop"; return; }
  local i
  for ((i = 1; i <= $(replica_count); i++)); do
    local p; p="$(app_dir "$i")/app.pid"; pid_alive "$p" && kill "$(cat "$p")" 2>/dev/null || true
  done
  pid_alive "$STATE/haproxy.pid" && kill "$(cat "$STATE/haproxy.pid")" 2>/dev/null || true
  for ((i = NODES; i >= 1; i--)); do
    local p; p="$(node_dir "$i")/mysqld.pid"; pid_alive "$p" && kill "$(cat "$p")" 2>/dev/null || true
  done
  sleep 2
  for ((i = 1; i <= NODES; i++)); do
    local p; p="$(node_dir "$i")/mysqld.pid"; pid_alive "$p" && kill -9 "$(cat "$p")" 2>/dev/null || true
  done
  rm -rf "$STATE"
  log "stopped and removed $STATE"
}

node_arg() { [[ "${1:-}" =~ ^[1-3]$ ]] || die "node number 1..$NODES expected"; echo "$1"; }
app_arg()  { [[ "${1:-}" =~ ^[0-9]+$ ]] && (( $1 >= 1 && $1 <= $(replica_count) )) || die "replica number 1..$(replica_count) expected"; echo "$1"; }

case "${1:-}" in
  up) shift; cmd_up "$@" ;;
  status) cmd_status ;;
  kill-db) kill_node "$(node_arg "${2:-}")" ;;
  start-db)
    n="$(node_arg "${2:-}")"
    if any_node_running; then
      start_node "$n"
    else
      # Every node is down: this one starts a new cluster from its own data (it must be the most advanced; Galera
      # marks only the last node to leave safe to bootstrap, and after kill -9 none is marked).
      sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$(node_dir "$n")/data/grastate.dat"
      start_node "$n" --wsrep-new-cluster
    fi ;;
  kill-app) kill_app "$(app_arg "${2:-}")" ;;
  start-app) n="$(app_arg "${2:-}")"; start_app "$n"; wait_app_ready "$n" ;;
  down) cmd_down ;;
  *) sed -n '2,15p' "$0" >&2; exit 2 ;;
esac
