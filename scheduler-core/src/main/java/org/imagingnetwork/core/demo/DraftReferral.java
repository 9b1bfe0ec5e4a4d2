package org.imagingnetwork.core.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.imagingnetwork.core.exam.Exam;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.request.ClinicalNeeds;
import org.imagingnetwork.core.request.PatientPreferences;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.Referral;
import org.imagingnetwork.core.rules.AppointabilityRule;

/**
 * A referral the generator has drawn but not yet told the story of: who, for what, from whom and
 * when, the trust's rule it will be judged by, and the radiologist who vets it.
 */
record DraftReferral(
        Patient patient,
        Exam exam,
        Priority priority,
        Optional<LocalDate> dueDate,
        Referral referral,
        Instant receivedAt,
        ClinicalNeeds needs,
        PatientPreferences preferences,
        AppointabilityRule rule,
        String vetter) {}
