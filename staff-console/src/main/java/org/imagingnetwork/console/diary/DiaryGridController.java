package org.imagingnetwork.console.diary;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.imagingnetwork.console.access.Permission;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.network.NetworkReference;
import org.imagingnetwork.console.web.PageNotFound;
import org.imagingnetwork.console.web.QueryParameters;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.core.validation.FieldError;

/**
 * The network diary: a grid of rooms by days for a site, a trust or a modality across the trusts in
 * scope. A site or trust outside the scope is not found, as one that does not exist.
 */
@Controller("/diary")
@Secured("VIEW_DIARY")
@ExecuteOn(TaskExecutors.BLOCKING)
final class DiaryGridController {

    private final DiaryGrids grids;
    private final NetworkReference network;
    private final Clock clock;

    DiaryGridController(DiaryGrids grids, NetworkReference network, Clock clock) {
        this.grids = grids;
        this.network = network;
        this.clock = clock;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> grid(HttpRequest<?> request, StaffUser user) {
        GridSelection.Parsed parsed =
                GridSelection.parse(QueryParameters.of(request), London.clinicDay(clock.instant()));
        GridSelection selection = parsed.selection();
        selection.site().ifPresent(code -> {
            Site site = network.site(code).orElseThrow(PageNotFound::new);
            if (!user.scope().covers(site.trust().value())) {
                throw new PageNotFound();
            }
        });
        selection.trust().filter(t -> !user.scope().covers(t)).ifPresent(t -> {
            throw new PageNotFound();
        });
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Diary");
        model.put("selection", selection);
        model.put("choices", GridChoices.of(network, user.scope()));
        model.put("errors", parsed.errors());
        model.put("errorFields", parsed.errors().stream().map(FieldError::field).toList());
        model.put("heading", heading(selection));
        model.put("mayChange", user.may(Permission.CHANGE_DIARY));
        model.put("mayCloseRooms", user.may(Permission.CHANGE_DIARY) && user.may(Permission.RUN_OPTIMISATION));
        if (!parsed.errors().isEmpty()) {
            return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                    .body(new ModelAndView<>("diary/grid", model));
        }
        if (selection.chosen()) {
            model.put("grid", grids.grid(user.scope(), selection));
            // A room cannot be closed from a day gone by: a week's grid started on Monday offers today.
            LocalDate today = London.clinicDay(clock.instant());
            model.put("closeFrom", selection.first().isBefore(today) ? today : selection.first());
            model.put("earlier", selection.moved(-1).queryString());
            model.put("later", selection.moved(1).queryString());
            model.put("query", selection.queryString());
        }
        return HttpResponse.ok(new ModelAndView<>("diary/grid", model));
    }

    private String heading(GridSelection selection) {
        String where = selection
                .site()
                .flatMap(network::site)
                .map(Site::name)
                .or(() -> selection.trust().map(t -> network.trustNames().getOrDefault(t, t)))
                .orElse("the network");
        return selection.modality().map(m -> m.name() + " rooms, " + where).orElse(where);
    }
}
