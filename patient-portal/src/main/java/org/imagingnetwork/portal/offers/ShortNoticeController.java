package org.imagingnetwork.portal.offers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.portal.referrals.Referral;
import org.imagingnetwork.portal.referrals.ReferralQueries;
import org.imagingnetwork.portal.web.CsrfFilter;
import org.imagingnetwork.portal.web.FormErrors;
import org.imagingnetwork.portal.web.PageNotFound;
import org.imagingnetwork.portal.web.SignedInPatient;

/** "Could you come at short notice?": opting in to offers of released slots, and how much notice is needed. */
@Produces(MediaType.TEXT_HTML)
@Controller("/referrals/{id}/short-notice")
@Secured(SignedInPatient.ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ShortNoticeController {

    static final List<Integer> NOTICE_HOURS = List.of(24, 48, 72, 168);

    private final ReferralQueries referrals;
    private final ShortNoticeRepository shortNotice;
    private final CsrfFilter csrf;

    ShortNoticeController(ReferralQueries referrals, ShortNoticeRepository shortNotice, CsrfFilter csrf) {
        this.csrf = csrf;
        this.referrals = referrals;
        this.shortNotice = shortNotice;
    }

    @Get
    ModelAndView<Map<String, Object>> form(Authentication authentication, @PathVariable long id) {
        return page(referral(authentication, id), false);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(
            Authentication authentication,
            @PathVariable long id,
            @Body @Nullable Map<String, String> body,
            HttpRequest<?> http) {
        csrf.check(http, body);
        Referral referral = referral(authentication, id);
        String answer = body.getOrDefault("notice", "");
        Integer hours;
        if ("no".equals(answer)) {
            hours = null;
        } else if (answer.matches("[0-9]{1,3}") && NOTICE_HOURS.contains(Integer.parseInt(answer))) {
            hours = Integer.parseInt(answer);
        } else {
            return HttpResponse.badRequest(page(referral, true));
        }
        if (!shortNotice.set(SignedInPatient.of(authentication), referral.id(), hours)) {
            throw new PageNotFound();
        }
        return HttpResponse.seeOther(URI.create("/referrals/" + id));
    }

    private Referral referral(Authentication authentication, long id) {
        return referrals
                .find(SignedInPatient.of(authentication), new RequestId(id))
                .filter(r -> r.bookable() || r.changeable())
                .orElseThrow(PageNotFound::new);
    }

    private static ModelAndView<Map<String, Object>> page(Referral referral, boolean error) {
        Map<String, Object> model = new HashMap<>();
        model.put("referral", referral);
        model.put("choices", NOTICE_HOURS);
        // The summary links to the first radio, the shortest notice.
        model.put(
                "errors",
                error
                        ? FormErrors.of("notice", "shortNotice.error")
                                .linking("notice", "notice-" + NOTICE_HOURS.get(0))
                        : FormErrors.none());
        return new ModelAndView<>("offers/short-notice", model);
    }
}
