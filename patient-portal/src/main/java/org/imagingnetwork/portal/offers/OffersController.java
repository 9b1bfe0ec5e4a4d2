package org.imagingnetwork.portal.offers;

import io.micrometer.core.instrument.Metrics;
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
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.Book;
import org.imagingnetwork.core.booking.BookingOutcome;
import org.imagingnetwork.core.booking.BookingService;
import org.imagingnetwork.core.booking.Reschedule;
import org.imagingnetwork.core.offer.OfferBook;
import org.imagingnetwork.core.offer.OfferId;
import org.imagingnetwork.core.offer.OfferStatus;
import org.imagingnetwork.core.offer.PatientOffer;
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
@Secured(SignedInPatient.ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
final class OffersController {

    private final OfferBook offers;
    private final BookingService bookings;
    private final PatientMessages messages;
    private final Clock clock;
    private final CsrfFilter csrf;

    OffersController(
            OfferBook offers, BookingService bookings, PatientMessages messages, Clock clock, CsrfFilter csrf) {
        this.csrf = csrf;
        this.offers = offers;
        this.bookings = bookings;
        this.messages = messages;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> show(Authentication authentication, @PathVariable String id, PageLanguage language) {
        PatientOffer offer = find(authentication, id);
        if (!offer.openAt(clock.instant())) {
            return closed(offer, language);
        }
        return HttpResponse.ok(new ModelAndView<>("offers/offer", model(offer, language)));
    }

    @Post(value = "/accept", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> accept(
            Authentication authentication,
            @PathVariable String id,
            @Body @Nullable Map<String, String> form,
            HttpRequest<?> http) {
        csrf.check(http, form);
        PatientOffer offer = find(authentication, id);
        if (!offer.openAt(clock.instant())) {
            return HttpResponse.seeOther(URI.create("/offers/" + id));
        }
        Actor actor = Actor.patient(offer.patient());
        // The booking transaction marks this offer accepted and every other open offer of the slot gone.
        BookingOutcome outcome = offer.current()
                .map(current -> bookings.reschedule(new Reschedule(current, offer.slot(), actor, Optional.empty())))
                .orElseGet(() -> bookings.book(new Book(offer.request(), offer.slot(), actor, Optional.empty())));
        boolean accepted = outcome instanceof BookingOutcome.Booked;
        Metrics.counter("offers.answered", "outcome", accepted ? "accepted" : "gone")
                .increment();
        if (accepted) {
            PatientMessages.Sent sent = messages.send(
                    offer.patient(),
                    "message.booked",
                    PatientMessages.appointment(offer::examNameIn, offer.slotStart(), offer.siteName()));
            return HttpResponse.seeOther(
                    URI.create("/referrals/" + offer.request().value() + "/booked?sent=" + sent.name()));
        }
        // Someone else booked it first (their booking already marked this gone), or it no longer suits.
        offers.close(offer.id(), OfferStatus.GONE, clock.instant());
        return HttpResponse.seeOther(URI.create("/offers/" + id));
    }

    @Post(value = "/decline", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decline(
            Authentication authentication,
            @PathVariable String id,
            @Body @Nullable Map<String, String> form,
            HttpRequest<?> http) {
        csrf.check(http, form);
        PatientOffer offer = find(authentication, id);
        offers.close(offer.id(), OfferStatus.DECLINED, clock.instant());
        return HttpResponse.seeOther(URI.create("/offers/" + id + "/declined"));
    }

    @Get("/declined")
    ModelAndView<Map<String, Object>> declined(
            Authentication authentication, @PathVariable String id, PageLanguage language) {
        return new ModelAndView<>("offers/declined", model(find(authentication, id), language));
    }

    private PatientOffer find(Authentication authentication, String id) {
        UUID offerId;
        try {
            offerId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new PageNotFound();
        }
        return offers.ofPatient(SignedInPatient.of(authentication), new OfferId(offerId))
                .orElseThrow(PageNotFound::new);
    }

    /** An offer that can no longer be accepted: it ran out, or the slot has gone (or was answered). */
    private HttpResponse<?> closed(PatientOffer offer, PageLanguage language) {
        String view = offer.expiredAt(clock.instant()) ? "offers/expired" : "offers/gone";
        return HttpResponse.status(HttpStatus.GONE).body(new ModelAndView<>(view, model(offer, language)));
    }

    private static Map<String, Object> model(PatientOffer offer, PageLanguage language) {
        Map<String, Object> model = new HashMap<>();
        model.put("offer", offer);
        model.put("day", Display.day(London.clinicDay(offer.slotStart()), language.locale()));
        model.put("time", Display.time(offer.slotStart(), language.locale()));
        model.put("until", Display.time(offer.expiresAt(), language.locale()));
        offer.currentStart().ifPresent(current -> {
            model.put("currentDay", Display.day(London.clinicDay(current), language.locale()));
            model.put("currentTime", Display.time(current, language.locale()));
        });
        return model;
    }
}
