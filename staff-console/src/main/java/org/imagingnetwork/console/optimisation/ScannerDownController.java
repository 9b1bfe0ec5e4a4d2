package org.imagingnetwork.console.optimisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.console.access.Permission;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.web.FormToken;
import org.imagingnetwork.console.web.PageNotFound;
import org.imagingnetwork.console.web.QueryParameters;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.core.validation.FieldError;
import org.imagingnetwork.optimizer.run.DisruptionRequest;
import org.imagingnetwork.optimizer.run.StartOutcome;

/**
 * A scanner down: the form (opened from a room's row in the diary grid, or from the start form) says
 * which patients the re-plan will consider and where they could go, then closes the room and starts
 * the disruption re-plan ({@link ScannerDown}). It blocks diary sessions as well as starting a run,
 * so it needs both permissions: the route's, and {@code CHANGE_DIARY}, without which it is not found.
 */
@Controller("/optimisation/disruption")
@Secured("RUN_OPTIMISATION")
@Produces(MediaType.TEXT_HTML)
final class ScannerDownController {

    private final ScannerDown closures;
    private final Clock clock;

    ScannerDownController(ScannerDown closures, Clock clock) {
        this.closures = closures;
        this.clock = clock;
    }

    @Get("/new")
    HttpResponse<ModelAndView<Map<String, Object>>> form(HttpRequest<?> request, StaffUser user) {
        mayClose(user);
        Map<String, String> query = QueryParameters.of(request);
        if (!query.containsKey("days")) {
            String day = query.getOrDefault(
                    "firstDay", London.clinicDay(clock.instant()).toString());
            Map<String, String> typed = ClosureForm.blank(query.getOrDefault("room", ""), day);
            return HttpResponse.ok(new ModelAndView<>(
                    "optimisation/disruption",
                    page(user, closures.room(user, typed.get("room")).orElse(null), typed, List.of(), null)));
        }
        ClosureForm.Parsed parsed = ClosureForm.parse(query);
        Optional<DisruptionQueries.RoomPlace> found =
                closures.room(user, parsed.typed().get("room"));
        if (parsed.form().isEmpty() || found.isEmpty()) {
            return refused(user, found.orElse(null), parsed.typed(), withRoom(parsed.errors(), found), null);
        }
        DisruptionQueries.RoomPlace room = found.get();
        ClosureForm form = parsed.form().get();
        List<FieldError> unusable = unusable(form);
        if (!unusable.isEmpty()) {
            return refused(user, room, parsed.typed(), unusable, null);
        }
        DisruptionQueries.ClosureCounts counts = closures.counts(user, room, form);
        if (counts.booked() == 0) {
            return refused(
                    user,
                    room,
                    parsed.typed(),
                    List.of(new FieldError(
                            "firstDay",
                            "Nobody is booked into " + room.describe() + " from " + form.firstDay() + " to "
                                    + form.lastDay() + ": there is nobody to re-plan")),
                    counts);
        }
        Map<String, Object> model = page(user, room, parsed.typed(), List.of(), counts);
        model.put("ready", true);
        return HttpResponse.ok(new ModelAndView<>("optimisation/disruption", model));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> close(StaffUser user, @Body @Nullable Map<String, String> body) {
        Map<String, String> input = body == null ? Map.of() : body;
        FormToken.check(user, input.get(FormToken.FIELD));
        mayClose(user);
        ClosureForm.Parsed parsed = ClosureForm.parse(input);
        Optional<DisruptionQueries.RoomPlace> room =
                closures.room(user, parsed.typed().get("room"));
        if (parsed.form().isEmpty() || room.isEmpty()) {
            return refused(user, room.orElse(null), parsed.typed(), withRoom(parsed.errors(), room), null);
        }
        StartOutcome outcome = closures.close(user, room.get(), parsed.form().get());
        if (outcome instanceof StartOutcome.Invalid invalid) {
            return refused(user, room.get(), parsed.typed(), invalid.errors(), null);
        }
        return HttpResponse.seeOther(URI.create("/optimisation/runs/" + ((StartOutcome.Queued) outcome).run()));
    }

    /**
     * Adds the room's error when it is not one the member of staff may close: the same words for a
     * room of another trust as for one that does not exist, so the form tells nobody what is outside
     * their scope.
     */
    private static List<FieldError> withRoom(List<FieldError> errors, Optional<DisruptionQueries.RoomPlace> room) {
        if (room.isPresent()) {
            return errors;
        }
        List<FieldError> all = new ArrayList<>();
        all.add(new FieldError("room", "Enter the code of a room in your part of the network, as the diary shows it"));
        all.addAll(errors);
        return all;
    }

    private static void mayClose(StaffUser user) {
        if (!user.may(Permission.CHANGE_DIARY)) {
            throw new PageNotFound();
        }
    }

    /** What the preview can tell without the run service: a length it would refuse. */
    private static List<FieldError> unusable(ClosureForm form) {
        return form.days() < 1 || form.days() > DisruptionRequest.MAX_DAYS
                ? List.of(new FieldError("days", "Close the room for 1 to " + DisruptionRequest.MAX_DAYS + " days"))
                : List.of();
    }

    private HttpResponse<ModelAndView<Map<String, Object>>> refused(
            StaffUser user,
            DisruptionQueries.RoomPlace room,
            Map<String, String> typed,
            List<FieldError> errors,
            @Nullable DisruptionQueries.ClosureCounts counts) {
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                .body(new ModelAndView<>("optimisation/disruption", page(user, room, typed, errors, counts)));
    }

    private Map<String, Object> page(
            StaffUser user,
            @Nullable DisruptionQueries.RoomPlace room,
            Map<String, String> typed,
            List<FieldError> errors,
            @Nullable DisruptionQueries.ClosureCounts counts) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Scanner down: re-plan a closed room");
        model.put("room", room);
        model.put("scope", room == null ? null : closures.scopeOf(user, room).label());
        model.put("typed", typed);
        model.put("errors", errors);
        model.put("errorFields", errors.stream().map(FieldError::field).toList());
        model.put("maxDays", DisruptionRequest.MAX_DAYS);
        model.put("searchDays", DisruptionRequest.SEARCH_DAYS_AFTER);
        model.put("counts", counts);
        model.put("ready", false);
        return model;
    }
}
