package org.imagingnetwork.core.jdbc;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.exam.ExamName;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.reminder.DueReminder;
import org.imagingnetwork.core.reminder.ReminderKind;
import org.imagingnetwork.core.reminder.Reminders;
import org.imagingnetwork.core.request.RequestId;
import org.jdbi.v3.core.Jdbi;

/**
 * Reminders in the {@code appointment_reminder} table (V36). The claim locks the due appointments it
 * takes ({@code SKIP LOCKED}: another instance claiming at the same moment takes others) and inserts
 * their reminder rows in the same statement; a row another instance committed meanwhile makes the
 * insert do nothing, so the primary key decides who sends, never a check in code. A cancellation or a
 * move that commits first leaves the appointment no longer {@code BOOKED}, so its reminder is never
 * claimed.
 */
@Singleton
public final class JdbiReminders implements Reminders {

    private static final String CLAIM = """
            with kind (name, lead, closes_before) as (
                values ('WEEK_BEFORE', cast(:weekLead as interval), cast(:weekCloses as interval)),
                       ('DAY_BEFORE', cast(:dayLead as interval), cast(:dayCloses as interval))
            ),
            due as (
                select a.id, k.name
                from slot s
                join appointment a on a.slot_id = s.id and a.status = 'BOOKED'
                join kind k on s.starts_at - k.lead <= :now and s.starts_at - k.closes_before > :now
                               and a.booked_at <= s.starts_at - k.lead
                where s.starts_at > :now and s.starts_at <= cast(:now as timestamptz) + cast(:weekLead as interval)
                  and not exists (select 1 from appointment_reminder r where r.appointment_id = a.id and r.kind = k.name)
                order by s.starts_at, a.id
                limit :limit
                for update of a skip locked
            )
            insert into appointment_reminder (appointment_id, kind, claimed_at)
            select id, name, :now from due
            on conflict do nothing
            returning appointment_id, kind
            """;

    private static final String DETAILS = """
            select a.id as appointment_id, r.patient_id, r.id as request_id, s.starts_at,
                   si.name as site_name, e.name as exam_name, e.name_welsh as exam_name_welsh,
                   e.preparation, e.preparation_welsh
            from appointment a
            join request r on r.id = a.request_id
            join exam e on e.code = r.exam_code
            join slot s on s.id = a.slot_id
            join room ro on ro.id = s.room_id
            join site si on si.ods_code = ro.site_ods_code
            where a.id = any(cast(:appointments as uuid[]))
            order by s.starts_at, a.id
            """;

    private final Jdbi jdbi;

    @Inject
    public JdbiReminders(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<DueReminder> claimDue(Instant now, int limit) {
        return jdbi.inTransaction(h -> {
            Map<UUID, ReminderKind> claimed = h
                    .createQuery(CLAIM)
                    .bind("now", Rows.utc(now))
                    .bind("limit", limit)
                    .bind("weekLead", interval(ReminderKind.WEEK_BEFORE.lead()))
                    .bind("weekCloses", interval(ReminderKind.WEEK_BEFORE.closesBefore()))
                    .bind("dayLead", interval(ReminderKind.DAY_BEFORE.lead()))
                    .bind("dayCloses", interval(ReminderKind.DAY_BEFORE.closesBefore()))
                    .map((rs, ctx) -> Map.entry(
                            rs.getObject("appointment_id", UUID.class), ReminderKind.valueOf(rs.getString("kind"))))
                    .list()
                    .stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            if (claimed.isEmpty()) {
                return List.of();
            }
            // An appointment is due for one kind at a time: the kinds' windows do not overlap.
            return h.createQuery(DETAILS)
                    .bindArray(
                            "appointments",
                            String.class,
                            claimed.keySet().stream().map(UUID::toString).toList())
                    .map((rs, ctx) -> reminder(rs, claimed))
                    .list();
        });
    }

    @Override
    public void recordOutcome(AppointmentId appointment, ReminderKind kind, Outcome outcome, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        update appointment_reminder set outcome = :outcome, sent_at = :at
                        where appointment_id = :appointment and kind = :kind and outcome is null
                        """)
                .bind("outcome", outcome.name())
                .bind("at", Rows.utc(at))
                .bind("appointment", appointment.value())
                .bind("kind", kind.name())
                .execute());
    }

    private static String interval(java.time.Duration duration) {
        return duration.toSeconds() + " seconds";
    }

    private static DueReminder reminder(ResultSet rs, Map<UUID, ReminderKind> kinds) throws SQLException {
        UUID appointment = rs.getObject("appointment_id", UUID.class);
        return new DueReminder(
                new AppointmentId(appointment),
                kinds.get(appointment),
                new PatientId(rs.getLong("patient_id")),
                new RequestId(rs.getLong("request_id")),
                Rows.instant(rs, "starts_at"),
                rs.getString("site_name"),
                ExamName.of(rs.getString("exam_name"), rs.getString("exam_name_welsh")),
                rs.getString("preparation"),
                rs.getString("preparation_welsh"));
    }
}
