-- Which step of the run each stored best score belongs to: the solvers of its parts, or, for an
-- allocation, levelling the sites' waits over the merged plan (the run's last tenth), so the page can
-- say what the run is doing.
alter table optimisation_progress
    add column phase text not null default 'SOLVING' check (phase in ('SOLVING', 'LEVELLING'));
