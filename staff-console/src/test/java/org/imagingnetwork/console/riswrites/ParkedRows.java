package org.imagingnetwork.console.riswrites;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.request.RequestId;
import org.jdbi.v3.core.Jdbi;

/**
 * Parked RIS writes for the tests: a booking at one of a trust's sites writes its outbox row, which
 * is then parked exactly as the relay's settle records a row it gives up on (status FAILED, its
 * attempts counted, the last error kept, no lease).
 */
final class ParkedRows {

    private ParkedRows() {}

    /** Books a waiting request of the trust into one of its free slots, parks the booking's outbox row, and returns its id. */
    static long parkedBookingAt(ConsoleServer console, String trust, String error) {
        Jdbi jdbi = console.jdbi();
        BookingService bookings = console.context().getBean(BookingService.class);
        List<Map<String, Object>> pairs = jdbi.withHandle(
                h -> h.createQuery("""
                        select r.id as request, s.id as slot
                        from request r
                        join session se on r.exam_code = any(se.allowed_exams) and se.status = 'RELEASED'
                        join room ro on ro.id = se.room_id
                        join site si on si.ods_code = ro.site_ods_code and si.trust_ods_code = :t
                        join slot s on s.session_id = se.id and s.status = 'FREE' and s.starts_at > now() + interval '1 day'
                        join patient p on p.id = r.patient_id
                        where r.referring_trust = :t and r.state = 'WAITING' and cardinality(r.acceptable_sites) = 0
                          and r.max_travel_km is null and not r.needs_sedation and not r.needs_general_anaesthetic
                          and extract(year from age(p.date_of_birth)) >= 18
                          and not exists (select 1 from appointment a where a.request_id = r.id)
                        order by md5(r.id::text || s.id::text) limit 200""").bind("t", trust).mapToMap().list());
        for (Map<String, Object> pair : pairs) {
            BookingOutcome outcome = bookings.book(new Book(
                    new RequestId(((Number) pair.get("request")).longValue()),
                    new SlotId(((Number) pair.get("slot")).longValue()),
                    Actor.staff("test-setup"),
                    Optional.empty()));
            if (outcome instanceof BookingOutcome.Booked booked) {
                return jdbi.withHandle(h -> h.createQuery("""
                                update outbox set status = 'FAILED', attempts = attempts + 12, last_error = :error,
                                                  lease = null, leased_until = null
                                where appointment_id = :appointment
                                returning id""")
                        .bind("error", error)
                        .bind("appointment", booked.appointment().id().value())
                        .mapTo(Long.class)
                        .one());
            }
        }
        throw new IllegalStateException("no waiting request of " + trust + " could be booked at its sites");
    }

    /** A slot's own change (staff blocked it) as the diary writes it, parked as the relay would. */
    static long parkedSlotBlockAt(ConsoleServer console, String trust, String error) {
        return console.jdbi()
                .withHandle(h -> h.createQuery("""
                        insert into outbox (slot_id, trust_ods_code, change, slot_status, created_at, status, attempts,
                                            next_attempt_at, last_error)
                        select s.id, si.trust_ods_code, 'SLOT_STATUS', 'BLOCKED', now(), 'FAILED', 12, now(), :error
                        from slot s join room ro on ro.id = s.room_id join site si on si.ods_code = ro.site_ods_code
                        where si.trust_ods_code = :t and s.status = 'FREE' and s.starts_at > now() + interval '1 day'
                        order by s.id desc limit 1
                        returning id""")
                        .bind("t", trust)
                        .bind("error", error)
                        .mapTo(Long.class)
                        .one());
    }

    static String status(Jdbi jdbi, long row) {
        return jdbi.withHandle(h -> h.createQuery("select status from outbox where id = :id")
                .bind("id", row)
                .mapTo(String.class)
                .one());
    }
}
