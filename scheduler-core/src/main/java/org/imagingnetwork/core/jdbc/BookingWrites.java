package org.imagingnetwork.core.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.booking.Appointment;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.BookingSnapshot;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.outbox.OutboxChange;
import org.imagingnetwork.core.request.Transition;

/**
 * The statement that writes a booking: one round trip instead of five on the hottest path. ON
 * CONFLICT DO NOTHING turns a violation of either partial unique index into "no row booked" without
 * aborting the transaction; every other part reads from "booked", so then nothing at all is written.
 */
final class BookingWrites {

    /** The appointment row, as the caller decided it inside its own locking transaction. */
    private static final String AS_DECIDED = """
            with booked as (
                insert into appointment (id, request_id, slot_id, status, booked_at, booked_by, replaces)
                values (:id, :request, :slot, :status, :bookedAt, :bookedBy, :replaces)
                on conflict do nothing
                returning id, slot_id),
            """;

    /**
     * The appointment row only if the request and the slot are as a snapshot saw them. FOR UPDATE
     * locks both (request first, the order every booking change takes) and, if another transaction
     * changed either meanwhile, re-reads it after that one commits, so the versions compared are the
     * latest committed ones.
     */
    private static final String IF_UNCHANGED = """
            with gate as (
                select rq.id as request_id, s.id as slot_id
                from request rq join slot s on s.id = :slot
                where rq.id = :request and rq.state = 'WAITING' and rq.version = :requestVersion
                  and s.status = 'FREE' and s.version = :slotVersion
                for update of rq, s),
            booked as (
                insert into appointment (id, request_id, slot_id, status, booked_at, booked_by, replaces)
                select :id, request_id, slot_id, :status, :bookedAt, :bookedBy, :replaces from gate
                on conflict do nothing
                returning id, slot_id),
            """;

    private static final String FOLLOWING = """
            slot_booked as (
                update slot set status = 'BOOKED', version = version + 1
                where id = (select slot_id from booked)),
            queued as (
                insert into outbox (appointment_id, trust_ods_code, change, created_at, next_attempt_at)
                select id, :trust, :change, :bookedAt, :bookedAt from booked),
            offers_settled as (
                update offer set status = case when request_id = :request then 'ACCEPTED'
                                               when expires_at <= :bookedAt then 'EXPIRED'
                                               else 'GONE' end,
                                 answered_at = :bookedAt, version = version + 1
                where slot_id = (select slot_id from booked) and status = 'OPEN')
            """;

    private static final String TRANSITION =
            ", " + RequestTransitions.ctes("exists (select 1 from booked)") + " select count(*) from booked";

    private static final String NO_TRANSITION = " select count(*) from booked";

    private static final NamedStatement BOOK = NamedStatement.of(AS_DECIDED + FOLLOWING + TRANSITION);
    private static final NamedStatement MOVE_IN = NamedStatement.of(AS_DECIDED + FOLLOWING + NO_TRANSITION);
    private static final NamedStatement BOOK_IF_UNCHANGED = NamedStatement.of(IF_UNCHANGED + FOLLOWING + TRANSITION);

    private BookingWrites() {}

    /** Inside the caller's transaction, whose locks already hold the request and the slot. */
    static boolean insert(
            Connection connection, Appointment appointment, OdsCode trust, Optional<Transition> transition)
            throws SQLException {
        Map<String, Object> values = values(appointment, trust);
        transition.map(RequestTransitions::values).ifPresent(values::putAll);
        return booked(connection, transition.isPresent() ? BOOK : MOVE_IN, values);
    }

    /** As a statement of its own: in autocommit, it is its own transaction. */
    static boolean insertIfUnchanged(
            Connection connection, BookingSnapshot seen, Appointment appointment, Transition appointed)
            throws SQLException {
        Map<String, Object> values = values(appointment, seen.slot().owningTrust());
        values.putAll(RequestTransitions.values(appointed));
        values.put("requestVersion", seen.requestVersion());
        values.put("slotVersion", seen.slotVersion());
        return booked(connection, BOOK_IF_UNCHANGED, values);
    }

    private static boolean booked(Connection connection, NamedStatement statement, Map<String, Object> values)
            throws SQLException {
        try (PreparedStatement booking = statement.prepare(connection, values);
                ResultSet count = booking.executeQuery()) {
            count.next();
            return count.getInt(1) == 1;
        }
    }

    private static Map<String, Object> values(Appointment appointment, OdsCode trust) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", appointment.id().value());
        values.put("request", appointment.request().value());
        values.put("slot", appointment.slot().value());
        values.put("status", appointment.status().name());
        values.put("bookedAt", Rows.utc(appointment.bookedAt()));
        values.put("bookedBy", appointment.bookedBy());
        values.put("replaces", appointment.replaces().map(AppointmentId::value).orElse(null));
        values.put("trust", trust.value());
        values.put("change", OutboxChange.BOOKED.name());
        return values;
    }
}
