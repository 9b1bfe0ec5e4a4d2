package org.imagingnetwork.console.optimisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.web.FormToken;
import org.imagingnetwork.core.audit.AuditLog;
import org.imagingnetwork.core.audit.AuditRecord;
import org.imagingnetwork.core.diary.DiaryPublication;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.validation.FieldError;
import org.imagingnetwork.optimizer.run.PublishOutcome;
import org.imagingnetwork.optimizer.run.Run;
import org.imagingnetwork.optimizer.run.RunService;

/**
 * Publishing a solved run: an allocation's proposals go to patients as offers, a diary's sessions
 * into the diary. A run is published once; a run whose waiting list moved since it started is
 * published only once the manager confirms. Every publication is recorded in the audit log.
 */
@Controller("/optimisation/runs")
@Secured("PUBLISH_OPTIMISATION")
@Produces(MediaType.TEXT_HTML)
final class PublishController {

    static final String AUDIT_ACTION = "OPTIMISATION_PUBLISHED";

    /** The row in each moved patient's own audit trail. */
    static final String MOVED = "OPTIMISATION_REPLAN_MOVED";

    private final RunAccess access;
    private final RunService runs;
    private final RunPageModel pages;
    private final RunStaleness staleness;
    private final AuditLog audit;
    private final DisruptionQueries moves;

    PublishController(
            RunAccess access,
            RunService runs,
            RunPageModel pages,
            RunStaleness staleness,
            AuditLog audit,
            DisruptionQueries moves) {
        this.access = access;
        this.runs = runs;
        this.pages = pages;
        this.staleness = staleness;
        this.audit = audit;
        this.moves = moves;
    }

    @Post(value = "/{id}/publish", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(@PathVariable String id, StaffUser user, @Body @Nullable Map<String, String> form) {
        FormToken.check(user, form == null ? null : form.get(FormToken.FIELD));
        Run run = access.run(id, user);
        boolean confirmed = form != null && "yes".equals(form.get("confirm"));
        RunStaleness.Staleness moved = staleness.of(run);
        if (moved.stale() && !confirmed) {
            return refused(
                    run,
                    user,
                    new FieldError(
                            "confirm",
                            "The waiting list or the diary has moved since this run started: tick \"Publish it anyway\""
                                    + " to publish it"));
        }
        PublishOutcome outcome = runs.publish(run.id(), user.staffActor().auditName());
        if (outcome instanceof PublishOutcome.NotPublishable refused) {
            return refused(run, user, new FieldError("publish", refused.reason()));
        }
        String detail = describe(outcome);
        if (outcome instanceof PublishOutcome.Moved) {
            for (long patient : moves.movedPatients(run.id().value())) {
                audit.record(AuditRecord.by(
                        user.staffActor(),
                        MOVED,
                        Optional.of(new PatientId(patient)),
                        "appointment moved out of a closed room by re-plan run " + run.id(),
                        run.scope().describe()));
            }
        }
        audit.record(AuditRecord.by(
                user.staffActor(),
                AUDIT_ACTION,
                Optional.empty(),
                "run " + run.id() + " (" + run.scope().describe() + "): " + detail,
                moved.stale() ? "confirmed after " + moved.describe() : ""));
        return HttpResponse.seeOther(URI.create("/optimisation/runs/" + run.id()));
    }

    private HttpResponse<ModelAndView<Map<String, Object>>> refused(Run run, StaffUser user, FieldError error) {
        Map<String, Object> model = pages.of(runs.run(run.id()).orElse(run), user);
        model.put("errors", List.of(error));
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                .body(new ModelAndView<>("optimisation/run", model));
    }

    private static String describe(PublishOutcome outcome) {
        if (outcome instanceof PublishOutcome.Published sent) {
            return sent.offered() + " offers sent; " + sent.patientsNoLongerWaiting()
                    + " patients no longer waiting and " + sent.slotsNoLongerFree()
                    + " slots no longer free were skipped";
        }
        if (outcome instanceof PublishOutcome.Moved moved) {
            return moved.moved() + " patients moved to their new times; " + moved.notMoved()
                    + " not moved as their appointment or the new time had changed; " + moved.withoutSlot()
                    + " without a slot to go to";
        }
        return describe(((PublishOutcome.DiaryPublished) outcome).diary());
    }

    private static String describe(DiaryPublication diary) {
        return diary.sessionsUpdated() + " sessions updated, " + diary.sessionsAdded() + " added, "
                + diary.sessionsStopped() + " withdrawn, " + diary.slotsCut() + " slots cut, "
                + diary.keptForBookings() + " kept for bookings, " + diary.skipped() + " skipped";
    }
}
