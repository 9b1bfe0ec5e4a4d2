-- A referral rejected at vetting is told to the referring trust's RIS: a REFERRAL_REJECTED row names
-- the request (the reason is the REJECTED event's own) and the organisation whose radiologist rejected
-- it (the FHIR Task's owner). It commits with the rejection, as booking rows commit with bookings, and
-- the relay delivers it as every other row. A row is about exactly one of an appointment, a slot or a
-- request.
alter table outbox
    add column request_id bigint references request (id),
    add column owner_ods_code text check (owner_ods_code ~ '^[A-Z0-9]{3,8}$'),
    drop constraint outbox_change_check,
    add constraint outbox_change_check
        check (change in ('BOOKED', 'CANCELLED', 'MOVED_AWAY', 'STATUS', 'SLOT_STATUS', 'REFERRAL_REJECTED')),
    drop constraint outbox_row_names_one_subject,
    add constraint outbox_row_names_one_subject check (
        (change = 'SLOT_STATUS') = (slot_id is not null)
        and (change = 'SLOT_STATUS') = (slot_status is not null)
        and (change = 'REFERRAL_REJECTED') = (request_id is not null)
        and (change = 'REFERRAL_REJECTED') = (owner_ods_code is not null)
        and num_nonnulls(appointment_id, slot_id, request_id) = 1);
-- A rejection is final (REJECTED has no way out), so a request is told of it once: the database refuses
-- a second row, and with one row per request the relay has nothing to keep in order between them. The
-- request page finds the row through this index to say when the referrer was told.
create unique index outbox_request_idx on outbox (request_id, change) where request_id is not null;
