#!/usr/bin/env bash
# The README's first command: build the apps' jars, start PostgreSQL and Redis, load the generated
# West Midlands demo network and print its summary, then run every app from its jar until Ctrl-C.
#
# Servers: the ones DATABASE_URL and REDIS_URL name, when set; embedded ones (real server binaries
# shipped in Maven artifacts) for whichever is not, so a fresh clone needs only a JDK 17.
# The network goes into its own database, imaging_demo, made afresh on the PostgreSQL server each run.
# The apps are configured only by environment variables (docs/operations.md); the demo's launcher
# (the demo module, never deployed) brings the servers, the loading, and stand-ins for NHS login,
# NHS CIS2 and GOV.UK Notify.
#
# Optional settings:
#   DEMO_PRESET=FULL|SMALL   how much of the network (default FULL)
#   DEMO_SEED=N              the generator's seed (default 2026)
#   DEMO_START=YYYY-MM-DD    the diary's first day (default: next Monday, London time)
#   DEMO_SKIP_BUILD=1        use the jars already built (./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")"

DEMO_DIR="$PWD/.demo"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
LAUNCHER=demo/target/demo.jar
PIDS=()

section() { printf '\n== %s ==\n' "$1"; }

# Stops everything this script started, whatever way it ends.
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if ((${#PIDS[@]})); then
    echo "Stopping the demo..."
    kill "${PIDS[@]}" 2>/dev/null || true
    wait "${PIDS[@]}" 2>/dev/null || true
  fi
  rm -f "$DEMO_DIR/servers.env" "$DEMO_DIR/demo.env" "$DEMO_DIR/stand-ins.env"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Waits for a file a background process writes when it is ready; fails if the process dies first.
await_file() {
  local file=$1 pid=$2 log=$3 seconds=$4
  for ((i = 0; i < seconds * 2; i++)); do
    [[ -f "$file" ]] && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "It stopped before it was ready; its log ($log) ends:" >&2
      tail -n 30 "$log" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "Not ready after ${seconds}s; see $log" >&2
  return 1
}

source scripts/await-ready.sh

# Starts a jar in the background with its output in .demo/<name>.log; its pid goes into PIDS.
start_jar() {
  local name=$1 jar=$2
  "$JAVA" -jar "$jar" >"$DEMO_DIR/$name.log" 2>&1 &
  PIDS+=($!)
}

# A key of 32 random characters, made afresh each run: the apps refuse the shipped defaults.
secret() { head -c 24 /dev/urandom | base64 | tr '+/' '-_'; }

section "1. Build"
# package, not install: the jars run from each module's target/, and ~/.m2 stays free of this
# checkout's snapshots (other checkouts on the machine build against it).
[[ -n "${DEMO_SKIP_BUILD:-}" ]] || ./mvnw -q -DskipTests package
mkdir -p "$DEMO_DIR"
rm -f "$DEMO_DIR/servers.env" "$DEMO_DIR/demo.env" "$DEMO_DIR/stand-ins.env"

section "2. PostgreSQL and Redis"
# LocalServers uses the servers the environment names and starts embedded ones for the rest; it
# writes servers.env once both accept connections, and stops its embedded servers when stopped.
"$JAVA" -cp "$LAUNCHER" org.imagingnetwork.testsupport.LocalServers \
  --env-file "$DEMO_DIR/servers.env" >"$DEMO_DIR/servers.log" 2>&1 &
PIDS+=($!)
await_file "$DEMO_DIR/servers.env" "${PIDS[0]}" "$DEMO_DIR/servers.log" 180
set -a
# shellcheck source=/dev/null
. "$DEMO_DIR/servers.env"
set +a
grep -E '^(PostgreSQL|Redis)' "$DEMO_DIR/servers.log" || true

section "3. Demo network"
LOAD_ARGS=(--env-file "$DEMO_DIR/demo.env")
[[ -n "${DEMO_PRESET:-}" ]] && LOAD_ARGS+=(--preset "$DEMO_PRESET")
[[ -n "${DEMO_SEED:-}" ]] && LOAD_ARGS+=(--seed "$DEMO_SEED")
[[ -n "${DEMO_START:-}" ]] && LOAD_ARGS+=(--start "$DEMO_START")
"$JAVA" -Xmx3g -Dlogback.configurationFile=logback-tools.xml \
  -cp "$LAUNCHER" org.imagingnetwork.core.demo.LoadDemoNetwork "${LOAD_ARGS[@]}"
set -a
# shellcheck source=/dev/null
. "$DEMO_DIR/demo.env"
set +a

section "4. Apps"
# Every app's settings, as a deployment would give them (docs/operations.md).
export DATABASE_URL="$DEMO_DATABASE_URL" REDIS_URL
export PORTAL_PORT=8080 CONSOLE_PORT=8081 FHIR_PORT=8082 RIS_SIMULATOR_PORT=8090
export PORTAL_SESSION_SECRET="$(secret)" PORTAL_LINK_SECRET="$(secret)" CONSOLE_SESSION_SECRET="$(secret)"
export NHS_LOGIN_CLIENT_SECRET="$(secret)" CIS2_CLIENT_SECRET="$(secret)"
export NHS_LOGIN_ISSUER=http://127.0.0.1:8089/nhslogin CIS2_ISSUER=http://127.0.0.1:8088/cis2
# A key of Notify's shape (name, service id, secret) for the local stand-in, which checks only its shape.
export NOTIFY_API_KEY="demo-$(cat /proc/sys/kernel/random/uuid)-$(cat /proc/sys/kernel/random/uuid)"
export NOTIFY_BASE_URL=http://127.0.0.1:8091
export RIS_URL_TEMPLATE="http://127.0.0.1:$RIS_SIMULATOR_PORT/{ods}/fhir"

# The stand-ins for NHS login, CIS2 and Notify; it prints every message the portal sends, and
# writes the boundary's fresh tokens and how to sign in.
"$JAVA" -jar "$LAUNCHER" "$DEMO_DIR" &
PIDS+=($!)
await_file "$DEMO_DIR/stand-ins.env" "${PIDS[-1]}" /dev/null 60
set -a
# shellcheck source=/dev/null
. "$DEMO_DIR/stand-ins.env"
set +a

# The trusts' RIS (simulated: one per trust of the network, with fault switches) and the platform's
# FHIR boundary: the outbox relay writing to them, the trusts' feed and slot search (docs/fhir.md).
start_jar ris-simulator fhir-sync/target/ris-simulator.jar
start_jar fhir-boundary fhir-sync/target/fhir-boundary.jar
start_jar portal patient-portal/target/patient-portal.jar
start_jar console staff-console/target/staff-console.jar
await_ready "http://127.0.0.1:$RIS_SIMULATOR_PORT/health/readiness" "${PIDS[-4]}" "$DEMO_DIR/ris-simulator.log" 120
await_ready "http://127.0.0.1:$FHIR_PORT/health/readiness" "${PIDS[-3]}" "$DEMO_DIR/fhir-boundary.log" 120
await_ready "http://127.0.0.1:$PORTAL_PORT/health/readiness" "${PIDS[-2]}" "$DEMO_DIR/portal.log" 120
await_ready "http://127.0.0.1:$CONSOLE_PORT/health/readiness" "${PIDS[-1]}" "$DEMO_DIR/console.log" 120

section "Running"
echo "Trust RIS simulator: http://127.0.0.1:$RIS_SIMULATOR_PORT/<ODS>/fhir (faults: POST /admin/faults/<ODS>?down=true)"
echo "FHIR: http://127.0.0.1:$FHIR_PORT/fhir/ris (trusts), /fhir/booking (channels); tokens in $DEMO_DIR/fhir-tokens.txt"
echo
cat "$DEMO_DIR/sign-in.txt"
echo
echo "Every app's log is in $DEMO_DIR. The apps, the stand-ins, PostgreSQL and Redis keep running until you press Ctrl-C."
# Any part stopping ends the demo (the trap stops the rest), so a failure is not hidden behind the
# parts still running.
wait -n "${PIDS[@]}" || true
echo "A part of the demo stopped; its log is in $DEMO_DIR." >&2
exit 1
