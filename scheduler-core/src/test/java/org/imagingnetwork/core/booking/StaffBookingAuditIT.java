package org.imagingnetwork.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.booking.BookingOutcome.Booked;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.support.Bookings;
import org.imagingnetwork.core.support.CoreDatabase;
import org.imagingnetwork.core.support.DiaryFixture;
import org.imagingnetwork.core.support.DiaryFixture.Diary;
import org.imagingnetwork.core.support.DiaryFixture.Waiting;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Staff booking, moving and cancelling for a patient: each change's audit row commits with it, and a refusal writes none. */
class StaffBookingAuditIT {

    private final Jdbi jdbi = CoreDatabase.get().jdbi();
    private final DiaryFixture fixture = new DiaryFixture(jdbi);
    private final BookingService bookings = Bookings.service(CoreDatabase.get(), Bookings.redis());
    private final StaffActor clerk = new StaffActor("clerk" + System.nanoTime(), "BOOKINGS_CLERK", new OdsCode("RXK"));

    @Test
    void bookMoveAndCancelEachWriteTheClerksAuditRow() {
        Diary diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(4)), 3);
        Waiting patient = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        Actor actor = Actor.staff(clerk.username());

        Appointment booked = ((Booked) bookings.book(
                        new Book(patient.request(), diary.slots().get(0), actor, Optional.empty()), clerk))
                .appointment();
        Appointment moved = ((Booked) bookings.reschedule(
                        new Reschedule(booked.id(), diary.slots().get(1), actor, Optional.empty()),
                        clerk,
                        "Patient asked for a later time"))
                .appointment();
        CancelOutcome cancelled = bookings.cancel(new Cancel(moved.id(), actor, "Patient is in hospital", true), clerk);

        assertThat(cancelled).isInstanceOf(CancelOutcome.Cancelled.class);
        List<Map<String, Object>> rows = auditRows();
        assertThat(rows)
                .extracting(r -> r.get("action"))
                .containsExactly("APPOINTMENT_BOOKED", "APPOINTMENT_MOVED", "APPOINTMENT_CANCELLED");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("actor_role")).isEqualTo("BOOKINGS_CLERK");
            assertThat(r.get("actor_organisation")).isEqualTo("RXK");
            assertThat(r.get("patient_id")).isEqualTo(patient.patient().value());
        });
        assertThat(rows)
                .extracting(r -> r.get("reason"))
                .containsExactly("On the patient's behalf", "Patient asked for a later time", "Patient is in hospital");
        String endReason = jdbi.withHandle(h -> h.createQuery("select end_reason from appointment where id = :id")
                .bind("id", booked.id().value())
                .mapTo(String.class)
                .one());
        assertThat(endReason).endsWith(": Patient asked for a later time");
    }

    @Test
    void aRefusedChangeWritesNoAuditRow() {
        Diary diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(4)), 1);
        Waiting first = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        Waiting second = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        Actor actor = Actor.staff(clerk.username());
        bookings.book(new Book(first.request(), diary.slots().get(0), actor, Optional.empty()), clerk);

        BookingOutcome taken =
                bookings.book(new Book(second.request(), diary.slots().get(0), actor, Optional.empty()), clerk);

        assertThat(taken).isInstanceOf(BookingOutcome.SlotTaken.class);
        assertThat(auditRows()).extracting(r -> r.get("action")).containsExactly("APPOINTMENT_BOOKED");
    }

    private List<Map<String, Object>> auditRows() {
        return jdbi.withHandle(h ->
                h.createQuery("""
                        select action, actor_role, actor_organisation, patient_id, reason from audit_log
                        where actor = :actor order by id""").bind("actor", clerk.auditName()).mapToMap().list());
    }
}
