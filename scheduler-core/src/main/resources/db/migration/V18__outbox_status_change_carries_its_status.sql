-- A STATUS change (a trust's RIS reported the appointment arrived, fulfilled or did not attend)
-- carries the status it reports, so each row tells the RIS its own step in order: arrived, then
-- fulfilled, even when both are delivered after the second was recorded. Other changes imply
-- their status (BOOKED, CANCELLED, MOVED_AWAY) and leave it empty.
alter table outbox
    add column appointment_status text check (appointment_status in ('ARRIVED', 'FULFILLED', 'NOSHOW')),
    add constraint outbox_status_change_names_its_status check ((change = 'STATUS') = (appointment_status is not null));
