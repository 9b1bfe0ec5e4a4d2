package org.imagingnetwork.optimizer.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The key figures of an allocation plan a manager compares before and after a run, worked out from
 * the plan itself rather than from the solver's score, so any plan (the solver's, the baseline's,
 * today's diary) is measured the same way.
 *
 * @param hardViolations proposals that break a hard rule, and placements that share a slot; zero
 *     means feasible. A booked appointment that a rule would refuse is not counted: the plan cannot
 *     move it (see {@link AllocationConstraints}).
 * @param sixWeekBreaches patients seen after six weeks, counting those left unplaced whose breach date falls in the horizon
 * @param meanWaitBySite mean days waited by the patients seen at each site, by site name
 * @param utilisation share of the horizon's slots that are used
 */
public record PlanFigures(
        int hardViolations,
        int placed,
        int proposals,
        int unplaced,
        int sixWeekBreaches,
        int urgentLate,
        Map<String, Double> meanWaitBySite,
        double waitSpreadMaxMinDays,
        double waitSpreadStdDevDays,
        double utilisation,
        double meanTravelKm) {

    public PlanFigures {
        meanWaitBySite = Map.copyOf(meanWaitBySite);
    }

    public boolean feasible() {
        return hardViolations == 0;
    }

    public static PlanFigures of(AllocationPlan plan) {
        int violations = 0;
        int placed = 0;
        int proposals = 0;
        int unplaced = 0;
        int breaches = 0;
        int urgentLate = 0;
        double travel = 0;
        Set<OpenSlot> used = new HashSet<>();
        Map<Venue, long[]> waits = new HashMap<>();
        for (Placement placement : plan.placements()) {
            if (placement.breachesSixWeeks()) {
                breaches++;
            }
            if (placement.daysPastTarget() > 0) {
                urgentLate++;
            }
            if (!placement.placed()) {
                unplaced++;
                continue;
            }
            placed++;
            if (!placement.booked()) {
                proposals++;
            }
            boolean refused = !placement.booked() && !placement.request().fits(placement.slot());
            if (refused || !used.add(placement.slot())) {
                violations++;
            }
            travel += placement.request().kilometresTo(placement.slot().venue());
            long[] site = waits.computeIfAbsent(placement.slot().venue(), v -> new long[2]);
            site[0] += placement.waitDays();
            site[1]++;
        }
        List<SiteWait> sites = new ArrayList<>();
        waits.forEach((venue, sum) -> sites.add(new SiteWait(venue, sum[0], (int) sum[1])));
        Map<String, Double> byName = new LinkedHashMap<>();
        sites.stream()
                .sorted(Comparator.comparing(site -> site.venue().name()))
                .forEach(site -> byName.put(site.venue().name(), site.meanWaitDays()));
        double max = sites.stream().mapToDouble(SiteWait::meanWaitDays).max().orElse(0);
        double min = sites.stream().mapToDouble(SiteWait::meanWaitDays).min().orElse(0);
        double stdDev = sites.isEmpty() ? 0 : new SiteWaitSpread(sites).standardDeviationDays();
        return new PlanFigures(
                violations,
                placed,
                proposals,
                unplaced,
                breaches,
                urgentLate,
                byName,
                max - min,
                stdDev,
                plan.slots().isEmpty() ? 0 : (double) used.size() / plan.slots().size(),
                placed == 0 ? 0 : travel / placed);
    }
}
