package org.imagingnetwork.portal.referrals;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.portal.web.PageLanguage;
import org.imagingnetwork.portal.web.PageNotFound;
import org.imagingnetwork.portal.web.SignedInPatient;

/** "Your referrals" and one referral's page. */
@Produces(MediaType.TEXT_HTML)
@Controller("/referrals")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ReferralsController {

    private final ReferralQueries referrals;

    ReferralsController(ReferralQueries referrals) {
        this.referrals = referrals;
    }

    @Get
    ModelAndView<Map<String, Object>> list(Authentication authentication, PageLanguage language) {
        PatientId patient = SignedInPatient.of(authentication);
        List<ReferralView> views = referrals.forPatient(patient).stream()
                .map(r -> ReferralView.of(r, language.locale()))
                .toList();
        return new ModelAndView<>("referrals/list", Map.of("referrals", views));
    }

    @Get("/{id}")
    ModelAndView<Map<String, Object>> show(
            Authentication authentication, @PathVariable long id, PageLanguage language) {
        Referral referral = referrals
                .find(SignedInPatient.of(authentication), new RequestId(id))
                .orElseThrow(PageNotFound::new);
        return new ModelAndView<>("referrals/show", Map.of("referral", ReferralView.of(referral, language.locale())));
    }
}
