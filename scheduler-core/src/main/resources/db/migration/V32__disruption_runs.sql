-- A third kind of optimisation run: a disruption re-plan. It is about one room closed on some days
-- (a scanner down): the run keeps which room, which days and why, and for each patient booked into
-- that time the new slot it proposes, or none and why not in words. Publishing moves the patients
-- (moved_at) and the console then texts each of them, outside quiet hours (notified_at).
alter table optimisation_run drop constraint optimisation_run_kind_check;
alter table optimisation_run add constraint optimisation_run_kind_check
    check (kind in ('ALLOCATION', 'DIARY', 'DISRUPTION'));
alter table optimisation_run
    add column closure_room   text references room (id),
    add column closure_first  date,
    add column closure_last   date,
    add column closure_reason text,
    add constraint optimisation_run_closure_check check (
        (kind = 'DISRUPTION') = (closure_room is not null)
        and (closure_room is null
             or (closure_first is not null and closure_last >= closure_first and closure_reason is not null)));

create table optimisation_rehousing (
    run_id          uuid not null references optimisation_run (id) on delete cascade,
    request_id      bigint not null references request (id),
    lost_slot_id    bigint not null references slot (id),
    new_slot_id     bigint references slot (id),
    no_slot_reason  text,
    -- Set when publishing moved the patient; publish_note says why a proposal was not carried out.
    moved_at        timestamptz,
    publish_note    text,
    notified_at     timestamptz,
    primary key (run_id, request_id),
    check ((new_slot_id is null) = (no_slot_reason is not null)),
    check (notified_at is null or moved_at is not null)
);
-- The console's sweep looks for patients moved and not yet told.
create index optimisation_rehousing_to_tell_idx on optimisation_rehousing (moved_at)
    where moved_at is not null and notified_at is null;
