package org.imagingnetwork.console.booking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.time.Instant;
import java.util.List;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.core.choice.TimeBands;
import org.imagingnetwork.core.choice.WhereFilters;
import org.imagingnetwork.core.choice.WhereSearch;

/**
 * The network search for a patient on the phone: the portal's "choose where" (core's
 * {@link WhereSearch}), with the same filters, and, when the clerk asks, why each other site does
 * not appear.
 */
@Controller("/requests/{id}/find")
@Secured("BOOK_ON_BEHALF")
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
final class SearchController {

    private final Bookable bookable;
    private final WhereSearch search;

    SearchController(Bookable bookable, WhereSearch search) {
        this.bookable = bookable;
        this.search = search;
    }

    /** One site in the results, written out. */
    record SiteRow(
            String code,
            String name,
            String kind,
            Instant earliest,
            @Nullable String km,
            boolean stepFree,
            String publicTransport,
            String parking) {}

    @Get
    HttpResponse<?> find(
            StaffUser user,
            @PathVariable long id,
            @QueryValue @Nullable String sort,
            @QueryValue @Nullable String maxMiles,
            @QueryValue @Nullable String stepFree,
            @QueryValue @Nullable List<String> times) {
        return bookable.page(user, id, "network search", (subject, model) -> {
            WhereFilters filters = WhereFilters.parse(sort, maxMiles, stepFree, times);
            model.put("filters", filters);
            model.put("query", filters.query());
            model.put("mileChoices", WhereFilters.MILE_CHOICES);
            model.put("allBands", List.of(TimeBands.Band.values()));
            model.put(
                    "sites",
                    search.search(subject.choice(), filters).stream()
                            .map(o -> new SiteRow(
                                    o.site().odsCode().value(),
                                    o.site().name(),
                                    kind(o.site().kind().name()),
                                    o.earliest(),
                                    o.distanceKm().isPresent()
                                            ? Math.round(o.distanceKm().getAsDouble()) + " km"
                                            : null,
                                    o.site().stepFreeAccess(),
                                    o.site().publicTransport(),
                                    o.site().parking()))
                            .toList());
            return new ModelAndView<>("booking/find", model);
        });
    }

    @Get("/why-not")
    HttpResponse<?> whyNot(
            StaffUser user,
            @PathVariable long id,
            @QueryValue @Nullable String sort,
            @QueryValue @Nullable String maxMiles,
            @QueryValue @Nullable String stepFree,
            @QueryValue @Nullable List<String> times) {
        return bookable.page(user, id, "sites left out of the network search", (subject, model) -> {
            WhereFilters filters = WhereFilters.parse(sort, maxMiles, stepFree, times);
            model.put("query", filters.query());
            model.put("excluded", search.excluded(subject.choice(), filters));
            return new ModelAndView<>("booking/why-not", model);
        });
    }

    private static String kind(String code) {
        return switch (code) {
            case "CDC" -> "Community Diagnostic Centre";
            case "COMMUNITY_HOSPITAL" -> "Community hospital";
            default -> "Hospital";
        };
    }
}
