package org.imagingnetwork.console.diary;

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
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.imagingnetwork.console.access.Permission;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.web.PageNotFound;
import org.imagingnetwork.core.availability.StaffingCheck;
import org.imagingnetwork.core.network.OdsCode;

/** A session's page: when and where it runs, who staffs it, and each slot's state. */
@Controller("/diary/sessions/{id}")
@Secured("VIEW_DIARY")
@ExecuteOn(TaskExecutors.BLOCKING)
final class SessionController {

    private final SessionQueries sessions;
    private final StaffingCheck staffing;
    private final Clock clock;

    SessionController(SessionQueries sessions, StaffingCheck staffing, Clock clock) {
        this.sessions = sessions;
        this.staffing = staffing;
        this.clock = clock;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(StaffUser user, @PathVariable long id, @Nullable @QueryValue String done) {
        SessionDetail session = sessions.sessionIn(user.scope(), id).orElseThrow(PageNotFound::new);
        Map<String, Object> model = model(user, session);
        model.put("notice", notice(done));
        return new ModelAndView<>("diary/session", model);
    }

    private static String notice(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "session-blocked" -> "Session blocked";
            case "session-released" -> "Session released: its slots are open for booking again";
            case "slot-blocked" -> "Slot blocked";
            case "slot-released" -> "Slot released";
            case "added" -> "Session added and open for booking";
            default -> null;
        };
    }

    private Map<String, Object> model(StaffUser user, SessionDetail session) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", session.typeName() + ", " + session.roomName());
        model.put("session", session);
        model.put(
                "shortOf",
                staffing
                        .sessionsLosingStaffing(Set.of(new OdsCode(session.site())), session.day(), session.day())
                        .stream()
                        .filter(u -> u.session().value() == session.id())
                        .flatMap(u -> u.unmet().stream().map(DiaryGrids::place))
                        .toList());
        model.put("mayChange", user.may(Permission.CHANGE_DIARY));
        model.put("changeable", session.endsAt().isAfter(clock.instant()));
        model.put("now", clock.instant());
        model.put("back", "site=" + session.site() + "&view=day&date=" + session.day());
        return model;
    }
}
