package org.imagingnetwork.portal.booking;

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
import java.util.Map;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.Cancel;
import org.imagingnetwork.core.booking.CancelOutcome;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.portal.referrals.Referral;
import org.imagingnetwork.portal.referrals.ReferralQueries;
import org.imagingnetwork.portal.referrals.ReferralView;
import org.imagingnetwork.portal.web.CsrfFilter;
import org.imagingnetwork.portal.web.FormErrors;
import org.imagingnetwork.portal.web.PageLanguage;
import org.imagingnetwork.portal.web.PageNotFound;
import org.imagingnetwork.portal.web.PatientMessages;
import org.imagingnetwork.portal.web.SignedInPatient;

/** Cancelling an appointment, with a reason. The slot is freed in the same transaction. */
@Produces(MediaType.TEXT_HTML)
@Controller("/referrals/{id}")
@Secured(SignedInPatient.ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ChangeController {

    private final ReferralQueries referrals;
    private final BookingService bookings;
    private final PatientMessages messages;
    private final CsrfFilter csrf;

    ChangeController(ReferralQueries referrals, BookingService bookings, PatientMessages messages, CsrfFilter csrf) {
        this.csrf = csrf;
        this.referrals = referrals;
        this.bookings = bookings;
        this.messages = messages;
    }

    @Get("/cancel")
    ModelAndView<Map<String, Object>> cancelForm(
            Authentication authentication, @PathVariable long id, PageLanguage language) {
        Referral referral = booked(authentication, id);
        return form(referral, CancelForm.empty(), FormErrors.none(), language);
    }

    @Post(value = "/cancel", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> cancel(
            Authentication authentication,
            @PathVariable long id,
            @Body @Nullable Map<String, String> body,
            PageLanguage language,
            HttpRequest<?> http) {
        csrf.check(http, body);
        Referral referral = booked(authentication, id);
        CancelForm form = CancelForm.from(body);
        FormErrors errors = form.errors();
        if (!errors.isEmpty()) {
            return HttpResponse.badRequest(form(referral, form, errors, language));
        }
        PatientId patient = SignedInPatient.of(authentication);
        CancelOutcome outcome = bookings.cancel(
                new Cancel(referral.booking().id(), Actor.patient(patient), form.reasonText(), form.stillNeeded()));
        if (outcome instanceof CancelOutcome.Cancelled) {
            messages.send(
                    patient,
                    "message.cancelled",
                    PatientMessages.appointment(
                            referral::examNameIn,
                            referral.booking().startsAt(),
                            referral.booking().siteName()));
            return HttpResponse.seeOther(URI.create("/referrals/" + id + "/cancelled"));
        }
        if (outcome instanceof CancelOutcome.NotFound) {
            throw new PageNotFound();
        }
        return HttpResponse.seeOther(URI.create("/referrals/" + id));
    }

    @Get("/cancelled")
    ModelAndView<Map<String, Object>> cancelled(
            Authentication authentication, @PathVariable long id, PageLanguage language) {
        Referral referral = referrals
                .find(SignedInPatient.of(authentication), new RequestId(id))
                .orElseThrow(PageNotFound::new);
        return new ModelAndView<>(
                "booking/cancelled", Map.of("referral", ReferralView.of(referral, language.locale())));
    }

    private Referral booked(Authentication authentication, long id) {
        Referral referral = referrals
                .find(SignedInPatient.of(authentication), new RequestId(id))
                .orElseThrow(PageNotFound::new);
        if (!referral.changeable()) {
            throw new PageNotFound();
        }
        return referral;
    }

    private static ModelAndView<Map<String, Object>> form(
            Referral referral, CancelForm form, FormErrors errors, PageLanguage language) {
        Map<String, Object> model = new HashMap<>();
        model.put("referral", ReferralView.of(referral, language.locale()));
        model.put("form", form);
        model.put("errors", errors);
        return new ModelAndView<>("booking/cancel", model);
    }
}
