-- The identifier a trust gave a referral it sent us over FHIR (ServiceRequest.identifier), so a
-- create the trust retries after a lost answer finds the request it already made instead of
-- making a second. request_id is null while the first create is being handled.
create table inbound_referral (
    trust_ods_code text not null references trust (ods_code),
    system         text not null check (length(system) between 1 and 300),
    value          text not null check (length(value) between 1 and 200),
    request_id     bigint references request (id),
    claimed_at     timestamptz not null,
    primary key (trust_ods_code, system, value)
);
