-- The relay's claim must cost the same however much history the outbox holds (docs/fhir.md). With
-- only whole-table indexes the planner could take the due rows in id order through the primary key
-- and look for an undelivered earlier row of the same appointment with a scan of every row; on a
-- million delivered rows that plan took 325 ms. These partial indexes hold only undelivered rows, so
-- both look-ups walk nothing delivered whatever plan is chosen.
drop index outbox_pending_idx;
create index outbox_pending_idx on outbox (id) where status = 'PENDING';
create index outbox_undelivered_appointment_idx on outbox (appointment_id, id)
    where status <> 'DELIVERED' and appointment_id is not null;
create index outbox_undelivered_slot_idx on outbox (slot_id, id)
    where status <> 'DELIVERED' and slot_id is not null;

-- Delivered rows are kept for a retention period and then deleted by the relay: this index finds the
-- ones past it without walking the history that is kept.
create index outbox_delivered_at_idx on outbox (delivered_at) where status = 'DELIVERED';
