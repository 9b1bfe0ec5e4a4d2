create table patient (
    id                 bigint generated always as identity primary key,
    nhs_number         char(10) not null unique check (nhs_number ~ '^[0-9]{10}$'),
    given_name         text not null check (length(given_name) between 1 and 100),
    family_name        text not null check (length(family_name) between 1 and 100),
    date_of_birth      date not null,
    postcode           text not null check (postcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$'),
    phone              text,
    email              text,
    contact_preference text not null check (contact_preference in ('SMS', 'EMAIL', 'LETTER')),
    language           text not null check (language in ('EN', 'CY')),
    accessibility_needs text[] not null default '{}',
    guardian_name      text,
    guardian_phone     text,
    guardian_relationship text,
    version            integer not null default 0,
    check (contact_preference <> 'SMS' or phone is not null),
    check (contact_preference <> 'EMAIL' or email is not null)
);

create table request (
    id                   bigint generated always as identity primary key,
    patient_id           bigint not null references patient (id),
    exam_code            text not null references exam (code),
    priority             text not null check (priority in ('URGENT', 'TWO_WEEK_WAIT', 'ROUTINE', 'PLANNED')),
    due_date             date,
    referring_trust      text not null references trust (ods_code),
    referring_clinician  text not null,
    received_at          timestamptz not null,
    breach_date          date not null,
    state                text not null check (state in ('RECEIVED', 'VETTED', 'REJECTED', 'WAITING', 'APPOINTED', 'ATTENDED',
                                                         'DID_NOT_ATTEND', 'CANCELLED', 'ACQUIRED', 'REPORTED', 'AMENDED')),
    needs_sedation       boolean not null default false,
    needs_general_anaesthetic boolean not null default false,
    weight_kg            integer check (weight_kg between 1 and 400),
    claustrophobic       boolean not null default false,
    needs_contrast       boolean not null default false,
    protocol             text,
    egfr                 integer check (egfr between 0 and 200),
    egfr_measured_on     date,
    acceptable_sites     text[] not null default '{}', -- empty: any site in the network
    max_travel_km        integer check (max_travel_km between 1 and 500),
    short_notice         boolean not null default false,
    short_notice_hours   integer check (short_notice_hours between 1 and 336),
    version              integer not null default 0,
    check (priority <> 'PLANNED' or due_date is not null),
    check (short_notice = (short_notice_hours is not null))
);
create index request_patient_idx on request (patient_id);
create index request_waiting_idx on request (referring_trust, state);

-- Every state change of a request, in the same transaction as the change. BI reads these rows.
create table request_event (
    id          bigint generated always as identity primary key,
    request_id  bigint not null references request (id),
    occurred_at timestamptz not null,
    actor       text not null,
    from_state  text,
    to_state    text not null,
    reason      text not null,
    rule_id     bigint
);
create index request_event_request_idx on request_event (request_id, id);
