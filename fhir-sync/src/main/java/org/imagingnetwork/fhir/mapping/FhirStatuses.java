package org.imagingnetwork.fhir.mapping;

import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.Slot.SlotStatus;

/** How our appointment and slot states read in FHIR R4. docs/fhir.md has the same table for people. */
public final class FhirStatuses {

    private FhirStatuses() {}

    public static AppointmentStatus of(org.imagingnetwork.core.booking.AppointmentStatus status) {
        return switch (status) {
            case BOOKED -> AppointmentStatus.BOOKED;
            case ARRIVED -> AppointmentStatus.ARRIVED;
            case FULFILLED -> AppointmentStatus.FULFILLED;
            case NOSHOW -> AppointmentStatus.NOSHOW;
            // A moved appointment is cancelled in the RIS; its replacement is a new appointment.
            case CANCELLED, MOVED -> AppointmentStatus.CANCELLED;
        };
    }

    public static SlotStatus of(org.imagingnetwork.core.diary.SlotStatus status) {
        return switch (status) {
            case FREE -> SlotStatus.FREE;
            case BOOKED -> SlotStatus.BUSY;
            case BLOCKED -> SlotStatus.BUSYUNAVAILABLE;
        };
    }
}
