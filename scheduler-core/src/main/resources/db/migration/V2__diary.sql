-- The diary: a session is a block of room time that runs one session type with named staff; a
-- session is cut into slots. Moments are timestamptz; the clinic day is the Europe/London date.

create table session (
    id            bigint generated always as identity primary key,
    room_id       text not null references room (id),
    clinic_date   date not null,
    starts_at     timestamptz not null,
    ends_at       timestamptz not null check (ends_at > starts_at),
    session_type  text not null,
    allowed_exams text[] not null check (cardinality(allowed_exams) > 0),
    status        text not null default 'RELEASED' check (status in ('DRAFT', 'RELEASED', 'BLOCKED')),
    version       integer not null default 0,
    -- A room runs one session at a time.
    exclude using gist (room_id with =, tstzrange(starts_at, ends_at) with &&)
);
create index session_date_idx on session (clinic_date);

create table session_staff (
    session_id bigint not null references session (id) on delete cascade,
    staff_id   text not null references staff (id),
    primary key (session_id, staff_id)
);

create table slot (
    id         bigint generated always as identity primary key,
    session_id bigint not null references session (id),
    room_id    text not null references room (id),
    starts_at  timestamptz not null,
    ends_at    timestamptz not null check (ends_at > starts_at),
    status     text not null default 'FREE' check (status in ('FREE', 'BOOKED', 'BLOCKED')),
    version    integer not null default 0,
    -- Slots of one room never overlap, whatever the code that made them.
    exclude using gist (room_id with =, tstzrange(starts_at, ends_at) with &&)
);
create index slot_session_idx on slot (session_id);
-- Availability search: free slots of a room from a moment on.
create index slot_free_idx on slot (room_id, starts_at) where status = 'FREE';
create index slot_start_idx on slot (starts_at);
