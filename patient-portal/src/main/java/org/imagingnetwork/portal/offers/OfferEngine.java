package org.imagingnetwork.portal.offers;

import io.micrometer.core.instrument.Metrics;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.notify.QuietHours;
import org.imagingnetwork.core.offer.MadeOffer;
import org.imagingnetwork.core.offer.OfferBook;
import org.imagingnetwork.core.offer.ReleaseOffering;
import org.imagingnetwork.core.signin.SignInLinks;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.portal.web.Display;
import org.imagingnetwork.portal.web.PatientMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offers released slots to waiting patients who can come at short notice, a few at once, and texts
 * each of them once the offers have committed. Who is asked, in what order and until when is core's
 * ({@link OfferBook#offerRelease}); whoever accepts first gets the slot, because the booking
 * transaction decides. When every offer lapses the next few are asked, until the slot is taken or
 * nobody is left. Any instance may run it; releases are claimed with row locks.
 *
 * <p>In the quiet hours (21:00 to 08:00 unless configured otherwise) nobody is asked: releases wait
 * unhandled, and the first sweep of the morning offers those whose slot is still ahead, each patient
 * then getting the whole answer window from the morning's text rather than a window that ran out
 * while they slept. Lapsed offers still expire overnight.
 */
@Singleton
public class OfferEngine {

    private static final Logger LOG = LoggerFactory.getLogger(OfferEngine.class);

    /** Offers close half an hour before the appointment: time to get there. */
    static final Duration CLOSES_BEFORE_START = Duration.ofMinutes(30);

    private static final int RELEASES_PER_SWEEP = 100;

    private final OfferBook offers;
    private final ReleaseOffering rules;
    private final QuietHours quiet;
    private final PatientMessages messages;
    private final SignInLinks links;
    private final Clock clock;

    OfferEngine(OfferBook offers, OfferSettings settings, PatientMessages messages, SignInLinks links, Clock clock) {
        this.offers = offers;
        this.rules = new ReleaseOffering(settings.fanOut(), settings.answerWithin(), CLOSES_BEFORE_START);
        this.quiet = settings.quietHours();
        this.messages = messages;
        this.links = links;
        this.clock = clock;
    }

    /** Offers one released slot, if it is still free and nobody else is handling it. Returns the offers made. */
    public int offer(long releaseId) {
        Instant now = clock.instant();
        return quiet.at(now) ? 0 : send(offers.offerRelease(releaseId, rules, now));
    }

    /** Expires lapsed offers and offers every release that needs it; what each instance does on a timer. */
    public int sweep() {
        Instant now = clock.instant();
        if (quiet.at(now)) {
            offers.expireLapsed(now);
            return 0;
        }
        return send(offers.offerWaitingReleases(rules, now, RELEASES_PER_SWEEP));
    }

    private int send(List<MadeOffer> made) {
        made.forEach(this::send);
        return made.size();
    }

    private void send(MadeOffer made) {
        Metrics.counter("offers.sent").increment();
        Instant start = made.slotStart();
        try {
            messages.send(
                    made.patient(),
                    "message.offer",
                    locale -> Map.of(
                            "day", Display.day(London.clinicDay(start), locale),
                            "time", Display.time(start, locale),
                            "until", Display.time(made.expiresAt(), locale),
                            "link", links.url(made.patient(), Optional.of("/offers/" + made.id()))));
        } catch (RuntimeException e) {
            // The offer stands and shows on the referral page; only the text failed.
            LOG.warn(
                    "Offer {} made but its message failed: {}",
                    made.id(),
                    e.getClass().getSimpleName());
        }
    }
}
