package org.imagingnetwork.console.diary;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.web.FormToken;
import org.imagingnetwork.console.web.PageNotFound;
import org.imagingnetwork.core.diary.BlockSession;
import org.imagingnetwork.core.diary.BlockSlot;
import org.imagingnetwork.core.diary.DiaryChanges;
import org.imagingnetwork.core.diary.DiaryOutcome;
import org.imagingnetwork.core.diary.ReleaseSession;
import org.imagingnetwork.core.diary.ReleaseSlot;
import org.imagingnetwork.core.diary.SessionId;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.validation.FieldError;

/**
 * Blocking a session or a slot with a reason, and releasing it again: a form page for each, then
 * core's {@link DiaryChanges}, which writes the change, its RIS outbox rows and its audit rows in one
 * transaction and announces the slots on Redis. A session or slot outside the scope is not found,
 * before anything is read from the form's other fields.
 */
@Controller("/diary")
@Secured("CHANGE_DIARY")
@ExecuteOn(TaskExecutors.BLOCKING)
final class DiaryChangeController {

    /** What a change is about: its words, the field its errors are named by, and where the form posts. */
    private record Subject(SessionDetail session, String field, String describe, String action) {}

    private enum Change {
        BLOCK_SESSION("Block this session", true, "session-blocked"),
        RELEASE_SESSION("Release this session", false, "session-released"),
        BLOCK_SLOT("Block this slot", true, "slot-blocked"),
        RELEASE_SLOT("Release this slot", false, "slot-released");

        final String heading;
        final boolean block;
        final String done;

        Change(String heading, boolean block, String done) {
            this.heading = heading;
            this.block = block;
            this.done = done;
        }
    }

    private final SessionQueries sessions;
    private final DiaryChanges changes;

    DiaryChangeController(SessionQueries sessions, DiaryChanges changes) {
        this.sessions = sessions;
        this.changes = changes;
    }

    @Get("/sessions/{id}/block")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> blockSessionForm(StaffUser user, @PathVariable long id) {
        return form(Change.BLOCK_SESSION, session(user, id, "block"), Map.of(), List.of());
    }

    @Post(value = "/sessions/{id}/block", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> blockSession(StaffUser user, @PathVariable long id, @Body @Nullable Map<String, String> form) {
        return change(
                user,
                form,
                Change.BLOCK_SESSION,
                () -> session(user, id, "block"),
                reason -> changes.blockSession(new BlockSession(new SessionId(id), reason, user.staffActor())));
    }

    @Get("/sessions/{id}/release")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> releaseSessionForm(StaffUser user, @PathVariable long id) {
        return form(Change.RELEASE_SESSION, session(user, id, "release"), Map.of(), List.of());
    }

    @Post(value = "/sessions/{id}/release", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> releaseSession(StaffUser user, @PathVariable long id, @Body @Nullable Map<String, String> form) {
        return change(
                user,
                form,
                Change.RELEASE_SESSION,
                () -> session(user, id, "release"),
                reason -> changes.releaseSession(new ReleaseSession(new SessionId(id), reason, user.staffActor())));
    }

    @Get("/slots/{id}/block")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> blockSlotForm(StaffUser user, @PathVariable long id) {
        return form(Change.BLOCK_SLOT, slot(user, id, "block"), Map.of(), List.of());
    }

    @Post(value = "/slots/{id}/block", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> blockSlot(StaffUser user, @PathVariable long id, @Body @Nullable Map<String, String> form) {
        return change(
                user,
                form,
                Change.BLOCK_SLOT,
                () -> slot(user, id, "block"),
                reason -> changes.blockSlot(new BlockSlot(new SlotId(id), reason, user.staffActor())));
    }

    @Get("/slots/{id}/release")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> releaseSlotForm(StaffUser user, @PathVariable long id) {
        return form(Change.RELEASE_SLOT, slot(user, id, "release"), Map.of(), List.of());
    }

    @Post(value = "/slots/{id}/release", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> releaseSlot(StaffUser user, @PathVariable long id, @Body @Nullable Map<String, String> form) {
        return change(
                user,
                form,
                Change.RELEASE_SLOT,
                () -> slot(user, id, "release"),
                reason -> changes.releaseSlot(new ReleaseSlot(new SlotId(id), reason, user.staffActor())));
    }

    private HttpResponse<?> change(
            StaffUser user,
            Map<String, String> form,
            Change change,
            java.util.function.Supplier<Subject> subject,
            Function<String, DiaryOutcome> apply) {
        Map<String, String> submitted = form == null ? Map.of() : form;
        FormToken.check(user, submitted.get(FormToken.FIELD));
        Subject about = subject.get();
        ChangeReason reason = change.block ? ChangeReason.forBlock(submitted) : ChangeReason.forRelease(submitted);
        if (reason.text().isEmpty()) {
            return refused(change, about, reason.values(), reason.errors());
        }
        DiaryOutcome outcome = apply.apply(reason.text().get());
        if (outcome instanceof DiaryOutcome.Changed) {
            return HttpResponse.seeOther(
                    URI.create("/diary/sessions/" + about.session().id() + "?done=" + change.done));
        }
        if (outcome instanceof DiaryOutcome.Invalid invalid) {
            return refused(change, about, reason.values(), invalid.errors());
        }
        throw new PageNotFound();
    }

    private HttpResponse<ModelAndView<Map<String, Object>>> refused(
            Change change, Subject about, Map<String, String> values, List<FieldError> errors) {
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                .body(form(change, about, values, errors));
    }

    private Subject session(StaffUser user, long id, String verb) {
        SessionDetail session = sessions.sessionIn(user.scope(), id).orElseThrow(PageNotFound::new);
        return new Subject(session, "session", "the whole session", "/diary/sessions/" + id + "/" + verb);
    }

    private Subject slot(StaffUser user, long id, String verb) {
        SessionQueries.SlotPlace place =
                sessions.slot(id).filter(p -> user.scope().covers(p.trust())).orElseThrow(PageNotFound::new);
        SessionDetail session = sessions.session(place.session()).orElseThrow(PageNotFound::new);
        SessionDetail.SlotLine slot = session.slot(id).orElseThrow(PageNotFound::new);
        String when = org.imagingnetwork.console.web.Show.INSTANCE.time(slot.startsAt()) + " to "
                + org.imagingnetwork.console.web.Show.INSTANCE.time(slot.endsAt());
        return new Subject(session, "slot", "the slot from " + when, "/diary/slots/" + id + "/" + verb);
    }

    private static ModelAndView<Map<String, Object>> form(
            Change change, Subject about, Map<String, String> values, List<FieldError> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", change.heading);
        model.put("heading", change.heading);
        model.put("block", change.block);
        model.put("session", about.session());
        model.put("subjectField", about.field());
        model.put("describe", about.describe());
        model.put("action", about.action());
        model.put("kinds", ChangeReason.kinds());
        model.put("values", values);
        model.put("errors", errors);
        model.put("errorFields", errors.stream().map(FieldError::field).toList());
        return new ModelAndView<>("diary/change", model);
    }
}
