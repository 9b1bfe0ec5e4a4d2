package org.imagingnetwork.optimizer.allocation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.GeoPoint;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.request.ClinicalNeeds;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.RequestId;

/**
 * A request on the waiting list with everything the allocation needs to judge a slot for it: the
 * exam, the patient's age, home and clinical needs, where and from when they can come, and the
 * dates its priority sets (urgent target, six-week breach, due date of a planned exam).
 *
 * <p>The fit checks here are the hard rules; the constraint provider, the initial fill, the
 * baseline and the disruption re-plan all use these same methods so that they can never disagree.
 */
public record ListedRequest(
        RequestId id,
        String patient,
        ExamNeed exam,
        Priority priority,
        LocalDate referredOn,
        LocalDate breachDate,
        Optional<LocalDate> targetDate,
        Optional<LocalDate> dueDate,
        OdsCode referringTrust,
        int ageInYears,
        GeoPoint home,
        Set<OdsCode> acceptableSites,
        OptionalInt maxTravelKm,
        Instant earliestStart,
        ClinicalNeeds needs) {

    public ListedRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(exam, "exam");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(referredOn, "referredOn");
        Objects.requireNonNull(breachDate, "breachDate");
        Objects.requireNonNull(targetDate, "targetDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(referringTrust, "referringTrust");
        Objects.requireNonNull(home, "home");
        acceptableSites = Set.copyOf(acceptableSites);
        Objects.requireNonNull(maxTravelKm, "maxTravelKm");
        Objects.requireNonNull(earliestStart, "earliestStart");
        Objects.requireNonNull(needs, "needs");
        if (priority == Priority.PLANNED && dueDate.isEmpty()) {
            throw new IllegalArgumentException("planned request " + id + " needs a due date");
        }
    }

    public boolean isChild() {
        return ageInYears < 18;
    }

    // ---- hard rules: does this slot fit this request? ----

    /** How much the room lacks: one for the wrong modality, plus one per missing piece of equipment. */
    public int missingEquipment(OpenSlot slot) {
        int missing = slot.room().modality() == exam.modality() ? 0 : 1;
        for (Capability capability : exam.equipment()) {
            if (!slot.room().capabilities().contains(capability)) {
                missing++;
            }
        }
        return missing;
    }

    public boolean sessionRunsExam(OpenSlot slot) {
        return slot.sessionExams().contains(exam.code());
    }

    public boolean slotLongEnough(OpenSlot slot) {
        return slot.length().compareTo(exam.duration()) >= 0;
    }

    /** Children only at sites that see their age; adults never on a paediatric list. */
    public boolean ageSuits(OpenSlot slot) {
        return isChild() ? slot.venue().accepts(ageInYears) : !slot.cover().paediatric();
    }

    public boolean coverSuits(OpenSlot slot) {
        return (!needs.needsSedation() || slot.cover().sedation())
                && (!needs.needsGeneralAnaesthetic() || slot.cover().generalAnaesthetic());
    }

    public boolean tableTakesWeight(OpenSlot slot) {
        return needs.weightKg().isEmpty()
                || slot.room().takesWeight(needs.weightKg().getAsInt());
    }

    public boolean availableFor(OpenSlot slot) {
        return !slot.startsAt().isBefore(earliestStart);
    }

    public boolean acceptsSite(OpenSlot slot) {
        return acceptsSite(slot.venue());
    }

    public boolean withinTravel(OpenSlot slot) {
        return withinTravel(slot.venue());
    }

    /**
     * The rules that depend on the site alone — a site the patient chose, within their travel limit,
     * and for a child one that sees their age — for callers that weigh a whole site before its slots.
     */
    public boolean wouldGoTo(Venue venue) {
        return acceptsSite(venue) && withinTravel(venue) && (!isChild() || venue.accepts(ageInYears));
    }

    private boolean acceptsSite(Venue venue) {
        return acceptableSites.isEmpty() || acceptableSites.contains(venue.site());
    }

    private boolean withinTravel(Venue venue) {
        return maxTravelKm.isEmpty() || kilometresTo(venue) <= maxTravelKm.getAsInt();
    }

    /** Every hard rule about this request and this slot alone (a slot shared with another request is judged elsewhere). */
    public boolean fits(OpenSlot slot) {
        return missingEquipment(slot) == 0
                && sessionRunsExam(slot)
                && slotLongEnough(slot)
                && ageSuits(slot)
                && coverSuits(slot)
                && tableTakesWeight(slot)
                && availableFor(slot)
                && acceptsSite(slot)
                && withinTravel(slot);
    }

    // ---- what a placement on a day means for the patient ----

    public double kilometresTo(Venue venue) {
        return home.kilometresTo(venue.location());
    }

    /** Days past the urgent or two-week-wait target when seen on this day; zero for other priorities. */
    public long daysPastTarget(LocalDate seenOn) {
        return targetDate
                .map(target -> Math.max(0, ChronoUnit.DAYS.between(target, seenOn)))
                .orElse(0L);
    }

    /** Seen after the six-week breach date. Planned exams are due on a date and are outside the standard. */
    public boolean breachesSixWeeks(LocalDate seenOn) {
        return priority != Priority.PLANNED && seenOn.isAfter(breachDate);
    }

    /** Days waited when seen on this day: from referral, or from the due date of a planned exam. */
    public long waitDays(LocalDate seenOn) {
        LocalDate from = dueDate.filter(due -> priority == Priority.PLANNED).orElse(referredOn);
        return Math.max(0, ChronoUnit.DAYS.between(from, seenOn));
    }

    /**
     * The wait as the solver weighs it: squared, so the longest waiters go first, and weighted by
     * priority, so urgent and suspected-cancer patients go before routine ones who waited as long.
     */
    public long weightedWait(LocalDate seenOn) {
        long days = waitDays(seenOn);
        return waitWeight() * days * days;
    }

    /**
     * How much each further day of waiting adds to the weighted wait, up to a constant factor: the
     * order in which the initial fill takes patients who can no longer meet a target or a breach date.
     */
    public long waitUrgency(LocalDate seenOn) {
        return waitWeight() * waitDays(seenOn);
    }

    private int waitWeight() {
        return switch (priority) {
            case URGENT, TWO_WEEK_WAIT -> 3;
            case ROUTINE, PLANNED -> 1;
        };
    }
}
