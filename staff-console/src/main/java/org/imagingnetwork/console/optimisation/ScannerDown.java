package org.imagingnetwork.console.optimisation;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.web.PageNotFound;
import org.imagingnetwork.core.diary.BlockSession;
import org.imagingnetwork.core.diary.DiaryChanges;
import org.imagingnetwork.core.diary.SessionId;
import org.imagingnetwork.core.validation.FieldError;
import org.imagingnetwork.optimizer.run.DisruptionRequest;
import org.imagingnetwork.optimizer.run.RunService;
import org.imagingnetwork.optimizer.run.StartOutcome;

/**
 * A room closed for some days (a scanner down): the re-plan for its patients is queued, then the
 * room's sessions on those days are blocked through core's {@link DiaryChanges}, each as a block
 * made from the session's page is (its RIS outbox rows, its audit rows, and the slots announced on
 * the slot-change channel so the portal stops offering them). The patients keep their appointments
 * until the re-plan is published; nobody is told anything before.
 *
 * <p>The run is queued first: it refuses without changing anything when there is nothing to re-plan,
 * and whether it reads the diary before or after the blocks commit, it plans the same (it reads the
 * closed room's time as closed either way).
 */
@Singleton
class ScannerDown {

    private final RunService runs;
    private final RunAccess access;
    private final DisruptionQueries queries;
    private final DiaryChanges diary;
    private final Clock clock;

    ScannerDown(RunService runs, RunAccess access, DisruptionQueries queries, DiaryChanges diary, Clock clock) {
        this.runs = runs;
        this.access = access;
        this.queries = queries;
        this.diary = diary;
        this.clock = clock;
    }

    /** The room if the member of staff may close it; empty, as for an unknown room, when it is not in their scope. */
    Optional<DisruptionQueries.RoomPlace> room(StaffUser user, String id) {
        return queries.room(id).filter(room -> user.scope().covers(room.trust()));
    }

    /** Where the room's patients may be moved to: the narrowest part of the network the manager plans that holds it. */
    ScopeChoice scopeOf(StaffUser user, DisruptionQueries.RoomPlace room) {
        return access.choices(user).stream()
                .filter(choice -> choice.trusts().contains(room.trust()))
                .min(Comparator.comparingInt(choice -> choice.trusts().size()))
                .orElseThrow(PageNotFound::new);
    }

    DisruptionQueries.ClosureCounts counts(StaffUser user, DisruptionQueries.RoomPlace room, ClosureForm form) {
        ScopeChoice scope = scopeOf(user, room);
        return queries.counts(
                room,
                form.firstDay(),
                form.lastDay(),
                form.lastDay().plusDays(DisruptionRequest.SEARCH_DAYS_AFTER),
                scope.trusts().stream().sorted().toList());
    }

    StartOutcome close(StaffUser user, DisruptionQueries.RoomPlace room, ClosureForm form) {
        ScopeChoice scope = scopeOf(user, room);
        StartOutcome outcome = runs.start(new DisruptionRequest(
                scope.level().name(),
                scope.code().orElse(""),
                room.id(),
                form.firstDay(),
                form.days(),
                form.seconds(),
                form.reason(),
                user.staffActor().auditName()));
        if (outcome instanceof StartOutcome.Invalid invalid) {
            return new StartOutcome.Invalid(
                    invalid.errors().stream().map(ScannerDown::onForm).toList());
        }
        String reason = "Room closed: " + form.reason().strip();
        for (long session : queries.sessionsToBlock(room.id(), form.firstDay(), form.lastDay(), clock.instant())) {
            // A session someone blocked or that ended a moment ago is refused by the core and needs nothing more.
            diary.blockSession(new BlockSession(new SessionId(session), reason, user.staffActor()));
        }
        return outcome;
    }

    /** The run service names its own fields; the form's are named for what the manager typed. */
    private static FieldError onForm(FieldError error) {
        String field = switch (error.field()) {
            case "secondsLimit" -> "seconds";
            case "scopeLevel", "scopeCode", "requestedBy" -> "room";
            default -> error.field();
        };
        return new FieldError(field, error.message());
    }
}
