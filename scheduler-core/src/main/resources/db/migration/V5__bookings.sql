create table appointment (
    id           uuid primary key,
    request_id   bigint not null references request (id),
    slot_id      bigint not null references slot (id),
    status       text not null check (status in ('BOOKED', 'ARRIVED', 'FULFILLED', 'NOSHOW', 'CANCELLED', 'MOVED')),
    booked_at    timestamptz not null,
    booked_by    text not null,
    ended_at     timestamptz,
    end_reason   text,
    -- The appointment this one replaced when a patient rescheduled.
    replaces     uuid references appointment (id),
    version      integer not null default 0,
    check ((status in ('CANCELLED', 'MOVED')) = (ended_at is not null))
);

-- The invariants the whole product rests on, enforced where no code path can get round them:
-- a slot has at most one live appointment, and so does a request.
create unique index appointment_one_live_per_slot on appointment (slot_id)
    where status in ('BOOKED', 'ARRIVED', 'FULFILLED');
create unique index appointment_one_live_per_request on appointment (request_id)
    where status in ('BOOKED', 'ARRIVED', 'FULFILLED');
create index appointment_request_idx on appointment (request_id);

-- Changes to write back to the owning trust's RIS, written in the booking transaction.
-- sequence orders the rows of one appointment; the relay delivers them in that order.
create table outbox (
    id              bigint generated always as identity primary key,
    appointment_id  uuid not null references appointment (id),
    trust_ods_code  text not null references trust (ods_code),
    change          text not null check (change in ('BOOKED', 'CANCELLED', 'MOVED_AWAY', 'STATUS')),
    created_at      timestamptz not null,
    status          text not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null,
    delivered_at    timestamptz,
    last_error      text
);
create index outbox_pending_idx on outbox (next_attempt_at, id) where status = 'PENDING';
create index outbox_appointment_idx on outbox (appointment_id, id);

-- A slot that became free again. Kept in PostgreSQL so the offer engine never depends on Redis
-- having delivered the pub/sub message.
create table slot_release (
    id          bigint generated always as identity primary key,
    slot_id     bigint not null references slot (id),
    released_at timestamptz not null,
    reason      text not null,
    handled_at  timestamptz
);
create index slot_release_unhandled_idx on slot_release (id) where handled_at is null;

-- Who read or changed patient data, and when.
create table audit_log (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null,
    actor       text not null,
    action      text not null,
    patient_id  bigint references patient (id),
    detail      text not null
);
create index audit_log_patient_idx on audit_log (patient_id, occurred_at);
