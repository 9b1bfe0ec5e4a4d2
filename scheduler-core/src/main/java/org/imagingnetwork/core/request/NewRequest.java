package org.imagingnetwork.core.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.patient.PatientId;

/** A checked referral, ready to be saved as a request in state RECEIVED. */
public record NewRequest(
        PatientId patient,
        ExamCode exam,
        Priority priority,
        Optional<LocalDate> dueDate,
        Referral referral,
        Instant receivedAt,
        LocalDate breachDate,
        ClinicalNeeds needs,
        PatientPreferences preferences) {}
