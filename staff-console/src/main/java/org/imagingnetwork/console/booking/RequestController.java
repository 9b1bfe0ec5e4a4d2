package org.imagingnetwork.console.booking;

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
import io.micronaut.views.ModelAndView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.console.access.Permission;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.web.ReferrerNotice;
import org.imagingnetwork.core.outbox.RejectionNotices;

/** A request's page: the patient, the request, its history and its appointments, with what the clerk can do next. */
@Controller("/requests")
@Secured("VIEW_PATIENT")
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
final class RequestController {

    private final RequestAccess access;
    private final RequestQueries queries;
    private final RejectionNotices rejections;

    RequestController(RequestAccess access, RequestQueries queries, RejectionNotices rejections) {
        this.access = access;
        this.queries = queries;
        this.rejections = rejections;
    }

    @Get("/{id}")
    ModelAndView<Map<String, Object>> show(StaffUser user, @PathVariable long id, @Nullable @QueryValue String done) {
        RequestRecord request = access.shown(user, id, "request page");
        List<RequestRecord.Appointment> appointments = queries.appointments(request.id());
        Map<String, Object> model = new HashMap<>();
        model.put("title", request.patient().name() + ", " + request.examName());
        model.put("request", request);
        model.put("events", queries.events(request.id()));
        model.put(
                "referrer", rejections.of(request.id()).map(ReferrerNotice::of).orElse(null));
        model.put("appointments", appointments);
        model.put(
                "live",
                appointments.stream()
                        .filter(RequestRecord.Appointment::live)
                        .findFirst()
                        .orElse(null));
        model.put("mayBook", user.may(Permission.BOOK_ON_BEHALF));
        model.put("done", Done.message(done));
        return new ModelAndView<>("booking/request", model);
    }
}
