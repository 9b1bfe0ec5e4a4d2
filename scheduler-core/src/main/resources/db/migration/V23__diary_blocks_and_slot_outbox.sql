-- Staff block a slot or a whole session (a broken scanner, a radiographer off sick) and release it
-- again. A block is a row of its own: why, when and by whom, and when it ended, so the list of patients
-- to re-book can say why their time went, and the history of a room's lost time stays readable after
-- the slot is open again. A block names a slot or a session, never both.
create table diary_block (
    id             bigint generated always as identity primary key,
    slot_id        bigint references slot (id),
    session_id     bigint references session (id),
    reason         text not null check (length(btrim(reason)) > 0),
    blocked_at     timestamptz not null,
    blocked_by     text not null,
    released_at    timestamptz,
    released_by    text,
    release_reason text,
    check ((slot_id is null) <> (session_id is null)),
    check ((released_at is null) = (released_by is null))
);
-- One open block per slot and per session: a second block of what is already blocked is refused by
-- the database too, whatever the code did.
create unique index diary_block_open_slot on diary_block (slot_id) where released_at is null and slot_id is not null;
create unique index diary_block_open_session on diary_block (session_id) where released_at is null and session_id is not null;

-- The trust's RIS hears of a slot's status changing without any appointment changing (blocked,
-- opened again, a new session's slots): a SLOT_STATUS row names the slot and the status the change
-- left it in. Appointment rows keep naming their appointment; a row is about exactly one of the two.
alter table outbox
    alter column appointment_id drop not null,
    add column slot_id bigint references slot (id),
    add column slot_status text check (slot_status in ('FREE', 'BOOKED', 'BLOCKED')),
    drop constraint outbox_change_check,
    add constraint outbox_change_check
        check (change in ('BOOKED', 'CANCELLED', 'MOVED_AWAY', 'STATUS', 'SLOT_STATUS')),
    add constraint outbox_row_names_one_subject check (
        (change = 'SLOT_STATUS') = (slot_id is not null)
        and (change = 'SLOT_STATUS') = (slot_status is not null)
        and (appointment_id is null) = (slot_id is not null));
-- The relay delivers a slot's rows in order (a row waits for the earlier rows of its slot), and finds
-- the latest row about a slot; both walk this index.
create index outbox_slot_idx on outbox (slot_id, id) where slot_id is not null;
