-- A booking rewrites its slot's status and its request's state. While either column was in an index
-- (slot_free_idx was partial on status, request_waiting_idx held state), PostgreSQL had to write a new
-- entry into every index of the row on each booking — the slot's GiST no-overlap index among them —
-- and that index work was most of what a booking cost the server (docs/benchmarks.md). With neither
-- column indexed, and room left on each page, the update is a heap-only tuple (HOT) update: the new
-- row version goes on the same page and no index is touched.
--
-- What the old indexes served is still served: "free slots of a room from a time" walks the room's
-- slots in time order and skips the booked ones, and a trust's waiting list reads the trust's
-- requests in the order they arrived.
drop index slot_free_idx;
create index slot_room_start_idx on slot (room_id, starts_at);

drop index request_waiting_idx;
create index request_trust_idx on request (referring_trust, received_at);

-- Room on each page for the next version of its rows. Applies to pages written from now on: the
-- network is loaded after the migrations run; an existing database gets it on its next rewrite
-- (VACUUM FULL or pg_repack).
alter table slot set (fillfactor = 80);
alter table request set (fillfactor = 80);
