-- Two narrower views for the two figures that read every request (docs/benchmarks.md, dashboards):
-- on the FULL demo network the DM01 census scanned 180,000 requests twice and turnaround sorted
-- 270,000 numeric durations, 530 ms and 380 ms a dashboard.

-- Requests counted by what a census needs: the London days they were received and left the list
-- ('infinity' while still on it) and the day their six weeks started. On the list at the end of day D:
-- received_on <= D, clock_start <= D and left_on > D. About 39,000 rows on the FULL network.
create materialized view bi_waiting_span as
select trust, ics, modality, priority, site, clock_start,
       (received_at at time zone 'Europe/London')::date as received_on,
       coalesce((left_at at time zone 'Europe/London')::date, 'infinity'::date) as left_on,
       count(*) as requests
from bi_request
group by 1, 2, 3, 4, 5, 6, 7, 8;
create unique index bi_waiting_span_key on bi_waiting_span (trust, modality, priority, site, clock_start, received_on, left_on);

-- One row per request and milestone it reached: the London day, and the days since referral as a
-- double (a numeric sorts several times slower, and percentile_cont sorts them all).
create materialized view bi_milestone as
select q.request_id,
       s.milestone,
       (s.reached_at at time zone 'Europe/London')::date as reached_on,
       q.trust, q.ics, q.modality, q.priority, q.site,
       (extract(epoch from s.reached_at - q.received_at) / 86400.0)::double precision as days
from bi_request q
cross join lateral (values ('VETTED', q.vetted_at), ('APPOINTED', q.appointed_at), ('SCANNED', q.scanned_at),
                           ('REPORTED', q.reported_at)) as s (milestone, reached_at)
where s.reached_at is not null;
create unique index bi_milestone_key on bi_milestone (request_id, milestone);
create index bi_milestone_day on bi_milestone (reached_on);
