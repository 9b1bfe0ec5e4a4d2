-- One model for offers. V8's "offer" held a planner's proposals (at most one open per slot); V10's
-- "slot_offer" held released slots offered to several short-notice patients at once. Both are a
-- slot offered to a request until an answer or a deadline, so they are now one table, kept by
-- core's offer repository and settled by the booking transaction itself: whoever books a slot
-- accepts their own open offer of it, and every other open offer of it is gone.

alter table offer
    -- The release a released-slot offer answers; null for a planner's proposal.
    add column release_id  bigint references slot_release (id),
    add column answered_at timestamptz,
    drop constraint offer_status_check,
    -- GONE: someone else booked the slot first. WITHDRAWN stays for offers taken back by staff.
    add constraint offer_status_check
        check (status in ('OPEN', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED', 'GONE'));

-- A released slot goes to several patients at once, so only proposals stay one open per slot.
drop index offer_one_open_per_slot;
create unique index offer_one_open_proposal_per_slot on offer (slot_id) where status = 'OPEN' and release_id is null;
-- A patient is asked about a released slot once per release.
create unique index offer_once_per_release on offer (release_id, request_id) where release_id is not null;
create index offer_open_slot_idx on offer (slot_id) where status = 'OPEN';
create index offer_open_expiry_idx on offer (expires_at) where status = 'OPEN';

-- Released-slot offers move across. A request keeps at most one open offer (V8's index), so of
-- several open ones only the newest stays open and the rest are marked expired, as the offer
-- engine's next sweep would have done once their time was up.
with ranked as (
    select o.*, row_number() over (partition by o.request_id order by o.offered_at desc, o.id) as newest
    from slot_offer o
    where o.status = 'OFFERED'
)
update slot_offer o set status = 'EXPIRED', answered_at = coalesce(o.answered_at, ranked.expires_at)
from ranked
where ranked.id = o.id and ranked.newest > 1;

insert into offer (id, request_id, slot_id, status, offered_at, offered_by, expires_at, source, release_id, answered_at)
select o.id, o.request_id, o.slot_id,
       case o.status when 'OFFERED' then 'OPEN' else o.status end,
       o.offered_at, 'system:offer-engine', o.expires_at, 'released slot', o.release_id, o.answered_at
from slot_offer o
-- A planner's open offer already holds this request: the released-slot one lapses instead.
where not (o.status = 'OFFERED'
           and exists (select 1 from offer p where p.request_id = o.request_id and p.status = 'OPEN'));

insert into offer (id, request_id, slot_id, status, offered_at, offered_by, expires_at, source, release_id, answered_at)
select o.id, o.request_id, o.slot_id, 'EXPIRED', o.offered_at, 'system:offer-engine', o.expires_at, 'released slot',
       o.release_id, coalesce(o.answered_at, o.expires_at)
from slot_offer o
where o.status = 'OFFERED' and not exists (select 1 from offer x where x.id = o.id);

drop table slot_offer;
