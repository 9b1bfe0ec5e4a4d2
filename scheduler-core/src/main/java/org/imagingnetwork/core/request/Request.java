package org.imagingnetwork.core.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.patient.PatientId;

/** A referral for one exam for one patient, and where it has got to. */
public record Request(
        RequestId id,
        PatientId patient,
        ExamCode exam,
        Priority priority,
        Optional<LocalDate> dueDate,
        Referral referral,
        Instant receivedAt,
        LocalDate breachDate,
        RequestState state,
        ClinicalNeeds needs,
        Protocol protocol,
        PatientPreferences preferences,
        int version) {}
