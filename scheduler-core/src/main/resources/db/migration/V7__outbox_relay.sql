-- For the FHIR relay: the latest outbox change about any appointment in a slot is found through
-- the slot's appointments (live or not), and staff list what was parked per trust.
create index appointment_slot_idx on appointment (slot_id);
create index outbox_failed_idx on outbox (trust_ods_code, id) where status = 'FAILED';
