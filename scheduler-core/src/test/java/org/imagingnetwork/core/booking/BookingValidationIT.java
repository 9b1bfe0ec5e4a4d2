package org.imagingnetwork.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.support.Bookings;
import org.imagingnetwork.core.support.CoreDatabase;
import org.imagingnetwork.core.support.DiaryFixture;
import org.imagingnetwork.core.support.DiaryFixture.Diary;
import org.imagingnetwork.core.support.DiaryFixture.Waiting;
import org.imagingnetwork.core.support.Ledger;
import org.imagingnetwork.core.validation.FieldError;
import org.junit.jupiter.api.Test;

/** Bookings that cannot be made are refused with an error naming the field, and change nothing. */
class BookingValidationIT {

    private final DiaryFixture fixture = new DiaryFixture(CoreDatabase.get().jdbi());
    private final Ledger ledger = new Ledger(CoreDatabase.get().jdbi());
    private final BookingService bookings = Bookings.service(CoreDatabase.get(), Bookings.redis());

    @Test
    void slotInThePastIsRefused() {
        Diary diary = fixture.ctDiary(Instant.now().minus(Duration.ofHours(3)), 1);
        Waiting patient = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);

        assertRefusedUnchanged(
                patient.request(),
                diary.slots().get(0),
                patient,
                new BookingOutcome.Invalid(
                        List.of(new FieldError("slot", "This appointment time has already passed"))));
    }

    @Test
    void examNotAllowedInThatRoomIsRefused() {
        Diary diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(1)), 1);
        Waiting patient = fixture.waitingRequest(diary.trust(), DiaryFixture.XR_CHEST);

        assertRefusedUnchanged(
                patient.request(),
                diary.slots().get(0),
                patient,
                new BookingOutcome.NotEligible(new FieldError("slot", "This clinic does not do XCHES examinations")));
    }

    @Test
    void roomWithoutTheRequiredEquipmentIsRefused() {
        Diary diary = fixture.diary(Instant.now().plus(Duration.ofDays(1)), 1, "CT", new String[0], new String[] {
            DiaryFixture.CT_CHEST_CONTRAST
        });
        Waiting patient = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_CHEST_CONTRAST);

        assertRefusedUnchanged(
                patient.request(),
                diary.slots().get(0),
                patient,
                new BookingOutcome.NotEligible(
                        new FieldError("slot", "This room does not have the equipment the examination needs")));
    }

    @Test
    void childYoungerThanTheSiteAcceptsIsRefused() {
        Diary diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(1)), 1);
        Waiting toddler = fixture.waitingRequest(
                diary.trust(), DiaryFixture.CT_HEAD, LocalDate.now().minusYears(2));

        assertRefusedUnchanged(
                toddler.request(),
                diary.slots().get(0),
                toddler,
                new BookingOutcome.NotEligible(
                        new FieldError("slot", "This site does not see children of the patient's age")));
    }

    @Test
    void unknownSlotAndUnknownRequestAreNamed() {
        Diary diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(1)), 1);
        Waiting patient = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);

        assertRefusedUnchanged(patient.request(), new SlotId(-1), patient, new BookingOutcome.NotFound("slot"));
        assertRefusedUnchanged(
                new RequestId(-1), diary.slots().get(0), patient, new BookingOutcome.NotFound("request"));
    }

    @Test
    void aPatientCannotBookAnotherPatientsRequest() {
        Diary diary = fixture.ctDiary(Instant.now().plus(Duration.ofDays(1)), 1);
        Waiting owner = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);
        Waiting stranger = fixture.waitingRequest(diary.trust(), DiaryFixture.CT_HEAD);

        assertRefusedUnchanged(owner.request(), diary.slots().get(0), stranger, new BookingOutcome.NotFound("request"));
    }

    private void assertRefusedUnchanged(RequestId request, SlotId slot, Waiting actor, BookingOutcome expected) {
        var before = ledger.bookingTableCounts();

        BookingOutcome outcome =
                bookings.book(new Book(request, slot, Actor.patient(actor.patient()), Optional.empty()));

        assertThat(outcome).isEqualTo(expected);
        assertThat(ledger.bookingTableCounts()).isEqualTo(before);
    }
}
