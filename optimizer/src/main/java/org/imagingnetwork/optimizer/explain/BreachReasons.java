package org.imagingnetwork.optimizer.explain;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.optimizer.allocation.AllocationPlan;
import org.imagingnetwork.optimizer.allocation.ListedRequest;
import org.imagingnetwork.optimizer.allocation.OpenSlot;
import org.imagingnetwork.optimizer.allocation.Placement;

/**
 * Says, for each waiting patient an allocation plan leaves past their six-week breach date, why
 * ({@link BreachReason}), judging the horizon's slots by the same hard rules as the solver
 * ({@link ListedRequest}'s fit checks). Patients booked before the plan are not its to decide and are
 * left out.
 */
public final class BreachReasons {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    private BreachReasons() {}

    /** The plan's breaches of waiting patients, by reason and then breach date. */
    public static List<Breach> of(AllocationPlan plan) {
        Map<ExamCode, List<OpenSlot>> slotsByExam = new HashMap<>();
        plan.slots()
                .forEach(slot -> slot.sessionExams()
                        .forEach(exam -> slotsByExam
                                .computeIfAbsent(exam, e -> new ArrayList<>())
                                .add(slot)));
        Set<OpenSlot> taken = new HashSet<>();
        plan.placements().stream().filter(Placement::placed).forEach(placement -> taken.add(placement.slot()));
        List<Breach> breaches = new ArrayList<>();
        for (Placement placement : plan.placements()) {
            if (!placement.booked() && placement.breachesSixWeeks()) {
                breaches.add(reason(
                        placement,
                        slotsByExam.getOrDefault(placement.request().exam().code(), List.of()),
                        taken));
            }
        }
        breaches.sort(Comparator.comparing(Breach::reason).thenComparing(Breach::breachDate));
        return breaches;
    }

    private static Breach reason(Placement placement, List<OpenSlot> runningTheExam, Set<OpenSlot> taken) {
        ListedRequest request = placement.request();
        String by = request.breachDate().format(DAY);
        if (request.breachDate().isBefore(placement.horizon().firstDay())) {
            return breach(
                    request, BreachReason.ALREADY_PAST, "was past six weeks on " + by + ", before the plan began");
        }
        List<OpenSlot> inTime = runningTheExam.stream()
                .filter(slot -> !slot.clinicDay().isAfter(request.breachDate()))
                .filter(request::availableFor)
                .filter(slot -> request.missingEquipment(slot) == 0
                        && request.slotLongEnough(slot)
                        && request.ageSuits(slot)
                        && request.coverSuits(slot)
                        && request.tableTakesWeight(slot))
                .toList();
        if (inTime.isEmpty()) {
            return breach(
                    request,
                    BreachReason.NO_CAPACITY_IN_TIME,
                    "no session in the network can do it for them between when they can come and " + by);
        }
        List<OpenSlot> chosen = inTime.stream().filter(request::acceptsSite).toList();
        if (chosen.isEmpty()) {
            return breach(
                    request,
                    BreachReason.OUTSIDE_SITE_CHOICE,
                    all(inTime.size(), by) + " at sites they did not choose (" + sites(inTime) + ")");
        }
        List<OpenSlot> reachable = chosen.stream().filter(request::withinTravel).toList();
        if (reachable.isEmpty()) {
            double nearest = chosen.stream()
                    .mapToDouble(slot -> request.kilometresTo(slot.venue()))
                    .min()
                    .orElseThrow();
            return breach(
                    request,
                    BreachReason.BEYOND_TRAVEL_LIMIT,
                    String.format(
                            Locale.UK,
                            "%s beyond their limit of %d km (the nearest %.0f km away)",
                            all(chosen.size(), by),
                            request.maxTravelKm().getAsInt(),
                            nearest));
        }
        long free = reachable.stream()
                .filter(slot -> !slot.booked() && !taken.contains(slot))
                .count();
        if (free == 0) {
            return breach(
                    request,
                    BreachReason.TAKEN_BY_OTHERS,
                    all(reachable.size(), by) + " booked or given to patients more urgent or waiting longer");
        }
        return breach(
                request,
                BreachReason.FREE_SLOT_LEFT,
                free
                        + (free == 1
                                ? " slot by " + by + " that suits them is"
                                : " slots by " + by + " that suit them are")
                        + " still free: a longer run may place them");
    }

    /** "the one slot by Tue 8 Dec is" or "all 3 slots by Tue 8 Dec are". */
    private static String all(int slots, String by) {
        return slots == 1 ? "the one slot by " + by + " is" : "all " + slots + " slots by " + by + " are";
    }

    private static String sites(List<OpenSlot> slots) {
        return String.join(
                ", ",
                slots.stream()
                        .map(slot -> slot.venue().name())
                        .distinct()
                        .sorted()
                        .toList());
    }

    private static Breach breach(ListedRequest request, BreachReason reason, String detail) {
        return new Breach(
                request.id(),
                request.patient(),
                request.exam().code(),
                request.exam().modality(),
                request.breachDate(),
                reason,
                "Patient " + request.patient() + " (" + request.exam().name() + ") breaches six weeks: " + detail);
    }
}
