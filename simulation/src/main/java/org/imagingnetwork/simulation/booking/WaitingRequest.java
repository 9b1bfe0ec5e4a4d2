package org.imagingnetwork.simulation.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.imagingnetwork.core.network.GeoPoint;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.RequestId;

/**
 * A request on the waiting list with no appointment, with what choosing a slot for it needs: the
 * exam's minutes for the patient's age and the room kit it needs, the sites the patient named, how
 * far they will travel and where they live (the centre of their postcode district, when known).
 */
public record WaitingRequest(
        RequestId id,
        PatientId patient,
        String exam,
        Priority priority,
        Optional<LocalDate> dueDate,
        Instant receivedAt,
        String trust,
        int ageYears,
        int minutes,
        Set<String> requiredCapabilities,
        boolean needsGeneralAnaesthetic,
        OptionalInt weightKg,
        Set<String> acceptableSites,
        OptionalInt maxTravelKm,
        Optional<GeoPoint> home) {

    public WaitingRequest {
        Objects.requireNonNull(id, "id");
        requiredCapabilities = Set.copyOf(requiredCapabilities);
        acceptableSites = Set.copyOf(acceptableSites);
    }

    /** Distance from home to the slot's site in km; zero when the home cannot be placed. */
    public double kilometresTo(FreeSlot slot) {
        return home.map(h -> h.kilometresTo(slot.position())).orElse(0.0);
    }

    /**
     * Whether the slot's room can take this patient's exam, by the same rules the booking service's
     * eligibility check applies (which still has the last word): the list runs the exam, the room has
     * the kit (and anaesthetic support if needed) and takes the weight, the site sees the patient's
     * age, and the patient accepts the site. Whether the slot is long enough ({@link #minutes()}) is
     * the board's to check, slot by slot.
     */
    public boolean fitsRoom(FreeSlot slot) {
        return slot.exams().contains(exam)
                && slot.capabilities().containsAll(requiredCapabilities)
                && (!needsGeneralAnaesthetic || slot.capabilities().contains("GENERAL_ANAESTHETIC_SUPPORT"))
                && (weightKg.isEmpty() || weightKg.getAsInt() <= slot.maxWeightKg())
                && (ageYears >= 18
                        || (slot.minChildAge().isPresent()
                                && ageYears >= slot.minChildAge().getAsInt()))
                && (acceptableSites.isEmpty() || acceptableSites.contains(slot.site()));
    }

    /** Within the patient's travel limit, or they set none. */
    public boolean withinReach(FreeSlot slot) {
        return maxTravelKm.isEmpty() || kilometresTo(slot) <= maxTravelKm.getAsInt();
    }
}
