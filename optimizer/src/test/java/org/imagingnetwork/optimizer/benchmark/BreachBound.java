package org.imagingnetwork.optimizer.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.optimizer.allocation.AllocationPlan;
import org.imagingnetwork.optimizer.allocation.ListedRequest;
import org.imagingnetwork.optimizer.allocation.OpenSlot;
import org.imagingnetwork.optimizer.allocation.Placement;

/**
 * How few breaches during the week any plan could reach: the booked patients whose pinned slot is
 * after the day their six weeks run out, and of the waiting patients whose six weeks run out during
 * the week, those with no free slot that fits them by that day plus those a maximum matching of the
 * others to distinct free fitting slots by that day cannot seat. It ignores every other patient
 * (urgent ones, who rank higher, included), so no plan can do better; the best plan may do worse.
 */
final class BreachBound {
    private BreachBound() {}

    record Bound(int dueInTheWeek, int bookedTooLate, int noSlotFits, int atLeast) {}

    static Bound of(AllocationPlan problem) {
        Map<ExamCode, List<Integer>> freeByExam = new HashMap<>();
        List<OpenSlot> slots = problem.slots();
        for (int s = 0; s < slots.size(); s++) {
            if (!slots.get(s).booked()) {
                int index = s;
                slots.get(s)
                        .sessionExams()
                        .forEach(exam -> freeByExam
                                .computeIfAbsent(exam, e -> new ArrayList<>())
                                .add(index));
            }
        }
        List<int[]> edges = new ArrayList<>();
        int noSlot = 0;
        int bookedTooLate = 0;
        for (Placement placement : problem.placements()) {
            ListedRequest request = placement.request();
            if (!problem.horizon().contains(request.breachDate())
                    || !request.breachesSixWeeks(problem.horizon().dayAfter())) {
                continue;
            }
            if (placement.booked()) {
                if (placement.breachesSixWeeks()) {
                    bookedTooLate++;
                }
                continue;
            }
            int[] fitting = freeByExam.getOrDefault(request.exam().code(), List.of()).stream()
                    .filter(s -> !slots.get(s).clinicDay().isAfter(request.breachDate()) && request.fits(slots.get(s)))
                    .mapToInt(Integer::intValue)
                    .toArray();
            if (fitting.length == 0) {
                noSlot++;
            } else {
                edges.add(fitting);
            }
        }
        int matched = maximumMatching(edges, slots.size());
        return new Bound(edges.size() + noSlot, bookedTooLate, noSlot, bookedTooLate + edges.size() + noSlot - matched);
    }

    /** Kuhn's augmenting paths after a greedy start: the most patients seated in distinct slots. */
    private static int maximumMatching(List<int[]> edges, int slotCount) {
        int[] owner = new int[slotCount];
        Arrays.fill(owner, -1);
        int matched = 0;
        List<Integer> unmatched = new ArrayList<>();
        for (int p = 0; p < edges.size(); p++) {
            boolean seated = false;
            for (int s : edges.get(p)) {
                if (owner[s] < 0) {
                    owner[s] = p;
                    seated = true;
                    break;
                }
            }
            if (seated) {
                matched++;
            } else {
                unmatched.add(p);
            }
        }
        for (int p : unmatched) {
            if (augment(p, edges, owner, new boolean[slotCount])) {
                matched++;
            }
        }
        return matched;
    }

    private static boolean augment(int patient, List<int[]> edges, int[] owner, boolean[] seen) {
        for (int s : edges.get(patient)) {
            if (seen[s]) {
                continue;
            }
            seen[s] = true;
            if (owner[s] < 0 || augment(owner[s], edges, owner, seen)) {
                owner[s] = patient;
                return true;
            }
        }
        return false;
    }
}
