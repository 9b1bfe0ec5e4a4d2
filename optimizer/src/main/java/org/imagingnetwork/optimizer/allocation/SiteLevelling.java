package org.imagingnetwork.optimizer.allocation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Modality;

/**
 * Evens out the sites' mean waits of a whole plan after its groups were solved apart. A site's mean
 * wait counts every patient seen there, whatever the modality, while each group's solver sees only
 * its own modality's patients: a site whose MR patients were evened out against the other MR sites
 * can still stand out once its CT and ultrasound patients are counted with them. Which group's
 * solver found more or less in its share of two cores also moved the whole plan's spread from run to
 * run; levelling the merged plan takes it to the same kind of end point every time.
 *
 * <p>It only makes moves that keep every patient's day: two proposals on the same day trade slots,
 * or a proposal moves to a free slot on the same day. A patient's wait, breach and target depend on
 * the day alone, so every level above evenness stays exactly as the solver left it, and a move that
 * lowers the spread (the penalty of {@link SiteWaitSpread}, the standard deviation plus half the
 * range) improves the score; travel ranks below. Every move is checked with {@link
 * ListedRequest#fits}, so the plan stays feasible. Booked patients never move.
 *
 * <p>Hill climbing, site by site from the one furthest from the mean: the first move that lowers the
 * spread is made, until no site has one or the deadline passes.
 */
final class SiteLevelling {

    private record Bucket(LocalDate day, Modality modality) {
        static Bucket of(OpenSlot slot) {
            return new Bucket(slot.clinicDay(), slot.room().modality());
        }
    }

    /** Below this a change in the spread is rounding, not a better plan; it also stops the climb cycling. */
    private static final double TOLERANCE = 1e-9;

    /**
     * How many of a site's patients, the most helpful first, are tried before the site counts as stuck
     * for this round: a large site with no move would otherwise cost every one of its patients
     * against every other patient seen that day, round after round.
     */
    private static final int TRIES_PER_SITE = 64;

    private final Map<Venue, Integer> siteIndex = new HashMap<>();
    private final long[] totals;
    private final int[] patients;
    private final double[] means;
    private final Integer[] byMean;
    private double sumOfMeans;
    private double sumOfSquares;
    private final int sites;
    private final Map<Integer, List<Placement>> movableAt = new HashMap<>();
    private final Map<Bucket, Map<ExamCode, List<Placement>>> movableOn = new HashMap<>();
    private final Map<OpenSlot, List<ExamCode>> examsOfSlot = new IdentityHashMap<>();
    private final Map<Bucket, List<OpenSlot>> freeOn = new HashMap<>();
    private final List<Venue> venues;
    private final Map<Placement, BitSet[]> reach = new IdentityHashMap<>();
    private final Map<OpenSlot, Integer> siteOfSlot = new IdentityHashMap<>();

    private SiteLevelling(AllocationPlan plan) {
        venues = plan.placements().stream()
                .filter(Placement::placed)
                .map(p -> p.slot().venue())
                .distinct()
                .sorted(Comparator.comparing(venue -> venue.site().value()))
                .toList();
        sites = venues.size();
        for (int i = 0; i < sites; i++) {
            siteIndex.put(venues.get(i), i);
        }
        totals = new long[sites];
        patients = new int[sites];
        means = new double[sites];
        byMean = new Integer[sites];
        Set<OpenSlot> used = new HashSet<>();
        for (Placement placement : plan.placements()) {
            if (!placement.placed()) {
                continue;
            }
            used.add(placement.slot());
            int site = siteIndex.get(placement.slot().venue());
            totals[site] += placement.waitDays();
            patients[site]++;
            if (!placement.booked()) {
                movableAt.computeIfAbsent(site, s -> new ArrayList<>()).add(placement);
                movableOn
                        .computeIfAbsent(Bucket.of(placement.slot()), b -> new HashMap<>())
                        .computeIfAbsent(placement.request().exam().code(), e -> new ArrayList<>())
                        .add(placement);
            }
        }
        // Waits never change here (nobody changes day), so each day's patients are sorted once.
        movableOn
                .values()
                .forEach(byExam -> byExam.values()
                        .forEach(list -> list.sort(Comparator.comparingLong(Placement::waitDays)
                                .thenComparing(p -> p.request().id().value()))));
        for (OpenSlot slot : plan.slots()) {
            if (!slot.booked() && !used.contains(slot) && siteIndex.containsKey(slot.venue())) {
                freeOn.computeIfAbsent(Bucket.of(slot), b -> new ArrayList<>()).add(slot);
            }
        }
        freeOn.values().forEach(list -> list.sort(OpenSlot.IN_TIME_ORDER));
        for (int i = 0; i < sites; i++) {
            means[i] = (double) totals[i] / patients[i];
            sumOfMeans += means[i];
            sumOfSquares += means[i] * means[i];
            byMean[i] = i;
        }
        sortByMean();
    }

    /**
     * Levels the plan's placements in place until no move lowers the spread or the deadline passes.
     *
     * @return the number of moves made
     */
    static int level(AllocationPlan plan, Instant deadline) {
        SiteLevelling levelling = new SiteLevelling(plan);
        return levelling.sites < 2 ? 0 : levelling.run(deadline);
    }

    private int run(Instant deadline) {
        int moves = 0;
        Set<Integer> stuck = new HashSet<>();
        boolean movedSinceStuck = false;
        while (Instant.now().isBefore(deadline)) {
            Integer site = furthestFromMean(stuck);
            if (site == null) {
                if (!movedSinceStuck) {
                    break;
                }
                stuck.clear();
                movedSinceStuck = false;
                continue;
            }
            if (improve(site, deadline)) {
                moves++;
                movedSinceStuck = true;
            } else {
                stuck.add(site);
            }
        }
        return moves;
    }

    private Integer furthestFromMean(Set<Integer> stuck) {
        double average = sumOfMeans / sites;
        Integer furthest = null;
        for (int site = 0; site < sites; site++) {
            if (!stuck.contains(site)
                    && (furthest == null || Math.abs(means[site] - average) > Math.abs(means[furthest] - average))) {
                furthest = site;
            }
        }
        return furthest;
    }

    /** Makes the first move found that involves this site and lowers the spread. */
    private boolean improve(int site, Instant deadline) {
        boolean lower = means[site] > sumOfMeans / sites;
        List<Placement> here = new ArrayList<>(movableAt.getOrDefault(site, List.of()));
        // Those whose going helps most first: the longest waiters from a site above the mean.
        here.sort(Comparator.comparingLong((Placement p) -> lower ? -p.waitDays() : p.waitDays())
                .thenComparing(p -> p.request().id().value()));
        double now = penalty();
        for (Placement placement : here.subList(0, Math.min(here.size(), TRIES_PER_SITE))) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            if (swapAway(placement, site, lower, now) || moveAway(placement, site, now)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Trades slots with a patient seen the same day elsewhere who waited less (or more, to raise the
     * site), looking only at patients whose exam this slot's session runs.
     */
    private boolean swapAway(Placement placement, int site, boolean lower, double now) {
        Map<ExamCode, List<Placement>> sameDay = movableOn.get(Bucket.of(placement.slot()));
        for (ExamCode exam : examsOf(placement.slot())) {
            List<Placement> candidates = sameDay.get(exam);
            if (candidates != null && swapWithOneOf(candidates, placement, site, lower, now)) {
                return true;
            }
        }
        return false;
    }

    private boolean swapWithOneOf(
            List<Placement> candidates, Placement placement, int site, boolean lower, double now) {
        long wait = placement.waitDays();
        int from = lower ? 0 : candidates.size() - 1;
        int step = lower ? 1 : -1;
        for (int i = from; i >= 0 && i < candidates.size(); i += step) {
            Placement other = candidates.get(i);
            long otherWait = other.waitDays();
            if (lower ? otherWait >= wait : otherWait <= wait) {
                return false;
            }
            int otherSite = siteOf(other.slot());
            if (otherSite == site || !mayTrade(placement, site, other, otherSite)) {
                continue;
            }
            long shift = wait - otherWait;
            double after = penaltyWith(
                    site,
                    totals[site] - shift,
                    patients[site],
                    otherSite,
                    totals[otherSite] + shift,
                    patients[otherSite]);
            if (after < now - TOLERANCE
                    && placement.request().fits(other.slot())
                    && other.request().fits(placement.slot())) {
                OpenSlot mine = placement.slot();
                move(placement, other.slot());
                move(other, mine);
                return true;
            }
        }
        return false;
    }

    /** The exams a slot's session runs, in code order so that the climb is the same every time. */
    private List<ExamCode> examsOf(OpenSlot slot) {
        return examsOfSlot.computeIfAbsent(
                slot,
                s -> s.sessionExams().stream()
                        .sorted(Comparator.comparing(ExamCode::value))
                        .toList());
    }

    /** Moves the patient to a free slot the same day at another site. */
    private boolean moveAway(Placement placement, int site, double now) {
        if (patients[site] < 2) {
            return false;
        }
        List<OpenSlot> free = freeOn.getOrDefault(Bucket.of(placement.slot()), List.of());
        long wait = placement.waitDays();
        for (int i = 0; i < free.size(); i++) {
            OpenSlot slot = free.get(i);
            int otherSite = siteOf(slot);
            if (otherSite == site || !reaches(placement, otherSite)) {
                continue;
            }
            double after = penaltyWith(
                    site,
                    totals[site] - wait,
                    patients[site] - 1,
                    otherSite,
                    totals[otherSite] + wait,
                    patients[otherSite] + 1);
            if (after < now - TOLERANCE && placement.request().fits(slot)) {
                OpenSlot left = placement.slot();
                move(placement, slot);
                free.set(i, left);
                free.sort(OpenSlot.IN_TIME_ORDER);
                return true;
            }
        }
        return false;
    }

    /**
     * Cheap checks before {@link ListedRequest#fits}, which most pairs fail: the other's session runs
     * this patient's exam (the other's exam is one this session runs, by the index) and each would go
     * to the other's site.
     */
    private boolean mayTrade(Placement placement, int site, Placement other, int otherSite) {
        return other.slot().sessionExams().contains(placement.request().exam().code())
                && reaches(placement, otherSite)
                && reaches(other, site);
    }

    /**
     * Whether the patient would go to the site at all: their chosen sites, travel limit and age. Worked
     * out per site as asked and kept, as most patients are only ever asked about a few sites.
     */
    private boolean reaches(Placement placement, int site) {
        BitSet[] known = reach.computeIfAbsent(placement, p -> new BitSet[] {new BitSet(sites), new BitSet(sites)});
        if (!known[0].get(site)) {
            known[0].set(site);
            known[1].set(site, placement.request().wouldGoTo(venues.get(site)));
        }
        return known[1].get(site);
    }

    private int siteOf(OpenSlot slot) {
        return siteOfSlot.computeIfAbsent(slot, s -> siteIndex.get(s.venue()));
    }

    private void move(Placement placement, OpenSlot slot) {
        int from = siteOf(placement.slot());
        int to = siteOf(slot);
        long wait = placement.waitDays();
        placement.setSlot(slot);
        if (from != to) {
            movableAt.get(from).remove(placement);
            movableAt.computeIfAbsent(to, s -> new ArrayList<>()).add(placement);
            setTotals(from, totals[from] - wait, patients[from] - 1);
            setTotals(to, totals[to] + wait, patients[to] + 1);
            sortByMean();
        }
    }

    private void setTotals(int site, long total, int count) {
        sumOfMeans -= means[site];
        sumOfSquares -= means[site] * means[site];
        totals[site] = total;
        patients[site] = count;
        means[site] = (double) total / count;
        sumOfMeans += means[site];
        sumOfSquares += means[site] * means[site];
    }

    private void sortByMean() {
        Arrays.sort(byMean, Comparator.comparingDouble((Integer site) -> means[site]));
    }

    private double penalty() {
        return spread(sumOfMeans, sumOfSquares, means[byMean[sites - 1]] - means[byMean[0]]);
    }

    /** The spread if two sites had these totals instead, every other site as it is. */
    private double penaltyWith(int a, long totalA, int countA, int b, long totalB, int countB) {
        double meanA = (double) totalA / countA;
        double meanB = (double) totalB / countB;
        double sum = sumOfMeans - means[a] - means[b] + meanA + meanB;
        double squares = sumOfSquares - means[a] * means[a] - means[b] * means[b] + meanA * meanA + meanB * meanB;
        double longest = Math.max(Math.max(meanA, meanB), longestExcept(a, b));
        double shortest = Math.min(Math.min(meanA, meanB), shortestExcept(a, b));
        return spread(sum, squares, longest - shortest);
    }

    private double longestExcept(int a, int b) {
        for (int i = sites - 1; i >= 0; i--) {
            if (byMean[i] != a && byMean[i] != b) {
                return means[byMean[i]];
            }
        }
        return Double.NEGATIVE_INFINITY;
    }

    private double shortestExcept(int a, int b) {
        for (int i = 0; i < sites; i++) {
            if (byMean[i] != a && byMean[i] != b) {
                return means[byMean[i]];
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    private double spread(double sum, double squares, double range) {
        double average = sum / sites;
        double deviation = Math.sqrt(Math.max(0, squares / sites - average * average));
        return deviation + range / 2;
    }
}
