package org.imagingnetwork.simulation.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.imagingnetwork.core.time.London;

/**
 * The clock every service of a simulation reads: it stands still until the simulation moves it on,
 * and never goes back, so the events the services write are in the order they happened.
 */
public final class SimulatedClock extends Clock {

    private volatile Instant now;

    public SimulatedClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    /** Moves to this moment; a moment already passed leaves the clock where it is. */
    public void advanceTo(Instant moment) {
        if (moment.isAfter(now)) {
            now = moment;
        }
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return London.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }
}
