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
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.web.FormToken;
import org.imagingnetwork.console.web.PageNotFound;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.Reschedule;
import org.imagingnetwork.core.hold.HoldToken;
import org.imagingnetwork.core.validation.FieldError;

/**
 * Confirming the held time: booked, or the live appointment moved to it, through core's
 * {@link BookingService} with the clerk as the actor, its audit row (user, role, organisation and,
 * for a move, the reason) in the booking's transaction. The booking service alone decides who gets
 * the slot; a time someone else took meanwhile is "That time has just gone" and nothing changes.
 */
@Controller("/requests/{id}/confirm")
@Secured("BOOK_ON_BEHALF")
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
final class ConfirmController {

    private final Bookable bookable;
    private final RequestQueries queries;
    private final BookingService bookings;

    ConfirmController(Bookable bookable, RequestQueries queries, BookingService bookings) {
        this.bookable = bookable;
        this.queries = queries;
        this.bookings = bookings;
    }

    @Get
    HttpResponse<?> confirm(StaffUser user, @PathVariable long id, @QueryValue @Nullable String slot) {
        SlotPlace place = SlotIds.parse(slot).flatMap(queries::slot).orElseThrow(PageNotFound::new);
        return bookable.page(
                user, id, "confirm a time", (subject, model) -> form(subject, place, Map.of(), List.of(), model));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> book(StaffUser user, @PathVariable long id, @Body @Nullable Map<String, String> form) {
        Map<String, String> submitted = form == null ? Map.of() : form;
        FormToken.check(user, submitted.get(FormToken.FIELD));
        Optional<Bookable.Subject> found = bookable.subject(user, id);
        if (found.isEmpty()) {
            return Bookable.backToRequest(id);
        }
        Bookable.Subject subject = found.get();
        Optional<SlotPlace> slot = SlotIds.parse(submitted.get("slot")).flatMap(queries::slot);
        if (slot.isEmpty()) {
            return Gone.problem(
                    subject,
                    "That time could not be found",
                    List.of(new FieldError("slot", "Choose the time again from the search")));
        }
        HoldToken hold = HoldTokens.of(user, subject.request().id());
        BookingOutcome outcome;
        if (subject.moving()) {
            Optional<String> reason = Reasons.of(submitted.get("reason"));
            if (reason.isEmpty()) {
                return HttpResponse.status(HttpStatus.BAD_REQUEST)
                        .body(form(
                                subject,
                                slot.get(),
                                submitted,
                                List.of(Reasons.error(
                                        "reason", "why the appointment is moving", submitted.get("reason"))),
                                Bookable.model(subject)));
            }
            outcome = bookings.reschedule(
                    new Reschedule(
                            new AppointmentId(UUID.fromString(subject.live().id())),
                            slot.get().id(),
                            user.actor(),
                            Optional.of(hold)),
                    user.staffActor(),
                    reason.get());
        } else {
            outcome = bookings.book(
                    new Book(subject.request().id(), slot.get().id(), user.actor(), Optional.of(hold)),
                    user.staffActor());
        }
        return result(subject, outcome);
    }

    private static HttpResponse<?> result(Bookable.Subject subject, BookingOutcome outcome) {
        if (outcome instanceof BookingOutcome.Booked) {
            Done done = subject.moving() ? Done.MOVED : Done.BOOKED;
            return HttpResponse.seeOther(URI.create("/requests/" + subject.id() + done.query()));
        }
        if (outcome instanceof BookingOutcome.SlotTaken || outcome instanceof BookingOutcome.SlotHeld) {
            return Gone.page(subject);
        }
        if (outcome instanceof BookingOutcome.NotFound) {
            throw new PageNotFound();
        }
        List<FieldError> errors = List.of(new FieldError("slot", "That time cannot be booked"));
        if (outcome instanceof BookingOutcome.NotEligible notEligible) {
            errors = List.of(notEligible.reason());
        } else if (outcome instanceof BookingOutcome.Invalid invalid) {
            errors = invalid.errors();
        } else if (outcome instanceof BookingOutcome.AlreadyBooked) {
            errors = List.of(new FieldError("request", "This request already has an appointment: move it instead"));
        } else if (outcome instanceof BookingOutcome.NotAppointable) {
            errors = List.of(new FieldError("request", "This request is no longer waiting for an appointment"));
        }
        return Gone.problem(subject, "That time could not be booked", errors);
    }

    private static ModelAndView<Map<String, Object>> form(
            Bookable.Subject subject,
            SlotPlace slot,
            Map<String, String> values,
            List<FieldError> errors,
            Map<String, Object> model) {
        model.put("slot", slot);
        model.put("values", values);
        model.put("errors", errors);
        model.put("errorFields", errors.stream().map(FieldError::field).toList());
        model.put("holdMinutes", HoldController.HOLD_FOR.toMinutes());
        return new ModelAndView<>("booking/confirm", model);
    }
}
