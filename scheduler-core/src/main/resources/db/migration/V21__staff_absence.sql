-- Staff availability: days a member of staff is away (leave, sickness, training). The days run from
-- first_day to last_day inclusive, both Europe/London clinic days, as staff say them ("off 3rd to
-- 7th"). A withdrawn absence stays, marked, so that what the rota was once told is not lost.
create table staff_absence (
    id           bigint generated always as identity primary key,
    staff_id     text not null references staff (id),
    first_day    date not null,
    last_day     date not null,
    kind         text not null check (kind in ('LEAVE', 'SICKNESS', 'TRAINING')),
    note         text not null default '' check (length(note) <= 500),
    created_by   text not null,
    created_at   timestamptz not null,
    withdrawn_by text,
    withdrawn_at timestamptz,
    version      integer not null default 0,
    constraint staff_absence_ends_after_it_starts check (last_day >= first_day),
    constraint staff_absence_withdrawn_by_someone check ((withdrawn_at is null) = (withdrawn_by is null))
);
-- A person's absences over a range of days, and everyone's (the rota, the diary grid) over one.
create index staff_absence_staff_idx on staff_absence (staff_id, last_day) where withdrawn_at is null;
create index staff_absence_days_idx on staff_absence (last_day, first_day) where withdrawn_at is null;
