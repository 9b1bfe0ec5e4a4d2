package org.imagingnetwork.console.staff;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.network.NetworkReference;
import org.imagingnetwork.console.web.PageNotFound;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.time.London;

/**
 * The staff of the trusts in scope: role, skills, home sites, and who is away in the next weeks. A
 * trust or site outside the scope is not found.
 */
@Controller("/staff")
@Secured("MANAGE_STAFF_AVAILABILITY")
@ExecuteOn(TaskExecutors.BLOCKING)
final class StaffListController {

    /** How far ahead the list shows absences. */
    static final int WEEKS_AHEAD = 6;

    private final StaffRoster roster;
    private final NetworkReference network;
    private final Clock clock;

    StaffListController(StaffRoster roster, NetworkReference network, Clock clock) {
        this.roster = roster;
        this.network = network;
        this.clock = clock;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(
            StaffUser user, @Nullable @QueryValue String trust, @Nullable @QueryValue String site) {
        Optional<String> trustChosen = Optional.ofNullable(trust).filter(t -> !t.isBlank());
        Optional<String> siteChosen = Optional.ofNullable(site).filter(s -> !s.isBlank());
        trustChosen.filter(t -> !user.scope().covers(t)).ifPresent(t -> {
            throw new PageNotFound();
        });
        siteChosen.ifPresent(code -> {
            Site found = network.site(code).orElseThrow(PageNotFound::new);
            if (!user.scope().covers(found.trust().value())) {
                throw new PageNotFound();
            }
        });
        LocalDate today = London.clinicDay(clock.instant());
        List<String> trusts = user.scope().narrowedTo(trustChosen.map(Set::of).orElse(Set.of()));
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Staff");
        model.put("today", today);
        model.put("until", today.plusWeeks(WEEKS_AHEAD));
        model.put("trust", trustChosen.orElse(""));
        model.put("site", siteChosen.orElse(""));
        model.put("trusts", network.trustsIn(user.scope()));
        model.put("sites", network.sitesIn(user.scope()));
        model.put("siteNames", StaffPages.siteNames(network));
        model.put("staff", roster.staffOf(trusts, siteChosen, today, today.plusWeeks(WEEKS_AHEAD)));
        model.put("words", StaffPages.INSTANCE);
        return new ModelAndView<>("staff/list", model);
    }
}
