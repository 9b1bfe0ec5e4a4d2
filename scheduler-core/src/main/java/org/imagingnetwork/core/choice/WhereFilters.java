package org.imagingnetwork.core.choice;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The "choose where" filters as the patient set them. Anything unrecognised falls back to the
 * default rather than failing: these come from a query string anyone can edit.
 */
public record WhereFilters(Sort sort, OptionalInt maxMiles, boolean stepFreeOnly, TimeBands bands) {

    public enum Sort {
        EARLIEST,
        DISTANCE
    }

    public static final List<Integer> MILE_CHOICES = List.of(5, 10, 20, 50);

    public static WhereFilters defaults() {
        return new WhereFilters(Sort.EARLIEST, OptionalInt.empty(), false, TimeBands.any());
    }

    public static WhereFilters parse(String sort, String maxMiles, String stepFree, List<String> times) {
        Sort parsedSort = "distance".equalsIgnoreCase(sort) ? Sort.DISTANCE : Sort.EARLIEST;
        OptionalInt miles = Optional.ofNullable(maxMiles)
                .flatMap(WhereFilters::integer)
                .filter(MILE_CHOICES::contains)
                .map(OptionalInt::of)
                .orElse(OptionalInt.empty());
        return new WhereFilters(
                parsedSort, miles, "yes".equals(stepFree), TimeBands.parse(times == null ? List.of() : times));
    }

    /** The same filters as a query string, for links to "choose when" and back. */
    public String query() {
        StringBuilder q = new StringBuilder("sort=" + sort.name().toLowerCase());
        maxMiles.ifPresent(m -> q.append("&maxMiles=").append(m));
        if (stepFreeOnly) {
            q.append("&stepFree=yes");
        }
        bands.bands().forEach(b -> q.append("&times=").append(b.name().toLowerCase()));
        return q.toString();
    }

    private static Optional<Integer> integer(String value) {
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
