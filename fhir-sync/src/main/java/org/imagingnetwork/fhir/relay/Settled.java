package org.imagingnetwork.fhir.relay;

import java.time.Instant;

/** What a relay records about one leased row once its write is over. */
sealed interface Settled {

    OutboxRow row();

    /** The RIS holds the change. */
    record Delivered(OutboxRow row) implements Settled {}

    /** Not this time: due again at {@code next}, one more attempt counted. */
    record DueAgain(OutboxRow row, Instant next, String error) implements Settled {}

    /** Refused, or out of attempts: parked for staff. */
    record Parked(OutboxRow row, String error) implements Settled {}

    /** Not tried (its trust's breaker opened, or the lease ran short): handed back as it was. */
    record Released(OutboxRow row) implements Settled {}
}
