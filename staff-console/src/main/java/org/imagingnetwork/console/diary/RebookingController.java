package org.imagingnetwork.console.diary;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.imagingnetwork.console.access.Permission;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.audit.StaffAudit;
import org.imagingnetwork.console.network.NetworkReference;
import org.imagingnetwork.console.web.PageNotFound;
import org.imagingnetwork.core.diary.DiaryChanges;
import org.imagingnetwork.core.diary.DiaryScope;
import org.imagingnetwork.core.diary.NeedsRebooking;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Site;

/**
 * Patients still booked into time staff have blocked, for a site, a trust or every trust in scope:
 * each links to the request so a clerk can move them. Names and NHS numbers are shown only to roles
 * that may open a patient's record, and the showing is audited.
 */
@Controller("/diary/rebooking")
@Secured("VIEW_DIARY")
@ExecuteOn(TaskExecutors.BLOCKING)
final class RebookingController {

    static final String SHOWN = "REBOOKING_LIST_SHOWN";

    private final DiaryChanges changes;
    private final NetworkReference network;
    private final StaffAudit audit;

    RebookingController(DiaryChanges changes, NetworkReference network, StaffAudit audit) {
        this.changes = changes;
        this.network = network;
        this.audit = audit;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(
            StaffUser user, @Nullable @QueryValue String site, @Nullable @QueryValue String trust) {
        Optional<Site> atSite = Optional.ofNullable(site)
                .filter(s -> !s.isBlank())
                .map(code -> network.site(code)
                        .filter(s -> user.scope().covers(s.trust().value()))
                        .orElseThrow(PageNotFound::new));
        Optional<String> ofTrust = Optional.ofNullable(trust).filter(t -> !t.isBlank());
        ofTrust.filter(t -> !user.scope().covers(t)).ifPresent(t -> {
            throw new PageNotFound();
        });
        DiaryScope scope = DiaryScope.trusts(ofTrust.map(t -> java.util.Set.of(new OdsCode(t)))
                .orElseGet(
                        () -> user.scope().trusts().stream().map(OdsCode::new).collect(Collectors.toSet())));
        List<NeedsRebooking> patients = changes.needingRebooking(scope).stream()
                .filter(p -> atSite.isEmpty() || p.site().equals(atSite.get().odsCode()))
                .toList();
        boolean named = user.may(Permission.VIEW_PATIENT);
        String where = atSite.map(Site::name)
                .or(() -> ofTrust.map(t -> network.trustNames().getOrDefault(t, t)))
                .orElse(user.scope().name());
        if (named && !patients.isEmpty()) {
            audit.read(user, SHOWN, patients.size() + " patients to re-book at " + where);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Patients to re-book");
        model.put("where", where);
        model.put("patients", patients);
        model.put("named", named);
        model.put("sites", network.sitesByCode());
        model.put("exams", network.examNames());
        return new ModelAndView<>("diary/rebooking", model);
    }
}
