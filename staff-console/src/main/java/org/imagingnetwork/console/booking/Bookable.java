package org.imagingnetwork.console.booking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.web.PageNotFound;
import org.imagingnetwork.core.choice.ChoiceRequest;
import org.imagingnetwork.core.choice.ChoiceRequests;
import org.imagingnetwork.core.request.RequestState;

/**
 * A request the booking office may book, move or cancel now: in the clerk's scope (or not found),
 * waiting or appointed (otherwise back to its page, which says where it stands), read as core's
 * search reads it.
 */
@Singleton
final class Bookable {

    /** The request as its page shows it, as the search reads it, and its live appointment if it has one. */
    record Subject(
            RequestRecord request,
            ChoiceRequest choice,
            @Nullable RequestRecord.Appointment live) {

        boolean moving() {
            return live != null;
        }

        long id() {
            return request.id().value();
        }
    }

    /** Draws a page about the subject into the model prepared with the request's details. */
    @FunctionalInterface
    interface Page {
        ModelAndView<Map<String, Object>> draw(Subject subject, Map<String, Object> model);
    }

    private final RequestAccess access;
    private final RequestQueries queries;
    private final ChoiceRequests choices;

    Bookable(RequestAccess access, RequestQueries queries, ChoiceRequests choices) {
        this.access = access;
        this.queries = queries;
        this.choices = choices;
    }

    /** A page that shows the patient: audited as shown, {@code what} naming the page. */
    HttpResponse<?> page(StaffUser user, long id, String what, Page page) {
        Optional<Subject> subject = subject(access.shown(user, id, what));
        if (subject.isEmpty()) {
            return backToRequest(id);
        }
        return HttpResponse.ok(page.draw(subject.get(), model(subject.get())));
    }

    /** For a form's POST: the subject, not found outside scope, empty when it cannot be booked now. Nothing is audited. */
    Optional<Subject> subject(StaffUser user, long id) {
        return subject(access.find(user, id));
    }

    static Map<String, Object> model(Subject subject) {
        Map<String, Object> model = new HashMap<>();
        model.put(
                "title",
                subject.request().patient().name() + ", " + subject.request().examName());
        model.put("request", subject.request());
        model.put("live", subject.live());
        model.put("moving", subject.moving());
        return model;
    }

    static HttpResponse<?> backToRequest(long id) {
        return HttpResponse.seeOther(URI.create("/requests/" + id));
    }

    private Optional<Subject> subject(RequestRecord request) {
        if (request.state() != RequestState.WAITING && request.state() != RequestState.APPOINTED) {
            return Optional.empty();
        }
        ChoiceRequest choice = choices.find(request.id()).orElseThrow(PageNotFound::new);
        RequestRecord.Appointment live = queries.appointments(request.id()).stream()
                .filter(RequestRecord.Appointment::live)
                .findFirst()
                .orElse(null);
        if (request.state() == RequestState.APPOINTED && live == null) {
            return Optional.empty();
        }
        return Optional.of(new Subject(request, choice, live));
    }
}
