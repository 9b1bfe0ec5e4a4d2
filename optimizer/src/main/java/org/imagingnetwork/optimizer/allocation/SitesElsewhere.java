package org.imagingnetwork.optimizer.allocation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The patients seen at each site in the other parts of a plan (the other modalities, the other
 * weeks), fixed while one part is solved. A site's mean wait counts every patient seen there,
 * whatever the modality; a part that evened out only its own patients would leave a site that sees
 * mostly long-waiting MRI patients far above one that sees mostly X-ray walk-ins. With this fact a
 * part evens out the sites' means over the whole plan.
 */
public record SitesElsewhere(Map<Venue, SiteWait> sites) {

    public SitesElsewhere {
        sites = Map.copyOf(sites);
    }

    /** Nothing outside the part: the part is the whole plan. */
    public static SitesElsewhere none() {
        return new SitesElsewhere(Map.of());
    }

    /** The patients these placements put at each site. */
    public static SitesElsewhere of(Collection<Placement> placements) {
        Map<Venue, long[]> totals = new HashMap<>();
        for (Placement placement : placements) {
            if (placement.placed()) {
                long[] total = totals.computeIfAbsent(placement.slot().venue(), v -> new long[2]);
                total[0] += placement.waitDays();
                total[1]++;
            }
        }
        return fromTotals(totals);
    }

    /** These sites' patients less those of one part, which is about to be solved against the rest. */
    public SitesElsewhere without(Collection<Placement> part) {
        Map<Venue, long[]> totals = new HashMap<>();
        sites.forEach((venue, site) -> totals.put(venue, new long[] {site.totalWaitDays(), site.patients()}));
        for (Placement placement : part) {
            if (placement.placed()) {
                long[] total = totals.get(placement.slot().venue());
                if (total == null) {
                    throw new IllegalArgumentException("the part has a patient at a site the whole plan has none at");
                }
                total[0] -= placement.waitDays();
                total[1]--;
            }
        }
        return fromTotals(totals);
    }

    /** Each site's patients here and elsewhere together, for every site seen in either. */
    public List<SiteWait> with(List<SiteWait> here) {
        if (sites.isEmpty()) {
            return here;
        }
        Map<Venue, SiteWait> together = new HashMap<>(sites);
        for (SiteWait site : here) {
            together.merge(
                    site.venue(),
                    site,
                    (a, b) -> new SiteWait(
                            a.venue(), a.totalWaitDays() + b.totalWaitDays(), a.patients() + b.patients()));
        }
        return new ArrayList<>(together.values());
    }

    private static SitesElsewhere fromTotals(Map<Venue, long[]> totals) {
        Map<Venue, SiteWait> sites = new HashMap<>();
        totals.forEach((venue, total) -> {
            if (total[1] > 0) {
                sites.put(venue, new SiteWait(venue, total[0], (int) total[1]));
            }
        });
        return new SitesElsewhere(sites);
    }
}
