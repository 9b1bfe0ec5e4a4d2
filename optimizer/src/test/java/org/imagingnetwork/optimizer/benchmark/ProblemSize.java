package org.imagingnetwork.optimizer.benchmark;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.optimizer.allocation.AllocationPlan;
import org.imagingnetwork.optimizer.allocation.ListedRequest;
import org.imagingnetwork.optimizer.allocation.OpenSlot;
import org.imagingnetwork.optimizer.allocation.Placement;

/** How big an allocation problem is, in words for the benchmark's log. */
final class ProblemSize {

    /** The single-slot hard rules, to say which ones booked appointments would fail. */
    private static final Map<String, BiPredicate<ListedRequest, OpenSlot>> RULES = new LinkedHashMap<>();

    static {
        RULES.put("equipment", (r, s) -> r.missingEquipment(s) == 0);
        RULES.put("session exams", ListedRequest::sessionRunsExam);
        RULES.put("slot length", ListedRequest::slotLongEnough);
        RULES.put("child or adult", ListedRequest::ageSuits);
        RULES.put("sedation cover", ListedRequest::coverSuits);
        RULES.put("table weight", ListedRequest::tableTakesWeight);
        RULES.put("notice", ListedRequest::availableFor);
        RULES.put("chosen site", ListedRequest::acceptsSite);
        RULES.put("travel limit", ListedRequest::withinTravel);
    }

    private ProblemSize() {}

    static String of(AllocationPlan plan, int skipped) {
        Map<Modality, int[]> byModality = new TreeMap<>();
        int free = 0;
        for (OpenSlot slot : plan.slots()) {
            byModality.computeIfAbsent(slot.room().modality(), m -> new int[2])[0]++;
            if (!slot.booked()) {
                free++;
            }
        }
        int booked = 0;
        int waiting = 0;
        int pastSixWeeks = 0;
        Map<String, Integer> bookedRefused = new TreeMap<>();
        for (Placement placement : plan.placements()) {
            if (placement.booked()) {
                booked++;
                RULES.forEach((rule, holds) -> {
                    if (!holds.test(placement.request(), placement.slot())) {
                        bookedRefused.merge(rule, 1, Integer::sum);
                    }
                });
            } else {
                waiting++;
                byModality.computeIfAbsent(placement.request().exam().modality(), m -> new int[2])[1]++;
                if (placement.request().breachDate().isBefore(plan.horizon().firstDay())) {
                    pastSixWeeks++;
                }
            }
        }
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "%,d slots (%,d free, %,d booked), %,d waiting requests (%,d already past six weeks), "
                        + "%,d requests left out for missing records",
                plan.slots().size(),
                free,
                booked,
                waiting,
                pastSixWeeks,
                skipped));
        if (!bookedRefused.isEmpty()) {
            text.append("; booked appointments a hard rule would refuse (pinned, so counted against neither plan): ")
                    .append(bookedRefused);
        }
        byModality.forEach((modality, counts) -> text.append(
                String.format(Locale.ROOT, "%n  %-12s %,8d slots %,8d waiting", modality, counts[0], counts[1])));
        return text.toString();
    }
}
