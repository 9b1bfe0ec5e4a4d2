-- One row per reminder claimed: a reminder of an appointment is sent at most once, whichever instance
-- claims it and however often the app restarts. The row is inserted in the transaction that claims it
-- (the primary key is the last word when two instances race), and the outcome is written once
-- Notify has answered. A moved appointment is a new appointment, so it gets reminders of its own.
create table appointment_reminder (
    appointment_id uuid not null references appointment (id) on delete cascade,
    kind           text not null check (kind in ('WEEK_BEFORE', 'DAY_BEFORE')),
    claimed_at     timestamptz not null,
    -- TEXT or EMAIL when Notify took it; NOT_SENT when the patient cannot be texted or emailed (a
    -- letter is theirs from the trust) or Notify refused; null while the sending instance is at it.
    outcome        text check (outcome in ('TEXT', 'EMAIL', 'NOT_SENT')),
    sent_at        timestamptz,
    primary key (appointment_id, kind),
    check ((outcome is null) = (sent_at is null))
);
