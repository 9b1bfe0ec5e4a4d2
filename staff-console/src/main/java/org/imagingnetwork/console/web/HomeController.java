package org.imagingnetwork.console.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.Comparator;
import java.util.Map;
import org.imagingnetwork.console.access.StaffUser;

/** Where a member of staff lands after signing in: their role, their organisation, and the sections they may open. */
@Controller("/home")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
final class HomeController {

    @Get
    ModelAndView<Map<String, Object>> home(StaffUser user) {
        return new ModelAndView<>(
                "web/home",
                Map.of(
                        "title",
                        "Home",
                        "permissions",
                        user.role().permissions().stream()
                                .sorted(Comparator.naturalOrder())
                                .toList()));
    }
}
