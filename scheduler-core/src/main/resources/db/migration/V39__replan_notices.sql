-- Telling the patients a published disruption re-plan moved. notified_at (V32) is set once Notify took
-- the text or email, with how it went (notify_channel) and our reference quoted in Notify's records;
-- notify_note says why a patient is not told by text or email (they asked for letters, which the
-- trust's RIS sends on receiving the move; no mobile number; Notify refused it; the appointment
-- changed again first). A row with either is finished: the console's sweep never sends it twice.
alter table optimisation_rehousing
    add column notify_channel   text check (notify_channel in ('TEXT', 'EMAIL')),
    add column notify_reference text,
    add column notify_note      text,
    add constraint optimisation_rehousing_told_check check (
        (notified_at is null) = (notify_channel is null)
        and (notified_at is null or notify_note is null));

drop index optimisation_rehousing_to_tell_idx;
create index optimisation_rehousing_to_tell_idx on optimisation_rehousing (moved_at)
    where moved_at is not null and notified_at is null and notify_note is null;
