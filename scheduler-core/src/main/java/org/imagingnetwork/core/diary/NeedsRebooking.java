package org.imagingnetwork.core.diary;

import java.time.Instant;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.patient.NhsNumber;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;

/**
 * A patient still booked into time staff have blocked: the appointment stands (nobody is cancelled
 * behind their back) until a clerk moves it, and this says why the time went, when and by whom.
 */
public record NeedsRebooking(
        AppointmentId appointment,
        PatientId patient,
        NhsNumber nhsNumber,
        String patientName,
        RequestId request,
        ExamCode exam,
        OdsCode referringTrust,
        SlotId slot,
        Instant startsAt,
        String room,
        OdsCode site,
        String reason,
        Instant blockedAt,
        String blockedBy) {}
