package org.imagingnetwork.core.choice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.imagingnetwork.core.choice.Exclusion.Reason;
import org.imagingnetwork.core.network.GeoPoint;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.time.London;

/**
 * "Choose where": every site in the network that can do this exam for this patient — the site sees
 * patients of their age, has a room with the equipment, a session that runs the exam (with sedation
 * cover if needed) and a free slot long enough — with its earliest date and distance.
 *
 * <p>The same checks, asked for the sites they leave out ({@link #excluded}), say why each is left
 * out; there is no second set of rules to drift from the search.
 */
public final class WhereSearch {

    /** Patients book from two hours ahead: time to read the preparation and travel. */
    public static final Duration MINIMUM_NOTICE = Duration.ofHours(2);

    public static final Duration HORIZON = Duration.ofDays(7 * 16);
    private static final double KM_PER_MILE = 1.609344;

    private final SiteDirectory sites;
    private final EarliestFreeSlots earliestFreeSlots;
    private final PostcodeLocations postcodes;
    private final Clock clock;

    public WhereSearch(
            SiteDirectory sites, EarliestFreeSlots earliestFreeSlots, PostcodeLocations postcodes, Clock clock) {
        this.sites = sites;
        this.earliestFreeSlots = earliestFreeSlots;
        this.postcodes = postcodes;
        this.clock = clock;
    }

    public List<SiteOption> search(ChoiceRequest request, WhereFilters filters) {
        Instant now = clock.instant();
        Screening screening = screen(request, filters, now);
        Map<String, Instant> earliest = earliestBySite(
                request, screening.codes(), filters.bands(), now.plus(MINIMUM_NOTICE), now.plus(HORIZON));
        Comparator<SiteOption> order = filters.sort() == WhereFilters.Sort.DISTANCE
                ? Comparator.comparingDouble((SiteOption o) -> o.distanceKm().orElse(Double.MAX_VALUE))
                        .thenComparing(SiteOption::earliest)
                : Comparator.comparing(SiteOption::earliest)
                        .thenComparingDouble(o -> o.distanceKm().orElse(Double.MAX_VALUE));
        return screening.candidates().stream()
                .filter(c -> earliest.containsKey(c.code()))
                .map(c -> new SiteOption(
                        c.site(),
                        earliest.get(c.code()),
                        c.km().map(OptionalDouble::of).orElse(OptionalDouble.empty())))
                .sorted(order.thenComparing(o -> o.site().name()))
                .toList();
    }

    /**
     * Every site {@link #search} leaves out for this patient with these filters, and why, by site
     * name. A site with rooms that fit but no free time is asked again without the sedation cover,
     * to tell "no sedation cover" from "no free time".
     */
    public List<Exclusion> excluded(ChoiceRequest request, WhereFilters filters) {
        Instant now = clock.instant();
        Instant from = now.plus(MINIMUM_NOTICE);
        Instant until = now.plus(HORIZON);
        Screening screening = screen(request, filters, now);
        List<Exclusion> excluded = new ArrayList<>(screening.excluded());
        List<Candidate> withRooms = new ArrayList<>();
        for (Candidate candidate : screening.candidates()) {
            roomReason(request, sites.roomsAt(candidate.code()))
                    .ifPresentOrElse(
                            reason -> excluded.add(new Exclusion(candidate.site(), reason, words(reason, request))),
                            () -> withRooms.add(candidate));
        }
        List<String> codes = withRooms.stream().map(Candidate::code).toList();
        Map<String, Instant> earliest = earliestBySite(request, codes, filters.bands(), from, until);
        List<String> noTime =
                codes.stream().filter(c -> !earliest.containsKey(c)).toList();
        Map<String, Instant> withoutSedation = request.needsSedation()
                ? earliestBySite(request.withoutSedation(), noTime, filters.bands(), from, until)
                : Map.of();
        for (Candidate candidate : withRooms) {
            if (noTime.contains(candidate.code())) {
                Reason reason =
                        withoutSedation.containsKey(candidate.code()) ? Reason.NO_SEDATION_COVER : Reason.NO_FREE_TIME;
                excluded.add(new Exclusion(candidate.site(), reason, words(reason, request)));
            }
        }
        return excluded.stream()
                .sorted(Comparator.comparing((Exclusion e) -> e.site().name()))
                .toList();
    }

    /**
     * The earliest fitting free start at each of these sites from {@code from} to {@code until};
     * sites with none are absent. Only rooms with the modality, equipment and table the referral
     * needs are searched at all.
     */
    public Map<String, Instant> earliestBySite(
            ChoiceRequest request, List<String> siteCodes, TimeBands bands, Instant from, Instant until) {
        Map<String, String> siteOfRoom = new HashMap<>();
        for (String site : siteCodes) {
            for (Room room : sites.roomsAt(site)) {
                if (roomReason(request, room).isEmpty()) {
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

    /** The sites that pass the checks of the patient and the site, and why each other site does not. */
    private Screening screen(ChoiceRequest request, WhereFilters filters, Instant now) {
        LocalDate today = London.clinicDay(now);
        int age = request.ageOn(today);
        Optional<GeoPoint> home = postcodes.locate(request.postcode());
        List<Candidate> candidates = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        for (Site site : sites.sites()) {
            Candidate candidate = new Candidate(site, home.map(h -> h.kilometresTo(site.location())));
            siteReason(candidate, request, filters, age)
                    .ifPresentOrElse(
                            reason -> excluded.add(
                                    new Exclusion(site, reason, words(reason, candidate, request, filters, age))),
                            () -> candidates.add(candidate));
        }
        return new Screening(candidates, excluded);
    }

    private static Optional<Reason> siteReason(
            Candidate candidate, ChoiceRequest request, WhereFilters filters, int age) {
        Site site = candidate.site();
        if (!request.acceptableSites().isEmpty() && !request.acceptableSites().contains(candidate.code())) {
            return Optional.of(Reason.NOT_CHOSEN);
        }
        if (!site.accepts(age)) {
            return Optional.of(Reason.AGE);
        }
        // Without a known home location no distance limit can be applied; better to show the site.
        if (candidate.km().isPresent()) {
            double km = candidate.km().get();
            if (request.maxTravelKm().isPresent() && km > request.maxTravelKm().getAsInt()) {
                return Optional.of(Reason.TRAVEL_LIMIT);
            }
            if (filters.maxMiles().isPresent() && km > filters.maxMiles().getAsInt() * KM_PER_MILE) {
                return Optional.of(Reason.FURTHER_THAN_FILTER);
            }
        }
        if (filters.stepFreeOnly() && !site.stepFreeAccess()) {
            return Optional.of(Reason.NOT_STEP_FREE);
        }
        return Optional.empty();
    }

    /** Why none of these rooms can take the referral: the reason of the room that came closest. */
    private static Optional<Reason> roomReason(ChoiceRequest request, List<Room> rooms) {
        Reason closest = Reason.NO_ROOM_FOR_MODALITY;
        for (Room room : rooms) {
            Optional<Reason> reason = roomReason(request, room);
            if (reason.isEmpty()) {
                return Optional.empty();
            }
            if (reason.get().compareTo(closest) > 0) {
                closest = reason.get();
            }
        }
        return Optional.of(closest);
    }

    /** Why this room cannot take the referral, if it cannot: modality, equipment, anaesthetic support, table. */
    private static Optional<Reason> roomReason(ChoiceRequest request, Room room) {
        if (room.modality() != request.modality()) {
            return Optional.of(Reason.NO_ROOM_FOR_MODALITY);
        }
        if (!room.has(request.requiredCapabilities())) {
            return Optional.of(Reason.NO_EQUIPMENT);
        }
        if (!room.has(request.roomNeeds())) {
            return Optional.of(Reason.NO_ANAESTHETIC_SUPPORT);
        }
        if (!request.weightKg().stream().allMatch(room::takesWeight)) {
            return Optional.of(Reason.TABLE_WEIGHT);
        }
        return Optional.empty();
    }

    private static String words(
            Reason reason, Candidate candidate, ChoiceRequest request, WhereFilters filters, int age) {
        return switch (reason) {
            case NOT_CHOSEN -> "The patient has not chosen this site.";
            case AGE ->
                candidate.site().minChildAge().isEmpty()
                        ? "This site sees adults only; the patient is " + age + "."
                        : "This site sees children from age "
                                + candidate.site().minChildAge().getAsInt() + "; the patient is " + age + ".";
            case TRAVEL_LIMIT ->
                "It is about " + Math.round(candidate.km().orElseThrow())
                        + " km from the patient's home, beyond their travel limit of "
                        + request.maxTravelKm().getAsInt() + " km.";
            case FURTHER_THAN_FILTER ->
                "It is further than the " + filters.maxMiles().getAsInt() + " miles chosen in the search.";
            case NOT_STEP_FREE -> "It has no step-free access, which the search asks for.";
            default -> words(reason, request);
        };
    }

    private static String words(Reason reason, ChoiceRequest request) {
        return switch (reason) {
            case NO_ROOM_FOR_MODALITY -> "It has no " + request.modality().displayName() + " room.";
            case NO_EQUIPMENT ->
                "No " + request.modality().displayName() + " room there has the equipment " + request.examName()
                        + " needs.";
            case NO_ANAESTHETIC_SUPPORT -> "No room there can support a general anaesthetic.";
            case TABLE_WEIGHT ->
                "No table there takes the patient's weight ("
                        + request.weightKg().getAsInt() + " kg).";
            case NO_SEDATION_COVER ->
                "No session for " + request.examName()
                        + " there has a member of staff trained in sedation in the next 16 weeks.";
            case NO_FREE_TIME ->
                "There is no free time for " + request.examName()
                        + " there that is long enough, in the times asked for, in the next 16 weeks.";
            default -> throw new IllegalArgumentException("a site reason needs the site: " + reason);
        };
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private record Candidate(Site site, Optional<Double> km) {
        String code() {
            return site.odsCode().value();
        }
    }

    private record Screening(List<Candidate> candidates, List<Exclusion> excluded) {
        List<String> codes() {
            return candidates.stream().map(Candidate::code).toList();
        }
    }
}
