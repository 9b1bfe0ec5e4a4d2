-- The daily re-assessment of appointability, one row per London day. Every app instance tries to
-- write the day's row; the primary key lets exactly one succeed, and that one runs the day. A row
-- claimed but never finished (its instance died) may be claimed again after an hour.
create table reassessment_run (
    run_day            date primary key,
    claimed_by         text not null,
    claimed_at         timestamptz not null,
    finished_at        timestamptz,
    became_appointable integer check (became_appointable >= 0),
    lapsed             integer check (lapsed >= 0)
);

