-- Slots offered to waiting patients. An offer is not a booking: the patient may accept it, choose
-- another slot or decline. At most one open offer per request and per slot, whatever the code does.
create table offer (
    id          uuid primary key,
    request_id  bigint not null references request (id),
    slot_id     bigint not null references slot (id),
    status      text not null check (status in ('OPEN', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED')),
    offered_at  timestamptz not null,
    offered_by  text not null,
    expires_at  timestamptz not null check (expires_at > offered_at),
    -- What proposed it, such as the optimisation run.
    source      text,
    version     integer not null default 0
);
create unique index offer_one_open_per_request on offer (request_id) where status = 'OPEN';
create unique index offer_one_open_per_slot on offer (slot_id) where status = 'OPEN';
create index offer_request_idx on offer (request_id, offered_at);

-- Optimisation runs: who asked for what, when; which app instance is solving it (claimed with
-- FOR UPDATE SKIP LOCKED, held by a lease the solving instance renews); the key figures before and
-- after; and the result, so that any instance can explain or publish it later.
create table optimisation_run (
    id              uuid primary key,
    kind            text not null check (kind in ('ALLOCATION', 'DIARY')),
    scope_level     text not null check (scope_level in ('NETWORK', 'ICS', 'TRUST')),
    scope_code      text check ((scope_level = 'NETWORK') = (scope_code is null)),
    modality        text check (modality in ('XR', 'US', 'CT', 'MR', 'DEXA', 'MAMMOGRAPHY', 'FLUOROSCOPY')),
    horizon_first   date not null,
    horizon_last    date not null check (horizon_last >= horizon_first),
    config          jsonb not null,
    requested_by    text not null,
    requested_at    timestamptz not null,
    state           text not null check (state in ('QUEUED', 'SOLVING', 'SOLVED', 'STOPPED', 'FAILED', 'PUBLISHED')),
    claimed_by      text,
    claimed_at      timestamptz,
    lease_until     timestamptz,
    -- How many times an instance started solving this run; more than one only after a lease expired.
    solve_starts    integer not null default 0,
    stop_requested  boolean not null default false,
    finished_at     timestamptz,
    best_score      text,
    figures_before  jsonb,
    figures_after   jsonb,
    failure         text,
    published_at    timestamptz,
    published_by    text,
    version         integer not null default 0,
    check (state <> 'SOLVING' or claimed_by is not null)
);
create index optimisation_run_queue_idx on optimisation_run (requested_at, id) where state = 'QUEUED';
create index optimisation_run_lease_idx on optimisation_run (lease_until) where state = 'SOLVING';

-- The best score over time, for the progress chart.
create table optimisation_progress (
    run_id      uuid not null references optimisation_run (id) on delete cascade,
    seq         integer not null,
    at          timestamptz not null,
    score       text not null,
    feasible    boolean not null,
    primary key (run_id, seq)
);

-- The slot an allocation run proposes for each request.
create table optimisation_proposal (
    run_id      uuid not null references optimisation_run (id) on delete cascade,
    request_id  bigint not null references request (id),
    slot_id     bigint not null references slot (id),
    primary key (run_id, request_id),
    unique (run_id, slot_id)
);

-- The sessions a diary run proposes.
create table optimisation_session (
    run_id        uuid not null references optimisation_run (id) on delete cascade,
    seq           integer not null,
    room_id       text not null references room (id),
    clinic_date   date not null,
    starts_at     timestamptz not null,
    ends_at       timestamptz not null check (ends_at > starts_at),
    session_type  text not null,
    allowed_exams text[] not null,
    staff_ids     text[] not null,
    primary key (run_id, seq)
);
