package org.imagingnetwork.core.offer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;

/**
 * Offers of slots to patients, of two kinds in one table: a planner's proposals (one slot for one
 * waiting request) and released slots offered to a few short-notice patients at once. An offer is
 * not a booking: the booking transaction decides who gets a slot, and marks the booker's own open
 * offer of it accepted and every other open offer of it gone. The database keeps at most one open
 * offer per request, and one open proposal per slot.
 */
public interface OfferBook {

    /**
     * Offers each slot to its request, in one transaction, if the request is still waiting with no open
     * offer and the slot is still free and not offered. Each proposal gets its own outcome.
     */
    List<OfferOutcome> publish(List<NewOffer> offers, String actor, String source, Instant now, Duration validFor);

    /** Offers made for a request, newest first. */
    List<Offer> ofRequest(RequestId request);

    /**
     * Offers one released slot, if it is still free and in the future and no other instance is
     * offering it, to the next {@code fanOut} patients who could take it: those who asked for short
     * notice and get enough of it, whose exam the slot's session runs in a room with the equipment,
     * long enough for their age, at a site that sees them, that they accept and that is within their
     * travel limit, and who are waiting or booked later than this slot — most urgent first, then
     * longest waiting; nobody twice for one release, nor while another offer to them is open.
     * Returns the offers made, to be sent once this has committed.
     */
    List<MadeOffer> offerRelease(long releaseId, ReleaseOffering rules, Instant now);

    /**
     * Does {@link #offerRelease} for up to {@code limit} releases that need it — never offered, or
     * every offer made has lapsed or been declined — skipping any another instance holds.
     */
    List<MadeOffer> offerWaitingReleases(ReleaseOffering rules, Instant now, int limit);

    /** Marks open offers whose time is up as expired; returns how many. */
    int expireLapsed(Instant now);

    /** One of the patient's own offers; another patient's is not found. */
    Optional<PatientOffer> ofPatient(PatientId patient, OfferId offer);

    /** The offer the patient can still accept for this request of theirs, if there is one (at most one is open). */
    Optional<PatientOffer> openFor(PatientId patient, RequestId request, Instant now);

    /**
     * Records the patient's answer ({@link OfferStatus#DECLINED}), or that the slot is no longer to
     * be had ({@link OfferStatus#GONE}), if the offer is still open; false otherwise.
     */
    boolean close(OfferId offer, OfferStatus answer, Instant now);
}
