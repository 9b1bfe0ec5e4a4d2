package org.imagingnetwork.portal.offers;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imagingnetwork.core.network.GeoPoint;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.portal.choice.PostcodeLocations;
import org.imagingnetwork.portal.signin.SignInLinks;
import org.imagingnetwork.portal.web.Display;
import org.imagingnetwork.portal.web.PatientMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offers released slots to waiting patients who can come at short notice: the most urgent and then
 * the longest waiting, a few at once, each with a deadline. Whoever accepts first gets the slot
 * (the booking transaction decides); when every offer lapses, the next few are asked, until the
 * slot is taken or nobody is left. Any instance may run it; releases are claimed with row locks.
 */
@Singleton
public class OfferEngine {

    private static final Logger LOG = LoggerFactory.getLogger(OfferEngine.class);
    private static final int CANDIDATE_POOL = 50;

    private final OfferRepository offers;
    private final OfferSettings settings;
    private final PostcodeLocations postcodes;
    private final PatientMessages messages;
    private final SignInLinks links;
    private final Clock clock;

    OfferEngine(
            OfferRepository offers,
            OfferSettings settings,
            PostcodeLocations postcodes,
            PatientMessages messages,
            SignInLinks links,
            Clock clock) {
        this.offers = offers;
        this.settings = settings;
        this.postcodes = postcodes;
        this.messages = messages;
        this.links = links;
        this.clock = clock;
    }

    /** An offer made, for sending once its transaction has committed. */
    private record Made(UUID offer, Candidate candidate, ReleasedSlot slot, Instant expiresAt) {}

    /** Offers one released slot, if it is still free and nobody else is handling it. Returns the offers made. */
    public int offer(long releaseId) {
        Instant now = clock.instant();
        List<Made> made = offers.inTransaction(h -> offers.lockRelease(h, releaseId, now)
                .map(slot -> makeOffers(h, slot, now))
                .orElse(List.of()));
        made.forEach(this::send);
        return made.size();
    }

    /** Expires lapsed offers and offers every release that needs it; what each instance does on a timer. */
    public int sweep() {
        Instant now = clock.instant();
        offers.expireLapsed(now);
        List<Made> made = offers.inTransaction(h -> {
            List<Made> all = new ArrayList<>();
            for (long releaseId : offers.releasesNeedingOffers(h, now, 100)) {
                offers.lockRelease(h, releaseId, now).ifPresent(slot -> all.addAll(makeOffers(h, slot, now)));
            }
            return all;
        });
        made.forEach(this::send);
        return made.size();
    }

    private List<Made> makeOffers(org.jdbi.v3.core.Handle h, ReleasedSlot slot, Instant now) {
        List<Candidate> chosen = offers.candidates(h, slot, now, CANDIDATE_POOL).stream()
                .filter(c -> withinTravel(c, slot.location()))
                .limit(settings.fanOut())
                .toList();
        // Answer within the window, and never after the appointment would have started.
        Instant latest = slot.startsAt().minus(Duration.ofMinutes(30));
        Instant expiresAt =
                now.plus(settings.answerWithin()).isBefore(latest) ? now.plus(settings.answerWithin()) : latest;
        if (!expiresAt.isAfter(now)) {
            offers.markHandled(h, slot.releaseId(), now, true);
            return List.of();
        }
        List<Made> made = new ArrayList<>();
        for (Candidate candidate : chosen) {
            UUID id = UUID.randomUUID();
            offers.insertOffer(h, id, slot, candidate, now, expiresAt);
            made.add(new Made(id, candidate, slot, expiresAt));
        }
        offers.markHandled(h, slot.releaseId(), now, chosen.isEmpty());
        return made;
    }

    private boolean withinTravel(Candidate candidate, GeoPoint site) {
        if (candidate.maxTravelKm() == null) {
            return true;
        }
        Optional<GeoPoint> home = postcodes.locate(candidate.postcode());
        return home.isEmpty() || home.get().kilometresTo(site) <= candidate.maxTravelKm();
    }

    private void send(Made made) {
        try {
            messages.send(
                    made.candidate().patient(),
                    "message.offer",
                    Map.of(
                            "day", Display.day(London.clinicDay(made.slot().startsAt()), Locale.UK),
                            "time", Display.time(made.slot().startsAt(), Locale.UK),
                            "until", Display.time(made.expiresAt(), Locale.UK),
                            "link", links.url(made.candidate().patient(), Optional.of("/offers/" + made.offer()))));
        } catch (RuntimeException e) {
            // The offer stands and is on the patient's referrals page; only the text failed.
            LOG.warn(
                    "Offer {} made but its message failed: {}",
                    made.offer(),
                    e.getClass().getSimpleName());
        }
    }
}
