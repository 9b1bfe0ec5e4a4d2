# Sourced by run-demo.sh and load-tests/run.sh.
# await_ready URL PID LOG SECONDS: waits until URL answers 200 (an app's readiness endpoint, see
# docs/operations.md; -k because the load tests' balancer serves a certificate of its own); fails
# if the process dies first, showing the end of its log.
await_ready() {
  local url=$1 pid=$2 log=$3 seconds=$4
  for ((i = 0; i < seconds * 2; i++)); do
    curl -kfsS -o /dev/null "$url" 2>/dev/null && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "It stopped before it was ready; its log ($log) ends:" >&2
      tail -n 30 "$log" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "$url did not answer within ${seconds}s; see $log" >&2
  return 1
}
