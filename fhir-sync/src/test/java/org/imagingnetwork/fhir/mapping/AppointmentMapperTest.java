package org.imagingnetwork.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Slot;
import org.imagingnetwork.core.booking.AppointmentStatus;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.time.London;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppointmentMapperTest {

    @ParameterizedTest
    @CsvSource({
        "BOOKED,booked",
        "ARRIVED,arrived",
        "FULFILLED,fulfilled",
        "NOSHOW,noshow",
        "CANCELLED,cancelled",
        "MOVED,cancelled"
    })
    void mapsEveryStatusOfOursToItsFhirStatus(AppointmentStatus ours, String fhir) {
        assertThat(AppointmentMapper.toFhir(Snapshots.appointment(ours))
                        .getStatus()
                        .toCode())
                .isEqualTo(fhir);
    }

    @Test
    void givesOnlyCancelledAppointmentsACancellationReason() {
        assertThat(AppointmentMapper.toFhir(Snapshots.appointment(AppointmentStatus.BOOKED))
                        .hasCancelationReason())
                .isFalse();
        assertThat(AppointmentMapper.toFhir(Snapshots.appointment(AppointmentStatus.MOVED))
                        .getCancelationReason()
                        .getText())
                .contains("moved");
    }

    @Test
    void identifiesTheAppointmentThePatientSiteSlotAndExamByTheirSystems() {
        Appointment appointment = AppointmentMapper.toFhir(Snapshots.appointment(AppointmentStatus.BOOKED));

        assertThat(appointment.getIdentifierFirstRep().getSystem()).isEqualTo(FhirSystems.APPOINTMENT);
        assertThat(appointment.getIdentifierFirstRep().getValue()).isEqualTo(Snapshots.APPOINTMENT.toString());
        assertThat(appointment.getParticipant())
                .extracting(p -> p.getActor().getType() + " "
                        + p.getActor().getIdentifier().getSystem() + "|"
                        + p.getActor().getIdentifier().getValue())
                .containsExactly(
                        "Patient https://fhir.nhs.uk/Id/nhs-number|9434765919",
                        "Location https://fhir.nhs.uk/Id/ods-site-code|RRK98");
        assertThat(appointment.getServiceTypeFirstRep().getCodingFirstRep().getSystem())
                .isEqualTo(FhirSystems.EXAM);
        assertThat(appointment.getServiceTypeFirstRep().getCodingFirstRep().getCode())
                .isEqualTo("MBRAI");
        assertThat(appointment.getSlotFirstRep().getIdentifier().getValue()).isEqualTo("1001");
        assertThat(appointment.getMeta().getProfile().get(0).getValue()).isEqualTo(UkCoreProfiles.APPOINTMENT);
        assertThat(SyncSequence.of(appointment)).hasValue(42);
    }

    @Test
    void writesTimesWithTheLondonOffsetOfTheDay() {
        var summer = Snapshots.appointment(
                AppointmentStatus.BOOKED, London.moment(LocalDate.of(2026, 7, 14), LocalTime.of(9, 30)));
        var winter = Snapshots.appointment(
                AppointmentStatus.BOOKED, London.moment(LocalDate.of(2026, 12, 14), LocalTime.of(9, 30)));

        assertThat(AppointmentMapper.toFhir(summer).getStartElement().getValueAsString())
                .isEqualTo("2026-07-14T09:30:00+01:00");
        assertThat(AppointmentMapper.toFhir(winter).getStartElement().getValueAsString())
                .isEqualTo("2026-12-14T09:30:00+00:00");
    }

    @Test
    void keepsTheTwoOneThirtiesOfTheAutumnClockChangeApart() {
        var first = London.moment(LocalDate.of(2026, 10, 25), LocalTime.of(1, 30));
        var second = first.plusSeconds(3600);

        assertThat(AppointmentMapper.toFhir(Snapshots.appointment(AppointmentStatus.BOOKED, first))
                        .getStartElement()
                        .getValueAsString())
                .isEqualTo("2026-10-25T01:30:00+01:00");
        assertThat(AppointmentMapper.toFhir(Snapshots.appointment(AppointmentStatus.BOOKED, second))
                        .getStartElement()
                        .getValueAsString())
                .isEqualTo("2026-10-25T01:30:00+00:00");
    }

    @ParameterizedTest
    @CsvSource({"FREE,free", "BOOKED,busy", "BLOCKED,busy-unavailable"})
    void mapsSlotStatuses(SlotStatus ours, String fhir) {
        Slot slot = SlotMapper.toFhir(Snapshots.slot(
                ours, Snapshots.appointment(AppointmentStatus.BOOKED).start()));
        assertThat(slot.getStatus().toCode()).isEqualTo(fhir);
        assertThat(slot.getSchedule().getIdentifier().getSystem()).isEqualTo(FhirSystems.ROOM);
    }
}
