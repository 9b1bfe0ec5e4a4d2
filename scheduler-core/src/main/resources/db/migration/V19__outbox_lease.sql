-- The relay leases the rows it claims instead of keeping them locked in an open transaction while
-- it writes to a RIS: lease names the claim, leased_until (database time) is when another relay
-- may take the rows up again. An outcome is recorded only under the lease that claimed the row.
alter table outbox
    add column lease uuid,
    add column leased_until timestamptz,
    add constraint outbox_lease_whole check ((lease is null) = (leased_until is null));
