package org.imagingnetwork.optimizer.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.optimizer.allocation.AllocationPlan;
import org.imagingnetwork.optimizer.allocation.ListedRequest;
import org.imagingnetwork.optimizer.allocation.OpenSlot;
import org.imagingnetwork.optimizer.allocation.Placement;

/**
 * The waiting patients whose six weeks run out during the week and for whom no free slot anywhere in
 * the network fits by that day: they breach whatever any plan does, so they bound from below the
 * breaches during the week that a plan can reach.
 */
final class BreachBound {
    private BreachBound() {}

    static long unavoidable(AllocationPlan problem) {
        Map<ExamCode, List<OpenSlot>> free = new HashMap<>();
        for (OpenSlot slot : problem.slots()) {
            if (!slot.booked()) {
                slot.sessionExams()
                        .forEach(exam -> free.computeIfAbsent(exam, e -> new ArrayList<>())
                                .add(slot));
            }
        }
        long unavoidable = 0;
        for (Placement placement : problem.placements()) {
            ListedRequest request = placement.request();
            if (placement.booked()
                    || !problem.horizon().contains(request.breachDate())
                    || !request.breachesSixWeeks(problem.horizon().dayAfter())) {
                continue;
            }
            boolean anyInTime = free.getOrDefault(request.exam().code(), List.of()).stream()
                    .anyMatch(slot -> !slot.clinicDay().isAfter(request.breachDate()) && request.fits(slot));
            if (!anyInTime) {
                unavoidable++;
            }
        }
        return unavoidable;
    }
}
