#!/usr/bin/env bash
# Relay throughput vs a bare HAPI client, and sync lag, in one run against one RIS simulator.
# Uses DATABASE_URL/REDIS_URL when set (else embedded servers). Options: -Ddeliveries=2000
# -Dthreads=4 -DlagBookings=600 -DlagRate=40 (pass them after the script name).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -pl fhir-sync -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test >/dev/null
classpath="fhir-sync/target/test-classes:fhir-sync/target/classes:scheduler-core/target/classes:test-support/target/classes:$(cat fhir-sync/target/bench-classpath.txt)"
exec java -Xmx2g "$@" -cp "$classpath" org.imagingnetwork.fhir.relay.RelayBenchmark
