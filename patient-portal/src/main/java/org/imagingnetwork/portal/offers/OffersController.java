package org.imagingnetwork.portal.offers;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.Reschedule;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.portal.web.CsrfFilter;
import org.imagingnetwork.portal.web.Display;
import org.imagingnetwork.portal.web.PageLanguage;
import org.imagingnetwork.portal.web.PageNotFound;
import org.imagingnetwork.portal.web.PatientMessages;
import org.imagingnetwork.portal.web.SignedInPatient;

/**
 * A released slot offered to the patient: accept it (first come, first served, decided by the
 * booking transaction) or say no thanks. Either way, nobody loses their place.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/offers/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class OffersController {

    private final OfferRepository offers;
    private final BookingService bookings;
    private final PatientMessages messages;
    private final Clock clock;
    private final CsrfFilter csrf;

    OffersController(
            OfferRepository offers, BookingService bookings, PatientMessages messages, Clock clock, CsrfFilter csrf) {
        this.csrf = csrf;
        this.offers = offers;
        this.bookings = bookings;
        this.messages = messages;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> show(Authentication authentication, @PathVariable String id, PageLanguage language) {
        Offer offer = find(authentication, id);
        if (!offer.openAt(clock.instant())) {
            return gone(offer, language);
        }
        return HttpResponse.ok(new ModelAndView<>("offers/offer", model(offer, language)));
    }

    @Post(value = "/accept", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> accept(
            Authentication authentication,
            @PathVariable String id,
            @Body @Nullable Map<String, String> form,
            PageLanguage language,
            HttpRequest<?> http) {
        csrf.check(http, form);
        Offer offer = find(authentication, id);
        if (!offer.openAt(clock.instant())) {
            return gone(offer, language);
        }
        Actor actor = Actor.patient(offer.patient());
        BookingOutcome outcome = offer.current() == null
                ? bookings.book(new Book(offer.request(), offer.slot(), actor, Optional.empty()))
                : bookings.reschedule(new Reschedule(offer.current(), offer.slot(), actor, Optional.empty()));
        if (outcome instanceof BookingOutcome.Booked) {
            offers.answer(offer.id(), "ACCEPTED", clock.instant());
            offers.othersGone(offer.slot(), offer.id(), clock.instant());
            PatientMessages.Sent sent = messages.send(
                    offer.patient(),
                    "message.booked",
                    Map.of(
                            "exam", offer.examName(),
                            "day", Display.day(London.clinicDay(offer.slotStart()), Locale.UK),
                            "time", Display.time(offer.slotStart(), Locale.UK),
                            "site", offer.siteName()));
            return HttpResponse.seeOther(
                    URI.create("/referrals/" + offer.request().value() + "/booked?sent=" + sent.name()));
        }
        offers.answer(offer.id(), "GONE", clock.instant());
        return gone(offer, language);
    }

    @Post(value = "/decline", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<Map<String, Object>> decline(
            Authentication authentication,
            @PathVariable String id,
            @Body @Nullable Map<String, String> form,
            PageLanguage language,
            HttpRequest<?> http) {
        csrf.check(http, form);
        Offer offer = find(authentication, id);
        offers.answer(offer.id(), "DECLINED", clock.instant());
        return new ModelAndView<>("offers/declined", model(offer, language));
    }

    private Offer find(Authentication authentication, String id) {
        UUID offerId;
        try {
            offerId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new PageNotFound();
        }
        return offers.find(SignedInPatient.of(authentication), offerId).orElseThrow(PageNotFound::new);
    }

    private static HttpResponse<?> gone(Offer offer, PageLanguage language) {
        return HttpResponse.status(HttpStatus.GONE).body(new ModelAndView<>("offers/gone", model(offer, language)));
    }

    private static Map<String, Object> model(Offer offer, PageLanguage language) {
        Map<String, Object> model = new HashMap<>();
        model.put("offer", offer);
        model.put("day", Display.day(London.clinicDay(offer.slotStart()), language.locale()));
        model.put("time", Display.time(offer.slotStart(), language.locale()));
        model.put("until", Display.time(offer.expiresAt(), language.locale()));
        if (offer.currentStart() != null) {
            model.put("currentDay", Display.day(London.clinicDay(offer.currentStart()), language.locale()));
            model.put("currentTime", Display.time(offer.currentStart(), language.locale()));
        }
        return model;
    }
}
