package org.imagingnetwork.core.booking;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.ClinicalNeeds;
import org.imagingnetwork.core.request.PatientPreferences;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;

/** A request, locked for the length of a booking transaction, with its patient's age and its exam's needs. */
public record RequestForBooking(
        RequestId id,
        PatientId patient,
        LocalDate patientDateOfBirth,
        RequestState state,
        ExamCode exam,
        Set<Capability> requiredCapabilities,
        Duration adultDuration,
        Duration childDuration,
        Duration infantDuration,
        ClinicalNeeds needs,
        PatientPreferences preferences) {

    public Duration durationFor(int ageInYears) {
        if (ageInYears < 5) {
            return infantDuration;
        }
        return ageInYears < 18 ? childDuration : adultDuration;
    }
}
