-- Pairs for booking-one-statement.sql: for each of 60,000 free future slots, a waiting adult request
-- for an exam its session runs, its room can do and its length fits (as BookingWorkload makes them).
create unlogged table bench_pair (n bigint primary key, request_id bigint, slot_id bigint, patient_id bigint);
with targets as (
  select s.id as slot, fit.code as exam, si.trust_ods_code as trust
  from slot s
  join session se on se.id = s.session_id and se.status = 'RELEASED'
  join room r on r.id = s.room_id
  join site si on si.ods_code = r.site_ods_code
  cross join lateral (
      select e.code from unnest(se.allowed_exams) as allowed(code)
      join exam e on e.code = allowed.code
      join exam_duration d on d.exam_code = e.code and d.age_band = 'ADULT'
      where r.capabilities @> e.required_capabilities
        and d.minutes * interval '1 minute' <= s.ends_at - s.starts_at
      limit 1) fit
  where s.status = 'FREE' and s.starts_at > now() + interval '1 day'
  order by hashtext(s.id::text)
  limit 60000),
numbered as (select t.*, row_number() over () as n from targets t),
adult as (select id from patient where date_of_birth < current_date - interval '30 years' limit 1),
made as (
  insert into request (patient_id, exam_code, priority, referring_trust, referring_clinician, received_at, breach_date, state)
  select (select id from adult), t.exam, 'ROUTINE', t.trust, 'Dr Bench', now() + t.n * interval '1 microsecond', current_date + 42, 'WAITING'
  from numbered t order by t.n
  returning id, exam_code, received_at)
insert into bench_pair
select t.n, m.id, t.slot, (select id from adult) from numbered t join made m on m.received_at = now() + t.n * interval '1 microsecond';
create sequence pair_seq;
