package org.imagingnetwork.console.booking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.web.FormToken;
import org.imagingnetwork.console.web.PageNotFound;
import org.imagingnetwork.core.choice.SlotChoice;
import org.imagingnetwork.core.choice.TimeBands;
import org.imagingnetwork.core.hold.HoldOutcome;
import org.imagingnetwork.core.hold.SlotHolds;
import org.imagingnetwork.core.validation.FieldError;

/**
 * Choosing a time at a site and holding it while the clerk reads it back to the patient. The hold
 * is core's (Redis, as the portal holds), and only a time the portal would offer this request
 * ({@link SlotChoice}) is held: a slot id changed in the form holds nothing.
 */
@Controller("/requests/{id}")
@Secured("BOOK_ON_BEHALF")
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
final class HoldController {

    /** As long as the portal gives a patient: enough to read a time back and agree it. */
    static final Duration HOLD_FOR = Duration.ofMinutes(5);

    private final Bookable bookable;
    private final TimesPage times;
    private final RequestQueries queries;
    private final SlotChoice choice;
    private final SlotHolds holds;

    HoldController(Bookable bookable, TimesPage times, RequestQueries queries, SlotChoice choice, SlotHolds holds) {
        this.bookable = bookable;
        this.times = times;
        this.queries = queries;
        this.choice = choice;
        this.holds = holds;
    }

    @Get("/sites/{site}")
    HttpResponse<?> times(
            StaffUser user,
            @PathVariable long id,
            @PathVariable String site,
            @QueryValue @Nullable String week,
            @QueryValue @Nullable List<String> times) {
        TimeBands bands = TimeBands.parse(times == null ? List.of() : times);
        return bookable.page(
                user,
                id,
                "free times at " + site,
                (subject, model) -> this.times.draw(subject, site, week, bands, List.of(), model));
    }

    @Post(value = "/hold", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> hold(StaffUser user, @PathVariable long id, @Body @Nullable Map<String, String> form) {
        Map<String, String> submitted = form == null ? Map.of() : form;
        FormToken.check(user, submitted.get(FormToken.FIELD));
        Optional<Bookable.Subject> found = bookable.subject(user, id);
        if (found.isEmpty()) {
            return Bookable.backToRequest(id);
        }
        Bookable.Subject subject = found.get();
        String site = submitted.get("site");
        if (site == null) {
            throw new PageNotFound();
        }
        Optional<SlotPlace> slot = SlotIds.parse(submitted.get("slot")).flatMap(queries::slot);
        if (slot.isEmpty()) {
            return refused(
                    subject, site, submitted.get("slot") == null ? "Choose a time" : "Choose a time from the list");
        }
        if (!slot.get().free()) {
            return Gone.page(subject);
        }
        if (!slot.get().siteCode().equals(site)
                || !choice.offers(subject.choice(), site, slot.get().id())) {
            return refused(subject, site, "That time cannot be booked for this patient: choose one from the list");
        }
        HoldOutcome outcome = holds.hold(
                slot.get().id(), HoldTokens.of(user, subject.request().id()), HOLD_FOR);
        if (outcome instanceof HoldOutcome.HeldByAnother) {
            return Gone.page(subject);
        }
        return HttpResponse.seeOther(URI.create(
                "/requests/" + id + "/confirm?slot=" + slot.get().id().value()));
    }

    private HttpResponse<?> refused(Bookable.Subject subject, String site, String message) {
        return HttpResponse.status(HttpStatus.BAD_REQUEST)
                .body(times.draw(
                        subject,
                        site,
                        null,
                        TimeBands.any(),
                        List.of(new FieldError("slot", message)),
                        Bookable.model(subject)));
    }
}
