create extension if not exists btree_gist;

-- Network reference data: integrated care systems, trusts, sites, rooms, staff and the exam catalogue.
-- Codes are the NHS's own (ODS codes for trusts and sites, NICIP-style codes for exams) so that rows
-- can be matched with what trusts send us without a lookup table.

create table ics (
    code text primary key check (code ~ '^[A-Z0-9]{3,5}$'),
    name text not null check (length(name) between 1 and 200)
);

create table trust (
    ods_code          text primary key check (ods_code ~ '^[A-Z0-9]{3,5}$'),
    name              text not null check (length(name) between 1 and 200),
    ics_code          text not null references ics (code),
    ris_fhir_base_url text not null check (ris_fhir_base_url ~ '^https?://')
);

create table site (
    ods_code          text primary key check (ods_code ~ '^[A-Z0-9]{3,8}$'),
    trust_ods_code    text not null references trust (ods_code),
    name              text not null check (length(name) between 1 and 200),
    kind              text not null check (kind in ('ACUTE', 'CDC', 'COMMUNITY_HOSPITAL')),
    postcode          text not null check (postcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$'),
    latitude          double precision not null check (latitude between 49 and 61),
    longitude         double precision not null check (longitude between -9 and 2),
    step_free_access  boolean not null,
    public_transport  text not null,
    parking           text not null,
    sees_children     boolean not null,
    -- Youngest age in whole years that the site accepts; null when it sees no children.
    min_child_age     integer check (min_child_age between 0 and 17),
    check (sees_children = (min_child_age is not null))
);
create index site_trust_idx on site (trust_ods_code);

create table site_opening_hours (
    site_ods_code text not null references site (ods_code) on delete cascade,
    day_of_week   integer not null check (day_of_week between 1 and 7), -- ISO: 1 = Monday
    opens         time not null,
    closes        time not null check (closes > opens),
    primary key (site_ods_code, day_of_week)
);

create table room (
    id                  text primary key check (length(id) between 1 and 40),
    site_ods_code       text not null references site (ods_code),
    name                text not null,
    modality            text not null check (modality in ('XR', 'US', 'CT', 'MR', 'DEXA', 'MAMMOGRAPHY', 'FLUOROSCOPY')),
    capabilities        text[] not null default '{}',
    -- Table limit; null means the standard table of its modality.
    max_patient_weight_kg integer check (max_patient_weight_kg between 50 and 400)
);
create index room_site_idx on room (site_ods_code);
create index room_modality_idx on room (modality);

create table staff (
    id         text primary key check (length(id) between 1 and 40),
    name       text not null,
    role       text not null check (role in ('RADIOGRAPHER', 'SONOGRAPHER', 'RADIOLOGIST', 'ASSISTANT_PRACTITIONER', 'NURSE', 'ANAESTHETIST')),
    skills     text[] not null default '{}',
    trust_ods_code text not null references trust (ods_code),
    contracted_hours_per_week integer not null check (contracted_hours_per_week between 1 and 60)
);

create table staff_home_site (
    staff_id      text not null references staff (id) on delete cascade,
    site_ods_code text not null references site (ods_code),
    primary key (staff_id, site_ods_code)
);

create table exam (
    code                  text primary key check (code ~ '^[A-Z0-9]{3,12}$'),
    name                  text not null,
    modality              text not null check (modality in ('XR', 'US', 'CT', 'MR', 'DEXA', 'MAMMOGRAPHY', 'FLUOROSCOPY')),
    required_capabilities text[] not null default '{}',
    required_skills       text[] not null default '{}',
    contrast              boolean not null,
    preparation           text not null,
    preparation_welsh     text not null
);

-- Minutes an exam takes, by age band (children take longer, especially with sedation).
create table exam_duration (
    exam_code text not null references exam (code) on delete cascade,
    age_band  text not null check (age_band in ('INFANT', 'CHILD', 'ADULT')),
    minutes   integer not null check (minutes between 5 and 240),
    primary key (exam_code, age_band)
);
