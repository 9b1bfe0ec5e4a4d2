-- The staff console's waiting list shows a request to the staff of its referring trust and of the
-- trust where it is booked, and filters by the site it is booked at. Finding that site through the
-- live appointment, its slot and its room for every request on the list meant joining all ~620,000
-- slots of the FULL network on each page (about a second). booked_site keeps the site of the
-- request's live appointment (booked, arrived or fulfilled) on the request itself; null when it has
-- none.
--
-- The database keeps it, not the code that books: triggers on appointment recompute it for every
-- request whose appointments a statement inserted, updated or deleted, so every path
-- that touches appointments (booking, moving, cancelling, the trusts' status feed, the demo loader's
-- COPY, a test's own SQL) leaves it right. Statement-level triggers with transition tables make a
-- COPY of a whole network one set-based update rather than one per row (a trigger with transition
-- tables cannot name the columns it watches, hence every update; a request whose site did not change
-- is not written). The column is in no index,
-- so the booking's update of the request stays a heap-only (HOT) update (V14).
alter table request add column booked_site text;

create function request_booked_site_recompute() returns trigger language plpgsql as $$
begin
    update request r
    set booked_site = live.site
    from (select c.request_id,
                 (select ro.site_ods_code
                  from appointment a
                  join slot s on s.id = a.slot_id
                  join room ro on ro.id = s.room_id
                  where a.request_id = c.request_id and a.status in ('BOOKED', 'ARRIVED', 'FULFILLED')) as site
          from (select distinct request_id from changed) c) live
    where r.id = live.request_id and r.booked_site is distinct from live.site;
    return null;
end
$$;

create trigger appointment_inserted_booked_site
    after insert on appointment referencing new table as changed
    for each statement execute function request_booked_site_recompute();
create trigger appointment_updated_booked_site
    after update on appointment referencing new table as changed
    for each statement execute function request_booked_site_recompute();
create trigger appointment_deleted_booked_site
    after delete on appointment referencing old table as changed
    for each statement execute function request_booked_site_recompute();

update request r
set booked_site = ro.site_ods_code
from appointment a
join slot s on s.id = a.slot_id
join room ro on ro.id = s.room_id
where a.request_id = r.id and a.status in ('BOOKED', 'ARRIVED', 'FULFILLED');

-- The waiting list's order: clinical priority (urgent, two-week wait, routine, planned), then breach
-- date, then time waited. A page walks this index and stops after its rows instead of sorting every
-- request that matches. The expression must stay exactly the one WorklistQueries orders by. None of
-- these columns changes when a request is booked, so bookings stay HOT updates.
create index request_clinical_order_idx on request (
    (case priority when 'URGENT' then 0 when 'TWO_WEEK_WAIT' then 1 when 'ROUTINE' then 2 else 3 end),
    breach_date, received_at, id);
