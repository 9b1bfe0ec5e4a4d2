package org.imagingnetwork.portal.choice;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.GeoPoint;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.time.London;

/**
 * "Choose where": every site in the network that can do this exam for this patient — the site sees
 * patients of their age, has a room with the equipment, a session that runs the exam (with sedation
 * cover if needed) and a free slot long enough — with its earliest date and distance.
 */
@Singleton
public class WhereSearch {

    /** Patients book from two hours ahead: time to read the preparation and travel. */
    static final Duration MINIMUM_NOTICE = Duration.ofHours(2);

    static final Duration HORIZON = Duration.ofDays(7 * 16);
    private static final double KM_PER_MILE = 1.609344;

    private final SiteDirectory sites;
    private final EarliestFreeSlots earliestFreeSlots;
    private final PostcodeLocations postcodes;
    private final Clock clock;

    WhereSearch(SiteDirectory sites, EarliestFreeSlots earliestFreeSlots, PostcodeLocations postcodes, Clock clock) {
        this.sites = sites;
        this.earliestFreeSlots = earliestFreeSlots;
        this.postcodes = postcodes;
        this.clock = clock;
    }

    public List<SiteOption> search(ChoiceRequest request, WhereFilters filters) {
        Instant now = clock.instant();
        LocalDate today = London.clinicDay(now);
        int age = request.ageOn(today);
        Optional<GeoPoint> home = postcodes.locate(request.postcode());
        List<Candidate> candidates = sites.sites().stream()
                .filter(site -> site.accepts(age))
                .filter(site -> request.acceptableSites().isEmpty()
                        || request.acceptableSites().contains(site.odsCode().value()))
                .filter(site -> !filters.stepFreeOnly() || site.stepFreeAccess())
                .map(site -> new Candidate(site, home.map(h -> h.kilometresTo(site.location()))))
                .filter(c -> withinReach(c, request, filters))
                .toList();
        Map<String, Instant> earliest = earliestBySite(
                request,
                candidates.stream().map(c -> c.site().odsCode().value()).toList(),
                filters.bands(),
                now.plus(MINIMUM_NOTICE),
                now.plus(HORIZON));
        Comparator<SiteOption> order = filters.sort() == WhereFilters.Sort.DISTANCE
                ? Comparator.comparingDouble((SiteOption o) -> o.distanceKm().orElse(Double.MAX_VALUE))
                        .thenComparing(SiteOption::earliest)
                : Comparator.comparing(SiteOption::earliest)
                        .thenComparingDouble(o -> o.distanceKm().orElse(Double.MAX_VALUE));
        return candidates.stream()
                .filter(c -> earliest.containsKey(c.site().odsCode().value()))
                .map(c -> new SiteOption(
                        c.site(),
                        earliest.get(c.site().odsCode().value()),
                        c.km().map(OptionalDouble::of).orElse(OptionalDouble.empty())))
                .sorted(order.thenComparing(o -> o.site().name()))
                .toList();
    }

    /**
     * The earliest fitting free start at each of these sites from {@code from} to {@code until};
     * sites with none are absent. Only rooms with the modality, equipment and table the referral
     * needs are searched at all.
     */
    Map<String, Instant> earliestBySite(
            ChoiceRequest request, List<String> siteCodes, TimeBands bands, Instant from, Instant until) {
        Set<Capability> needs = request.roomNeeds();
        Map<String, String> siteOfRoom = new HashMap<>();
        for (String site : siteCodes) {
            for (Room room : sites.roomsAt(site)) {
                if (room.modality() == request.modality()
                        && room.has(needs)
                        && request.weightKg().stream().allMatch(room::takesWeight)) {
                    siteOfRoom.put(room.id(), site);
                }
            }
        }
        SlotSearch search = SlotSearch.of(request, London.clinicDay(clock.instant()), bands);
        Map<String, Instant> bySite = new HashMap<>();
        earliestFreeSlots
                .earliest(search, siteOfRoom.keySet(), from, until)
                .forEach((room, start) -> bySite.merge(siteOfRoom.get(room), start, WhereSearch::earlier));
        return bySite;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static boolean withinReach(Candidate candidate, ChoiceRequest request, WhereFilters filters) {
        if (candidate.km().isEmpty()) {
            // Without a known home location no distance limit can be applied; better to show the site.
            return true;
        }
        double km = candidate.km().get();
        boolean withinFilter =
                filters.maxMiles().isEmpty() || km <= filters.maxMiles().getAsInt() * KM_PER_MILE;
        boolean withinReferral =
                request.maxTravelKm().isEmpty() || km <= request.maxTravelKm().getAsInt();
        return withinFilter && withinReferral;
    }

    private record Candidate(Site site, Optional<Double> km) {}
}
