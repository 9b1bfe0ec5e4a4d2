#!/usr/bin/env bash
# The faults of load-tests/faults/run.sh, run by load-tests/run.sh beside Gatling, with RUN,
# PORTAL1_PORT, PORTAL1_PID, RIS_PORT, JAVA and the FAULT_* variables set. Each line it prints says
# what it did and when; the portal it starts again is stopped with the rest (RUN/extra.pids).
set -euo pipefail

log() { printf '%s  %s\n' "$(date +%T)" "$1"; }
pg_ctl() { runuser -u postgres -- "$FAULT_PGBIN/pg_ctl" -D "$FAULT_DIR/pg" "$@"; }

# The times below count from Gatling's start, not from the build before it.
for ((i = 0; i < 600; i++)); do
  grep -q "Simulation org.imagingnetwork.load.FaultsSimulation started" "$RUN/gatling.log" 2>/dev/null && break
  sleep 1
done
log "Gatling started; faults start (the storm is due about 90 s in)"
sleep 30
log "kill -9 portal instance 1 (pid $PORTAL1_PID)"
kill -9 "$PORTAL1_PID"
sleep 30
log "portal instance 1 starts again"
PORTAL_PORT=$PORTAL1_PORT "$JAVA" -jar "$RUN/jars/patient-portal.jar" >"$RUN/portal1-again.log" 2>&1 &
echo $! >>"$RUN/extra.pids"
sleep 40
log "Redis stops"
redis-cli -p "$FAULT_REDIS_PORT" shutdown nosave >/dev/null || true
sleep 20
log "Redis starts"
redis-server --port "$FAULT_REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
  --logfile "$FAULT_DIR/redis.log" --dir "$FAULT_DIR"
sleep 10
log "RIS of trust $FAULT_TRUST down"
curl -fsS -X POST "http://127.0.0.1:$RIS_PORT/admin/faults/$FAULT_TRUST?down=true" >/dev/null
sleep 30
log "PostgreSQL restarts"
pg_ctl -m fast -w restart >/dev/null
log "PostgreSQL is back"
sleep 90
log "RIS of trust $FAULT_TRUST up (after two minutes)"
curl -fsS -X POST "http://127.0.0.1:$RIS_PORT/admin/faults/$FAULT_TRUST?down=false" >/dev/null
log "faults done"
