package org.imagingnetwork.console.optimisation;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.imagingnetwork.core.audit.AuditRecord;
import org.imagingnetwork.core.jdbc.JdbiAuditLog;
import org.imagingnetwork.core.notify.Channel;
import org.imagingnetwork.core.patient.PatientId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The patients a published re-plan moved and who are still to be told, one at a time: each is locked
 * ({@code FOR UPDATE SKIP LOCKED}) while their message is sent and what came of it is written in the
 * same transaction, so two console instances never tell the same patient, and a patient once told
 * (or not to be told by message) is never picked again, whatever restarts.
 */
@Singleton
class MovedPatients {

    /** One moved patient to tell: their new appointment, and whether it is still where the run put it. */
    record ToTell(
            UUID run,
            long request,
            PatientId patient,
            String exam,
            Instant startsAt,
            String room,
            String site,
            boolean stillThere) {}

    /** What came of telling one patient. */
    sealed interface Told {
        record Sent(Channel channel, String reference, AuditRecord audit) implements Told {}

        /** Not told by text or email, for good: why, in words for staff. */
        record NotByMessage(String note) implements Told {}

        /** Notify could not be reached or failed: left for a later sweep. */
        record TryLater() implements Told {}
    }

    private final Jdbi jdbi;
    private final JdbiAuditLog audit;

    MovedPatients(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.audit = new JdbiAuditLog(jdbi, clock);
    }

    /**
     * Tells the longest-moved patient not yet told, by {@code tell}; empty when nobody is left, or
     * nobody but patients who asked for texts while {@code textsHeld}.
     */
    Optional<Told> tellNext(boolean textsHeld, Instant now, Function<ToTell, Told> tell) {
        return jdbi.inTransaction(h -> {
            Optional<ToTell> next = next(h, textsHeld);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            Told told = tell.apply(next.get());
            record(h, next.get(), told, now);
            return Optional.of(told);
        });
    }

    private static Optional<ToTell> next(Handle h, boolean textsHeld) {
        return h.createQuery("""
                        select m.run_id, m.request_id, q.patient_id, e.name as exam, sl.starts_at,
                               r.name as room, s.name as site,
                               exists (select 1 from appointment a where a.request_id = m.request_id
                                       and a.slot_id = m.new_slot_id and a.status = 'BOOKED') as still_there
                        from optimisation_rehousing m
                        join request q on q.id = m.request_id join patient p on p.id = q.patient_id
                        join exam e on e.code = q.exam_code
                        join slot sl on sl.id = m.new_slot_id join room r on r.id = sl.room_id
                        join site s on s.ods_code = r.site_ods_code
                        where m.moved_at is not null and m.notified_at is null and m.notify_note is null
                          and (not :textsHeld or p.contact_preference <> 'SMS')
                        order by m.moved_at, m.run_id, m.request_id
                        limit 1
                        for update of m skip locked
                        """)
                .bind("textsHeld", textsHeld)
                .map((rs, ctx) -> new ToTell(
                        rs.getObject("run_id", UUID.class),
                        rs.getLong("request_id"),
                        new PatientId(rs.getLong("patient_id")),
                        rs.getString("exam"),
                        rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                        rs.getString("room"),
                        rs.getString("site"),
                        rs.getBoolean("still_there")))
                .findOne();
    }

    private void record(Handle h, ToTell patient, Told told, Instant now) {
        if (told instanceof Told.Sent sent) {
            h.createUpdate("""
                            update optimisation_rehousing set notified_at = :at, notify_channel = :channel,
                                                              notify_reference = :reference
                            where run_id = :run and request_id = :request
                            """)
                    .bind("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .bind("channel", sent.channel().name())
                    .bind("reference", sent.reference())
                    .bind("run", patient.run())
                    .bind("request", patient.request())
                    .execute();
            audit.recordIn(h, sent.audit());
        } else if (told instanceof Told.NotByMessage not) {
            h.createUpdate(
                            "update optimisation_rehousing set notify_note = :note where run_id = :run and request_id = :request")
                    .bind("note", not.note())
                    .bind("run", patient.run())
                    .bind("request", patient.request())
                    .execute();
        }
    }
}
