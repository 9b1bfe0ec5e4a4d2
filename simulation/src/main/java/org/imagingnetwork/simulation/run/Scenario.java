package org.imagingnetwork.simulation.run;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.imagingnetwork.core.demo.DemoPreset;

/**
 * What to simulate: the demo network (preset, seed, first day, a Monday), how many weeks, which
 * policies, the day a scanner breaks down (counted from the first day; none when outside the weeks),
 * the share of referrals rejected at vetting, the time each weekly allocation run may take, and the
 * demand as a multiple of the demo network's own (1: each trust's diary times its pressure), and the
 * share of the network simulated (1: all of it; less: an even sample of its capacity and patients,
 * {@link org.imagingnetwork.simulation.demand.NetworkShare}).
 */
public record Scenario(
        DemoPreset preset,
        long seed,
        LocalDate start,
        int weeks,
        List<Policy> policies,
        int breakdownDay,
        double rejectedAtVetting,
        int allocationSeconds,
        double demand,
        double share) {

    /** Tuesday of week 5: the three-day breakdown at the busiest trust runs Tuesday to Thursday. */
    public static final int WEEK_FIVE_TUESDAY = 4 * 7 + 1;

    public static final int BREAKDOWN_DAYS = 3;

    public Scenario {
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(start, "start");
        policies = List.copyOf(policies);
        if (start.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("start must be a Monday, so weeks run Monday to Sunday");
        }
        if (weeks < 1 || weeks > 52) {
            throw new IllegalArgumentException("weeks must be 1 to 52");
        }
        if (policies.isEmpty()) {
            throw new IllegalArgumentException("policies: name at least one");
        }
        if (rejectedAtVetting < 0 || rejectedAtVetting > 1) {
            throw new IllegalArgumentException("rejectedAtVetting must be between 0 and 1");
        }
        if (!(demand > 0 && demand <= 10)) {
            throw new IllegalArgumentException("demand must be more than 0 and at most 10");
        }
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be more than 0 and at most 1");
        }
        if (allocationSeconds < 1) {
            throw new IllegalArgumentException("allocationSeconds must be at least 1");
        }
    }

    /** The scenario: 12 weeks, every policy, the week-5 breakdown, 3% rejected at vetting. */
    public static Scenario standard(DemoPreset preset, long seed, LocalDate start, double demand, double share) {
        return new Scenario(
                preset, seed, start, 12, List.of(Policy.values()), WEEK_FIVE_TUESDAY, 0.03, 10, demand, share);
    }

    /** Weeks of diary the network needs: the simulated weeks and the furthest a patient books ahead. */
    public int diaryWeeks() {
        return weeks + 4;
    }
}
