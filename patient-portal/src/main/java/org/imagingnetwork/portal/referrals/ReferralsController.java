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
import io.micronaut.views.ModelAndView;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.offer.OfferBook;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.portal.web.Display;
import org.imagingnetwork.portal.web.PageLanguage;
import org.imagingnetwork.portal.web.PageNotFound;
import org.imagingnetwork.portal.web.SignedInPatient;

/** "Your referrals" and one referral's page. */
@Produces(MediaType.TEXT_HTML)
@Controller("/referrals")
@Secured(SignedInPatient.ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ReferralsController {

    private final ReferralQueries referrals;
    private final OfferBook offers;
    private final Clock clock;

    ReferralsController(ReferralQueries referrals, OfferBook offers, Clock clock) {
        this.referrals = referrals;
        this.offers = offers;
        this.clock = clock;
    }

    /** An earlier appointment offered for this referral, as the page shows it. */
    record OfferNotice(String id, String day, String time, String site, String until) {}

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
        PatientId patient = SignedInPatient.of(authentication);
        Referral referral = referrals.find(patient, new RequestId(id)).orElseThrow(PageNotFound::new);
        Map<String, Object> model = new HashMap<>();
        model.put("referral", ReferralView.of(referral, language.locale()));
        // The offer's text may not have arrived, or been deleted: the referral page shows it too.
        offers.openFor(patient, new RequestId(id), clock.instant())
                .ifPresent(offer -> model.put(
                        "offer",
                        new OfferNotice(
                                offer.id().toString(),
                                Display.day(London.clinicDay(offer.slotStart()), language.locale()),
                                Display.time(offer.slotStart(), language.locale()),
                                offer.siteName(),
                                Display.time(offer.expiresAt(), language.locale()))));
        return new ModelAndView<>("referrals/show", model);
    }
}
