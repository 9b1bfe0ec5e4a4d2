package org.imagingnetwork.optimizer.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The exact optimum of a small allocation, for checking the solver: branch and bound over the free
 * slots, each given to one of the waiting requests that fit it or left empty.
 *
 * <p>The score's levels up to weighted wait are sums over patients, so their lexicographic optimum is
 * a minimum-cost assignment ({@link Hungarian}, levels folded into one number with multipliers larger
 * than any lower level can reach). The search then visits only assignments that reach that optimum —
 * a node whose placements so far plus the assignment optimum of the rest exceed it is cut — and among
 * them keeps the one with the most even mean waits across sites, then the least travel. Slots of one
 * room on one day that no rule tells apart are filled in request order only, so that no assignment is
 * visited twice.
 */
final class ExactAllocation {

    private static final long FORBIDDEN = 1_000_000_000_000_000L;
    private static final long WAIT_SCALE = 100_000_000L;
    private static final long COUNT_SCALE = 1_000L;

    private final AllocationPlan problem;
    private final List<Placement> booked = new ArrayList<>();
    private final List<ListedRequest> requests = new ArrayList<>();
    private final List<OpenSlot> slots = new ArrayList<>();
    private final int[] symmetryClass;
    private final long[][] cost;
    private final long[] unplacedCost;
    private final int[] assigned;
    private final boolean[] used;
    private long optimum;
    private long nodes;
    private int[] best;
    private long bestSpread = Long.MAX_VALUE;
    private long bestTravel = Long.MAX_VALUE;

    private ExactAllocation(AllocationPlan problem) {
        this.problem = problem;
        for (Placement placement : problem.placements()) {
            if (placement.booked()) {
                booked.add(placement);
            } else {
                requests.add(placement.request());
            }
        }
        problem.slots().stream()
                .filter(slot -> !slot.booked())
                .sorted(Comparator.comparing((OpenSlot s) -> s.room().id())
                        .thenComparing(OpenSlot::startsAt)
                        .thenComparing(s -> s.id().value()))
                .forEach(slots::add);
        int n = requests.size();
        int m = slots.size();
        long longestWaits = 0;
        for (ListedRequest request : requests) {
            longestWaits += Placement.waiting(request, problem.horizon()).weightedWait();
        }
        if (n >= COUNT_SCALE || longestWaits >= WAIT_SCALE) {
            throw new IllegalArgumentException("too large for the exact search's scales");
        }
        cost = new long[n][m];
        unplacedCost = new long[n];
        for (int r = 0; r < n; r++) {
            unplacedCost[r] = folded(Placement.waiting(requests.get(r), problem.horizon()));
            for (int s = 0; s < m; s++) {
                cost[r][s] = requests.get(r).fits(slots.get(s)) ? folded(placedIn(r, s)) : FORBIDDEN;
            }
        }
        symmetryClass = symmetryClasses();
        assigned = new int[m];
        used = new boolean[n];
    }

    /** The optimal plan: its placements are new, the problem is left as it was. */
    static AllocationPlan solve(AllocationPlan problem) {
        return new ExactAllocation(problem).search();
    }

    private AllocationPlan search() {
        optimum = remainder(0);
        branch(0, 0);
        List<Placement> placements = new ArrayList<>();
        booked.forEach(p -> placements.add(Placement.booked(p.request(), problem.horizon(), p.slot())));
        for (int r = 0; r < requests.size(); r++) {
            placements.add(Placement.waiting(requests.get(r), problem.horizon()));
        }
        for (int s = 0; s < slots.size(); s++) {
            if (best[s] >= 0) {
                placements.get(booked.size() + best[s]).setSlot(slots.get(s));
            }
        }
        return new AllocationPlan(problem.horizon(), problem.slots(), placements);
    }

    long nodes() {
        return nodes;
    }

    private void branch(int s, long sofar) {
        nodes++;
        if (s == slots.size()) {
            long total = sofar;
            for (int r = 0; r < requests.size(); r++) {
                if (!used[r]) {
                    total += unplacedCost[r];
                }
            }
            if (total == optimum) {
                consider();
            }
            return;
        }
        int previous = s > 0 && symmetryClass[s - 1] == symmetryClass[s] ? assigned[s - 1] : Integer.MIN_VALUE;
        for (int r = 0; r < requests.size(); r++) {
            if (used[r] || cost[r][s] >= FORBIDDEN) {
                continue;
            }
            // In a class of interchangeable slots, requests go in increasing order and empty slots last.
            if (previous != Integer.MIN_VALUE && (previous < 0 || r < previous)) {
                continue;
            }
            assigned[s] = r;
            used[r] = true;
            long next = sofar + cost[r][s];
            if (next + remainder(s + 1) <= optimum) {
                branch(s + 1, next);
            }
            used[r] = false;
        }
        assigned[s] = -1;
        if (sofar + remainder(s + 1) <= optimum) {
            branch(s + 1, sofar);
        }
    }

    /** The assignment optimum of the requests not yet placed over the slots from this one on, each also free to stay unplaced. */
    private long remainder(int from) {
        List<Integer> open = new ArrayList<>();
        for (int r = 0; r < requests.size(); r++) {
            if (!used[r]) {
                open.add(r);
            }
        }
        int columns = slots.size() - from + open.size();
        long[][] matrix = new long[open.size()][columns];
        for (int i = 0; i < open.size(); i++) {
            int r = open.get(i);
            for (int s = from; s < slots.size(); s++) {
                matrix[i][s - from] = cost[r][s];
            }
            for (int d = 0; d < open.size(); d++) {
                matrix[i][slots.size() - from + d] = d == i ? unplacedCost[r] : FORBIDDEN;
            }
        }
        return Hungarian.minimumCost(matrix);
    }

    private void consider() {
        List<SiteWait> sites = siteWaits();
        long spread = sites.isEmpty() ? 0 : new SiteWaitSpread(sites).penalty();
        long travel = 0;
        for (int s = 0; s < slots.size(); s++) {
            if (assigned[s] >= 0) {
                travel += placedIn(assigned[s], s).travelTenthsKm();
            }
        }
        for (Placement placement : booked) {
            travel += placement.travelTenthsKm();
        }
        if (spread < bestSpread || (spread == bestSpread && travel < bestTravel)) {
            bestSpread = spread;
            bestTravel = travel;
            best = assigned.clone();
        }
    }

    private List<SiteWait> siteWaits() {
        Map<Venue, long[]> totals = new HashMap<>();
        for (Placement placement : booked) {
            long[] total = totals.computeIfAbsent(placement.slot().venue(), v -> new long[2]);
            total[0] += placement.waitDays();
            total[1]++;
        }
        for (int s = 0; s < slots.size(); s++) {
            if (assigned[s] >= 0) {
                long[] total = totals.computeIfAbsent(slots.get(s).venue(), v -> new long[2]);
                total[0] += placedIn(assigned[s], s).waitDays();
                total[1]++;
            }
        }
        List<SiteWait> sites = new ArrayList<>();
        totals.forEach((venue, total) -> sites.add(new SiteWait(venue, total[0], (int) total[1])));
        return sites;
    }

    private Placement placedIn(int r, int s) {
        Placement placement = Placement.waiting(requests.get(r), problem.horizon());
        placement.setSlot(slots.get(s));
        return placement;
    }

    /** Levels 0 to 3 of one patient's penalty as one number: displaced left out, target missed, breach, weighted wait. */
    private static long folded(Placement placement) {
        long displaced = placement.displaced() && !placement.placed() ? 1 : 0;
        long target = placement.missesTarget() ? 1 : 0;
        long breach = placement.breachesSixWeeks() ? 1 : 0;
        return ((displaced * COUNT_SCALE + target) * COUNT_SCALE + breach) * WAIT_SCALE + placement.weightedWait();
    }

    /** Slots of one room on one day with the same exams, cover and length, open to exactly the same requests. */
    private int[] symmetryClasses() {
        int[] classes = new int[slots.size()];
        int current = 0;
        for (int s = 1; s < slots.size(); s++) {
            if (!interchangeable(slots.get(s - 1), slots.get(s))) {
                current++;
            }
            classes[s] = current;
        }
        return classes;
    }

    private boolean interchangeable(OpenSlot a, OpenSlot b) {
        if (!a.room().equals(b.room())
                || !a.clinicDay().equals(b.clinicDay())
                || !a.sessionExams().equals(b.sessionExams())
                || !Objects.equals(a.cover(), b.cover())
                || !a.length().equals(b.length())) {
            return false;
        }
        for (ListedRequest request : requests) {
            if (request.fits(a) != request.fits(b)) {
                return false;
            }
        }
        return true;
    }
}
