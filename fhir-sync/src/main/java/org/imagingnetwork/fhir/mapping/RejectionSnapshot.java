package org.imagingnetwork.fhir.mapping;

import java.time.Instant;
import java.util.Objects;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.patient.NhsNumber;
import org.imagingnetwork.core.request.RequestId;

/**
 * A referral rejected at vetting, as the referring trust's RIS is told of it.
 *
 * @param sequence the outbox row that carries it
 * @param referringTrust the trust that asked for the exam (the Task's requester)
 * @param rejectedBy the organisation whose radiologist rejected it (the Task's owner)
 * @param reason the reason the radiologist gave, from the request's REJECTED event
 */
public record RejectionSnapshot(
        RequestId request,
        long sequence,
        NhsNumber patient,
        ExamCode exam,
        String examName,
        OdsCode referringTrust,
        OdsCode rejectedBy,
        String reason,
        Instant rejectedAt) {

    public RejectionSnapshot {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(exam, "exam");
        Objects.requireNonNull(examName, "examName");
        Objects.requireNonNull(referringTrust, "referringTrust");
        Objects.requireNonNull(rejectedBy, "rejectedBy");
        Objects.requireNonNull(rejectedAt, "rejectedAt");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a rejection carries its reason");
        }
    }
}
