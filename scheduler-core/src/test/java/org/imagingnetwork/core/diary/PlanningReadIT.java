package org.imagingnetwork.core.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.JdbiDiaryReader;
import org.imagingnetwork.core.jdbc.JdbiPatientDirectory;
import org.imagingnetwork.core.jdbc.JdbiWaitingList;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.support.Bookings;
import org.imagingnetwork.core.support.CoreDatabase;
import org.imagingnetwork.core.support.DiaryFixture;
import org.imagingnetwork.core.time.London;
import org.junit.jupiter.api.Test;

/** The bulk reads the optimiser plans from: a day's diary, its live bookings, the waiting list and its patients. */
class PlanningReadIT {

    private final Database database = CoreDatabase.get();
    private final DiaryFixture fixture = new DiaryFixture(database.jdbi());

    @Test
    void readsADaysSessionsSlotsBookingsWaitingRequestsAndPatientsInBulk() {
        LocalDate day = LocalDate.of(2031, 3, 4);
        Instant nine = London.moment(day, LocalTime.of(9, 0));
        DiaryFixture.Diary diary = fixture.ctDiary(nine, 4);
        List<DiaryFixture.Waiting> waiting = fixture.waitingRequests(diary.trust(), DiaryFixture.CT_HEAD, 3);
        BookingOutcome booked = Bookings.service(database, Bookings.redisDown())
                .book(new Book(
                        waiting.get(0).request(), diary.slots().get(1), Actor.staff("staff:test"), Optional.empty()));
        assertThat(booked).isInstanceOf(BookingOutcome.Booked.class);

        JdbiDiaryReader reader = new JdbiDiaryReader(database.jdbi());
        List<Session> sessions = reader.sessions(day, day).stream()
                .filter(s -> s.roomId().equals(diary.room()))
                .toList();
        List<Slot> slots = reader.slots(day, day).stream()
                .filter(s -> s.roomId().equals(diary.room()))
                .toList();
        Map<SlotId, RequestId> bookings = reader.liveBookings(day, day);

        assertThat(sessions).singleElement().satisfies(session -> {
            assertThat(session.startsAt()).isEqualTo(nine);
            assertThat(session.allowedExams()).extracting(Object::toString).contains(DiaryFixture.CT_HEAD);
        });
        assertThat(slots).extracting(Slot::id).containsExactlyElementsOf(diary.slots());
        assertThat(slots.get(1).status()).isEqualTo(SlotStatus.BOOKED);
        assertThat(bookings).containsEntry(diary.slots().get(1), waiting.get(0).request());
        assertThat(reader.sessions(day.plusDays(1), day.plusDays(1)))
                .noneMatch(s -> s.roomId().equals(diary.room()));

        JdbiWaitingList list = new JdbiWaitingList(database.jdbi());
        List<RequestId> stillWaiting = list.waiting().stream().map(Request::id).toList();
        assertThat(stillWaiting)
                .contains(waiting.get(1).request(), waiting.get(2).request())
                .doesNotContain(waiting.get(0).request());
        assertThat(list.byIds(List.of(waiting.get(0).request(), new RequestId(-1))))
                .extracting(Request::id)
                .containsExactly(waiting.get(0).request());
        Request first = list.byIds(List.of(waiting.get(1).request())).get(0);
        assertThat(list.receivedBetween(first.receivedAt(), first.receivedAt().plusMillis(1)))
                .extracting(Request::id)
                .contains(first.id());

        Map<PatientId, Patient> patients = new JdbiPatientDirectory(database.jdbi())
                .byIds(List.of(waiting.get(1).patient(), waiting.get(2).patient(), new PatientId(-5)));
        assertThat(patients)
                .containsOnlyKeys(waiting.get(1).patient(), waiting.get(2).patient());
    }
}
