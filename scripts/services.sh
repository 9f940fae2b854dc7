#!/usr/bin/env bash
# Starts (or stops) a throwaway PostgreSQL 15 cluster and a redis-server on loopback for the hub's
# tests and benchmarks. Idempotent: a second `start` reuses the running services.
#   eval "$(scripts/services.sh start)"   # exports DATABASE_URL and REDIS_URL
#   scripts/services.sh stop
# Only `export ...` lines go to stdout; progress goes to stderr.
set -euo pipefail

STATE_DIR="${TACT_SERVICES_DIR:-${TMPDIR:-/tmp}/tact-services}"
PG_BIN=/usr/lib/postgresql/15/bin
REDIS_BIN=/usr/bin/redis-server
PG_DATA="$STATE_DIR/pg"
PG_USER=postgres

log() { echo "services: $*" >&2; }

wait_for_file() {
  # apt may still be installing the packages when CI starts us.
  local file=$1 waited=0
  while [ ! -x "$file" ]; do
    if [ "$waited" -ge 600 ]; then log "gave up waiting for $file"; exit 1; fi
    [ "$waited" -eq 0 ] && log "waiting for $file (apt still installing?)"
    sleep 2; waited=$((waited + 2))
  done
}

free_port() {
  python3 - <<'PY' 2>/dev/null || node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u "$PG_USER" -- "$@"; else "$@"; fi
}

pg_running() { [ -f "$STATE_DIR/pg.port" ] && as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; }
redis_running() { [ -f "$STATE_DIR/redis.port" ] && redis-cli -p "$(cat "$STATE_DIR/redis.port")" ping >/dev/null 2>&1; }

start_pg() {
  wait_for_file "$PG_BIN/postgres"
  if pg_running; then return; fi
  local port; port=$(free_port)
  rm -rf "$PG_DATA"; mkdir -p "$PG_DATA"
  [ "$(id -u)" = 0 ] && chown -R "$PG_USER" "$STATE_DIR"
  as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --no-sync >/dev/null
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$STATE_DIR/pg.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $STATE_DIR -c fsync=off -c max_connections=200" start >/dev/null
  as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres tact_test
  echo "$port" >"$STATE_DIR/pg.port"
  log "postgres on 127.0.0.1:$port"
}

start_redis() {
  wait_for_file "$REDIS_BIN"
  if redis_running; then return; fi
  local port; port=$(free_port)
  "$REDIS_BIN" --bind 127.0.0.1 --port "$port" --save '' --appendonly no --daemonize yes \
    --pidfile "$STATE_DIR/redis.pid" --logfile "$STATE_DIR/redis.log" --maxclients 10000 >/dev/null
  for _ in $(seq 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
  echo "$port" >"$STATE_DIR/redis.port"
  log "redis on 127.0.0.1:$port"
}

stop_all() {
  if [ -d "$PG_DATA" ]; then as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast stop >/dev/null 2>&1 || true; fi
  if [ -f "$STATE_DIR/redis.pid" ]; then kill "$(cat "$STATE_DIR/redis.pid")" 2>/dev/null || true; fi
  rm -rf "$STATE_DIR"
  log "stopped"
}

case "${1:-}" in
  start)
    mkdir -p "$STATE_DIR"
    start_pg
    start_redis
    echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$(cat "$STATE_DIR/pg.port")/tact_test"
    echo "export REDIS_URL=redis://127.0.0.1:$(cat "$STATE_DIR/redis.port")"
    ;;
  stop) stop_all ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
