package org.imagingnetwork.console.staff;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.network.NetworkReference;
import org.imagingnetwork.console.web.FormToken;
import org.imagingnetwork.console.web.PageNotFound;
import org.imagingnetwork.core.availability.Absence;
import org.imagingnetwork.core.availability.AbsenceKind;
import org.imagingnetwork.core.availability.AbsenceOutcome;
import org.imagingnetwork.core.availability.StaffAvailability;
import org.imagingnetwork.core.network.Staff;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.core.validation.FieldError;

/**
 * One member of staff: their role, skills and home sites, their absences, a form to record leave,
 * sickness or training, and a button to withdraw each absence. Someone another trust employs is not
 * found, and so is an absence that is not theirs.
 */
@Controller("/staff/{staffId}")
@Secured("MANAGE_STAFF_AVAILABILITY")
@ExecuteOn(TaskExecutors.BLOCKING)
final class StaffMemberController {

    /** How far back the page lists absences: recent sickness stays in view. */
    static final int WEEKS_BACK = 4;

    static final int YEAR_AHEAD = 1;

    private final StaffRoster roster;
    private final StaffAvailability availability;
    private final NetworkReference network;
    private final Clock clock;

    StaffMemberController(StaffRoster roster, StaffAvailability availability, NetworkReference network, Clock clock) {
        this.roster = roster;
        this.availability = availability;
        this.network = network;
        this.clock = clock;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(
            StaffUser user,
            @PathVariable String staffId,
            @Nullable @QueryValue String recorded,
            @Nullable @QueryValue String withdrawn) {
        Staff member = roster.member(user.scope(), staffId).orElseThrow(PageNotFound::new);
        Map<String, Object> model = model(member, AbsenceEntry.empty(), List.of());
        if (recorded != null) {
            model.put("notice", "Absence recorded");
        } else if (withdrawn != null) {
            model.put("notice", "Absence withdrawn");
        }
        return new ModelAndView<>("staff/member", model);
    }

    @Post(value = "/absences", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> record(StaffUser user, @PathVariable String staffId, @Body @Nullable Map<String, String> form) {
        Map<String, String> submitted = form == null ? Map.of() : form;
        FormToken.check(user, submitted.get(FormToken.FIELD));
        Staff member = roster.member(user.scope(), staffId).orElseThrow(PageNotFound::new);
        AbsenceEntry entry = AbsenceEntry.read(member.id(), submitted);
        if (!entry.errors().isEmpty()) {
            return invalid(member, entry.values(), entry.errors());
        }
        AbsenceOutcome outcome = availability.record(
                entry.form(), user.staffActor(), entry.values().get("note"));
        if (outcome instanceof AbsenceOutcome.Invalid invalid) {
            return invalid(member, entry.values(), invalid.errors());
        }
        return HttpResponse.seeOther(URI.create("/staff/" + member.id() + "?recorded=1"));
    }

    @Post(value = "/absences/{absenceId}/withdraw", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> withdraw(
            StaffUser user,
            @PathVariable String staffId,
            @PathVariable long absenceId,
            @Body @Nullable Map<String, String> form) {
        Map<String, String> submitted = form == null ? Map.of() : form;
        FormToken.check(user, submitted.get(FormToken.FIELD));
        Staff member = roster.member(user.scope(), staffId).orElseThrow(PageNotFound::new);
        Absence absence = absences(member).stream()
                .filter(a -> a.id().value() == absenceId)
                .findFirst()
                .orElseThrow(PageNotFound::new);
        int version;
        try {
            version = Integer.parseInt(submitted.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            return invalid(
                    member, AbsenceEntry.empty(), List.of(new FieldError("version", "Reload the page and try again")));
        }
        AbsenceOutcome outcome =
                availability.withdraw(absence.id(), version, user.staffActor(), "withdrawn in the staff console");
        if (outcome instanceof AbsenceOutcome.Withdrawn) {
            return HttpResponse.seeOther(URI.create("/staff/" + member.id() + "?withdrawn=1"));
        }
        if (outcome instanceof AbsenceOutcome.NotFound) {
            throw new PageNotFound();
        }
        return invalid(
                member,
                AbsenceEntry.empty(),
                List.of(new FieldError(
                        "absence-" + absence.id(),
                        "Someone changed this absence since you opened the page: look again before withdrawing it")));
    }

    private HttpResponse<ModelAndView<Map<String, Object>>> invalid(
            Staff member, Map<String, String> values, List<FieldError> errors) {
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                .body(new ModelAndView<>("staff/member", model(member, values, errors)));
    }

    private Map<String, Object> model(Staff member, Map<String, String> values, List<FieldError> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", member.name());
        model.put("member", member);
        model.put(
                "trustName",
                network.trustNames()
                        .getOrDefault(member.trust().value(), member.trust().value()));
        model.put("siteNames", StaffPages.siteNames(network));
        model.put("absences", absences(member));
        model.put("kinds", AbsenceKind.values());
        model.put("values", values);
        model.put("errors", errors);
        model.put("errorFields", errors.stream().map(FieldError::field).toList());
        model.put("words", StaffPages.INSTANCE);
        return model;
    }

    private List<Absence> absences(Staff member) {
        LocalDate today = London.clinicDay(clock.instant());
        return availability.absencesOf(member.id(), today.minusWeeks(WEEKS_BACK), today.plusYears(YEAR_AHEAD));
    }
}
