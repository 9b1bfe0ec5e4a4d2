package org.imagingnetwork.console.waitinglist;

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
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.audit.StaffAudit;
import org.imagingnetwork.console.network.NetworkReference;
import org.imagingnetwork.console.web.QueryParameters;
import org.imagingnetwork.core.validation.FieldError;

/** The network waiting list: every request in the staff member's scope, filtered, paged, and as CSV. */
@Controller("/worklist")
@Secured("VIEW_WORKLIST")
@ExecuteOn(TaskExecutors.BLOCKING)
final class WorklistController {

    private final WorklistQueries queries;
    private final FreeSlotsNow freeSlots;
    private final NetworkReference network;
    private final StaffAudit audit;
    private final Clock clock;

    WorklistController(
            WorklistQueries queries, FreeSlotsNow freeSlots, NetworkReference network, StaffAudit audit, Clock clock) {
        this.queries = queries;
        this.freeSlots = freeSlots;
        this.network = network;
        this.audit = audit;
        this.clock = clock;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> list(HttpRequest<?> request, StaffUser user) {
        WorklistFilter.Parsed parsed = WorklistFilter.parse(QueryParameters.of(request));
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Waiting list");
        model.put("filter", parsed.filter());
        model.put("query", parsed.filter().asQuery());
        model.put("choices", FilterChoices.of(network, user.scope()));
        model.put("errors", parsed.errors());
        model.put("errorFields", parsed.errors().stream().map(FieldError::field).toList());
        if (!parsed.errors().isEmpty()) {
            return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                    .body(new ModelAndView<>("waitinglist/list", model));
        }
        FreeSlotsNow.Snapshot free = freeSlots.get();
        Instant now = clock.instant();
        model.put("page", queries.page(user.scope(), parsed.filter(), now, free.sites()));
        model.put("slotsAsOf", free.takenAt());
        return HttpResponse.ok(new ModelAndView<>("waitinglist/list", model));
    }

    @Get("/export.csv")
    HttpResponse<?> export(HttpRequest<?> request, StaffUser user) {
        WorklistFilter.Parsed parsed = WorklistFilter.parse(QueryParameters.of(request));
        if (!parsed.errors().isEmpty()) {
            return HttpResponse.badRequest(WorklistCsv.errors(parsed.errors())).contentType(MediaType.TEXT_PLAIN_TYPE);
        }
        StringBuilder csv = new StringBuilder(WorklistCsv.HEADER);
        int[] count = {0};
        queries.each(
                user.scope(), parsed.filter(), clock.instant(), freeSlots.get().sites(), row -> {
                    csv.append(WorklistCsv.line(row));
                    count[0]++;
                });
        audit.read(
                user,
                "WORKLIST_EXPORTED",
                count[0] + " requests; filter " + parsed.filter().asQuery());
        return HttpResponse.ok(csv.toString())
                .contentType(new MediaType("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"waiting-list.csv\"");
    }
}
