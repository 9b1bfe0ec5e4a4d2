package org.imagingnetwork.fhir.relay;

import java.time.Instant;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Jdbi;

/**
 * A trust's delivered outbox past, for tests and benchmarks that need much of it: the trust's pending
 * rows are marked delivered at {@code deliveredAt}, as the relay would have, and delivered status
 * rows of its booked appointments are added round robin until the trust has {@code rows} rows, each
 * a second older than the last. Two statements, as a million bookings could not be made in a
 * benchmark's set-up.
 */
final class DeliveredHistory {

    private DeliveredHistory() {}

    static void write(Jdbi jdbi, String trust, int rows, Instant deliveredAt) {
        jdbi.useHandle(h -> {
            h.createUpdate("""
                            update outbox set status = 'DELIVERED', attempts = 1, delivered_at = :at
                            where status = 'PENDING' and trust_ods_code = :trust
                            """)
                    .bind("at", deliveredAt.atOffset(ZoneOffset.UTC))
                    .bind("trust", trust)
                    .execute();
            h.createUpdate("""
                            with booked as (
                                select ap.id, row_number() over (order by ap.id) - 1 as k
                                from appointment ap
                                join slot s on s.id = ap.slot_id
                                join room r on r.id = s.room_id
                                join site st on st.ods_code = r.site_ods_code
                                where st.trust_ods_code = :trust)
                            insert into outbox (appointment_id, trust_ods_code, change, appointment_status, created_at,
                                                status, attempts, next_attempt_at, delivered_at)
                            select b.id, :trust, 'STATUS', 'ARRIVED', :at - g * interval '1 second',
                                   'DELIVERED', 1, :at - g * interval '1 second', :at - g * interval '1 second'
                            from generate_series(1, :rows - (select count(*) from outbox where trust_ods_code = :trust)) g
                            cross join (select count(*) as n from booked) c
                            join booked b on b.k = g % c.n
                            order by g
                            """)
                    .bind("rows", rows)
                    .bind("trust", trust)
                    .bind("at", deliveredAt.atOffset(ZoneOffset.UTC))
                    .execute();
        });
    }
}
