#!/usr/bin/env bash
# The README's first command: build everything, start PostgreSQL and Redis, load the generated West
# Midlands demo network and print its summary, then keep the servers running until Ctrl-C.
#
# Servers: the ones DATABASE_URL and REDIS_URL name, when set; embedded ones (real server binaries
# shipped in Maven artifacts) for whichever is not, so a fresh clone needs only a JDK 17.
# The network goes into its own database, imaging_demo, made afresh on the PostgreSQL server each run.
#
# Optional settings:
#   DEMO_PRESET=FULL|SMALL   how much of the network (default FULL)
#   DEMO_SEED=N              the generator's seed (default 2026)
#   DEMO_START=YYYY-MM-DD    the diary's first day (default: next Monday, London time)
set -euo pipefail
cd "$(dirname "$0")"

DEMO_DIR="$PWD/.demo"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
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
  rm -f "$DEMO_DIR/servers.env" "$DEMO_DIR/demo.env"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A module's compiled classes and its runtime dependencies, as the build wrote them.
classpath() { echo "$1/target/classes:$(cat "$1/target/runtime-classpath.txt")"; }

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

section "1. Build"
./mvnw -q -DskipTests install dependency:build-classpath \
  -Dmdep.outputFile=target/runtime-classpath.txt -Dmdep.includeScope=runtime
# The portal's and the console's demo launchers live with their tests (they bring the NHS login,
# CIS2 and Notify stand-ins).
./mvnw -q -pl patient-portal,staff-console dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
mkdir -p "$DEMO_DIR"
rm -f "$DEMO_DIR/servers.env" "$DEMO_DIR/demo.env"

section "2. PostgreSQL and Redis"
# LocalServers uses the servers the environment names and starts embedded ones for the rest; it
# writes servers.env once both accept connections, and stops its embedded servers when stopped.
"$JAVA" -cp "$(classpath test-support)" org.imagingnetwork.testsupport.LocalServers \
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
# scheduler-core is a library, so its logging settings for command-line tools go by another name
# than logback.xml (which every app using it would otherwise find twice).
"$JAVA" -Xmx3g -Dlogback.configurationFile=scheduler-core/target/classes/logback-tools.xml \
  -cp "$(classpath scheduler-core)" org.imagingnetwork.core.demo.LoadDemoNetwork "${LOAD_ARGS[@]}"
set -a
# shellcheck source=/dev/null
. "$DEMO_DIR/demo.env"
set +a

section "4. Apps"
# The apps start here, each in the background with its pid added to PIDS and pointed at the demo
# database ($DEMO_DATABASE_URL) and Redis ($REDIS_URL).
# The trusts' RIS (simulated: one per trust of the network, with fault switches) and the platform's
# FHIR boundary: the outbox relay writing to them, the trusts' feed and slot search (docs/fhir.md).
RIS_PORT="${RIS_SIMULATOR_PORT:-8090}"
DATABASE_URL="$DEMO_DATABASE_URL" "$JAVA" -cp "$(classpath fhir-sync)" \
  org.imagingnetwork.fhir.simulator.RisSimulatorMain --port "$RIS_PORT" >"$DEMO_DIR/ris-simulator.log" 2>&1 &
PIDS+=($!)
DATABASE_URL="$DEMO_DATABASE_URL" FHIR_PORT="${FHIR_PORT:-8082}" RIS_URL_TEMPLATE="http://127.0.0.1:$RIS_PORT/{ods}/fhir" \
  "$JAVA" -cp "$(classpath fhir-sync)" org.imagingnetwork.fhir.inbound.FhirSyncMain \
  --demo-tokens "$DEMO_DIR/fhir-tokens.txt" >"$DEMO_DIR/fhir-sync.log" 2>&1 &
PIDS+=($!)
echo "Trust RIS simulator: http://127.0.0.1:$RIS_PORT/<ODS>/fhir (faults: POST /admin/faults/<ODS>?down=true)"
echo "FHIR: http://127.0.0.1:${FHIR_PORT:-8082}/fhir/ris (trusts), /fhir/booking (channels); tokens in $DEMO_DIR/fhir-tokens.txt"
# Patient portal on :8080, with the NHS login stand-in on :8089 and the Notify stand-in on :8091;
# it prints how to sign in as a demo patient, and every message it sends.
# The app's own logging settings, not the tests' (the launcher lives with the tests).
DATABASE_URL="$DEMO_DATABASE_URL" "$JAVA" -Dlogback.configurationFile=patient-portal/target/classes/logback.xml \
  -cp "patient-portal/target/test-classes:patient-portal/target/classes:$(cat patient-portal/target/test-classpath.txt)" \
  org.imagingnetwork.portal.support.DemoPortal &
PIDS+=($!)

# Staff console on :8081, with the NHS CIS2 stand-in on :8088; it prints a sign-in for a demo member
# of staff of each role.
DATABASE_URL="$DEMO_DATABASE_URL" "$JAVA" -Dlogback.configurationFile=staff-console/target/classes/logback.xml \
  -cp "staff-console/target/test-classes:staff-console/target/classes:$(cat staff-console/target/test-classpath.txt)" \
  org.imagingnetwork.console.support.DemoConsole &
PIDS+=($!)

section "Running"
echo "The portal, the staff console, the FHIR boundary, PostgreSQL and Redis keep running until you press Ctrl-C."
# Any part stopping ends the demo (the trap stops the rest), so a failure is not hidden behind the
# parts still running.
wait -n "${PIDS[@]}" || true
echo "A part of the demo stopped; its log is in $DEMO_DIR (the portal's is above)." >&2
exit 1
