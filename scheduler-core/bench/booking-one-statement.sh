#!/usr/bin/env bash
# The server-side ceiling of the cheapest booking tried (docs/benchmarks.md, "one statement"): the
# whole booking, eligibility included, as one statement driven by pgbench's own C client, beside
# pgbench simple-update on the same server. With --without-integrity the scratch copy first loses the
# foreign keys and CHECK constraints the booking's rows are checked against, to show what they cost.
#
# Usage: scheduler-core/bench/booking-one-statement.sh <database> [seconds] [--without-integrity]
#   <database> already holds the FULL demo network (BookingThroughputBenchmark -Ddatabase=... loads it).
# Adds its own waiting requests and books free future slots in that database: use a scratch copy.
set -euo pipefail
db=$1
seconds=${2:-10}
here=$(dirname "$0")
psql=(psql -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 -q)

"${psql[@]}" -f "$here/booking-one-statement-setup.sql"
if [[ "${3:-}" == --without-integrity ]]; then
  "${psql[@]}" <<'SQL'
alter table outbox drop constraint outbox_trust_ods_code_fkey, drop constraint outbox_appointment_id_fkey,
  drop constraint outbox_appointment_status_check, drop constraint outbox_change_check,
  drop constraint outbox_lease_whole, drop constraint outbox_status_change_names_its_status,
  drop constraint outbox_status_check;
alter table appointment drop constraint appointment_request_id_fkey, drop constraint appointment_slot_id_fkey;
alter table request_event drop constraint request_event_request_id_fkey;
alter table request drop constraint request_priority_check, drop constraint request_state_check,
  drop constraint request_weight_kg_check, drop constraint request_egfr_check,
  drop constraint request_max_travel_km_check, drop constraint request_short_notice_hours_check,
  drop constraint request_check, drop constraint request_check1;
SQL
fi
"${psql[@]}" -c 'vacuum analyze'
pgbench -i -s 10 -q -h 127.0.0.1 -U postgres "$db" >/dev/null 2>&1
"${psql[@]}" -c checkpoint
echo "booking in one statement, eligibility decided in SQL, 16 clients, ${seconds}s:"
pgbench -h 127.0.0.1 -U postgres -n -M prepared -c 16 -j 2 -T "$seconds" -f "$here/booking-one-statement.sql" "$db" | grep '^tps'
"${psql[@]}" -c checkpoint
echo "pgbench simple-update, 16 clients, ${seconds}s:"
pgbench -h 127.0.0.1 -U postgres -n -c 16 -j 2 -T "$seconds" -b simple-update "$db" | grep '^tps'
