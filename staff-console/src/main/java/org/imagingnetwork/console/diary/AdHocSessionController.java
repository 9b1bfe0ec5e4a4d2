package org.imagingnetwork.console.diary;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.network.NetworkReference;
import org.imagingnetwork.console.web.FormToken;
import org.imagingnetwork.console.web.PageNotFound;
import org.imagingnetwork.core.diary.DiaryChanges;
import org.imagingnetwork.core.diary.DiaryOutcome;
import org.imagingnetwork.core.diary.SessionTypes;
import org.imagingnetwork.core.network.NetworkDirectory;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.network.Staff;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.core.validation.FieldError;

/**
 * Adding an ad-hoc session at a site: a room, a day, the times, a list type and the staff covering
 * it. It opens for booking at once (core's {@link DiaryChanges#addSession}). A room or member of staff
 * outside the scope is not found.
 */
@Controller("/diary/sessions")
@Secured("CHANGE_DIARY")
@ExecuteOn(TaskExecutors.BLOCKING)
final class AdHocSessionController {

    private final DiaryChanges changes;
    private final NetworkDirectory directory;
    private final NetworkReference network;
    private final Clock clock;

    AdHocSessionController(DiaryChanges changes, NetworkDirectory directory, NetworkReference network, Clock clock) {
        this.changes = changes;
        this.directory = directory;
        this.network = network;
        this.clock = clock;
    }

    @Get("/new")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form(
            StaffUser user, @Nullable @QueryValue String site, @Nullable @QueryValue String date) {
        String day = date == null || date.isBlank()
                ? London.clinicDay(clock.instant()).toString()
                : date;
        if (site == null || site.isBlank()) {
            Map<String, Object> model = new HashMap<>();
            model.put("title", "Add a session");
            model.put("sites", network.sitesIn(user.scope()));
            model.put("date", day);
            return new ModelAndView<>("diary/pick-site", model);
        }
        return new ModelAndView<>("diary/add", model(siteIn(user, site), AdHocEntry.empty(day), Set.of(), List.of()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> add(StaffUser user, @Body @Nullable Map<String, Object> form) {
        Map<String, Object> submitted = form == null ? Map.of() : form;
        Object token = submitted.get(FormToken.FIELD);
        FormToken.check(user, token == null ? null : String.valueOf(token));
        AdHocEntry entry = AdHocEntry.read(submitted);
        Site site = siteIn(user, String.valueOf(submitted.getOrDefault("site", "")));
        String roomId = entry.values().get("room");
        if (!roomId.isEmpty()) {
            Room room = directory.room(roomId).orElseThrow(PageNotFound::new);
            if (!room.site().equals(site.odsCode())) {
                throw new PageNotFound();
            }
        }
        Set<String> ours = staffOf(user).stream().map(Staff::id).collect(Collectors.toSet());
        if (!ours.containsAll(entry.staff())) {
            throw new PageNotFound();
        }
        if (!entry.errors().isEmpty()) {
            return refused(site, entry, entry.errors());
        }
        DiaryOutcome outcome = changes.addSession(entry.command(user.staffActor()));
        if (outcome instanceof DiaryOutcome.Changed changed) {
            long session = changed.change().session().orElseThrow().value();
            return HttpResponse.seeOther(URI.create("/diary/sessions/" + session + "?done=added"));
        }
        if (outcome instanceof DiaryOutcome.Invalid invalid) {
            return refused(site, entry, invalid.errors());
        }
        throw new PageNotFound();
    }

    private HttpResponse<ModelAndView<Map<String, Object>>> refused(
            Site site, AdHocEntry entry, List<FieldError> errors) {
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                .body(new ModelAndView<>("diary/add", model(site, entry.values(), entry.staff(), errors)));
    }

    private Site siteIn(StaffUser user, String code) {
        return network.site(code)
                .filter(s -> user.scope().covers(s.trust().value()))
                .orElseThrow(PageNotFound::new);
    }

    private List<Staff> staffOf(StaffUser user) {
        return user.scope().trusts().stream()
                .flatMap(t -> directory.staffOf(new OdsCode(t)).stream())
                .toList();
    }

    private Map<String, Object> model(
            Site site, Map<String, String> values, Set<String> staff, List<FieldError> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Add a session");
        model.put("site", site);
        model.put(
                "rooms",
                directory.roomsAt(site.odsCode()).stream()
                        .sorted(Comparator.comparing(Room::modality).thenComparing(Room::name))
                        .toList());
        model.put("types", SessionTypes.all());
        model.put(
                "people",
                directory.staffOf(site.trust()).stream()
                        .filter(s -> s.homeSites().contains(site.odsCode()))
                        .sorted(Comparator.comparing(Staff::name))
                        .toList());
        model.put("chosenStaff", staff);
        model.put("values", values);
        model.put("errors", errors);
        model.put("errorFields", errors.stream().map(FieldError::field).toList());
        return model;
    }
}
