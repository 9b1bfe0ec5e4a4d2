package org.imagingnetwork.fhir.mapping;

import java.time.Instant;
import java.util.Objects;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.AppointmentStatus;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.patient.NhsNumber;
import org.imagingnetwork.core.request.RequestId;

/**
 * An appointment as one outbox change left it, with everything a RIS needs to file it.
 * {@code sequence} is the outbox row that produced it: later changes have higher numbers.
 */
public record AppointmentSnapshot(
        AppointmentId id,
        AppointmentStatus status,
        long sequence,
        RequestId request,
        NhsNumber patient,
        ExamCode exam,
        String examName,
        SlotId slot,
        OdsCode site,
        String siteName,
        Instant start,
        Instant end,
        Instant bookedAt) {

    public AppointmentSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(exam, "exam");
        Objects.requireNonNull(examName, "examName");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(bookedAt, "bookedAt");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("an appointment ends after it starts");
        }
    }
}
