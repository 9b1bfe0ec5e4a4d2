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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.web.FormToken;
import org.imagingnetwork.console.web.PageNotFound;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.Cancel;
import org.imagingnetwork.core.booking.CancelOutcome;
import org.imagingnetwork.core.validation.FieldError;

/**
 * Cancelling the live appointment with a reason, through core's {@link BookingService} with the
 * clerk as the actor and their audit row in the cancellation's transaction. The clerk says whether
 * the scan is still needed: if it is, the patient goes back on the waiting list.
 */
@Controller("/requests/{id}/cancel")
@Secured("BOOK_ON_BEHALF")
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
final class CancelController {

    private final Bookable bookable;
    private final BookingService bookings;

    CancelController(Bookable bookable, BookingService bookings) {
        this.bookable = bookable;
        this.bookings = bookings;
    }

    @Get
    HttpResponse<?> form(StaffUser user, @PathVariable long id) {
        return bookable.page(user, id, "cancel the appointment", (subject, model) -> {
            if (!subject.moving()) {
                throw new PageNotFound();
            }
            return form(model, Map.of("stillNeeded", "yes"), List.of());
        });
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> cancel(StaffUser user, @PathVariable long id, @Body @Nullable Map<String, String> form) {
        Map<String, String> submitted = form == null ? Map.of() : form;
        FormToken.check(user, submitted.get(FormToken.FIELD));
        Bookable.Subject subject =
                bookable.subject(user, id).filter(Bookable.Subject::moving).orElseThrow(PageNotFound::new);
        Optional<String> reason = Reasons.of(submitted.get("reason"));
        String stillNeeded = submitted.get("stillNeeded");
        List<FieldError> errors = new ArrayList<>();
        if (reason.isEmpty()) {
            errors.add(Reasons.error("reason", "why the appointment is cancelled", submitted.get("reason")));
        }
        if (!"yes".equals(stillNeeded) && !"no".equals(stillNeeded)) {
            errors.add(new FieldError("stillNeeded", "Say whether the patient still needs the scan"));
        }
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(form(Bookable.model(subject), submitted, errors));
        }
        CancelOutcome outcome = bookings.cancel(
                new Cancel(
                        new AppointmentId(UUID.fromString(subject.live().id())),
                        user.actor(),
                        reason.get(),
                        "yes".equals(stillNeeded)),
                user.staffActor());
        if (outcome instanceof CancelOutcome.Cancelled) {
            return HttpResponse.seeOther(URI.create("/requests/" + id + Done.CANCELLED.query()));
        }
        if (outcome instanceof CancelOutcome.NotLive) {
            return Gone.problem(
                    subject,
                    "The appointment could not be cancelled",
                    List.of(new FieldError("appointment", "This appointment has already ended or moved")));
        }
        throw new PageNotFound();
    }

    private static ModelAndView<Map<String, Object>> form(
            Map<String, Object> model, Map<String, String> values, List<FieldError> errors) {
        model.put("values", values);
        model.put("errors", errors);
        model.put("errorFields", errors.stream().map(FieldError::field).toList());
        return new ModelAndView<>("booking/cancel", model);
    }
}
