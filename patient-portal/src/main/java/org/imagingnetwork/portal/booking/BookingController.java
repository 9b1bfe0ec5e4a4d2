package org.imagingnetwork.portal.booking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.Reschedule;
import org.imagingnetwork.core.choice.ChoiceRequest;
import org.imagingnetwork.core.choice.SlotChoice;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.hold.HoldOutcome;
import org.imagingnetwork.core.hold.HoldToken;
import org.imagingnetwork.core.hold.SlotHolds;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.portal.choice.ChoiceAccess;
import org.imagingnetwork.portal.referrals.Referral;
import org.imagingnetwork.portal.referrals.ReferralQueries;
import org.imagingnetwork.portal.referrals.ReferralView;
import org.imagingnetwork.portal.web.CsrfFilter;
import org.imagingnetwork.portal.web.Display;
import org.imagingnetwork.portal.web.PageLanguage;
import org.imagingnetwork.portal.web.PageNotFound;
import org.imagingnetwork.portal.web.PatientMessages;
import org.imagingnetwork.portal.web.PortalSettings;
import org.imagingnetwork.portal.web.SignedInPatient;

/**
 * Holding a chosen time while the patient checks it, then booking it (or moving their appointment
 * to it) through the core booking service, which alone decides who gets a slot.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/referrals/{id}")
@Secured(SignedInPatient.ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
final class BookingController {

    private final ChoiceAccess access;
    private final SlotChoice choice;
    private final SlotDetails slots;
    private final SlotHolds holds;
    private final HoldTokens holdTokens;
    private final BookingService bookings;
    private final ReferralQueries referrals;
    private final PatientMessages messages;
    private final PortalSettings settings;
    private final CsrfFilter csrf;

    BookingController(
            ChoiceAccess access,
            SlotChoice choice,
            SlotDetails slots,
            SlotHolds holds,
            HoldTokens holdTokens,
            BookingService bookings,
            ReferralQueries referrals,
            PatientMessages messages,
            PortalSettings settings,
            CsrfFilter csrf) {
        this.csrf = csrf;
        this.access = access;
        this.choice = choice;
        this.slots = slots;
        this.holds = holds;
        this.holdTokens = holdTokens;
        this.bookings = bookings;
        this.referrals = referrals;
        this.messages = messages;
        this.settings = settings;
    }

    @Post(value = "/hold", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> hold(
            Authentication authentication,
            @PathVariable long id,
            @Body @Nullable Map<String, String> form,
            PageLanguage language,
            HttpRequest<?> http) {
        csrf.check(http, form);
        ChoiceRequest request = access.bookable(authentication, id);
        String site = SiteCode.orEmpty(form.get("site"));
        Optional<SlotDetails.Details> slot = SlotIds.parse(form.get("slot")).flatMap(slots::find);
        if (slot.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/referrals/" + id + "/where/" + site + "?missing=1"));
        }
        if (!slot.get().free()) {
            return HttpResponse.seeOther(
                    URI.create("/referrals/" + id + "/where/" + slot.get().siteCode() + "?taken=1"));
        }
        if (!choice.offers(request, slot.get().siteCode(), slot.get().id())) {
            // Not a time this referral can have (the form was altered, or the diary or referral
            // changed since the page was shown): hold nothing, and start the choice again.
            return HttpResponse.seeOther(URI.create("/referrals/" + id + "/where?unavailable=1"));
        }
        HoldOutcome outcome = holds.hold(slot.get().id(), holdTokens.forReferral(request), settings.holdLength());
        if (outcome instanceof HoldOutcome.HeldByAnother) {
            return HttpResponse.seeOther(
                    URI.create("/referrals/" + id + "/where/" + slot.get().siteCode() + "?taken=1"));
        }
        // Post/redirect/get: the confirm page is a GET of its own, so a refresh or the back button
        // shows it again instead of asking the browser to post the hold a second time.
        String until = outcome instanceof HoldOutcome.Held held
                ? "&until=" + held.expiresAt().toEpochMilli()
                : "";
        return HttpResponse.seeOther(URI.create(
                "/referrals/" + id + "/confirm?slot=" + slot.get().id().value() + until));
    }

    /**
     * The page that asks the patient to confirm the time they hold. {@code until} only says on the page
     * when the hold runs out; the booking checks the hold itself.
     */
    @Get("/confirm")
    HttpResponse<?> confirmPage(
            Authentication authentication,
            @PathVariable long id,
            @QueryValue @Nullable String slot,
            @QueryValue @Nullable Long until,
            PageLanguage language) {
        ChoiceRequest request = access.bookable(authentication, id);
        Optional<SlotDetails.Details> details = SlotIds.parse(slot).flatMap(slots::find);
        if (details.isEmpty()
                || !choice.offers(
                        request, details.get().siteCode(), details.get().id())) {
            return HttpResponse.seeOther(URI.create("/referrals/" + id + "/where?unavailable=1"));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("request", request);
        model.put("slot", details.get());
        model.put("day", Display.day(London.clinicDay(details.get().startsAt()), language.locale()));
        model.put("time", Display.time(details.get().startsAt(), language.locale()));
        if (until != null) {
            Instant expires = Instant.ofEpochMilli(until);
            model.put("heldUntil", Display.time(expires, language.locale()));
            model.put("heldUntilEpochMillis", until);
        }
        model.put("rescheduling", request.state() == RequestState.APPOINTED);
        return HttpResponse.ok(new ModelAndView<>("booking/confirm", model));
    }

    @Post(value = "/confirm", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirm(
            Authentication authentication,
            @PathVariable long id,
            @Body @Nullable Map<String, String> form,
            PageLanguage language,
            HttpRequest<?> http) {
        csrf.check(http, form);
        ChoiceRequest request = access.bookable(authentication, id);
        Optional<SlotId> slot = SlotIds.parse(form.get("slot"));
        if (slot.isEmpty()) {
            return HttpResponse.badRequest(new ModelAndView<>("error", Map.of("kind", "badRequest")));
        }
        // The hold token never leaves the server: it is worked out again from the signed-in
        // patient's referral, so a token copied from someone else's page proves nothing.
        Optional<HoldToken> hold = Optional.of(holdTokens.forReferral(request));
        Actor actor = Actor.patient(request.patient());
        BookingOutcome outcome;
        boolean moving = request.state() == RequestState.APPOINTED;
        if (moving) {
            Referral current = referrals.find(request.patient(), request.id()).orElseThrow(PageNotFound::new);
            if (current.booking() == null) {
                throw new PageNotFound();
            }
            outcome = bookings.reschedule(new Reschedule(current.booking().id(), slot.get(), actor, hold));
        } else {
            outcome = bookings.book(new Book(request.id(), slot.get(), actor, hold));
        }
        return result(request, outcome, moving, language);
    }

    @Get("/booked")
    ModelAndView<Map<String, Object>> booked(
            Authentication authentication,
            @PathVariable long id,
            @QueryValue @Nullable String sent,
            @QueryValue @Nullable Boolean changed,
            PageLanguage language) {
        Referral referral = referrals
                .find(SignedInPatient.of(authentication), new org.imagingnetwork.core.request.RequestId(id))
                .filter(r -> r.booking() != null)
                .orElseThrow(PageNotFound::new);
        return new ModelAndView<>(
                "booking/booked",
                Map.of(
                        "referral",
                        ReferralView.of(referral, language.locale()),
                        "sent",
                        sent == null ? "NOT_SENT" : sent,
                        "changed",
                        Boolean.TRUE.equals(changed)));
    }

    /**
     * Why a confirmed time could not be booked: taken or held meanwhile ({@code gone}), or not one this
     * referral can have ({@code not-eligible}: the core's reason is written for staff, in English; the
     * patient's page says in their language that the time cannot be used).
     */
    @Get("/not-booked")
    HttpResponse<?> notBooked(Authentication authentication, @PathVariable long id, @QueryValue @Nullable String why) {
        ChoiceRequest request = access.bookable(authentication, id);
        String view = "not-eligible".equals(why) ? "booking/not-eligible" : "booking/gone";
        return HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>(view, Map.of("request", request)));
    }

    private HttpResponse<?> result(
            ChoiceRequest request, BookingOutcome outcome, boolean moved, PageLanguage language) {
        if (outcome instanceof BookingOutcome.Booked booked) {
            Referral referral = referrals.find(request.patient(), request.id()).orElseThrow(PageNotFound::new);
            PatientMessages.Sent sent = messages.send(
                    request.patient(),
                    // A moved appointment is told as a change, so the patient knows the old time is gone.
                    moved ? "message.moved" : "message.booked",
                    PatientMessages.appointment(
                            request::examNameIn,
                            referral.booking().startsAt(),
                            referral.booking().siteName()));
            return HttpResponse.seeOther(URI.create("/referrals/" + request.id().value() + "/booked?sent=" + sent.name()
                    + (moved ? "&changed=true" : "")));
        }
        String notBooked = "/referrals/" + request.id().value() + "/not-booked?why=";
        if (outcome instanceof BookingOutcome.SlotTaken
                || outcome instanceof BookingOutcome.SlotHeld
                || outcome instanceof BookingOutcome.Invalid) {
            return HttpResponse.seeOther(URI.create(notBooked + "gone"));
        }
        if (outcome instanceof BookingOutcome.NotEligible) {
            return HttpResponse.seeOther(URI.create(notBooked + "not-eligible"));
        }
        if (outcome instanceof BookingOutcome.NotFound) {
            throw new PageNotFound();
        }
        // AlreadyBooked or NotAppointable: the referral's page says where it stands.
        return HttpResponse.seeOther(URI.create("/referrals/" + request.id().value()));
    }
}
