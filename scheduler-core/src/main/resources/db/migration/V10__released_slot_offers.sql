-- Released-slot offers fan out to a few patients at once, so unlike the proposals in "offer" (V8,
-- at most one open per slot) several open offers of one slot are allowed here.
-- Offers of released slots to patients who said they can come at short notice. A slot is offered
-- to a few patients at once; the booking transaction decides who gets it, and this table records
-- who was asked, until when, and what came of it.
create table slot_offer (
    id          uuid primary key,
    release_id  bigint not null references slot_release (id),
    slot_id     bigint not null references slot (id),
    request_id  bigint not null references request (id),
    patient_id  bigint not null references patient (id),
    offered_at  timestamptz not null,
    expires_at  timestamptz not null check (expires_at > offered_at),
    status      text not null default 'OFFERED' check (status in ('OFFERED', 'ACCEPTED', 'GONE', 'DECLINED', 'EXPIRED')),
    answered_at timestamptz,
    -- A patient is asked about a slot once per release.
    unique (release_id, request_id)
);
create index slot_offer_open_idx on slot_offer (slot_id) where status = 'OFFERED';
create index slot_offer_request_idx on slot_offer (request_id, status);
create index slot_offer_patient_idx on slot_offer (patient_id);

-- When the offer engine found nobody left to offer a released slot to, so it stops asking.
alter table slot_release add column offers_exhausted_at timestamptz;
