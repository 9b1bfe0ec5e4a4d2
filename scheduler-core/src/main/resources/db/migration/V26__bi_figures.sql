-- Network BI (docs/bi.md). Every figure is read from these materialised views, each built from the
-- request events, appointments, the diary and the offers as they stood at bi_refresh.refreshed_at.
-- Reading a dashboard then scans a few thousand summary rows instead of every event of the network.
-- The refresh (core.jdbc.JdbiFigureRefresh) stamps refreshed_at from the app's clock and rebuilds
-- every view in one transaction, so the figures on a page always describe one moment.

create table bi_refresh (
    only_row     boolean primary key default true check (only_row),
    -- The moment the figures describe; the views read nothing that happened after it.
    refreshed_at timestamptz not null,
    -- Counts refreshes, so a refresh that waited for another instance's can tell it is done already.
    generation   bigint not null default 0
);
insert into bi_refresh (refreshed_at) values (now());

-- One row per request: who referred it for what, where it is (or was) booked, and when it first
-- reached each milestone. The six weeks run from the breach date's start (receipt, or the due date
-- of a planned request), as core.request.SixWeekBreach sets it.
create materialized view bi_request as
with asof as (select refreshed_at from bi_refresh),
milestones as (
    select ev.request_id,
           min(ev.occurred_at) filter (where ev.to_state = 'VETTED') as vetted_at,
           min(ev.occurred_at) filter (where ev.to_state = 'APPOINTED') as appointed_at,
           min(ev.occurred_at) filter (where ev.to_state in ('ATTENDED', 'ACQUIRED')) as scanned_at,
           min(ev.occurred_at) filter (where ev.to_state = 'REPORTED') as reported_at,
           -- Off the waiting list: scanned, rejected or withdrawn. None of these states leads back.
           min(ev.occurred_at) filter (where ev.to_state not in ('RECEIVED', 'VETTED', 'WAITING', 'APPOINTED', 'DID_NOT_ATTEND')) as left_at
    from request_event ev, asof
    where ev.occurred_at <= asof.refreshed_at
    group by ev.request_id
)
select r.id as request_id,
       r.referring_trust as trust,
       t.ics_code as ics,
       e.modality,
       r.priority,
       coalesce(booked.site, '') as site,
       r.breach_date - 42 as clock_start,
       r.received_at,
       m.vetted_at,
       m.appointed_at,
       m.scanned_at,
       m.reported_at,
       m.left_at
from request r
cross join asof
join trust t on t.ods_code = r.referring_trust
join exam e on e.code = r.exam_code
left join milestones m on m.request_id = r.id
-- Where the request is booked or was seen: its latest appointment that was not cancelled.
left join lateral (
    select ro.site_ods_code as site
    from appointment a
    join slot s on s.id = a.slot_id
    join room ro on ro.id = s.room_id
    where a.request_id = r.id and a.status <> 'CANCELLED' and a.booked_at <= asof.refreshed_at
    order by a.booked_at desc, a.id desc
    limit 1
) booked on true
where r.received_at <= asof.refreshed_at;
create unique index bi_request_id on bi_request (request_id);

-- The DM01 census at the end of every complete week (Sunday, London), per referring trust, modality,
-- priority and site: who was still waiting, and how many of them for six weeks or more.
create materialized view bi_waiting_week as
with asof as (select refreshed_at from bi_refresh),
weeks as (
    select w::date as week_end,
           ((w::date + 1)::timestamp at time zone 'Europe/London') as census
    from asof,
         generate_series(
             (select min(clock_start) from bi_request)::timestamp,
             ((asof.refreshed_at at time zone 'Europe/London')::date - 1)::timestamp,
             interval '1 day') as w
    where extract(isodow from w) = 7
)
select wk.week_end,
       q.trust, q.ics, q.modality, q.priority, q.site,
       count(*) as waiting,
       count(*) filter (where wk.week_end - q.clock_start >= 42) as over_six_weeks
from weeks wk
join bi_request q
  on q.clock_start <= wk.week_end
 and q.received_at < wk.census
 and (q.left_at is null or q.left_at >= wk.census)
group by wk.week_end, q.trust, q.ics, q.modality, q.priority, q.site;
create unique index bi_waiting_week_key on bi_waiting_week (week_end, trust, modality, priority, site);

-- Request events per London day, move and dimension. An event's site is that of the request's latest
-- appointment made at or before it (none before the first booking).
create materialized view bi_event_day as
with asof as (select refreshed_at from bi_refresh)
select (ev.occurred_at at time zone 'Europe/London')::date as day,
       coalesce(ev.from_state, '') as from_state,
       ev.to_state,
       r.referring_trust as trust,
       t.ics_code as ics,
       e.modality,
       r.priority,
       coalesce(at_site.site, '') as site,
       coalesce(at_site.site_trust, '') as site_trust,
       coalesce(at_site.site_ics, '') as site_ics,
       count(*) as events
from request_event ev
cross join asof
join request r on r.id = ev.request_id
join trust t on t.ods_code = r.referring_trust
join exam e on e.code = r.exam_code
left join lateral (
    select si.ods_code as site, si.trust_ods_code as site_trust, st.ics_code as site_ics
    from appointment a
    join slot s on s.id = a.slot_id
    join room ro on ro.id = s.room_id
    join site si on si.ods_code = ro.site_ods_code
    join trust st on st.ods_code = si.trust_ods_code
    where a.request_id = ev.request_id and a.booked_at <= ev.occurred_at
    order by a.booked_at desc, a.id desc
    limit 1
) at_site on true
where ev.occurred_at <= asof.refreshed_at
group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;
create unique index bi_event_day_key on bi_event_day (day, from_state, to_state, trust, modality, priority, site);

-- Slot minutes of released sessions per clinic day, site, modality and session type: all that
-- could be booked (blocked slots left out), and what is booked.
create materialized view bi_slot_day as
select se.clinic_date,
       si.ods_code as site,
       si.trust_ods_code as trust,
       t.ics_code as ics,
       ro.modality,
       se.session_type,
       coalesce(sum(extract(epoch from s.ends_at - s.starts_at) / 60) filter (where s.status <> 'BLOCKED'), 0)::bigint as available_minutes,
       coalesce(sum(extract(epoch from s.ends_at - s.starts_at) / 60) filter (where s.status = 'BOOKED'), 0)::bigint as booked_minutes
from session se
join slot s on s.session_id = se.id
join room ro on ro.id = se.room_id
join site si on si.ods_code = ro.site_ods_code
join trust t on t.ods_code = si.trust_ods_code
where se.status = 'RELEASED'
group by se.clinic_date, si.ods_code, si.trust_ods_code, t.ics_code, ro.modality, se.session_type;
create unique index bi_slot_day_key on bi_slot_day (clinic_date, site, modality, session_type);

-- Every appointment made: where the patient chose, whether that is another trust's site than the
-- referrer's, and how far it is from the centre of their postcode district (or area), measured as the
-- portal's "choose where" measures it.
create materialized view bi_booking as
with asof as (select refreshed_at from bi_refresh)
select a.id as appointment_id,
       (a.booked_at at time zone 'Europe/London')::date as booked_on,
       r.referring_trust as trust,
       t.ics_code as ics,
       e.modality,
       r.priority,
       si.ods_code as site,
       si.trust_ods_code <> r.referring_trust as at_another_trust,
       case when home.latitude is not null then
           2 * 6371.0 * asin(sqrt(
               power(sin(radians(si.latitude - home.latitude) / 2), 2)
               + cos(radians(home.latitude)) * cos(radians(si.latitude))
                 * power(sin(radians(si.longitude - home.longitude) / 2), 2)))
       end as distance_km
from appointment a
cross join asof
join request r on r.id = a.request_id
join trust t on t.ods_code = r.referring_trust
join exam e on e.code = r.exam_code
join patient p on p.id = r.patient_id
join slot s on s.id = a.slot_id
join room ro on ro.id = s.room_id
join site si on si.ods_code = ro.site_ods_code
left join lateral (
    select d.latitude, d.longitude
    from postcode_district d
    where d.outward in (split_part(p.postcode, ' ', 1), regexp_replace(split_part(p.postcode, ' ', 1), '[0-9].*$', ''))
    order by length(d.outward) desc
    limit 1
) home on true
where a.booked_at <= asof.refreshed_at;
create unique index bi_booking_id on bi_booking (appointment_id);
create index bi_booking_day on bi_booking (booked_on);

-- Every slot released again (a cancellation or a move away), with when it was next booked.
create materialized view bi_release as
with asof as (select refreshed_at from bi_refresh),
refills as (
    select sr.id, min(a.booked_at) as refilled_at
    from slot_release sr
    cross join asof
    join appointment a on a.slot_id = sr.slot_id and a.booked_at >= sr.released_at and a.booked_at <= asof.refreshed_at
    group by sr.id
)
select sr.id as release_id,
       (sr.released_at at time zone 'Europe/London')::date as released_on,
       si.ods_code as site,
       si.trust_ods_code as trust,
       t.ics_code as ics,
       ro.modality,
       sr.released_at,
       s.starts_at,
       refills.refilled_at
from slot_release sr
cross join asof
join slot s on s.id = sr.slot_id
join room ro on ro.id = s.room_id
join site si on si.ods_code = ro.site_ods_code
join trust t on t.ods_code = si.trust_ods_code
left join refills on refills.id = sr.id
where sr.released_at <= asof.refreshed_at;
create unique index bi_release_id on bi_release (release_id);

-- Offers made per London day and the site of the slot offered, and how many were accepted.
create materialized view bi_offer_day as
with asof as (select refreshed_at from bi_refresh)
select (o.offered_at at time zone 'Europe/London')::date as day,
       si.ods_code as site,
       si.trust_ods_code as trust,
       t.ics_code as ics,
       ro.modality,
       count(*) as sent,
       count(*) filter (where o.status = 'ACCEPTED') as accepted
from offer o
cross join asof
join slot s on s.id = o.slot_id
join room ro on ro.id = s.room_id
join site si on si.ods_code = ro.site_ods_code
join trust t on t.ods_code = si.trust_ods_code
where o.offered_at <= asof.refreshed_at
group by 1, 2, 3, 4, 5;
create unique index bi_offer_day_key on bi_offer_day (day, site, modality);
