package org.imagingnetwork.load.seed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.imagingnetwork.core.booking.Actor;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.Cancel;
import org.imagingnetwork.core.booking.CancelOutcome;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.offer.MadeOffer;
import org.imagingnetwork.core.offer.ReleaseOffering;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;

/**
 * Scenario 2's released slots and the patients who grab them. Booked appointments are cancelled
 * through the booking service (each cancellation records a release, as a patient cancelling does);
 * core's offer book offers each release to the next patients who can come at short notice, as the
 * portal's offer engine would; and the same number per slot again are waiting patients for whom
 * core's slot choice says the slot fits, to book it through the {@code /fhir/booking} channel.
 */
final class StormSeeding {

    static final String PORTAL_FILE = "storm-portal.csv";
    static final String CHANNEL_FILE = "storm-channel.csv";
    static final String SLOTS_FILE = "storm-slots.csv";

    /** Long enough for any run to answer. */
    private static final Duration ANSWER_WITHIN = Duration.ofHours(2);

    /** As the portal's offer engine closes them: time to get there. */
    private static final Duration CLOSES_BEFORE_START = Duration.ofMinutes(30);

    private static final int CANDIDATES_READ_PER_SLOT = 200;

    /** Who accepts an offer in the portal, who books through the channel, and the slots they grab. */
    record Storm(FeederFile portal, FeederFile channel, FeederFile slots) {}

    private final Platform platform;
    private final Clock clock;

    StormSeeding(Platform platform, Clock clock) {
        this.platform = platform;
        this.clock = clock;
    }

    Storm seed(int slots, int offersPerSlot, int channelPerSlot) {
        Instant now = clock.instant();
        List<SeedQueries.Booked> booked = platform.queries().appointmentsToRelease(slots, now);
        if (booked.size() < slots) {
            throw new IllegalStateException(
                    "The network has only " + booked.size() + " appointments to release; asked for " + slots);
        }
        Set<Long> released = new HashSet<>();
        for (SeedQueries.Booked appointment : booked) {
            CancelOutcome outcome = platform.bookings()
                    .cancel(new Cancel(
                            new AppointmentId(appointment.appointmentId()),
                            Actor.patient(new PatientId(appointment.patientId())),
                            "Patient: cannotAttend (load test: released-slot storm)",
                            true));
            if (!(outcome instanceof CancelOutcome.Cancelled)) {
                throw new IllegalStateException(
                        "Could not cancel appointment " + appointment.appointmentId() + ": " + outcome);
            }
            released.add(appointment.slotId());
        }

        ReleaseOffering offering = new ReleaseOffering(offersPerSlot, ANSWER_WITHIN, CLOSES_BEFORE_START);
        List<MadeOffer> made = platform.offers().offerWaitingReleases(offering, clock.instant(), slots * 2);
        Set<Long> contenders = new HashSet<>();
        FeederFile portal = FeederFile.of("token", "offer", "request", "slot", "day", "month", "year", "postcode");
        for (MadeOffer offer : made) {
            if (!released.contains(offer.slot().value())) {
                continue;
            }
            SeedQueries.Patient patient = platform.queries()
                    .patient(offer.patient().value(), offer.request().value());
            contenders.add(offer.request().value());
            portal.add(
                    platform.links().issue(offer.patient()),
                    offer.id().value(),
                    offer.request().value(),
                    offer.slot().value(),
                    patient.dateOfBirth().getDayOfMonth(),
                    patient.dateOfBirth().getMonthValue(),
                    patient.dateOfBirth().getYear(),
                    patient.postcode());
        }

        FeederFile channel = FeederFile.of("slot", "request", "nhsNumber");
        for (long slot : released) {
            SeedQueries.FreeSlot free = platform.queries().slot(slot);
            List<SeedQueries.Patient> found = new ArrayList<>();
            for (SeedQueries.Patient candidate : platform.queries().waitingFor(slot, CANDIDATES_READ_PER_SLOT)) {
                if (found.size() == channelPerSlot) {
                    break;
                }
                if (contenders.contains(candidate.requestId()) || !fits(candidate, free)) {
                    continue;
                }
                contenders.add(candidate.requestId());
                found.add(candidate);
            }
            found.forEach(c -> channel.add(slot, c.requestId(), c.nhsNumber()));
        }

        FeederFile slotFile = FeederFile.of("slot");
        released.stream().sorted().forEach(slotFile::add);
        return new Storm(portal, channel, slotFile);
    }

    private boolean fits(SeedQueries.Patient candidate, SeedQueries.FreeSlot slot) {
        return platform.choiceRequests()
                .find(new RequestId(candidate.requestId()))
                .filter(request -> platform.slotChoice().offers(request, slot.siteCode(), new SlotId(slot.slotId())))
                .isPresent();
    }
}
