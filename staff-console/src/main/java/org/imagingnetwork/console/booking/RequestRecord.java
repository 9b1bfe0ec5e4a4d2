package org.imagingnetwork.console.booking;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;

/**
 * A request as the booking office reads it: the patient, what was asked for and where they will go.
 *
 * @param acceptableSites the names of the sites the patient chose; empty means anywhere in the network
 * @param maxTravelKm how far the patient will travel, when they said
 * @param shortNoticeHours the notice a short-notice patient needs, when they can come at short notice
 */
public record RequestRecord(
        RequestId id,
        Patient patient,
        String examCode,
        String examName,
        String modality,
        String priority,
        RequestState state,
        String referringTrust,
        String referringClinician,
        Instant receivedAt,
        LocalDate breachDate,
        int weeksWaited,
        List<String> acceptableSites,
        @Nullable Integer maxTravelKm,
        @Nullable Integer shortNoticeHours,
        ClinicalNeeds needs) {

    /** The patient's details the clerk needs on the phone. */
    public record Patient(
            PatientId id,
            String nhsNumber,
            String name,
            LocalDate dateOfBirth,
            String postcode,
            String contactPreference,
            @Nullable String phone,
            @Nullable String email,
            String language,
            List<String> accessNeeds) {

        public String contactBy() {
            return switch (contactPreference) {
                case "SMS" -> "Text message";
                case "EMAIL" -> "Email";
                case "LETTER" -> "Letter";
                default -> contactPreference;
            };
        }
    }

    /** What the referrer said limits where and how the patient can be scanned. */
    public record ClinicalNeeds(
            boolean sedation,
            boolean generalAnaesthetic,
            @Nullable Integer weightKg,
            boolean claustrophobic,
            boolean contrast,
            @Nullable String protocol) {

        /** The needs in words, or "None" — for the summary list. */
        public String described() {
            List<String> said = new java.util.ArrayList<>();
            if (sedation) {
                said.add("sedation");
            }
            if (generalAnaesthetic) {
                said.add("general anaesthetic");
            }
            if (weightKg != null) {
                said.add("weight " + weightKg + " kg");
            }
            if (claustrophobic) {
                said.add("claustrophobic");
            }
            if (contrast) {
                said.add("contrast");
            }
            return said.isEmpty() ? "None" : String.join(", ", said);
        }
    }

    /** Whether a time can be booked for this request now. */
    public boolean bookable() {
        return state == RequestState.WAITING;
    }

    /** One line of the request's history: a change of state, who made it and why. */
    public record Event(Instant at, String actor, @Nullable String from, String to, String reason) {}

    /** An appointment the request has or had, live or ended. */
    public record Appointment(
            String id,
            Instant startsAt,
            String siteCode,
            String siteName,
            String roomName,
            String status,
            Instant bookedAt,
            String bookedBy,
            @Nullable String endReason) {

        public boolean live() {
            return "BOOKED".equals(status);
        }

        public String statusText() {
            return switch (status) {
                case "BOOKED" -> "Booked";
                case "ARRIVED" -> "Arrived";
                case "FULFILLED" -> "Attended";
                case "NOSHOW" -> "Did not attend";
                case "CANCELLED" -> "Cancelled";
                case "MOVED" -> "Moved";
                default -> status;
            };
        }
    }
}
