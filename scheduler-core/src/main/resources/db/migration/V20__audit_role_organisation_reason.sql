-- Every audit row says who acted in which role for which organisation, and why. Rows written
-- before this, and by the platform itself, are the SYSTEM role with no organisation; a read may
-- have no reason.
alter table audit_log
    add column actor_role         text not null default 'SYSTEM',
    add column actor_organisation text not null default '',
    add column reason             text not null default '';

-- The audit page filters by patient, by person or by dates alone, newest first: the first two use
-- audit_log_patient_idx and audit_log_actor_idx backwards, dates alone use this.
create index audit_log_occurred_idx on audit_log (occurred_at, id);
