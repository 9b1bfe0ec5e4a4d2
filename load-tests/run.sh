#!/usr/bin/env bash
# One load scenario against the platform run from its jars, start to finish:
#
#   load-tests/run.sh patients   # scenario 1: patients over two portal instances behind HAProxy
#   load-tests/run.sh storm      # scenario 2: the released-slot storm, portal offers and /fhir/booking
#   load-tests/run.sh channels   # scenario 3: the NHS App books through /fhir/booking, trusts report to /fhir/ris
#   load-tests/run.sh staff      # scenario 4: bookings staff on the console's waiting list and diary
#   load-tests/run.sh faults     # 1 and 2 at once, for load-tests/faults/run.sh (which brings the faults)
#
# It builds the jars (./mvnw package), loads the generated network into its own database, starts
# GOV.UK Notify's stand-in and what the scenario uses from the apps' jars, configured only by
# environment variables (docs/operations.md): two portal instances (patients, storm), the RIS
# simulator and the FHIR boundary (storm, channels), or two console instances and the CIS2 stand-in
# (staff); then HAProxy (load-tests/haproxy/haproxy.cfg) in front of them; seeds the users through
# the apps' own code (org.imagingnetwork.load.seed.Seed); runs the Gatling simulation (its assertions
# are the targets); runs the checker over PostgreSQL; and stops everything it started, however it ends.
# Exit status: 0 only when Gatling's assertions and the checker all passed.
#
# Settings (environment):
#   LOAD_PRESET=FULL|SMALL      the generated network (FULL, the West Midlands)
#   LOAD_DATABASE=imaging_load  the database made afresh for the run on DATABASE_URL's server
#   LOAD_KEEP_NETWORK=1         reuse the network loaded by the last run (faster; it carries that run's bookings)
#   LOAD_SKIP_BUILD=1           use the jars already built
#   LOAD_NO_WARM_UP=1           measure from cold JVMs (by default patients, channels and staff get unmeasured load first)
#   LOAD_JFR=1                  each app records a Flight Recorder profile, $RUN/NAME.jfr (`jfr print --events jdk.ExecutionSample FILE`)
#   patients: LOAD_USERS (200) concurrent patients for LOAD_SECONDS (180) after LOAD_RAMP_SECONDS (30),
#             LOAD_THINK_MIN_MILLIS/LOAD_THINK_MAX_MILLIS (1000/3000) between pages
#   storm:    STORM_SLOTS (200) slots freed, STORM_OFFERS (5) portal patients offered each and
#             STORM_CHANNEL (5) more booking each through /fhir/booking; LOAD_RAMP_SECONDS (60) for
#             the portal patients' sign-ins before the grab; STORM_WARM_UP_SLOTS (20) more slots
#             freed and grabbed the same way first, unmeasured
#   channels: CHANNEL_BOOKINGS_PER_MINUTE (120) NHS App patients searching and booking and
#             CHANNEL_REPORTS_PER_MINUTE (120) appointments reported arrived, then fulfilled
#             LOAD_FULFILLED_AFTER_SECONDS (10) later, for LOAD_SECONDS (180), after 30 s of the same unmeasured
#   staff:    LOAD_USERS (50) concurrent bookings clerks for LOAD_SECONDS (180) after LOAD_RAMP_SECONDS (30),
#             LOAD_THINK_MIN_MILLIS/LOAD_THINK_MAX_MILLIS (2000/5000) between pages, LOAD_STAFF_ROUNDS (5)
#             rounds of the waiting list and the diary each before another clerk signs in
#   faults:   LOAD_USERS (50) patients for LOAD_SECONDS (360) while STORM_SLOTS (50) slots are grabbed
#             LOAD_STORM_AFTER_SECONDS (90) in; LOAD_DURING_RUN, a script run beside Gatling (the faults)
#   DATABASE_URL, REDIS_URL     the servers (defaults: PostgreSQL and Redis on this machine)
#
# Everything it writes is under load-tests/target/run/: the apps' logs, the feeder files, the
# Gatling report (load-tests/target/gatling/), the checker's findings.
set -euo pipefail
cd "$(dirname "$0")/.."

SCENARIO=${1:-}
case "$SCENARIO" in
  patients) SIMULATION=org.imagingnetwork.load.PatientsSimulation ;;
  storm) SIMULATION=org.imagingnetwork.load.StormSimulation ;;
  channels) SIMULATION=org.imagingnetwork.load.ChannelsSimulation ;;
  staff) SIMULATION=org.imagingnetwork.load.StaffSimulation ;;
  faults) SIMULATION=org.imagingnetwork.load.FaultsSimulation ;;
  *)
    echo "Usage: load-tests/run.sh patients|storm|channels|staff|faults   (settings: see the top of this script)" >&2
    exit 2
    ;;
esac

RUN="$PWD/load-tests/target/run"
FEEDERS="$RUN/feeders"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
SERVER_URL=${DATABASE_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379}
LOAD_DATABASE=${LOAD_DATABASE:-imaging_load}
LB_HOST=127.0.0.1 LB_PORT=18443 LB_CONSOLE_PORT=18444 LB_STATS_PORT=18404
PORTAL1_PORT=18081 PORTAL2_PORT=18082 CONSOLE1_PORT=18083 CONSOLE2_PORT=18084
FHIR_PORT=18090 RIS_PORT=18095 CIS2_PORT=18098 NOTIFY_PORT=18099
# What each scenario runs: the portals, the FHIR boundary with the RIS simulator, the consoles.
PORTALS=1 FHIR="" CONSOLES=""
case "$SCENARIO" in
  storm | faults) FHIR=1 ;;
  channels) PORTALS="" FHIR=1 ;;
  staff) PORTALS="" CONSOLES=1 ;;
esac
PIDS=()
# The apps started from jars, by name (portal1, fhir-boundary...): their CPU per request is reported.
declare -A APPS=()
# Each app's name in HAProxy's statistics (backend/server), where its responses are counted.
declare -A LB_NAMES=([portal1]=portal/portal1 [portal2]=portal/portal2 [fhir-boundary]=fhir/fhir1
  [console1]=console/console1 [console2]=console/console2)

section() { printf '\n== %s ==\n' "$1"; }

# Stops everything this script started, whatever way it ends.
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  # Apps the faults' script restarted.
  if [[ -f "$RUN/extra.pids" ]]; then
    while read -r pid; do PIDS+=("$pid"); done <"$RUN/extra.pids"
  fi
  if ((${#PIDS[@]})); then
    echo "Stopping what the run started..."
    kill "${PIDS[@]}" 2>/dev/null || true
    wait "${PIDS[@]}" 2>/dev/null || true
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

source scripts/await-ready.sh

# Starts a jar (copied into the run directory, so a rebuild cannot change it under the running app).
# With LOAD_JFR set, each app records with Java Flight Recorder's profiling settings into
# $RUN/NAME.jfr, written when the app stops at the end of the run.
start_jar() {
  local name=$1 jar=$2
  shift 2
  local jfr=()
  if [[ -n "${LOAD_JFR:-}" ]]; then
    jfr=(-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="$RUN/$name.jfr")
  fi
  "$JAVA" "${jfr[@]}" "$@" -jar "$RUN/jars/$jar" >"$RUN/$name.log" 2>&1 &
  PIDS+=($!)
  APPS[$name]=$!
}

secret() { head -c 24 /dev/urandom | base64 | tr '+/' '-_'; }

# split_feeder FILE ROWS: the feeder FILE's first ROWS records into warm-up-FILE, the rest into
# measured-FILE (each with the header line), so the warm-up uses none of the measured run's users.
split_feeder() {
  local file=$1 rows=$2
  { head -n 1 "$FEEDERS/$file"; sed -n "2,$((rows + 1))p" "$FEEDERS/$file"; } >"$FEEDERS/warm-up-$file"
  { head -n 1 "$FEEDERS/$file"; tail -n +$((rows + 2)) "$FEEDERS/$file"; } >"$FEEDERS/measured-$file"
}

# split_storm SLOTS: the storm's contenders for the first SLOTS slots of storm-slots.csv into
# warm-up-storm-portal.csv and warm-up-storm-channel.csv, the others' into measured-storm-*.csv.
split_storm() {
  local slots=$1 file column
  for file in storm-portal.csv storm-channel.csv; do
    column=$(head -n 1 "$FEEDERS/$file" | tr ',' '\n' | grep -nx slot | cut -d: -f1)
    awk -F, -v slots="$slots" -v column="$column" -v warm="$FEEDERS/warm-up-$file" -v measured="$FEEDERS/measured-$file" '
      NR == FNR { if (FNR > 1 && FNR <= slots + 1) first[$1] = 1; next }
      FNR == 1 { print > warm; print > measured; next }
      { if ($column in first) print > warm; else print > measured }' "$FEEDERS/storm-slots.csv" "$FEEDERS/$file"
  done
}

# The CPU time (ms) process PID has used so far, user and system.
cpu_millis() {
  awk -v tick="$(getconf CLK_TCK)" '{ printf "%d\n", ($14 + $15) * 1000 / tick }' "/proc/$1/stat" 2>/dev/null || echo 0
}

if ! command -v haproxy >/dev/null; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    echo "Installing HAProxy (Debian's package)..."
    apt-get install -y -qq haproxy >/dev/null
  else
    echo "HAProxy is needed: apt-get install haproxy" >&2
    exit 1
  fi
fi

section "1. Build"
if [[ -z "${LOAD_SKIP_BUILD:-}" ]]; then
  ./mvnw -q -B -DskipTests package
fi
rm -rf "$RUN"
mkdir -p "$RUN/jars" "$FEEDERS"
cp patient-portal/target/patient-portal.jar staff-console/target/staff-console.jar fhir-sync/target/fhir-boundary.jar \
  fhir-sync/target/ris-simulator.jar "$RUN/jars/"
# The seeding, the checker and Notify's stand-in, with their libraries.
cp -r load-tests/target/load-tests.jar load-tests/target/lib "$RUN/jars/"
TOOLS="$RUN/jars/load-tests.jar"
# The demo launcher's CIS2 stand-in, with its libraries.
mkdir -p "$RUN/demo"
cp -r demo/target/demo.jar demo/target/lib "$RUN/demo/"

section "2. Network"
DB_URL=$(printf '%s' "$SERVER_URL" | sed -E "s#(jdbc:postgresql://[^/]+/)[^?]*#\1$LOAD_DATABASE#")
if [[ -z "${LOAD_KEEP_NETWORK:-}" ]]; then
  DATABASE_URL="$SERVER_URL" "$JAVA" -Xmx3g -Dlogback.configurationFile=logback-tools.xml \
    -cp demo/target/demo.jar org.imagingnetwork.core.demo.LoadDemoNetwork \
    --preset "${LOAD_PRESET:-FULL}" --database "$LOAD_DATABASE" | grep -E '^(Demo network|Generated|Loaded|Demo database)'
fi
export DATABASE_URL="$DB_URL"

section "3. Seeding"
# Each run's Redis keys apart from any other run's or app's: holds and rate limits start empty.
export REDIS_KEY_PREFIX="load-$(date +%s):"
export PORTAL_PUBLIC_URL="https://$LB_HOST:$LB_PORT"
export PORTAL_LINK_SECRET="$(secret)" PORTAL_SESSION_SECRET="$(secret)"
SEED=("$JAVA" -cp "$TOOLS" org.imagingnetwork.load.seed.Seed)
"${SEED[@]}" tokens --out "$RUN"
set -a
# shellcheck source=/dev/null
. "$RUN/platform.env"
set +a
GATLING_ARGS=()
WARM_UP_ARGS=()
CHECK_ARGS=()
case "$SCENARIO" in
  patients)
    USERS=${LOAD_USERS:-200}
    DURATION=${LOAD_SECONDS:-180}
    # Enough patients that none is in two journeys at once (a journey takes well under a minute),
    # and 200 others for the warm-up.
    "${SEED[@]}" patients --count $((USERS * 4 + 200)) --out "$FEEDERS"
    split_feeder patients.csv 200
    WARM_UP_ARGS+=(-Dload.patients=warm-up-patients.csv -Dload.users=20 -Dload.seconds=60 -Dload.rampSeconds=5
      -Dload.thinkMinMillis=200 -Dload.thinkMaxMillis=500)
    GATLING_ARGS+=(-Dload.patients=measured-patients.csv -Dload.users="$USERS" -Dload.seconds="$DURATION" -Dload.rampSeconds="${LOAD_RAMP_SECONDS:-30}"
      -Dload.thinkMinMillis="${LOAD_THINK_MIN_MILLIS:-1000}" -Dload.thinkMaxMillis="${LOAD_THINK_MAX_MILLIS:-3000}")
    ;;
  faults)
    "${SEED[@]}" patients --count $((${LOAD_USERS:-50} * 8)) --out "$FEEDERS"
    "${SEED[@]}" storm --slots "${STORM_SLOTS:-50}" --offers "${STORM_OFFERS:-5}" \
      --channel "${STORM_CHANNEL:-5}" --out "$FEEDERS"
    GATLING_ARGS+=(-Dload.users="${LOAD_USERS:-50}" -Dload.seconds="${LOAD_SECONDS:-360}"
      -Dload.stormAfterSeconds="${LOAD_STORM_AFTER_SECONDS:-90}" -Dload.channelToken="$LOAD_CHANNEL_TOKEN"
      -Dload.confirmed="$RUN/confirmed.csv")
    CHECK_ARGS+=(--storm-slots "$FEEDERS/storm-slots.csv" --confirmed "$RUN/confirmed.csv"
      --ris "http://127.0.0.1:$RIS_PORT" --drain-seconds 600)
    ;;
  storm)
    # Before any portal runs, so no offer engine offers the freed slots first. The first
    # STORM_WARM_UP_SLOTS slots' contenders storm first, unmeasured: a deployed portal's JIT has long
    # compiled the grab and its pages. The checker judges every freed slot, the warm-up's too.
    WARM_UP_SLOTS=${STORM_WARM_UP_SLOTS:-20}
    "${SEED[@]}" storm --slots $((${STORM_SLOTS:-200} + WARM_UP_SLOTS)) --offers "${STORM_OFFERS:-5}" \
      --channel "${STORM_CHANNEL:-5}" --out "$FEEDERS"
    split_storm "$WARM_UP_SLOTS"
    WARM_UP_ARGS+=(-Dload.channelToken="$LOAD_CHANNEL_TOKEN" -Dload.rampSeconds=10
      -Dload.stormPortal=warm-up-storm-portal.csv -Dload.stormChannel=warm-up-storm-channel.csv)
    GATLING_ARGS+=(-Dload.channelToken="$LOAD_CHANNEL_TOKEN" -Dload.rampSeconds="${LOAD_RAMP_SECONDS:-60}"
      -Dload.stormPortal=measured-storm-portal.csv -Dload.stormChannel=measured-storm-channel.csv)
    CHECK_ARGS+=(--storm-slots "$FEEDERS/storm-slots.csv")
    ;;
  channels)
    BOOKINGS=${CHANNEL_BOOKINGS_PER_MINUTE:-120} REPORTS=${CHANNEL_REPORTS_PER_MINUTE:-120}
    DURATION=${LOAD_SECONDS:-180} WARM_UP=30
    # Each patient and each appointment is used once: the warm-up's, the run's, and a tenth to spare.
    "${SEED[@]}" channels --patients $((BOOKINGS * (WARM_UP + DURATION) * 11 / 600 + 10)) \
      --statuses $((REPORTS * (WARM_UP + DURATION) * 11 / 600 + 10)) --out "$FEEDERS"
    split_feeder channel-patients.csv $((BOOKINGS * WARM_UP / 60 + 5))
    split_feeder ris-statuses.csv $((REPORTS * WARM_UP / 60 + 5))
    CHANNEL_ARGS=(-Dload.channelToken="$LOAD_CHANNEL_TOKEN" -Dload.trustTokens="$FHIR_TRUST_TOKENS"
      -Dload.bookingsPerMinute="$BOOKINGS" -Dload.reportsPerMinute="$REPORTS"
      -Dload.fulfilledAfterSeconds="${LOAD_FULFILLED_AFTER_SECONDS:-10}")
    WARM_UP_ARGS+=("${CHANNEL_ARGS[@]}" -Dload.seconds="$WARM_UP"
      -Dload.channelPatients=warm-up-channel-patients.csv -Dload.risStatuses=warm-up-ris-statuses.csv)
    GATLING_ARGS+=("${CHANNEL_ARGS[@]}" -Dload.seconds="$DURATION" -Dload.confirmed="$RUN/confirmed.csv"
      -Dload.channelPatients=measured-channel-patients.csv -Dload.risStatuses=measured-ris-statuses.csv)
    CHECK_ARGS+=(--confirmed "$RUN/confirmed.csv" --ris "http://127.0.0.1:$RIS_PORT" --drain-seconds 300)
    ;;
  staff)
    USERS=${LOAD_USERS:-50}
    "${SEED[@]}" staff --count "$USERS" --out "$FEEDERS"
    WARM_UP_ARGS+=(-Dload.users=10 -Dload.seconds=60 -Dload.rampSeconds=5 -Dload.thinkMinMillis=200
      -Dload.thinkMaxMillis=500 -Dload.staffRounds=2)
    GATLING_ARGS+=(-Dload.users="$USERS" -Dload.seconds="${LOAD_SECONDS:-180}" -Dload.rampSeconds="${LOAD_RAMP_SECONDS:-30}"
      -Dload.thinkMinMillis="${LOAD_THINK_MIN_MILLIS:-2000}" -Dload.thinkMaxMillis="${LOAD_THINK_MAX_MILLIS:-5000}"
      -Dload.staffRounds="${LOAD_STAFF_ROUNDS:-5}")
    ;;
esac

section "4. Platform"
"$JAVA" -cp "$TOOLS" org.imagingnetwork.load.standin.NotifyStandIn "$NOTIFY_PORT" \
  >"$RUN/notify.log" 2>&1 &
PIDS+=($!)
# A key of Notify's shape (name, service id, secret); the stand-in checks only its shape.
export NOTIFY_API_KEY="load-$(cat /proc/sys/kernel/random/uuid)-$(cat /proc/sys/kernel/random/uuid)"
export NOTIFY_BASE_URL="http://127.0.0.1:$NOTIFY_PORT"
export NHS_LOGIN_ENABLED=false
# The portals' limits per address stay at their production values: each virtual patient sends an
# address of its own as X-Forwarded-For, HAProxy appends the peer it saw (this machine), and the
# portals believe the header from that peer alone, as from a trusted proxy in front of the balancer.
export PORTAL_TRUSTED_PROXIES=127.0.0.1/32
if [[ -n "$FHIR" ]]; then
  RIS_SIMULATOR_PORT=$RIS_PORT start_jar ris-simulator ris-simulator.jar
  await_ready "http://127.0.0.1:$RIS_PORT/health/readiness" "${PIDS[-1]}" "$RUN/ris-simulator.log" 120
  FHIR_PORT=$FHIR_PORT RIS_URL_TEMPLATE="http://127.0.0.1:$RIS_PORT/{ods}/fhir" start_jar fhir-boundary fhir-boundary.jar
  await_ready "http://127.0.0.1:$FHIR_PORT/health/readiness" "${PIDS[-1]}" "$RUN/fhir-boundary.log" 120
  READY_URL="https://$LB_HOST:$LB_PORT/fhir/booking/metadata"
fi
PORTAL1_PID=""
if [[ -n "$PORTALS" ]]; then
  PORTAL_PORT=$PORTAL1_PORT start_jar portal1 patient-portal.jar
  PORTAL1_PID=${PIDS[-1]}
  PORTAL_PORT=$PORTAL2_PORT start_jar portal2 patient-portal.jar
  await_ready "http://127.0.0.1:$PORTAL1_PORT/health/readiness" "${PIDS[-2]}" "$RUN/portal1.log" 180
  await_ready "http://127.0.0.1:$PORTAL2_PORT/health/readiness" "${PIDS[-1]}" "$RUN/portal2.log" 180
  READY_URL="https://$LB_HOST:$LB_PORT/health/readiness"
fi
if [[ -n "$CONSOLES" ]]; then
  "$JAVA" -cp "$RUN/demo/demo.jar" org.imagingnetwork.demo.Cis2StandIn "$CIS2_PORT" >"$RUN/cis2.log" 2>&1 &
  PIDS+=($!)
  await_ready "http://127.0.0.1:$CIS2_PORT/cis2/.well-known/openid-configuration" "${PIDS[-1]}" "$RUN/cis2.log" 60
  export CIS2_ISSUER="http://127.0.0.1:$CIS2_PORT/cis2" CIS2_CLIENT_SECRET="$(secret)" CONSOLE_SESSION_SECRET="$(secret)"
  # The day's re-assessment of appointability runs once a London day, at the first check after
  # midnight in a deployment; on this freshly loaded network it would run mid-run instead.
  export REASSESSMENT_FIRST_CHECK_AFTER=1h
  CONSOLE_PORT=$CONSOLE1_PORT start_jar console1 staff-console.jar
  CONSOLE_PORT=$CONSOLE2_PORT start_jar console2 staff-console.jar
  await_ready "http://127.0.0.1:$CONSOLE1_PORT/health/readiness" "${PIDS[-2]}" "$RUN/console1.log" 180
  await_ready "http://127.0.0.1:$CONSOLE2_PORT/health/readiness" "${PIDS[-1]}" "$RUN/console2.log" 180
  READY_URL="https://$LB_HOST:$LB_CONSOLE_PORT/health/readiness"
fi

openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=$LB_HOST" \
  -keyout "$RUN/lb.key" -out "$RUN/lb.crt" 2>/dev/null
cat "$RUN/lb.crt" "$RUN/lb.key" >"$RUN/lb.pem"
LB_HOST=$LB_HOST LB_PORT=$LB_PORT LB_CONSOLE_PORT=$LB_CONSOLE_PORT LB_STATS_PORT=$LB_STATS_PORT LB_CERT="$RUN/lb.pem" \
  PORTAL1_PORT=$PORTAL1_PORT PORTAL2_PORT=$PORTAL2_PORT CONSOLE1_PORT=$CONSOLE1_PORT CONSOLE2_PORT=$CONSOLE2_PORT \
  FHIR_PORT=$FHIR_PORT haproxy -db -f load-tests/haproxy/haproxy.cfg >"$RUN/haproxy.log" 2>&1 &
PIDS+=($!)
await_ready "$READY_URL" "${PIDS[-1]}" "$RUN/haproxy.log" 30
echo "HAProxy on https://$LB_HOST:$LB_PORT (portals, /fhir/) and https://$LB_HOST:$LB_CONSOLE_PORT (consoles); statistics: http://$LB_HOST:$LB_STATS_PORT/"

# Runs the simulation through the Gatling plugin (the `load` profile); its log in $RUN/NAME.log.
gatling() {
  local name=$1
  shift
  ./mvnw -B -pl load-tests -am verify -Pload -DskipTests -Dspotless.check.skip=true \
    -Dgatling.simulationClass="$SIMULATION" -Dload.baseUrl="https://$LB_HOST:$LB_PORT" \
    -Dload.consoleUrl="https://$LB_HOST:$LB_CONSOLE_PORT" -Dload.feeders="$FEEDERS" \
    "$@" >"$RUN/$name.log" 2>&1
}

if ((${#WARM_UP_ARGS[@]})) && [[ -z "${LOAD_NO_WARM_UP:-}" ]]; then
  section "5. Warm-up (not measured)"
  # The apps' JIT compilers warm up as a deployment's long since have: other users for a while,
  # whose figures are not kept.
  gatling warm-up "${WARM_UP_ARGS[@]}" -Dgatling.failOnError=false || true
  grep -E '^> (Global|request count) ' "$RUN/warm-up.log" | tail -n 1 || true
fi

# Responses HAProxy has had from backend/server so far.
served() {
  curl -fsS "http://$LB_HOST:$LB_STATS_PORT/;csv" | awk -F, -v name="$1" '$1 "/" $2 == name { print $40 + $41 + $42 + $43 + $44 + $45 }'
}
# Each app's CPU time and responses now, and HAProxy's CPU time, to report the measured run's cost per request.
declare -A CPU_BEFORE=() SERVED_BEFORE=()
for app in "${!APPS[@]}"; do
  CPU_BEFORE[$app]=$(cpu_millis "${APPS[$app]}")
  if [[ -n "${LB_NAMES[$app]:-}" ]]; then SERVED_BEFORE[$app]=$(served "${LB_NAMES[$app]}"); fi
done
HAPROXY_PID=${PIDS[-1]}
HAPROXY_CPU_BEFORE=$(cpu_millis "$HAPROXY_PID")
MACHINE_BEFORE=($(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $5 + $6 }' /proc/stat))
RUN_STARTED=$(date +%s)

section "6. Gatling: $SIMULATION"
GATLING_STATUS=0
DURING=()
if [[ -n "${LOAD_DURING_RUN:-}" ]]; then
  # What it needs to break things: the run's directory, the apps' ports and processes.
  RUN="$RUN" PORTAL1_PORT=$PORTAL1_PORT PORTAL1_PID=$PORTAL1_PID RIS_PORT=$RIS_PORT JAVA="$JAVA" \
    "$LOAD_DURING_RUN" >"$RUN/during.log" 2>&1 &
  DURING+=($!)
fi
gatling gatling "${GATLING_ARGS[@]}" || GATLING_STATUS=$?
if ((${#DURING[@]})); then
  wait "${DURING[0]}" || echo "The script run beside Gatling failed; see $RUN/during.log"
  cat "$RUN/during.log"
fi
sed -n '/^---- Global Information/,/^====/p' "$RUN/gatling.log"
grep -E ' : (true|false) |^Reports generated|^NHS App bookings: ' "$RUN/gatling.log" || true
grep -E ' : false ' "$RUN/gatling.log" >"$RUN/assertions-failed.txt" || true
if ((GATLING_STATUS != 0)); then
  echo "Gatling: assertions failed or the run broke (exit $GATLING_STATUS); see $RUN/gatling.log"
fi

section "7. Requests per instance (HAProxy)"
curl -fsS "http://$LB_HOST:$LB_STATS_PORT/;csv" | awk -F, '$1 ~ /^(portal|console|fhir)$/ && $2 !~ /BACKEND/ {print "  " $1 "/" $2 ": " $41 " responses 2xx, " $42 " 3xx, " $43 " 4xx, " $44 " 5xx; " $17 " redispatched; status " $18}'

section "7b. CPU per request during the measured run"
# CPU time each app used (user and system, from /proc) over the responses HAProxy had from it: what a
# request costs an instance, whatever else shares the machine. The machine's busy share says how much
# was left for the run (other work on a shared machine counts in it).
MACHINE_AFTER=($(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $5 + $6 }' /proc/stat))
SECONDS_RUN=$(($(date +%s) - RUN_STARTED))
for app in $(printf '%s\n' "${!APPS[@]}" | sort); do
  if [[ ! -d "/proc/${APPS[$app]}" ]]; then
    echo "  $app: stopped during the run, no figure"
    continue
  fi
  used=$(($(cpu_millis "${APPS[$app]}") - CPU_BEFORE[$app]))
  if [[ -n "${LB_NAMES[$app]:-}" ]]; then
    responses=$(($(served "${LB_NAMES[$app]}") - SERVED_BEFORE[$app]))
    echo "  $app: $((used / 1000)).$(printf '%03d' $((used % 1000))) s CPU for $responses responses:" \
      "$( ((responses > 0)) && echo "$((used / responses)) ms a response" || echo "no responses")"
  else
    echo "  $app: $((used / 1000)).$(printf '%03d' $((used % 1000))) s CPU"
  fi
done
used=$(($(cpu_millis "$HAPROXY_PID") - HAPROXY_CPU_BEFORE))
echo "  haproxy: $((used / 1000)).$(printf '%03d' $((used % 1000))) s CPU"
busy=$((MACHINE_AFTER[0] - MACHINE_BEFORE[0])) idle=$((MACHINE_AFTER[1] - MACHINE_BEFORE[1]))
echo "  machine ($(nproc) cores, ${SECONDS_RUN} s): $((100 * busy / (busy + idle + 1)))% busy (every process, this run's and others')"

section "8. Checker"
CHECK_STATUS=0
"$JAVA" -cp "$TOOLS" org.imagingnetwork.load.check.Check "${CHECK_ARGS[@]}" \
  | tee "$RUN/check.txt" || CHECK_STATUS=$?

section "Done"
echo "Logs, feeders and the checker's findings in $RUN; Gatling's report under load-tests/target/gatling/"
((GATLING_STATUS == 0 && CHECK_STATUS == 0))
