package org.imagingnetwork.portal.choice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.choice.ChoiceRequest;
import org.imagingnetwork.core.choice.TimeBands;
import org.imagingnetwork.core.choice.WhereFilters;
import org.imagingnetwork.core.choice.WhereSearch;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.portal.web.Display;
import org.imagingnetwork.portal.web.FormErrors;
import org.imagingnetwork.portal.web.PageLanguage;
import org.imagingnetwork.portal.web.SignedInPatient;

/** "Choose where": the sites that can do the patient's exam, with filters. */
@Produces(MediaType.TEXT_HTML)
@Controller("/referrals/{id}/where")
@Secured(SignedInPatient.ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ChooseWhereController {

    private final ChoiceAccess access;
    private final WhereSearch search;

    ChooseWhereController(ChoiceAccess access, WhereSearch search) {
        this.access = access;
        this.search = search;
    }

    /** One site on the page, with everything written out. */
    record SiteRow(
            String code,
            String name,
            String earliestDay,
            String earliestTime,
            @Nullable String miles,
            boolean stepFree,
            String publicTransport,
            String parking,
            String kind) {}

    @Get
    ModelAndView<Map<String, Object>> where(
            Authentication authentication,
            @PathVariable long id,
            @QueryValue @Nullable String sort,
            @QueryValue @Nullable String maxMiles,
            @QueryValue @Nullable String stepFree,
            @QueryValue @Nullable List<String> times,
            @QueryValue @Nullable String unavailable,
            PageLanguage language) {
        ChoiceRequest request = access.bookable(authentication, id);
        WhereFilters filters = WhereFilters.parse(sort, maxMiles, stepFree, times);
        List<SiteRow> rows = search.search(request, filters).stream()
                .map(o -> new SiteRow(
                        o.site().odsCode().value(),
                        o.site().name(),
                        Display.day(London.clinicDay(o.earliest()), language.locale()),
                        Display.time(o.earliest(), language.locale()),
                        o.distanceKm().isPresent()
                                ? Display.distance(o.distanceKm().getAsDouble())
                                : null,
                        o.site().stepFreeAccess(),
                        o.site().publicTransport(),
                        o.site().parking(),
                        o.site().kind().name()))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("request", request);
        model.put("filters", filters);
        model.put("query", filters.query());
        model.put("mileChoices", WhereFilters.MILE_CHOICES);
        model.put("sites", rows);
        model.put("allBands", List.of(TimeBands.Band.values()));
        model.put(
                "errors",
                unavailable != null ? FormErrors.of(FormErrors.PAGE, "where.unavailable") : FormErrors.none());
        model.put("rescheduling", request.state() == org.imagingnetwork.core.request.RequestState.APPOINTED);
        return new ModelAndView<>("choice/where", model);
    }
}
