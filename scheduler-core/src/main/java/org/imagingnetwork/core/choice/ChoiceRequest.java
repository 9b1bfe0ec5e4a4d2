package org.imagingnetwork.core.choice;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.imagingnetwork.core.exam.AgeBand;
import org.imagingnetwork.core.exam.ExamName;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;

/** A referral as choosing a place and time needs it: the exam's needs and the patient's. */
public record ChoiceRequest(
        RequestId id,
        PatientId patient,
        RequestState state,
        String examCode,
        String examName,
        Optional<String> examNameWelsh,
        Modality modality,
        Set<Capability> requiredCapabilities,
        Duration adultDuration,
        Duration childDuration,
        Duration infantDuration,
        LocalDate dateOfBirth,
        String postcode,
        boolean needsSedation,
        boolean needsGeneralAnaesthetic,
        OptionalInt weightKg,
        Set<String> acceptableSites,
        OptionalInt maxTravelKm) {

    public ChoiceRequest {
        requiredCapabilities = Set.copyOf(requiredCapabilities);
        acceptableSites = Set.copyOf(acceptableSites);
    }

    /** The exam's name in the reader's language. */
    public String examNameIn(Locale locale) {
        return new ExamName(examName, examNameWelsh).in(locale);
    }

    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    /** The slot length this patient's exam needs, by their age band on the day. */
    public Duration durationOn(LocalDate day) {
        return switch (AgeBand.of(ageOn(day))) {
            case INFANT -> infantDuration;
            case CHILD -> childDuration;
            case ADULT -> adultDuration;
        };
    }

    /** The same referral as if it needed no sedation: to tell "no sedation cover" from "no time at all". */
    public ChoiceRequest withoutSedation() {
        return new ChoiceRequest(
                id,
                patient,
                state,
                examCode,
                examName,
                examNameWelsh,
                modality,
                requiredCapabilities,
                adultDuration,
                childDuration,
                infantDuration,
                dateOfBirth,
                postcode,
                false,
                needsGeneralAnaesthetic,
                weightKg,
                acceptableSites,
                maxTravelKm);
    }

    /** Equipment the room must have: the exam's, plus anaesthetic support when the patient needs a general anaesthetic. */
    public Set<Capability> roomNeeds() {
        Set<Capability> needs = new HashSet<>(requiredCapabilities);
        if (needsGeneralAnaesthetic) {
            needs.add(Capability.GENERAL_ANAESTHETIC_SUPPORT);
        }
        return needs;
    }
}
