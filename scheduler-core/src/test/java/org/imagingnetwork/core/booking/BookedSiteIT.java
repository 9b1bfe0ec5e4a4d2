package org.imagingnetwork.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.imagingnetwork.core.booking.BookingOutcome.Booked;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.support.Bookings;
import org.imagingnetwork.core.support.CoreDatabase;
import org.imagingnetwork.core.support.DiaryFixture;
import org.imagingnetwork.core.support.DiaryFixture.Diary;
import org.imagingnetwork.core.support.DiaryFixture.Waiting;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * request.booked_site (V28), which the staff waiting list reads instead of joining every slot, is the
 * site of the request's live appointment after every change to its appointments, whoever makes it.
 */
class BookedSiteIT {

    private final Jdbi jdbi = CoreDatabase.get().jdbi();
    private final DiaryFixture fixture = new DiaryFixture(jdbi);
    private final BookingService bookings = Bookings.service(CoreDatabase.get(), Bookings.redis());

    private Diary here;
    private Diary there;
    private Waiting patient;

    @BeforeEach
    void twoSites() {
        here = fixture.ctDiary(Instant.now().plus(Duration.ofDays(5)), 2);
        there = fixture.ctDiary(Instant.now().plus(Duration.ofDays(6)), 2);
        patient = fixture.waitingRequest(here.trust(), DiaryFixture.CT_HEAD);
    }

    @Test
    void aWaitingRequestIsBookedNowhere() {
        assertThat(bookedSite(patient.request())).isNull();
    }

    @Test
    void bookingMovingAndCancellingKeepTheSite() {
        Appointment booked = book(patient, here, 0);
        assertThat(bookedSite(patient.request())).isEqualTo(here.site());

        Appointment moved = ((Booked) bookings.reschedule(new Reschedule(
                        booked.id(), there.slots().get(0), Actor.patient(patient.patient()), Optional.empty())))
                .appointment();
        assertThat(bookedSite(patient.request())).isEqualTo(there.site());

        bookings.cancel(new Cancel(moved.id(), Actor.patient(patient.patient()), "Cannot make this time", true));
        assertThat(bookedSite(patient.request())).isNull();
    }

    @Test
    void aBookingRefusedForATakenSlotLeavesTheRequestBookedNowhere() {
        Waiting first = fixture.waitingRequest(here.trust(), DiaryFixture.CT_HEAD);
        book(first, here, 0);

        BookingOutcome outcome = bookings.book(
                new Book(patient.request(), here.slots().get(0), Actor.patient(patient.patient()), Optional.empty()));

        assertThat(outcome).isInstanceOf(BookingOutcome.SlotTaken.class);
        assertThat(bookedSite(patient.request())).isNull();
        assertThat(bookedSite(first.request())).isEqualTo(here.site());
    }

    @Test
    void statusesTheTrustsReportKeepTheSiteWhileTheAppointmentIsLive() {
        Appointment booked = book(patient, there, 1);

        setStatus(booked, "ARRIVED");
        assertThat(bookedSite(patient.request())).isEqualTo(there.site());
        setStatus(booked, "FULFILLED");
        assertThat(bookedSite(patient.request())).isEqualTo(there.site());

        Waiting absent = fixture.waitingRequest(here.trust(), DiaryFixture.CT_HEAD);
        Appointment missed = book(absent, here, 1);
        setStatus(missed, "NOSHOW");
        assertThat(bookedSite(absent.request())).isNull();
    }

    @Test
    void anAppointmentDeletedOutrightLeavesTheRequestBookedNowhere() {
        Appointment booked = book(patient, here, 1);

        jdbi.useHandle(h -> h.execute(
                "delete from outbox where appointment_id = ?", booked.id().value()));
        jdbi.useHandle(h ->
                h.execute("delete from appointment where id = ?", booked.id().value()));

        assertThat(bookedSite(patient.request())).isNull();
    }

    private Appointment book(Waiting waiting, Diary diary, int slot) {
        return ((Booked) bookings.book(new Book(
                        waiting.request(),
                        diary.slots().get(slot),
                        Actor.patient(waiting.patient()),
                        Optional.empty())))
                .appointment();
    }

    /**
     * As the trusts' status feed writes it (fhir-sync's RisFeedRepository): the appointment's status
     * and the request's state in one transaction, as the database requires them to agree.
     */
    private void setStatus(Appointment appointment, String status) {
        String requestState = status.equals("NOSHOW") ? "DID_NOT_ATTEND" : "ATTENDED";
        jdbi.useTransaction(h -> {
            h.execute(
                    "update appointment set status = ?, version = version + 1 where id = ?",
                    status,
                    appointment.id().value());
            h.execute(
                    "update request set state = ?, version = version + 1 where id = ? and state <> ?",
                    requestState,
                    appointment.request().value(),
                    requestState);
        });
    }

    private String bookedSite(RequestId request) {
        return jdbi.withHandle(h -> h.createQuery("select booked_site from request where id = :id")
                .bind("id", request.value())
                .mapTo(String.class)
                .one());
    }
}
