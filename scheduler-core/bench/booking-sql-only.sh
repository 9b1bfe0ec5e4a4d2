#!/usr/bin/env bash
# How fast PostgreSQL itself runs a booking's statements when driven by
# pgbench's own C client, beside pgbench simple-update on the same server — the ceiling for
# BookingThroughputBenchmark's ratio whatever the Java client does.
#
# Usage: scheduler-core/bench/booking-sql-only.sh <database> [seconds]
#   <database> already holds the FULL demo network (BookingThroughputBenchmark -Ddatabase=... loads it).
# Adds its own waiting requests and books free future slots in that database: use a scratch copy.
set -euo pipefail
db=$1
seconds=${2:-10}
here=$(dirname "$0")
psql=(psql -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 -q)

"${psql[@]}" <<'SQL'
insert into request (patient_id, exam_code, priority, referring_trust, referring_clinician, received_at,
                     breach_date, state)
select patient_id, exam_code, priority, referring_trust, referring_clinician, received_at, breach_date, 'WAITING'
from request where priority <> 'PLANNED' limit 100000;
create unlogged table if not exists bench_pair (n bigint primary key, request_id bigint, slot_id bigint);
truncate bench_pair;
insert into bench_pair
select row_number() over (), r.id, s.id
from (select id, row_number() over (order by id) k from request q
      where state = 'WAITING' and not exists (select 1 from appointment a where a.request_id = q.id)
      limit 100000) r
join (select id, row_number() over (order by id) k from slot s
      where status = 'FREE' and starts_at > now() and not exists (select 1 from appointment a where a.slot_id = s.id)
      limit 100000) s using (k);
create sequence if not exists pair_seq;
alter sequence pair_seq restart;
SQL
pgbench -i -s 10 -q -h 127.0.0.1 -U postgres "$db" >/dev/null 2>&1
echo "booking as BookingService sends it (snapshot, then the write if unchanged), 16 clients, ${seconds}s:"
pgbench -h 127.0.0.1 -U postgres -n -M prepared -c 16 -j 2 -T "$seconds" -f "$here/booking-as-seen.sql" "$db" | grep '^tps'
echo "booking on the locking path (lock request, lock slot, the booking statement, commit), 16 clients, ${seconds}s:"
pgbench -h 127.0.0.1 -U postgres -n -M prepared -c 16 -j 2 -T "$seconds" -f "$here/booking-transaction.sql" "$db" | grep '^tps'
echo "pgbench simple-update, 16 clients, ${seconds}s:"
pgbench -h 127.0.0.1 -U postgres -n -c 16 -j 2 -T "$seconds" -b simple-update "$db" | grep '^tps'
