#!/usr/bin/env bash
# Scenarios 1 and 2 at once while things fail (load-tests/run.sh faults, FaultsSimulation), then the
# checker: no booking confirmed to a patient lost, none doubled, every request at most one live
# appointment, every slot grabbed in the storm booked once, and every trust's RIS holding exactly the
# network's appointments once the relay has caught up; HAProxy's figures show where traffic went.
#
#   flock /work/.build.lock load-tests/faults/run.sh
#
# The faults (load-tests/faults/timeline.sh, beside Gatling): kill -9 one portal instance and start
# it again, stop and start Redis, restart PostgreSQL, take one trust's RIS down for two minutes.
# PostgreSQL and Redis are this script's own (on ports 15432 and 16379, in load-tests/target/faults),
# so restarting them breaks nobody else's work on the machine. Settings as for run.sh (LOAD_USERS,
# LOAD_SECONDS, STORM_SLOTS, LOAD_PRESET...), and FAULT_TRUST (RRK), the trust whose RIS goes down.
set -euo pipefail
cd "$(dirname "$0")/../.."

DIR="$PWD/load-tests/target/faults"
export FAULT_PG_PORT=15432 FAULT_REDIS_PORT=16379 FAULT_DIR="$DIR" FAULT_TRUST=${FAULT_TRUST:-RRK}
export FAULT_PGBIN
FAULT_PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

stop_servers() {
  runuser -u postgres -- "$FAULT_PGBIN/pg_ctl" -D "$DIR/pg" -m fast stop >/dev/null 2>&1 || true
  redis-cli -p "$FAULT_REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
}
trap stop_servers EXIT

rm -rf "$DIR"
mkdir -p "$DIR"
chown postgres "$DIR"
# initdb and pg_ctl refuse to run as root.
runuser -u postgres -- "$FAULT_PGBIN/initdb" -D "$DIR/pg" -U postgres -A trust >/dev/null
runuser -u postgres -- "$FAULT_PGBIN/pg_ctl" -D "$DIR/pg" -l "$DIR/postgresql.log" -w \
  -o "-p $FAULT_PG_PORT -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=512MB" start >/dev/null
redis-server --port "$FAULT_REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
  --logfile "$DIR/redis.log" --dir "$DIR"

export DATABASE_URL="jdbc:postgresql://127.0.0.1:$FAULT_PG_PORT/postgres?user=postgres"
export REDIS_URL="redis://127.0.0.1:$FAULT_REDIS_PORT"
LOAD_NO_WARM_UP=1 LOAD_DURING_RUN="$PWD/load-tests/faults/timeline.sh" load-tests/run.sh faults
