package org.imagingnetwork.fhir.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.AppointmentStatus;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.diary.SlotStatus;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.patient.NhsNumber;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.time.London;

/** Appointment, slot and rejection snapshots for mapping tests. */
final class Snapshots {

    static final AppointmentId APPOINTMENT = new AppointmentId(UUID.fromString("5f0c7a8e-2b7d-4a57-9a43-1f4d0c0e9b11"));

    private Snapshots() {}

    static AppointmentSnapshot appointment(AppointmentStatus status, Instant start) {
        return new AppointmentSnapshot(
                APPOINTMENT,
                status,
                42,
                new RequestId(7),
                new NhsNumber("9434765919"),
                new ExamCode("MBRAI"),
                "MRI brain",
                new SlotId(1001),
                new OdsCode("RRK98"),
                "Birmingham CDC",
                start,
                start.plusSeconds(30 * 60),
                start.minusSeconds(86_400 * 10));
    }

    static AppointmentSnapshot appointment(AppointmentStatus status) {
        return appointment(status, London.moment(LocalDate.of(2026, 7, 14), LocalTime.of(9, 30)));
    }

    static SlotSnapshot slot(SlotStatus status, Instant start) {
        return new SlotSnapshot(
                new SlotId(1001),
                "RRK98-MR1",
                "MRI 1",
                new OdsCode("RRK98"),
                start,
                start.plusSeconds(1800),
                status,
                42);
    }

    static RejectionSnapshot rejection() {
        return new RejectionSnapshot(
                new RequestId(7),
                43,
                new NhsNumber("9434765919"),
                new ExamCode("MBRAI"),
                "MRI brain",
                new OdsCode("RRK"),
                new OdsCode("Y60"),
                "Ultrasound first, please",
                London.moment(LocalDate.of(2026, 7, 1), LocalTime.of(11, 5)));
    }
}
